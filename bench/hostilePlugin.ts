/**
 * `npx tsx bench/hostilePlugin.ts`: the audit's worst plugins on the server (renderStacToString), with the
 * default render budget. Prints the median of a few runs per shape; figures go to the README's security
 * section. Before the render budget, 100 {{#each}} nodes over a 100,000-item array took 22.9 s.
 */
import { parseStacDocument } from '../src/stac-schema';
import { type StacRenderProblem } from '../src/renderer';
import { renderStacToString } from '../src/renderer/ssr';

function worstPlugin(eachNodes: number) {
  return {
    type: 'setValue',
    values: [{ key: 'items', value: Array.from({ length: 100_000 }, () => 7) }],
    child: {
      type: 'column',
      children: Array.from({ length: eachNodes }, (_, i) => ({
        type: 'text',
        data: `#${i}:{{#each items}}{{this}}{{/each}}`,
      })),
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const eachNodes of [30, 100]) {
  const document = worstPlugin(eachNodes);
  const validate: number[] = [];
  const renderTimes: number[] = [];
  let skipped = 0;
  let htmlLength = 0;
  for (let run = 0; run < 5; run += 1) {
    let started = performance.now();
    parseStacDocument(document, { mode: 'strict' });
    validate.push(performance.now() - started);
    const problems: StacRenderProblem[] = [];
    started = performance.now();
    // A fresh object each run, so the parse cache does not hide the parse.
    const html = renderStacToString(structuredClone(document), {
      onProblem: (problem) => problems.push(problem),
    });
    renderTimes.push(performance.now() - started);
    skipped = problems.filter((problem) => problem.code === 'render_budget_exceeded').length;
    htmlLength = html.length;
  }
  console.log(
    `${eachNodes} #each nodes over 100,000 items: strict validation ${median(validate).toFixed(0)} ms, ` +
      `server render ${median(renderTimes).toFixed(0)} ms (${skipped} nodes skipped, ${htmlLength} characters of HTML)`,
  );
}
