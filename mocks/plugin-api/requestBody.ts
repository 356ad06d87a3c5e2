import { SLOT_PATTERN } from '../../src/stac-schema';
import { MockApiError } from './mockApiError';
import { isRecord, isVersion } from './pluginViews';

/** Field checks of a request body; a failure is a 400 INVALID_REQUEST naming each field. */
export type FieldCheck = (value: unknown) => string | null;
export const optional =
  (check: FieldCheck): FieldCheck =>
  (value) =>
    value === undefined ? null : check(value);
export const nonEmptyString =
  (max: number, what: string): FieldCheck =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= max ? null : what;
export const boolean: FieldCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false');
export const version: FieldCheck = (value) =>
  isVersion(value) ? null : 'use a semver version such as 1.2.0';
export const slot: FieldCheck = (value) =>
  typeof value === 'string' && SLOT_PATTERN.test(value)
    ? null
    : 'use a slot name such as dashboard_top or asset_detail';

export const stringList =
  (maxItems: number, maxLength: number): FieldCheck =>
  (value) =>
    Array.isArray(value) &&
    value.length <= maxItems &&
    value.every((item) => typeof item === 'string' && item.length <= maxLength)
      ? null
      : `send a list of at most ${maxItems} strings`;

export async function readBody(
  request: Request,
  fields: Record<string, FieldCheck>,
): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '')
    throw new MockApiError(400, 'INVALID_JSON', 'The request body is empty; send a JSON object.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MockApiError(
      400,
      'INVALID_JSON',
      'The request body is not valid JSON: check quotes, commas and braces.',
    );
  }
  if (!isRecord(json))
    throw new MockApiError(400, 'INVALID_REQUEST', 'The request body is not accepted: send a JSON object.');
  const problems = Object.entries(fields).flatMap(([key, check]) => {
    const problem = check(json[key]);
    return problem ? [`${key}: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new MockApiError(
      400,
      'INVALID_REQUEST',
      `The request body is not accepted: ${problems.join('; ')}.`,
      { problems },
    );
  }
  return json;
}
