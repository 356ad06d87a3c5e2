/**
 * The page side of the Chromium run: the same scenarios as in jsdom, with layout forced inside each timing.
 * The page is served cross-origin isolated (bench/chromiumSideBySide.ts), so `performance.now` ticks in 5 us
 * rather than 100 us; `isolated` reports whether it is.
 */
import { defaultRounds, measureFixedCost, measureSize } from '../shop/sideBySide';
import { markFirstRenders } from '../shop/markedFirstRenders';

// Reading a layout property makes Chromium compute style and layout now, so each time covers what a user
// waits for before the items are on screen (paint aside).
const settle = (container: HTMLElement) => void container.getBoundingClientRect().height;

Object.assign(window, {
  stacBench: {
    isolated: () => crossOriginIsolated,
    measureSize: (size: number, rounds?: number) =>
      measureSize(size, rounds ?? defaultRounds(size), { settle }),
    measureFixedCost: (rounds: number) => measureFixedCost(rounds, { settle }),
    markFirstRenders: (size: number, rounds?: number) =>
      markFirstRenders(size, rounds ?? defaultRounds(size), settle),
  },
});
