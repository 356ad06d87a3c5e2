import { sql, type Selectable } from 'kysely';
import type { StacDb, UsersTable } from '../database';

/** The user as the API shows it (`<<user.name>>` binds `name`). */
export interface PublicUser {
  id: number;
  username: string;
  name: string;
  avatarUrl: string | null;
}

export interface UserRecord extends PublicUser {
  passwordHash: string;
  createdAt: string;
}

type UserRow = Selectable<UsersTable>;

export const toUserRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  name: row.display_name,
  avatarUrl: row.avatar_url,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

export const toPublicUser = (user: PublicUser): PublicUser => ({
  id: user.id,
  username: user.username,
  name: user.name,
  avatarUrl: user.avatarUrl,
});

/** A username is a handle that appears as a plugin's author: short, plain, unambiguous. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_-]{1,31}$/i;

export interface NewUser {
  username: string;
  name: string;
  passwordHash: string;
  avatarUrl?: string | null;
}

export function createUserStore(db: StacDb) {
  // lower() on both sides: SQLite's NOCASE column and PostgreSQL's unique index on lower(username) agree.
  const byUsername = (username: string) =>
    db
      .selectFrom('users')
      .selectAll()
      .where(sql<string>`lower(username)`, '=', username.toLowerCase());

  return {
    async findByUsername(username: string): Promise<UserRecord | undefined> {
      const row = await byUsername(username).executeTakeFirst();
      return row && toUserRecord(row);
    },
    async findById(id: number): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUserRecord(row);
    },
    /**
     * Returns undefined when the username is taken (case-insensitive). The unique index decides, not an
     * earlier read, so two concurrent sign-ups of one name on two instances create one user.
     */
    async create(user: NewUser): Promise<UserRecord | undefined> {
      const row = await db
        .insertInto('users')
        .values({
          username: user.username,
          display_name: user.name,
          password_hash: user.passwordHash,
          avatar_url: user.avatarUrl ?? null,
          created_at: new Date().toISOString(),
        })
        .onConflict((conflict) => conflict.doNothing())
        .returningAll()
        .executeTakeFirst();
      return row && toUserRecord(row);
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
