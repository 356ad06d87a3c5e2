import fc from 'fast-check';
import { createActionRegistry, dispatch } from '../../src/actions';
import { actionObject } from '../fuzzArbitraries';
import { createTestContext } from './fakeHostServices';

// The work budget is the registry's own: a small step budget per tap, and delays capped at 1 ms, so every
// generated action ends quickly whatever it asks for (no wall-clock bound in the test).
const registry = createActionRegistry({ limits: { maxSteps: 50, maxDelayMs: 1 } });

describe('dispatch under generated action objects', () => {
  it('always settles with ok or one clear error event, never throws, never pollutes prototypes', async () => {
    await fc.assert(
      fc.asyncProperty(actionObject, async (action) => {
        const requests: string[] = [];
        const ctx = createTestContext({
          services: {
            // No network in a fuzz test: record what a plugin tried to reach and refuse it.
            fetch: (input) => {
              requests.push(String(input));
              return Promise.reject(new Error('offline'));
            },
          },
        });
        const result = await dispatch(action, ctx, registry);
        if (result.ok) expect(ctx.errors).toEqual([]);
        else {
          expect(ctx.errors).toHaveLength(1);
          expect(typeof ctx.errors[0].code).toBe('string');
          expect(ctx.errors[0].message.length).toBeGreaterThan(10);
        }
        for (const navigation of ctx.services.navigations) {
          expect(JSON.stringify(navigation)).not.toMatch(/javascript:/i);
        }
        for (const request of requests) expect(request).not.toMatch(/^\s*(javascript|data|file):/i);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('actionType');
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
