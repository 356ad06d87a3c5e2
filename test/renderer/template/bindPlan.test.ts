import fc from 'fast-check';
import {
  bindPlanOf,
  bindValue,
  bindWithPlan,
  createHelperRegistry,
  DocumentPlans,
  nodeTemplatesOf,
  RenderBudget,
} from '../../../src/renderer/template';

const scope = {
  asset: { id: 42, name: 'Drill', ratio: 0.75, lowStock: true, tags: ['a', 'b'], location: { room: 'Shed' } },
  items: [{ name: 'First', price: '1.00 EUR' }, { name: 'Second' }],
  length: 'a field named like a helper',
};

/** What the general route gives, in the shape the plan answers with. */
function general(node: object, bindScope: unknown = scope) {
  const result = bindValue(node, bindScope);
  return { value: result.value, unbound: result.unbound, reads: result.reads };
}

function planned(node: object, bindScope: unknown = scope) {
  const plan = bindPlanOf(node);
  if (!plan) throw new Error('expected a plan');
  const result = bindWithPlan(node, plan, bindScope, undefined, undefined, undefined);
  if (!result) throw new Error('expected the plan to answer');
  return { value: result.value, unbound: result.unbound, reads: [...plan.reads] };
}

describe('bind plans of lone-path nodes', () => {
  it('bind exactly as bindValue does: typed values, missing ones empty, compacted reads, unbound paths', () => {
    const node = {
      type: 'text',
      data: '<<items[0].name>>',
      count: '{{asset.id}}',
      flag: '<<asset.lowStock>>',
      tags: '{{asset.tags}}',
      object: '{{asset.location}}',
      missing: '<<items[1].price>>',
      again: '<<items[1].price>>',
      style: { color: '{{asset.color}}', fontSize: 12 },
      list: ['{{asset.name}}', 'plain', { label: '<<asset.location.room>>' }],
    };
    const expected = general(node);
    expect(planned(node)).toEqual(expected);
    expect(expected.value).toMatchObject({ data: 'First', count: 42, flag: true, missing: '' });
    expect(expected.unbound).toEqual(['items.1.price', 'asset.color']);
  });

  it('keep every part without a template, and nested widgets and actions, as the same objects', () => {
    const child = { type: 'text', data: '<<asset.name>>' };
    const action = { method: 'addToCart', params: { id: '<<asset.id>>' } };
    const style = { fontWeight: 'bold' };
    const node = { type: 'elevatedButton', label: '<<asset.name>>', style, child, onPressed: action };
    const { value } = planned(node);
    expect(value).not.toBe(node);
    expect(value).toMatchObject({ label: 'Drill' });
    const bound = value as typeof node;
    expect(bound.style).toBe(style);
    expect(bound.child).toBe(child);
    expect(bound.onPressed).toBe(action);
    expect(bindPlanOf({ type: 'column', children: [child] })).toBeNull();
  });

  it('leave every other template to the interpreter', () => {
    for (const data of [
      'Hello <<asset.name>>',
      '{{gt asset.id 5}}',
      '{{#if asset.lowStock}}low{{/if}}',
      '{{this.asset}}',
      '{{@root.asset}}',
      '{{../asset}}',
      '<<asset.',
      '{{asset.__proto__}}',
    ]) {
      expect(bindPlanOf({ type: 'text', data }), data).toBeNull();
    }
  });

  it('plan exactly the templates that are one plain path (the lone-path grammar, checked on generated text)', () => {
    // The grammar as parseTemplate's fast path reads it; the plan's own scanner must accept the same.
    const path = '[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*';
    const lonePath = new RegExp(`^(?:<<(${path})>>|\\{\\{(${path})\\}\\})$`);
    const keywords = new Set(['this', 'else', 'true', 'false', 'null', 'undefined', 'as']);
    const expected = (source: string) => {
      const match = lonePath.exec(source);
      if (!match) return null;
      const segments = (match[1] ?? match[2]).replaceAll('[', '.').replaceAll(']', '').split('.');
      if (keywords.has(segments[0]) || segments.includes('constructor') || segments.includes('__proto__'))
        return null;
      return segments.join('.');
    };
    const piece = fc.constantFrom(
      '<<',
      '>>',
      '{{',
      '}}',
      '<',
      '>',
      '{',
      '}',
      '[',
      ']',
      '.',
      'a',
      'Z',
      '_',
      '$',
      '0',
      '7',
      'items',
      'this',
      'constructor',
      ' ',
      '-',
      'é',
    );
    const generated = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const framed = fc
      .tuple(fc.constantFrom(['<<', '>>'], ['{{', '}}'], ['<<', '}}']), generated)
      .map(([[open, close], body]) => `${open}${body}${close}`);
    fc.assert(
      fc.property(fc.oneof(generated, framed), (source) => {
        const plan = bindPlanOf({ type: 'text', data: source });
        const want = expected(source);
        const templated = source.includes('{{') || source.includes('<<');
        if (want !== null) expect(plan?.reads, source).toEqual([want]);
        else if (templated) expect(plan, source).toBeNull();
      }),
      { numRuns: 3000 },
    );
    for (const [source, read] of [
      ['<<items[12].name>>', 'items.12.name'],
      ['{{asset.name}}', 'asset.name'],
      ['<<a[1][2]>>', 'a.1.2'],
      ['{{$x._y9}}', '$x._y9'],
    ] as const) {
      expect(bindPlanOf({ type: 'text', data: source })?.reads, source).toEqual([read]);
    }
    for (const source of [
      '<<a.>>',
      '<<a[]>>',
      '<<a[1]b>>',
      '<<a.[1]>>',
      '<<1a>>',
      '{{a}}}',
      '<<a>>>',
      '<<a b>>',
    ]) {
      expect(bindPlanOf({ type: 'text', data: source }), source).toBeNull();
    }
  });

  it('read an index as bindValue does: leading zeros name their own key, and far indices their item', () => {
    const items: unknown[] = [{ name: 'first' }];
    items[7] = { name: 'seventh' };
    items[1_500] = { name: 'far' };
    items[70_000] = { name: 'farther' };
    const byKey = { '7': { name: 'seven' }, '007': { name: 'agent' } };
    for (const [source, read, inList, inRecord] of [
      ['<<items[7].name>>', 'items.7.name', 'seventh', 'seven'],
      ['<<items[007].name>>', 'items.007.name', '', 'agent'],
      ['<<items[1500].name>>', 'items.1500.name', 'far', ''],
      ['<<items[70000].name>>', 'items.70000.name', 'farther', ''],
      ['<<items[0].name>>', 'items.0.name', 'first', ''],
      ['<<items[00].name>>', 'items.00.name', '', ''],
    ] as const) {
      const node = { type: 'text', data: source };
      for (const [listScope, shown] of [
        [{ items }, inList],
        [{ items: byKey }, inRecord],
      ] as const) {
        expect(planned(node, listScope), source).toEqual(general(node, listScope));
        expect(planned(node, listScope), source).toMatchObject({ value: { data: shown }, reads: [read] });
      }
    }
  });

  it('step aside for a bare name that is also a helper, so the helper rules stay the interpreter’s', () => {
    const node = { type: 'text', data: '{{length}}' };
    const plan = bindPlanOf(node)!;
    expect(bindWithPlan(node, plan, scope, undefined, undefined, undefined)).toBeNull();
    const custom = createHelperRegistry({ shout: () => 'LOUD' });
    const shout = { type: 'text', data: '{{shout}}' };
    expect(bindWithPlan(shout, bindPlanOf(shout)!, {}, custom, undefined, undefined)).toBeNull();
    expect(
      bindWithPlan(shout, bindPlanOf(shout)!, { shout: 'quiet' }, undefined, undefined, undefined),
    ).toEqual({ value: { type: 'text', data: 'quiet' }, unbound: [] });
  });

  it('charge the render budget one step per template, and give the node back when the budget might not cover it', () => {
    const node = { type: 'text', data: '<<asset.name>>', semanticsLabel: '<<asset.id>>' };
    const plan = bindPlanOf(node)!;
    const budget = new RenderBudget({ maxSteps: 5 });
    const first = {};
    expect(bindWithPlan(node, plan, scope, undefined, budget, first)).not.toBeNull();
    expect(budget.usage().steps).toBe(2);
    // Binding the same node again replaces its spending instead of adding to it.
    expect(bindWithPlan(node, plan, scope, undefined, budget, first)).not.toBeNull();
    expect(budget.usage().steps).toBe(2);
    expect(bindWithPlan(node, plan, scope, undefined, budget, {})).not.toBeNull();
    expect(budget.usage().steps).toBe(4);
    // Two more steps would pass 5: the interpreter takes over and reports the exhausted budget itself.
    expect(bindWithPlan(node, plan, scope, undefined, budget, {})).toBeNull();
    expect(budget.usage().steps).toBe(4);
  });

  it('leave keywords and forbidden keys to the interpreter however often the same words were planned before', () => {
    // The scanner keeps the keys it has seen; a word allowed later in a path must stay refused first.
    for (let i = 0; i < 40; i += 1) {
      expect(
        bindPlanOf({ type: 'text', data: `<<items[${i}].this>>`, label: `<<k${i}.name>>` }),
      ).not.toBeNull();
    }
    expect(bindPlanOf({ type: 'text', data: '<<this>>' })).toBeNull();
    expect(bindPlanOf({ type: 'text', data: '<<this.name>>' })).toBeNull();
    expect(bindPlanOf({ type: 'text', data: '<<items.constructor>>' })).toBeNull();
    expect(bindPlanOf({ type: 'text', data: '<<items[0].__proto__>>' })).toBeNull();
    const node = { type: 'text', data: '<<asset.this>>' };
    expect(planned(node, { asset: { this: 'kept' } }).value).toMatchObject({ data: 'kept' });
  });

  it('make a node’s plan once, whether it is asked for again at once or after many other nodes were planned', () => {
    const nodes = Array.from({ length: 3 }, (_, i) => ({ type: 'text', data: `<<items[${i}].name>>` }));
    const first = nodes.map((node) => bindPlanOf(node));
    expect(nodes.map((node) => bindPlanOf(node))).toEqual(first);
    // However many other nodes are planned in between, a node keeps its one plan.
    for (let i = 0; i < 70_000; i += 1) bindPlanOf({ type: 'text', data: `<<other[${i}]>>` });
    nodes.forEach((node, i) => expect(bindPlanOf(node)).toBe(first[i]));
    expect(first[2]?.reads).toEqual(['items.2.name']);
  });

  it('keep a document’s plans in its own table, each node planned once, and never past its capacity', () => {
    const nodes = Array.from({ length: 4 }, (_, i) => ({ type: 'text', data: `<<items[${i}].name>>` }));
    const table = new DocumentPlans(3);
    const first = nodes.map((node) => bindPlanOf(node, table));
    nodes.forEach((node, i) => expect(bindPlanOf(node, table)).toBe(first[i]));
    // The first three are the document's; the fourth (past its node limit) takes the shared table.
    expect([...table.entries.keys()]).toEqual(nodes.slice(0, 3));
    expect(bindPlanOf(nodes[3])).toBe(first[3]);
    expect(first.map((plan) => plan?.reads)).toEqual([0, 1, 2, 3].map((i) => [`items.${i}.name`]));
    // Another document's table plans the same node object on its own; a node without templates is static.
    expect(bindPlanOf(nodes[0], new DocumentPlans(3))).not.toBe(first[0]);
    expect(nodeTemplatesOf({ type: 'text', data: 'plain' }, table)).toBe('static');
    expect(nodeTemplatesOf({ type: 'text', data: '<<items[0].name | x>>' }, table)).toBe('general');
  });

  it('agree with bindValue on generated lone-path nodes and scopes', () => {
    const segment = fc.constantFrom('asset', 'name', 'items', 'a', 'b', '0', '1', 'length', 'x$');
    const lonePath = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([parts, stac]) => (stac ? `<<${parts.join('.')}>>` : `{{${parts.join('.')}}}`));
    const leaf = fc.oneof(lonePath, fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null));
    const { tree } = fc.letrec<{ tree: unknown }>((self) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(self('tree'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('data', 'style', 'label', 'list', 'value'), self('tree'), {
          maxKeys: 3,
        }),
      ),
    }));
    const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((self) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 4 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(undefined),
        fc.array(self('v'), { maxLength: 3 }),
        fc.dictionary(segment, self('v'), { maxKeys: 3 }),
      ),
    })).v;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('data', 'style', 'label', 'list'), tree, { maxKeys: 4 }),
        fc.dictionary(segment, value, { maxKeys: 4 }),
        (props, generatedScope) => {
          const node = { type: 'text', ...props };
          const plan = bindPlanOf(node);
          if (!plan) return;
          const result = bindWithPlan(node, plan, generatedScope, undefined, undefined, undefined);
          if (!result) return;
          expect({ value: result.value, unbound: result.unbound, reads: [...plan.reads] }).toEqual(
            general(node, generatedScope),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
