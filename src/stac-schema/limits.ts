import type { StacLimits } from './types';

/** Safe defaults; a host may raise or lower any of them through `options.limits`. */
export const DEFAULT_LIMITS: Readonly<StacLimits> = Object.freeze({
  maxDepth: 64,
  maxNodes: 20_000,
  maxStringLength: 20_000,
  maxBytes: 1_000_000,
});

export function resolveLimits(partial: Partial<StacLimits> | undefined): StacLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/** UTF-8 byte length without allocating an encoded copy. */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

/**
 * Deepest bracket nesting of a JSON text, found by one scan that skips string contents. Run before
 * JSON.parse so that a hostile 100,000-deep document is refused without building it.
 */
export function jsonTextDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth -= 1;
  }
  return deepest;
}
