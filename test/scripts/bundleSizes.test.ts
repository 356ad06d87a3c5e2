/**
 * The bundle-size check: builds the app and the embed as `npm run build` does (into a temporary folder)
 * and fails when what a browser downloads outgrows its budget (scripts/bundleSizes.ts).
 */
import { BUDGETS, buildAndMeasure, kb, type BundleSizes } from '../../scripts/bundleSizes';

let sizes: BundleSizes;

describe('bundle sizes (gzip)', () => {
  beforeAll(async () => {
    sizes = await buildAndMeasure();
  }, 600_000);

  it('the app first page stays within its budget', () => {
    expect(sizes.appFirstPageFiles.length).toBeGreaterThan(0);
    expect(
      sizes.appFirstPage,
      `${kb(sizes.appFirstPage)} of ${kb(BUDGETS.appFirstPage)}`,
    ).toBeLessThanOrEqual(BUDGETS.appFirstPage);
  });

  it('the embed ES module, React left to the host, stays within its budget', () => {
    expect(sizes.embedModule, `${kb(sizes.embedModule)} of ${kb(BUDGETS.embedModule)}`).toBeLessThanOrEqual(
      BUDGETS.embedModule,
    );
  });

  it('the IIFE embed, its loader and what every page loads through it (React inside), stays within its budget', () => {
    expect(sizes.embedIifeFiles).toContain('embed/stac-slot.iife.js');
    expect(sizes.embedIifeFiles).toContain('embed/stac-slot.core.js');
    // The loader is a few KB: a page's script tag must not carry React or the renderer.
    expect(sizes.embedIifeLoader, kb(sizes.embedIifeLoader)).toBeLessThan(5 * 1024);
    expect(sizes.embedIife, `${kb(sizes.embedIife)} of ${kb(BUDGETS.embedIife)}`).toBeLessThanOrEqual(
      BUDGETS.embedIife,
    );
  });

  it('the embed carries no zod before its first action (documents and answers are read without it)', () => {
    expect(sizes.embedEntryFilesWithZod).toEqual([]);
  });

  it('a browser bundle that ships zod ships the English messages zodConfig.ts sets (not a bare "Invalid input")', () => {
    expect(sizes.zodWithoutMessages).toEqual([]);
  });

  it('no browser bundle carries react-dom/server', () => {
    expect(sizes.filesWithServerRenderer).toEqual([]);
  });

  it('no browser bundle carries a whole icon style (icons are fetched one by one)', () => {
    expect(sizes.filesWithIconStyle).toEqual([]);
  });
});
