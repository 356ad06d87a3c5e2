import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthSource } from '../api-client';

const SessionContext = createContext<AuthSource | null>(null);

/** Shares the app's auth source (the API client's token holder) with the router guards and sign-in. */
export function SessionProvider({ auth, children }: { auth: AuthSource; children: ReactNode }) {
  return <SessionContext.Provider value={auth}>{children}</SessionContext.Provider>;
}

export function useAuthSource(): AuthSource {
  const auth = useContext(SessionContext);
  if (!auth) throw new Error('useAuthSource must be used within <SessionProvider>.');
  return auth;
}

/** The current token; re-renders on sign-in and sign-out. */
export function useSessionToken(): string | null {
  const auth = useAuthSource();
  return useSyncExternalStore(auth.subscribe, auth.getToken, auth.getToken);
}
