import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'stac-web.mjs');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stac-web-scan-'));
  mkdirSync(join(dir, 'stock-alerts'));
  writeFileSync(
    join(dir, 'stock-alerts', 'plugin.json'),
    JSON.stringify({
      id: 'stock-alerts',
      name: 'Stock alerts',
      version: '1.2.0',
      author: 'acme',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'Hi' },
    }),
  );
  writeFileSync(
    join(dir, 'typo.json'),
    JSON.stringify({ id: 'typo', name: 'Typo', author: 'acme', slot: 'dashboard_top', ui: { type: 'txet' } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stac-web scan <dir>', { timeout: 60_000 }, () => {
  it('prints what the server would register and every reason the rest is refused, exiting 1', async () => {
    const result = await run(['scan', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Would register 1 plugin:');
    expect(result.stdout).toMatch(
      /stock-alerts 1\.2\.0 by acme \(dashboard_top\) .*stock-alerts\/plugin\.json/,
    );
    expect(result.stdout).toContain('Refused 1:');
    expect(result.stdout).toMatch(/typo\.json: invalid_plugin: The plugin has 2 problems/);
    expect(result.stdout).toMatch(/version: No version; 1\.0\.0 is assumed\./);
    expect(result.stdout).toMatch(/ui\.type: .*txet/);
  });

  it('answers JSON with --json, and says what to do with a folder that is not there', async () => {
    const result = await run(['scan', dir, '--json']);
    const parsed = JSON.parse(result.stdout) as {
      register: Array<{ id: string }>;
      refused: Array<{ code: string }>;
    };
    expect(parsed.register.map((entry) => entry.id)).toEqual(['stock-alerts']);
    expect(parsed.refused.map((entry) => entry.code)).toEqual(['invalid_plugin']);
    const mistyped = await run(['scan', dir, '--jsno']);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain('unknown option --jsno for scan (it takes --json, --help)');
    const help = await run(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: stac-web scan <dir...> [--json]');
    const missing = await run(['scan', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a folder; name a folder of plugins/);
  });
});
