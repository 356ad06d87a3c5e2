import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PluginErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (a new version, a new document) the boundary tries again. */
  resetKey?: unknown;
  fallback(error: Error, retry: () => void): ReactNode;
  onError?(error: Error, info: ErrorInfo): void;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps one plugin's failure inside its own box: the rest of the page renders on. */
export class PluginErrorBoundary extends Component<PluginErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: PluginErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}
