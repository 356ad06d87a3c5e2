/** Signing in and out of an Invenicum backend (its tokens are stateless JWTs); it has no demo accounts. */
import type { BackendMethods } from '../apiClientTypes';
import { acknowledgementSchema } from '../responseSchemas';
import { bearerSession } from './bearerSession';
import { invenicumLoginSchema, invenicumMeSchema } from './invenicumAnswers';
import type { InvenicumReads } from './invenicumReads';

type SessionMethods = Pick<BackendMethods, 'login' | 'logout' | 'me' | 'getDemoInfo'>;

export function invenicumSession({ call, transport }: InvenicumReads): SessionMethods {
  const { auth } = transport;
  return {
    ...bearerSession(auth, {
      // src/services/userService.js looks `username` up as the account's e-mail.
      signIn: (username, password, o) =>
        call('login', {
          ...o,
          method: 'POST',
          path: '/auth/login',
          body: { username: username.trim(), password },
          schema: invenicumLoginSchema,
          isSignIn: true,
        }),
      // The backend's tokens are stateless JWTs; /auth/logout only acknowledges.
      signOut: (o) =>
        call('me', {
          ...o,
          method: 'POST',
          path: '/auth/logout',
          schema: acknowledgementSchema,
          isSignIn: true,
        }),
    }),
    me: (o) => call('me', { ...o, method: 'GET', path: '/auth/me', schema: invenicumMeSchema }),
    // Invenicum has no demo accounts; its first account is made in the app's setup wizard.
    getDemoInfo: async () => ({ enabled: false, users: [] }),
  };
}
