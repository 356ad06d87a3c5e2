/** Plain-text tables of the side-by-side results, ratios first. */
import type { FixedCost, ScenarioResult } from './sideBySide';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export function formatResults(title: string, results: readonly ScenarioResult[]): string {
  const lines = [
    `\n${title}`,
    'items   scenario                        stac-web/json-render   stac-web   json-render  rounds',
  ];
  for (const result of results) {
    lines.push(
      `${String(result.size).padEnd(7)} ${result.scenario.padEnd(31)} ${`${result.ratio.toFixed(2)}x`.padStart(20)}` +
        `${`${ms(result.stacWeb)} ms`.padStart(11)}${`${ms(result.jsonRender)} ms`.padStart(14)}${String(result.rounds).padStart(8)}`,
    );
  }
  return lines.join('\n');
}

export function formatFixedCost(title: string, cost: FixedCost): string {
  return (
    `\n${title}\n` +
    `one-node stac-web view ${ms(cost.stacWebOneNode)} ms (${(cost.stacWebOneNode / cost.bareReact).toFixed(1)}x a bare React div), ` +
    `one-element json-render view ${ms(cost.jsonRenderOneElement)} ms (${(cost.jsonRenderOneElement / cost.bareReact).toFixed(1)}x), ` +
    `bare React div ${ms(cost.bareReact)} ms`
  );
}
