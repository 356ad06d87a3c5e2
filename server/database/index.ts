/** The database layer: one query builder (Kysely) over SQLite or PostgreSQL, versioned migrations, locks. */
export { openDatabase, runMigrations } from './openDatabase';
export type { StacDatabase, StacDb, OpenDatabaseOptions } from './openDatabase';
export { readMigrations, MIGRATIONS_DIR } from './migrations';
export type { Migration } from './migrations';
export { parseDatabaseTarget, describeDatabaseTarget, DEFAULT_SQLITE_PATH } from './databaseTarget';
export type { DatabaseTarget, DatabaseDialect } from './databaseTarget';
export type * from './schema';
export { isDatabaseUnavailable } from './databaseUnavailable';
export { compiledOnce } from './compiledOnce';
export { NO_CHANGE_WATCH } from './changeWatch';
export type { ChangeWatch } from './changeWatch';
