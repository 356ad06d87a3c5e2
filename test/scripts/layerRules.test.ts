/**
 * The static checks of `npm test` catch a broken layer rule and an import cycle: lint refuses an import the
 * architecture forbids or one that reaches past a folder's index.ts, and the cycle check fails on a cycle.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../fixtures/paths';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function lintImport(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules are lint errors', () => {
  it.each([
    [
      'src/actions/newAction.ts',
      "import { StacView } from '../renderer';\nexport const x = StacView;\n",
      'never imports the renderer',
    ],
    [
      'src/stac-schema/widgets/x.ts',
      "import { dispatch } from '../../actions';\nexport const x = dispatch;\n",
      'imports nothing of the project',
    ],
    [
      'src/renderer/widgets/x.ts',
      "import { createApiClient } from '../../api-client';\nexport const x = createApiClient;\n",
      'knows no HTTP',
    ],
    [
      'src/plugin-host/x.ts',
      "import { StacView } from '../renderer';\nexport const x = StacView;\n",
      'React-free',
    ],
    ['src/actions/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", 'React-free'],
    [
      'src/app/x.ts',
      "import { createMockApi } from '../../mocks/plugin-api';\nexport const x = createMockApi;\n",
      'never imports mocks/',
    ],
    [
      'mocks/plugin-api/x.ts',
      "import { ApiError } from '../../src/api-client/ApiError';\nexport const x = ApiError;\n",
      'through its index.ts',
    ],
    [
      'server/routes/x.ts',
      "import { StacView } from '../../src/renderer/index';\nexport const x = StacView;\n",
      'no React code',
    ],
  ])('%s: %s', async (file, code, because) => {
    const messages = await lintImport(file, code);
    expect(messages.join('\n')).toContain(because);
  });

  it.each([
    [
      'src/slots/x.ts',
      "import type { HostServices } from '../actions/types';\nexport type X = HostServices;\n",
    ],
    [
      'src/renderer/values/x.ts',
      "import { parseColor } from '../../stac-schema/values';\nexport const x = parseColor;\n",
    ],
    [
      'server/x.ts',
      "import { parseStacDocument } from '../src/stac-schema/parseStacDocument';\nexport const x = parseStacDocument;\n",
    ],
  ])('%s reaching past an index.ts is refused', async (file, code) => {
    const messages = await lintImport(file, code);
    expect(messages.join('\n')).toContain('through its index.ts');
  });

  it.each([
    ['src/slots/x.ts', "import type { HostServices } from '../actions';\nexport type X = HostServices;\n"],
    [
      'src/plugin-host/x.ts',
      "import { renderTemplate } from '../renderer/template';\nexport const x = renderTemplate;\n",
    ],
    [
      'server/x.ts',
      "import { parseStacDocument } from '../src/stac-schema/index';\nexport const x = parseStacDocument;\n",
    ],
    ['src/renderer/widgets/x.ts', "import { StacChild } from '../widgetApi';\nexport const x = StacChild;\n"],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await lintImport(file, code)).toEqual([]);
  });
});

describe('the import cycle check', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'stac-cycles-'));
    mkdirSync(path.join(folder, 'src'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function runCheck(): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/check-cycles.mjs')], {
        cwd: folder,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve({ code, output }));
    });
  }

  it('fails on a cycle, even one made of type imports, and names the files', async () => {
    writeFileSync(
      path.join(folder, 'src/a.ts'),
      "import type { B } from './b';\nexport type A = { b?: B };\n",
    );
    writeFileSync(
      path.join(folder, 'src/b.ts'),
      "import type { A } from './a';\nexport type B = { a?: A };\n",
    );
    const { code, output } = await runCheck();
    expect(code).toBe(1);
    expect(output).toMatch(/src\/a\.ts -> src\/b\.ts|src\/b\.ts -> src\/a\.ts/);
    expect(output).toContain('Break it by moving the shared piece');
  });

  it('passes a tree without cycles', async () => {
    writeFileSync(path.join(folder, 'src/a.ts'), "import { b } from './b';\nexport const a = b + 1;\n");
    writeFileSync(path.join(folder, 'src/b.ts'), 'export const b = 1;\n');
    expect((await runCheck()).code).toBe(0);
  });
});

describe('long functions are lint errors outside tests', () => {
  // 151 statements: one past the limit, counted without blank lines and comments.
  const longFunction = (lines: number) =>
    `export function doesEverything(): number {\n  let total = 0;\n${'  total += 1;\n\n  // why\n'.repeat(lines - 4)}  return total;\n}\n`;
  const lengthErrors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
    return result.messages.filter((m) => m.ruleId === 'max-lines-per-function').map((m) => m.message);
  };

  it.each(['src/marketplace/x.tsx', 'server/routes/x.ts', 'mocks/plugin-api/x.ts'])(
    '%s: a function over 150 lines is refused, one of 150 passes',
    async (file) => {
      expect((await lengthErrors(file, longFunction(151))).join('\n')).toContain(
        "Function 'doesEverything' has too many lines (151). Maximum allowed is 150.",
      );
      expect(await lengthErrors(file, longFunction(150))).toEqual([]);
    },
  );

  it('leaves test files alone: their describe callback holds every case', async () => {
    expect(await lengthErrors('test/server/x.test.ts', longFunction(400))).toEqual([]);
  });
});
