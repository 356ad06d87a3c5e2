/** The parse cache of a view: one lenient parse per distinct document, limits and registered types. */
import { useMemo } from 'react';
import { WIDGET_TYPES, unwrapPluginUi } from '../../stac-schema';
import type { ParseStacOptions, ParseStacResult, StacLimits } from '../../stac-schema';
import type { ActionRegistry } from '../../actions';
import type { StacWidgetRegistry } from '../contract';
import { parseDocumentCached } from '../parseDocumentCached';

const VOCABULARY: ReadonlySet<string> = new Set(WIDGET_TYPES);

/**
 * A frozen registry's key (every registry the library makes is frozen, and cannot change) is computed once,
 * however many views and documents use it.
 */
const frozenKeys = new WeakMap<object, string>();
function keyOf<T extends object>(table: T, compute: (table: T) => string): string {
  if (!Object.isFrozen(table)) return compute(table);
  let key = frozenKeys.get(table);
  if (key === undefined) frozenKeys.set(table, (key = compute(table)));
  return key;
}

// Only types outside the vocabulary are "extra": a host's own `text` is still validated as a `text`.
const extraWidgetTypesOf = (registry: StacWidgetRegistry) =>
  Object.keys(registry)
    .filter((type) => !VOCABULARY.has(type))
    .join(',');
const joined = (names: readonly string[]) => names.join(',');

interface OptionsInputs {
  limitsKey: string;
  rootPath: string;
  widgetTypesKey: string;
  actionTypesKey: string;
}

/**
 * The options of the last parse asked for, frozen: views with the same limits, root path and registries
 * (every view of a page, usually) share one object, whose cache key the parse cache then computes once.
 */
let lastOptions: { inputs: OptionsInputs; options: ParseStacOptions } | null = null;
function parseOptionsOf(inputs: OptionsInputs): ParseStacOptions {
  const last = lastOptions;
  if (
    last !== null &&
    last.inputs.limitsKey === inputs.limitsKey &&
    last.inputs.rootPath === inputs.rootPath &&
    last.inputs.widgetTypesKey === inputs.widgetTypesKey &&
    last.inputs.actionTypesKey === inputs.actionTypesKey
  ) {
    return last.options;
  }
  const { limitsKey, rootPath, widgetTypesKey, actionTypesKey } = inputs;
  const options: ParseStacOptions = Object.freeze({
    mode: 'lenient',
    limits: limitsKey === '' ? undefined : Object.freeze(JSON.parse(limitsKey) as Partial<StacLimits>),
    rootPath,
    extraWidgetTypes: Object.freeze(widgetTypesKey === '' ? [] : widgetTypesKey.split(',')),
    extraActionTypes: Object.freeze(actionTypesKey === '' ? [] : actionTypesKey.split(',')),
  });
  lastOptions = { inputs, options };
  return options;
}

/** Limits objects' keys: a host that passes the same limits object on every render pays for its key once. */
const limitsKeys = new WeakMap<object, string>();
function limitsKeyOf(limits: Partial<StacLimits> | undefined): string {
  if (!limits) return '';
  let key = limitsKeys.get(limits);
  if (key === undefined) limitsKeys.set(limits, (key = JSON.stringify(limits)));
  return key;
}

export function useParsedDocument(
  document: unknown,
  limits: Partial<StacLimits> | undefined,
  registry: StacWidgetRegistry,
  actions: ActionRegistry,
  rootPath: string,
): ParseStacResult {
  // The keys are computed only when one of these objects changes: a host render that changes only the scope
  // (every render of a live view) compares five references and reads no table. Equal keys from new objects
  // give the same shared options, so the parse cache still answers with the same result.
  return useMemo(() => {
    // A whole plugin record, or the backend's `{ ui: { ui: ... } }`, is its `ui`: a host that passes what
    // the API returned must not get "a widget needs a type". Objects only, so the parse cache still hits.
    const options = optionsFor(limits, registry, actions, rootPath);
    return parseDocumentCached(typeof document === 'object' ? unwrapPluginUi(document) : document, options);
  }, [document, limits, registry, actions, rootPath]);
}

/**
 * The parse options of the last view that asked, by its four inputs: every view of a page (and every mount of
 * the same view) usually passes the same objects, so a new document's parse finds its options with a few
 * comparisons, without reading a table (a limits object is taken as unchanged, as limitsKeyOf takes it).
 */
let lastInputs: {
  limits: Partial<StacLimits> | undefined;
  registry: StacWidgetRegistry;
  actionTypes: readonly string[];
  methodNames: readonly string[];
  rootPath: string;
  options: ParseStacOptions;
} | null = null;
function optionsFor(
  limits: Partial<StacLimits> | undefined,
  registry: StacWidgetRegistry,
  actions: ActionRegistry,
  rootPath: string,
): ParseStacOptions {
  const last = lastInputs;
  if (
    last !== null &&
    last.limits === limits &&
    last.registry === registry &&
    last.actionTypes === actions.actionTypes &&
    last.methodNames === actions.methodNames &&
    last.rootPath === rootPath &&
    // Only tables that cannot change (every registry the library makes is frozen) answer by identity.
    Object.isFrozen(registry) &&
    Object.isFrozen(actions.actionTypes) &&
    Object.isFrozen(actions.methodNames)
  ) {
    return last.options;
  }
  const actionTypes = keyOf(actions.actionTypes, joined);
  const methodNames = keyOf(actions.methodNames, joined);
  const actionTypesKey =
    actionTypes === '' ? methodNames : methodNames === '' ? actionTypes : `${actionTypes},${methodNames}`;
  const options = parseOptionsOf({
    limitsKey: limitsKeyOf(limits),
    rootPath,
    widgetTypesKey: keyOf(registry, extraWidgetTypesOf),
    actionTypesKey,
  });
  lastInputs = {
    limits,
    registry,
    actionTypes: actions.actionTypes,
    methodNames: actions.methodNames,
    rootPath,
    options,
  };
  return options;
}
