import type { StacTheme } from './theme';

/**
 * The theme of one view, for the widgets that ask for it (useStacTheme): it travels in the renderer context
 * (no provider of its own on every view) and a change of theme re-renders only the widgets that read it,
 * not every node, as a new renderer context would. The view sets it after each commit.
 */
export class StacThemeSource {
  private listeners: Set<() => void> | null = null;

  constructor(private theme: StacTheme) {}

  get current(): StacTheme {
    return this.theme;
  }

  subscribe(onChange: () => void): () => void {
    const listeners = (this.listeners ??= new Set());
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  }

  set(theme: StacTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (this.listeners) for (const onChange of [...this.listeners]) onChange();
  }
}
