import { afterEach, expect, it } from 'vitest';

const RealFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = RealFunction;
});

it('validates documents and plugin records without ever calling the Function constructor (no eval under a CSP)', async () => {
  const calls: string[] = [];
  // Installed before zod is loaded in this file's fresh module graph, so its one-time eval probe is seen.
  globalThis.Function = new Proxy(RealFunction, {
    apply(target, thisArg, args: string[]) {
      calls.push(`Function(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args: string[]) {
      calls.push(`new Function(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
      return Reflect.construct(target, args) as object;
    },
  });
  const { parseStacDocument } = await import('../../src/stac-schema/index');
  const { z } = await import('zod');
  const result = parseStacDocument({
    type: 'column',
    children: [
      { type: 'text', data: 'Hello <<user.name>>', style: { fontSize: 14 } },
      { type: 'elevatedButton', child: { type: 'text', data: 'Go' }, onPressed: { actionType: 'none' } },
    ],
  });
  expect(result.ok).toBe(true);
  // A plain object schema, many times: the case zod would otherwise compile with new Function.
  const schema = z.object({ id: z.string(), count: z.number() });
  for (let i = 0; i < 50; i += 1)
    expect(schema.parse({ id: `p${i}`, count: i })).toEqual({ id: `p${i}`, count: i });
  expect(calls).toEqual([]);
});
