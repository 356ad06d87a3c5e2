import {
  createHelperRegistry,
  defaultHelpers,
  renderTemplate,
  TemplateError,
  type TemplateHelper,
} from '../../../src/renderer/template';

const scope = {
  asset: {
    name: 'cordless drill',
    price: 1234.5,
    ratio: 0.256,
    count: 12,
    status: 'active',
    created: '2026-03-05T14:30:00Z',
    tags: ['power', 'tools'],
    dims: { w: 1, h: 2 },
    empty: '',
  },
};

const text = (source: string) => renderTemplate(source, scope, { locale: 'en-US', timeZone: 'UTC' }).text;

describe('comparison and boolean helpers', () => {
  it.each([
    ['{{eq asset.status "active"}}', 'true'],
    ['{{ne asset.status "active"}}', 'false'],
    ['{{lt asset.count 20}}', 'true'],
    ['{{lte asset.count 12}}', 'true'],
    ['{{gt asset.count "9"}}', 'true'],
    ['{{gte asset.count 13}}', 'false'],
    ['{{gt "b" "a"}}', 'true'],
    ['{{gt asset.missing 1}}', 'false'],
    ['{{and asset.count asset.status}}', 'true'],
    ['{{and asset.count asset.empty}}', 'false'],
    ['{{or asset.empty asset.missing}}', 'false'],
    ['{{or asset.empty asset.name}}', 'true'],
    ['{{not asset.empty}}', 'true'],
  ])('%s gives %s', (source, expected) => {
    expect(text(source)).toBe(expected);
  });

  it('combine in conditions through sub-expressions', () => {
    expect(text('{{#if (and (gt asset.count 10) (eq asset.status "active"))}}reorder later{{/if}}')).toBe(
      'reorder later',
    );
  });
});

describe('value helpers', () => {
  it('default replaces a missing or empty value', () => {
    expect(text('{{default asset.serial "n/a"}}')).toBe('n/a');
    expect(text('{{default asset.empty "n/a"}}')).toBe('n/a');
    expect(text('{{default asset.count "n/a"}}')).toBe('12');
  });

  it('formatNumber formats with Intl and fixed decimals', () => {
    expect(text('{{formatNumber asset.price}}')).toBe('1,234.5');
    expect(text('{{formatNumber asset.price 2}}')).toBe('1,234.50');
    expect(text('{{formatNumber asset.price decimals=0}}')).toBe('1,235');
    expect(text('{{formatNumber asset.ratio style="percent" decimals=1}}')).toBe('25.6%');
    expect(text('{{formatNumber asset.price style="currency" currency="EUR"}}')).toBe('€1,234.50');
    expect(renderTemplate('{{formatNumber asset.price 2}}', scope, { locale: 'de-DE' }).text).toBe(
      '1.234,50',
    );
    expect(text('{{formatNumber asset.missing}}')).toBe('');
  });

  it('formatDate formats an ISO date with Intl', () => {
    expect(text('{{formatDate asset.created}}')).toBe('Mar 5, 2026');
    expect(text('{{formatDate asset.created "long"}}')).toBe('March 5, 2026');
    expect(text('{{formatDate asset.created dateStyle="short" timeStyle="short"}}')).toBe('3/5/26, 2:30 PM');
    expect(text('{{formatDate "not a date"}}')).toBe('not a date');
  });

  it('changes case and cuts text', () => {
    expect(text('{{upper asset.name}}|{{lower "ABC"}}|{{capitalize asset.name}}')).toBe(
      'CORDLESS DRILL|abc|Cordless drill',
    );
    expect(text('{{truncate asset.name 8}}')).toBe('cordless…');
    expect(text('{{truncate asset.name 8 "..."}}')).toBe('cordless...');
    expect(text('{{truncate asset.name 50}}')).toBe('cordless drill');
  });

  it('length and join work on lists', () => {
    expect(text('{{length asset.tags}} {{length asset.name}} {{length asset.dims}}')).toBe('2 14 2');
    expect(text('{{join asset.tags}}|{{join asset.tags " + "}}')).toBe('power, tools|power + tools');
  });

  it('lookup reads own fields by a computed key', () => {
    expect(renderTemplate('{{lookup asset.dims key}}', { ...scope, key: 'h' }).text).toBe('2');
    expect(text('{{lookup asset.tags 1}}')).toBe('tools');
    expect(text('{{#each asset.tags}}{{lookup ../asset.dims "w"}}{{/each}}')).toBe('11');
  });
});

describe('helper registry', () => {
  it('lets a host add helpers with createHelperRegistry', () => {
    const stars: TemplateHelper = (args) => '★'.repeat(Number(args[0]) || 0);
    const helpers = createHelperRegistry({ stars });
    expect(renderTemplate('{{stars 3}} {{upper "x"}}', {}, { helpers }).text).toBe('★★★ X');
    expect(Object.isFrozen(helpers)).toBe(true);
    expect('stars' in defaultHelpers).toBe(false);
  });

  it('passes hash arguments, locale and the helper name', () => {
    const seen: unknown[] = [];
    const spy: TemplateHelper = (args, options) => {
      seen.push(args, { ...options.hash }, options.locale, options.name);
      return 'ok';
    };
    renderTemplate(
      '{{spy 1 "two" flag=true}}',
      {},
      { helpers: createHelperRegistry({ spy }), locale: 'fr-FR' },
    );
    expect(seen).toEqual([[1, 'two'], { flag: true }, 'fr-FR', 'spy']);
  });

  it('refuses to replace the block helpers', () => {
    expect(() => createHelperRegistry({ if: () => true })).toThrow(/built-in block helper/);
    expect(() => createHelperRegistry({ each: () => true })).toThrow(/built-in block helper/);
  });

  it('reports an unknown helper with its name and renders nothing for it', () => {
    const result = renderTemplate('a{{shout asset.name}}b', scope);
    expect(result.text).toBe('ab');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBeInstanceOf(TemplateError);
    expect(result.errors[0].code).toBe('unknown_helper');
    expect(result.errors[0].message).toContain('"shout"');
  });

  it('reports a helper that throws as helper_error and keeps rendering', () => {
    const helpers = createHelperRegistry({
      broken: () => {
        throw new Error('boom');
      },
    });
    const result = renderTemplate('a{{broken 1}}b', {}, { helpers });
    expect(result.text).toBe('ab');
    expect(result.errors.map((error) => error.code)).toEqual(['helper_error']);
    expect(result.errors[0].message).toContain('boom');
  });

  it('never hands out a function returned by a helper', () => {
    const helpers = createHelperRegistry({ leak: () => () => 'secret' });
    expect(renderTemplate('[{{leak 1}}]', {}, { helpers }).text).toBe('[]');
  });

  it('prefers a field of the data over a helper of the same name when called without arguments', () => {
    expect(renderTemplate('{{length}}', { length: 'long' }).text).toBe('long');
  });
});
