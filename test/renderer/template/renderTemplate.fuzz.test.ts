import fc from 'fast-check';
import { bindValue, RenderBudget, renderTemplate } from '../../../src/renderer/template';
import { scopeValue, stacDocument, templateSource } from '../../fuzzArbitraries';

// Each run spends from its own small budget: the work is bounded by steps, not by a clock.
const smallBudget = () =>
  new RenderBudget({ maxSteps: 5_000, maxIterations: 1_000, maxMillis: Number.MAX_SAFE_INTEGER });

describe('templates under generated sources and scopes', () => {
  it('render to text or errors, never throw, never reach prototypes, and stay within their budget', () => {
    fc.assert(
      fc.property(
        templateSource,
        fc.record({ name: scopeValue, items: scopeValue, asset: scopeValue, flag: fc.boolean() }),
        (source, scope) => {
          const budget = smallBudget();
          const result = budget.spend({}, (meter) => renderTemplate(source, scope, { meter }));
          expect(typeof result.text).toBe('string');
          for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
          const usage = budget.usage();
          expect(usage.steps).toBeLessThanOrEqual(5_001);
          expect(usage.iterations).toBeLessThanOrEqual(1_001);
          // Nothing of Object.prototype or Function leaks into text.
          expect(result.text).not.toMatch(/function\s*\w*\s*\(|\[native code\]/);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);

  it('bind whole generated documents without throwing', () => {
    fc.assert(
      fc.property(stacDocument, scopeValue, (document, scope) => {
        const budget = smallBudget();
        const result = budget.spend({}, (meter) =>
          bindValue(document, { asset: scope, items: scope }, { deep: true, meter }),
        );
        expect(Array.isArray(result.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
