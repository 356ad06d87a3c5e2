import { readFileSync } from 'node:fs';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './scripts/precompressAssets.mjs';
import { iconFiles } from './scripts/viteIconFiles.ts';

/**
 * The embed build: `<stac-slot>` and `mountPluginSlot` for pages that are not React apps. One folder,
 * dist/embed/ (served next to /embed-demo.html), with stac-slot.css and two ways in:
 *  - stac-slot.js, an ES module that imports React (`react`, `react-dom`, `react-dom/client`) by name, for
 *    hosts with a bundler or an import map that already have React: it stays small (goal 60 KB gzip);
 *  - stac-slot.iife.js, a small classic script that defines `window.StacSlot` and the element at once and
 *    imports stac-slot.core.js (the same code as an ES module with React inside) and its chunks from beside
 *    itself, for any page (goal 130 KB gzip for the loader and what every page loads).
 * Icons are fetched per icon at run time (see src/renderer/icons), never bundled whole. Run it after the
 * app build (`vite build` empties dist/).
 */
const REACT = /^(react|react-dom|scheduler)($|\/)/;

const shared: InlineConfig = {
  configFile: false,
  plugins: [react()],
  // Library mode leaves `process.env.NODE_ENV` alone; React needs it replaced to drop its dev build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  logLevel: 'warn',
};

/**
 * The embed bundles no icon: the common set the app bundles (src/renderer/icons/generated/commonIcons.ts,
 * 6 KB gzip of path data) becomes an empty table here, so every icon a plugin draws is fetched alone, a few
 * hundred bytes each, cached for a year. A slot draws a handful of icons; it should not carry sixty.
 */
const COMMON_ICONS_MODULE = /src[\\/]renderer[\\/]icons[\\/]generated[\\/]commonIcons\.ts$/;

function fetchEveryIcon(): Plugin {
  return {
    name: 'stac-embed-fetch-every-icon',
    enforce: 'pre',
    load(id) {
      return COMMON_ICONS_MODULE.test(id) ? 'export const COMMON_ICONS = {};' : null;
    },
  };
}

/**
 * The ES module loads each widget family (its components and its specs) as a chunk when a document first
 * uses it, the template language's full grammar with them when a document holds a template only it can read,
 * what manifests require (dependencies, host versions, startup checks) when an installed list declares any,
 * and the actions' code (built-ins and dispatcher) ahead of the first action: these modules get their lazy twin
 * here (src/renderer/widgets/builtinRegistry.lazy.ts, src/stac-schema/widgetSpecLookup.lazy.ts,
 * src/renderer/template/templateGrammar.lazy.ts, src/stac-schema/requirementReaders.lazy.ts,
 * src/actions/actionDispatcher.lazy.ts, src/actions/builtins/builtinDefinitions.lazy.ts,
 * src/plugin-host/requirementChecks.lazy.ts (its checks come with the requirement readers), and
 * src/renderer/widgetRequestRunner.lazy.ts, whose request code comes with the data widgets' chunk). Everything
 * else, the app, the server and server rendering included, keeps the eager ones, where everything is present
 * from the start.
 */
const LAZY_TWINS =
  /src[\\/](?:renderer[\\/]widgets[\\/]builtinRegistry|renderer[\\/]overlays[\\/]overlayParts|renderer[\\/]icons[\\/]cupertinoNames|renderer[\\/]widgetRequestRunner|renderer[\\/]template[\\/]templateGrammar|stac-schema[\\/]widgetSpecLookup|stac-schema[\\/]requirementReaders|actions[\\/]actionDispatcher|actions[\\/]builtins[\\/]builtinDefinitions|plugin-host[\\/]requirementChecks)\.ts$/;

function widgetFamiliesOnDemand(): Plugin {
  return {
    name: 'stac-embed-widget-families-on-demand',
    enforce: 'pre',
    load(id) {
      if (!LAZY_TWINS.test(id)) return null;
      const twin = id.replace(/\.ts$/, '.lazy.ts');
      this.addWatchFile(twin);
      return readFileSync(twin, 'utf8');
    },
  };
}

const FAMILY_MODULE =
  /src[\\/](?:renderer[\\/]widgets[\\/](\w+)[\\/]|stac-schema[\\/]widgets[\\/](\w+)Specs\.ts$)/;

/** `widgets-layout` for the layout family's components and specs; null for any other module. */
function widgetFamilyChunk(id: string): string | null {
  const match = FAMILY_MODULE.exec(id);
  const family = match?.[1] ?? match?.[2];
  // The request context is the view's (StacView provides it), though it sits with the data widgets.
  // The data widgets are the only ones that send requests: the request code comes with them.
  if (/[\\/]renderer[\\/]runWidgetRequest\.ts$/.test(id)) return 'widgets-data';
  if (!family || family === 'core' || /[\\/]requestContext\.ts$/.test(id)) return null;
  return `widgets-${family}`;
}

/**
 * The built-in actions' definitions (params schemas and handlers) and the dispatcher that runs every action,
 * with a view's overlay code (the stack, its services, the dialog, sheet, page and snack bar views, which only
 * an action opens), loaded when the user's pointer or focus first enters a slot. zod comes with them, configured
 * (`zodConfig.ts`: English messages): their params schemas are the only zod the embed runs (documents are checked
 * by the shapes' own checks, answers by zod-free readers).
 */
const BUILTIN_ACTIONS =
  /src[\\/](?:actions[\\/](?:builtins[\\/](?!builtinNames\.ts$|builtinDefinitions\.ts$)\w+|dispatch)\.ts|renderer[\\/]overlays[\\/](?:overlayChunk|overlayStack|overlayController|OverlayLayer|ModalFrame|SnackBarView|ConfirmContent|OverlayWidget|useFocusTrap)\.tsx?|stac-schema[\\/]zodConfig\.ts)$|[\\/]node_modules[\\/]zod[\\/]/;

/**
 * What a manifest requires (dependencies, host version, startup checks) with the version-range reader, loaded by
 * requirementReaders.lazy.ts for an installed list that declares any of them.
 */
const MANIFEST_REQUIREMENTS =
  /src[\\/](?:stac-schema[\\/](?:manifestRequirements|versionRange)|plugin-host[\\/](?:checkRequirements|dependencies|startupChecks))\.ts$/;

/** The Cupertino icon names, loaded by icons/cupertinoNames.lazy.ts when a slot first draws a Cupertino icon. */
const CUPERTINO_ICON_NAMES = /src[\\/]renderer[\\/]icons[\\/]cupertinoIcons\.ts$/;

/**
 * The template language's full grammar (parser, lexer, whitespace control) with the interpreter of the blocks only
 * it reads, loaded by templateGrammar.lazy.ts.
 */
const TEMPLATE_GRAMMAR =
  /src[\\/]renderer[\\/]template[\\/](?:templateGrammarChunk|templateParser|templateLexer|whitespaceControl|templateBlocks)\.ts$/;

/**
 * What several widget families share and the entry never draws with (box decorations, gradients, text styles,
 * cursors and shapes as CSS, the Material icon and its name lookup, press handling, control labels): a chunk that
 * builtinRegistry.lazy.ts asks for beside the first family a slot loads (familyShared.ts), in the same round
 * trip, so that a page whose documents use only the core widgets never loads it. The icons' data (iconData.ts)
 * stays in the entry: it finds the icon files beside its own module (`import.meta.url`), which is the entry's
 * folder, where the build puts `stac-icons/`, not `chunks/`.
 */
const FAMILY_SHARED =
  /src[\\/]renderer[\\/](?:values[\\/](?:boxDecorationToCss|gradientToCss|textStyleToCss|mouseCursorToCss|shapeToCss)|icons[\\/](?:MaterialIcon|resolveIconName)|widgets[\\/](?:usePressHandlers|controlLabel|familyShared))\.tsx?$/;

const library = { entry: 'src/slots/embed/index.ts', name: 'StacSlot', cssFileName: 'stac-slot' };

/**
 * How both ES builds cut their chunks. Each widget family is one chunk of its own modules (not their
 * dependencies): what several families share (CSS values, icons, press handling) stays in the entry, which
 * every chunk imports from, so a family costs one request of its own bytes and never pulls another family.
 * The rest of our code is one group, which the bundler merges into the entry it all belongs to (else it cuts a
 * dozen small chunks of CSS helpers that every family would wait for). Chunks loaded on demand (the focus trap,
 * when a modal first opens) sit in chunks/ beside the module, content-hashed, so the server lets browsers keep
 * them (server/http/staticSite.ts).
 */
const chunkOutput = {
  minify: true,
  comments: false,
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: {
    groups: [
      {
        name: widgetFamilyChunk,
        debugName: 'widget families',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      // The built-in actions: the entry knows their names (builtinNames.ts) and loads them on first use.
      {
        name: (id: string) => (BUILTIN_ACTIONS.test(id) ? 'actions-builtin' : null),
        debugName: 'built-in actions',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      {
        name: (id: string) => (MANIFEST_REQUIREMENTS.test(id) ? 'manifest-requirements' : null),
        debugName: 'manifest requirements',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      {
        name: (id: string) => (TEMPLATE_GRAMMAR.test(id) ? 'template-grammar' : null),
        debugName: 'template grammar',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      {
        name: (id: string) => (CUPERTINO_ICON_NAMES.test(id) ? 'icons-cupertino' : null),
        debugName: 'Cupertino icon names',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      {
        name: (id: string) => (FAMILY_SHARED.test(id) ? 'family-shared' : null),
        debugName: 'what widget families share',
        priority: 2,
        includeDependenciesRecursively: false,
      },
      { name: 'stac-slot-shared', test: /[\\/]src[\\/]/, priority: 1 },
    ],
  },
} as const;

/** React, bundled by the IIFE's core: a chunk of its own, kept by browsers across releases of our code. */
const REACT_MODULE = /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/;

type Sourcemap = boolean | 'inline' | 'hidden';

/** A build of one more entry into the ES module's folder, minified, as a library of one format. */
function besideTheModule(
  outDir: string,
  sourcemap: Sourcemap,
  entry: string,
  format: 'es' | 'iife',
  file: string,
) {
  return {
    outDir,
    emptyOutDir: false,
    sourcemap,
    minify: true,
    lib: { ...library, entry, formats: [format], fileName: () => file },
  };
}

/** The core's file and the chunks it imports statically, for the loader to ask for them at once. */
interface CoreFiles {
  entry: string;
  imports: string[];
}

/** The IIFE's core: `mountPluginSlot` as an ES module with React inside, chunked as the ES module is. */
async function buildCore(outDir: string, sourcemap: Sourcemap): Promise<CoreFiles> {
  const files: CoreFiles = { entry: '', imports: [] };
  const recordFiles: Plugin = {
    name: 'stac-embed-core-files',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        files.entry = `./${output.fileName}`;
        files.imports = output.imports.map((file) => `./${file}`);
      }
    },
  };
  await build({
    ...shared,
    plugins: [react(), fetchEveryIcon(), widgetFamiliesOnDemand(), iconFiles(), recordFiles],
    build: {
      ...besideTheModule(outDir, sourcemap, 'src/slots/embed/core.ts', 'es', 'stac-slot.core.js'),
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          ...chunkOutput,
          codeSplitting: {
            groups: [{ name: 'react', test: REACT_MODULE, priority: 3 }, ...chunkOutput.codeSplitting.groups],
          },
        },
      },
    },
  });
  return files;
}

/**
 * The IIFE embed (React inside) is a small classic loader (src/slots/embed/loader.ts) that defines the API and
 * the element at once and imports the core beside it; both are built after the ES module (React external).
 */
function alsoBuildIife(): Plugin {
  let done = false;
  let outDir = 'dist/embed';
  let sourcemap: Sourcemap = true;
  return {
    name: 'stac-embed-iife',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      sourcemap = config.build.sourcemap;
    },
    async closeBundle() {
      if (done) return;
      done = true;
      const core = await buildCore(outDir, sourcemap);
      await build({
        ...shared,
        // Last of the builds, so it precompresses them all (and the icon files) for the server.
        plugins: [react(), precompressAssets()],
        define: { ...shared.define, __STAC_EMBED_CORE__: JSON.stringify(core) },
        build: {
          ...besideTheModule(outDir, sourcemap, 'src/slots/embed/loader.ts', 'iife', 'stac-slot.iife.js'),
          rolldownOptions: {
            output: { codeSplitting: false },
            // Precompression (Brotli at its top quality, once per build) is slow on purpose: no timing
            // warning on every `npm start` for it.
            checks: { bundlerTimings: false },
          },
        },
      });
    },
  };
}

export default defineConfig({
  ...shared,
  configFile: undefined,
  plugins: [react(), fetchEveryIcon(), widgetFamiliesOnDemand(), iconFiles(), alsoBuildIife()],
  logLevel: undefined,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    rolldownOptions: {
      external: (id) => REACT.test(id),
      // The entry may export more than its own API (what its chunks import from it), so the code every page
      // needs stays in the one file a page asks for first instead of a chunk behind a re-exporting facade.
      preserveEntrySignatures: 'allow-extension',
      // Vite keeps whitespace and /* @__PURE__ */ comments in an ES library for the bundler that consumes it;
      // this module goes to browsers as it is (an import map, a plain <script type="module">), so it is
      // minified whole like the IIFE: 21,000 lines of indented code were a fifth of its gzip bytes.
      output: chunkOutput,
    },
    lib: { ...library, formats: ['es'], fileName: () => 'stac-slot.js' },
  },
});
