/**
 * How a slot checks what a plugin requires (checkRequirements.ts) and waits for the code that does. Here it is
 * present from the start (the app, server rendering); the embed's build puts requirementChecks.lazy.ts in this
 * module's place (vite.embed.config.ts), where it comes with the manifest readers' chunk, only for an installed
 * list that declares a requirement.
 */
import { loadRequirementReaders } from '../stac-schema';

export { checkRequirements } from './checkRequirements';
export type { RequirementChecks, RequirementSubject } from './checkRequirements';

/**
 * Loads what reading and checking the requirements of `records` takes: null when nothing is to wait for, else a
 * promise that settles when it is there (rejected when it could not be loaded; calling again tries again).
 */
export function loadRequirementChecks(records: readonly unknown[]): Promise<void> | null {
  return loadRequirementReaders(records);
}
