import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabase } from './helpers/testDatabase';
import { callApi, startTestServer } from './helpers/testServer';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'server', 'cli', 'user-add.ts');

function userAdd(database: string, args: string[], password: string) {
  const result = spawnSync(TSX, [CLI, ...args], {
    env: { ...process.env, STAC_WEB_DB: database, STAC_WEB_PASSWORD: password },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run user:add', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stac-web-useradd-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a user who can then sign in; refuses a duplicate and weak passwords', async () => {
    const dbPath = join(dir, 'users.db');
    // The same path in the PostgreSQL run names a database there: the CLI and the server then share it.
    const database = await testDatabase(dbPath);
    const created = userAdd(database, ['dora', '--name', 'Dora Field'], 'correct horse battery');
    expect(created.stderr).not.toContain('user:add:');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Created user "dora" (Dora Field)');

    const duplicate = userAdd(database, ['DORA', '--name', 'Other'], 'another good passphrase');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('already exists');

    for (const [password, reason] of [
      ['short', 'at least 10'],
      ['password123', 'too easy'],
      ['ernie-is-ernie-1', 'username'],
    ]) {
      const weak = userAdd(database, ['ernie', '--name', 'Ernie'], password);
      expect(weak.status, password).toBe(1);
      expect(weak.stderr).toContain(reason);
    }
    expect(userAdd(database, ['bad name!', '--name', 'X'], 'a fine passphrase here').stderr).toContain(
      'username',
    );

    const server = await startTestServer({ dbPath, demo: false }, dir);
    try {
      const login = await callApi(server.url, 'POST', '/auth/login', {
        body: { username: 'dora', password: 'correct horse battery' },
      });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ user: { username: 'dora', name: 'Dora Field' } });
      expect(
        (await callApi(server.url, 'POST', '/auth/login', { body: { username: 'ernie', password: 'short' } }))
          .status,
      ).toBe(401);
    } finally {
      await server.stop();
    }
  }, 240_000); // seven CLI starts through tsx; a ceiling for a loaded 2-core machine, a passing run takes no longer
});
