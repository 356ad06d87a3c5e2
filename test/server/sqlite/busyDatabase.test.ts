import Database from 'better-sqlite3';
import { callApi, signInAlice, startTestServer } from '../helpers/testServer';

/**
 * SQLite only (the `node` project): another process that holds the file's write lock longer than the
 * server's 5 s busy timeout makes a write wait, then answer 503 with Retry-After, not a 500.
 */
describe('a SQLite file locked by another process', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, and works again once the lock is gone', async () => {
    const server = await startTestServer();
    try {
      const alice = await signInAlice(server.url);
      const other = new Database(server.dbPath);
      other.exec('BEGIN IMMEDIATE');
      let answer;
      try {
        answer = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
          token: alice,
          body: { pluginId: 'asset-tags', isActive: false },
        });
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({
        error: 'SERVICE_UNAVAILABLE',
        message: expect.stringMatching(/try again/),
      });
      expect(answer.headers.get('retry-after')).toBe('5');
      const again = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
        token: alice,
        body: { pluginId: 'asset-tags', isActive: false },
      });
      expect(again.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
