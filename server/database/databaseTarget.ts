/** Where the server keeps its data: a SQLite file (the embedded default) or a PostgreSQL database. */
export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export type DatabaseDialect = DatabaseTarget['dialect'];

export const DEFAULT_SQLITE_PATH = './data/stac-web.db';

/**
 * Reads `STAC_WEB_DB`: `postgres://` or `postgresql://` selects PostgreSQL, anything else is a SQLite path,
 * and nothing at all is the default file. Another URL scheme is refused rather than taken as a file name,
 * so a typo such as `postgress://` cannot silently create a SQLite file called that.
 */
export function parseDatabaseTarget(value: string | undefined): DatabaseTarget {
  const text = value?.trim();
  if (!text) return { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//i.test(text)) {
    try {
      new URL(text);
    } catch {
      throw new Error(
        'STAC_WEB_DB is not a valid PostgreSQL URL; use postgres://user:password@host:5432/database.',
      );
    }
    return { dialect: 'postgres', url: text };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new Error(
      `STAC_WEB_DB "${describeDatabaseTarget({ dialect: 'postgres', url: text })}" has an unsupported scheme; ` +
        'give a SQLite file path or a postgres:// URL.',
    );
  }
  return { dialect: 'sqlite', path: text };
}

/** The target for logs and error messages, with any password replaced by `***`. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.dialect === 'sqlite') return target.path;
  return target.url.replace(/^([a-z0-9+.-]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
