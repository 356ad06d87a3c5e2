export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults?: Array<{ status: string; fullName?: string; failureMessages?: string[] }>;
  }>;
}

export interface VitestSummary {
  passed: number;
  failed: number;
  skipped: number;
  brokenFiles: Array<{ file: string; message: string }>;
  /** Every failed test, named with its file and the first line of its error. */
  failedTests: Array<{ file: string; test: string; message: string }>;
}

export function summarizeVitestReport(report: VitestJsonReport, root: string): VitestSummary;
