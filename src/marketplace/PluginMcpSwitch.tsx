import { useSetPluginMcp, type InstalledPlugin, errorText } from '../api-client';
import type { PluginManifest } from '../stac-schema';
import { Switch, useToast } from '../ui';

/**
 * Whether the user's AI assistants (MCP clients, docs/mcp.md) see an installed plugin's tools and resources,
 * without uninstalling it. Shown only for a plugin that offers assistants something, on a backend that says
 * where the exposure stands (`mcpEnabled`; an Invenicum backend has no MCP). The switch moves at once; a
 * refusal moves it back and says why.
 */
export function PluginMcpSwitch({
  plugin,
  manifest,
}: {
  plugin: Pick<InstalledPlugin, 'id' | 'name' | 'mcpEnabled'>;
  manifest: Pick<PluginManifest, 'mcp'>;
}) {
  const setMcp = useSetPluginMcp();
  const notify = useToast();
  const offers = manifest.mcp.tools.length + manifest.mcp.resources.length > 0;
  if (!offers || plugin.mcpEnabled === undefined) return null;
  const enabled = plugin.mcpEnabled;
  const onChange = (checked: boolean) =>
    setMcp.mutate(
      { pluginId: plugin.id, enabled: checked },
      {
        onError: (error) =>
          notify(`Could not change what assistants see of “${plugin.name}”: ${errorText(error)}`, {
            tone: 'error',
          }),
      },
    );
  return (
    <div className="installed-row__mcp">
      <Switch
        checked={enabled}
        label={`Offer ${plugin.name} to AI assistants`}
        disabled={setMcp.isPending}
        onChange={onChange}
      >
        {enabled ? 'AI assistants: on' : 'AI assistants: off'}
      </Switch>
      <span className="muted">
        {enabled
          ? `${describeOffer(manifest)} for your AI assistants (MCP).`
          : 'Hidden from your AI assistants; the plugin keeps working here.'}
      </span>
    </div>
  );
}

function describeOffer({ mcp }: Pick<PluginManifest, 'mcp'>): string {
  const parts = [
    mcp.tools.length ? `${mcp.tools.length} ${mcp.tools.length === 1 ? 'tool' : 'tools'}` : '',
    mcp.resources.length
      ? `${mcp.resources.length} ${mcp.resources.length === 1 ? 'resource' : 'resources'}`
      : '',
  ].filter(Boolean);
  return parts.join(' and ');
}
