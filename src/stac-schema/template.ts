/**
 * Template detection for schema purposes only: a string holding `<<...>>` or `{{...}}` is bound at render
 * time, so a number/bool/enum/colour property may hold one and still be valid. Parsing and evaluation of
 * templates belongs to the renderer (src/renderer/template).
 */
const TEMPLATE_PATTERN = /<<[\s\S]*?>>|\{\{[\s\S]*?\}\}/;

/** Regex source used in the JSON Schema so that editors accept template strings too. */
export const TEMPLATE_REGEX_SOURCE = '<<[\\s\\S]*?>>|\\{\\{[\\s\\S]*?\\}\\}';

export function isTemplateString(value: unknown): value is string {
  return typeof value === 'string' && TEMPLATE_PATTERN.test(value);
}
