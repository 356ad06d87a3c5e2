import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseJsonText, parseStacDocument } from '../../src/stac-schema';
import { CORPUS_DIR } from '../fixtures/paths';
import { leafString, mutateStrings, stacDocument } from '../fuzzArbitraries';

const corpus = readdirSync(path.join(CORPUS_DIR, 'stac'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(CORPUS_DIR, 'stac', name), 'utf8')) as unknown);

function expectAnswer(result: ReturnType<typeof parseStacDocument>) {
  // Always an answer, never a throw: a tree, or issues that each say where and what.
  if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('parseStacDocument under generated and mutated documents', () => {
  it('answers ok or issues for any generated document, lenient and strict', () => {
    fc.assert(
      fc.property(stacDocument, (document) => {
        expectAnswer(parseStacDocument(document, { mode: 'lenient' }));
        expectAnswer(parseStacDocument(document, { mode: 'strict' }));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('answers for real corpus documents with one string replaced by hostile or template text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), leafString, fc.nat(200), (document, replacement, at) => {
        expectAnswer(parseStacDocument(mutateStrings(document, replacement, at), { mode: 'lenient' }));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('answers for any JSON value and any text, however deep', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(3000), (value, depth) => {
        expectAnswer(parseStacDocument(value));
        const deep = `${'['.repeat(depth)}${JSON.stringify(value) ?? 'null'}${']'.repeat(depth)}`;
        const text = parseJsonText(deep);
        if (!text.ok) expect(text.issue?.code).toMatch(/limit_exceeded|invalid_json/);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
