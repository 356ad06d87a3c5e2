import { renderTemplate } from '../../../src/renderer/template';

const scope = {
  asset: { name: 'Cordless drill', count: 3, lowStock: true, tags: ['power', 'tools'] },
};

describe('renderTemplate delimiters', () => {
  it('binds <<path>> and {{path}} to the same value', () => {
    expect(renderTemplate('<<asset.name>>', scope).text).toBe('Cordless drill');
    expect(renderTemplate('{{asset.name}}', scope).text).toBe('Cordless drill');
  });

  it('accepts blocks written with << >>', () => {
    expect(renderTemplate('<<#if asset.lowStock>>Low<<else>>OK<</if>>', scope).text).toBe('Low');
  });
});
