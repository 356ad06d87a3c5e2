/**
 * JSON text with the byte and depth limits checked before JSON.parse, and a message with line and column
 * when it is not JSON. Its own module: the plugin model reads `ui` sent as text with it, and must not pull the
 * whole vocabulary (parseStacDocument's tables) into every page that talks to the API.
 */
import type { StacLimits, StacIssue } from './types';
import { jsonTextDepth, resolveLimits, utf8ByteLength } from './limits';

/** Line and column of a JSON.parse failure, from the position V8 reports. */
function jsonErrorLocation(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  let offset = position ? Number(position[1]) : undefined;
  if (offset === undefined && /Unexpected end of JSON input/.test(message)) offset = text.length;
  if (offset === undefined) return undefined;
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { line, column };
}

export interface JsonTextResult {
  ok: boolean;
  value?: unknown;
  issue?: StacIssue;
}

/**
 * JSON.parse with the byte and depth limits checked first, and a message with line and column on failure.
 */
export function parseJsonText(text: string, limits: Partial<StacLimits> = {}, rootPath = ''): JsonTextResult {
  const resolved = resolveLimits(limits);
  const overLimit = (message: string): JsonTextResult => ({
    ok: false,
    issue: { code: 'limit_exceeded', severity: 'error', path: rootPath, message },
  });
  if (text.length > resolved.maxBytes || utf8ByteLength(text, resolved.maxBytes) > resolved.maxBytes) {
    return overLimit(
      `the document is larger than the limit of ${resolved.maxBytes} bytes. Split it or move data out of the UI definition.`,
    );
  }
  // The plugin record wraps `ui`, so allow for the few levels above the document itself.
  if (jsonTextDepth(text, resolved.maxDepth + 8) > resolved.maxDepth + 8) {
    return overLimit(
      `the document nests deeper than the limit of ${resolved.maxDepth} levels. Flatten the layout.`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const where = jsonErrorLocation(text, error);
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: {
        code: 'invalid_json',
        severity: 'error',
        path: rootPath,
        message: where
          ? `the text is not valid JSON at line ${where.line}, column ${where.column}: ${detail}. Fix the syntax there.`
          : `the text is not valid JSON: ${detail}. Fix the syntax.`,
      },
    };
  }
}
