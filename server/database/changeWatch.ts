import type Database from 'better-sqlite3';
import type { ConnectionUse } from './immediateSqliteDialect';

/**
 * Whether anything was written to the database since the last look, for answers kept in memory that must
 * never be stale (the session of a token, a user's installed list). A kept answer is tagged with the
 * generation read before the queries it was made from; while the generation is the same, nothing was
 * written anywhere, so the answer still holds and the queries need not run again.
 */
export interface ChangeWatch {
  /**
   * A number that stays the same while nothing is written to the database, by this process or any other;
   * undefined when that cannot be told now (then ask the database).
   */
  generation(): number | undefined;
}

/** For a database with no cheap way to tell (PostgreSQL): every answer asks the database. */
export const NO_CHANGE_WATCH: ChangeWatch = { generation: () => undefined };

/**
 * SQLite tells it with two numbers of this connection: `PRAGMA data_version`, which changes when another
 * connection (another server on the file, the CLI) committed a change, and `total_changes()`, the rows this
 * connection inserted, updated or deleted (triggers included). Together about 3 us, against about 20 us for
 * the session and revision queries they spare, and Kysely's work around them.
 *
 * Undefined while Kysely holds the connection (`use`): a transaction or a streamed query holds it across
 * awaits, and a look in the middle of one would see its writes before they are committed (or rolled back),
 * or the snapshot of a read still open.
 */
export function sqliteChangeWatch(handle: Database.Database, use: ConnectionUse): ChangeWatch {
  const dataVersion = handle.prepare('PRAGMA data_version').pluck();
  const totalChanges = handle.prepare('SELECT total_changes()').pluck();
  let generation = 0;
  let lastVersion: unknown;
  let lastChanges: unknown;
  return {
    generation() {
      if (use.held || handle.inTransaction || !handle.open) return undefined;
      const version: unknown = dataVersion.get();
      const changes: unknown = totalChanges.get();
      if (version !== lastVersion || changes !== lastChanges) {
        generation += 1;
        lastVersion = version;
        lastChanges = changes;
      }
      return generation;
    },
  };
}
