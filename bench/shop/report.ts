/** Plain-text tables of the side-by-side results, ratios first. */
import type { FixedCost, ScenarioResult } from './sideBySide';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(value < 1 ? 3 : 1));

export function formatResults(title: string, results: readonly ScenarioResult[]): string {
  const lines = [
    `\n${title}`,
    'items   scenario                        stac-web/json-render   stac-web   json-render  rounds  batch',
  ];
  for (const result of results) {
    lines.push(
      `${String(result.size).padEnd(7)} ${result.scenario.padEnd(31)} ${`${result.ratio.toFixed(2)}x`.padStart(20)}` +
        `${`${ms(result.stacWeb)} ms`.padStart(11)}${`${ms(result.jsonRender)} ms`.padStart(14)}${String(result.rounds).padStart(8)}` +
        `${String(result.batch ?? 1).padStart(7)}`,
    );
  }
  return lines.join('\n');
}

/** Milliseconds per mount below 1 ms read better in microseconds. */
const us = (value: number) => `${(value * 1000).toFixed(0)} us`;

export function formatFixedCost(title: string, cost: FixedCost): string {
  return (
    `\n${title}, medians of ${cost.rounds} rounds of ${cost.batch} mounts each\n` +
    `one-node stac-web view ${us(cost.stacWebOneNode)} (${cost.stacWebRatio.toFixed(2)}x a bare React div), ` +
    `one-element json-render view ${us(cost.jsonRenderOneElement)} (${cost.jsonRenderRatio.toFixed(2)}x), ` +
    `bare React div ${us(cost.bareReact)}`
  );
}
