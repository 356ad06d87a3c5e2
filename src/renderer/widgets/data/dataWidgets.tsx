/**
 * Data family: `dynamicView` (fetches JSON and renders its `template` with the fields as variables, cloning
 * an `itemTemplate` per list item) and `networkWidget` (fetches widget JSON, validates it like any plugin
 * document and renders it). Requests go through the request runner the renderer core provides from the
 * host's services; both widgets show a loading state, and an error with a retry button.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StacWidgetProps } from '../../contract';
import { parseStacDocument } from '../../../stac-schema';
import { StacChild, StacVariableScope, useWidgetFamilies } from '../../widgetApi';
import { roleColor, stringOf, themeTextStyleToCss } from '../../values';
import { GeneratedItemsContext } from '../generatedItems';
import { useStacRequest } from './requestContext';
import { isRecord } from '../widgetProps';

type Load = { status: 'loading' } | { status: 'ready'; data: unknown } | { status: 'error'; message: string };

const PATH_SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** `users`, `data.items[2].name`: own properties only, so no path reaches a prototype. */
export function readDataPath(data: unknown, path: unknown): unknown {
  if (typeof path !== 'string' || path.trim() === '') return data;
  let current = data;
  for (const match of path.matchAll(PATH_SEGMENT)) {
    const key = match[1] ?? match[2];
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const NO_RUNNER: Load = {
  status: 'error',
  message: 'This page does not let plugins load data here. Ask the host to enable widget requests.',
};
const LOADING: Load = { status: 'loading' };

function useRequest(request: unknown): { load: Load; retry(): void } {
  const runner = useStacRequest();
  const [attempt, setAttempt] = useState(0);
  // The bound request is a fresh object on every render; its JSON is what identifies it.
  const requestKey = JSON.stringify(request ?? null);
  // An answer belongs to one request and attempt: any other is still loading (derived, not reset in an effect).
  const loadKey = `${attempt}:${requestKey}`;
  const [answer, setAnswer] = useState<{ key: string; load: Load } | null>(null);
  useEffect(() => {
    if (!runner) return undefined;
    const controller = new AbortController();
    const settle = (load: Load) => {
      if (!controller.signal.aborted) setAnswer({ key: loadKey, load });
    };
    runner(JSON.parse(requestKey) as unknown, controller.signal).then(
      (outcome) =>
        settle(
          outcome.ok
            ? { status: 'ready', data: outcome.data }
            : { status: 'error', message: `The server answered with status ${outcome.statusCode}.` },
        ),
      (error: unknown) =>
        settle({ status: 'error', message: error instanceof Error ? error.message : 'The request failed.' }),
    );
    return () => controller.abort();
  }, [runner, requestKey, loadKey]);
  const load = !runner ? NO_RUNNER : answer?.key === loadKey ? answer.load : LOADING;
  return { load, retry: () => setAttempt((n) => n + 1) };
}

function LoadState({ load, retry, type }: { load: Load; retry(): void; type: string }): ReactNode {
  if (load.status === 'loading') {
    return (
      <div
        className={`stac-${type}`}
        role="status"
        aria-live="polite"
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          gap: '12px',
          padding: '16px',
          color: roleColor('onSurfaceVariant'),
        }}
      >
        <svg
          viewBox="0 0 24 24"
          width="24"
          height="24"
          aria-hidden
          style={{ animation: 'stac-spin 1s linear infinite' }}
        >
          <circle
            cx="12"
            cy="12"
            r="9"
            fill="none"
            stroke={roleColor('primary')}
            strokeWidth="2.5"
            strokeDasharray="42 100"
          />
        </svg>
        <span style={themeTextStyleToCss('bodyMedium')}>Loading…</span>
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div
        className={`stac-${type}`}
        role="alert"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: '12px',
          padding: '12px 16px',
          borderRadius: '12px',
          backgroundColor: roleColor('errorContainer'),
          color: roleColor('onErrorContainer'),
          ...themeTextStyleToCss('bodyMedium'),
        }}
      >
        <span style={{ flex: '1 1 12em' }}>Could not load this content. {load.message}</span>
        <button
          type="button"
          className="stac-state stac-focus"
          onClick={retry}
          style={{
            border: 'none',
            borderRadius: '20px',
            padding: '8px 16px',
            background: 'transparent',
            color: 'inherit',
            cursor: 'pointer',
            font: 'inherit',
            fontWeight: 500,
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  return null;
}

export function DynamicViewWidget({ node, path }: StacWidgetProps) {
  const { load, retry } = useRequest(node.request);
  const target = load.status === 'ready' ? readDataPath(load.data, node.targetPath) : undefined;
  const templatePath = `${path}.template`;
  const variables = useMemo<Record<string, unknown>>(() => {
    const values: Record<string, unknown> = isRecord(target)
      ? { ...target }
      : Array.isArray(target)
        ? {}
        : { value: target };
    const resultTarget = stringOf(node.resultTarget);
    if (resultTarget) values[resultTarget] = target;
    return values;
  }, [target, node.resultTarget]);
  const items = useMemo(
    () => (Array.isArray(target) ? { path: templatePath, items: target } : null),
    [target, templatePath],
  );
  if (load.status !== 'ready') return <LoadState load={load} retry={retry} type="dynamicView" />;
  return (
    <StacVariableScope values={variables}>
      <GeneratedItemsContext.Provider value={items}>
        <StacChild node={node.template} path={templatePath} />
      </GeneratedItemsContext.Provider>
    </StacVariableScope>
  );
}

export function NetworkWidgetWidget({ node, path }: StacWidgetProps) {
  const { load, retry } = useRequest(node.request);
  // Fetched widgets may use families no part of the document did (the embed loads those on demand).
  const families = useWidgetFamilies(load.status === 'ready' ? load.data : null);
  const familiesReady = families.status === 'ready';
  const parsed = useMemo(() => {
    if (load.status !== 'ready' || !familiesReady) return null;
    // Fetched widget JSON is as untrusted as the plugin itself: the same validation and limits apply.
    return parseStacDocument(load.data, { mode: 'lenient', rootPath: `${path}.response` });
  }, [load, path, familiesReady]);
  if (load.status !== 'ready') return <LoadState load={load} retry={retry} type="networkWidget" />;
  if (families.status === 'loading')
    return <LoadState load={{ status: 'loading' }} retry={retry} type="networkWidget" />;
  if (families.status === 'failed') {
    const message = `Part of the renderer could not be loaded: ${families.error.message}`;
    return <LoadState load={{ status: 'error', message }} retry={families.retry} type="networkWidget" />;
  }
  if (!parsed?.ok) {
    const first = parsed?.issues[0];
    return (
      <LoadState
        load={{
          status: 'error',
          message: first ? `${first.path}: ${first.message}` : 'The response is not a widget.',
        }}
        retry={retry}
        type="networkWidget"
      />
    );
  }
  return (
    <div className="stac-networkWidget" style={{ display: 'contents' }}>
      <StacChild node={parsed.document} path={`${path}.response`} />
    </div>
  );
}
