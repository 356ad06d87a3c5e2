import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, CORPUS_DIR } from '../fixtures/paths';

const BIN = path.join(REPO_ROOT, 'bin/stac-web.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin as a child process, as a user would. */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO_ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return target;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stac-web-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('stac-web CLI (bin/stac-web.mjs)', { timeout: 60_000 }, () => {
  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stac-web validate <file...> [--strict] [--json]');
    expect(result.stdout).toContain('stac-web render <file> [--context ctx.json]');
  });

  it('validates the real Invenicum plugins and exits 0', async () => {
    const files = ['otro_mas.json', 'quien_soy.json', 'reloj_digital.json'].map((f) =>
      path.join(CORPUS_DIR, 'invenicum', f),
    );
    const result = await run(['validate', ...files]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reloj_digital.json: valid plugin');
    expect(result.stdout).toContain('quien_soy.json: warning invalid_plugin at version');
    expect(result.stdout).toContain('3 files checked (lenient): 0 errors, 2 warnings');
  });

  it('prints each issue with its JSON path and hint, and exits 1 on errors', async () => {
    const bad = file('bad-plugin.json', {
      id: 'bad',
      name: 'Bad',
      version: '1.0.0',
      slot: 'dashboard_top',
      ui: {
        type: 'column',
        children: [
          { type: 'txet', data: 'x' },
          { type: 'sizedBox' },
          { type: 'text', data: 'x', style: { fontSize: 'big' } },
        ],
      },
    });
    const result = await run(['validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error invalid_value at ui.children[2].style.fontSize: expected a number',
    );
    expect(result.stdout).toContain('warning unknown_widget at ui.children[0].type');
    expect(result.stdout).toContain('(did you mean "text"?)');
  });

  it('prints machine-readable issues with --json', async () => {
    const bare = file('bare.json', { type: 'row', mainAxisAlignment: 'spaceBetwen', children: [] });
    const result = await run(['validate', '--json', bare]);
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(issues).toEqual([
      {
        file: bare,
        code: 'invalid_value',
        severity: 'error',
        path: '$.mainAxisAlignment',
        message: expect.stringContaining('got "spaceBetwen"'),
        hint: 'did you mean "spaceBetween"?',
      },
    ]);
  });

  it('makes unknown widgets errors with --strict', async () => {
    const custom = file('custom.json', {
      type: 'center',
      child: { type: 'exampleScreen', assetPath: 'a.json' },
    });
    const lenient = await run(['validate', custom]);
    expect(lenient.code).toBe(0);
    const strict = await run(['validate', '--strict', '--json', custom]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toEqual([
      expect.objectContaining({ code: 'unknown_widget', severity: 'error' }),
    ]);
  });

  it('explains missing files and bad JSON (with line and column)', async () => {
    const broken = file('broken.json', '{\n  "type": "text",\n  "data": "x"\n  "style": {}\n}');
    const result = await run(['validate', path.join(dir, 'nope.json'), broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('file not found');
    expect(result.stderr).toMatch(
      /broken\.json: error invalid_json: the text is not valid JSON at line 4, column \d+/,
    );
  });

  it('refuses wrong usage with exit code 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const noFiles = await run(['validate']);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain('validate needs at least one file');
  });

  it('renders a plugin to HTML with templates bound from --context', async () => {
    const plugin = file('hello.json', {
      id: 'hello',
      name: 'Hello',
      version: '1.0.0',
      slot: 'asset_detail',
      ui: {
        type: 'column',
        children: [
          { type: 'text', data: 'Asset: <<asset.name>>' },
          { type: 'text', data: 'by {{plugin.name}}' },
        ],
      },
    });
    const context = file('ctx.json', { asset: { name: 'Cordless drill' } });
    const result = await run(['render', plugin, '--context', context]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Asset: Cordless drill');
    expect(result.stdout).toContain('by Hello');
    expect(result.stdout).not.toContain('<<asset.name>>');
    // A file that stands alone: the shared stylesheet comes with it, once, before the view.
    expect(result.stdout.match(/<style data-precedence="stac"/g)).toHaveLength(1);
    expect(result.stdout.indexOf('<style')).toBeLessThan(result.stdout.indexOf('class="stac-view"'));
  });

  it('reports each problem of a rendered document once, with its path and hint', async () => {
    const doc = file('bad.json', {
      type: 'column',
      children: [
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Go' },
          onPressed: { actionType: 'navigate', routeName: 5 },
        },
        { type: 'txet', data: 'x' },
      ],
    });
    const result = await run(['render', doc]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Go');
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('$.children[0].onPressed.routeName'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('txet'))).toHaveLength(1);
    expect(result.stderr).toContain('did you mean "text"?');
  });

  it('renders a real market plugin and reports render problems on stderr', async () => {
    const result = await run(['render', path.join(CORPUS_DIR, 'invenicum/reloj_digital.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('12:00');
    const missing = await run(['render', path.join(dir, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('file not found');
  });
});

describe('stac-web render: what is drawn, and when nothing can be', { timeout: 60_000 }, () => {
  it('exits 1 saying so when the root widget is unknown, instead of printing an empty view', async () => {
    const result = await run(['render', file('unknown-root.json', { type: 'txet', data: 'Hello' })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('did you mean "text"?');
    expect(result.stderr).toMatch(
      /root_cannot_render at \$: the root widget cannot render, so the page would be empty/,
    );
  });

  it('exits 1 when the root widget is invalid (a text without data), naming the missing property', async () => {
    const result = await run(['render', file('no-data.json', { type: 'text' })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing_required at $.data');
    expect(result.stderr).toContain('root_cannot_render');
  });

  it('still renders when only a child is unknown (the rest of the page shows)', async () => {
    const doc = file('bad-child.json', {
      type: 'column',
      children: [{ type: 'text', data: 'Visible' }, { type: 'txet' }],
    });
    const result = await run(['render', doc]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Visible');
  });

  it("renders a top-level list of widgets as a list, as the Stac gallery's home screen shows it", async () => {
    const result = await run(['render', path.join(CORPUS_DIR, 'stac/gallery__home_screen.json')]);
    expect(result.code).toBe(0);
    for (const title of ['Stac Appbar', 'Stac AutoComplete', 'Stac Variable'])
      expect(result.stdout).toContain(title);
    // Problems are reported at the file's own paths ($[0]...), not at the list the CLI wraps them in.
    expect(result.stderr).toContain('$[0].onTap.widgetJson.type');
    expect(result.stderr).not.toContain('$.children');
  });

  it('exits 1 for a list none of whose widgets can render, and for an empty list', async () => {
    expect((await run(['render', file('bad-list.json', [{ type: 'txet' }, { type: 'text' }])])).code).toBe(1);
    const empty = await run(['render', file('empty-list.json', [])]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('the list is empty');
  });

  it('refuses a Stac theme file with a message that says what to render instead', async () => {
    const result = await run(['render', path.join(CORPUS_DIR, 'stac/gallery__example_dark_theme.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not_renderable');
    expect(result.stderr).toContain('Render a document or plugin file');
  });

  it('works from any folder, not only from the checkout (the JSX runtime comes from the project)', async () => {
    const result = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [BIN, 'render', path.join(REPO_ROOT, 'examples/plugin.json')],
        { cwd: dir, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).not.toContain('React is not defined');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stock of');
  });
});

describe("the README's CLI examples, run as written from the repository root", { timeout: 120_000 }, () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const cliSection = readme.split('## CLI')[1]?.split('```sh')[1]?.split('```')[0] ?? '';
  const commands = cliSection
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx stac-web'));

  it('lists the examples', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(commands)('%s', async (command) => {
    // The shell expands globs and redirections as a user's would; `npx stac-web` is the bin of this checkout.
    const out = mkdtempSync(path.join(tmpdir(), 'stac-web-readme-'));
    try {
      const shellCommand = command.replace(/^npx stac-web/, `"${process.execPath}" "${BIN}"`);
      const result = await new Promise<Run>((resolve) => {
        execFile(
          '/bin/sh',
          ['-c', `cd "${REPO_ROOT}" && ${shellCommand.replace(/> (\S+)/, `> "${out}/$1"`)}`],
          { timeout: 60_000 },
          (error, stdout, stderr) =>
            resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(result.code, result.stderr).toBe(0);
      const target = /> (\S+)/.exec(command)?.[1];
      if (target) expect(readFileSync(path.join(out, target), 'utf8')).toContain('stac-view');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
