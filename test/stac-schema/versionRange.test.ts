import fc from 'fast-check';
import semver from 'semver';
import { isValidRange, rangeIncludes } from '../../src/stac-schema/versionRange';

// What npm (the `semver` package) says, with the options the manifest uses.
const npmValid = (range: string) => semver.validRange(range) !== null;
const npmIncludes = (range: string, version: string) =>
  semver.satisfies(version, range, { includePrerelease: true });

const number = fc.oneof(fc.constantFrom('0', '1', '2', '3', '10'), fc.nat({ max: 40 }).map(String));
const wild = fc.constantFrom('x', 'X', '*');
const part = fc.oneof({ weight: 4, arbitrary: number }, { weight: 1, arbitrary: wild });
const preId = fc.constantFrom('alpha', 'beta', 'rc', '0', '1', '2', 'alpha-1', '1a');
const pre = fc.array(preId, { minLength: 1, maxLength: 3 }).map((ids) => `-${ids.join('.')}`);
const build = fc.constantFrom('', '', '+build.5', '+001');
const prefix = fc.constantFrom('', '', '', 'v', '=', 'v=', '=v', '==');
const partial = fc
  .tuple(prefix, part, fc.option(part), fc.option(part), fc.option(pre), build)
  .map(([p, major, minor, patch, pr, b]) => {
    let text = `${p}${major}`;
    if (minor !== null) {
      text += `.${minor}`;
      if (patch !== null) text += `.${patch}${pr ?? ''}${b}`;
    }
    return text;
  });
const space = fc.constantFrom('', ' ', ' ', '  ', '\t');
const operator = fc.constantFrom('', '', '^', '~', '~>', '<', '<=', '>', '>=', '=');
const comparator = fc
  .tuple(operator, space, partial)
  .map(([op, gap, version]) => (op === '' ? version : `${op}${gap}${version}`));
const set = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(comparator, { minLength: 1, maxLength: 3 }).map((list) => list.join(' ')),
  },
  { weight: 1, arbitrary: fc.tuple(partial, partial).map(([from, to]) => `${from} - ${to}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '*', 'x') },
);
const rangeText = fc
  .array(set, { minLength: 1, maxLength: 3 })
  .chain((sets) => space.map((gap) => sets.join(`${gap}||${gap}`)));
const versionText = fc
  .tuple(number, number, number, fc.option(pre))
  .map(([major, minor, patch, pr]) => `${major}.${minor}.${patch}${pr ?? ''}`);

describe('version ranges (the rules of npm, without the semver package in the browser)', () => {
  it('reads the ranges authors write', () => {
    expect(rangeIncludes('^1.2.0', '1.9.4')).toBe(true);
    expect(rangeIncludes('^1.2.0', '2.0.0')).toBe(false);
    expect(rangeIncludes('^0.2.3', '0.3.0')).toBe(false);
    expect(rangeIncludes('~1.4', '1.4.9')).toBe(true);
    expect(rangeIncludes('~1.4', '1.5.0')).toBe(false);
    expect(rangeIncludes('>=1.0.0 <3', '2.99.0')).toBe(true);
    expect(rangeIncludes('>=1.0.0 <3', '3.0.0')).toBe(false);
    expect(rangeIncludes('1.x || 2.1.0 - 2.3', '2.3.7')).toBe(true);
    expect(rangeIncludes('1.x || 2.1.0 - 2.3', '2.4.0')).toBe(false);
    expect(rangeIncludes('*', '0.0.1')).toBe(true);
  });

  it('includes pre-releases inside a range, as an author who names one means it', () => {
    expect(rangeIncludes('>=2.0.0-alpha', '2.0.0-beta.1')).toBe(true);
    expect(rangeIncludes('^2.0.0', '2.0.0-rc.1')).toBe(false);
    expect(rangeIncludes('^2.0.0', '2.1.0-rc.1')).toBe(true);
    expect(rangeIncludes('2.x', '2.0.0-rc.1')).toBe(true);
    expect(rangeIncludes('<3', '3.0.0-rc.1')).toBe(false);
  });

  it('refuses what is not a range, and versions that are not versions', () => {
    for (const text of [
      'abc',
      '>=',
      '1.2.3 -',
      '01.2.3',
      '1.x.3',
      '>=1.2.3<2',
      '^1 ^',
      'v=1.2.3',
      '1.2.3.4',
    ]) {
      expect(isValidRange(text), text).toBe(false);
      expect(npmValid(text), text).toBe(false);
    }
    expect(rangeIncludes('^1.0.0', 'nope')).toBe(false);
    expect(rangeIncludes('nope', '1.0.0')).toBe(false);
  });

  it('accepts exactly the ranges npm accepts', () => {
    fc.assert(
      fc.property(rangeText, (range) => {
        expect(isValidRange(range), range).toBe(npmValid(range));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly what npm accepts of any mix of range characters, however odd', () => {
    const piece = fc.constantFrom(
      ...['0', '1', '2', '.', 'x', '*', '-', ' ', '  ', '|', '||', '^', '~', '~>', '>', '<', '=', '>=', '<='],
      ...['v', '+b', '+1', ' - ', 'a', '\t'],
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const range = pieces.join('');
        expect(isValidRange(range), JSON.stringify(range)).toBe(npmValid(range));
      }),
      { numRuns: 5000 },
    );
  });

  it('includes exactly the versions npm includes', () => {
    fc.assert(
      fc.property(rangeText, fc.array(versionText, { minLength: 1, maxLength: 6 }), (range, versions) => {
        fc.pre(npmValid(range));
        for (const version of versions) {
          expect(rangeIncludes(range, version), `${version} in ${range}`).toBe(npmIncludes(range, version));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with npm on versions next to the range bounds', () => {
    fc.assert(
      fc.property(rangeText, (range) => {
        fc.pre(npmValid(range));
        const bounds = semver
          .validRange(range)!
          .split(/\s+|\|\|/)
          .map((comparator) => comparator.replace(/^[<>=]+/, ''))
          .filter((version) => semver.valid(version));
        for (const bound of bounds) {
          const near = [bound, semver.inc(bound, 'patch')!, semver.inc(bound, 'prerelease', 'rc')!];
          for (const version of near) {
            expect(rangeIncludes(range, version), `${version} in ${range}`).toBe(npmIncludes(range, version));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
