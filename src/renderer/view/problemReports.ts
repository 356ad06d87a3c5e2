/** Turning parser issues into the host's problem reports, and telling reports apart. */
import type { ParseStacResult } from '../../stac-schema';
import type { StacRenderMode, StacRenderProblem } from '../contract';

const MAX_REPORTED_ISSUES = 100;

/** Two reports with the same code, path and message are one problem: it is reported once. */
export function problemKey(problem: StacRenderProblem): string {
  return `${problem.code}\u0000${problem.path}\u0000${problem.message}`;
}

/**
 * What a successful lenient parse found, as host problems: errors always (they change what renders or what
 * a button does), warnings in preview only. `unknown_widget` issues are left to the node, which reports them
 * with the node's own path when it renders.
 */
export function parseIssueProblems(
  issues: ParseStacResult['issues'],
  mode: StacRenderMode,
): StacRenderProblem[] {
  const problems: StacRenderProblem[] = [];
  let skipped = 0;
  for (const issue of issues) {
    if (issue.code === 'unknown_widget') continue;
    if (issue.severity === 'warning' && mode !== 'preview') continue;
    if (problems.length >= MAX_REPORTED_ISSUES) {
      skipped += 1;
      continue;
    }
    problems.push(
      issue.severity === 'error'
        ? {
            code: 'invalid_node',
            path: issue.path,
            message: issue.message,
            issueCode: issue.code,
            severity: 'error',
          }
        : {
            code: 'document_warning',
            path: issue.path,
            message: issue.message,
            issueCode: issue.code,
            severity: 'warning',
          },
    );
  }
  if (skipped > 0) {
    const first = problems[0];
    problems.push({
      code: first.code,
      path: first.path,
      message: `${skipped} more issues were not reported; validate the document (stac-web validate) to see them all.`,
      severity: first.severity,
    });
  }
  return problems;
}

/** The problems of a document that cannot render at all: its errors, else its issues, else one general. */
export function documentFailureProblems(issues: ParseStacResult['issues']): StacRenderProblem[] {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const shown = errors.length > 0 ? errors : issues;
  return (shown.length > 0 ? shown : [{ path: 'ui', message: 'The document could not be rendered.' }]).map(
    (issue): StacRenderProblem =>
      'code' in issue
        ? { code: 'invalid_node', path: issue.path, message: issue.message, issueCode: issue.code }
        : { code: 'invalid_node', path: issue.path, message: issue.message },
  );
}
