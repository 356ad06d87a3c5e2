import type { Context } from 'hono';
import type { z } from 'zod';
import { parseBoundedJson } from '../boundedJson';
import { ApiError } from './apiError';
import { containsNulCharacter, nulCharacterInBody } from './nulCharacter';

/** Describes zod issues as `field: problem` sentences a person can act on. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Parses the request body as JSON (depth-bounded before parsing) and checks it against `schema`. Broken JSON and wrong shapes are 400s
 * with a message that names the problem; nothing of the parser's internals reaches the client.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new ApiError(400, 'INVALID_JSON', 'The request body is empty; send a JSON object.');
  }
  const parsed = parseBoundedJson(text);
  if (!parsed.ok) {
    throw new ApiError(
      400,
      'INVALID_JSON',
      parsed.reason === 'too_deep'
        ? `The request body is refused: ${parsed.message}.`
        : 'The request body is not valid JSON: check quotes, commas and braces, and send Content-Type: application/json.',
    );
  }
  const json = parsed.value;
  if (containsNulCharacter(json)) throw nulCharacterInBody();
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = describeZodIssues(result.error.issues);
    throw new ApiError(400, 'INVALID_REQUEST', `The request body is not accepted: ${problems.join('; ')}.`, {
      problems,
    });
  }
  return result.data;
}
