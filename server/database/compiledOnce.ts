import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

/**
 * A query built and compiled once, then run with new parameters. Kysely builds and compiles a query on every
 * call, which on the requests every page makes (the session check, the installed list's revision) cost more
 * than the database's own work. Build the query with stand-in values; pass the real ones in the order they
 * appear in the SQL (`where a = ? and b > ?`: `[a, b]`). The count is checked, so a query that gains a
 * parameter cannot silently run with the wrong ones.
 */
export function compiledOnce<Database, Row>(
  db: Kysely<Database>,
  query: Compilable<Row>,
): (parameters: readonly unknown[]) => Promise<Row[]> {
  const { sql, parameters: standIns } = query.compile();
  return async (parameters) => {
    if (parameters.length !== standIns.length)
      throw new Error(`This query takes ${standIns.length} parameters, not ${parameters.length}: ${sql}`);
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]));
    return result.rows;
  };
}
