/**
 * Stac's `setValue` store. Variables are plain scope keys for templates (`{{name}}`); a `StacVariableScope`
 * opens a layer for its subtree whose variables shadow the outer scope, and the `setValue` action writes
 * into the nearest layer (StacView itself is the outermost one).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { VariableAccess } from '../actions';
import { ScopeStore } from './scopeStore';
import { useScopeStore } from './StacRendererContext';
import { ScopeLayerProvider } from './ScopeLayerProvider';

function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(a[key], b[key]));
}

export interface StacVariableScopeProps {
  /** Initial variables of the layer; when they change (e.g. a bound template did), they are written again. */
  values: Record<string, unknown>;
  children?: ReactNode;
}

export function StacVariableScope({ values, children }: StacVariableScopeProps) {
  const parent = useScopeStore('StacVariableScope');
  const [store] = useState(() => new ScopeStore({ parent, variables: values }));
  const applied = useRef(values);

  useEffect(() => parent.attachLayer(store), [parent, store]);
  useEffect(() => {
    if (sameValues(applied.current, values)) return;
    const dropped = Object.keys(applied.current).filter(
      (key) => !Object.prototype.hasOwnProperty.call(values, key),
    );
    applied.current = values;
    store.setVariables(values, dropped);
  }, [store, values]);

  return <ScopeLayerProvider store={store}>{children}</ScopeLayerProvider>;
}

/** Read and write the nearest variable layer. Reading does not subscribe: bind through templates instead. */
export function useStacVariables(): VariableAccess {
  const store = useScopeStore('useStacVariables');
  return useMemo(() => variableAccessOf(store), [store]);
}

export function variableAccessOf(store: ScopeStore): VariableAccess {
  return {
    set: (values) => store.setVariables(values),
    get: (key) => store.getVariable(key),
  };
}

/** Turns Stac's `values: [{ key, value }]` into a record; entries without a string key are skipped. */
export function variablesFromEntries(entries: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!Array.isArray(entries)) return values;
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { key, value } = entry as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || key === '' || key === '__proto__') continue;
    values[key] = value;
  }
  return values;
}
