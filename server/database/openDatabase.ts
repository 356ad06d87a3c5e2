import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import {
  describeDatabaseTarget,
  parseDatabaseTarget,
  type DatabaseDialect,
  type DatabaseTarget,
} from './databaseTarget';
import { withCachedStatements } from './cachedStatements';
import { NO_CHANGE_WATCH, sqliteChangeWatch, type ChangeWatch } from './changeWatch';
import { ImmediateSqliteDialect } from './immediateSqliteDialect';
import { migratePostgres, migrateSqlite, readMigrations, type Migration } from './migrations';
import { STARTUP_LOCK } from './postgresLocks';
import type { DatabaseSchema } from './schema';

export type StacDb = Kysely<DatabaseSchema>;

/** The raw driver under the query layer, for the few jobs Kysely does not do (multi-statement migrations). */
type RawDriver = { dialect: 'sqlite'; handle: Database.Database } | { dialect: 'postgres'; pool: pg.Pool };

/** An open database: the query layer every store uses, whichever database is underneath. */
export interface StacDatabase {
  readonly dialect: DatabaseDialect;
  readonly db: StacDb;
  /** Where the data lives, for logs (a PostgreSQL password is masked). */
  readonly location: string;
  /** @internal the driver under Kysely. */
  readonly raw: RawDriver;
  /** Whether anything was written since the last look (SQLite); PostgreSQL cannot tell cheaply. */
  readonly changes: ChangeWatch;
  /**
   * Runs `task` while this process holds the startup lock: on PostgreSQL a session advisory lock, so of several
   * instances starting together only one seeds at a time; on SQLite the file has one writer anyway.
   */
  withStartupLock<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL: most connections this process opens (default `STAC_WEB_DB_POOL` or 10). */
  poolSize?: number;
  /** Where a broken idle PostgreSQL connection is reported (it is replaced; the server keeps running). */
  onPoolError?: (error: Error) => void;
}

function openSqlite(path: string): StacDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const handle = new Database(path);
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('synchronous = NORMAL');
  const dialect = new ImmediateSqliteDialect({ database: withCachedStatements(handle) });
  const db = new Kysely<DatabaseSchema>({ dialect });
  return {
    dialect: 'sqlite',
    db,
    location: path,
    raw: { dialect: 'sqlite', handle },
    changes: sqliteChangeWatch(handle, dialect.connectionUse),
    withStartupLock: (task) => task(),
    close: () => db.destroy(),
  };
}

function poolSizeFromEnv(): number | undefined {
  const value = process.env.STAC_WEB_DB_POOL;
  if (value === undefined || value === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new Error(`STAC_WEB_DB_POOL must be a whole number from 1 to 1000 (got "${value}").`);
  }
  return size;
}

async function openPostgres(target: DatabaseTarget & { dialect: 'postgres' }, options: OpenDatabaseOptions) {
  const location = describeDatabaseTarget(target);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? poolSizeFromEnv() ?? 10,
    application_name: 'stac-web',
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that dies (server restart, network) emits here; unhandled it would end the process.
  pool.on('error', (error) => options.onPoolError?.(error));
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not connect to PostgreSQL at ${location}: ${reason}. Check STAC_WEB_DB (host, port, user, password, database) and that the server is running.`,
      { cause: error },
    );
  }
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const database: StacDatabase = {
    dialect: 'postgres',
    db,
    location,
    raw: { dialect: 'postgres', pool },
    changes: NO_CHANGE_WATCH,
    async withStartupLock(task) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1, $2)', STARTUP_LOCK);
        try {
          return await task();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1, $2)', STARTUP_LOCK);
        }
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
  return database;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations` (all of them for this dialect by default) and
 * returns the versions applied now. Safe to call from several processes at once.
 */
export async function runMigrations(
  database: StacDatabase,
  migrations: Migration[] = readMigrations(database.dialect),
): Promise<number[]> {
  if (database.raw.dialect === 'sqlite') return migrateSqlite(database.raw.handle, migrations);
  const client = await database.raw.pool.connect();
  try {
    return await migratePostgres(client, migrations);
  } finally {
    client.release();
  }
}

/**
 * Opens the database named by `target` (a SQLite path, a `postgres://` URL, or a parsed target) and migrates it.
 * SQLite gets WAL, foreign keys and a 5 s busy timeout; PostgreSQL a connection pool.
 */
export async function openDatabase(
  target: string | DatabaseTarget,
  options: OpenDatabaseOptions = {},
): Promise<StacDatabase> {
  const parsed = typeof target === 'string' ? parseDatabaseTarget(target) : target;
  const database =
    parsed.dialect === 'sqlite' ? openSqlite(parsed.path) : await openPostgres(parsed, options);
  if (options.migrate ?? true) {
    try {
      await runMigrations(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}
