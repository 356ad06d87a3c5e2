/**
 * Vitest global setup of the `node-postgres` project: one throwaway PostgreSQL for the whole run; each test
 * server gets its own database in it (see testDatabase.ts).
 */
import type { TestProject } from 'vitest/node';
import { startTempPostgres } from './tempPostgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startTempPostgres();
  project.provide('postgresAdminUrl', postgres.adminUrl);
  return () => postgres.stop();
}
