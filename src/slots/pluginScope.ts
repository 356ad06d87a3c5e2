import type { StacUser } from '../actions/types';

export interface PluginScopeInput {
  user: StacUser | null;
  plugin: { id: string; name?: string; version?: string | null };
  slot: string;
  context?: Record<string, unknown>;
}

/**
 * The data a plugin's templates bind against. Both hosts' conventions are filled, so that a plugin written
 * for either renders the same text here: ours (`user.name`, `plugin`, `slot`, page data such as `asset`)
 * and the Invenicum app's `{{userName}}` (lib/providers/plugin_provider.dart getProcessedUi puts the
 * user's name there; it falls back to the user name, which on Invenicum may be the e-mail).
 */
export function pluginScope({ user, plugin, slot, context }: PluginScopeInput): Record<string, unknown> {
  return {
    user,
    userName: user?.name || user?.username || '',
    plugin: { id: plugin.id, name: plugin.name, version: plugin.version ?? '' },
    slot,
    ...context,
  };
}
