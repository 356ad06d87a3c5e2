import type { StacDb } from '../database';
import { createSessionToken, hashSessionToken } from '../auth/sessionTokens';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

/** Sessions live in the database, so a token issued by one instance is honoured by every other one. */
export function createSessionStore(db: StacDb) {
  return {
    async issue(userId: number, ttlMs: number, now = new Date()): Promise<IssuedSession> {
      const token = createSessionToken();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
        await trx
          .insertInto('sessions')
          .values({
            token_hash: hashSessionToken(token),
            user_id: userId,
            created_at: now.toISOString(),
            expires_at: expiresAt,
          })
          .execute();
      });
      return { token, expiresAt };
    },
    /** The user id behind a live token, or undefined for unknown and expired tokens alike. */
    async resolve(
      token: string,
      now = new Date(),
    ): Promise<{ userId: number; tokenHash: string } | undefined> {
      const tokenHash = hashSessionToken(token);
      const row = await db
        .selectFrom('sessions')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return row && { userId: row.user_id, tokenHash };
    },
    async revoke(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
