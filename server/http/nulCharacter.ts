import type { MiddlewareHandler } from 'hono';
import { ApiError } from './apiError';

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a query with one fails as a whole. SQLite would
 * store it, but no plugin, name or id needs it, so both databases refuse it up front, the same way, with a
 * 400 that says what to remove, instead of a 500 from deep in a query.
 */
export function containsNulCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNulCharacter);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNulCharacter(item));
  }
  return false;
}

export const nulCharacterInBody = () =>
  new ApiError(
    400,
    'INVALID_REQUEST',
    'A text value in the request body contains a NUL character (\\u0000), which cannot be stored; remove it.',
  );

/** Refuses a URL whose path or query carries a NUL character (`%00`). */
export function refuseNulInUrl(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/.test(c.req.url)) {
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        'The URL contains a NUL character (%00), which no id or parameter may hold; remove it.',
      );
    }
    await next();
  };
}
