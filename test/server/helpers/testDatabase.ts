/**
 * Which database the server tests run on. The `node` project runs them on SQLite files; the `node-postgres`
 * project sets STAC_WEB_TEST_DB=postgres and runs the very same tests on a throwaway PostgreSQL, where every
 * SQLite path a test names becomes a database of its own (so a restart test that reopens a path reopens it).
 */
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from './tempPostgres';

export type TestDialect = 'sqlite' | 'postgres';

export const TEST_DIALECT: TestDialect = process.env.STAC_WEB_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const databaseName = (sqlitePath: string) =>
  `stac_web_${createHash('sha256').update(sqlitePath).digest('hex').slice(0, 16)}`;

function urlOf(database: string): string {
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/** The `STAC_WEB_DB` value for a test that would use the SQLite file `sqlitePath` (created when missing). */
export async function testDatabase(sqlitePath: string): Promise<string> {
  if (TEST_DIALECT === 'sqlite') return sqlitePath;
  const name = databaseName(sqlitePath);
  await ensureDatabase(inject('postgresAdminUrl'), name);
  return urlOf(name);
}

/** Removes the PostgreSQL database behind `sqlitePath` (the SQLite file goes with its temporary folder). */
export async function dropTestDatabase(sqlitePath: string): Promise<void> {
  if (TEST_DIALECT === 'postgres') await dropDatabase(inject('postgresAdminUrl'), databaseName(sqlitePath));
}
