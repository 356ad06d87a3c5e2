/** The scope store of a view: one per document, fed the host's scope as it changes. */
import { useState } from 'react';
import type { ParseStacResult } from '../../stac-schema';
import type { StacScope } from '../contract';
import { ScopeStore } from '../scopeStore';
import { RenderBudget, type RenderBudgetLimits } from '../template';

export interface DocumentState {
  parsed: ParseStacResult;
  store: ScopeStore;
  /** Changes with every new document: keys state (form values) that must not outlive it. */
  generation: number;
  /** Problems already reported for this document: a new document starts a new report. */
  reported: Set<string>;
  /** What the document's templates may still spend: a new document starts with all of it. */
  budget: RenderBudget;
}

let documentGeneration = 0;

/**
 * One store per document: a new document (another plugin, a new version) starts without the variables and
 * form values of the previous one; the host's scope is carried over. The view hands each new host scope to
 * the store after commit (`store.setHostScope`, in the effect that also keeps its latest props).
 */
export function useDocumentStore(
  parsed: ParseStacResult,
  scope: StacScope,
  renderBudget: Partial<RenderBudgetLimits> | undefined,
): DocumentState {
  // Derived state: a new document replaces the state during render (React's pattern for state that follows
  // a prop), so the first render of a new document already uses its own store.
  const [kept, setKept] = useState(() => newDocumentState(parsed, scope, renderBudget));
  let documentState = kept;
  if (kept.parsed !== parsed) {
    documentState = newDocumentState(parsed, scope, renderBudget);
    setKept(documentState);
  }
  return documentState;
}

function newDocumentState(
  parsed: ParseStacResult,
  scope: StacScope,
  renderBudget: Partial<RenderBudgetLimits> | undefined,
): DocumentState {
  return {
    parsed,
    store: new ScopeStore({ scope }),
    generation: ++documentGeneration,
    reported: new Set(),
    budget: new RenderBudget(renderBudget),
  };
}
