import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ---------------------------------------------------------------------------------------------------------
// Layer rules of the architecture (docs/architecture.md): which folder of src/ may import which, and that
// another folder is reached only through its index.ts. Enforced here so a broken rule fails `npm test`.
const SRC_FOLDERS = [
  'stac-schema',
  'actions',
  'plugin-host',
  'renderer',
  'api-client',
  'ui',
  'slots',
  'marketplace',
  'cli',
  'app',
];
const LAYERS = {
  'stac-schema': {
    may: [],
    why: 'src/stac-schema imports nothing of the project (the server validates with it)',
  },
  actions: {
    may: ['stac-schema'],
    why: 'src/actions never imports the renderer; it gets a scope and host services',
  },
  // renderer/template is the React-free template language; access analysis reads templates with it.
  'plugin-host': {
    may: ['stac-schema', 'actions', 'renderer/template'],
    why: 'src/plugin-host is React-free hosting rules',
  },
  renderer: { may: ['stac-schema', 'actions'], why: 'src/renderer knows no HTTP, slots or marketplace' },
  'api-client': { may: ['stac-schema'], why: 'src/api-client sits on the schema alone' },
  // ui reaches the renderer only through its light entry, so the sign-in page carries no widgets.
  ui: {
    may: ['stac-schema', 'renderer/pageKit'],
    why: 'src/ui is a small kit under the app and the marketplace (renderer/pageKit only, to stay small)',
  },
  slots: {
    may: ['stac-schema', 'actions', 'plugin-host', 'renderer', 'api-client', 'ui'],
    why: 'src/slots composes the layers below it',
  },
  marketplace: {
    may: ['stac-schema', 'actions', 'plugin-host', 'renderer', 'api-client', 'ui', 'slots'],
    why: 'src/marketplace composes the layers below it',
  },
  cli: {
    may: ['stac-schema', 'actions', 'plugin-host', 'renderer'],
    why: 'the CLI validates and renders, nothing more',
  },
  app: {
    may: SRC_FOLDERS.filter((name) => name !== 'app' && name !== 'cli'),
    why: 'src/app wires the layers',
  },
};
const SERVER_MAY = ['stac-schema', 'plugin-host', 'actions'];
const REACT_FREE = ['stac-schema', 'actions', 'plugin-host'];
const REACT_IMPORTS = {
  regex: '^react(-dom)?(/|$)',
  message: 'This layer is React-free: the server runs it.',
};
const anyOf = (names) => names.join('|');
const UP = '^(\\.\\./)+';

function layerRules(folder) {
  const { may, why } = LAYERS[folder];
  const others = SRC_FOLDERS.filter((name) => name !== folder);
  // A sub-folder such as `renderer/template` is allowed through its own index.ts, nothing else of its parent.
  const allowedEntries = may.filter((name) => name.includes('/'));
  const entryParents = allowedEntries.map((name) => name.split('/')[0]);
  const forbidden = others.filter((name) => !may.includes(name) && !entryParents.includes(name));
  const entriesOk = allowedEntries.length > 0 ? `(?!(${anyOf(allowedEntries)})(/index)?$)` : '';
  const patterns = [
    {
      regex: `${UP}${entriesOk}(${anyOf(others)})/(?!index$).+`,
      message: 'Reach another folder of src/ through its index.ts (export what you need there), not past it.',
    },
    { regex: `${UP}server(/|$)`, message: 'src/ never imports the server.' },
    {
      regex: `${UP}mocks(/|$)`,
      message: 'src/ never imports mocks/ (test and story doubles); keep them out of the bundles.',
    },
  ];
  if (forbidden.length > 0) {
    patterns.push({ regex: `${UP}(${anyOf(forbidden)})(/|$)`, message: `Layer rule: ${why}.` });
  }
  for (const parent of entryParents) {
    patterns.push({ regex: `${UP}${parent}(/index)?$`, message: `Layer rule: ${why}.` });
  }
  if (REACT_FREE.includes(folder)) patterns.push(REACT_IMPORTS);
  if (folder === 'app') {
    // The marketplace is a chunk of its own, loaded when its routes open (routes.tsx, `import()`); one static
    // import from a host page put its 17 KB into every page after sign-in.
    patterns.push({
      regex: `${UP}marketplace(/index)?$`,
      allowTypeImports: true,
      message:
        'The app loads the marketplace on demand (routes.tsx); take shared helpers from a lower layer.',
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const serverLayerRules = {
  files: ['server/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `${UP}src/(?!(${anyOf(SERVER_MAY)})(/|$))`,
            message: `Layer rule: the server imports only src/${SERVER_MAY.join(', src/')} (no React code).`,
          },
          {
            regex: `${UP}src/(${anyOf(SERVER_MAY)})/(?!index$).+`,
            message: 'Reach a folder of src/ through its index.ts, not past it.',
          },
          REACT_IMPORTS,
        ],
      },
    ],
  },
};

// mocks/ (the in-memory Plugin API for tests and stories) stands where a user's test would: it reaches src/
// only through each folder's index.ts, and never the server (the parity test compares the two instead).
const mocksRules = {
  files: ['mocks/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `${UP}src/(${anyOf(SRC_FOLDERS)})/(?!index$).+`,
            message: 'mocks/ reaches a folder of src/ through its index.ts, as a test of a user would.',
          },
          { regex: `${UP}server(/|$)`, message: 'mocks/ never imports the server.' },
          REACT_IMPORTS,
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-embed/**',
      'storybook-static/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'coverage/**',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Untrusted plugin JSON must never become code.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'Handlebars',
          property: 'compile',
          message: 'Parse with Handlebars.parse and evaluate with our interpreter.',
        },
        {
          object: 'Handlebars',
          property: 'precompile',
          message: 'Parse with Handlebars.parse and evaluate with our interpreter.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML sinks: plugin data stays text.',
        },
      ],
    },
  },
  {
    // The React Compiler's rules (no ref read or written in render, no setState in an effect, ...) for the
    // product and its stories. Tests keep the two classic rules: they count renders in module variables.
    files: ['src/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}'],
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    // A function a newcomer reads in one sitting: past 150 lines it does several jobs; split it by job into
    // modules (docs/architecture.md, Habits). Tests are exempt: a test file's describe callback holds all of
    // its cases, so the rule would measure the number of cases, not the length of any one of them.
    files: [
      'src/**/*.{ts,tsx}',
      'server/**/*.ts',
      'mocks/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'bench/**/*.{ts,tsx}',
      'stories/**/*.{ts,tsx}',
    ],
    rules: {
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
    },
  },
  ...SRC_FOLDERS.map(layerRules),
  serverLayerRules,
  mocksRules,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
