import { useEffect } from 'react';

/** Names the page in the tab and for screen readers (same format as the app shell's titles). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · stac-web` : 'stac-web';
  }, [title]);
}
