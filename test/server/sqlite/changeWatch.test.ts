/**
 * SQLite only (the `node` project): the change watch (server/database/changeWatch.ts) lets kept sessions and
 * installed lists skip their queries while nothing was written. It must see every write: this connection's,
 * another connection's on the same file, and never look from inside a transaction or an open stream.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase, type StacDatabase } from '../../../server/database';
import { createSessionStore } from '../../../server/store/sessionStore';
import { callApi, signInAlice, startTestServer } from '../helpers/testServer';

let dir: string;
let database: StacDatabase;
let other: Database.Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stac-web-watch-'));
  database = await openDatabase(join(dir, 'watch.db'));
  await sql`INSERT INTO users (username, display_name, password_hash, created_at) VALUES ('alice', 'Alice', 'x', '2026-01-01T00:00:00.000Z')`.execute(
    database.db,
  );
  other = new Database(join(dir, 'watch.db'));
  other.pragma('busy_timeout = 5000');
});

afterEach(async () => {
  other.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite change watch', () => {
  it('stays the same while nothing is written, and moves on every write of this or another connection', async () => {
    const { changes, db } = database;
    const first = changes.generation();
    expect(first).toBeTypeOf('number');
    await sql`SELECT * FROM users`.execute(db);
    expect(changes.generation()).toBe(first);

    await sql`UPDATE users SET display_name = 'Alice A.'`.execute(db);
    const afterOwn = changes.generation();
    expect(afterOwn).not.toBe(first);
    expect(changes.generation()).toBe(afterOwn);

    other.prepare("UPDATE users SET display_name = 'Alice B.'").run();
    const afterOther = changes.generation();
    expect(afterOther).not.toBe(afterOwn);
    expect(changes.generation()).toBe(afterOther);

    other.prepare("DELETE FROM users WHERE username = 'alice'").run();
    expect(changes.generation()).not.toBe(afterOther);
  });

  it('cannot tell inside a transaction or while a streamed query holds the connection', async () => {
    const { changes, db } = database;
    await db.transaction().execute(async (trx) => {
      await sql`UPDATE users SET display_name = 'not yet committed'`.execute(trx);
      expect(changes.generation()).toBeUndefined();
    });
    for await (const row of db.selectFrom('users').select('username').stream()) {
      expect(row.username).toBe('alice');
      expect(changes.generation()).toBeUndefined();
    }
    expect(changes.generation()).toBeTypeOf('number');
  });
});

describe('a session kept while nothing changes', () => {
  async function aliceSession(ttlMs: number) {
    const sessions = createSessionStore(database.db, database.changes);
    const [{ id }] = (await sql<{ id: number }>`SELECT id FROM users`.execute(database.db)).rows;
    const { token, expiresAt } = await sessions.issue(id, ttlMs);
    return { sessions, token, expiresAt };
  }

  it('ends when another connection deletes it or renames its user, on the very next look', async () => {
    const { sessions, token } = await aliceSession(60_000);
    expect((await sessions.resolveUser(token))?.user.name).toBe('Alice');
    expect((await sessions.resolveUser(token))?.user.name).toBe('Alice');
    other.prepare("UPDATE users SET display_name = 'Alice Renamed'").run();
    expect((await sessions.resolveUser(token))?.user.name).toBe('Alice Renamed');
    other.prepare('DELETE FROM sessions').run();
    expect(await sessions.resolveUser(token)).toBeUndefined();
  });

  it('ends at its expiry although nothing was written', async () => {
    const { sessions, token, expiresAt } = await aliceSession(60_000);
    const before = new Date(Date.parse(expiresAt) - 1_000);
    expect((await sessions.resolveUser(token, before))?.user.username).toBe('alice');
    const generation = database.changes.generation();
    expect(await sessions.resolveUser(token, new Date(Date.parse(expiresAt) + 1))).toBeUndefined();
    expect(database.changes.generation()).toBe(generation);
  });
});

describe('a running server while another connection writes to its file', () => {
  it('shows the write in the very next answer: installed list, user and session', async () => {
    const server = await startTestServer();
    const writer = new Database(server.dbPath);
    writer.pragma('busy_timeout = 5000');
    try {
      const alice = await signInAlice(server.url);
      const list = async () => {
        const answer = await callApi<Array<{ id: string; isActive: boolean }>>(
          server.url,
          'GET',
          '/plugins/installed',
          { token: alice },
        );
        expect(answer.status).toBe(200);
        return answer.body.find((plugin) => plugin.id === 'asset-tags')?.isActive;
      };
      expect(await list()).toBe(true);
      expect(await list()).toBe(true); // kept, and checked against the watch only
      writer.prepare("UPDATE installs SET is_active = 0 WHERE plugin_id = 'asset-tags'").run();
      expect(await list()).toBe(false);

      const me = () => callApi<{ user: { name: string } }>(server.url, 'GET', '/auth/me', { token: alice });
      expect((await me()).body.user.name).toBe('Alice Moreau');
      writer.prepare("UPDATE users SET display_name = 'Alice M.' WHERE username = 'alice'").run();
      expect((await me()).body.user.name).toBe('Alice M.');
      writer.prepare('DELETE FROM sessions').run();
      expect((await me()).status).toBe(401);
      expect((await callApi(server.url, 'GET', '/plugins/installed', { token: alice })).status).toBe(401);
    } finally {
      writer.close();
      await server.stop();
    }
  });

  it('answers a request that arrives during a transaction after it, with what it committed', async () => {
    const server = await startTestServer();
    try {
      const alice = await signInAlice(server.url);
      const isActive = async (response: Response) => {
        const list = (await response.json()) as Array<{ id: string; isActive: boolean }>;
        return list.find((plugin) => plugin.id === 'asset-tags')?.isActive;
      };
      const ask = () =>
        server.server.app.fetch(
          new Request('http://127.0.0.1/api/v1/plugins/installed', {
            headers: { authorization: `Bearer ${alice}` },
          }),
        );
      expect(await isActive(await ask())).toBe(true);
      expect(await isActive(await ask())).toBe(true); // kept now
      let commit!: () => void;
      const committing = new Promise<void>((resolve) => (commit = resolve));
      const transaction = server.db.transaction().execute(async (trx) => {
        await sql`UPDATE installs SET is_active = 0 WHERE plugin_id = 'asset-tags'`.execute(trx);
        await committing;
      });
      await vi.waitFor(() => expect(server.server.database.changes.generation()).toBeUndefined());
      const during = ask();
      expect(during).toBeInstanceOf(Promise); // not from memory: it waits for the connection
      commit();
      await transaction;
      expect(await isActive(await during)).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
