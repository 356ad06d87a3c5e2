/**
 * What actions reach when the host passed no service: nothing happens, nothing throws. A host that wants
 * dialogs, navigation or toasts passes `services` (or wraps the view in an overlay host that does).
 */
import type { HostServices, StacUser } from '../actions';
import type { StacScope } from './contract';

function userFromScope(scope: StacScope): StacUser | null {
  const user = scope.user;
  if (typeof user !== 'object' || user === null) return null;
  const { username, name, id } = user as Record<string, unknown>;
  if (typeof username !== 'string') return null;
  return {
    username,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
  };
}

const refusingFetch: typeof fetch = () =>
  Promise.reject(new Error('This host gives plugins no network access (no `fetch` service was provided).'));

export function createDefaultHostServices(scope: StacScope): HostServices {
  const globalFetch =
    typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : refusingFetch;
  return {
    navigate: () => undefined,
    notify: () => undefined,
    confirm: () => Promise.resolve(false),
    showSnackBar: () => undefined,
    openDialog: () => Promise.resolve(undefined),
    closeDialog: () => undefined,
    currentUser: () => userFromScope(scope),
    signOut: () => undefined,
    fetch: globalFetch,
  };
}
