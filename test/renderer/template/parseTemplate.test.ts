import {
  clearTemplateCache,
  hasTemplate,
  parseTemplate,
  readsAffectedBy,
  TEMPLATE_CACHE_SIZE,
  templateCacheSize,
  TemplateError,
} from '../../../src/renderer/template';

describe('parseTemplate', () => {
  beforeEach(() => clearTemplateCache());

  it('parses each distinct source once', () => {
    const first = parseTemplate('<<asset.name>>');
    expect(parseTemplate('<<asset.name>>')).toBe(first);
    expect(parseTemplate('{{asset.name}}')).not.toBe(first);
    expect(templateCacheSize()).toBe(2);
  });

  it('bounds the cache', () => {
    for (let i = 0; i < TEMPLATE_CACHE_SIZE + 50; i += 1) parseTemplate(`{{item${i}}}`);
    expect(templateCacheSize()).toBe(TEMPLATE_CACHE_SIZE);
  });

  it('throws the same TemplateError for a broken source every time', () => {
    const attempt = () => parseTemplate('{{#if asset.x}}open');
    expect(attempt).toThrow(TemplateError);
    let first: unknown;
    let second: unknown;
    try {
      attempt();
    } catch (error) {
      first = error;
    }
    try {
      attempt();
    } catch (error) {
      second = error;
    }
    expect(second).toBe(first);
    expect((first as TemplateError).code).toBe('syntax_error');
    expect((first as TemplateError).message).toContain('{{/name}}');
  });

  it('names mismatched blocks in the delimiter the author used', () => {
    try {
      parseTemplate('<<#if a>>x<</each>>');
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateError).code).toBe('syntax_error');
      expect((error as TemplateError).message).toBe(
        'The block <<#if>> is closed by <</each>>. Close blocks in the order they were opened.',
      );
    }
  });

  it('marks single-expression and static templates', () => {
    expect(parseTemplate('{{asset.count}}').singleExpression).not.toBeNull();
    expect(parseTemplate('{{! note }}{{asset.count}}').singleExpression).not.toBeNull();
    expect(parseTemplate('n={{asset.count}}').singleExpression).toBeNull();
    expect(parseTemplate('plain').isStatic).toBe(true);
    expect(parseTemplate('<<x>>').delimiter).toBe('<<');
    expect(parseTemplate('{{x}}').delimiter).toBe('{{');
  });
});

describe('hasTemplate', () => {
  it('is true only for strings with a template region', () => {
    expect(hasTemplate('{{asset.name}}')).toBe(true);
    expect(hasTemplate('<<asset.name>>')).toBe(true);
    expect(hasTemplate('{{#if broken}}')).toBe(true);
    expect(hasTemplate('plain text')).toBe(false);
    expect(hasTemplate('a << b')).toBe(false);
    expect(hasTemplate('\\<<asset.name>>')).toBe(false);
    expect(hasTemplate(42)).toBe(false);
  });
});

describe('readsAffectedBy', () => {
  it('is true for a change at, inside or above a read path', () => {
    expect(readsAffectedBy(['asset.name'], ['asset.name'])).toBe(true);
    expect(readsAffectedBy(['asset.tags'], ['asset.tags.0'])).toBe(true);
    expect(readsAffectedBy(['asset.name'], ['asset'])).toBe(true);
    expect(readsAffectedBy(['asset.name'], ['asset.count'])).toBe(false);
    expect(readsAffectedBy(['asset.name'], ['assets'])).toBe(false);
    expect(readsAffectedBy([], ['asset'])).toBe(false);
  });
});
