/**
 * The last `GET /plugins/installed` answer of each user, serialised, under the revision string of the rows it
 * was built from (installedListRevision: the database replaces a row's revision on every write, by trigger).
 * A request reads that string (a few short columns), and when it is unchanged sends the kept bytes: no
 * documents read, parsed, checked or serialised. It is a cache of one instance, but never stale on any: the
 * check runs against the database on every request, so a write by another instance, the CLI or a plugin
 * folder scan changes the string and the next request builds the answer anew.
 */
import type { PreparedJson } from '../http/preparedJson';

export interface InstalledListCacheOptions {
  /** Users whose answers are kept; the least recently asked go first (default 1,000). */
  maxUsers?: number;
  /** Bytes of answers kept, gzip copies not counted (default 32 MB). */
  maxBytes?: number;
}

export interface InstalledListSource {
  /** The revision string of the user's list as it is now. */
  revision(userId: number): Promise<string>;
  /** Reads the rows and builds the answer; `revision` is the string of the very rows it was built from. */
  build(userId: number): Promise<{ revision: string; answer: PreparedJson }>;
}

interface Entry {
  revision: string;
  answer: Promise<PreparedJson>;
  bytes: number;
}

export interface InstalledListCache {
  answer(userId: number): Promise<PreparedJson>;
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

  async function rebuild(userId: number, revisionNow: string): Promise<PreparedJson> {
    const building = source.build(userId);
    // Requests that find the same revision while this one builds share its answer instead of building again.
    const pending: Entry = { revision: revisionNow, answer: building.then((b) => b.answer), bytes: 0 };
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
      });
    }
    return built.answer;
  }

  return {
    async answer(userId) {
      const revision = await source.revision(userId);
      const entry = entries.get(userId);
      if (entry && entry.revision === revision) {
        entries.delete(userId);
        entries.set(userId, entry);
        return entry.answer;
      }
      return rebuild(userId, revision);
    },
    get size() {
      return entries.size;
    },
  };
}
