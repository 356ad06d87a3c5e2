/**
 * The plugin model of the Invenicum Plugin API (seeds/invenicum-plugin-api.txt) as zod schemas: the full
 * record, the community and installed list items (./pluginRecord's readers, wrapped, so that there is one
 * definition of a record and the embed reads it without zod), and the create/update bodies, which are
 * strict because we author them.
 */
import { z } from './zodConfig';
import {
  SLOT_PATTERN,
  isSemver,
  pluginIssuesToStacIssues,
  readInstalledPluginRecord,
  readPluginRecord,
  type InstalledPlugin,
  type PluginRecord,
} from './pluginRecord';
import type { StacIssue } from './types';
import type { Reader } from './valueReaders';

/**
 * A zod schema that reads with `read`: its issues keep the reader's paths and messages, so the app's answers
 * and the embed's fail with the same words.
 */
export function zodOfReader<T>(read: Reader<T>): z.ZodMiniType<T> {
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx): T => {
      const result = read(input);
      if (result.ok) return result.value;
      for (const issue of result.issues) {
        ctx.issues.push({
          code: 'custom',
          message: issue.message,
          path: issue.path,
          input,
          ...(issue.soft ? { continue: true } : {}),
        });
      }
      return z.NEVER;
    }),
  );
}

/** The full plugin record (Plugin Model of the API docs). */
export const pluginSchema: z.ZodMiniType<PluginRecord> = zodOfReader(readPluginRecord);

/** An item of `GET /plugins/community`. */
export const communityPluginSchema: z.ZodMiniType<PluginRecord> = zodOfReader(readPluginRecord);

/** An item of `GET /plugins/installed`: active unless the backend says otherwise. */
export const installedPluginSchema: z.ZodMiniType<InstalledPlugin> = zodOfReader(readInstalledPluginRecord);

const slotSchema = z
  .string()
  .check(z.regex(SLOT_PATTERN, 'a slot is an identifier such as "dashboard_top" or "asset_detail"'));
const versionSchema = z.string().check(z.refine(isSemver, 'a version is semver, e.g. "1.0.0"'));

/** Body of `POST /plugins`. `ui` is checked by parseStacDocument (strict) on top of this shape. */
export const pluginCreateSchema = z.object({
  id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/))),
  name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
  version: versionSchema,
  description: z.optional(z.string().check(z.maxLength(5000))),
  slot: slotSchema,
  ui: z.record(z.string(), z.unknown()),
  isPublic: z.optional(z.boolean()),
});
export type PluginCreateBody = z.output<typeof pluginCreateSchema>;

/** Body of `PUT /plugins/:id`: any subset of the create body. */
export const pluginUpdateSchema = z.partial(z.omit(pluginCreateSchema, { id: true }));
export type PluginUpdateBody = z.output<typeof pluginUpdateSchema>;

/** zod issues as StacIssues (`invalid_plugin`), with the JSON path of each field. */
export function zodIssuesToStacIssues(error: z.core.$ZodError, rootPath = ''): StacIssue[] {
  return pluginIssuesToStacIssues(error.issues, rootPath);
}
