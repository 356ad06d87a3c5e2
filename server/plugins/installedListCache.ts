/**
 * The last `GET /plugins/installed` answer of each user, serialised, under the revision string of the rows it
 * was built from (installedListRevision: the database replaces a row's revision on every write, by trigger).
 * A request reads that string (a few short columns), and when it is unchanged sends the kept bytes: no
 * documents read, parsed, checked or serialised. It is a cache of one instance, but never stale on any: the
 * check runs against the database on every request, so a write by another instance, the CLI or a plugin
 * folder scan changes the string and the next request builds the answer anew. Where the database can tell
 * that nothing at all was written since an answer was checked (`generation`, SQLite), even that query is
 * spared until something is.
 */
import type { PreparedJson } from '../http/preparedJson';

export interface InstalledListCacheOptions {
  /** Users whose answers are kept; the least recently asked go first (default 1,000). */
  maxUsers?: number;
  /** Bytes of answers kept, gzip copies not counted (default 32 MB). */
  maxBytes?: number;
}

export interface InstalledListSource {
  /** ChangeWatch.generation: the same number while nothing is written; undefined: ask `revision`. */
  generation?(): number | undefined;
  /** The revision string of the user's list as it is now. */
  revision(userId: number): Promise<string>;
  /** Reads the rows and builds the answer; `revision` is the string of the very rows it was built from. */
  build(userId: number): Promise<{ revision: string; answer: PreparedJson }>;
}

interface Entry {
  revision: string;
  answer: Promise<PreparedJson>;
  bytes: number;
  /** The generation read before the revision was last found equal (or the rows were read). */
  generation?: number;
  /** The answer once built; undefined while the build runs. */
  built?: PreparedJson;
}

export interface InstalledListCache {
  answer(userId: number): Promise<PreparedJson>;
  /**
   * The user's answer from memory alone, for a caller that looked at the change watch itself (`generation`):
   * there when nothing was written since it was last found current; else undefined, ask answer().
   */
  kept(userId: number, generation: number): PreparedJson | undefined;
  /** The user's built answer if it was built from rows of this revision string; else undefined. */
  keptAtRevision(userId: number, revision: string): PreparedJson | undefined;
  /** How many users have an answer kept (for tests and the benchmark's report). */
  readonly size: number;
}

export function createInstalledListCache(
  source: InstalledListSource,
  options: InstalledListCacheOptions = {},
): InstalledListCache {
  const maxUsers = options.maxUsers ?? 1000;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently asked first.
  const entries = new Map<number, Entry>();
  let totalBytes = 0;

  function forget(userId: number, entry: Entry) {
    if (entries.get(userId) !== entry) return;
    entries.delete(userId);
    totalBytes -= entry.bytes;
  }

  function keep(userId: number, entry: Entry) {
    const previous = entries.get(userId);
    if (previous) forget(userId, previous);
    entries.set(userId, entry);
    totalBytes += entry.bytes;
    for (const [oldestUser, oldest] of entries) {
      if (entries.size <= maxUsers && totalBytes <= maxBytes) break;
      forget(oldestUser, oldest);
    }
  }

  async function rebuild(
    userId: number,
    revisionNow: string,
    generation: number | undefined,
  ): Promise<PreparedJson> {
    const building = source.build(userId);
    // Requests that find the same revision while this one builds share its answer instead of building again.
    const pending: Entry = {
      revision: revisionNow,
      answer: building.then((b) => b.answer),
      bytes: 0,
    };
    // Waiters see a failure through their own await; with none, it must not end the process unhandled.
    pending.answer.catch(() => undefined);
    keep(userId, pending);
    let built: Awaited<typeof building>;
    try {
      built = await building;
    } catch (error) {
      forget(userId, pending);
      throw error;
    }
    // Kept under the revision of the rows it was built from: if they changed since the check, that is
    // the newer string, and a request that still saw the older one simply builds again.
    if (entries.get(userId) === pending) {
      keep(userId, {
        revision: built.revision,
        answer: Promise.resolve(built.answer),
        bytes: built.answer.bytes.length,
        generation,
        built: built.answer,
      });
    }
    return built.answer;
  }

  /** The built answer of `userId` if it was found current at `generation`, now the most recently asked. */
  function current(userId: number, generation: number | undefined): PreparedJson | undefined {
    const entry = entries.get(userId);
    if (!entry?.built || generation === undefined || entry.generation !== generation) return undefined;
    entries.delete(userId);
    entries.set(userId, entry);
    return entry.built;
  }

  return {
    async answer(userId) {
      // Read before the revision: a write after this look, even one the query already saw, changes it.
      const generation = source.generation?.();
      const kept = current(userId, generation);
      if (kept) return kept;
      const revision = await source.revision(userId);
      const entry = entries.get(userId);
      if (entry && entry.revision === revision) {
        entries.delete(userId);
        entries.set(userId, entry);
        // A pending answer is tagged when its build ends, with the generation read before it began.
        if (entry.built) entry.generation = generation;
        return entry.answer;
      }
      return rebuild(userId, revision, generation);
    },
    kept: current,
    keptAtRevision(userId, revision) {
      const entry = entries.get(userId);
      if (!entry?.built || entry.revision !== revision) return undefined;
      entries.delete(userId);
      entries.set(userId, entry);
      return entry.built;
    },
    get size() {
      return entries.size;
    },
  };
}
