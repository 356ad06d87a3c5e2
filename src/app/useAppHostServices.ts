import { useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { HostServices, NavigateRequest, StacUser } from '../actions';
import { sanitizeUrl } from '../renderer';
import { createSameOriginFetch, writeClipboard } from '../slots';
import { isAppPath } from '../stac-schema';
import { useConfirm, useToast } from '../ui';

export interface AppHostServicesOptions {
  user: StacUser | null;
  signOut(): void | Promise<void>;
}

/**
 * Host services for plugin actions in the app: react-router navigation inside the app, the app's toasts and
 * confirm dialog, the signed-in user, sign-out, and a same-origin fetch without the user's token.
 * Dialogs, bottom sheets and snack bars are left to the renderer's overlay host.
 */
export function useAppHostServices({ user, signOut }: AppHostServicesOptions): Partial<HostServices> {
  const navigate = useNavigate();
  const notify = useToast();
  const confirm = useConfirm();
  // Services read the signed-in user when they run; the refs follow each commit (never written in render).
  const userRef = useRef(user);
  const signOutRef = useRef(signOut);
  useLayoutEffect(() => {
    userRef.current = user;
    signOutRef.current = signOut;
  });

  return useMemo<Partial<HostServices>>(() => {
    const go = (request: NavigateRequest) => {
      switch (request.kind) {
        case 'push':
        case 'replace': {
          // Plugins move within the app only; anything else is an external link and goes through `external`.
          if (!isAppPath(request.path)) {
            notify(`A plugin tried to open “${request.path}”, which is not a page of this app.`, {
              tone: 'error',
            });
            return;
          }
          navigate(request.path, {
            replace: request.kind === 'replace' || request.clearStack === true,
            state: request.arguments,
          });
          return;
        }
        case 'pop':
          if (request.all) navigate('/');
          else navigate(-1);
          return;
        case 'external': {
          const safe = sanitizeUrl(request.url, { kind: 'link' });
          if (!safe) {
            notify('A plugin tried to open a link that is not allowed.', { tone: 'error' });
            return;
          }
          window.open(safe, '_blank', 'noopener,noreferrer');
          return;
        }
        case 'widget':
          // Rendered in place by the overlay host; reaching the app means no overlay host was there.
          notify('This plugin tried to open a screen that this page cannot show.', { tone: 'error' });
          return;
      }
    };
    return {
      navigate: go,
      notify: (message, options) => notify(message, { tone: options?.tone, source: options?.source }),
      confirm: async (message) =>
        (await confirm({ message, title: 'A plugin asks', confirmLabel: 'OK' })).confirmed,
      currentUser: () => userRef.current,
      signOut: () => signOutRef.current(),
      fetch: createSameOriginFetch(),
      writeClipboard,
    };
  }, [navigate, notify, confirm]);
}
