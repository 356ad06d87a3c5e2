/** Helpers for issue paths, value descriptions and "did you mean" hints. */

/** `^[A-Za-z_$][A-Za-z0-9_$]*$`, by character codes: the validator asks it of every key of a document. */
function isIdentifier(key: string): boolean {
  if (key.length === 0) return false;
  for (let at = 0; at < key.length; at += 1) {
    const code = key.charCodeAt(at);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
    if (!letter && (at === 0 || code < 48 || code > 57)) return false;
  }
  return true;
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (isIdentifier(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** A short, safe rendering of a value for messages (never the whole of a huge value). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate to a misspelt name, or undefined when nothing is close enough. */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > 64) return undefined;
  const lower = input.toLowerCase();
  const max = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined || lower.length < 4) return best;
  // No near spelling: a name that ends with the input is likely meant ("align" -> "textAlign").
  let suffixMatch: string | undefined;
  for (const candidate of candidates) {
    if (
      candidate.toLowerCase().endsWith(lower) &&
      (suffixMatch === undefined || candidate.length < suffixMatch.length)
    ) {
      suffixMatch = candidate;
    }
  }
  return suffixMatch;
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closestName(input, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/**
 * Where a value of a document sits, spelled out only when an issue names it: the validator passes a link
 * per level down and most values never need their path, so a fresh document builds no path strings.
 */
export type IssuePath = string | IssuePathLink;

export interface IssuePathLink {
  readonly parent: IssuePath;
  readonly key: string | number;
  /** How many links lie between this one and the path's root string (0: the root's own key). */
  readonly depth: number;
  /** The path spelled out, once an issue asked (siblings' issues then spell out only their own keys). */
  text: string | undefined;
}

export function pathAt(parent: IssuePath, key: string | number): IssuePath {
  return { parent, key, depth: typeof parent === 'string' ? 0 : parent.depth + 1, text: undefined };
}

/** A link of a walk's pool (pathLinkFrom): one per depth, rewritten as the walk moves on. */
interface PooledPathLink extends IssuePathLink {
  parent: IssuePath;
  key: string | number;
}

/**
 * The link to `key` below `parent`, taken from `pool` (one link per depth) rather than made: a walk that
 * goes depth first and spells a path out as soon as an issue names it holds at most one link per depth at
 * a time, so a document of thousands of nodes makes a few dozen links instead of one per value. The link
 * is rewritten when the walk next reaches the same depth: never keep one past the value it names.
 */
export function pathLinkFrom(pool: PooledPathLink[], parent: IssuePath, key: string | number): IssuePath {
  const depth = typeof parent === 'string' ? 0 : parent.depth + 1;
  const link = pool[depth];
  if (link === undefined) {
    const made: PooledPathLink = { parent, key, depth, text: undefined };
    pool[depth] = made;
    return made;
  }
  link.parent = parent;
  link.key = key;
  link.text = undefined;
  return link;
}

export type PathLinkPool = PooledPathLink[];

/** The path as issues print it (`ui.children[2].style.fontSize`), as `childPath` builds it level by level. */
export function pathText(path: IssuePath): string {
  if (typeof path === 'string') return path;
  if (path.text !== undefined) return path.text;
  // Up to the nearest ancestor spelled out before (a list's items' issues share their list's path), then
  // down again, keeping each level's text on its link.
  const links: IssuePathLink[] = [];
  let at: IssuePath = path;
  while (typeof at !== 'string' && at.text === undefined) {
    links.push(at);
    at = at.parent;
  }
  let text = typeof at === 'string' ? at : (at.text as string);
  for (let i = links.length - 1; i >= 0; i -= 1) {
    const link = links[i];
    text = childPath(text, link.key);
    link.text = text;
  }
  return text;
}
