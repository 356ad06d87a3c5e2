/**
 * The CLI's argument reading (node:util parseArgs) in-process: what a user sees for a mistyped flag, a flag
 * without its value, --help after a command, `--name=value` and `--`. The spawned bin is covered by
 * stacWebCli.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, USAGE } from '../../src/cli';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stac-web-args-'));
  writeFileSync(path.join(dir, 'hello.json'), JSON.stringify({ type: 'text', data: 'Hi {{asset.name}}' }));
  writeFileSync(path.join(dir, 'ctx.json'), JSON.stringify({ asset: { name: 'Drill' } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stac-web arguments', () => {
  it('names a mistyped flag and the flags the command takes, with exit code 2', async () => {
    const result = await cli('validate', 'a.json', '--strcit');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'unknown option --strcit for validate (it takes --strict, --json, --help)',
    );
    expect(result.stderr).toContain('Run "stac-web --help" for usage.');
    const render = await cli('render', 'a.json', '--strict');
    expect(render.stderr).toContain(
      'unknown option --strict for render (it takes --context, --theme, --mode',
    );
  });

  it('says a flag needs a value, also when the next word is another flag', async () => {
    const last = await cli('render', 'a.json', '--context');
    expect(last.code).toBe(2);
    expect(last.stderr).toContain('--context needs a value');
    const followed = await cli('render', 'a.json', '--context', '--theme', 'dark');
    expect(followed.code).toBe(2);
    expect(followed.stderr).toContain('--context needs a value');
  });

  it('refuses a value on a switch', async () => {
    const result = await cli('validate', '--strict=yes', 'a.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--strict takes no value');
  });

  it('prints the usage for --help or -h after a command, with exit code 0', async () => {
    for (const args of [['render', '--help'], ['validate', 'a.json', '-h'], ['--help']]) {
      const result = await cli(...args);
      expect(result).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    }
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe(USAGE);
  });

  it('reads --name=value and --name value alike', async () => {
    const inline = await cli(
      'render',
      path.join(dir, 'hello.json'),
      `--context=${path.join(dir, 'ctx.json')}`,
    );
    const spaced = await cli('render', '--context', path.join(dir, 'ctx.json'), path.join(dir, 'hello.json'));
    expect(inline.code).toBe(0);
    expect(inline.stdout).toContain('Hi Drill');
    expect(spaced.stdout).toBe(inline.stdout);
  });

  it('checks the values of --theme and --mode', async () => {
    const theme = await cli('render', path.join(dir, 'hello.json'), '--theme=blue');
    expect(theme.code).toBe(2);
    expect(theme.stderr).toContain('--theme is light or dark');
    const mode = await cli('render', path.join(dir, 'hello.json'), '--mode', 'draft');
    expect(mode.stderr).toContain('--mode is production or preview');
  });

  it('takes everything after -- as files, even names that start with dashes', async () => {
    const result = await cli('validate', '--', '--not-a-flag.json');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('unknown option');
    expect(result.stderr).toContain('--not-a-flag.json');
  });

  it('names the commands when the command is unknown', async () => {
    const result = await cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate" (use validate, render or scan)');
  });
});
