/**
 * The views a StacView shows of its own (not of the document): the fallback of a node that cannot render,
 * the panel of a document that cannot render at all, and the notices of failed actions. A host replaces
 * any of them through `<StacView views={{ Fallback: MyFallback }}>`, as react-jsonschema-form lets a host
 * replace its templates; the ones it leaves out keep their default.
 */
import type { ComponentType } from 'react';
import type { StacRenderProblem } from '../contract';

export interface StacActionNotice {
  id: number;
  message: string;
}

export interface StacFallbackProps {
  /** What is wrong, with the node's JSON path. Shown in preview mode only. */
  problem: StacRenderProblem;
}

export interface StacDocumentErrorProps {
  /** Why the document cannot render (at least one), each with its JSON path. Shown in preview mode only. */
  problems: readonly StacRenderProblem[];
}

export interface StacActionNoticesProps {
  /** The latest failed actions (at most 3), oldest first. Shown in preview mode only. */
  notices: readonly StacActionNotice[];
  onDismiss(id: number): void;
}

export interface StacViews {
  Fallback: ComponentType<StacFallbackProps>;
  DocumentError: ComponentType<StacDocumentErrorProps>;
  ActionNotices: ComponentType<StacActionNoticesProps>;
}
