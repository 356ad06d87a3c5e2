/**
 * The embed's requirementChecks (vite.embed.config.ts puts it in place of requirementChecks.ts): the checks of
 * dependencies, host versions and startup checks come in the manifest readers' chunk, loaded with the readers
 * for a list where a plugin declares any requirement. A plugin that declares none has nothing to check.
 */
import { chunkLoader, declaresRequirements, loadRequirementReaders } from '../stac-schema';
import type { DependencyNode } from './dependencies';
import type { RequirementChecks, RequirementSubject } from './checkRequirements';

export type { RequirementChecks, RequirementSubject } from './checkRequirements';

const checks = chunkLoader(() => import('./checkRequirements'));

export function checkRequirements(
  subject: RequirementSubject,
  installed: ReadonlyMap<string, DependencyNode>,
): RequirementChecks {
  const { manifest } = subject;
  if (manifest.dependencies.length === 0 && manifest.startupChecks.length === 0 && !manifest.requiresHost)
    return { has: {}, dependencyProblems: [], startupFailures: [] };
  const loaded = checks.current();
  if (loaded) return loaded.checkRequirements(subject, installed);
  throw new Error(
    'A plugin declares dependencies, a host version or startup checks, whose checks have not been loaded yet. Reload the page to try again.',
  );
}

export function loadRequirementChecks(records: readonly unknown[]): Promise<void> | null {
  const readers = loadRequirementReaders(records);
  if (checks.current() || !records.some(declaresRequirements)) return readers;
  return Promise.all([readers, checks.load()]).then(() => undefined);
}
