import type { SqliteDatabase } from '../database';

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

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  avatar_url: string | null;
  created_at: string;
}

const toRecord = (row: UserRow): UserRecord => ({
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

export function createUserStore(db: SqliteDatabase) {
  const byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO users (username, display_name, password_hash, avatar_url, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');

  return {
    findByUsername(username: string): UserRecord | undefined {
      const row = byUsername.get(username);
      return row && toRecord(row);
    },
    findById(id: number): UserRecord | undefined {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    /** Inserts in a transaction; returns undefined when the username is taken (case-insensitive). */
    create(user: NewUser): UserRecord | undefined {
      return db.transaction(() => {
        if (byUsername.get(user.username)) return undefined;
        const result = insert.run(
          user.username,
          user.name,
          user.passwordHash,
          user.avatarUrl ?? null,
          new Date().toISOString(),
        );
        const row = byId.get(Number(result.lastInsertRowid));
        return row && toRecord(row);
      })();
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
