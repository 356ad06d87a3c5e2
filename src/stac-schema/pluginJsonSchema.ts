/**
 * The JSON Schema of a plugin file, generated from the same zod schemas the validator is derived from.
 * Committed as public/stac-plugin.schema.json (`npm run schema`); editors that follow `$schema` get
 * completion for widget types, their props and enum values.
 */
import { z } from 'zod';
import { stacNodeSchema } from './widgetSchemas';
import { KNOWN_SLOTS, SLOT_PATTERN, isSemver } from './plugin';

/** Where the app serves the schema (public/); plugin files beside it use a relative `$schema`. */
export const PLUGIN_SCHEMA_PATH = '/stac-plugin.schema.json';

/** A plugin file as authors write it (the body of `POST /plugins`, plus what the market shows). */
export const pluginFileSchema = z
  .looseObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    id: z.string().optional().meta({ description: 'Unique identifier; the server assigns one if missing.' }),
    name: z.string().min(1).meta({ description: 'Display name of the plugin.' }),
    version: z.string().refine(isSemver).meta({
      description: 'Semver version, e.g. "1.0.0".',
      pattern: '^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]+)?$',
    }),
    description: z.string().optional(),
    author: z.string().optional().meta({ description: 'GitHub username of the author.' }),
    authorAvatar: z.string().optional().meta({ description: 'URL of the author avatar image.' }),
    slot: z
      .union([z.enum(KNOWN_SLOTS), z.string().regex(SLOT_PATTERN)])
      .meta({ description: 'Where the plugin renders, e.g. "dashboard_top" or "asset_detail".' }),
    isPublic: z.boolean().optional(),
    ui: stacNodeSchema,
  })
  .meta({
    title: 'stac-web plugin',
    description: 'An Invenicum plugin: metadata plus a STAC UI definition in "ui".',
  });

let cached: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a plugin file. Pure data; safe to serialise. */
export function pluginJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(pluginFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  return structuredClone(cached);
}
