import { useMemo } from 'react';
import { parseStacDocument } from '../../stac-schema';
import { StacNodeView } from '../StacNodeView';
import { ScopeLayerProvider } from '../ScopeLayerProvider';
import { useWidgetFamilies } from '../view/useWidgetFamilies';
import type { ScopeStore } from '../scopeStore';

/**
 * Renders widget JSON an action carried (a dialog's `widget`, a page's `widgetJson`, a snack bar's `content`)
 * inside the surrounding StacView, so it shares the view's scope, theme, forms and actions. JSON that came
 * from a request or an asset was never validated: it goes through the same lenient parse as a document.
 */
export function OverlayWidget({
  widget,
  path,
  store = null,
}: {
  widget: unknown;
  path: string;
  store?: ScopeStore | null;
}) {
  // A widget fetched by the action (`request`) may use families the document did not (loaded on demand in
  // the embed); one the document carried was loaded with it.
  const families = useWidgetFamilies(typeof widget === 'string' ? null : widget);
  const familiesReady = families.status === 'ready';
  const node = useMemo(() => {
    if (typeof widget === 'string') return { type: 'text', data: widget };
    if (!familiesReady) return null;
    const parsed = parseStacDocument(widget, { mode: 'lenient', rootPath: path });
    return parsed.ok ? parsed.document : widget;
  }, [widget, path, familiesReady]);
  if (families.status === 'failed') {
    return (
      <p role="alert">
        This part could not be loaded: {families.error.message}{' '}
        <button type="button" onClick={families.retry}>
          Retry
        </button>
      </p>
    );
  }
  if (node === null) return <span role="status" aria-label="Loading" />;
  const view = <StacNodeView node={node} path={path} />;
  // Rendered against the scope of the place the overlay was opened from (its setValue layer), when known.
  return store ? <ScopeLayerProvider store={store}>{view}</ScopeLayerProvider> : view;
}
