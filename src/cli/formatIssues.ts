import type { CliIssue } from './readJsonFile';

/** One line per issue: `file: error invalid_value at ui.children[2].data: message (hint)`. */
export function formatIssue(issue: CliIssue): string {
  const where = issue.path === '' ? '' : ` at ${issue.path}`;
  const hint = issue.hint ? ` (${issue.hint})` : '';
  return `${issue.file}: ${issue.severity} ${issue.code}${where}: ${issue.message}${hint}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
