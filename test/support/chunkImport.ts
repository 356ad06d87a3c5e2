import { createGate, type Gate } from './gate';

/**
 * An embed chunk's import as a test controls it, for a `vi.mock` factory of the chunk's module
 * (`(importOriginal) => chunk.load(importOriginal)`): counts the loads, holds one back until the test opens the
 * gate, or refuses it as a browser does a chunk it cannot fetch.
 */
export interface ChunkImport {
  loads: number;
  refuse: boolean;
  gate: Gate | null;
  /** The next loads wait until `gate.open()`. */
  hold(): Gate;
  load<T>(original: () => Promise<T>): Promise<T>;
}

export function createChunkImport(): ChunkImport {
  const chunk: ChunkImport = {
    loads: 0,
    refuse: false,
    gate: null,
    hold: () => (chunk.gate = createGate()),
    async load(original) {
      chunk.loads += 1;
      if (chunk.gate) await chunk.gate.opened;
      if (chunk.refuse) throw new TypeError('Failed to fetch dynamically imported module');
      return original();
    },
  };
  return chunk;
}
