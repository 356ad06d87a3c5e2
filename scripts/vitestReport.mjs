// Reads vitest's JSON report for the closing line of `npm test`.
import { relative } from 'node:path';

/**
 * Counts of one vitest JSON report. A test file that fails to load (a throw at import time, a missing
 * fixture) or whose hooks fail has no failed test in the report, only a failed file: it counts as one
 * failure and is named in `brokenFiles`, so it can never drop out of the closing line.
 *
 * @param {{ numPassedTests?: number, numFailedTests?: number, numPendingTests?: number, numTodoTests?: number,
 *   testResults?: Array<{ name: string, status: string, message?: string,
 *   assertionResults?: Array<{ status: string }> }> }} report
 * @param {string} root paths in `brokenFiles` are relative to it
 * @returns {{ passed: number, failed: number, skipped: number, brokenFiles: Array<{ file: string, message: string }> }}
 */
export function summarizeVitestReport(report, root) {
  const brokenFiles = [];
  for (const result of report.testResults ?? []) {
    const assertions = result.assertionResults ?? [];
    if (result.status === 'failed' && !assertions.some((assertion) => assertion.status === 'failed')) {
      brokenFiles.push({ file: relative(root, result.name), message: (result.message ?? '').split('\n')[0] });
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    brokenFiles,
  };
}
