import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from 'kysely';

/** Whether Kysely holds SQLite's one connection now: a query, a transaction or a stream in progress. */
export interface ConnectionUse {
  held: boolean;
}

/**
 * Kysely's SQLite driver opens transactions with a deferred `BEGIN`: a transaction that reads and then writes
 * can then fail with SQLITE_BUSY when another process (a second server, `npm run user:add`) wrote meanwhile,
 * and the busy timeout does not help. `BEGIN IMMEDIATE` takes the write lock up front, so writers queue.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #use: ConnectionUse;

  constructor(config: SqliteDialectConfig, use: ConnectionUse) {
    super(config);
    this.#use = use;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.#use.held = true;
    return connection;
  }

  override async releaseConnection(): Promise<void> {
    this.#use.held = false;
    await super.releaseConnection();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  /** Read by the change watch (changeWatch.ts): a statement of its own must not run inside another's use. */
  readonly connectionUse: ConnectionUse = { held: false };

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config, this.connectionUse);
  }
}
