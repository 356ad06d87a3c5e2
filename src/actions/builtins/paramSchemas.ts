import { z } from '../../stac-schema';

/** Templates bind to strings: `"{{count}}"` becomes `"3"`, so numbers and booleans accept their string forms. */
export const numberLike = z.pipe(
  z.transform((value) => {
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
    return value;
  }),
  z.number(),
);

export const booleanLike = z.pipe(
  z.transform((value) => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return value;
  }),
  z.boolean(),
);

/** A widget or an action, checked where it is rendered or dispatched; here it only has to be present. */
export const presentValue = z.custom<unknown>((value) => value !== undefined && value !== null, {
  message: 'is required',
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A variable name for `setValue`: anything a template can read, minus names that reach prototypes. */
export const variableKey = z
  .string()
  .check(z.minLength(1, 'a variable needs a non-empty key'))
  .check(
    z.refine((key) => !FORBIDDEN_KEYS.has(key), {
      message: 'this key is reserved; choose another variable name',
    }),
  );

export const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

/** Stac's `Request` model, used by `networkRequest` and by `request` sources of dialogs and pages. */
export const stacRequestSchema = z.object({
  url: z.string().check(z.minLength(1, 'a request needs a url')),
  method: z.optional(
    z.pipe(
      z.transform((value) => (typeof value === 'string' ? value.toLowerCase() : value)),
      z.enum(HTTP_METHODS),
    ),
  ),
  queryParameters: z.optional(z.record(z.string(), z.unknown())),
  headers: z.optional(z.record(z.string(), z.unknown())),
  contentType: z.optional(z.string()),
  body: z.optional(z.unknown()),
});

export type StacRequest = z.output<typeof stacRequestSchema>;

/** Stac's Duration `{days, hours, minutes, seconds, milliseconds}`, or plain milliseconds. */
export const durationMs = z.union([
  z.pipe(numberLike, z.number().check(z.gte(0))),
  z.pipe(
    z.object({
      days: z.optional(numberLike),
      hours: z.optional(numberLike),
      minutes: z.optional(numberLike),
      seconds: z.optional(numberLike),
      milliseconds: z.optional(numberLike),
    }),
    z.transform(
      (d) =>
        ((((d.days ?? 0) * 24 + (d.hours ?? 0)) * 60 + (d.minutes ?? 0)) * 60 + (d.seconds ?? 0)) * 1000 +
        (d.milliseconds ?? 0),
    ),
  ),
]);
