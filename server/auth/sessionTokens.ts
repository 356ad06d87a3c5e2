import { hash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. The token itself is never stored, only its sha256. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  // The one-shot hash: every API request hashes its token, and a Hash object costs twice as much.
  return hash('sha256', token, 'hex');
}

/** Reads `Authorization: Bearer <token>`; anything else (other schemes, junk) is no token. */
export function readBearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header);
  return match?.[1];
}
