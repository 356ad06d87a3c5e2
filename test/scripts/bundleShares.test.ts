/**
 * The share tool (`npm run bundle:shares`) splits a bundle's bytes by where they came from; the figures in
 * the README come from it, so its attribution must be right.
 */
import { encode } from '@jridgewell/sourcemap-codec';
import {
  UNMAPPED,
  groupOfSource,
  gzipShares,
  textByGroup,
  type RawSourceMap,
} from '../../scripts/bundleShares';

const ROOT = '/repo';

describe('bundle shares', () => {
  it('groups a source by its npm package, scoped packages included', () => {
    expect(groupOfSource('/repo/node_modules/zod/v4/mini/schemas.js', ROOT)).toBe('zod');
    expect(groupOfSource('/repo/node_modules/@tanstack/query-core/build/modern/query.js', ROOT)).toBe(
      '@tanstack/query-core',
    );
    // A package nested in another's node_modules counts as itself.
    expect(groupOfSource('/repo/node_modules/a/node_modules/tabbable/dist/index.esm.js', ROOT)).toBe(
      'tabbable',
    );
  });

  it('groups a project source by its folder, down to the depth asked', () => {
    expect(groupOfSource('/repo/src/renderer/widgets/text/Text.tsx', ROOT)).toBe('src/renderer/widgets');
    expect(groupOfSource('/repo/src/renderer/widgets/text/Text.tsx', ROOT, 3)).toBe(
      'src/renderer/widgets/text',
    );
    expect(groupOfSource('/repo/src/renderer/StacView.tsx', ROOT)).toBe('src/renderer');
    expect(groupOfSource('/elsewhere/vite/preload-helper.js', ROOT)).toBe('(bundler)');
  });

  it('gives each generated character to the source its mapping names, and the rest to the glue', () => {
    const code = 'AAABBB;\nCC';
    const map: RawSourceMap = {
      sources: ['a.ts', 'b.ts'],
      // Line 1: columns 0-2 from a.ts, 3-5 from b.ts, then an unmapped segment at 6; line 2 from a.ts at 0.
      mappings: encode([[[0, 0, 0, 0], [3, 1, 0, 0], [6]], [[0, 0, 1, 0]]]),
    };
    const texts = textByGroup(code, map, (index) => ['A', 'B'][index]);
    expect(texts.get('A')).toBe('AAACC');
    expect(texts.get('B')).toBe('BBB');
    expect(texts.get(UNMAPPED)).toBe(';\n');
  });

  it('splits the real gzip size among the groups in proportion, largest first', () => {
    const texts = new Map([
      ['small', 'x'],
      ['large', Array.from({ length: 400 }, (_, i) => `item${i * 7919}`).join(',')],
    ]);
    const shares = gzipShares(texts, 1000);
    expect(shares.map((share) => share.group)).toEqual(['large', 'small']);
    expect(shares.reduce((sum, share) => sum + share.gzip, 0)).toBeCloseTo(1000, 6);
    expect(shares[0].gzip).toBeGreaterThan(shares[1].gzip * 10);
    expect(shares[1].raw).toBe(1);
  });
});
