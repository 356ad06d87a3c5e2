/** Reporting problems to the host: each distinct problem once per document; a throwing callback is ignored. */
import { useCallback, useEffect, useMemo } from 'react';
import type { ParseStacResult } from '../../stac-schema';
import type { StacRenderMode, StacRenderProblem } from '../contract';
import { parseIssueProblems, problemKey } from './problemReports';

export type ReportProblem = (problem: StacRenderProblem) => void;

/**
 * `reported` belongs to the document (a new document starts a new report), `onProblem` is read when a
 * problem comes, so an inline host callback never changes the reporter.
 */
export function useProblemReporter(
  reported: Set<string>,
  host: { readonly current: { onProblem?(problem: StacRenderProblem): void } },
): ReportProblem {
  return useCallback(
    (problem: StacRenderProblem) => {
      const key = problemKey(problem);
      if (reported.has(key)) return;
      reported.add(key);
      try {
        host.current.onProblem?.(problem);
      } catch {
        // A failing host callback must not turn one reported problem into a broken view.
      }
    },
    [reported, host],
  );
}

/**
 * Parser issues of a document that did render (a fatal parse reports through the document error view).
 * Reported after the nodes' own reports, so an invalid node keeps the report that names its widget type;
 * the server has no effects, so there they are reported during render.
 */
export function useParseIssueReports(
  parsed: ParseStacResult,
  mode: StacRenderMode,
  report: ReportProblem,
  serverRendering: boolean,
): void {
  const issueProblems = useMemo(
    () => (parsed.ok ? parseIssueProblems(parsed.issues, mode) : []),
    [parsed, mode],
  );
  useEffect(() => {
    for (const problem of issueProblems) report(problem);
  }, [issueProblems, report]);
  if (serverRendering) for (const problem of issueProblems) report(problem);
}
