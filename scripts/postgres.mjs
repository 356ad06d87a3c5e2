// Where Debian's PostgreSQL server binaries are (initdb, postgres). Tests and benchmarks start their own
// throwaway server with them; nothing is installed from here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `STAC_WEB_PG_BIN` when set, else the newest `/usr/lib/postgresql/N/bin` that has initdb; null when absent. */
export function findPostgresBin() {
  const fromEnv = process.env.STAC_WEB_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

export const POSTGRES_MISSING =
  'PostgreSQL is not installed, so the server tests cannot also run on PostgreSQL. Install it with ' +
  '`apt-get install -y postgresql` (Debian; `.ci/run` does this) or point STAC_WEB_PG_BIN at the folder with initdb.';
