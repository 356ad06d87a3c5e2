/** What the jsdom run needs of the side-by-side scenarios, as one module to build (bench/buildForNode.ts). */
export { defaultRounds, measureFixedCost, measureSize } from './sideBySide';
export { formatFixedCost, formatResults } from './report';
