import type { StacUser } from '../actions';

/**
 * What the host offers every plugin's templates, whatever the page: both hosts' conventions, so that a
 * plugin written for either renders the same text here. Ours is `user` (`user.name`, `user.username`); the
 * Invenicum app's is `{{userName}}` (lib/providers/plugin_provider.dart getProcessedUi puts the user's name
 * there). It falls back to the user name, which on Invenicum may be the e-mail. Page data (`asset`) is
 * added on top; the plugin's own fields (`plugin`, `slot`) by the view.
 */
export function hostScope(user: StacUser | null, context?: Record<string, unknown>): Record<string, unknown> {
  return { user, userName: user?.name || user?.username || '', ...context };
}
