/** Bundle sizes against their goals, for `npm run bench` (the same figures the size check enforces). */
import { BUDGETS, GOALS, buildAndMeasure, kb } from '../scripts/bundleSizes';

const sizes = await buildAndMeasure();
const row = (what: string, size: number, goal: number, budget: number) =>
  `${what.padEnd(40)} ${kb(size).padStart(10)}   goal ${kb(goal).padStart(9)}   enforced ${kb(budget).padStart(9)}   ${size <= goal ? 'met' : 'not yet'}`;
console.log('\nBundle sizes, gzip');
console.log(row('app first page (JavaScript)', sizes.appFirstPage, GOALS.appFirstPage, BUDGETS.appFirstPage));
console.log(
  row('embed ES module (React external)', sizes.embedModule, GOALS.embedModule, BUDGETS.embedModule),
);
console.log(row('embed IIFE: loader + core + React', sizes.embedIife, GOALS.embedIife, BUDGETS.embedIife));
console.log(`  of which the loader alone ${kb(sizes.embedIifeLoader)}`);
console.log(
  `files with a whole icon style: ${sizes.filesWithIconStyle.length}; react-dom/server in browser files: ${sizes.filesWithServerRenderer.length ? sizes.filesWithServerRenderer.join(', ') : 'none'}`,
);
