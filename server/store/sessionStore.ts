import { compiledOnce, type StacDb } from '../database';
import { createSessionToken, hashSessionToken } from '../auth/sessionTokens';
import { toUserRecord, type UserRecord } from './userStore';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

/** Sessions live in the database, so a token issued by one instance is honoured by every other one. */
export function createSessionStore(db: StacDb) {
  // Every API request asks it: compiled once, run with [token hash, now].
  const userOfSession = compiledOnce(
    db,
    db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .where('s.token_hash', '=', '')
      .where('s.expires_at', '>', ''),
  );
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
    /**
     * The user behind a live token, read with the session in one query (every API request asks this), or
     * undefined for unknown and expired tokens alike.
     */
    async resolveUser(
      token: string,
      now = new Date(),
    ): Promise<{ user: UserRecord; tokenHash: string } | undefined> {
      const tokenHash = hashSessionToken(token);
      const [row] = await userOfSession([tokenHash, now.toISOString()]);
      return row && { user: toUserRecord(row), tokenHash };
    },
    async revoke(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
