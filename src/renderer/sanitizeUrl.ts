/**
 * The one gate every plugin-supplied URL passes before it reaches an `href`, `src`, iframe, navigation or
 * request. Pure string logic on top of the WHATWG `URL` class (present in browsers and Node): it imports
 * nothing that touches the DOM, so the server can apply the very same rules.
 *
 * Policy (decided here, documented for plugin authors):
 * - `http:` and `https:` absolute URLs are allowed for every kind.
 * - Relative URLs (`/assets/12`, `details`, `./a?b#c`, `?q=1`, `#top`) are allowed for every kind except
 *   `frame`: framing the host's own pages would give a plugin a same-origin window.
 * - Protocol-relative URLs (`//cdn.example.com/x`, also the backslash spellings browsers treat alike) are
 *   rewritten to `https://...`: they reach another host exactly like an absolute URL would, and forcing
 *   https avoids a silent downgrade when the host page itself is served over http.
 * - `data:` only for kind `image`, only base64 png/jpeg/gif/webp and at most 64 KB decoded. SVG is refused
 *   (it can carry script).
 * - Every other scheme (`javascript:`, `vbscript:`, `file:`, `blob:`, `mailto:`, ...) is refused, and so
 *   are absolute URLs with credentials (`https://bank.example@evil.example`).
 * - Detection looks through the tricks browsers forgive: leading/trailing spaces and C0 controls, tabs and
 *   newlines anywhere (the URL parser deletes them), HTML character references (`jav&#x09;ascript:`,
 *   `&colon;`) and letter case. When any reading of the string names a forbidden scheme it is refused.
 *
 * Returns the URL to use (trimmed, tabs/newlines removed, protocol-relative made https) or `null`.
 */

export type UrlKind = 'image' | 'link' | 'navigation' | 'frame' | 'request';

export interface SanitizeUrlOptions {
  kind: UrlKind;
}

/** Longest URL accepted (characters) except for data: images, which have their own byte limit. */
export const MAX_URL_LENGTH = 8192;
/** Largest decoded `data:` image in bytes. */
export const MAX_DATA_IMAGE_BYTES = 64 * 1024;

const ALLOWED_SCHEMES = new Set(['http', 'https']);
const DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp);base64,([a-z0-9+/]*={0,2})$/i;
// The URL parser strips leading/trailing C0 controls and spaces, and deletes tab/LF/CR anywhere.
// eslint-disable-next-line no-control-regex
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_NEWLINE = /[\t\n\r]/g;
// Invisible characters some parsers (and people) ignore; none belongs in a real scheme.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  amp: '&',
  nbsp: '\u00a0',
};

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) return '';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

/** The scheme a browser would see in `candidate`, lower-cased, or null for a relative reference. */
function schemeOf(candidate: string): string | null {
  const match = SCHEME.exec(candidate);
  return match ? match[1].toLowerCase() : null;
}

function isProtocolRelative(text: string): boolean {
  return /^[/\\]{2}/.test(text);
}

function dataImageAllowed(text: string): boolean {
  const match = DATA_IMAGE.exec(text);
  if (!match) return false;
  const payload = match[2];
  if (payload.length % 4 !== 0) return false;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  const bytes = (payload.length / 4) * 3 - padding;
  return bytes <= MAX_DATA_IMAGE_BYTES;
}

export function sanitizeUrl(url: unknown, options: SanitizeUrlOptions): string | null {
  if (typeof url !== 'string') return null;
  const { kind } = options;
  const dataLimit = Math.ceil((MAX_DATA_IMAGE_BYTES * 4) / 3) + 64;
  if (url.length > Math.max(MAX_URL_LENGTH, kind === 'image' ? dataLimit : 0)) return null;

  const cleaned = url.replace(EDGE_JUNK, '').replace(TAB_NEWLINE, '');
  if (cleaned === '') return null;

  // Every reading a browser, an HTML serializer or a lenient parser might make of the string.
  const readings = [cleaned, cleaned.replace(INVISIBLE, '')];
  const decoded = decodeCharacterReferences(cleaned);
  if (decoded !== cleaned) {
    readings.push(decoded.replace(EDGE_JUNK, '').replace(INVISIBLE, '').replace(/\s+/g, ''));
  }

  const schemes = new Set<string>();
  for (const reading of readings) {
    const scheme = schemeOf(reading);
    if (scheme) schemes.add(scheme);
  }

  if (schemes.size === 0) {
    if (isProtocolRelative(cleaned)) {
      const absolute = 'https://' + cleaned.replace(/^[/\\]+/, '');
      return parsesAsHttp(absolute);
    }
    // A relative reference: refused for frames, else returned as written (minus invisible junk).
    if (kind === 'frame' || cleaned.length > MAX_URL_LENGTH) return null;
    if (/[\u0000-\u001f\u007f]/.test(cleaned)) return null; // eslint-disable-line no-control-regex
    return cleaned;
  }

  if (schemes.size > 1) return null;
  const [scheme] = schemes;
  if (scheme === 'data') {
    return kind === 'image' && dataImageAllowed(cleaned) ? cleaned : null;
  }
  if (!ALLOWED_SCHEMES.has(scheme)) return null;
  if (cleaned.length > MAX_URL_LENGTH) return null;
  return parsesAsHttp(cleaned);
}

function parsesAsHttp(candidate: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // `https://bank.example@evil.example` reads as the bank to people; no plugin needs credentials in a URL.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
