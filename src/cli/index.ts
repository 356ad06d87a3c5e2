export { runCli, USAGE } from './runCli';
export type { CliIo } from './cliIo';
export type { CliIssue, CliIssueCode } from './readJsonFile';
