import { createContext } from 'react';

/**
 * Where a page's notices go. A host page shows several plugins, each in its own StacView with its own
 * snack bar queue; without one place for them, two plugins' snack bars (and the host's own toasts) would
 * be drawn on top of each other. A host that provides an element here gets every view's snack bar
 * portalled into it (still rendered in its view's scope and theme), so the host can stack them with its
 * own notices. Without one, each view draws its snack bars at the bottom of the screen itself.
 */
export const StacNoticeOutletContext = createContext<HTMLElement | null>(null);
StacNoticeOutletContext.displayName = 'StacNoticeOutletContext';

/** The label a notice carries: the plugin's name from the view's scope (`plugin.name`), when there is one. */
export function noticeSourceOf(scope: Record<string, unknown> | undefined): string | null {
  const plugin = scope?.plugin;
  if (typeof plugin !== 'object' || plugin === null) return null;
  const name = (plugin as Record<string, unknown>).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : null;
}
