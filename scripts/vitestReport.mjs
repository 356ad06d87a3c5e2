// Reads vitest's JSON report for the closing line of `npm test`.
import { relative } from 'node:path';

/**
 * Counts of one vitest JSON report. A test file that fails to load (a throw at import time, a missing
 * fixture) or whose hooks fail has no failed test in the report, only a failed file: it counts as one
 * failure and is named in `brokenFiles`, so it can never drop out of the closing line.
 *
 * Each failed test is named in `failedTests` with its first error line, so the end of the output (often
 * all a CI page keeps) says which test failed and why, not only how many.
 *
 * @param {{ numPassedTests?: number, numFailedTests?: number, numPendingTests?: number, numTodoTests?: number,
 *   testResults?: Array<{ name: string, status: string, message?: string,
 *   assertionResults?: Array<{ status: string, fullName?: string, failureMessages?: string[] }> }> }} report
 * @param {string} root paths in `brokenFiles` and `failedTests` are relative to it
 * @returns {{ passed: number, failed: number, skipped: number, brokenFiles: Array<{ file: string, message: string }>,
 *   failedTests: Array<{ file: string, test: string, message: string }> }}
 */
export function summarizeVitestReport(report, root) {
  const brokenFiles = [];
  const failedTests = [];
  for (const result of report.testResults ?? []) {
    const assertions = result.assertionResults ?? [];
    const file = relative(root, result.name);
    for (const assertion of assertions) {
      if (assertion.status !== 'failed') continue;
      const message = firstLine(assertion.failureMessages?.[0] ?? '');
      failedTests.push({ file, test: assertion.fullName ?? '(unnamed test)', message });
    }
    if (result.status === 'failed' && !assertions.some((assertion) => assertion.status === 'failed')) {
      brokenFiles.push({ file, message: firstLine(result.message ?? '') });
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    brokenFiles,
    failedTests,
  };
}

/** The first line that says something (vitest may start a message with a blank line), at most 300 characters. */
function firstLine(message) {
  const line = message.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}
