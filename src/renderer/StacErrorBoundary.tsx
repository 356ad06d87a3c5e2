/**
 * Catches what a widget throws while rendering, so that one bad node (or one bad plugin) never blanks its
 * siblings or the host page. Shows a fallback in preview mode, nothing in production, and reports either way.
 */
import { Component, useContext, useEffect, type ReactNode } from 'react';
import type { StacRenderMode, StacRenderProblem } from './contract';
import { StacFallback } from './StacFallback';
import { StacRendererContext } from './StacRendererContext';

export interface StacErrorBoundaryProps {
  path: string;
  widgetType?: string;
  mode: StacRenderMode;
  reportProblem(problem: StacRenderProblem): void;
  /** When this value changes after an error, rendering is tried again (e.g. the node was re-bound). */
  resetKey?: unknown;
  /**
   * While failed, the boundary listens here and tries again on the next call: a widget that threw on
   * missing data gets another chance when the host's scope changes.
   */
  retrySubscribe?: (onChange: () => void) => () => void;
  children?: ReactNode;
}

function RetryWhen({
  subscribe,
  retry,
}: {
  subscribe: (onChange: () => void) => () => void;
  retry: () => void;
}) {
  useEffect(() => subscribe(retry), [subscribe, retry]);
  return null;
}

interface StacErrorBoundaryState {
  problem: StacRenderProblem | null;
  /** The resetKey seen when the error was caught, boxed so that `undefined` is a key too. */
  failedWith: { key: unknown } | null;
}

export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'unknown error';
}

export class StacErrorBoundary extends Component<StacErrorBoundaryProps, StacErrorBoundaryState> {
  override state: StacErrorBoundaryState = { problem: null, failedWith: null };

  static getDerivedStateFromError(error: unknown): Partial<StacErrorBoundaryState> {
    return { problem: { code: 'render_error', path: '', message: describeThrown(error) } };
  }

  static getDerivedStateFromProps(
    props: StacErrorBoundaryProps,
    state: StacErrorBoundaryState,
  ): Partial<StacErrorBoundaryState> | null {
    if (state.problem === null) return null;
    if (state.failedWith === null) return { failedWith: { key: props.resetKey } };
    if (!Object.is(state.failedWith.key, props.resetKey)) return { problem: null, failedWith: null };
    return null;
  }

  override componentDidCatch(error: unknown): void {
    const what = this.props.widgetType ? `Widget "${this.props.widgetType}"` : 'This part of the document';
    this.props.reportProblem({
      code: 'render_error',
      path: this.props.path,
      message: `${what} failed to render: ${describeThrown(error)}`,
      widgetType: this.props.widgetType,
    });
  }

  private readonly retry = (): void => {
    this.setState({ problem: null, failedWith: null });
  };

  override render(): ReactNode {
    const { problem } = this.state;
    if (problem === null) return this.props.children;
    const { retrySubscribe } = this.props;
    return (
      <StacRenderFailure
        problem={problem}
        path={this.props.path}
        widgetType={this.props.widgetType}
        mode={this.props.mode}
        retry={retrySubscribe ? { subscribe: retrySubscribe, retry: this.retry } : null}
      />
    );
  }
}

/**
 * What a failed boundary shows: a fallback in preview mode, nothing in production; with `retry`, it also
 * listens for the next change and then tries rendering again.
 */
export function StacRenderFailure({
  problem,
  path,
  widgetType,
  mode,
  retry,
}: {
  problem: StacRenderProblem;
  path: string;
  widgetType: string | undefined;
  mode: StacRenderMode;
  retry: { subscribe: (onChange: () => void) => () => void; retry: () => void } | null;
}) {
  // Outside a StacView (a boundary a host placed itself) the default fallback shows.
  const Fallback = useContext(StacRendererContext)?.views.Fallback ?? StacFallback;
  const retryElement = retry ? <RetryWhen subscribe={retry.subscribe} retry={retry.retry} /> : null;
  if (mode !== 'preview') return retryElement;
  const what = widgetType ? `Widget "${widgetType}" failed` : 'Render failed';
  return (
    <>
      <Fallback problem={{ ...problem, path, message: `${what}: ${problem.message}`, widgetType }} />
      {retryElement}
    </>
  );
}
