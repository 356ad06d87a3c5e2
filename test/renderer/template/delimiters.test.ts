import { renderTemplate } from '../../../src/renderer/template';

const scope = {
  asset: {
    name: 'Cordless drill',
    count: 3,
    lowStock: true,
    items: [{ x: 'first' }, { x: 'second' }, { x: 'third' }],
    grid: [
      ['a0', 'a1'],
      ['b0', 'b1'],
    ],
  },
};

const text = (source: string) => renderTemplate(source, scope).text;

describe('<< >> and {{ }} delimiters', () => {
  it('binds <<path>> and {{path}} to the same value', () => {
    expect(text('<<asset.name>>')).toBe('Cordless drill');
    expect(text('{{asset.name}}')).toBe('Cordless drill');
    expect(text('Name: <<asset.name>> (<<asset.count>>)')).toBe('Name: Cordless drill (3)');
  });

  it('carries the whole syntax with << >>: blocks, else, triple-stash, comments, whitespace control', () => {
    expect(text('<<#if asset.lowStock>>Low<<else>>OK<</if>>')).toBe('Low');
    expect(text('<<#unless asset.lowStock>>fine<<else>>reorder<</unless>>')).toBe('reorder');
    expect(text('<<{asset.name}>>')).toBe('Cordless drill');
    expect(text('a <<!a note>>b')).toBe('a b');
    expect(text('a <<!-- a note with >> inside -->>b')).toBe('a b');
    expect(text('[ <<~asset.count~>> ]')).toBe('[3]');
  });

  it('shows {{ }} as plain text in a string that uses << >>', () => {
    expect(text('<<asset.name>> costs {{price}}')).toBe('Cordless drill costs {{price}}');
    expect(text('JSON: {"n": <<asset.count>>}')).toBe('JSON: {"n": 3}');
  });

  it('shows << as plain text in a string that uses {{ }} or has no complete << >> region', () => {
    expect(text('{{asset.count}} << more')).toBe('3 << more');
    expect(text('shift: a << 2')).toBe('shift: a << 2');
  });

  it('keeps braces right next to a region as text', () => {
    expect(text('{<<asset.count>>}')).toBe('{3}');
    expect(text('{ {{asset.count}} }')).toBe('{ 3 }');
    expect(text('{{asset.count}}}')).toBe('3}');
  });

  it('makes a backslash-escaped opener literal', () => {
    expect(text('\\<<asset.name>>')).toBe('<<asset.name>>');
    expect(text('\\{{asset.name}} is {{asset.name}}')).toBe('{{asset.name}} is Cordless drill');
    expect(text('\\<<asset.name>> is <<asset.name>>')).toBe('<<asset.name>> is Cordless drill');
  });

  it('leaves an opener without a closer as text', () => {
    expect(text('{{asset.name')).toBe('{{asset.name');
    expect(text('<<asset.name')).toBe('<<asset.name');
  });

  it('reads string literals that contain the closer', () => {
    expect(text('<<default missing ">>">>')).toBe('>>');
    expect(text('{{default missing "}}"}}')).toBe('}}');
  });

  it("accepts Stac's index form list[2].x in both delimiters", () => {
    expect(text('{{asset.items[2].x}}')).toBe('third');
    expect(text('<<asset.items[0].x>>')).toBe('first');
    expect(text('{{asset.grid[1][0]}}')).toBe('b0');
    expect(text('{{asset.items.[1].x}}')).toBe('second');
    expect(renderTemplate('{{asset.items[1].x}}', scope).reads).toEqual(['asset.items.1.x']);
  });

  it('renders {{{triple}}} as the same text as {{double}}, never as HTML', () => {
    const htmlScope = { note: '<b>bold</b> & "q"' };
    expect(renderTemplate('{{{note}}}', htmlScope).text).toBe('<b>bold</b> & "q"');
    expect(renderTemplate('{{note}}', htmlScope).text).toBe('<b>bold</b> & "q"');
    expect(renderTemplate('{{&note}}', htmlScope).text).toBe('<b>bold</b> & "q"');
  });
});
