/** Reporting problems to the host: each distinct problem once per document; a throwing callback is ignored. */
import { useEffect } from 'react';
import type { ParseStacResult } from '../../stac-schema';
import type { StacRenderMode, StacRenderProblem } from '../contract';
import { parseIssueProblems, problemKey } from './problemReports';

export type ReportProblem = (problem: StacRenderProblem) => void;

/**
 * `reported` belongs to the document (a new document starts a new report), `onProblem` is read when a
 * problem comes, so an inline host callback never changes the reporter.
 */
export function createProblemReporter(
  reported: Set<string>,
  host: { readonly current: { onProblem?(problem: StacRenderProblem): void } },
): ReportProblem {
  return (problem: StacRenderProblem) => {
    const key = problemKey(problem);
    if (reported.has(key)) return;
    reported.add(key);
    try {
      host.current.onProblem?.(problem);
    } catch {
      // A failing host callback must not turn one reported problem into a broken view.
    }
  };
}

/**
 * Parser issues of a document that did render (a fatal parse reports through the document error view), as
 * problems to report.
 */
export function parseIssueProblemsOf(
  parsed: ParseStacResult,
  mode: StacRenderMode,
): readonly StacRenderProblem[] {
  return parsed.ok ? parseIssueProblems(parsed.issues, mode) : NO_PROBLEMS;
}

const NO_PROBLEMS: readonly StacRenderProblem[] = Object.freeze([]);

/**
 * Reports parser issues after commit. The view renders it after its document, and only when there are
 * issues, so that they come after the nodes' own reports (an invalid node keeps the report that names its
 * widget type) and a clean document pays for no effect.
 */
export function ParseIssueReports({
  problems,
  report,
}: {
  problems: readonly StacRenderProblem[];
  report: ReportProblem;
}) {
  useEffect(() => {
    for (const problem of problems) report(problem);
  }, [problems, report]);
  return null;
}
