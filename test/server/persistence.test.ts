import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, readMigrations, runMigrations } from '../../server/index';
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
        body: { pluginId: 'reloj_digital', isActive: false },
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
        const db = new Database(second.dbPath, { readonly: true });
        expect((db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n).toBe(2);
        expect((db.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number }).n).toBe(8);
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        db.close();
      } finally {
        await second.stop(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('migrations', () => {
  it('apply once, are recorded, and running them again changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stac-web-migrate-'));
    try {
      const path = join(dir, 'm.db');
      const db = openDatabase(path);
      const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(recorded).toEqual(readMigrations().map(({ version, name }) => ({ version, name })));
      expect(runMigrations(db)).toEqual([]);
      db.close();
      const reopened = openDatabase(path);
      expect(runMigrations(reopened)).toEqual([]);
      expect(reopened.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
        n: readMigrations().length,
      });
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('roll back a failing migration as a whole', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: '001_ok.sql', sql: 'CREATE TABLE a (x INTEGER);' },
      {
        version: 2,
        name: '002_broken.sql',
        sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);',
      },
    ];
    expect(() => runMigrations(db, broken)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'a' }, { name: 'schema_migrations' }]);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    db.close();
  });
});
