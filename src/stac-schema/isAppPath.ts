/**
 * True for a path inside this site (`/assets/12?x=1`). Refuses what a browser would send elsewhere:
 * absolute URLs, protocol-relative `//host`, and the backslash spellings `/\host` that URL parsers treat alike.
 */
export function isAppPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  const second = path.charAt(1);
  if (second === '/' || second === '\\') return false;
  // Tabs and newlines are deleted by the URL parser, so `/\t/host` would become `//host`.
  for (let index = 0; index < path.length; index++) if (path.charCodeAt(index) < 0x20) return false;
  return true;
}
