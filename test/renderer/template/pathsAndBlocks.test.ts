import { renderTemplate } from '../../../src/renderer/template';

const scope = {
  asset: {
    name: 'Cordless drill',
    count: 0,
    lowStock: false,
    tags: ['power', 'tools', 'red'],
    location: { room: 'Shed', shelf: 4 },
    parts: [
      { name: 'battery', spares: ['A', 'B'] },
      { name: 'charger', spares: [] },
    ],
  },
  user: { name: 'Ana' },
  empty: [],
};

const render = (source: string) => renderTemplate(source, scope);
const text = (source: string) => render(source).text;

describe('paths', () => {
  it('reads nested fields, array indices and array length', () => {
    expect(text('{{asset.location.room}} #{{asset.location.shelf}}')).toBe('Shed #4');
    expect(text('{{asset.tags.[0]}} / {{asset.tags.length}}')).toBe('power / 3');
  });

  it('renders a missing value as nothing and lists it as unbound', () => {
    const result = render('Serial: {{asset.serial}}!');
    expect(result.text).toBe('Serial: !');
    expect(result.unbound).toEqual(['asset.serial']);
    expect(render('{{nothing.at.all}}').unbound).toEqual(['nothing.at.all']);
  });

  it('does not count null or zero as unbound', () => {
    const result = renderTemplate('[{{a}}][{{b}}]', { a: null, b: 0 });
    expect(result.text).toBe('[][0]');
    expect(result.unbound).toEqual([]);
  });

  it('resolves this, ../ and @root inside blocks', () => {
    expect(
      text('{{#with asset.location}}{{this.room}} of {{../asset.name}} for {{@root.user.name}}{{/with}}'),
    ).toBe('Shed of Cordless drill for Ana');
    expect(text('{{#each asset.parts}}{{#each spares}}{{../name}}:{{this}} {{/each}}{{/each}}')).toBe(
      'battery:A battery:B ',
    );
  });

  it('counts ../ by blocks that change the context, not by #if', () => {
    expect(text('{{#with asset.location}}{{#if room}}{{../user.name}}{{/if}}{{/with}}')).toBe('Ana');
  });
});

describe('blocks', () => {
  it('#if / else / else if follow Handlebars truthiness', () => {
    expect(text('{{#if asset.lowStock}}low{{else}}ok{{/if}}')).toBe('ok');
    expect(text('{{#if asset.count}}some{{else}}none{{/if}}')).toBe('none');
    expect(text('{{#if asset.count includeZero=true}}counted{{/if}}')).toBe('counted');
    expect(text('{{#if empty}}x{{else}}empty list{{/if}}')).toBe('empty list');
    expect(text('{{#if asset.lowStock}}a{{else if asset.tags}}b{{else}}c{{/if}}')).toBe('b');
  });

  it('#unless inverts #if', () => {
    expect(text('{{#unless asset.lowStock}}in stock{{/unless}}')).toBe('in stock');
  });

  it('#each gives @index, @first, @last over lists', () => {
    expect(
      text(
        '{{#each asset.tags}}{{#if @first}}[{{/if}}{{@index}}={{this}}{{#unless @last}},{{/unless}}{{#if @last}}]{{/if}}{{/each}}',
      ),
    ).toBe('[0=power,1=tools,2=red]');
  });

  it('#each gives @key over objects and else for an empty or missing list', () => {
    expect(text('{{#each asset.location}}{{@key}}={{this}};{{/each}}')).toBe('room=Shed;shelf=4;');
    expect(text('{{#each empty}}x{{else}}no items{{/each}}')).toBe('no items');
    expect(text('{{#each asset.missing}}x{{else}}no items{{/each}}')).toBe('no items');
  });

  it('#each and #with accept block parameters', () => {
    expect(text('{{#each asset.tags as |tag i|}}{{i}}:{{tag}} {{/each}}')).toBe('0:power 1:tools 2:red ');
    expect(text('{{#with asset.location as |place|}}{{place.room}}{{/with}}')).toBe('Shed');
  });

  it('#with changes the context and falls back to else when the value is empty', () => {
    expect(text('{{#with asset.location}}{{room}}{{/with}}')).toBe('Shed');
    expect(text('{{#with asset.nowhere}}x{{else}}unknown place{{/with}}')).toBe('unknown place');
  });

  it('treats a value helper used as a block as a condition', () => {
    expect(text('{{#gt asset.tags.length 2}}many{{else}}few{{/gt}}')).toBe('many');
  });

  it('renders Mustache-style sections over lists and objects', () => {
    expect(text('{{#asset.parts}}<{{name}}>{{/asset.parts}}')).toBe('<battery><charger>');
    expect(text('{{^empty}}nothing{{/empty}}')).toBe('nothing');
  });

  it('ignores comments', () => {
    expect(text('a{{! a comment }}b{{!-- {{asset.name}} --}}c')).toBe('abc');
  });
});

describe('reads', () => {
  it('lists the scope paths a template read, reduced to the outermost ones', () => {
    expect(render('{{asset.name}} by {{user.name}}').reads).toEqual(['asset.name', 'user.name']);
    expect(render('{{#each asset.parts}}{{name}}{{/each}}').reads).toEqual(['asset.parts']);
    expect(render('{{#with asset.location}}{{room}}{{/with}}').reads).toEqual(['asset.location']);
  });

  it('includes the paths of missing values, so that a later value re-renders the node', () => {
    expect(render('{{asset.serial}}').reads).toEqual(['asset.serial']);
  });

  it('counts only the branch that ran (the condition itself is always read)', () => {
    expect(render('{{#if asset.lowStock}}{{asset.name}}{{else}}{{user.name}}{{/if}}').reads).toEqual([
      'asset.lowStock',
      'user.name',
    ]);
  });
});
