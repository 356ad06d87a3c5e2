/**
 * Every corpus document (the Stac gallery and sample app, the Invenicum market) rendered to HTML on the
 * server with renderStacToString: no browser globals, concrete facts per document, and a generic check that
 * every text a user should see is in the HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAC_WIDGET_CSS, renderTemplate } from '../../src/renderer';
import { renderStacToString } from '../../src/renderer/ssr';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { CORPUS_DIR } from '../fixtures/paths';

const CORPUS = CORPUS_DIR;

// ---- a small HTML reader for React's server output (well-formed; comments, void and self-closed tags) ----

interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: Array<HtmlElement | string>;
}

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: new Map(), children: [] };
  const stack = [root];
  for (const match of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (match[0].startsWith('<!--')) continue;
    if (match[5] !== undefined) {
      top.children.push(decodeEntities(match[5]));
      continue;
    }
    const [, closing, rawTag, attrText, selfClosing] = match;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((element) => element.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs = new Map<string, string>();
    for (const attr of attrText.matchAll(/([^\s=]+)(?:="([^"]*)")?/g))
      attrs.set(attr[1], decodeEntities(attr[2] ?? ''));
    const element: HtmlElement = { tag, attrs, children: [] };
    top.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

function descendants(element: HtmlElement): HtmlElement[] {
  return element.children.flatMap((child) =>
    typeof child === 'string' ? [] : [child, ...descendants(child)],
  );
}

function isType(element: HtmlElement, type: string): boolean {
  return (element.attrs.get('class') ?? '').split(' ').includes(`stac-${type}`);
}

function byType(root: HtmlElement, type: string): HtmlElement[] {
  return descendants(root).filter((element) => isType(element, type));
}

function textOf(element: HtmlElement): string {
  if (element.tag === 'style' || element.tag === 'svg') return '';
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** The widget stylesheet's rules for one class (`.stac-weight-600 { font-weight: 600; }`), by class. */
const SINGLE_CLASS_RULES = new Map(
  [...STAC_WIDGET_CSS.matchAll(/^\.([\w-]+) \{ ([^}]*) \}$/gm)].map(([, name, body]) => [name, body]),
);

/** What an element's own style declares: single-class rules of the widget stylesheet, then its inline style. */
function styleOf(element: HtmlElement): Record<string, string> {
  const style: Record<string, string> = {};
  const classRules = (element.attrs.get('class') ?? '')
    .split(' ')
    .map((name) => SINGLE_CLASS_RULES.get(name));
  for (const declaration of [...classRules, element.attrs.get('style')].join(';').split(/;(?![^(]*\))/)) {
    const colon = declaration.indexOf(':');
    if (colon > 0) style[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return style;
}

// ---- the corpus ----

interface CorpusDocument {
  name: string;
  /** What StacView receives: a plugin's `ui`, or the Stac file itself. */
  document: unknown;
}

function loadCorpus(): CorpusDocument[] {
  return ['invenicum', 'stac'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const json = JSON.parse(readFileSync(join(CORPUS, folder, file), 'utf8')) as Record<string, unknown>;
        return { name: `${folder}/${file}`, document: folder === 'invenicum' ? json.ui : json };
      }),
  );
}

const corpus = loadCorpus();
const THEME_FILES = new Set([
  'stac/gallery__example_dark_theme.json',
  'stac/gallery__example_light_theme.json',
]);
/** The gallery's home screen is a JSON list of list tiles that the gallery app puts in a ListView. */
const LIST_FILES = new Set(['stac/gallery__home_screen.json']);

function renderable(entry: CorpusDocument): unknown {
  if (LIST_FILES.has(entry.name)) return { type: 'listView', children: entry.document };
  if (THEME_FILES.has(entry.name)) return { type: 'text', data: 'Themed' };
  return entry.document;
}

interface Rendered {
  html: string;
  root: HtmlElement;
  problems: StacRenderProblem[];
}

function render(entry: CorpusDocument, options: Parameters<typeof renderStacToString>[1] = {}): Rendered {
  const problems: StacRenderProblem[] = [];
  const theme = THEME_FILES.has(entry.name) ? (entry.document as Record<string, unknown>) : options.theme;
  const html = renderStacToString(renderable(entry), {
    ...options,
    theme,
    onProblem: (problem) => problems.push(problem),
  });
  return { html, root: parseHtml(html), problems };
}

/**
 * Text nodes a user sees on first render: not inside actions (dialogs, sheets, pages shown later), not in
 * the branches of a `conditional` (only one shows; checked per document below), not in the item template of
 * a `dynamicView` (shown once its request answers), not on the pages of a `bottomNavigationView` other than
 * the first (no document sets `initialIndex`). Template texts are compared with their static parts.
 */
function visibleTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) visibleTexts(item, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  if (record.actionType !== undefined || record.type === 'conditional') return out;
  if (record.type === 'text' && typeof record.data === 'string')
    out.push(renderTemplate(record.data, {}).text);
  if (record.type === 'bottomNavigationView' && Array.isArray(record.children)) {
    return visibleTexts(record.children[0], out);
  }
  for (const [key, value] of Object.entries(record)) {
    if (record.type === 'dynamicView' && key === 'template') continue;
    visibleTexts(value, out);
  }
  return out;
}

describe('rendering the corpus on the server', () => {
  it('runs without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(corpus.length).toBe(73);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))(
    '%s renders, and shows every text',
    (_name, entry) => {
      const { html, root, problems } = render(entry);
      expect(html.length).toBeGreaterThan(0);
      // The movie app registers its own `movieCarousel` widget; nothing else may be unknown or fail.
      expect(problems.filter((problem) => problem.widgetType !== 'movieCarousel')).toEqual([]);
      const shown = byType(root, 'text').map(textOf);
      const expected = THEME_FILES.has(entry.name) ? ['Themed'] : visibleTexts(renderable(entry));
      expect(expected.filter((text) => !shown.some((candidate) => candidate.includes(text)))).toEqual([]);
      if (!THEME_FILES.has(entry.name)) expect(shown.length).toBeGreaterThanOrEqual(expected.length);
    },
  );
});

// ---- concrete facts per document, taken from its JSON (colours: #RRGGBB / #AARRGGBB with alpha first) ----

interface CorpusExpectation {
  file: string;
  /** Exact texts of text widgets. */
  texts?: string[];
  /** Texts that must not be on the page (the other branch of a conditional, a dialog not yet opened). */
  absent?: string[];
  /** Texts no text widget shows (pages not on screen). */
  hiddenTexts?: string[];
  /** [widget type, texts the first such widget contains]. */
  containing?: Array<[string, string[]]>;
  /** Number of widgets of each type. */
  count?: Record<string, number>;
  /** [button type, its label]. */
  buttons?: Array<[string, string]>;
  /** [widget type, which one: the index among that type or a text it contains, CSS declarations]. */
  css?: Array<[string, number | string, Record<string, string>]>;
  /** Placeholders of text inputs. */
  placeholders?: string[];
  /** Substrings of the HTML. */
  html?: string[];
  scope?: Record<string, unknown>;
}

const EXPECTATIONS: CorpusExpectation[] = [
  {
    file: 'invenicum/reloj_digital.json',
    texts: ['12:00'],
    css: [
      ['container', 0, { 'background-color': 'rgb(255, 255, 255)', 'border-radius': '16px' }],
      ['text', '12:00', { color: 'rgb(0, 0, 1)', 'font-size': '24px' }],
    ],
    count: { container: 1, center: 1, text: 1 },
  },
  {
    file: 'invenicum/quien_soy.json',
    buttons: [['elevatedButton', 'Quién soy?']],
    count: { elevatedButton: 1 },
  },
  { file: 'invenicum/otro_mas.json', texts: ['Nuevo Plugins'], count: { container: 1, text: 1 } },
  { file: 'invenicum/prueba.json', texts: ['Nuevo Plugin'], count: { container: 1, text: 1 } },
  {
    file: 'stac/gallery__column_example.json',
    texts: ['Column', 'Red Container', 'Green Container', 'Blue Container'],
    css: [
      ['column', 0, { gap: '12px' }],
      ['container', 0, { 'background-color': 'rgb(255, 205, 210)', width: '2000px', height: '200px' }],
      ['container', 2, { 'background-color': 'rgb(187, 222, 251)' }],
      ['text', 'Red Container', { color: 'rgb(183, 28, 28)' }],
      ['text', 'Blue Container', { color: 'rgb(13, 71, 161)' }],
    ],
  },
  {
    file: 'stac/gallery__container_example.json',
    texts: ['Container', 'Flutter'],
    css: [
      ['container', 1, { 'background-color': 'rgb(252, 86, 50)', width: '200px', height: '100px' }],
      ['container', 2, { 'background-color': 'rgb(255, 255, 0)', width: '250px', height: '250px' }],
      ['text', 'Flutter', { 'font-size': '23px', 'font-weight': '600' }],
    ],
  },
  {
    file: 'stac/gallery__padding_example.json',
    css: [
      ['container', 0, { padding: '12px 12px 12px 12px' }],
      ['padding', 1, { padding: '0px 24px 0px 24px' }],
      ['padding', 5, { padding: '0px 144px 0px 144px' }],
      ['container', 1, { 'background-color': 'rgb(103, 43, 255)', width: '700px', height: '75px' }],
    ],
    count: { padding: 6 },
  },
  {
    file: 'stac/gallery__elevated_button_example.json',
    buttons: [['elevatedButton', 'BUTTON']],
    count: { elevatedButton: 6 },
    css: [
      ['elevatedButton', 0, { padding: '8px 12px 8px 12px' }],
      // The side is drawn inside the button (Flutter paints it on the shape without taking space).
      [
        'elevatedButton',
        4,
        { outline: '2px solid rgb(255, 102, 255)', 'outline-offset': '-2px', 'border-radius': '8px' },
      ],
    ],
  },
  {
    file: 'stac/gallery__filled_button_example.json',
    buttons: [['filledButton', 'BUTTON']],
    count: { filledButton: 8 },
  },
  {
    file: 'stac/gallery__outlined_button_example.json',
    buttons: [['outlinedButton', 'BUTTON']],
    count: { outlinedButton: 4 },
  },
  {
    file: 'stac/gallery__text_button_example.json',
    buttons: [['textButton', 'BUTTON']],
    count: { textButton: 4 },
  },
  {
    file: 'stac/gallery__chip_example.json',
    texts: ['Chip', 'Round Chip', 'Color Chip'],
    count: { chip: 6 },
    css: [
      ['chip', 'Color Chip', { 'background-color': 'rgb(109, 129, 179)' }],
      ['text', 'Color Chip', { color: 'rgb(255, 255, 255)', 'font-size': '21px' }],
    ],
  },
  {
    file: 'stac/gallery__card_example.json',
    texts: ['Cards', 'Prof. Richard Jhonson'],
    count: { card: 1, listTile: 1 },
    css: [
      ['card', 0, { margin: '20px 20px 20px 20px' }],
      ['text', 'Prof. Richard Jhonson', { 'font-size': '21px' }],
    ],
  },
  {
    file: 'stac/gallery__dialog_example.json',
    buttons: [
      ['elevatedButton', 'SIMPLE ALERT'],
      ['elevatedButton', 'ALERT WITH TITLE'],
    ],
    absent: ['Discard draft?'],
  },
  {
    file: 'stac/gallery__grid_view_example.json',
    texts: ['Grid View Example', 'Item 1', 'Item 10'],
    count: { gridView: 1, container: 10 },
    css: [
      ['padding', 0, { padding: '10px 10px 10px 10px' }],
      ['container', 'Item 1', { 'background-color': 'rgb(255, 205, 210)' }],
      ['text', 'Item 4', { color: 'rgb(245, 127, 23)' }],
    ],
  },
  {
    file: 'stac/gallery__table_example.json',
    texts: ['Header 1', 'Header 3', 'Row 1, Cell 1', 'Row 3, Cell 3'],
    count: { table: 1, tableCell: 12 },
    css: [
      ['padding', 0, { padding: '16px 16px 16px 16px' }],
      ['container', 'Header 2', { 'background-color': 'rgba(0, 0, 0, 0.25)', height: '50px' }],
    ],
  },
  {
    file: 'stac/gallery__wrap_example.json',
    texts: ['Wrap Demo', '1', '10'],
    count: { wrap: 1, container: 10 },
    css: [
      ['wrap', 0, { 'column-gap': '8px' }],
      ['container', '1', { 'background-color': 'rgb(255, 205, 210)', width: '100px', height: '100px' }],
      ['text', '7', { color: 'rgb(255, 255, 255)' }],
    ],
  },
  {
    file: 'stac/gallery__stack_example.json',
    texts: ['Green', 'Red', 'Purple'],
    count: { stack: 1, positioned: 3 },
    css: [
      ['container', 'Green', { 'background-color': 'rgb(129, 199, 132)', width: '75px', height: '75px' }],
      ['container', 'Purple', { 'background-color': 'rgb(186, 104, 200)' }],
      ['text', 'Red', { 'font-size': '20px', color: 'rgb(255, 255, 255)' }],
    ],
  },
  {
    file: 'stac/gallery__text_example.json',
    texts: ['Flutter', 'This is a normal Text.'],
    css: [['text', 'Flutter', { 'font-size': '23px', 'font-weight': '600' }]],
  },
  {
    file: 'stac/gallery__align_example.json',
    texts: ['Align', 'Flutter'],
    css: [['container', 0, { 'background-color': 'rgb(252, 86, 50)', width: '200px', height: '250px' }]],
  },
  {
    file: 'stac/gallery__opacity_example.json',
    texts: ['Opacity Widget'],
    css: [['opacity', 0, { opacity: '0.5' }]],
  },
  {
    file: 'stac/gallery__divider_example.json',
    count: { divider: 3 },
    css: [
      ['divider', 0, { height: '5px' }],
      ['divider', 2, { height: '2px' }],
    ],
  },
  {
    file: 'stac/gallery__conditional_example.json',
    texts: ['Condition is TRUE: 5 is greater than 3'],
    absent: ['Condition is FALSE: 5 is not greater than 3'],
  },
  {
    file: 'stac/gallery__variable_example.json',
    // setValue writes name, age, city and country; the texts (and a span child) bind them with {{ }}.
    texts: ['John Doe', '30', 'New YorkUSA'],
    count: { floatingActionButton: 1 },
  },
  {
    file: 'stac/gallery__variable_navigate_example.json',
    scope: { name: 'Ana Ruiz', age: 41, city: 'Lugo', phone: '555 0100' },
    texts: ['Ana Ruiz', '41', 'Lugo ', 'phone: 555 0100'],
  },
  {
    file: 'stac/gallery__form_example.json',
    buttons: [['elevatedButton', 'Sign in']],
    placeholders: ['Username', 'Password'],
    count: { form: 1, textFormField: 2 },
    css: [
      [
        'elevatedButton',
        'Sign in',
        { 'background-color': 'var(--stac-color-primary)', color: 'rgb(255, 255, 255)' },
      ],
    ],
    absent: ['Successful'],
  },
  {
    file: 'stac/gallery__bottom_nav_bar_example.json',
    texts: ['Bottom Navigation Screen', 'Home'],
    // Only the first page shows; the bar names all three.
    hiddenTexts: ['Search', 'Profile'],
    containing: [['bottomNavigationBar', ['Home', 'Search', 'Profile']]],
    count: { bottomNavigationBar: 1 },
    css: [['text', 'Home', { 'font-size': '24px' }]],
  },
  {
    file: 'stac/movie_app__screens__onboarding_screen.json',
    texts: ['Movie \nDatabase', 'Get Started'],
    buttons: [['filledButton', 'Get Started']],
    css: [
      ['padding', 0, { padding: '48px 16px 48px 16px' }],
      ['text', 'Movie \nDatabase', { 'font-size': 'var(--stac-text-displayMedium-size)' }],
    ],
  },
  {
    file: 'stac/gallery__home_screen.json',
    texts: ['Stac Appbar', 'Stac AutoComplete'],
    count: { listTile: 63 },
  },
  {
    file: 'stac/gallery__example_dark_theme.json',
    texts: ['Themed'],
    html: [
      'data-stac-theme="dark"',
      '--stac-color-primary:rgba(204, 189, 250, 1)',
      '--stac-color-surface:rgba(28, 27, 30, 1)',
    ],
  },
];

function findWidget(root: HtmlElement, type: string, which: number | string): HtmlElement | undefined {
  const widgets = byType(root, type);
  if (typeof which === 'number') return widgets[which];
  return type === 'text'
    ? widgets.find((widget) => textOf(widget) === which)
    : widgets.find((widget) =>
        // A Material button with a plain label is that text itself (it carries `stac-text` too).
        [widget, ...byType(widget, 'text')].some((text) => isType(text, 'text') && textOf(text) === which),
      );
}

describe('concrete facts of corpus documents', () => {
  it('covers at least 25 documents and many widget types', () => {
    expect(EXPECTATIONS.length).toBeGreaterThanOrEqual(25);
    const types = new Set(
      EXPECTATIONS.flatMap((expectation) => [
        ...Object.keys(expectation.count ?? {}),
        ...(expectation.css ?? []).map(([type]) => type),
        ...(expectation.buttons ?? []).map(([type]) => type),
      ]),
    );
    expect(types.size).toBeGreaterThanOrEqual(20);
  });

  it.each(EXPECTATIONS.map((expectation) => [expectation.file, expectation] as const))(
    '%s',
    (file, expectation) => {
      const entry = corpus.find((candidate) => candidate.name === file);
      if (!entry) throw new Error(`${file} is not in the corpus`);
      const { html, root } = render(entry, { scope: expectation.scope });
      const texts = byType(root, 'text').map(textOf);
      for (const text of expectation.texts ?? []) expect(texts).toContain(text);
      const pageText = textOf(root);
      for (const text of expectation.absent ?? []) expect(pageText).not.toContain(text);
      for (const text of expectation.hiddenTexts ?? []) expect(texts).not.toContain(text);
      for (const [type, parts] of expectation.containing ?? []) {
        const widgetText = textOf(byType(root, type)[0]);
        for (const part of parts) expect(widgetText).toContain(part);
      }
      for (const [type, count] of Object.entries(expectation.count ?? {}))
        expect({ type, count: byType(root, type).length }).toEqual({ type, count });
      for (const [type, label] of expectation.buttons ?? []) {
        const buttons = byType(root, type);
        expect(buttons.length).toBeGreaterThan(0);
        for (const button of buttons.filter((candidate) => textOf(candidate).includes(label)))
          expect(button.tag).toBe('button');
        expect(buttons.some((button) => textOf(button).trim() === label)).toBe(true);
      }
      for (const [type, which, css] of expectation.css ?? []) {
        const widget = findWidget(root, type, which);
        expect(widget, `${type} ${String(which)}`).toBeDefined();
        const style = styleOf(widget as HtmlElement);
        for (const [property, value] of Object.entries(css))
          expect({ type, which, property, value: style[property] }).toEqual({ type, which, property, value });
      }
      const placeholders = descendants(root)
        .map((element) => element.attrs.get('placeholder'))
        .filter(Boolean);
      for (const placeholder of expectation.placeholders ?? []) expect(placeholders).toContain(placeholder);
      for (const fragment of expectation.html ?? []) expect(html).toContain(fragment);
    },
  );
});
