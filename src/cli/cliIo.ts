/** Where the CLI writes; tests and the bin pass process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
