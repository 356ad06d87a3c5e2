/**
 * Turns a template written with `<<…>>` or `{{…}}` into plain Handlebars source for the parser.
 *
 * The rules (documented in docs and pinned by tests):
 * - A string whose text contains at least one complete `<<…>>` region is a `<<` template: its regions are
 *   the templates and any `{{`/`}}` in its text is plain text. Otherwise `{{…}}` regions are the templates
 *   and `<<` is plain text. So a document written with `<<` can show braces without escaping, and one
 *   written with `{{` can show `<<`.
 * - Both delimiters carry the whole Handlebars syntax: `<<#if x>>A<<else>>B<</if>>`, `<<{x}>>`, `<<!note>>`,
 *   `<<~x~>>`.
 * - A backslash before an opener (`\<<` or `\{{`) makes it literal text; an opener without a matching closer
 *   is literal text too.
 * - Stac's index form `list[2].x` inside a region becomes Handlebars' `list.[2].x`.
 *
 * Handlebars gives `{` and `}` in text a meaning next to a mustache (`{<<x>>` would become `{{{x}}`), so
 * every brace of the text is swapped for a private-use sentinel character before parsing and swapped back
 * in the parsed content afterwards.
 */
export type TemplateDelimiter = '<<' | '{{';

export interface TranslatedTemplate {
  handlebarsSource: string;
  delimiter: TemplateDelimiter;
  /** Characters that stand for `{` and `}` of the text in `handlebarsSource`. */
  openBraceSentinel: string;
  closeBraceSentinel: string;
  /** Whether any region was found; a string without regions is plain text. */
  hasRegions: boolean;
}

interface Region {
  /** Index of the first character of the opener. */
  start: number;
  /** Index just past the closer. */
  end: number;
  inner: string;
}

const CLOSER: Record<TemplateDelimiter, string> = { '<<': '>>', '{{': '}}' };

/** Characters Handlebars accepts inside an identifier (its lexer's ID rule), plus `]` ending a segment. */
const ID_CHAR = /[^\s!"#%-,./;->@[-^`{-~]|\]/;

export function translateDelimiters(source: string): TranslatedTemplate {
  const delimiter: TemplateDelimiter = findRegion(source, 0, '<<') ? '<<' : '{{';
  const [openBraceSentinel, closeBraceSentinel] = pickSentinels(source);
  let out = '';
  let hasRegions = false;
  let textStart = 0;
  let i = 0;
  const appendText = (text: string) => {
    out += text.replaceAll('{', openBraceSentinel).replaceAll('}', closeBraceSentinel);
  };
  while (i < source.length) {
    const escapedOpener = source[i] === '\\' ? openerAt(source, i + 1) : null;
    if (escapedOpener) {
      appendText(source.slice(textStart, i));
      appendText(escapedOpener);
      i += 3;
      textStart = i;
      continue;
    }
    if (source.startsWith(delimiter, i)) {
      const region = regionAt(source, i, delimiter);
      if (region) {
        appendText(source.slice(textStart, i));
        out += '{{' + addIndexDots(region.inner) + '}}';
        hasRegions = true;
        i = region.end;
        textStart = i;
        continue;
      }
    }
    i += 1;
  }
  appendText(source.slice(textStart));
  return { handlebarsSource: out, delimiter, openBraceSentinel, closeBraceSentinel, hasRegions };
}

function openerAt(source: string, index: number): string | null {
  if (source.startsWith('<<', index)) return '<<';
  if (source.startsWith('{{', index)) return '{{';
  return null;
}

/** The first complete, unescaped region whose opener is at or after `from`. */
function findRegion(source: string, from: number, delimiter: TemplateDelimiter): Region | null {
  let start = source.indexOf(delimiter, from);
  while (start !== -1) {
    if (source[start - 1] !== '\\') {
      const region = regionAt(source, start, delimiter);
      if (region) return region;
    }
    start = source.indexOf(delimiter, start + 1);
  }
  return null;
}

/** The region whose opener is at `start`, if it has a closer. String literals and `[...]` may hold one. */
function regionAt(source: string, start: number, delimiter: TemplateDelimiter): Region | null {
  const end = findCloser(source, start + 2, delimiter);
  return end === -1 ? null : { start, end, inner: source.slice(start + 2, end - 2) };
}

/** Index just past the closer of the region whose content starts at `innerStart`, or -1. */
function findCloser(source: string, innerStart: number, delimiter: TemplateDelimiter): number {
  const closer = CLOSER[delimiter];
  let i = innerStart;
  if (source[i] === '~') i += 1;
  if (source[i] === '!') {
    // Comments end at the first closer; long comments (`!--`) at `--` + closer.
    const commentEnd = source.startsWith('!--', i) ? '--' + closer : closer;
    const at = source.indexOf(commentEnd, i);
    return at === -1 ? -1 : at + commentEnd.length;
  }
  // In `{{` mode a triple-stash `{{{x}}}` ends with `}}}`: the inner `{x}` must keep its own brace.
  const triple = delimiter === '{{' && source[i] === '{';
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      const close = source.indexOf(ch, i + 1);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (ch === '[') {
      const close = source.indexOf(']', i + 1);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (source.startsWith(closer, i)) {
      if (!triple) return i + 2;
      if (source[i - 1] === '}' || (source[i - 1] === '~' && source[i - 2] === '}')) return i + 2;
      if (source[i + 2] === '}') return i + 3;
    }
    i += 1;
  }
  return -1;
}

/** `list[2].x` -> `list.[2].x`, outside string literals. */
function addIndexDots(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === '"' || ch === "'") {
      const close = inner.indexOf(ch, i + 1);
      const end = close === -1 ? inner.length : close + 1;
      out += inner.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      if (i > 0 && ID_CHAR.test(inner[i - 1])) out += '.';
      const close = inner.indexOf(']', i + 1);
      const end = close === -1 ? inner.length : close + 1;
      out += inner.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Two private-use characters that do not occur in the source, so restoring them is exact. */
function pickSentinels(source: string): [string, string] {
  const picked: string[] = [];
  for (let code = 0xe000; picked.length < 2; code += 1) {
    const ch = String.fromCharCode(code);
    if (!source.includes(ch)) picked.push(ch);
  }
  return [picked[0], picked[1]];
}
