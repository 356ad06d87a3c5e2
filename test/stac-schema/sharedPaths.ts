import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root (this file sits in test/stac-schema/); `../shared` beside it holds docs and corpus, in CI too. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
