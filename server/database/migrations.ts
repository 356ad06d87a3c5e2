import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import type { PoolClient } from 'pg';
import type { DatabaseDialect } from './databaseTarget';
import { MIGRATION_LOCK } from './postgresLocks';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d+)_([\w-]+?)(?:\.(sqlite|postgres))?\.sql$/;

/**
 * The migrations for one dialect, in version order. A version is either one portable `NNN_name.sql` (runs on
 * both databases) or a pair `NNN_name.sqlite.sql` + `NNN_name.postgres.sql`. A gap, a duplicate or a version
 * without a file for this dialect is a packaging bug: fail loudly, naming the file to add.
 */
export function readMigrations(dialect: DatabaseDialect, dir: string = MIGRATIONS_DIR): Migration[] {
  const byVersion = new Map<number, { portable?: string; sqlite?: string; postgres?: string }>();
  for (const file of readdirSync(dir)) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) continue;
    const version = Number(match[1]);
    const kind = (match[3] ?? 'portable') as 'portable' | DatabaseDialect;
    const entry = byVersion.get(version) ?? {};
    if (entry[kind])
      throw new Error(`Migrations ${entry[kind]} and ${file} share version ${version}; renumber one.`);
    entry[kind] = file;
    byVersion.set(version, entry);
  }
  const versions = [...byVersion.keys()].sort((a, b) => a - b);
  return versions.map((version, index) => {
    const entry = byVersion.get(version)!;
    const any = entry.portable ?? entry.sqlite ?? entry.postgres;
    if (version !== index + 1) {
      throw new Error(`Migration ${any} is out of sequence: expected version ${index + 1}.`);
    }
    if (entry.portable && (entry.sqlite || entry.postgres)) {
      throw new Error(
        `Migration ${version} has a portable file (${entry.portable}) and a dialect file; keep one kind.`,
      );
    }
    const file = entry.portable ?? entry[dialect];
    if (!file) {
      const stem = (any ?? '').replace(/\.(sqlite|postgres)\.sql$/, '');
      throw new Error(`Migration ${any} has no ${dialect} twin: add ${stem}.${dialect}.sql.`);
    }
    return { version, name: file, sql: readFileSync(join(dir, file), 'utf8') };
  });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * SQLite: each migration in its own immediate transaction, so two processes opening the same file cannot
 * both apply one. Returns the versions applied now.
 */
export function migrateSqlite(handle: Database.Database, migrations: Migration[]): number[] {
  handle.exec(CREATE_TABLE);
  const isApplied = handle.prepare<[number], { version: number }>(
    'SELECT version FROM schema_migrations WHERE version = ?',
  );
  const record = handle.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = handle.transaction(() => {
      if (isApplied.get(migration.version)) return false;
      handle.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (apply.immediate()) applied.push(migration.version);
  }
  return applied;
}

/**
 * PostgreSQL: the whole run holds a session advisory lock, so of instances starting together the first applies
 * every pending migration and the others wait, then find nothing left to do. A lock per migration also
 * applied each once, but let a waiting instance overtake between two migrations on a loaded machine, and the
 * versions ended up applied by several instances. Each migration still runs in its own transaction: DDL is
 * transactional here, so a failing migration leaves nothing behind (and the lock goes with the session if the
 * process dies).
 */
export async function migratePostgres(client: PoolClient, migrations: Migration[]): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1, $2)', MIGRATION_LOCK);
  try {
    return await applyPendingPostgres(client, migrations);
  } finally {
    // A broken connection cannot unlock, but its session is gone and the lock with it.
    await client.query('SELECT pg_advisory_unlock($1, $2)', MIGRATION_LOCK).catch(() => undefined);
  }
}

async function applyPendingPostgres(client: PoolClient, migrations: Migration[]): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of migrations) {
    await client.query('BEGIN');
    try {
      await client.query(CREATE_TABLE);
      const found = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (found.rowCount === 0) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        applied.push(migration.version);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error(
        `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
  }
  return applied;
}
