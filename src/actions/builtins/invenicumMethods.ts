import { z } from '../../stac-schema';
import { defineMethod, type MethodDefinition } from '../defineAction';
import { navigationToPath } from './stacActions';

/** Invenicum's `invenicum_sdk` methods, as the real plugins of its market call them. */
export const getUserNameMethod = defineMethod('getUserName', z.object({}), (_params, run) => {
  const user = run.services.currentUser();
  const name = user ? (user.name ?? user.username) : null;
  run.services.notify(name ?? 'You are not signed in.', { tone: 'info' });
  return name;
});

export const showAlertMethod = defineMethod(
  'showAlert',
  z.object({ message: z.string().check(z.minLength(1, 'showAlert needs a message')) }),
  (params, run) => {
    run.services.notify(params.message, { tone: 'info' });
    return undefined;
  },
);

export const navigateMethod = defineMethod(
  'navigate',
  z.object({
    path: z.string().check(z.minLength(1, 'navigate needs a path inside the app, e.g. "/assets/12"')),
  }),
  (params, run) => {
    const request = navigationToPath(params.path, run, { kind: 'push' });
    if (request.kind === 'external') {
      return run.fail('navigation_refused', 'The SDK navigate method only opens pages inside the app.');
    }
    return run.services.navigate(request);
  },
);

export const logoutMethod = defineMethod('logout', z.object({}), (_params, run) => run.services.signOut());

export const invenicumMethods: readonly MethodDefinition[] = [
  getUserNameMethod,
  showAlertMethod,
  navigateMethod,
  logoutMethod,
];
