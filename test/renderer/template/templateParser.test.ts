/**
 * Our Handlebars parser against Handlebars' own (a development dependency only): the same tree, locations,
 * strip flags and whitespace control included, for every template of the corpus's documents and for
 * generated ones; the same refusals (both fail, at the same token, with the same message for a block closed
 * by another name or a path that climbs after a name).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplateSource } from '../../../src/renderer/template/templateParser';
import { translateDelimiters } from '../../../src/renderer/template/translateDelimiters';
import { templateSource } from '../../fuzzArbitraries';
import { parseWithHandlebars } from './handlebarsReference';

type Outcome = { tree: unknown } | { error: string; lineNumber?: number; column?: number };

/** The outcome of a parser as data: the whole tree, or the last line of its error (the found token). */
function outcome(parse: (source: string) => unknown, source: string): Outcome {
  try {
    return { tree: JSON.parse(JSON.stringify(parse(source))) as unknown };
  } catch (error) {
    const { message, lineNumber, column } = error as Error & { lineNumber?: number; column?: number };
    // Handlebars ends a lexical error with a pointer line; ours names the text. Both say they could not read it.
    if (message.startsWith('Lexical error')) return { error: 'lexical error', lineNumber, column };
    const last = message.split('\n').slice(-1)[0];
    // Handlebars lists every token its tables expect; ours names fewer. The token found is what must agree.
    const found = /got '([A-Z_]+)'$/.exec(last);
    return { error: found ? `got ${found[1]}` : last, lineNumber, column };
  }
}

function expectSameParse(source: string): void {
  expect(outcome(parseTemplateSource, source), JSON.stringify(source)).toEqual(
    outcome(parseWithHandlebars, source),
  );
}

function corpusStrings(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusStrings(path);
    if (!name.endsWith('.json')) return [];
    const found: string[] = [];
    JSON.parse(readFileSync(path, 'utf8'), (_key, value: unknown) => {
      if (typeof value === 'string' && (value.includes('{{') || value.includes('<<'))) found.push(value);
      return value;
    });
    return found;
  });
}

/** What reaches the parser: a plugin string after the delimiter translation. */
const handlebarsSource = (text: string) => translateDelimiters(text).handlebarsSource;

const NAME = fc.constantFrom(
  'a',
  'asset.name',
  'items',
  '../x',
  '@index',
  'this',
  'this.y',
  '[odd key]',
  'x.[0]',
);
const LITERAL = fc.constantFrom('"s"', "'t q'", '1', '-2.5', 'true', 'false', 'null', 'undefined');
const SPACE = fc.constantFrom('', ' ', '  ', '\n', ' \n  ', '\r\n', '\t');
const TILDE = fc.constantFrom('', '~');

const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    NAME,
    LITERAL,
    fc
      .tuple(NAME, fc.array(fc.oneof(NAME, LITERAL), { maxLength: 2 }))
      .map(([n, ps]) => `(${[n, ...ps].join(' ')})`),
    fc.tuple(NAME, tie('expr')).map(([n, e]) => `${n} ${e}`),
    fc.tuple(NAME, fc.constantFrom('k', 'style'), tie('expr')).map(([n, k, e]) => `${n} ${k}=${e}`),
  ),
})).expr;

/** Well-formed templates: text, mustaches, comments and nested blocks with `else`, `else if` and `~`. */
const template: fc.Arbitrary<string> = fc.letrec<{ body: string; part: string }>((tie) => ({
  body: fc.array(tie('part'), { maxLength: 4 }).map((parts) => parts.join('')),
  part: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('Hi ', 'x', '\n', '  ', ' \n', 'a\\{{b}}', '\\\\'),
    fc.tuple(TILDE, SPACE, expression, SPACE, TILDE).map(([l, s1, e, s2, r]) => `{{${l}${s1}${e}${s2}${r}}}`),
    expression.map((e) => `{{{${e}}}}`),
    fc.constantFrom('{{! note }}', '{{!-- long }} --}}', '{{~!x~}}'),
    fc
      .tuple(
        fc.constantFrom('if', 'each', 'with', 'unless', 'list'),
        expression,
        fc.constantFrom('', ' as |item i|'),
        TILDE,
        tie('body'),
        fc.constantFrom(
          '',
          '{{else}}',
          '{{~else~}}',
          '{{^}}',
          '\n{{else}}\n',
          '{{else if b}}',
          '{{else if c}}\n{{else}}',
        ),
        tie('body'),
        SPACE,
      )
      .map(
        ([name, e, params, tilde, body, otherwise, inverse, space]) =>
          `${space}{{#${name} ${e}${params}${tilde}}}${body}${otherwise}${otherwise ? inverse : ''}{{${tilde}/${name}}}${space}`,
      ),
    fc.tuple(NAME, tie('body')).map(([n, body]) => `{{^${n}}}${body}{{/${n}}}`),
  ),
})).body;

const FRAGMENTS = [
  '{{',
  '}}',
  '{{#',
  '{{/',
  '{{^',
  '{{else',
  '{{else}}',
  '{{!',
  '{{!--',
  '--}}',
  '{{~',
  '~}}',
  '{{{',
  '}}}',
  '{{&',
  '{{>',
  '{{*',
  '{{#>',
  '{{#*',
  'if',
  'each',
  'with',
  ' ',
  '\n',
  '  \n',
  'a',
  'b.c',
  '../',
  '@',
  'this',
  '.',
  '/',
  '"s"',
  "'t'",
  '1',
  '-2.5',
  'true',
  'null',
  '(',
  ')',
  '=',
  'x=',
  'as |i|',
  '|',
  '[a b]',
  '\\',
  '\t',
];

describe('our Handlebars parser agrees with Handlebars', () => {
  it('on every template of the corpus documents', () => {
    const sources = corpusStrings(join(__dirname, '../../fixtures/corpus')).map(handlebarsSource);
    expect(sources.length).toBeGreaterThan(30);
    for (const source of sources) expectSameParse(source);
  });

  it('on hand-picked edge cases of the syntax', () => {
    for (const source of [
      'Hello {{name}}',
      '{{#if a}}x{{else if b}}y{{else}}z{{/if}}',
      '  {{#each items as |item i|}}\n  {{item.name}}\n  {{/each}}\n',
      '{{#with a}}\n{{^}}\nno\n{{/with}}',
      '{{! c }}a{{!-- long }} --}}',
      '{{foo (bar 1 x=2) k="v"}} {{{raw}}} {{&amp}}',
      'a\\{{b}}c \\\\{{d}}',
      '{{../x}} {{@root.y}} {{[a b].c}} {{a/b}} {{"quoted \\" one"}}',
      '{{~x~}}  y ',
      '{{#if}}',
      // Two faults: Handlebars reads the unreadable text after a mismatched close before it names the mismatch.
      '{{#if flag}}{{/each}}\u0000',
      '{{#> layout}}x{{/other}}\u0000',
      // A standalone partial keeps its line's indentation.
      ' {{>--}}',
      'a\n\t  {{> card}}\n  b',
      '{{#a}}{{/b}}',
      '{{foo.this}}',
      '{{}}',
      '{{> partial}}',
      '{{#> layout}}x{{/layout}}',
      '{{*decorator}}',
      '{{#*inline "x"}}y{{/inline}}',
      '{{x 1=2}}',
      '{{x y=}}',
      '{{x.}}',
      '{{x . y}}',
      '{{#each a as |b|}}{{b}}{{else}}none{{/each}}',
      '{{#each a as ||}}{{/each}}',
      // An invalid path the text ends after: Handlebars reads the next token before it checks the path.
      '{{with/this\t',
      '{{a/this\n',
      '{{#if a/this',
      '{{x (a.this ',
      '\r\n{{#if a}}\r\n  x\r\n{{/if}}\r\n',
    ]) {
      expectSameParse(source);
    }
  });

  it('on generated well-formed templates', () => {
    fc.assert(
      fc.property(template, (source) => expectSameParse(source)),
      { numRuns: 400 },
    );
  });

  it('on generated fragments of the syntax, mostly malformed (raw blocks aside, which we refuse)', () => {
    const soup = fc
      .array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 })
      .map((parts) => parts.join(''))
      .filter((source) => !source.includes('{{{{'));
    fc.assert(
      fc.property(soup, (source) => expectSameParse(source)),
      { numRuns: 600 },
    );
  });

  it('on the fuzz sources of the interpreter, once translated', () => {
    fc.assert(
      fc.property(templateSource, (text) => {
        const source = handlebarsSource(text);
        fc.pre(!source.includes('{{{{'));
        expectSameParse(source);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a raw block with a syntax error that names it', () => {
    expect(() => parseTemplateSource('{{{{raw}}}}x{{{{/raw}}}}')).toThrow(/got 'OPEN_RAW_BLOCK'/);
  });
});
