import type { Plugin } from 'vite';

/** Writes `<file>.br` and `<file>.gz` beside one file (none under 1 KB); returns how many were written. */
export function precompressFile(path: string): Promise<number>;
/** Compresses every text file under `dir` that has no up-to-date copies; returns how many were written. */
export function precompressDirectory(dir: string): Promise<number>;
/** The Vite plugin: compresses the build's output directory once the bundle is written. */
export function precompressAssets(): Plugin;
