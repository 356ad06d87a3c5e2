export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults?: Array<{ status: string }>;
  }>;
}

export interface VitestSummary {
  passed: number;
  failed: number;
  skipped: number;
  brokenFiles: Array<{ file: string; message: string }>;
}

export function summarizeVitestReport(report: VitestJsonReport, root: string): VitestSummary;
