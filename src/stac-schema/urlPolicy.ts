/**
 * The one URL policy: every plugin-supplied URL passes it before it reaches an `href`, `src`, iframe,
 * navigation or request, and the schema applies the same rules when a plugin is published, so an author is
 * never told a URL is valid that users then see refused. Pure string logic on top of the WHATWG `URL` class
 * (present in browsers and Node): no DOM, no imports, so the schema, the renderer, the actions and the server
 * all call this file.
 *
 * Policy (decided here, documented for plugin authors):
 * - `http:` and `https:` absolute URLs are allowed for every kind.
 * - Relative URLs (`/assets/12`, `details`, `./a?b#c`, `?q=1`, `#top`) are allowed for every kind except
 *   `frame`: framing the host's own pages would give a plugin a same-origin window.
 * - Protocol-relative URLs (`//cdn.example.com/x`, also the backslash spellings browsers treat alike) are
 *   rewritten to `https://...`: they reach another host exactly like an absolute URL would, and forcing
 *   https avoids a silent downgrade when the host page itself is served over http.
 * - `data:` only for kind `image`, only base64 png/jpeg/gif/webp/avif and at most 64 KB decoded. SVG is
 *   refused (it can carry script).
 * - Every other scheme (`javascript:`, `vbscript:`, `file:`, `blob:`, `mailto:`, ...) is refused, and so
 *   are absolute URLs with credentials (`https://bank.example@evil.example`).
 * - Detection looks through the tricks browsers forgive: leading/trailing spaces and C0 controls, tabs and
 *   newlines anywhere (the URL parser deletes them), HTML character references (`jav&#x09;ascript:`,
 *   `&colon;`) and letter case. When any reading of the string names a forbidden scheme it is refused.
 *
 * `checkUrl` says why a URL is refused; `sanitizeUrl` returns the URL to use (trimmed, tabs/newlines removed,
 * protocol-relative made https) or `null`. Where a plugin may *send* a request or *navigate* (which origins) is
 * the host's choice on top of this policy (`resolveUrlPolicy` in src/actions).
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
const DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp|avif);base64,([a-z0-9+/]*={0,2})$/i;
// The URL parser strips leading/trailing C0 controls and spaces, and deletes tab/LF/CR anywhere.
// eslint-disable-next-line no-control-regex
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_NEWLINE = /[\t\n\r]/g;
// Invisible characters some parsers (and people) ignore; none belongs in a real scheme.
const INVISIBLE_CHARACTERS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028\\u2029\\u2060\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'g');
/**
 * What makes a URL read more than one way: a space or control (trimmed, and tabs and newlines deleted, by the
 * URL parser), another invisible character, or `&` (a character reference). A URL without any reads only as
 * it is: one scan, no copies.
 */
const READS_OTHER_WAYS = new RegExp(`[${INVISIBLE_CHARACTERS}\\u0020&]`);
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

function dataImageProblem(text: string): string | null {
  const match = DATA_IMAGE.exec(text);
  if (!match) return 'only base64 png, jpeg, gif, webp or avif data: images are allowed';
  const payload = match[2];
  if (payload.length % 4 !== 0) return 'the data: image is not valid base64';
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  const bytes = (payload.length / 4) * 3 - padding;
  return bytes <= MAX_DATA_IMAGE_BYTES
    ? null
    : `the data: image is larger than ${MAX_DATA_IMAGE_BYTES / 1024} KB; serve it over https instead`;
}

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

function refuse(reason: string): UrlVerdict {
  return { ok: false, reason };
}

/** Applies the policy to `url` for `kind`; a refusal says what to write instead. */
export function checkUrl(url: unknown, options: SanitizeUrlOptions): UrlVerdict {
  if (typeof url !== 'string') return refuse('the URL is not a string');
  const { kind } = options;
  const dataLimit = Math.ceil((MAX_DATA_IMAGE_BYTES * 4) / 3) + 64;
  if (url.length > Math.max(MAX_URL_LENGTH, kind === 'image' ? dataLimit : 0)) {
    return refuse(`the URL is longer than ${MAX_URL_LENGTH} characters`);
  }

  // A URL without spaces, controls, invisible characters or `&` reads one way only (as it is): the readings
  // below would all be the same string. Most URLs are such; every image of a list passes here per render.
  const plain = !READS_OTHER_WAYS.test(url);
  const cleaned = plain ? url : url.replace(EDGE_JUNK, '').replace(TAB_NEWLINE, '');
  if (cleaned === '') return refuse('the URL is empty');

  let scheme: string | null;
  if (plain) {
    scheme = schemeOf(cleaned);
  } else {
    const schemes = schemesSeenIn(cleaned);
    if (schemes.size > 1) {
      return refuse('the URL reads as different schemes once invisible characters or entities are removed');
    }
    scheme = schemes.size === 0 ? null : [...schemes][0];
  }
  if (scheme === null) return relativeVerdict(cleaned, kind);
  if (scheme === 'data') {
    if (kind !== 'image') return refuse('data: URLs are allowed only as images');
    const problem = dataImageProblem(cleaned);
    return problem === null ? { ok: true, url: cleaned } : refuse(problem);
  }
  if (!ALLOWED_SCHEMES.has(scheme)) {
    return refuse(`the "${scheme}:" scheme is not allowed; use an http(s) URL or a relative path`);
  }
  if (cleaned.length > MAX_URL_LENGTH) return refuse(`the URL is longer than ${MAX_URL_LENGTH} characters`);
  return parsesAsHttp(cleaned);
}

/** The URL to use, or null when the policy refuses it (see `checkUrl` for the reason). */
export function sanitizeUrl(url: unknown, options: SanitizeUrlOptions): string | null {
  const verdict = checkUrl(url, options);
  return verdict.ok ? verdict.url : null;
}

/** Every scheme a browser, an HTML serializer or a lenient parser might read in the string. */
function schemesSeenIn(cleaned: string): Set<string> {
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
  return schemes;
}

function relativeVerdict(cleaned: string, kind: UrlKind): UrlVerdict {
  if (isProtocolRelative(cleaned)) return parsesAsHttp('https://' + cleaned.replace(/^[/\\]+/, ''));
  // Framing the host's own pages would give a plugin a same-origin window.
  if (kind === 'frame') return refuse('a web view needs an absolute https URL, not a path of this app');
  if (cleaned.length > MAX_URL_LENGTH) return refuse(`the URL is longer than ${MAX_URL_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return refuse('the URL contains control characters');
  return { ok: true, url: cleaned };
}

function parsesAsHttp(candidate: string): UrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return refuse(
      `"${candidate.length > 80 ? `${candidate.slice(0, 77)}...` : candidate}" is not a valid URL`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return refuse('only http(s) URLs are allowed');
  }
  if (parsed.hostname === '') return refuse('the URL names no host');
  // `https://bank.example@evil.example` reads as the bank to people; no plugin needs credentials in a URL.
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse('URLs with user names or passwords are not allowed');
  }
  return { ok: true, url: parsed.href };
}

// Templates are bound at render time, where the bound URL passes this policy again. At publishing, only the
// literal text before the first template can be judged: `javascript:{{x}}` is refused, `{{asset.url}}` is not.
const FIRST_TEMPLATE = /<<[\s\S]*?>>|\{\{[\s\S]*?\}\}/;
// Stands in for the bound value: valid as a host, a path segment and a base64 payload.
const TEMPLATE_STAND_IN = 'AAAA';

/**
 * `checkUrl` for text that may hold `{{...}}` / `<<...>>` templates (plugin documents at publishing): the
 * literal head is checked with a stand-in for the first template; a URL that starts with a template passes.
 */
export function checkUrlText(text: string, options: SanitizeUrlOptions): UrlVerdict {
  const templateAt = text.search(FIRST_TEMPLATE);
  if (templateAt < 0) return checkUrl(text, options);
  const head = text.slice(0, templateAt);
  if (head.replace(EDGE_JUNK, '') === '') return { ok: true, url: text };
  const verdict = checkUrl(head + TEMPLATE_STAND_IN, options);
  return verdict.ok ? { ok: true, url: text } : verdict;
}

/**
 * Whether checkUrlText accepts `text`, with no verdict object for a URL that starts with a template (an image's
 * `<<items[3].image>>`: the validator asks it of every one in a document).
 */
export function urlTextAllowed(text: string, options: SanitizeUrlOptions): boolean {
  return text.search(FIRST_TEMPLATE) === 0 || checkUrlText(text, options).ok;
}
