import { isAppPath } from '../../src/stac-schema';

describe('isAppPath', () => {
  it('accepts paths of this site', () => {
    expect(isAppPath('/')).toBe(true);
    expect(isAppPath('/assets/asset-01?tab=loans#top')).toBe(true);
  });

  it('refuses what would leave the site', () => {
    for (const path of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'assets',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isAppPath(path), path).toBe(false);
    }
  });
});
