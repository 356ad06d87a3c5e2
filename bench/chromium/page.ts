/** The page side of the Chromium run: the same scenarios as in jsdom, with layout forced inside each timing. */
import { defaultRounds, measureFixedCost, measureSize } from '../shop/sideBySide';

// Reading a layout property makes Chromium compute style and layout now, so each time covers what a user
// waits for before the items are on screen (paint aside).
const settle = (container: HTMLElement) => void container.getBoundingClientRect().height;

Object.assign(window, {
  stacBench: {
    measureSize: (size: number, rounds?: number) =>
      measureSize(size, rounds ?? defaultRounds(size), { settle }),
    measureFixedCost: (rounds: number) => measureFixedCost(rounds, { settle }),
  },
});
