import { readFile, stat } from 'node:fs/promises';
import { parseJsonText, type StacIssue } from '../stac-schema';

/** Issue codes of the CLI itself, beside the document codes of src/stac-schema. */
export type CliIssueCode =
  StacIssue['code'] | 'file_not_found' | 'file_unreadable' | 'root_cannot_render' | 'not_renderable';

export interface CliIssue {
  file: string;
  code: CliIssueCode;
  severity: StacIssue['severity'];
  path: string;
  message: string;
  hint: string | null;
}

export type ReadJsonResult = { ok: true; json: unknown } | { ok: false; issue: CliIssue };

/** Files bigger than this are refused before reading: a plugin file is small. */
const MAX_FILE_BYTES = 10_000_000;

function fileIssue(file: string, code: CliIssueCode, message: string, hint?: string): CliIssue {
  return { file, code, severity: 'error', path: '', message, hint: hint ?? null };
}

/** Reads and parses a JSON file; failures come back as issues with a message that says what to do. */
export async function readJsonFile(file: string): Promise<ReadJsonResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      return {
        ok: false,
        issue: fileIssue(file, 'file_unreadable', `${file} is a directory; name a .json file inside it.`),
      };
    }
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        issue: fileIssue(
          file,
          'limit_exceeded',
          `${file} is ${info.size} bytes, more than ${MAX_FILE_BYTES}; a plugin file should be much smaller.`,
        ),
      };
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        ok: false,
        issue: fileIssue(file, 'file_not_found', `file not found: ${file}. Check the path.`),
      };
    }
    return {
      ok: false,
      issue: fileIssue(file, 'file_unreadable', `cannot read ${file}: ${(error as Error).message}.`),
    };
  }
  // Limits of the whole file are generous: validation applies the document limits to `ui` itself.
  const parsed = parseJsonText(text, { maxBytes: MAX_FILE_BYTES, maxDepth: 256 });
  if (!parsed.ok) {
    const issue = parsed.issue;
    return {
      ok: false,
      issue: fileIssue(file, issue?.code ?? 'invalid_json', issue?.message ?? 'the file is not valid JSON.'),
    };
  }
  return { ok: true, json: parsed.value };
}
