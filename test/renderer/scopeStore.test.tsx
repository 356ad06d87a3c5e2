import {
  ScopeStore,
  diffScopePaths,
  pathsTouch,
  readPath,
  toPathSegments,
} from '../../src/renderer/scopeStore';

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

describe('ScopeStore', () => {
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
