/**
 * Where the client keeps the session token. The token lives in a closure: the API client reads it to set
 * `Authorization: Bearer`, and nothing else in the page (plugins above all) is handed the auth object.
 * Plugins reach the network only through the host's `HostServices.fetch`, which the app builds without it.
 *
 * Decision: memory only by default, so a reload signs the user out and no script reading storage can lift
 * the token. A host that wants sessions to survive a reload opts in with `persist: 'session'`, which mirrors
 * the token into sessionStorage (one tab, cleared when the tab closes). localStorage is never used.
 */
export interface AuthSource {
  getToken(): string | null;
  setToken(token: string | null): void;
  /** Called with the new token (or null) whenever it changes; returns an unsubscribe function. */
  subscribe(listener: (token: string | null) => void): () => void;
}

export interface MemoryAuthOptions {
  /** A token to start with (e.g. from a host that signed in already). */
  initialToken?: string | null;
  /** `'session'` mirrors the token into sessionStorage so it survives a reload of this tab. */
  persist?: 'none' | 'session';
  /** sessionStorage key when `persist: 'session'` (default `stac-web.session`). */
  storageKey?: string;
}

export function createMemoryAuth(options: MemoryAuthOptions = {}): AuthSource {
  const storageKey = options.storageKey ?? 'stac-web.session';
  const storage = options.persist === 'session' ? sessionStorageOrNull() : null;
  let token: string | null = options.initialToken ?? readStorage(storage, storageKey);
  const listeners = new Set<(token: string | null) => void>();

  return {
    getToken: () => token,
    setToken(next) {
      const normalized = next && next.length > 0 ? next : null;
      if (normalized === token) return;
      token = normalized;
      writeStorage(storage, storageKey, normalized);
      for (const listener of [...listeners]) listener(normalized);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function sessionStorageOrNull(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Some sandboxed iframes throw on mere access to storage.
    return null;
  }
}

function readStorage(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(storage: Storage | null, key: string, value: string | null): void {
  try {
    if (!storage) return;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // A full or blocked storage only loses persistence; the in-memory token still works.
  }
}
