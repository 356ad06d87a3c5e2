/**
 * The embed's requirementReaders (vite.embed.config.ts puts it in place of requirementReaders.ts): what a
 * manifest requires (dependencies, `requires.host`, startup checks) and the version-range reader are a chunk.
 * A manifest that declares none of them reads as before without it; a slot waits for the chunk
 * (loadRequirementReaders) before it hosts the plugins of a list where any plugin declares one.
 */
import { declaresRequirements, type IssueList } from './manifestReading';
import type { PluginDependency, StartupCheck } from './manifestRequirements';

import { chunkLoader } from './chunkLoader';

const requirements = chunkLoader(() => import('./manifestRequirements'));

function loaded(): typeof import('./manifestRequirements') {
  const readers = requirements.current();
  if (readers) return readers;
  throw new Error(
    'A plugin declares dependencies, a host version or startup checks, whose readers have not been loaded yet. Reload the page to try again.',
  );
}

export function readDependencies(
  value: unknown,
  ownId: string | undefined,
  issues: IssueList,
): PluginDependency[] {
  return value === undefined ? [] : loaded().readDependencies(value, ownId, issues);
}

export function readRequires(
  value: unknown,
  hostVersion: string | undefined,
  issues: IssueList,
): string | undefined {
  return value === undefined ? undefined : loaded().readRequires(value, hostVersion, issues);
}

export function readStartupChecks(
  value: unknown,
  manifest: { settings: readonly { key: string }[]; dependencies: readonly PluginDependency[] },
  issues: IssueList,
): StartupCheck[] {
  return value === undefined ? [] : loaded().readStartupChecks(value, manifest, issues);
}

export function isVersionRange(value: unknown): value is string {
  return loaded().isVersionRange(value);
}

export function versionSatisfies(version: string, range: string): boolean {
  return loaded().versionSatisfies(version, range);
}

export function loadRequirementReaders(records: readonly unknown[]): Promise<void> | null {
  if (requirements.current() || !records.some(declaresRequirements)) return null;
  return requirements.load().then(() => undefined);
}
