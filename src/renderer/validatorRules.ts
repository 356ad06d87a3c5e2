/**
 * Runs a form field's `validatorRules` (Stac's `[{ rule, message }]`). A rule is either a name
 * (`required`, `email`, `url`, `numeric`, `minLength`, `maxLength`, `pattern`, with Flutter-ish aliases
 * `isRequired`, `isEmail`, ...) or, as in Stac, a regular expression the whole value must match.
 *
 * Regular expressions come from untrusted plugins and JavaScript has no regex timeout, so patterns and the
 * tested value are length-capped: a hostile pattern can cost milliseconds, not a frozen tab.
 */

export interface ValidatorRule {
  rule: string;
  message?: string;
  /** Argument of `minLength`/`maxLength` (a number) or `pattern` (a regex source). */
  value?: unknown;
  pattern?: string;
  length?: number;
}

export const MAX_PATTERN_LENGTH = 512;
export const MAX_VALIDATED_LENGTH = 4096;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function numberArgument(rule: ValidatorRule, inline: string | undefined): number | null {
  const candidates = [rule.value, rule.length, inline];
  for (const candidate of candidates) {
    const n =
      typeof candidate === 'number' ? candidate : typeof candidate === 'string' ? Number(candidate) : NaN;
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return null;
}

function compilePattern(source: string): RegExp | null {
  if (source.length > MAX_PATTERN_LENGTH) return null;
  try {
    return new RegExp(source, 'u');
  } catch {
    try {
      return new RegExp(source);
    } catch {
      return null;
    }
  }
}

function isRuleObject(value: unknown): value is ValidatorRule {
  return (
    typeof value === 'object' && value !== null && typeof (value as { rule?: unknown }).rule === 'string'
  );
}

/** Checks one rule; returns true when the value passes. Unusable rules (bad regex) pass, so a typo in a
 *  plugin never makes a form impossible to submit. */
export function checkValidatorRule(rule: ValidatorRule, rawValue: unknown): boolean {
  const text = toText(rawValue).slice(0, MAX_VALIDATED_LENGTH);
  const [name, inline] = rule.rule.split(':', 2) as [string, string | undefined];
  switch (name.trim().toLowerCase()) {
    case 'required':
    case 'isrequired':
    case 'notempty':
    case 'isnotempty':
      return text.trim() !== '';
    case 'email':
    case 'isemail':
      return text === '' || EMAIL.test(text);
    case 'url':
    case 'isurl':
      return text === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text);
    case 'numeric':
    case 'isnumeric':
    case 'number':
      return text === '' || NUMERIC.test(text.trim());
    case 'minlength': {
      const n = numberArgument(rule, inline);
      return n === null || text.length >= n;
    }
    case 'maxlength': {
      const n = numberArgument(rule, inline);
      return n === null || text.length <= n;
    }
    case 'pattern': {
      const source =
        typeof rule.pattern === 'string'
          ? rule.pattern
          : typeof rule.value === 'string'
            ? rule.value
            : inline;
      const regex = source === undefined ? null : compilePattern(source);
      return regex === null || text === '' || regex.test(text);
    }
    default: {
      const regex = compilePattern(rule.rule);
      return regex === null || regex.test(text);
    }
  }
}

/** The first failing rule's message (or a generic one), or null when the value is valid. */
export function runValidatorRules(rules: unknown, value: unknown): string | null {
  if (!Array.isArray(rules)) return null;
  for (const rule of rules) {
    if (!isRuleObject(rule)) continue;
    if (!checkValidatorRule(rule, value)) {
      return typeof rule.message === 'string' && rule.message !== ''
        ? rule.message
        : 'Please check this field.';
    }
  }
  return null;
}
