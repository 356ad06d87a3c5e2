import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('no template becomes code', () => {
  it('src/ never calls Handlebars.compile, new Function( or eval(', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of [
        /Handlebars\.(compile|precompile|template)\b/,
        /new\s+Function\s*\(/,
        /(^|[^.\w])eval\s*\(/,
      ]) {
        if (pattern.test(text)) offenders.push(`${relative(root, file)}: ${pattern}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('src/ imports nothing of handlebars: templates are read by our own parser, and no bundle ships it', () => {
    const offenders = sourceFiles(join(root, 'src')).filter((file) =>
      /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]handlebars[/'"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
