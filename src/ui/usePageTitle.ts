import { useEffect } from 'react';

export const APP_NAME = 'stac-web';

/** Sets the document title so that every page is named in the tab and for screen readers. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
