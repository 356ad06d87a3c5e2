/**
 * Code fetched when first needed (the embed's chunks: the template grammar, the manifest requirements, the
 * built-in actions, the dispatcher, each widget family): one request however many ask
 * at once, the module kept once it has come, and a failed load forgotten so that the next ask tries again (a
 * flaky network, a deploy that replaced the chunks). Here, in the folder every other one may import, because
 * each of them has such code; it imports nothing. (The focus trap keeps its own: the app's first page reaches
 * it through renderer/pageKit, which must not bring in the schema.)
 */
export interface ChunkLoader<T> {
  /** The loaded module, or null while it has not come. */
  current(): T | null;
  /** Starts loading (once; anew after a failure) and resolves to the module. */
  load(): Promise<T>;
}

/** `load` runs at most once at a time, and never again after it succeeded. */
export function chunkLoader<T>(load: () => Promise<T>): ChunkLoader<T> {
  let current: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    current: () => current,
    load() {
      if (current !== null) return Promise.resolve(current);
      pending ??= load().then(
        (module) => {
          current = module;
          pending = null;
          return module;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}
