import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct statements kept; the queries of the code base are far fewer, ad-hoc SQL of tests included. */
const MAX_STATEMENTS = 500;

/**
 * The SQLite handle as Kysely sees it, with each SQL text prepared once. Kysely's driver prepares every query
 * anew, and on the hot requests (session check, installed list) that preparing cost more than running it.
 * A statement that is still being iterated (a streamed query) is busy, so a query meanwhile gets its own.
 * SQLite re-prepares a kept statement by itself when the schema changes.
 */
export function withCachedStatements(handle: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      statements.clear();
      handle.close();
    },
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = handle.prepare(sql);
      if (!kept) {
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
