import { z } from 'zod';

/** Templates bind to strings: `"{{count}}"` becomes `"3"`, so numbers and booleans accept their string forms. */
export const numberLike = z.preprocess((value) => {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return value;
}, z.number());

export const booleanLike = z.preprocess((value) => {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}, z.boolean());

/** A widget or an action, checked where it is rendered or dispatched; here it only has to be present. */
export const presentValue = z.custom<unknown>((value) => value !== undefined && value !== null, {
  message: 'is required',
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A variable name for `setValue`: anything a template can read, minus names that reach prototypes. */
export const variableKey = z
  .string()
  .min(1, 'a variable needs a non-empty key')
  .refine((key) => !FORBIDDEN_KEYS.has(key), {
    message: 'this key is reserved; choose another variable name',
  });

export const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

/** Stac's `Request` model, used by `networkRequest` and by `request` sources of dialogs and pages. */
export const stacRequestSchema = z.object({
  url: z.string().min(1, 'a request needs a url'),
  method: z
    .preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(HTTP_METHODS))
    .optional(),
  queryParameters: z.record(z.string(), z.unknown()).optional(),
  headers: z.record(z.string(), z.unknown()).optional(),
  contentType: z.string().optional(),
  body: z.unknown().optional(),
});

export type StacRequest = z.output<typeof stacRequestSchema>;

/** Stac's Duration `{days, hours, minutes, seconds, milliseconds}`, or plain milliseconds. */
export const durationMs = z.union([
  numberLike.pipe(z.number().min(0)),
  z
    .object({
      days: numberLike.optional(),
      hours: numberLike.optional(),
      minutes: numberLike.optional(),
      seconds: numberLike.optional(),
      milliseconds: numberLike.optional(),
    })
    .transform(
      (d) =>
        ((((d.days ?? 0) * 24 + (d.hours ?? 0)) * 60 + (d.minutes ?? 0)) * 60 + (d.seconds ?? 0)) * 1000 +
        (d.milliseconds ?? 0),
    ),
]);
