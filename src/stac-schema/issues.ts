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

interface IssuePathLink {
  readonly parent: IssuePath;
  readonly key: string | number;
}

export function pathAt(parent: IssuePath, key: string | number): IssuePath {
  return { parent, key };
}

/** The path as issues print it (`ui.children[2].style.fontSize`), as `childPath` builds it level by level. */
export function pathText(path: IssuePath): string {
  if (typeof path === 'string') return path;
  const keys: (string | number)[] = [];
  let at: IssuePath = path;
  while (typeof at !== 'string') {
    keys.push(at.key);
    at = at.parent;
  }
  let text = at;
  for (let i = keys.length - 1; i >= 0; i -= 1) text = childPath(text, keys[i]);
  return text;
}
