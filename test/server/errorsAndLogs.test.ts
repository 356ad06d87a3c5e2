import { sql } from 'kysely';
import type { LogEntry } from '../../server/index';
import { callApi, signInAlice, startTestServer } from './helpers/testServer';

describe('errors and request logs', () => {
  it('logs one JSON entry per request without query strings, and hides internal errors from clients', async () => {
    const entries: LogEntry[] = [];
    const server = await startTestServer({ log: (entry) => entries.push(entry) });
    try {
      const alice = await signInAlice(server.url);
      await callApi(
        server.url,
        'GET',
        `/plugins/preview-stac?url=${encodeURIComponent('/plugins/prueba.json')}`,
        { token: alice },
      );
      const requests = entries.filter((entry) => entry.msg === 'request');
      expect(requests).toEqual([
        expect.objectContaining({ method: 'POST', path: '/api/v1/auth/login', status: 200 }),
        expect.objectContaining({
          method: 'GET',
          path: '/api/v1/plugins/preview-stac',
          status: 200,
          user: 'alice',
        }),
      ]);
      expect(JSON.stringify(entries)).not.toContain('prueba.json');
      expect(JSON.stringify(entries)).not.toContain('alice-demo');

      // Break the database under the running server: the client sees a stable code, the log sees the cause.
      await sql`DROP TABLE assets`.execute(server.db);
      const broken = await callApi<{ message: string; error: string }>(server.url, 'GET', '/assets', {
        token: alice,
      });
      expect(broken.status).toBe(500);
      expect(broken.body).toEqual({ success: false, error: 'INTERNAL_ERROR', message: expect.any(String) });
      expect(JSON.stringify(broken.body)).not.toMatch(/assets|sqlite|stack|\.ts:/i);
      const logged = entries.find((entry) => entry.msg === 'unhandled error');
      // SQLite: no such table: assets; PostgreSQL: relation "assets" does not exist.
      expect(String(logged?.error)).toMatch(/no such table|does not exist/);
      // The seed names what a catalog file breaks, not only how many issues it has.
      expect(entries).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          file: 'permission-demo.json',
          issues: [expect.stringMatching(/^ui\.children\[1\]\.data: .*does not declare "user:read"/)],
        }),
      );
    } finally {
      await server.stop();
    }
  }, 30_000);
});
