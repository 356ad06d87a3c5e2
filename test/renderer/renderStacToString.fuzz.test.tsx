import fc from 'fast-check';
import { type StacRenderProblem } from '../../src/renderer';
import { renderStacToString } from '../../src/renderer/ssr';
import { HOSTILE_STRINGS, scopeValue, stacDocument } from '../fuzzArbitraries';

// A small render budget per run bounds the work of every generated document (no clock in the test).
const renderBudget = { maxSteps: 5_000, maxIterations: 1_000, maxMillis: Number.MAX_SAFE_INTEGER };

/** Parses server HTML inertly (a <template> runs nothing) and lists what would be markup from data. */
function markupFromData(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const element of template.content.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link'].includes(tag) &&
      !element.closest('svg')
    ) {
      // The webView widget's sandboxed iframe is ours; anything else is not.
      if (!(tag === 'iframe' && element.hasAttribute('sandbox'))) found.push(`<${tag}>`);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) &&
        /^\s*(javascript|vbscript|data:text)/i.test(attribute.value)
      ) {
        found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
      }
    }
  }
  return found;
}

describe('renderStacToString under generated documents', () => {
  it('renders every generated document in both modes with no crash and no markup from data', () => {
    fc.assert(
      fc.property(
        stacDocument,
        scopeValue,
        fc.constantFrom('preview', 'production') as fc.Arbitrary<'preview' | 'production'>,
        (doc, data, mode) => {
          const problems: StacRenderProblem[] = [];
          const html = renderStacToString(doc, {
            mode,
            renderBudget,
            scope: { asset: data, user: { name: HOSTILE_STRINGS[0] } },
            onProblem: (problem) => problems.push(problem),
          });
          expect(typeof html).toBe('string');
          expect(markupFromData(html)).toEqual([]);
          for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
    // React server rendering is the slow part here; on a loaded machine 80 documents take a while.
  }, 180_000);
});
