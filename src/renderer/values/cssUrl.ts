import { sanitizeUrl } from '../../stac-schema';

/**
 * A plugin image URL as a CSS `url()` token, through the one URL sanitizer; undefined when refused.
 * The quoted form with escapes keeps a URL from closing the token.
 */
export function cssImageUrl(src: unknown): string | undefined {
  const safe = sanitizeUrl(src, { kind: 'image' });
  if (!safe) return undefined;
  const escaped = safe.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, '');
  return `url("${escaped}")`;
}
