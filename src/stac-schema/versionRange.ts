/**
 * Version ranges as npm writes them (`^1.2.0`, `~1.4`, `>=1.0.0 <3`, `1.x || 2.1.0 - 2.3`), read by the rules
 * of the `semver` package (non-loose, pre-releases included) but without it: the manifest is validated in
 * every browser bundle, and the package weighed 4 to 5 KB gzip of the embed and of the first page for two
 * calls. The server and the marketplace, which compare versions, keep `semver`; test/stac-schema/versionRange
 * checks this file against it range by range.
 *
 * A range is alternatives (`||`) of comparator sets; a version satisfies the range when it satisfies every
 * comparator of one alternative. Shorthands become plain comparators first, lower bounds of a shorthand at
 * `-0` (the lowest pre-release) so that a pre-release inside the range is in it.
 */

interface Version {
  main: [number, number, number];
  pre: (string | number)[];
}

type Operator = '<' | '<=' | '>' | '>=' | '=';
interface Comparator {
  op: Operator;
  version: Version;
}
/** An alternative: every comparator must hold; an empty list holds for every version. */
type ComparatorSet = Comparator[];

const NUMBER = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUMBER}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const PRE = `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))`;
const PART = `${NUMBER}|[xX*]`;
/** A partial version with wildcards (`1`, `1.x`, `1.2.*`, `1.2.3-beta`) after any `v` and `=` characters. */
const PARTIAL = `([v=]*)(${PART})(?:\\.(${PART})(?:\\.(${PART})${PRE}?)?)?`;
const SHORTHAND = new RegExp(`^(\\^|~>?|(?:<|>)?=?)${PARTIAL}$`);
// The sides of a hyphen range may have spaces among their `v` and `=` characters (`1 - = 2`).
const SIDE = PARTIAL.replace('[v=]*', '[v=\\s]*');
const HYPHEN = new RegExp(`^\\s?${SIDE} - ${SIDE}\\s?$`);
const EXACT = new RegExp(`^((?:<|>)?=?)v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})${PRE}?$`);
const BUILD = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*/g;

const isWild = (part: string | undefined) =>
  part === undefined || part === 'x' || part === 'X' || part === '*';

function toNumber(part: string): number | null {
  const value = Number(part);
  return Number.isSafeInteger(value) ? value : null;
}

function parsePre(text: string | undefined): Version['pre'] {
  if (!text) return [];
  return text.split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}

const at = (major: number, minor: number, patch: number, pre: Version['pre'] = []): Version => ({
  main: [major, minor, patch],
  pre,
});
/** The lowest version of a release line: `1.2.0-0` comes before every `1.2.0-…`. */
const floor = (major: number, minor: number, patch: number) => at(major, minor, patch, [0]);
const NOTHING: ComparatorSet = [{ op: '<', version: floor(0, 0, 0) }];

interface Partial {
  prefix: string;
  parts: [string, string | undefined, string | undefined];
  pre: string | undefined;
}

function partialOf(match: RegExpMatchArray, from: number): Partial {
  return {
    prefix: match[from],
    parts: [match[from + 1], match[from + 2], match[from + 3]],
    pre: match[from + 4],
  };
}

/** Wildcards may only follow wildcards: `1.x.3` and `x.1` name no version. */
function wildcardsInOrder([major, minor, patch]: Partial['parts']): boolean {
  if (isWild(major) && !isWild(minor)) return false;
  return !(isWild(minor) && patch !== undefined && !isWild(patch));
}

/** The numbers of a partial (wildcards as 0), or null when one is too large to compare exactly. */
function numbersOf(parts: Partial['parts']): [number, number, number] | null {
  const numbers = parts.map((part) => (isWild(part) ? 0 : toNumber(part as string)));
  return numbers.every((value) => value !== null) ? (numbers as [number, number, number]) : null;
}

/** An exact version may carry one `v`; a hyphen side may also have one space before it (`1 -  v2`). */
const plainPrefix = (prefix: string) => /^\s?v?$/.test(prefix);

/** A comparator on one exact version, which may carry one `v` (and the operator's `=`), nothing else. */
function exact(op: string, partial: Partial, pre: string | undefined): ComparatorSet | null {
  if (!plainPrefix(partial.prefix)) return null;
  const numbers = numbersOf(partial.parts);
  if (!numbers) return null;
  return [{ op: (op === '' ? '=' : op) as Operator, version: at(...numbers, parsePre(pre)) }];
}

function caret(partial: Partial): ComparatorSet | null {
  const [majorText, minorText, patchText] = partial.parts;
  if (isWild(majorText)) return [];
  const numbers = numbersOf(partial.parts);
  if (!numbers) return null;
  const [major, minor, patch] = numbers;
  const nextMajor = floor(major + 1, 0, 0);
  if (isWild(minorText)) return range(floor(major, 0, 0), nextMajor);
  if (isWild(patchText))
    return range(floor(major, minor, 0), major === 0 ? floor(0, minor + 1, 0) : nextMajor);
  const lower = at(major, minor, patch, parsePre(partial.pre));
  if (major !== 0) return range(lower, nextMajor);
  return range(lower, minor === 0 ? floor(0, 0, patch + 1) : floor(0, minor + 1, 0));
}

function tilde(partial: Partial): ComparatorSet | null {
  const [majorText, minorText, patchText] = partial.parts;
  if (isWild(majorText)) return [];
  const numbers = numbersOf(partial.parts);
  if (!numbers) return null;
  const [major, minor, patch] = numbers;
  if (isWild(minorText)) return range(floor(major, 0, 0), floor(major + 1, 0, 0));
  if (isWild(patchText)) return range(floor(major, minor, 0), floor(major, minor + 1, 0));
  return range(at(major, minor, patch, parsePre(partial.pre)), floor(major, minor + 1, 0));
}

/** `1.x`, `>1.2`, `<=2.x`, `*`: a partial version with or without an operator. */
function wildcard(op: string, partial: Partial): ComparatorSet | null {
  const [majorText, minorText, patchText] = partial.parts;
  const wildMinor = isWild(minorText);
  if (!isWild(patchText) && !wildMinor) return exact(op, partial, partial.pre);
  if (isWild(majorText)) return op === '<' || op === '>' ? NOTHING : [];
  const numbers = numbersOf(partial.parts);
  if (!numbers) return null;
  const [major, minor] = numbers;
  const next = wildMinor ? floor(major + 1, 0, 0) : floor(major, minor + 1, 0);
  const first = wildMinor ? floor(major, 0, 0) : floor(major, minor, 0);
  switch (op) {
    case '>':
      return [{ op: '>=', version: next }];
    case '<=':
      return [{ op: '<', version: next }];
    case '>=':
    case '<':
      return [{ op, version: first }];
    default:
      return range(first, next);
  }
}

function range(from: Version, below: Version): ComparatorSet {
  return [
    { op: '>=', version: from },
    { op: '<', version: below },
  ];
}

/** `1.2 - 2.3.4`: from the first version of the left side to the last of the right side. */
function hyphen(left: Partial, right: Partial): ComparatorSet | null {
  const lower = hyphenLower(left);
  const upper = hyphenUpper(right);
  return lower && upper ? [...lower, ...upper] : null;
}

function hyphenLower(partial: Partial): ComparatorSet | null {
  const [majorText, minorText, patchText] = partial.parts;
  if (isWild(majorText)) return [];
  if (isWild(minorText) || isWild(patchText)) {
    const numbers = numbersOf(partial.parts);
    return numbers && [{ op: '>=', version: floor(numbers[0], numbers[1], 0) }];
  }
  const found = exact('>=', partial, partial.pre);
  // `1.2.3 - …` starts at 1.2.3-0, so that 1.2.3's own pre-releases are in the range.
  if (found && !partial.pre) found[0].version.pre = [0];
  return found;
}

function hyphenUpper(partial: Partial): ComparatorSet | null {
  const [majorText, minorText, patchText] = partial.parts;
  if (isWild(majorText)) return [];
  const numbers = numbersOf(partial.parts);
  if (!numbers) return null;
  const [major, minor, patch] = numbers;
  if (isWild(minorText)) return [{ op: '<', version: floor(major + 1, 0, 0) }];
  if (isWild(patchText)) return [{ op: '<', version: floor(major, minor + 1, 0) }];
  if (partial.pre) return [{ op: '<=', version: at(major, minor, patch, parsePre(partial.pre)) }];
  // npm's `validRange` (without options) writes this bound as `<=` and the version as given, so the
  // version may carry one `v` and nothing else; the range then ends before the next patch's pre-releases.
  if (!plainPrefix(partial.prefix)) return null;
  return [{ op: '<', version: floor(major, minor, patch + 1) }];
}

function parseComparator(token: string): ComparatorSet | null {
  const match = SHORTHAND.exec(token);
  if (!match) return token === '' ? [] : withoutStar(token);
  const partial = partialOf(match, 2);
  const op = match[1];
  // npm reads `^1.x.3` and `~1.x.3` as `^1.x` and `~1.x`; only a bare or compared partial must be in order.
  if (op === '^') return caret(partial);
  if (op.startsWith('~')) return tilde(partial);
  return wildcardsInOrder(partial.parts) ? wildcard(op, partial) : withoutStar(token);
}

/**
 * What npm makes of a word that is no shorthand: it removes the first `*` (and an operator before it) and
 * reads the rest as one exact comparator, so `*1.2.3` is `1.2.3` and `>=*1.2.3` is `=1.2.3`.
 */
function withoutStar(token: string): ComparatorSet | null {
  const rest = token.replace(/[<>]?=?\*/, '');
  if (rest === token) return null;
  if (rest === '') return [];
  const match = EXACT.exec(rest);
  if (!match) return null;
  const numbers = numbersOf([match[2], match[3], match[4]]);
  return numbers && [{ op: (match[1] || '=') as Operator, version: at(...numbers, parsePre(match[5])) }];
}

// The version-like text an operator may be written apart from, as npm finds it: a partial version or a loose
// full one (leading zeros, a pre-release without its dash), after any `v`, `=` or spaces.
const LOOSE_PRE_ID = '(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|\\d+)';
const VERSION_LIKE =
  `[v=\\s]*(?:\\d+\\.\\d+\\.\\d+(?:-?${LOOSE_PRE_ID}(?:\\.${LOOSE_PRE_ID})*)?` +
  `|(?:${PART})(?:\\.(?:${PART})(?:\\.(?:${PART})${PRE}?)?)?)`;
/** `>= 1.2.3` is `>=1.2.3`: one space between an operator and a version goes (and one before the operator). */
const OPERATOR_APART = new RegExp(`(\\s?)((?:<|>)?=?)\\s?(${VERSION_LIKE})`, 'g');
/** `~ 1.2`, `~> 1.2` and `^ 1` are `~1.2` and `^1`, whatever follows the space. */
const TILDE_APART = /(\s?)~>?\s/g;
const CARET_APART = /(\s?)\^\s/g;

/** The comparators of an alternative: words, once operators written apart from their versions are joined. */
function tokensOf(text: string): string[] {
  return text
    .replace(OPERATOR_APART, '$1$2$3')
    .replace(TILDE_APART, '$1~')
    .replace(CARET_APART, '$1^')
    .split(' ');
}

function parseAlternative(text: string): ComparatorSet | null {
  const withoutBuild = text.replace(BUILD, '');
  const hyphenMatch = HYPHEN.exec(withoutBuild);
  if (hyphenMatch) return hyphen(partialOf(hyphenMatch, 1), partialOf(hyphenMatch, 6));
  const set: ComparatorSet = [];
  for (const token of tokensOf(withoutBuild)) {
    const comparators = parseComparator(token);
    if (!comparators) return null;
    set.push(...comparators);
  }
  return set;
}

/** The alternatives of a range, or null when it is not a range. */
function parseRange(text: string): ComparatorSet[] | null {
  const alternatives: ComparatorSet[] = [];
  for (const alternative of text.trim().replace(/\s+/g, ' ').split('||')) {
    const set = parseAlternative(alternative.trim());
    if (!set) return null;
    alternatives.push(set);
  }
  return alternatives;
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** semver precedence: numbers first, then a release above its pre-releases, then pre-release identifiers. */
function compare(a: Version, b: Version): number {
  for (let index = 0; index < 3; index++) {
    if (a.main[index] !== b.main[index]) return a.main[index] - b.main[index];
  }
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let index = 0; index < Math.max(a.pre.length, b.pre.length); index++) {
    if (index >= a.pre.length) return -1;
    if (index >= b.pre.length) return 1;
    const order = compareIds(a.pre[index], b.pre[index]);
    if (order !== 0) return order;
  }
  return 0;
}

function holds({ op, version }: Comparator, candidate: Version): boolean {
  const order = compare(candidate, version);
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    default:
      return order === 0;
  }
}

const VERSION = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})${PRE}?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

function parseVersion(text: string): Version | null {
  const match = VERSION.exec(text);
  if (!match) return null;
  const numbers = [match[1], match[2], match[3]].map(toNumber);
  if (numbers.some((value) => value === null)) return null;
  return at(numbers[0] as number, numbers[1] as number, numbers[2] as number, parsePre(match[4]));
}

/** Whether `text` is a range npm accepts (`semver.validRange(text) !== null`, its default options). */
export function isValidRange(text: string): boolean {
  return parseRange(text) !== null;
}

/** Whether a semver `version` is in `range`; false when either is not valid. Pre-releases are included. */
export function rangeIncludes(range: string, version: string): boolean {
  const candidate = parseVersion(version);
  const alternatives = parseRange(range);
  if (!candidate || !alternatives) return false;
  return alternatives.some((set) => set.every((comparator) => holds(comparator, candidate)));
}
