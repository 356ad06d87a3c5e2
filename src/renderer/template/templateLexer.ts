/**
 * The tokens of Handlebars 4's template syntax, read as its own lexer reads them (the rules of
 * handlebars/compiler/parser.js, in their order: the first rule that matches wins). Our parser
 * (templateParser.ts) builds the same tree from them as Handlebars' generated parser, without shipping it.
 */
import type { SourcePosition } from './ast';

export type TokenKind =
  | 'CONTENT'
  | 'COMMENT'
  | 'OPEN_SEXPR'
  | 'CLOSE_SEXPR'
  | 'OPEN_RAW_BLOCK'
  | 'CLOSE_RAW_BLOCK'
  | 'OPEN_PARTIAL'
  | 'OPEN_PARTIAL_BLOCK'
  | 'OPEN_BLOCK'
  | 'OPEN_ENDBLOCK'
  | 'INVERSE'
  | 'OPEN_INVERSE'
  | 'OPEN_INVERSE_CHAIN'
  | 'OPEN_UNESCAPED'
  | 'OPEN'
  | 'EQUALS'
  | 'ID'
  | 'SEP'
  | 'CLOSE_UNESCAPED'
  | 'CLOSE'
  | 'STRING'
  | 'DATA'
  | 'BOOLEAN'
  | 'UNDEFINED'
  | 'NULL'
  | 'NUMBER'
  | 'OPEN_BLOCK_PARAMS'
  | 'CLOSE_BLOCK_PARAMS'
  | 'INVALID'
  /** Text Handlebars' lexer cannot read at all (a NUL character, an unclosed `{{!--`). */
  | 'LEX_ERROR'
  | 'EOF';

export interface Token {
  kind: TokenKind;
  /** The token's text as the parser sees it (strings without quotes, escapes resolved). */
  text: string;
  start: SourcePosition;
  end: SourcePosition;
}

/** Where Handlebars' ID may end: the characters its lexer's lookahead accepts after one. */
const ID = /[^\s!"#%-,./;->@[-^`{-~]+(?=[=~}\s/.)|])/y;
const LITERAL_END = '(?=[~}\\s)])';

/** The rules of the `mu` state (inside `{{ }}`), in Handlebars' order; `pop` leaves the state. */
const MU_RULES: { pattern: RegExp; kind: TokenKind | null; pop?: boolean }[] = [
  { pattern: /\(/y, kind: 'OPEN_SEXPR' },
  { pattern: /\)/y, kind: 'CLOSE_SEXPR' },
  { pattern: /\{\{\{\{/y, kind: 'OPEN_RAW_BLOCK' },
  { pattern: /\}\}\}\}/y, kind: 'CLOSE_RAW_BLOCK' },
  { pattern: /\{\{(~)?>/y, kind: 'OPEN_PARTIAL' },
  { pattern: /\{\{(~)?#>/y, kind: 'OPEN_PARTIAL_BLOCK' },
  { pattern: /\{\{(~)?#\*?/y, kind: 'OPEN_BLOCK' },
  { pattern: /\{\{(~)?\//y, kind: 'OPEN_ENDBLOCK' },
  { pattern: /\{\{(~)?\^\s*(~)?\}\}/y, kind: 'INVERSE', pop: true },
  { pattern: /\{\{(~)?\s*else\s*(~)?\}\}/y, kind: 'INVERSE', pop: true },
  { pattern: /\{\{(~)?\^/y, kind: 'OPEN_INVERSE' },
  { pattern: /\{\{(~)?\s*else\b/y, kind: 'OPEN_INVERSE_CHAIN' },
  { pattern: /\{\{(~)?\{/y, kind: 'OPEN_UNESCAPED' },
  { pattern: /\{\{(~)?&/y, kind: 'OPEN' },
  // `{{!--` comments end at `--}}`, short ones at the first `}}`.
  // (Read from the opener's own start, as Handlebars does: `{{!--}}` is a whole comment.)
  { pattern: /(?=\{\{~?!--)[\s\S]*?--(~)?\}\}/y, kind: 'COMMENT', pop: true },
  { pattern: /\{\{(~)?!--/y, kind: 'LEX_ERROR' },
  { pattern: /\{\{(~)?![\s\S]*?\}\}/y, kind: 'COMMENT', pop: true },
  { pattern: /\{\{(~)?\*?/y, kind: 'OPEN' },
  { pattern: /=/y, kind: 'EQUALS' },
  { pattern: /\.\./y, kind: 'ID' },
  { pattern: /\.(?=[=~}\s/.)|])/y, kind: 'ID' },
  { pattern: /[/.]/y, kind: 'SEP' },
  { pattern: /\s+/y, kind: null },
  { pattern: /\}(~)?\}\}/y, kind: 'CLOSE_UNESCAPED', pop: true },
  { pattern: /(~)?\}\}/y, kind: 'CLOSE', pop: true },
  { pattern: /"(\\["]|[^"])*"/y, kind: 'STRING' },
  { pattern: /'(\\[']|[^'])*'/y, kind: 'STRING' },
  { pattern: /@/y, kind: 'DATA' },
  { pattern: new RegExp(`(?:true|false)${LITERAL_END}`, 'y'), kind: 'BOOLEAN' },
  { pattern: new RegExp(`undefined${LITERAL_END}`, 'y'), kind: 'UNDEFINED' },
  { pattern: new RegExp(`null${LITERAL_END}`, 'y'), kind: 'NULL' },
  { pattern: new RegExp(`-?[0-9]+(?:\\.[0-9]+)?${LITERAL_END}`, 'y'), kind: 'NUMBER' },
  { pattern: /as\s+\|/y, kind: 'OPEN_BLOCK_PARAMS' },
  { pattern: /\|/y, kind: 'CLOSE_BLOCK_PARAMS' },
  { pattern: ID, kind: 'ID' },
  { pattern: /\[(\\\]|[^\]])*\]/y, kind: 'ID' },
  { pattern: /[\s\S]/y, kind: 'INVALID' },
];

/** The position after reading `text` from `at` (lines from 1, columns from 0, as Handlebars counts). */
function advance(at: SourcePosition, text: string): SourcePosition {
  const lines = text.split('\n');
  if (lines.length === 1) return { line: at.line, column: at.column + text.length };
  return { line: at.line + lines.length - 1, column: lines[lines.length - 1].length };
}

function cookedText(kind: TokenKind, raw: string): string {
  if (kind === 'STRING') {
    const quote = raw[0];
    return raw.slice(1, -1).replaceAll(`\\${quote}`, quote);
  }
  if (kind === 'ID' && raw.startsWith('[')) return raw.replace(/\\([\\\]])/g, '$1');
  return raw;
}

interface ContentRead {
  /** The content token's text ('' gives no token). */
  text: string;
  /** Characters of the source it consumed (a backslash before `{{` is consumed but not kept). */
  length: number;
  /** What comes next: a mustache, the text of an escaped `\{{`, more text (or the end). */
  next: 'mustache' | 'escaped' | 'text';
}

const ESCAPED_TEXT = /[^\0]{2,}?(?=\{\{|\\\{\{|\\\\\{\{|$)/y;

/** Text outside mustaches, split where Handlebars splits it: at `{{`, and around `\{{` escapes. */
function readContent(source: string, index: number, afterEscape: boolean): ContentRead | null {
  if (afterEscape) {
    // After `\{{`: the mustache is text up to the next `{{` or escape (at least two characters).
    ESCAPED_TEXT.lastIndex = index;
    const found = ESCAPED_TEXT.exec(source);
    if (!found) return null;
    return { text: found[0], length: found[0].length, next: 'text' };
  }
  const nul = source.indexOf('\0', index);
  let opener = source.indexOf('{{', index);
  if (nul !== -1 && (opener === -1 || nul < opener)) {
    // Handlebars' text never holds a NUL: the text before it is read, then the lexer stops.
    if (nul === index) return null;
    opener = -1;
  }
  if (opener === -1) {
    const end = nul === -1 ? source.length : nul;
    return { text: source.slice(index, end), length: end - index, next: 'text' };
  }
  const text = source.slice(index, opener);
  const length = text.length;
  // `\\{{` is a backslash and a mustache; `\{{` is a literal `{{`.
  if (text.endsWith('\\\\')) return { text: text.slice(0, -1), length, next: 'mustache' };
  if (text.endsWith('\\')) return { text: text.slice(0, -1), length, next: 'escaped' };
  return { text, length, next: 'mustache' };
}

/** All tokens of `source`, ending with EOF. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let at: SourcePosition = { line: 1, column: 0 };
  let inMustache = false;
  let escaped = false;
  // Every character is consumed by a token or skipped (whitespace in a mustache) through here.
  const push = (kind: TokenKind, raw: string, text = raw) => {
    const end = advance(at, raw);
    tokens.push({ kind, text, start: at, end });
    at = end;
    index += raw.length;
  };
  const skip = (raw: string) => {
    at = advance(at, raw);
    index += raw.length;
  };
  while (index < source.length) {
    if (!inMustache) {
      const content = readContent(source, index, escaped);
      if (!content) {
        push('LEX_ERROR', source.slice(index));
        break;
      }
      const raw = source.slice(index, index + content.length);
      if (content.text) push('CONTENT', raw, content.text);
      else skip(raw);
      escaped = content.next === 'escaped';
      inMustache = content.next === 'mustache';
      continue;
    }
    const rule = MU_RULES.find((candidate) => {
      candidate.pattern.lastIndex = index;
      return candidate.pattern.test(source);
    });
    // The last rule matches any character, so a rule is always found inside a mustache.
    const matched = rule as (typeof MU_RULES)[number];
    const raw = source.slice(index, matched.pattern.lastIndex);
    if (matched.kind === 'LEX_ERROR') {
      push('LEX_ERROR', source.slice(index));
      break;
    }
    if (matched.kind) push(matched.kind, raw, cookedText(matched.kind, raw));
    else skip(raw);
    if (matched.pop) inMustache = false;
  }
  tokens.push({ kind: 'EOF', text: '', start: at, end: at });
  return tokens;
}
