import { validatePluginFile } from '../plugin-host';
import { readJsonFile, type CliIssue } from './readJsonFile';
import { formatIssue, plural } from './formatIssues';
import type { CliIo } from './cliIo';

export interface ValidateOptions {
  files: string[];
  strict: boolean;
  json: boolean;
}

/** `stac-web validate <file...> [--strict] [--json]`: exit code 1 when any file has an error. */
export async function validateCommand(options: ValidateOptions, io: CliIo): Promise<number> {
  const all: CliIssue[] = [];
  const summaries: string[] = [];
  for (const file of options.files) {
    const read = await readJsonFile(file);
    if (!read.ok) {
      all.push(read.issue);
      continue;
    }
    const result = validatePluginFile(read.json, { mode: options.strict ? 'strict' : 'lenient' });
    const issues: CliIssue[] = result.issues.map((issue) => ({
      file,
      code: issue.code,
      severity: issue.severity,
      path: issue.path,
      message: issue.message,
      hint: issue.hint ?? null,
    }));
    all.push(...issues);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    if (errors === 0) {
      summaries.push(
        `${file}: valid ${result.kind}${warnings > 0 ? ` with ${plural(warnings, 'warning')}` : ''}`,
      );
    }
  }
  const errorCount = all.filter((i) => i.severity === 'error').length;
  if (options.json) {
    io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  } else {
    for (const issue of all) (issue.severity === 'error' ? io.stderr : io.stdout)(`${formatIssue(issue)}\n`);
    for (const line of summaries) io.stdout(`${line}\n`);
    const warningCount = all.length - errorCount;
    io.stdout(
      `${plural(options.files.length, 'file')} checked (${options.strict ? 'strict' : 'lenient'}): ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}\n`,
    );
  }
  return errorCount > 0 ? 1 : 0;
}
