/**
 * Readers of untrusted answers written without zod, for what the embed reads (the installed list, the
 * signed-in user): a reader says what it accepts and what it makes of it, and reports each problem with a
 * path and zod's English sentence ("Invalid input: expected string, received number"). The app's zod schemas
 * of the same answers wrap these readers (`zodOfReader` in ./plugin), so there is one definition of each and
 * a user reads the same words in the app and in the embed, while the embed carries no zod.
 */

import { isRecord } from './manifestReading';

export interface ReadIssue {
  /** From the value read: keys and list indexes. */
  path: (string | number)[];
  message: string;
  /**
   * Raised by a check on a value of the right type (a length): as in zod, a union whose members all fail
   * reports the one member that failed only such checks instead of "Invalid input".
   */
  soft?: true;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; issues: ReadIssue[] };
export type Reader<T> = (input: unknown) => ReadResult<T>;

export const readOk = <T>(value: T): ReadResult<T> => ({ ok: true, value });

export function readFail(message: string, soft?: boolean): { ok: false; issues: ReadIssue[] } {
  return { ok: false, issues: [soft ? { path: [], message, soft } : { path: [], message }] };
}

/** zod's sentence when no member of a union takes the value. */
export const INVALID_INPUT = 'Invalid input';

/** The type zod names in its messages: `array`, `null`, `number`, `object`... */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : 'number';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object') {
    const proto = Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null;
    if (proto !== null && proto !== Object.prototype && proto.constructor?.name)
      return proto.constructor.name;
  }
  return typeof input;
}

export function typeIssue(expected: string, input: unknown): { ok: false; issues: ReadIssue[] } {
  return readFail(`Invalid input: expected ${expected}, received ${typeName(input)}`);
}

export const readString: Reader<string> = (v) => (typeof v === 'string' ? readOk(v) : typeIssue('string', v));

export const readBoolean: Reader<boolean> = (v) =>
  typeof v === 'boolean' ? readOk(v) : typeIssue('boolean', v);

/** A non-empty string. */
export const readFilledString: Reader<string> = (v) => {
  if (typeof v !== 'string') return typeIssue('string', v);
  return v.length > 0 ? readOk(v) : readFail('Too small: expected string to have >=1 characters', true);
};

/** An id as backends send them: a non-empty string or a number, read as a string. */
export const readId: Reader<string> = (v) => {
  if (typeof v === 'string') return readFilledString(v);
  return typeof v === 'number' && Number.isFinite(v) ? readOk(String(v)) : readFail(INVALID_INPUT);
};

/** A flag as backends send them: a boolean, "true"/"false", or 1/0. */
export const readFlag: Reader<boolean> = (v) => {
  if (typeof v === 'boolean') return readOk(v);
  if (v === 'true' || v === 1) return readOk(true);
  if (v === 'false' || v === 0) return readOk(false);
  return readFail(INVALID_INPUT);
};

/** A count: a number, or a string of digits. */
export const readCount: Reader<number> = (v) => {
  if (typeof v === 'number' && Number.isFinite(v)) return readOk(v);
  return typeof v === 'string' && /^\d+$/.test(v) ? readOk(Number(v)) : readFail(INVALID_INPUT);
};

export const readAnything: Reader<unknown> = (v) => readOk(v);

/** Absent stays absent. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (v) => (v === undefined ? readOk(undefined) : read(v));
}

/** Absent reads as `fallback`. */
export function withDefault<T>(read: Reader<T>, fallback: T): Reader<T> {
  return (v) => (v === undefined ? readOk(fallback) : read(v));
}

export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (v) => (v === null ? readOk(null) : read(v));
}

function prefixed(key: string | number, issues: readonly ReadIssue[]): ReadIssue[] {
  return issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
}

/** A list of items, each read by `read`; every item's issues are reported, under its index. */
export function listOf<T>(read: Reader<T>): Reader<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return typeIssue('array', v);
    const out: T[] = [];
    const issues: ReadIssue[] = [];
    v.forEach((item, index) => {
      const result = read(item);
      if (result.ok) out.push(result.value);
      else issues.push(...prefixed(index, result.issues));
    });
    return issues.length > 0 ? { ok: false, issues } : readOk(out);
  };
}

/** An object whose keys are strings and values anything, copied. */
export const readRecord: Reader<Record<string, unknown>> = (v) => {
  if (!isRecord(v) || Object.getPrototypeOf(v) !== Object.prototype) return typeIssue('record', v);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) if (key !== '__proto__') out[key] = v[key];
  return readOk(out);
};

export type FieldReaders = Readonly<Record<string, Reader<unknown>>>;

/**
 * Reads the fields of an object, in the order given, into a new object: a field read as `undefined` is left
 * out; every field's issues are reported, under its key. `keepOthers` copies the keys it does not name after
 * them (as zod's looseObject); without it they are dropped (as zod's object).
 */
export function readFields(
  input: unknown,
  fields: FieldReaders,
  keepOthers: boolean,
): ReadResult<Record<string, unknown>> {
  if (!isRecord(input)) return typeIssue('object', input);
  const out: Record<string, unknown> = {};
  const issues: ReadIssue[] = [];
  for (const key of Object.keys(fields)) {
    const result = fields[key](input[key]);
    if (!result.ok) issues.push(...prefixed(key, result.issues));
    else if (result.value !== undefined) out[key] = result.value;
  }
  if (issues.length > 0) return { ok: false, issues };
  if (keepOthers) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(fields, key) && key !== '__proto__') out[key] = input[key];
    }
  }
  return readOk(out);
}

/**
 * The first reading that succeeds; when none does, the one that failed only soft checks if there is exactly
 * one (as zod's union), else "Invalid input".
 */
export function firstOf<T>(input: unknown, readers: readonly Reader<T>[]): ReadResult<T> {
  const failures: ReadIssue[][] = [];
  for (const read of readers) {
    const result = read(input);
    if (result.ok) return result;
    failures.push(result.issues);
  }
  const soft = failures.filter((issues) => issues.every((issue) => issue.soft));
  return soft.length === 1 ? { ok: false, issues: soft[0] } : readFail(INVALID_INPUT);
}

/** What requestJson checks an answer with: a reader here, or a zod schema in the app (same shape). */
export interface AnswerSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export function answerSchemaOf<T>(read: Reader<T>): AnswerSchema<T> {
  return {
    safeParse(value) {
      const result = read(value);
      return result.ok ? { success: true, data: result.value } : { success: false, error: result };
    },
  };
}
