import { bindValue } from '../../../src/renderer/template';

const scope = {
  asset: { id: 42, name: 'Drill', ratio: 0.75, lowStock: true, tags: ['a', 'b'], location: { room: 'Shed' } },
};

describe('bindValue', () => {
  it('binds every string in plain data and reports reads and unbound paths', () => {
    const result = bindValue(
      {
        type: 'text',
        data: 'Hello <<asset.name>>',
        style: { color: '{{asset.color}}' },
        list: ['{{asset.id}}', 'x'],
      },
      scope,
    );
    expect(result.value).toEqual({
      type: 'text',
      data: 'Hello Drill',
      style: { color: '' },
      list: [42, 'x'],
    });
    expect(result.reads).toEqual(['asset.color', 'asset.id', 'asset.name']);
    expect(result.unbound).toEqual(['asset.color']);
  });

  it('keeps the type of a value when the string is exactly one mustache', () => {
    const { value } = bindValue(
      {
        count: '{{asset.id}}',
        ratio: '<<asset.ratio>>',
        flag: '{{asset.lowStock}}',
        compare: '{{gt asset.id 10}}',
        tags: '{{asset.tags}}',
        object: '{{asset.location}}',
        spaced: ' {{asset.id}}',
        missing: '{{asset.nothing}}',
      },
      scope,
    );
    expect(value).toEqual({
      count: 42,
      ratio: 0.75,
      flag: true,
      compare: true,
      tags: ['a', 'b'],
      object: '[object Object]',
      spaced: ' 42',
      missing: '',
    });
  });

  it('leaves nested widgets and actions for their own binding, unless deep', () => {
    const node = {
      type: 'column',
      title: '<<asset.name>>',
      children: [{ type: 'text', data: '<<asset.name>>' }],
      onPressed: { actionType: 'navigate', route: '/assets/{{asset.id}}' },
      action: { method: 'runQualityCheck', params: { assetId: '{{asset.id}}' } },
    };
    const shallow = bindValue(node, scope).value;
    expect(shallow.title).toBe('Drill');
    expect(shallow.children).toBe(node.children);
    expect(shallow.onPressed).toBe(node.onPressed);
    expect(shallow.action).toBe(node.action);

    const deep = bindValue(node, scope, { deep: true }).value;
    expect(deep.children[0].data).toBe('Drill');
    expect(deep.onPressed.route).toBe('/assets/42');
    expect(deep.action.params.assetId).toBe(42);
  });

  it('binds the params of an action when the action itself is the value', () => {
    const action = {
      method: 'runQualityCheck',
      params: { assetId: '{{asset.id}}', note: 'for <<asset.name>>' },
    };
    expect(bindValue(action, scope).value).toEqual({
      method: 'runQualityCheck',
      params: { assetId: 42, note: 'for Drill' },
    });
  });

  it('returns the same objects when nothing was bound', () => {
    const node = { type: 'text', data: 'plain', style: { fontSize: 12 }, list: [1, 2] };
    const result = bindValue(node, scope);
    expect(result.value).toBe(node);
    const partly = bindValue({ a: { b: 'plain' }, c: '{{asset.id}}' }, scope).value;
    expect(partly.c).toBe(42);
  });

  it('does not mutate its input', () => {
    const node = { type: 'text', data: '{{asset.name}}' };
    bindValue(node, scope);
    expect(node.data).toBe('{{asset.name}}');
  });

  it('collects template errors instead of throwing', () => {
    const result = bindValue({ type: 'text', data: '{{> partial}}' }, scope);
    expect(result.value).toEqual({ type: 'text', data: '' });
    expect(result.errors.map((error) => error.code)).toEqual(['refused_partial']);
  });

  it('stops at maxBindDepth', () => {
    let nested: Record<string, unknown> = { leaf: '{{asset.id}}' };
    for (let i = 0; i < 10; i += 1) nested = { nested };
    const result = bindValue(nested, scope, { limits: { maxBindDepth: 5 } });
    expect(result.errors.map((error) => error.code)).toEqual(['limit_exceeded']);
  });
});
