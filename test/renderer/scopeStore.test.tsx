import {
  ScopeStore,
  diffScopePaths,
  pathsTouch,
  readPath,
  toPathSegments,
} from '../../src/renderer/scopeStore';
import fc from 'fast-check';

/** diffScopePaths as it was written first (a Set of both sides' keys per level): the reference. */
function referenceDiff(
  prev: unknown,
  next: unknown,
  prefix: string[] = [],
  out: string[][] = [],
): string[][] {
  if (Object.is(prev, next)) return out;
  const isObject = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);
  const bothObjects = isObject(prev) && isObject(next);
  const bothArrays = Array.isArray(prev) && Array.isArray(next);
  if (prefix.length >= 16 || (!bothObjects && !bothArrays)) {
    out.push(prefix);
    return out;
  }
  if (bothArrays && prev.length !== next.length) out.push([...prefix, 'length']);
  const keys = new Set<string>([...Object.keys(prev as object), ...Object.keys(next as object)]);
  for (const key of keys) {
    const read = (value: unknown) => (value as Record<string, unknown>)[key];
    referenceDiff(read(prev), read(next), [...prefix, key], out);
  }
  return out;
}

/** A host's immutable update: containers on the edited path are copied, everything else is shared. */
function edited(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    const index = step % (value.length + 1);
    copy[index] = edited(value[index], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  const keys = [...Object.keys(record), `added${step}`];
  const key = keys[step % keys.length];
  return { ...record, [key]: edited(record[key], rest, replacement) };
}

describe('scope paths', () => {
  it('splits dotted, bracketed and quoted paths the same way', () => {
    expect(toPathSegments('asset.name')).toEqual(['asset', 'name']);
    expect(toPathSegments('list[2].x')).toEqual(['list', '2', 'x']);
    expect(toPathSegments('list.[2].x')).toEqual(['list', '2', 'x']);
    expect(toPathSegments('a["b"]')).toEqual(['a', 'b']);
    expect(toPathSegments('this')).toEqual([]);
  });
  it('a change touches a read when one path is a prefix of the other', () => {
    expect(pathsTouch(['asset', 'name'], ['asset', 'name'])).toBe(true);
    expect(pathsTouch(['asset'], ['asset', 'name'])).toBe(true);
    expect(pathsTouch(['asset', 'name', 'first'], ['asset', 'name'])).toBe(true);
    expect(pathsTouch(['asset', 'id'], ['asset', 'name'])).toBe(false);
    expect(pathsTouch(['user'], ['asset'])).toBe(false);
  });
  it('reads own properties only', () => {
    expect(readPath({ a: { b: 1 } }, ['a', 'b'])).toBe(1);
    expect(readPath({ a: {} }, ['a', 'constructor'])).toBeUndefined();
    expect(readPath({ a: {} }, ['a', '__proto__'])).toBeUndefined();
  });
});

describe('diffScopePaths', () => {
  it('reports only the leaves that changed and skips identical subtrees', () => {
    const user = { name: 'Ana' };
    const prev = { asset: { id: 1, name: 'Drill', tags: ['a'] }, user };
    const next = { asset: { id: 1, name: 'Saw', tags: ['a'] }, user };
    expect(diffScopePaths(prev, next)).toEqual([['asset', 'name']]);
  });
  it('reports added and removed keys and array length', () => {
    expect(diffScopePaths({ a: 1 }, { b: 2 })).toEqual([['a'], ['b']]);
    expect(diffScopePaths({ l: [1] }, { l: [1, 2] })).toEqual([
      ['l', 'length'],
      ['l', '1'],
    ]);
  });
});

describe('diffScopePaths against the reference', () => {
  it('finds the same paths, in the same order, for any immutable update of a JSON-like scope', () => {
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<unknown>(0, 1, 'a', '', null, undefined, true),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'length', 'items'), tie('value'), { maxKeys: 3 }),
      ),
    }));
    const edit = fc.record({ path: fc.array(fc.nat(5), { maxLength: 4 }), replacement: value });
    fc.assert(
      fc.property(value, fc.array(edit, { maxLength: 3 }), (prev, edits) => {
        const next = edits.reduce(
          (current, { path, replacement }) => edited(current, path, replacement),
          prev,
        );
        expect(diffScopePaths(prev, next)).toEqual(referenceDiff(prev, next));
      }),
      { numRuns: 500 },
    );
  });
});

describe('ScopeStore', () => {
  it('a change inside a long list wakes the readers on its path only, and unsubscribing leaves none', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ qty: i, unit: { name: 'pcs' } }));
    const store = new ScopeStore({ scope: { items, title: 'Stock' } });
    const woken: string[] = [];
    const stops = [
      store.watch([[]], () => woken.push('whole scope')),
      store.watch([['items']], () => woken.push('items')),
      store.watch([['items', '7']], () => woken.push('items.7')),
      store.watch([['items', '7', 'unit', 'name']], () => woken.push('items.7.unit.name')),
      store.watch([['items', '7', 'qty'], ['title']], () => woken.push('items.7.qty or title')),
      ...items.map((_, i) => store.watch([['items', String(i), 'qty']], () => woken.push(`qty ${i}`))),
    ];
    const next = items.slice();
    next[7] = { ...items[7], unit: { name: 'kg' } };
    store.setHostScope({ items: next, title: 'Stock' });
    expect(woken.sort()).toEqual(['items', 'items.7', 'items.7.unit.name', 'whole scope']);
    woken.length = 0;
    store.setHostScope({ items: next, title: 'Stock 2' });
    expect(woken.sort()).toEqual(['items.7.qty or title', 'whole scope']);
    expect(store.watcherCount()).toBe(505);
    for (const stop of stops) stop();
    expect(store.watcherCount()).toBe(0);
    woken.length = 0;
    store.setHostScope({ items, title: 'Stock' });
    expect(woken).toEqual([]);
    // A path pruned with its last watcher is watched again from scratch.
    store.watch([['items', '7', 'unit', 'name']], () => woken.push('again'));
    store.setHostScope({ items: next, title: 'Stock' });
    expect(woken).toEqual(['again']);
  });

  it('watchers sharing a path wake and stop independently, as a second and a first one there', () => {
    const store = new ScopeStore({ scope: { asset: { name: 'Drill' } } });
    const woken: string[] = [];
    const first = { reads: [['asset', 'name']], onChange: () => woken.push('first') };
    const stopSecond = store.watch([['asset', 'name']], () => woken.push('second'));
    // A watcher reading one path twice is one subscription there.
    const third = {
      reads: [
        ['asset', 'name'],
        ['asset', 'name'],
      ],
      onChange: () => woken.push('third'),
    };
    store.addWatcher(first);
    store.addWatcher(third);
    expect(store.watcherCount()).toBe(3);
    store.setHostScope({ asset: { name: 'Saw' } });
    expect(woken.sort()).toEqual(['first', 'second', 'third']);
    stopSecond();
    store.removeWatcher(third);
    woken.length = 0;
    store.setHostScope({ asset: { name: 'Hammer' } });
    expect(woken).toEqual(['first']);
    store.removeWatcher(first);
    stopSecond();
    expect(store.watcherCount()).toBe(0);
    woken.length = 0;
    store.setHostScope({ asset: { name: 'Drill' } });
    expect(woken).toEqual([]);
    // The path was pruned with its last watcher; the second comes back alone.
    store.watch([['asset', 'name']], () => woken.push('second again'));
    store.setHostScope({ asset: { name: 'Saw' } });
    expect(woken).toEqual(['second again']);
  });

  it('wakes only watchers whose reads touch a changed path', () => {
    const store = new ScopeStore({ scope: { asset: { name: 'Drill', id: 1 }, user: { name: 'Ana' } } });
    const woken: string[] = [];
    store.watch([['asset', 'name']], () => woken.push('name'));
    store.watch([['asset', 'id']], () => woken.push('id'));
    store.watch([['user']], () => woken.push('user'));
    store.watch([['asset']], () => woken.push('asset'));
    store.setHostScope({ asset: { name: 'Saw', id: 1 }, user: { name: 'Ana' } });
    expect(woken.sort()).toEqual(['asset', 'name']);
    expect(store.getScope()).toEqual({ asset: { name: 'Saw', id: 1 }, user: { name: 'Ana' } });
  });

  it('layers variables: a child layer shadows its parent and forwards unshadowed changes', () => {
    const root = new ScopeStore({ scope: { asset: { name: 'Drill' }, name: 'outer' } });
    const layer = new ScopeStore({ parent: root, variables: { name: 'inner' } });
    const detach = root.attachLayer(layer);
    expect(layer.getScope()).toMatchObject({ name: 'inner', asset: { name: 'Drill' } });
    const woken: string[] = [];
    layer.watch([['name']], () => woken.push('name'));
    layer.watch([['asset', 'name']], () => woken.push('asset.name'));
    root.setHostScope({ asset: { name: 'Saw' }, name: 'outer changed' });
    expect(woken).toEqual(['asset.name']);
    expect(layer.getScope()).toMatchObject({ name: 'inner', asset: { name: 'Saw' } });
    layer.setVariables({ name: 'set by action' });
    expect(woken).toEqual(['asset.name', 'name']);
    expect(layer.getVariable('name')).toBe('set by action');
    detach();
  });

  it('removing a variable lets the outer value show through again', () => {
    const root = new ScopeStore({ scope: { label: 'outer' } });
    const layer = new ScopeStore({ parent: root, variables: { label: 'inner', extra: 1 } });
    root.attachLayer(layer);
    const woken: string[] = [];
    layer.watch([['label']], () => woken.push('label'));
    layer.setVariables({ extra: 2 }, ['label']);
    expect(layer.getScope()).toEqual({ label: 'outer', extra: 2 });
    expect(woken).toEqual(['label']);
  });

  it('refuses prototype keys as variables', () => {
    const store = new ScopeStore({ scope: {} });
    store.setVariables(JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>);
    expect(store.getScope()).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
