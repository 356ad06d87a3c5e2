import { z } from '../stac-schema';
import { zodOfReader } from '../stac-schema';
import { readMe, readToggleResult, readUser, type ApiUser, type ToggleResult } from './slotAnswers';

export type { ApiUser, ToggleResult };

/**
 * Shapes of the answers that are not plugin records. Loose on purpose: a backend may add fields, and an
 * answer is only refused when a field the app relies on is missing or of the wrong type.
 */

/** A startup check that keeps a just installed or updated plugin off (reference server). */
const startupFailureSchema = z.looseObject({ title: z.string(), details: z.optional(z.string()) });

/** `{ success: true, message?, startupFailures? }`, or an empty 204. */
export const acknowledgementSchema = z.pipe(
  z.union([
    z.undefined(),
    z.looseObject({
      success: z.optional(z.boolean()),
      message: z.optional(z.string()),
      startupFailures: z.catch(z.optional(z.array(startupFailureSchema)), undefined),
    }),
  ]),
  z.transform((value) => ({
    success: true as const,
    message: value?.message,
    ...(value?.startupFailures?.length
      ? { startupFailures: value.startupFailures.map(({ title, details }) => ({ title, details })) }
      : {}),
  })),
);
export type Acknowledgement = z.output<typeof acknowledgementSchema>;

/** The slots' answers are read by the embed's readers (./slotAnswers), wrapped, so that both say the same. */
export const toggleResultSchema: z.ZodMiniType<ToggleResult> = zodOfReader(readToggleResult);

const id = z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String));

export const createResultSchema = z.looseObject({
  id,
  name: z.string(),
  author: z.optional(z.string()),
  version: z.string(),
  createdAt: z.optional(z.string()),
  /**
   * Set when the backend did not publish the plugin but proposed it for review (the real Invenicum backend
   * opens a pull request on its market repository): the plugin appears once a maintainer merges it.
   */
  submittedForReview: z.optional(z.boolean()),
  pullRequestUrl: z.optional(z.nullable(z.string())),
  /** A sentence for the user when the review's state needs explaining (e.g. no link came back). */
  reviewNote: z.optional(z.string()),
});
export type CreatePluginResult = z.output<typeof createResultSchema>;

export const updateResultSchema = z.looseObject({
  id,
  version: z.string(),
  updatedAt: z.optional(z.string()),
  pullRequestUrl: z.optional(z.nullable(z.string())),
  /** As for create: the new version waits for review in a pull request instead of being published. */
  submittedForReview: z.optional(z.boolean()),
  reviewNote: z.optional(z.string()),
});
export type UpdatePluginResult = z.output<typeof updateResultSchema>;

export const updateInstalledResultSchema = z.looseObject({
  success: z.optional(z.boolean()),
  version: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type UpdateInstalledResult = z.output<typeof updateInstalledResultSchema>;

export const userSchema: z.ZodMiniType<ApiUser> = zodOfReader(readUser);

/** `/auth/me` answers `{ user }` on the reference server; a bare user object is accepted too. */
export const meSchema: z.ZodMiniType<ApiUser> = zodOfReader(readMe);

export const loginResultSchema = z.looseObject({
  token: z.string().check(z.minLength(1)),
  user: userSchema,
  expiresAt: z.optional(z.string()),
});
export type LoginResult = z.output<typeof loginResultSchema>;

export const demoInfoSchema = z.looseObject({
  enabled: z.boolean(),
  users: z._default(
    z.array(z.looseObject({ username: z.string(), password: z.string(), name: z.optional(z.string()) })),
    [],
  ),
  message: z.optional(z.string()),
});
export type DemoInfo = z.output<typeof demoInfoSchema>;

/** An Invenicum asset: the scope of `asset_detail` plugins. Only `id` and `name` are relied upon. */
export const assetSchema = z.looseObject({ id, name: z.string() });
export type Asset = z.output<typeof assetSchema> & Record<string, unknown>;

/** A list may come bare or wrapped as `{ items }` / `{ assets }`. */
export const assetListSchema = z.pipe(
  z.union([
    z.array(assetSchema),
    z.looseObject({ items: z.array(assetSchema) }),
    z.looseObject({ assets: z.array(assetSchema) }),
  ]),
  z.transform((value): Asset[] => {
    if (Array.isArray(value)) return value;
    return ('items' in value ? value.items : value.assets) as Asset[];
  }),
);

/** What a user may edit on an asset (the reference server's PATCH /assets/:id). */
export interface AssetChanges {
  name?: string;
  category?: string;
  location?: string;
  quantity?: number;
  minStock?: number;
  value?: number;
  description?: string;
}

/**
 * The answer to an edit: the asset as it now is, the fields that changed, and the server-side runs the
 * `asset.changed` event started for the user's plugins (they go on in the background).
 */
export const assetEditSchema = z.looseObject({
  asset: assetSchema,
  changedFields: z._default(z.array(z.string()), []),
  eventRuns: z._default(
    z.array(z.looseObject({ id: z.number(), pluginId: z.string(), jobId: z.string() })),
    [],
  ),
});
export type AssetEdit = z.output<typeof assetEditSchema>;
export const assetViewedSchema = z.looseObject({});

export const assetDetailSchema = z.pipe(
  z.union([z.looseObject({ asset: assetSchema }), assetSchema]),
  z.transform(
    (value) => ('asset' in value && typeof value.asset === 'object' ? value.asset : value) as Asset,
  ),
);
