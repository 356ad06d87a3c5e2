import { z } from 'zod';

/**
 * Shapes of the answers that are not plugin records. Loose on purpose: a backend may add fields, and an
 * answer is only refused when a field the app relies on is missing or of the wrong type.
 */

/** A startup check that keeps a just installed or updated plugin off (reference server). */
const startupFailureSchema = z.looseObject({ title: z.string(), details: z.string().optional() });

/** `{ success: true, message?, startupFailures? }`, or an empty 204. */
export const acknowledgementSchema = z
  .union([
    z.undefined(),
    z.looseObject({
      success: z.boolean().optional(),
      message: z.string().optional(),
      startupFailures: z.array(startupFailureSchema).optional().catch(undefined),
    }),
  ])
  .transform((value) => ({
    success: true as const,
    message: value?.message,
    ...(value?.startupFailures?.length
      ? { startupFailures: value.startupFailures.map(({ title, details }) => ({ title, details })) }
      : {}),
  }));
export type Acknowledgement = z.output<typeof acknowledgementSchema>;

export const toggleResultSchema = z.looseObject({ success: z.boolean().optional(), isActive: z.boolean() });
export type ToggleResult = z.output<typeof toggleResultSchema>;

const id = z.union([z.string().min(1), z.number()]).transform(String);

export const createResultSchema = z.looseObject({
  id,
  name: z.string(),
  author: z.string().optional(),
  version: z.string(),
  createdAt: z.string().optional(),
  /**
   * Set when the backend did not publish the plugin but proposed it for review (the real Invenicum backend
   * opens a pull request on its market repository): the plugin appears once a maintainer merges it.
   */
  submittedForReview: z.boolean().optional(),
  pullRequestUrl: z.string().nullable().optional(),
  /** A sentence for the user when the review's state needs explaining (e.g. no link came back). */
  reviewNote: z.string().optional(),
});
export type CreatePluginResult = z.output<typeof createResultSchema>;

export const updateResultSchema = z.looseObject({
  id,
  version: z.string(),
  updatedAt: z.string().optional(),
  pullRequestUrl: z.string().nullable().optional(),
  /** As for create: the new version waits for review in a pull request instead of being published. */
  submittedForReview: z.boolean().optional(),
  reviewNote: z.string().optional(),
});
export type UpdatePluginResult = z.output<typeof updateResultSchema>;

export const updateInstalledResultSchema = z.looseObject({
  success: z.boolean().optional(),
  version: z.string().optional(),
  message: z.string().optional(),
});
export type UpdateInstalledResult = z.output<typeof updateInstalledResultSchema>;

export const userSchema = z.looseObject({
  id: id.optional(),
  username: z.string().min(1),
  name: z.string().optional(),
  /** The e-mail a real Invenicum account signs in with (its user name may be unset). */
  email: z.string().optional(),
  /** The linked GitHub handle (Invenicum): the author name of the plugins this user publishes. */
  githubHandle: z.string().nullable().optional(),
  avatarUrl: z.string().nullable().optional(),
  /** Reference server (`/auth/me`): listed in STAC_WEB_ADMINS, so the plugin folders report is theirs. */
  isAdmin: z.boolean().optional(),
});
export type ApiUser = z.output<typeof userSchema>;

/** `/auth/me` answers `{ user }` on the reference server; a bare user object is accepted too. */
export const meSchema = z
  .union([z.looseObject({ user: userSchema }), userSchema])
  .transform((value): ApiUser => ('username' in value ? (value as ApiUser) : (value.user as ApiUser)));

export const loginResultSchema = z.looseObject({
  token: z.string().min(1),
  user: userSchema,
  expiresAt: z.string().optional(),
});
export type LoginResult = z.output<typeof loginResultSchema>;

export const demoInfoSchema = z.looseObject({
  enabled: z.boolean(),
  users: z
    .array(z.looseObject({ username: z.string(), password: z.string(), name: z.string().optional() }))
    .default([]),
  message: z.string().optional(),
});
export type DemoInfo = z.output<typeof demoInfoSchema>;

/** An Invenicum asset: the scope of `asset_detail` plugins. Only `id` and `name` are relied upon. */
export const assetSchema = z.looseObject({ id, name: z.string() });
export type Asset = z.output<typeof assetSchema> & Record<string, unknown>;

/** A list may come bare or wrapped as `{ items }` / `{ assets }`. */
export const assetListSchema = z
  .union([
    z.array(assetSchema),
    z.looseObject({ items: z.array(assetSchema) }),
    z.looseObject({ assets: z.array(assetSchema) }),
  ])
  .transform((value): Asset[] => {
    if (Array.isArray(value)) return value;
    return ('items' in value ? value.items : value.assets) as Asset[];
  });

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
  changedFields: z.array(z.string()).default([]),
  eventRuns: z.array(z.looseObject({ id: z.number(), pluginId: z.string(), jobId: z.string() })).default([]),
});
export type AssetEdit = z.output<typeof assetEditSchema>;
export const assetViewedSchema = z.looseObject({});

export const assetDetailSchema = z
  .union([z.looseObject({ asset: assetSchema }), assetSchema])
  .transform((value) => ('asset' in value && typeof value.asset === 'object' ? value.asset : value) as Asset);
