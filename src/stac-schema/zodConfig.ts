import { z } from 'zod/mini';

/**
 * zod 4 compiles object validators with `new Function` when it may, and probes for that ability once by
 * calling `Function("")`. Under the app's CSP (no 'unsafe-eval') the probe is blocked and reported as a
 * violation on every page load. Plugin documents are untrusted data, and the README promises no eval:
 * interpreted validation it is, for every bundle.
 *
 * The browser bundles validate with `zod/mini` (tree-shakable: only the schema kinds we use are shipped),
 * which, unlike `zod`, loads no messages: the English ones are set here, so that an issue reads
 * "Invalid input: expected string, received number" and not "Invalid input", wherever it is checked.
 *
 * Every module that builds zod schemas takes `z` from here (through the stac-schema index outside this
 * folder), never from 'zod/mini': a bundler resolves what an index re-exports straight to its source and
 * drops the index's own imports, so a bare `import './zodConfig'` there never ran in a browser bundle (their
 * zod said "Invalid input" to every bad value). Taking `z` from here makes this run before any schema exists.
 */
z.config({ jitless: true, ...z.locales.en() });

export { z };
