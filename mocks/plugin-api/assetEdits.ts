/**
 * Asset edits in the mock, checked as the server checks them (server/routes/assetRoutes.ts): only the editable
 * fields, each of its type and range, at least one; the answer says which values changed. The mock runs no
 * plugin work, so the `asset.changed` runs it answers are none.
 */
import { MockApiError } from './mockApiError';
import type { MockAsset } from './fixtures';
import { isRecord } from './pluginViews';

const TEXT_LIMITS: Record<string, number> = {
  name: 120,
  category: 80,
  location: 80,
  description: 2000,
};
const COUNT_FIELDS = new Set(['quantity', 'minStock']);
const EDITABLE = [...Object.keys(TEXT_LIMITS), ...COUNT_FIELDS, 'value'];

function problemOf(field: string, value: unknown): string | null {
  if (field in TEXT_LIMITS) {
    if (typeof value !== 'string') return `${field} must be text`;
    if (value.trim().length > TEXT_LIMITS[field])
      return `${field} is at most ${TEXT_LIMITS[field]} characters`;
    if (field === 'name' && value.trim() === '') return 'name cannot be empty';
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field} must be a number`;
  if (COUNT_FIELDS.has(field) && !Number.isInteger(value)) return `${field} must be a whole number`;
  if (value < 0) return `${field} cannot be negative`;
  return null;
}

/** The checked changes of a PATCH body, or a 400 INVALID_REQUEST naming every problem. */
export function readAssetChanges(body: unknown): Record<string, unknown> {
  if (!isRecord(body))
    throw new MockApiError(400, 'INVALID_REQUEST', 'The request body is not accepted: send a JSON object.');
  const unknown = Object.keys(body).filter((key) => !EDITABLE.includes(key));
  const problems = unknown.length
    ? [`these fields cannot be edited: ${unknown.join(', ')}; edit ${EDITABLE.join(', ')}`]
    : Object.entries(body).flatMap(([field, value]) => problemOf(field, value) ?? []);
  if (Object.keys(body).length === 0)
    problems.push('send at least one field to change, e.g. {"quantity": 3}');
  if (problems.length > 0)
    throw new MockApiError(
      400,
      'INVALID_REQUEST',
      `The request body is not accepted: ${problems.join('; ')}.`,
      {
        problems,
      },
    );
  return Object.fromEntries(
    Object.entries(body).map(([field, value]) => [field, typeof value === 'string' ? value.trim() : value]),
  );
}

/** Applies checked changes to a mock asset; answers the names of the values that changed. */
export function applyAssetChanges(asset: MockAsset, changes: Record<string, unknown>, now: Date): string[] {
  const changed = Object.keys(changes).filter((field) => asset[field] !== changes[field]);
  Object.assign(asset, changes);
  asset.lowStock = Number(asset.quantity ?? 0) <= Number(asset.minStock ?? 0);
  if (changed.length > 0) asset.updatedAt = now.toISOString();
  return changed;
}
