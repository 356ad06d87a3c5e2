import { jsonTextDepth } from '../src/stac-schema/index';

/**
 * Deepest nesting accepted in any JSON the server reads from outside (request bodies, fetched plugin
 * files). A STAC document may nest 64 levels; a plugin record and a request body add a few around it.
 */
export const MAX_JSON_DEPTH = 100;

export type BoundedJsonResult =
  { ok: true; value: unknown } | { ok: false; reason: 'too_deep' | 'invalid'; message: string };

/**
 * JSON.parse behind a depth check that runs first, as one flat scan of the text: a 100,000-level file
 * is refused without being built, so nothing later (validation, JSON.stringify of an answer) can
 * overflow the stack on it.
 */
export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): BoundedJsonResult {
  if (jsonTextDepth(text, maxDepth) > maxDepth) {
    return {
      ok: false,
      reason: 'too_deep',
      message: `the JSON nests deeper than ${maxDepth} levels; flatten it`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'invalid', message: 'the text is not valid JSON' };
  }
}
