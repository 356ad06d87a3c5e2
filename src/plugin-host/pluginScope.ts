/**
 * The scope one plugin's surface binds against: the page's context reduced to what the plugin was granted,
 * plus what every plugin may read about itself (`plugin.id`, `plugin.version`, `plugin.has.<dependency>`,
 * `settings.*`, `slot`).
 */
import { grantedScope, type PluginGrants } from './permissions';
import type { SettingValues } from './settings';

export interface PluginScopeInput {
  plugin: { id: string; version?: string | null };
  slot: string;
  /** What the host offers this slot (`user`, `asset`, `inventory`, ...), before grants apply. */
  context: Record<string, unknown>;
  grants: PluginGrants;
  settings: SettingValues;
  /** Whether each declared dependency is active, for `<<plugin.has.id>>`. */
  has: Record<string, boolean>;
}

export function buildPluginScope(input: PluginScopeInput): Record<string, unknown> {
  return {
    ...grantedScope(input.context, input.grants),
    plugin: { id: input.plugin.id, version: input.plugin.version ?? '', has: input.has },
    slot: input.slot,
    settings: input.settings,
  };
}
