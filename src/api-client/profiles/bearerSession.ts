/**
 * What signing in and out means for the bearer token, the same for every backend profile: the token is kept only
 * after a sign-in that answered, and always forgotten on sign-out, even when the server cannot be reached (a
 * sign-out that fails must not leave the user signed in on this device). Each profile says only how it asks.
 */
import type { BackendMethods } from '../apiClientTypes';
import type { RequestOptions } from '../requestJson';
import type { LoginResult } from '../responseSchemas';
import type { AuthSource } from '../createMemoryAuth';

interface SessionRequests {
  signIn(username: string, password: string, options?: RequestOptions): Promise<LoginResult>;
  /** Ends the session on the server; called only while a token is held. */
  signOut(options?: RequestOptions): Promise<unknown>;
}

export function bearerSession(
  auth: AuthSource,
  { signIn, signOut }: SessionRequests,
): Pick<BackendMethods, 'login' | 'logout'> {
  return {
    async login(username, password, options) {
      const result = await signIn(username, password, options);
      auth.setToken(result.token);
      return result;
    },
    async logout(options) {
      try {
        if (auth.getToken() !== null) await signOut(options);
      } finally {
        auth.setToken(null);
      }
    },
  };
}
