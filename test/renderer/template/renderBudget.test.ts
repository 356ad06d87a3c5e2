import { BudgetMeter, bindValue, RenderBudget, renderTemplate } from '../../../src/renderer/template';

/** A 100,000-item array that counts how many of its items were read. */
function countingArray(length: number): { items: unknown[]; reads: () => number } {
  let reads = 0;
  const target = Array.from({ length }, (_, i) => i);
  const items = new Proxy(target, {
    getOwnPropertyDescriptor(inner, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.getOwnPropertyDescriptor(inner, key);
    },
    get(inner, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(inner, key, receiver) as unknown;
    },
  });
  return { items, reads: () => reads };
}

describe('#each is lazy', () => {
  it('reads only the items it renders before the iteration limit stops it, not the whole array', () => {
    const { items, reads } = countingArray(100_000);
    const result = renderTemplate(
      '{{#each items}}{{this}},{{/each}}',
      { items },
      { limits: { maxIterations: 10 } },
    );
    expect(result.errors.map((error) => error.code)).toEqual(['limit_exceeded']);
    expect(result.text).toBe('0,1,2,3,4,5,6,7,8,9,');
    // Each rendered item is read a few times (descriptor, value); never 100,000.
    expect(reads()).toBeLessThan(100);
  });

  it('still knows @first, @last and @index for arrays and objects', () => {
    const source = '{{#each list}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{/each}}';
    expect(renderTemplate(source, { list: ['a', 'b', 'c'] }).text).toBe('0F 1 2L ');
    expect(renderTemplate(source, { list: { x: 1, y: 2 } }).text).toBe('0F 1L ');
    expect(renderTemplate('{{#each list}}x{{else}}empty{{/each}}', { list: {} }).text).toBe('empty');
  });
});

describe('the render budget is shared by every template of a view', () => {
  const loop = '{{#each items}}.{{/each}}';
  const items = Array.from({ length: 40 }, (_, i) => i);

  it('lets templates spend until the view’s iterations are used up, then stops the rest with budget_exceeded', () => {
    const budget = new RenderBudget({ maxIterations: 100 });
    const results = [{}, {}, {}].map((slot) =>
      budget.spend(slot, (meter) => renderTemplate(loop, { items }, { meter })),
    );
    expect(results[0].text).toBe('.'.repeat(40));
    expect(results[1].text).toBe('.'.repeat(40));
    expect(results[2].errors.map((error) => error.code)).toEqual(['budget_exceeded']);
    expect(results[2].errors[0].message).toMatch(/100 #each iterations.*Show fewer items/);
    expect(budget.usage().iterations).toBeLessThanOrEqual(101);
  });

  it('gives a slot’s spending back when it renders again or leaves, so re-renders never use it up', () => {
    const budget = new RenderBudget({ maxIterations: 100 });
    const slot = {};
    for (let i = 0; i < 50; i += 1) {
      const result = budget.spend(slot, (meter) => renderTemplate(loop, { items }, { meter }));
      expect(result.errors).toEqual([]);
    }
    expect(budget.usage().iterations).toBe(40);
    budget.release(slot);
    expect(budget.usage().iterations).toBe(0);
  });

  it('replaces a planned node’s charge when it renders again, and gives it back when the next one might not fit', () => {
    const budget = new RenderBudget({ maxSteps: 10 });
    const slot = {};
    const other = {};
    expect(budget.chargeSteps(slot, 3)).toBe(true);
    expect(budget.chargeSteps(other, 2)).toBe(true);
    expect(budget.chargeSteps(slot, 4)).toBe(true);
    expect(budget.usage().steps).toBe(6);
    // 9 more steps would pass 10 with the other node's 2: nothing is charged and the slot's 4 come back.
    expect(budget.chargeSteps(slot, 9)).toBe(false);
    expect(budget.usage().steps).toBe(2);
    // A node that went the interpreter's way and then a plan's way is charged once.
    budget.spend(slot, (meter) => renderTemplate('{{a}}', { a: 1 }, { meter }));
    expect(budget.chargeSteps(slot, 1)).toBe(true);
    expect(budget.usage().steps).toBe(3);
    budget.release(slot);
    budget.release(other);
    expect(budget.usage()).toEqual({ steps: 0, output: 0, iterations: 0, millis: 0 });
  });

  it('keeps a node’s charge apart in each of two budgets it spends in, and gives each back on its own', () => {
    // A node moving to a new document's view is charged there before its old view lets it go.
    const first = new RenderBudget({ maxSteps: 10 });
    const second = new RenderBudget({ maxSteps: 10 });
    const slot = {};
    expect(first.chargeSteps(slot, 3)).toBe(true);
    expect(second.chargeSteps(slot, 4)).toBe(true);
    expect(second.chargeSteps(slot, 5)).toBe(true);
    expect([first.usage().steps, second.usage().steps]).toEqual([3, 5]);
    first.release(slot);
    expect([first.usage().steps, second.usage().steps]).toEqual([0, 5]);
    // Let go by the first, the slot is charged in the second as before, once.
    expect(second.chargeSteps(slot, 2)).toBe(true);
    expect(first.chargeSteps(slot, 1)).toBe(true);
    expect([first.usage().steps, second.usage().steps]).toEqual([1, 2]);
    second.release(slot);
    first.release(slot);
    second.release(slot);
    expect([first.usage().steps, second.usage().steps]).toEqual([0, 0]);
  });

  it('bounds steps and output as well, whatever the template’s shape', () => {
    const steps = new RenderBudget({ maxSteps: 500 });
    const deep = steps.spend({}, (meter) =>
      renderTemplate(
        '{{#each items}}{{#if this}}{{upper "x"}}{{/if}}{{/each}}',
        { items: Array(10_000).fill(1) },
        { meter },
      ),
    );
    expect(deep.errors.map((error) => error.code)).toEqual(['budget_exceeded']);
    expect(steps.usage().steps).toBeLessThanOrEqual(501);

    const output = new RenderBudget({ maxOutputLength: 1000 });
    const big = output.spend({}, (meter) =>
      renderTemplate('{{text}}{{text}}', { text: 'y'.repeat(800) }, { meter }),
    );
    expect(big.errors.map((error) => error.code)).toEqual(['budget_exceeded']);
    expect(big.text.length).toBeLessThanOrEqual(800);
  });

  it('counts no time for light templates, so a slow machine never drops the nodes of a large view', () => {
    let now = 0;
    const budget = new RenderBudget({ maxMillis: 10 }, () => now);
    for (let i = 0; i < 1000; i += 1) {
      const result = budget.spend({}, (meter) => {
        now += 5; // every evaluation is "slow"
        return renderTemplate('{{name}}', { name: 'x' }, { meter });
      });
      expect(result.errors).toEqual([]);
    }
    expect(budget.usage().millis).toBe(0);
  });

  it('stops on time with an injected clock (no wall-clock in this test)', () => {
    let now = 0;
    const budget = new RenderBudget({ maxMillis: 10 }, () => now);
    const result = budget.spend({}, (meter: BudgetMeter) => {
      now = 50; // the work is "slow": the next time check finds the view over its time
      return renderTemplate(loop, { items: Array(5000).fill(0) }, { meter });
    });
    expect(result.errors.map((error) => error.code)).toEqual(['budget_exceeded']);
    expect(result.errors[0].message).toContain('10 ms of template work');
  });
});

describe('bindValue under a spent budget', () => {
  it('stops evaluating a large value’s templates and reports the budget once', () => {
    const budget = new RenderBudget({ maxSteps: 100 });
    const values = Array.from({ length: 100_000 }, (_, i) => `{{n}}-${i}`);
    const result = budget.spend({}, (meter) => bindValue({ values }, { n: 1 }, { meter }));
    expect(result.errors.map((error) => error.code)).toEqual(['budget_exceeded']);
    expect(budget.usage().steps).toBeLessThanOrEqual(101);
  });
});
