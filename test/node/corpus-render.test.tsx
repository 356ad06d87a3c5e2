/**
 * Every corpus document (the Stac gallery and sample app, the Invenicum market) rendered to HTML on the
 * server with renderStacToString: no browser globals, concrete facts per document, and a generic check that
 * every text a user should see is in the HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderStacToString, renderTemplate } from '../../src/renderer';
import type { StacRenderProblem } from '../../src/renderer/contract';

const CORPUS = resolve(__dirname, '../../../shared/corpus');

// ---- a small HTML reader for React's server output (well-formed; comments, void and self-closed tags) ----

interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: Array<HtmlElement | string>;
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
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
    for (const attr of attrText.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attrs.set(attr[1], decodeEntities(attr[2] ?? ''));
    const element: HtmlElement = { tag, attrs, children: [] };
    top.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

function descendants(element: HtmlElement): HtmlElement[] {
  return element.children.flatMap((child) => (typeof child === 'string' ? [] : [child, ...descendants(child)]));
}

function byType(root: HtmlElement, type: string): HtmlElement[] {
  return descendants(root).filter((element) => element.attrs.get('data-stac-type') === type);
}

function textOf(element: HtmlElement): string {
  if (element.tag === 'style' || element.tag === 'svg') return '';
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

function styleOf(element: HtmlElement): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of (element.attrs.get('style') ?? '').split(/;(?![^(]*\))/)) {
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
const THEME_FILES = new Set(['stac/gallery__example_dark_theme.json', 'stac/gallery__example_light_theme.json']);
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
  const html = renderStacToString(renderable(entry), { ...options, theme, onProblem: (problem) => problems.push(problem) });
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
  if (record.type === 'text' && typeof record.data === 'string') out.push(renderTemplate(record.data, {}).text);
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

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s renders, and shows every text', (_name, entry) => {
    const { html, root, problems } = render(entry);
    expect(html.length).toBeGreaterThan(0);
    // The movie app registers its own `movieCarousel` widget; nothing else may be unknown or fail.
    expect(problems.filter((problem) => problem.widgetType !== 'movieCarousel')).toEqual([]);
    const shown = byType(root, 'text').map(textOf);
    const expected = THEME_FILES.has(entry.name) ? ['Themed'] : visibleTexts(renderable(entry));
    expect(expected.filter((text) => !shown.some((candidate) => candidate.includes(text)))).toEqual([]);
    if (!THEME_FILES.has(entry.name)) expect(shown.length).toBeGreaterThanOrEqual(expected.length);
  });
});
