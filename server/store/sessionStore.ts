import type { SqliteDatabase } from '../database';
import { createSessionToken, hashSessionToken } from '../auth/sessionTokens';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

export function createSessionStore(db: SqliteDatabase) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string, string], { user_id: number; expires_at: string }>(
    'SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?',
  );
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    issue(userId: number, ttlMs: number, now = new Date()): IssuedSession {
      const token = createSessionToken();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      db.transaction(() => {
        removeExpired.run(now.toISOString());
        insert.run(hashSessionToken(token), userId, now.toISOString(), expiresAt);
      })();
      return { token, expiresAt };
    },
    /** The user id behind a live token, or undefined for unknown and expired tokens alike. */
    resolve(token: string, now = new Date()): { userId: number; tokenHash: string } | undefined {
      const tokenHash = hashSessionToken(token);
      const row = find.get(tokenHash, now.toISOString());
      return row && { userId: row.user_id, tokenHash };
    },
    revoke(tokenHash: string): void {
      db.transaction(() => remove.run(tokenHash))();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
