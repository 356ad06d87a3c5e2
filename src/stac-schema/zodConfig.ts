import { z } from 'zod/mini';

/**
 * zod 4 compiles object validators with `new Function` when it may, and probes for that ability once by
 * calling `Function("")`. Under the app's CSP (no 'unsafe-eval') the probe is blocked and reported as a
 * violation on every page load. Plugin documents are untrusted data, and the README promises no eval:
 * interpreted validation it is, for every bundle. This module is evaluated before any schema is used
 * because the stac-schema entry imports it first.
 *
 * The browser bundles validate with `zod/mini` (tree-shakable: only the schema kinds we use are shipped),
 * which, unlike `zod`, loads no messages: the English ones are set here, so that an issue reads
 * "Invalid input: expected string, received number" and not "Invalid input", wherever it is checked.
 */
z.config({ jitless: true, ...z.locales.en() });
