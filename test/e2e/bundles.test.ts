import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, ROOT } from './harness';

// Static half of "no eval in the browser": every place a built bundle could reach eval or the Function
// constructor. The dynamic half is the CSP violation check of every end-to-end test.

/** Sites that exist in zod's code but are unreachable with `z.config({ jitless: true })`. */
const GUARDED_SITES: Array<{ name: string; pattern: RegExp }> = [
  // The one-time probe returns false before calling Function when jitless is on.
  {
    name: "zod's eval probe",
    pattern: /\.jitless\s*\|\|[^;]{0,120};\s*try\s*\{\s*return Function\(\s*(?:``|""|'')\s*\)/g,
  },
  // Doc.compile runs only on the jit path, which needs the probe to have said yes.
  { name: "zod's validator compiler", pattern: /compile\(\)\s*\{\s*let \w+\s*=\s*Function\s*,/g },
];
/** eval(, Function( called or constructed, or the constructor copied into a variable. */
const EVAL_REACH = /(?<![\w$.])(?:eval\(|(?:new )?Function\(|=\s*Function[,;)])/g;

function bundles(): Array<{ file: string; text: string }> {
  const dirs = [join(ROOT, 'dist', 'assets'), join(ROOT, 'dist', 'embed')];
  return dirs.flatMap((dir) =>
    // The embed's chunks (loaded on demand) sit in embed/chunks/.
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({
        file: `${dir.slice(ROOT.length + 1)}/${name}`,
        text: readFileSync(join(dir, name), 'utf8'),
      })),
  );
}

describe('built browser bundles', () => {
  beforeAll(() => buildOnce());

  it('reach eval or the Function constructor nowhere but zod sites that jitless switches off', () => {
    const unexpected: string[] = [];
    for (const { file, text } of bundles()) {
      const guarded = new Set<number>();
      for (const site of GUARDED_SITES) {
        for (const match of text.matchAll(site.pattern)) {
          const at = match.index + match[0].indexOf('Function');
          guarded.add(at);
        }
      }
      for (const match of text.matchAll(EVAL_REACH)) {
        const at = match.index + Math.max(0, match[0].indexOf('Function'));
        if (!guarded.has(at))
          unexpected.push(`${file}: …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
