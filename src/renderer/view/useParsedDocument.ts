/** The parse cache of a view: one lenient parse per distinct document, limits and registered types. */
import { useMemo } from 'react';
import { WIDGET_TYPES, unwrapPluginUi } from '../../stac-schema';
import type { ParseStacResult, StacLimits } from '../../stac-schema';
import type { ActionRegistry } from '../../actions';
import type { StacWidgetRegistry } from '../contract';
import { parseDocumentCached } from '../parseDocumentCached';

const VOCABULARY: ReadonlySet<string> = new Set(WIDGET_TYPES);

export function useParsedDocument(
  document: unknown,
  limits: Partial<StacLimits> | undefined,
  registry: StacWidgetRegistry,
  actions: ActionRegistry,
  rootPath: string,
): ParseStacResult {
  const limitsKey = limits ? JSON.stringify(limits) : '';
  // Only types outside the vocabulary are "extra": a host's own `text` is still validated as a `text`.
  const widgetTypesKey = Object.keys(registry)
    .filter((type) => !VOCABULARY.has(type))
    .join(',');
  const actionTypesKey = [...actions.actionTypes, ...actions.methodNames].join(',');
  return useMemo(
    () =>
      // A whole plugin record, or the backend's `{ ui: { ui: ... } }`, is its `ui`: a host that passes what
      // the API returned must not get "a widget needs a type". Objects only, so the parse cache still hits.
      parseDocumentCached(typeof document === 'object' ? unwrapPluginUi(document) : document, {
        mode: 'lenient',
        limits: limitsKey === '' ? undefined : (JSON.parse(limitsKey) as Partial<StacLimits>),
        rootPath,
        extraWidgetTypes: widgetTypesKey === '' ? [] : widgetTypesKey.split(','),
        extraActionTypes: actionTypesKey === '' ? [] : actionTypesKey.split(','),
      }),
    [document, limitsKey, widgetTypesKey, actionTypesKey, rootPath],
  );
}
