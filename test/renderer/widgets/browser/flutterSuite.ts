/**
 * One Flutter layout suite per test file: the file's documents are rendered in one page load
 * (layoutHarness.ts) before its tests, and each test measures what it checks against Flutter's figures.
 */
import { startHarness, type Harness, type LayoutCase, type Measured, type Target } from './layoutHarness';

// Material 3 baseline light scheme (the renderer's default theme), as Chromium reports colours.
export const M3 = {
  primary: 'rgb(103, 80, 164)',
  onPrimary: 'rgb(255, 255, 255)',
  onSurface: 'rgb(29, 27, 32)',
  onSurfaceVariant: 'rgb(73, 69, 79)',
  outline: 'rgb(121, 116, 126)',
  secondaryContainer: 'rgb(232, 222, 248)',
  onSecondaryContainer: 'rgb(29, 25, 43)',
} as const;

export interface FlutterSuite {
  /** The measured target; fails the test when nothing in the case matches it. */
  at(caseId: string, target: Target, styles?: readonly string[]): Promise<Measured>;
  harness(): Harness;
}

/** Starts Chromium and renders `cases` before the file's tests; closes it after them. */
export function flutterSuite(cases: readonly LayoutCase[]): FlutterSuite {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
    await harness.show(cases);
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });
  const started = (): Harness => {
    if (!harness) throw new Error('the layout harness did not start (see beforeAll)');
    return harness;
  };
  return {
    harness: started,
    async at(caseId, target, styles) {
      const [found] = await started().measure([{ caseId, target, styles }]);
      if (!found.found) throw new Error(`${caseId}: nothing matches ${JSON.stringify(target)}`);
      return found;
    },
  };
}

/** [r, g, b] of a computed colour, whether Chromium writes it as rgb() or color(srgb ...). */
export function rgbOf(css: string): number[] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
  if (srgb) return srgb.slice(1, 4).map((channel) => Math.round(Number(channel) * 255));
  const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(css);
  if (rgb) return rgb.slice(1, 4).map(Number);
  throw new Error(`not a colour: ${css}`);
}

/** Each given figure within 1 px of Flutter's. */
export function expectBox(
  m: Measured,
  flutter: Partial<Record<'x' | 'y' | 'width' | 'height', number>>,
): void {
  for (const [name, value] of Object.entries(flutter)) {
    const actual = m[name as keyof typeof flutter];
    expect(Math.abs(actual - value), `${name}: ${actual} vs Flutter's ${value}`).toBeLessThanOrEqual(1);
  }
}

/** Stac's shorthands for the documents below. */
export const TEXT = (data: string, style?: Record<string, unknown>) => ({
  type: 'text',
  data,
  ...(style ? { style } : {}),
});
export const ICON = (icon: string, extra?: Record<string, unknown>) => ({ type: 'icon', icon, ...extra });
export const BOX = (width: number, height: number, color?: string) =>
  color ? { type: 'container', width, height, color } : { type: 'sizedBox', width, height };
