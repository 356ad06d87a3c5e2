/**
 * True when a write failed on a unique or primary key (SQLite `SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`,
 * PostgreSQL `23505`): the row exists already, typically because a concurrent request won the race.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
