import { useCallback, useMemo, useState } from 'react';
import type { HostServices, NavigateRequest } from '../actions';
import { StacView, type StacRenderProblem } from '../renderer';
import { PluginErrorBoundary, usePluginSlotHost } from '../slots';
import { samplePreviewScope } from './sampleScope';

export interface PluginPreviewProps {
  ui: unknown;
  slot?: string | null;
  plugin?: { id?: string | null; version?: string | null };
  /** Accessible name of the preview region. */
  label?: string;
  theme?: 'light' | 'dark';
  /** Shown above the frame, e.g. "Installed 1.0.0". */
  caption?: string;
  /** `<<settings.*>>` in the preview: the declared defaults, or a user's values. */
  settings?: Record<string, unknown>;
}

interface LogLine {
  id: number;
  text: string;
}

function describeNavigation(request: NavigateRequest): string {
  switch (request.kind) {
    case 'push':
    case 'replace':
      return `would open ${request.path}`;
    case 'pop':
      return 'would go back';
    case 'external':
      return `would open ${request.url} in a new tab`;
    case 'widget':
      return 'would open a new screen';
  }
}

/**
 * A live, sandboxed preview of a plugin's UI bound to sample data for its slot. Actions run against
 * preview services that only log what they would do: a preview never navigates, signs out or fetches.
 */
export function PluginPreview({
  ui,
  slot,
  plugin,
  label = 'Live preview',
  theme,
  caption,
  settings,
}: PluginPreviewProps) {
  // Follow the host page's light or dark theme unless the caller picks one.
  const hostTheme = usePluginSlotHost().theme;
  const [log, setLog] = useState<LogLine[]>([]);
  const [problems, setProblems] = useState<StacRenderProblem[]>([]);
  const [problemsOf, setProblemsOf] = useState<unknown>(ui);
  if (problemsOf !== ui) {
    // A new document starts with a clean slate (React's "adjust state on prop change" pattern).
    setProblemsOf(ui);
    setProblems([]);
  }
  const scope = useMemo(() => samplePreviewScope({ slot, plugin, settings }), [slot, plugin, settings]);

  const append = useCallback((text: string) => {
    setLog((current) => [...current.slice(-4), { id: Date.now() + Math.random(), text }]);
  }, []);

  const services = useMemo<Partial<HostServices>>(
    () => ({
      navigate: (request) => append(`Navigation: ${describeNavigation(request)}`),
      notify: (message) => append(`Message: ${message}`),
      confirm: async (message) => {
        append(`Question: ${message} (answered yes in the preview)`);
        return true;
      },
      currentUser: () => scope.user as { username: string; name?: string },
      signOut: () => append('Sign-out: the preview stays signed in'),
      fetch: (input) => {
        append(`Request: ${String(input instanceof Request ? input.url : input)} (blocked in the preview)`);
        return Promise.reject(new Error('Network requests are not sent from a preview.'));
      },
    }),
    [append, scope.user],
  );

  const onProblem = useCallback((problem: StacRenderProblem) => {
    queueMicrotask(() =>
      setProblems((current) =>
        current.some((known) => known.path === problem.path && known.code === problem.code)
          ? current
          : [...current, problem].slice(-20),
      ),
    );
  }, []);

  return (
    <section className="plugin-preview" aria-label={label}>
      {caption ? <p className="plugin-preview__caption">{caption}</p> : null}
      <div className="plugin-preview__frame" data-slot={slot ?? undefined}>
        <PluginErrorBoundary
          resetKey={ui}
          fallback={(error) => (
            <p className="form-error" role="alert">
              The preview failed: {error.message}
            </p>
          )}
        >
          <StacView
            document={ui}
            scope={scope}
            mode="preview"
            theme={theme ?? hostTheme}
            services={services}
            onProblem={onProblem}
            onDispatch={(info) =>
              append(`Action: ${info.method ? `${info.actionType} · ${info.method}` : info.actionType}`)
            }
          />
        </PluginErrorBoundary>
      </div>
      {log.length > 0 ? (
        <div className="plugin-preview__log" aria-live="polite">
          <p className="plugin-preview__log-title">What the plugin did</p>
          <ul>
            {log.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <details className="plugin-preview__problems">
          <summary>
            {problems.length} rendering problem{problems.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.code}:${problem.path}`}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
