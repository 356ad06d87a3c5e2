import { summarizeVitestReport, type VitestJsonReport } from '../../scripts/vitestReport.mjs';

// The shape vitest 4 writes with --reporter=json (taken from a real run: one passing file, one file whose
// import threw ENOENT, one file with a failing test).
const report: VitestJsonReport = {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    { name: '/repo/test/a.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed' }] },
    {
      name: '/repo/test/corpus.test.ts',
      status: 'failed',
      message:
        "ENOENT: no such file or directory, open '/repo/test/fixtures/missing.json'\n    at readdirSync",
      assertionResults: [],
    },
    {
      name: '/repo/test/b.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { status: 'passed' },
        { status: 'passed' },
        {
          status: 'failed',
          fullName: 'jobs runner pauses a job after three failures',
          failureMessages: ['\nAssertionError: expected "active" to be "paused"\n    at runner.test.ts:40:5'],
        },
        { status: 'skipped' },
      ],
    },
  ],
};

describe('the closing line of npm test', () => {
  it('counts a test file that failed to load as one failure, and names it with its first error line', () => {
    const summary = summarizeVitestReport(report, '/repo');
    expect(summary.failed).toBe(2);
    expect(summary.brokenFiles).toEqual([
      {
        file: 'test/corpus.test.ts',
        message: "ENOENT: no such file or directory, open '/repo/test/fixtures/missing.json'",
      },
    ]);
  });

  it('does not count a file twice when one of its tests failed', () => {
    const summary = summarizeVitestReport(report, '/repo');
    expect(summary.brokenFiles.map((broken) => broken.file)).not.toContain('test/b.test.ts');
    expect(summary.passed).toBe(3);
    expect(summary.skipped).toBe(1);
  });

  it('reads a green run as green', () => {
    const green = summarizeVitestReport(
      { numPassedTests: 1, numFailedTests: 0, testResults: [report.testResults![0]] },
      '/repo',
    );
    expect(green).toEqual({ passed: 1, failed: 0, skipped: 0, brokenFiles: [], failedTests: [] });
  });

  it('names each failed test with its file and the first line of its error', () => {
    const summary = summarizeVitestReport(report, '/repo');
    expect(summary.failedTests).toEqual([
      {
        file: 'test/b.test.ts',
        test: 'jobs runner pauses a job after three failures',
        message: 'AssertionError: expected "active" to be "paused"',
      },
    ]);
  });
});
