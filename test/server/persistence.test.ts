import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, readMigrations, runMigrations, type StacDatabase } from '../../server/index';
import { dropTestDatabase, testDatabase } from './helpers/testDatabase';
import { callApi, signInAlice, signInBob, startTestServer } from './helpers/testServer';

describe('persistence', () => {
  it('keeps every row across a restart on the same file, without seeding twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stac-web-restart-'));
    try {
      const first = await startTestServer({}, dir);
      const alice = await signInAlice(first.url);
      const created = await callApi<{ id: string }>(first.url, 'POST', '/plugins', {
        token: alice,
        body: {
          name: 'Survivor',
          version: '1.0.0',
          slot: 'dashboard_top',
          ui: { type: 'text', data: 'still here' },
        },
      });
      const bob = await signInBob(first.url);
      await callApi(first.url, 'POST', '/plugins/install', { token: bob, body: { id: created.body.id } });
      await callApi(first.url, 'PUT', '/plugins/user/toggle', {
        token: alice,
        body: { pluginId: 'quick-actions', isActive: false },
      });
      await callApi(first.url, 'DELETE', '/plugins/uninstall/stock-pulse', { token: alice });
      const communityBefore = (
        await callApi<unknown[]>(first.url, 'GET', '/plugins/community', { token: alice })
      ).body;
      const installedBefore = (
        await callApi<unknown[]>(first.url, 'GET', '/plugins/installed', { token: alice })
      ).body;
      await first.stop(true);

      const second = await startTestServer({}, dir);
      try {
        // The token issued before the restart still works: sessions live in the database.
        const communityAfter = (
          await callApi<unknown[]>(second.url, 'GET', '/plugins/community', { token: alice })
        ).body;
        const installedAfter = (
          await callApi<unknown[]>(second.url, 'GET', '/plugins/installed', { token: alice })
        ).body;
        expect(communityAfter).toEqual(communityBefore);
        expect(installedAfter).toEqual(installedBefore);
        const bobInstalls = (
          await callApi<Array<{ id: string }>>(second.url, 'GET', '/plugins/installed', { token: bob })
        ).body;
        expect(bobInstalls.map((plugin) => plugin.id)).toContain(created.body.id);
        const count = async (table: 'users' | 'assets') =>
          Number(
            (
              await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(
                second.db,
              )
            ).rows[0].n,
          );
        expect(await count('users')).toBe(2);
        expect(await count('assets')).toBe(8);
        if (second.dialect === 'sqlite') {
          const db = new Database(second.dbPath, { readonly: true });
          expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
          db.close();
        }
      } finally {
        await second.stop(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('migrations', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stac-web-migrate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const recordedVersions = async (database: StacDatabase) =>
    (
      await sql<{ version: number }>`SELECT version FROM schema_migrations ORDER BY version`.execute(
        database.db,
      )
    ).rows.map((row) => Number(row.version));

  it('apply once, are recorded, and running them again changes nothing', async () => {
    const path = join(dir, 'm.db');
    const database = await openDatabase(await testDatabase(path));
    try {
      const recorded = (
        await sql<{
          version: number;
          name: string;
        }>`SELECT version, name FROM schema_migrations ORDER BY version`.execute(database.db)
      ).rows;
      expect(recorded).toEqual(
        readMigrations(database.dialect).map(({ version, name }) => ({ version, name })),
      );
      expect(await runMigrations(database)).toEqual([]);
    } finally {
      await database.close();
    }
    const reopened = await openDatabase(await testDatabase(path));
    try {
      expect(await runMigrations(reopened)).toEqual([]);
      expect(await recordedVersions(reopened)).toHaveLength(readMigrations(reopened.dialect).length);
    } finally {
      await reopened.close();
      await dropTestDatabase(path);
    }
  });

  it('are applied exactly once when several processes start on one database together', async () => {
    const path = join(dir, 'together.db');
    const target = await testDatabase(path);
    const instances = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase(target, { migrate: false })),
    );
    try {
      const applied = await Promise.all(instances.map((database) => runMigrations(database)));
      const all = readMigrations(instances[0].dialect).map((migration) => migration.version);
      // One instance applied everything; the others waited for it and found nothing left to do.
      expect(applied.flat().sort((a, b) => a - b)).toEqual(all);
      expect(applied.filter((versions) => versions.length > 0)).toHaveLength(1);
      expect(await recordedVersions(instances[0])).toEqual(all);
    } finally {
      await Promise.all(instances.map((database) => database.close()));
      await dropTestDatabase(path);
    }
  });

  it('roll back a failing migration as a whole', async () => {
    const path = join(dir, 'broken.db');
    const database = await openDatabase(await testDatabase(path), { migrate: false });
    try {
      const broken = [
        { version: 1, name: '001_ok.sql', sql: 'CREATE TABLE a (x INTEGER);' },
        {
          version: 2,
          name: '002_broken.sql',
          sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);',
        },
      ];
      await expect(runMigrations(database, broken)).rejects.toThrow(/nowhere/);
      const tables =
        database.dialect === 'sqlite'
          ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
          : sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
              WHERE table_schema = 'public' ORDER BY table_name`;
      expect((await tables.execute(database.db)).rows).toEqual([
        { name: 'a' },
        { name: 'schema_migrations' },
      ]);
      expect(await recordedVersions(database)).toEqual([1]);
    } finally {
      await database.close();
      await dropTestDatabase(path);
    }
  });

  it('take one portable file or one file per dialect for a version, and name the file that is missing', () => {
    const files = mkdtempSync(join(dir, 'files-'));
    writeFileSync(
      join(files, '001_init.sqlite.sql'),
      'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);',
    );
    writeFileSync(
      join(files, '001_init.postgres.sql'),
      'CREATE TABLE t (id INTEGER GENERATED BY DEFAULT AS IDENTITY);',
    );
    writeFileSync(join(files, '002_notes.sql'), 'CREATE TABLE notes (id TEXT PRIMARY KEY);');
    expect(readMigrations('sqlite', files).map((m) => m.name)).toEqual([
      '001_init.sqlite.sql',
      '002_notes.sql',
    ]);
    expect(readMigrations('postgres', files).map((m) => m.name)).toEqual([
      '001_init.postgres.sql',
      '002_notes.sql',
    ]);

    writeFileSync(join(files, '003_jobs.sqlite.sql'), 'CREATE TABLE jobs (id TEXT);');
    expect(() => readMigrations('postgres', files)).toThrow('add 003_jobs.postgres.sql');
    expect(readMigrations('sqlite', files)).toHaveLength(3);
    writeFileSync(join(files, '005_gap.sql'), 'SELECT 1;');
    expect(() => readMigrations('sqlite', files)).toThrow(/out of sequence: expected version 4/);
  });
});
