import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { withCachedStatements } from '../../../server/database/cachedStatements';
import { compiledOnce } from '../../../server/database/compiledOnce';
import { ImmediateSqliteDialect } from '../../../server/database/immediateSqliteDialect';

function openMemory() {
  const handle = new Database(':memory:');
  handle.exec(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')",
  );
  return handle;
}

describe('withCachedStatements', () => {
  it('prepares a SQL text once and hands a busy statement’s text a fresh one', () => {
    const handle = openMemory();
    const database = withCachedStatements(handle);
    const first = database.prepare('SELECT name FROM t ORDER BY id');
    expect(database.prepare('SELECT name FROM t ORDER BY id')).toBe(first);
    // A statement in the middle of an iteration cannot run again until it finishes.
    const rows = (first as unknown as Database.Statement).iterate() as IterableIterator<{ name: string }>;
    expect(rows.next().value).toEqual({ name: 'a' });
    const meanwhile = database.prepare('SELECT name FROM t ORDER BY id') as unknown as Database.Statement;
    expect(meanwhile).not.toBe(first);
    expect(meanwhile.all()).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect([...rows].map((row) => row.name)).toEqual(['b', 'c']);
    database.close();
    expect(handle.open).toBe(false);
  });

  it('runs Kysely queries, streamed ones among them, with the right rows', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new ImmediateSqliteDialect({ database: withCachedStatements(openMemory()) }),
    });
    const byName = (name: string) => db.selectFrom('t').select('id').where('name', '=', name).execute();
    expect(await byName('b')).toEqual([{ id: 2 }]);
    expect(await byName('c')).toEqual([{ id: 3 }]);
    const streamed: string[] = [];
    const all = db.selectFrom('t').select('name').orderBy('id');
    for await (const row of all.stream()) streamed.push(row.name);
    expect(streamed).toEqual(['a', 'b', 'c']);
    // The statement the stream used is free again once it ended.
    expect((await all.execute()).map((row) => row.name)).toEqual(['a', 'b', 'c']);
    await db.destroy();
  });
});

describe('compiledOnce', () => {
  it('runs the compiled query with new parameters and refuses a wrong count', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new ImmediateSqliteDialect({ database: withCachedStatements(openMemory()) }),
    });
    const namesBetween = compiledOnce(
      db,
      db.selectFrom('t').select('name').where('id', '>=', 0).where('id', '<=', 0).orderBy('id'),
    );
    expect(await namesBetween([2, 3])).toEqual([{ name: 'b' }, { name: 'c' }]);
    expect(await namesBetween([1, 1])).toEqual([{ name: 'a' }]);
    await expect(namesBetween([1])).rejects.toThrow('takes 2 parameters, not 1');
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM t`.execute(db)).rows[0].n).toBe(3);
    await db.destroy();
  });
});
