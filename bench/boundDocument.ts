/**
 * Generated STAC documents with bound templates, for the benchmarks and the re-render test: a column of
 * cards, each `container > row > [label text, quantity text, status text]` (5 nodes) reading its own item.
 */
import type { StacNode } from '../src/stac-schema/types';

export interface BoundItem {
  label: string;
  qty: number;
  low: boolean;
}

export interface BoundScope extends Record<string, unknown> {
  asset: { name: string };
  items: BoundItem[];
}

export const NODES_PER_CARD = 5;

export function cardCount(nodeCount: number): number {
  return Math.floor((nodeCount - 1) / NODES_PER_CARD);
}

/** A document of exactly `nodeCount` widget nodes. */
export function boundDocument(nodeCount: number): StacNode {
  const cards = cardCount(nodeCount);
  const children: StacNode[] = [];
  for (let i = 0; i < cards; i += 1) {
    children.push({
      type: 'container',
      padding: 8,
      color: i % 2 === 0 ? '#FFF5F5F5' : 'surface',
      child: {
        type: 'row',
        mainAxisAlignment: 'spaceBetween',
        children: [
          { type: 'text', data: `<<items[${i}].label>> of <<asset.name>>` },
          { type: 'text', data: `{{formatNumber items[${i}].qty}} pcs` },
          { type: 'text', data: `<<#if items[${i}].low>>Low stock<<else>>OK<</if>>` },
        ],
      },
    });
  }
  const leftover = nodeCount - 1 - cards * NODES_PER_CARD;
  for (let i = 0; i < leftover; i += 1) children.push({ type: 'text', data: `static ${i}` });
  return { type: 'column', crossAxisAlignment: 'stretch', children };
}

export function boundScope(nodeCount: number): BoundScope {
  return {
    asset: { name: 'Workshop' },
    items: Array.from({ length: cardCount(nodeCount) }, (_, i) => ({
      label: `Item ${i}`,
      qty: i * 3,
      low: i % 7 === 0,
    })),
  };
}

/** A new scope where only `items[index].qty` differs (immutable update, as a host would do). */
export function withQuantity(scope: BoundScope, index: number, qty: number): BoundScope {
  const items = scope.items.slice();
  items[index] = { ...items[index], qty };
  return { ...scope, items };
}

export function countNodes(node: unknown): number {
  if (Array.isArray(node)) return node.reduce<number>((sum, item) => sum + countNodes(item), 0);
  if (node === null || typeof node !== 'object') return 0;
  const record = node as Record<string, unknown>;
  let count = typeof record.type === 'string' ? 1 : 0;
  for (const value of Object.values(record)) count += countNodes(value);
  return count;
}
