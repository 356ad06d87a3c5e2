import { createServer } from 'node:net';
import { isDatabaseUnavailable } from '../../../server/database';
import { describeDatabaseTarget, openDatabase, parseDatabaseTarget } from '../../../server/index';

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('STAC_WEB_DB', () => {
  it('is a SQLite path, or PostgreSQL for postgres:// and postgresql:// URLs, and the default file when empty', () => {
    expect(parseDatabaseTarget(undefined)).toEqual({ dialect: 'sqlite', path: './data/stac-web.db' });
    expect(parseDatabaseTarget('  ')).toEqual({ dialect: 'sqlite', path: './data/stac-web.db' });
    expect(parseDatabaseTarget('/var/lib/stac/web.db')).toEqual({
      dialect: 'sqlite',
      path: '/var/lib/stac/web.db',
    });
    expect(parseDatabaseTarget('postgres://u:p@db:5432/stac')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@db:5432/stac',
    });
    expect(parseDatabaseTarget('POSTGRESQL://db/stac').dialect).toBe('postgres');
  });

  it('refuses another scheme instead of creating a SQLite file named after the typo, without echoing a password', () => {
    expect(() => parseDatabaseTarget('postgress://user:hunter2@db/stac')).toThrow(
      /unsupported scheme; give a SQLite file path or a postgres:\/\/ URL/,
    );
    expect(() => parseDatabaseTarget('postgress://user:hunter2@db/stac')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseTarget('mysql://db/stac')).toThrow(/unsupported scheme/);
  });

  it('masks the password wherever the target is shown', () => {
    expect(describeDatabaseTarget({ dialect: 'postgres', url: 'postgres://stac:s3cret@db:5432/web' })).toBe(
      'postgres://stac:***@db:5432/web',
    );
    expect(describeDatabaseTarget({ dialect: 'sqlite', path: 'data/x.db' })).toBe('data/x.db');
  });

  it('a PostgreSQL that does not answer stops the start with a message that names it and says what to check', async () => {
    const port = await closedPort();
    const failure = await openDatabase(`postgres://stac:s3cret@127.0.0.1:${port}/web`).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toContain(
      `Could not connect to PostgreSQL at postgres://stac:***@127.0.0.1:${port}/web`,
    );
    expect(failure?.message).toContain('Check STAC_WEB_DB');
    expect(failure?.message).not.toContain('s3cret');
    // The driver's own error underneath counts as "database unavailable" (a 503 when it happens to a request).
    expect(isDatabaseUnavailable(failure?.cause)).toBe(true);
    expect(isDatabaseUnavailable(new Error('relation "x" does not exist'))).toBe(false);
  });
});
