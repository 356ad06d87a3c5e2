import { readPluginManifest } from '../stac-schema';

const INVENTORY_LABEL = 'the inventory summary';

/** A tool's own server action, named as the plugins page and the docs name it. */
function actionText(action: Record<string, unknown>): string {
  if (typeof action.method === 'string') return `the host method ${action.method}`;
  return `a server action (${typeof action.actionType === 'string' ? action.actionType : 'unknown'})`;
}

/**
 * What a plugin offers to the user's AI assistants over MCP (docs/mcp.md), read from its manifest before it
 * is installed: each tool with the job or server action it runs and the input it takes, each resource with the
 * data it reads.
 */
export function DeclaredMcp({ plugin }: { plugin: unknown }) {
  const { manifest } = readPluginManifest(plugin);
  const { tools, resources } = manifest.mcp;
  if (tools.length + resources.length === 0) return null;
  const jobName = (id: string) => manifest.jobs.find((job) => job.id === id)?.name ?? id;
  return (
    <section aria-labelledby="declared-mcp-title">
      <h2 id="declared-mcp-title">For AI assistants (MCP)</h2>
      {tools.length > 0 ? (
        <ul className="declared-jobs" aria-label="MCP tools">
          {tools.map((tool) => {
            const inputs = Object.keys(tool.input.properties);
            return (
              <li key={tool.name}>
                <strong>{tool.title ?? tool.name}</strong>
                <span className="muted"> · {tool.description}</span>
                <span className="muted">
                  {' '}
                  ·{' '}
                  {tool.job !== undefined ? `runs “${jobName(tool.job)}”` : `runs ${actionText(tool.action)}`}
                  {inputs.length ? ` with ${inputs.join(', ')}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {resources.length > 0 ? (
        <ul className="declared-jobs" aria-label="MCP resources">
          {resources.map((resource) => (
            <li key={resource.name}>
              <strong>{resource.title ?? resource.name}</strong>
              <span className="muted">
                {' '}
                · {resource.description} · reads{' '}
                {resource.data.kind === 'jobResult'
                  ? `the last result of “${jobName(resource.data.job)}”`
                  : INVENTORY_LABEL}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">Installed, you can switch these off for assistants and keep the plugin.</p>
    </section>
  );
}
