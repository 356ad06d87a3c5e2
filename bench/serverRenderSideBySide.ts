/**
 * Server rendering side by side: renderStacToString against react-dom/server rendering json-render's
 * <Renderer>, in plain Node (no DOM), production React. Also the HTML weight of a one-node document
 * (the view's own markup; the page carries the shared stylesheet once). stac-web runs built, as json-render
 * does (bench/buildForNode.ts).
 */
import { importBuilt } from './buildForNode';

if (process.env.NODE_ENV !== 'production')
  console.warn('NODE_ENV is not "production": React runs its development build.');

const { renderToString } = await import('react-dom/server');
const {
  renderStacToString,
  stacStylesheetHtml,
  jsonRender,
  stacActions,
  stacWeb,
  shopState,
  defaultRounds,
  median,
  formatResults,
} = await importBuilt<typeof import('./shop/serverEntry')>(new URL('./shop/serverEntry.ts', import.meta.url));
type ScenarioResult = import('./shop/sideBySide').ScenarioResult;
type ShopState = ReturnType<typeof shopState>;

const html = {
  stacWeb: (document: unknown, state: ShopState) =>
    renderStacToString(document, {
      scope: state,
      // The same registry as the browser benches: without it every item's button gets an unknown-method warning.
      actions: stacActions,
      limits: { maxNodes: 200_000, maxBytes: 32 * 1024 * 1024 },
    }),
  jsonRender: (document: unknown, state: ShopState) => renderToString(jsonRender.element(document, state)),
};

// STAC_BENCH_CLOCK=cpu times each render by the process's CPU time (as the jsdom part does): on a shared
// machine a neighbour's load stretches wall time far more than CPU time.
const cpuClock = process.env.STAC_BENCH_CLOCK === 'cpu';
const now = cpuClock
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const results: ScenarioResult[] = [];
for (const size of sizes) {
  const state = shopState(size);
  const rounds = defaultRounds(size);
  const cachedStac = stacWeb.createDocument(size);
  const cachedJson = jsonRender.createDocument(size);
  for (const fresh of [true, false]) {
    const stacTimes: number[] = [];
    const jsonTimes: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds + 2; round += 1) {
      const stacDocument = fresh ? stacWeb.createDocument(size) : cachedStac;
      const jsonDocument = fresh ? jsonRender.createDocument(size) : cachedJson;
      if (fresh) stacWeb.forgetCaches();
      const timeStac = () => {
        const started = now();
        const out = html.stacWeb(stacDocument, state);
        const elapsed = now() - started;
        if (!out.includes(state.items[size - 1].name)) throw new Error('stac-web server render lost an item');
        return elapsed;
      };
      const timeJson = () => {
        const started = now();
        const out = html.jsonRender(jsonDocument, state);
        const elapsed = now() - started;
        if (!out.includes(state.items[size - 1].name))
          throw new Error('json-render server render lost an item');
        return elapsed;
      };
      const [s, j] =
        round % 2 === 0 ? [timeStac(), timeJson()] : (([j2, s2]) => [s2, j2])([timeJson(), timeStac()]);
      if (round < 2) continue;
      stacTimes.push(s);
      jsonTimes.push(j);
      ratios.push(s / j);
    }
    results.push({
      scenario: fresh ? 'first render, fresh document' : 'first render, cached document',
      size,
      rounds,
      stacWeb: median(stacTimes),
      jsonRender: median(jsonTimes),
      ratio: median(ratios),
    });
  }
}
console.log(
  formatResults(
    `Server render (renderToString), production React, ${cpuClock ? 'CPU time' : 'wall time'}, medians`,
    results,
  ),
);
const oneNode = renderStacToString({ type: 'text', data: 'Hello' });
// A page carries the shared stylesheet once, in its head (stacStylesheetHtml), not in every view's HTML.
console.log(
  `\nServer HTML of a one-node document: ${Buffer.byteLength(oneNode)} bytes (goal: under 1 KB); ` +
    `the shared stylesheet, once per page: ${Buffer.byteLength(stacStylesheetHtml())} bytes`,
);
