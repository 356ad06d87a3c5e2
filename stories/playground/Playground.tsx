/**
 * The authoring playground: paste a STAC document and the context it binds against, and see the render,
 * the strict validation issues with their JSON paths (click one to jump to it), what the renderer reported
 * while rendering (unbound paths, bad nodes), and every action the document dispatched.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { action } from 'storybook/actions';
import { ValidationReport } from '../../src/marketplace';
// The locator sits outside the marketplace's index so its parser stays in the editor's lazy chunk.
import { jsonErrorOffset, locateJsonPath } from '../../src/marketplace/locateJsonPath';
import { StacView } from '../../src/renderer';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { parseStacDocument, type StacIssue } from '../../src/stac-schema';
import { createStoryServices, storyActionRegistry } from '../support/storyServices';
import { useStoryTheme } from '../support/storyTheme';

export interface PlaygroundProps {
  /** The document the playground starts with. */
  initialDocument: unknown;
  /** The scope it binds against: `asset`, `user`, `plugin`, `slot`, ... */
  initialContext: Record<string, unknown>;
}

interface LocatedIssue extends StacIssue {
  range: { from: number; to: number } | null;
}

interface DocumentState {
  document: unknown;
  issues: LocatedIssue[];
}

const MAX_LOG_LINES = 100;

function readDocument(text: string): DocumentState {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text, message);
    return {
      document: undefined,
      issues: [
        {
          code: 'invalid_json',
          severity: 'error',
          path: 'ui',
          message: `The document is not JSON: ${message}`,
          range: offset === null ? null : { from: offset, to: Math.min(text.length, offset + 1) },
        },
      ],
    };
  }
  const result = parseStacDocument(document, { mode: 'strict' });
  return {
    document,
    issues: result.issues.map((issue) => ({ ...issue, range: locateJsonPath(text, issue.path) })),
  };
}

function readContext(text: string): { scope: Record<string, unknown> | null; error: string | null } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        scope: null,
        error: 'The context must be a JSON object, e.g. { "asset": { "name": "Drill" } }.',
      };
    }
    return { scope: value as Record<string, unknown>, error: null };
  } catch (error) {
    return {
      scope: null,
      error: `The context is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function Playground({ initialDocument, initialContext }: PlaygroundProps) {
  const theme = useStoryTheme();
  const [documentText, setDocumentText] = useState(() => JSON.stringify(initialDocument, null, 2));
  const [contextText, setContextText] = useState(() => JSON.stringify(initialContext, null, 2));
  const [log, setLog] = useState<string[]>([]);
  const [problems, setProblems] = useState<StacRenderProblem[]>([]);
  const documentRef = useRef<HTMLTextAreaElement>(null);

  const parsed = useMemo(() => readDocument(documentText), [documentText]);
  const context = useMemo(() => readContext(contextText), [contextText]);
  // The last readable context keeps the preview alive while the author is mid-edit.
  // Derived state (kept from an earlier render), not a ref written during render.
  const [lastScope, setLastScope] = useState<Record<string, unknown>>(initialContext);
  if (context.scope && context.scope !== lastScope) setLastScope(context.scope);
  const scope = context.scope ?? lastScope;

  const append = useCallback((line: string) => {
    setLog((current) => [...current, `${new Date().toLocaleTimeString()}  ${line}`].slice(-MAX_LOG_LINES));
  }, []);
  const services = useMemo(() => createStoryServices(append), [append]);

  const onDispatch = useCallback(
    (info: { actionType: string; method?: string; params?: unknown; path?: string }) => {
      action('dispatch')(info);
      const name = info.method ? `${info.actionType}.${info.method}` : info.actionType;
      append(
        `dispatch ${name}${info.params === undefined ? '' : ` ${describe(info.params)}`} at ${info.path ?? 'ui'}`,
      );
    },
    [append],
  );
  const onActionError = useCallback(
    (event: { code: string; message: string; path?: string }) => {
      action('action error')(event);
      append(`action error ${event.code} at ${event.path ?? 'ui'}: ${event.message}`);
    },
    [append],
  );
  const onProblem = useCallback((problem: StacRenderProblem) => {
    action('problem')(problem);
    setProblems((current) =>
      current.some((known) => known.code === problem.code && known.path === problem.path)
        ? current
        : [...current, problem].slice(-50),
    );
  }, []);

  const changeDocument = (text: string) => {
    setDocumentText(text);
    setProblems([]);
  };
  const changeContext = (text: string) => {
    setContextText(text);
    setProblems([]);
  };

  return (
    <div className="playground">
      <section className="playground__inputs" aria-label="Inputs">
        <h2>
          <label htmlFor="playground-document">STAC document</label>
        </h2>
        <textarea
          id="playground-document"
          ref={documentRef}
          className="playground__editor"
          spellCheck={false}
          value={documentText}
          onChange={(event) => changeDocument(event.target.value)}
          rows={Math.min(32, Math.max(12, documentText.split('\n').length + 1))}
        />
        <h2>
          <label htmlFor="playground-context">Context (scope)</label>
        </h2>
        <textarea
          id="playground-context"
          className="playground__editor"
          spellCheck={false}
          value={contextText}
          onChange={(event) => changeContext(event.target.value)}
          rows={12}
        />
        {context.error ? (
          <p role="alert" className="playground__context-error">
            {context.error}
          </p>
        ) : null}
      </section>
      <section className="playground__outputs" aria-label="Result">
        <h2>Render</h2>
        {parsed.document === undefined ? (
          <p className="playground__empty">Fix the JSON to see the render.</p>
        ) : (
          <StacView
            document={parsed.document}
            scope={scope}
            theme={theme}
            mode="preview"
            services={services}
            actions={storyActionRegistry()}
            onDispatch={onDispatch}
            onActionError={onActionError}
            onProblem={onProblem}
            className="story-frame__view"
          />
        )}
        <ValidationReport
          title="Validation (strict, as on publish)"
          issues={parsed.issues}
          onSelectIssue={(issue) => {
            const range = parsed.issues.find((candidate) => candidate === issue)?.range;
            const editor = documentRef.current;
            if (!range || !editor) return;
            editor.focus();
            editor.setSelectionRange(range.from, range.to);
          }}
        />
        <section aria-label="Render problems" className="playground__problems">
          <h2>Render problems</h2>
          {problems.length === 0 ? (
            <p>None: every binding resolved and every node rendered.</p>
          ) : (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.code}:${problem.path}`}>
                  <code>{problem.path}</code> {problem.code}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Action log" className="playground__log">
          <h2>
            Action log{' '}
            <button type="button" onClick={() => setLog([])} disabled={log.length === 0}>
              Clear
            </button>
          </h2>
          {log.length === 0 ? (
            <p>
              Press a button in the render: every action it dispatches is listed here and in the Actions
              panel.
            </p>
          ) : (
            <ol>
              {log.map((line, index) => (
                <li key={index}>
                  <code>{line}</code>
                </li>
              ))}
            </ol>
          )}
        </section>
      </section>
    </div>
  );
}
