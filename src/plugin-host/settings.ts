/**
 * A plugin's settings as the user filled them in: defaults, validation with the manifest's own rules (the
 * same code in the settings form and on the server), and which required settings are still empty.
 */
import { settingValueProblem, type SettingField, isRecord } from '../stac-schema';

export type SettingValue = string | number | boolean;
export type SettingValues = Record<string, SettingValue>;

export interface SettingError {
  key: string;
  /** A sentence that says what to enter. */
  message: string;
}

export type SettingsValidation = { ok: true; values: SettingValues } | { ok: false; errors: SettingError[] };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks what a user submits: unknown keys and wrong types are refused, empty optional fields are dropped
 * (they fall back to their default), empty required fields are allowed (the plugin then asks to be set up).
 */
export function validateSettingValues(fields: readonly SettingField[], input: unknown): SettingsValidation {
  if (!isRecord(input)) {
    return { ok: false, errors: [{ key: '', message: 'Settings are an object of values by setting key.' }] };
  }
  const errors: SettingError[] = [];
  const values: SettingValues = {};
  for (const key of Object.keys(input)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) {
      errors.push({ key, message: `This plugin has no setting “${key}”; remove it.` });
      continue;
    }
    const value = input[key];
    if (isEmpty(value)) continue;
    const problem = settingValueProblem(field, value);
    if (problem) errors.push({ key, message: `${field.label} ${problem}.` });
    else values[key] = value as SettingValue;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** The values a plugin reads as `<<settings.*>>`: the stored ones that are still valid, else the defaults. */
export function resolveSettingValues(fields: readonly SettingField[], stored: unknown): SettingValues {
  const values: SettingValues = {};
  const source = isRecord(stored) ? stored : {};
  for (const field of fields) {
    const value = Object.hasOwn(source, field.key) ? source[field.key] : undefined;
    if (!isEmpty(value) && settingValueProblem(field, value) === undefined)
      values[field.key] = value as SettingValue;
    else if (field.default !== undefined) values[field.key] = field.default;
  }
  return values;
}

/** Required settings without a value (after defaults): while any is left, the slot shows "Set up". */
export function missingRequiredSettings(
  fields: readonly SettingField[],
  values: SettingValues,
): SettingField[] {
  return fields.filter((field) => field.required && isEmpty(values[field.key]));
}
