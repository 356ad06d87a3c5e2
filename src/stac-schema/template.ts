/**
 * Template detection for schema purposes only: a string holding `<<...>>` or `{{...}}` is bound at render
 * time, so a number/bool/enum/colour property may hold one and still be valid. Parsing and evaluation of
 * templates belongs to the renderer (src/renderer/template).
 */

/** Regex source used in the JSON Schema so that editors accept template strings too. */
export const TEMPLATE_REGEX_SOURCE = '<<[\\s\\S]*?>>|\\{\\{[\\s\\S]*?\\}\\}';

/**
 * The test of TEMPLATE_REGEX_SOURCE without the regular expression (the validator asks it of every
 * string of a document): an opening pair with a closing pair after it.
 */
export function isTemplateString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const angle = value.indexOf('<<');
  if (angle !== -1 && value.indexOf('>>', angle + 2) !== -1) return true;
  const brace = value.indexOf('{{');
  return brace !== -1 && value.indexOf('}}', brace + 2) !== -1;
}
