import { compiledOnce, NO_CHANGE_WATCH, type ChangeWatch, type StacDb } from '../database';
import { createSessionToken, hashSessionToken } from '../auth/sessionTokens';
import { toUserRecord, type UserRecord } from './userStore';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

/** Sessions kept in memory at most; the oldest go first. */
const MAX_KEPT_SESSIONS = 10_000;

interface KeptSession {
  generation: number;
  user: UserRecord;
  /** ISO time, compared as the query compares it. */
  expiresAt: string;
}

/**
 * Sessions live in the database, so a token issued by one instance is honoured by every other one. Where the
 * database can tell that nothing was written since (`changes`, SQLite), a token's user is answered from
 * memory; any write anywhere (a sign-out, another instance, the CLI) makes the next request ask again.
 */
export function createSessionStore(db: StacDb, changes: ChangeWatch = NO_CHANGE_WATCH) {
  // Every API request asks it: compiled once, run with [token hash, now].
  const userOfSession = compiledOnce(
    db,
    db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .select('s.expires_at as session_expires_at')
      .where('s.token_hash', '=', '')
      .where('s.expires_at', '>', ''),
  );
  const kept = new Map<string, KeptSession>();

  /** The kept user of `tokenHash` if nothing was written since it was read and the session is still live. */
  function keptUser(tokenHash: string, generation: number | undefined, at: string) {
    const hit = kept.get(tokenHash);
    return hit && hit.generation === generation && hit.expiresAt > at ? hit.user : undefined;
  }

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
      const at = now.toISOString();
      // Read before the query: a write after this look, even one the query already saw, changes it.
      const generation = changes.generation();
      const hit = keptUser(tokenHash, generation, at);
      if (hit) return { user: hit, tokenHash };
      const [row] = await userOfSession([tokenHash, at]);
      if (!row) return undefined;
      const user = Object.freeze(toUserRecord(row));
      if (generation !== undefined && typeof row.session_expires_at === 'string') {
        kept.delete(tokenHash);
        if (kept.size >= MAX_KEPT_SESSIONS) kept.delete(kept.keys().next().value!);
        kept.set(tokenHash, { generation, user, expiresAt: row.session_expires_at });
      }
      return { user, tokenHash };
    },
    /**
     * resolveUser answered from memory alone, for a caller that looked at the change watch itself
     * (`generation`); undefined when that is not known without the database: ask resolveUser.
     */
    keptUser(token: string, generation: number, now = new Date()): UserRecord | undefined {
      return keptUser(hashSessionToken(token), generation, now.toISOString());
    },
    async revoke(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
