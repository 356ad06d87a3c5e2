import { z, isRecord } from '../../stac-schema';
import { unwrapPluginUi } from '../../stac-schema';
import {
  communityListSchema,
  installedListSchema,
  type CommunityPlugin,
  type InstalledPlugin,
} from '../pluginResponses';
import { userSchema, type ApiUser, type Asset } from '../responseSchemas';

/**
 * The real Invenicum backend's answers (lopiv2/invenicum_backend) and how each becomes our typed model.
 * Every schema names the source file whose answer it reads. Kept apart from the profile's calls so that
 * the plugin model can grow (manifest fields) without touching the request logic.
 */

/** The version the real app assumes for a catalog entry without one (lib/data/models/store_plugin_model.dart). */
export const INVENICUM_DEFAULT_VERSION = '1.0.0';

const numericId = z.pipe(z.union([z.number(), z.string().check(z.minLength(1))]), z.transform(String));

/**
 * src/models/userModel.js (UserDTO): `username` is null for accounts made by /auth/setup or /auth/register
 * (only linking GitHub sets it), `name` may be "". Our model needs a user name to show and to key the
 * session by, so the e-mail (what the account signs in with) stands in for it.
 */
const invenicumUserSchema = z.pipe(
  z.looseObject({
    id: numericId,
    email: z.string().check(z.minLength(1)),
    name: z.nullish(z.string()),
    username: z.nullish(z.string()),
    githubHandle: z.nullish(z.string()),
    avatarUrl: z.nullish(z.string()),
  }),
  z.transform((user): ApiUser =>
    userSchema.parse({
      id: user.id,
      username: user.username || user.email,
      name: user.name?.trim() || undefined,
      email: user.email,
      githubHandle: user.githubHandle ?? null,
      avatarUrl: user.avatarUrl ?? null,
    }),
  ),
);

/** src/routes/authRoutes.js POST /login: `{ success, token, user }` (the token is a 24 h JWT). */
export const invenicumLoginSchema = z.pipe(
  z.looseObject({ token: z.string().check(z.minLength(1)), user: invenicumUserSchema }),
  z.transform((answer) => ({ token: answer.token, user: answer.user })),
);

/** src/routes/authRoutes.js GET /me: `{ success, user }`. */
export const invenicumMeSchema = z.pipe(
  z.looseObject({ user: invenicumUserSchema }),
  z.transform((a) => a.user),
);

/** src/routes/authRoutes.js GET /first-run: only Invenicum has it, so it tells the two backends apart. */
export const invenicumFirstRunSchema = z.looseObject({ firstRun: z.boolean() });

/**
 * Plugin rows (src/services/pluginService.js): Prisma `Plugin` rows with `version` null when never set,
 * and catalog entries hydrated from GitHub that may carry no version at all.
 */
function withCatalogDefaults(record: unknown): unknown {
  if (!isRecord(record)) return record;
  return { ...record, version: record.version ?? INVENICUM_DEFAULT_VERSION };
}

/**
 * GET /plugins/community (pluginService.getAllCommunityPlugins): GitHub catalog plus public rows, minus
 * whatever the user installed. Our model lists everything with `isInstalled`; the profile adds the
 * installed ones back.
 */
export const invenicumCommunitySchema = z.pipe(
  z.pipe(
    z.array(z.unknown()),
    z.transform((list) => list.map(withCatalogDefaults)),
  ),
  communityListSchema,
);

/** GET /plugins/installed (pluginService.getUserPlugins): rows plus isActive, isMine, hasUpdate, latestVersion. */
export const invenicumInstalledSchema = z.pipe(
  z.pipe(
    z.array(z.unknown()),
    z.transform((list): unknown => list.map(withCatalogDefaults)),
  ),
  installedListSchema,
);

/** PUT /plugins/user/toggle (src/routes/pluginRoutes.js): `{ message, data: UserPlugin row }`. */
export const invenicumToggleSchema = z.pipe(
  z.looseObject({ data: z.looseObject({ isActive: z.boolean() }) }),
  z.transform((answer) => ({ success: true as const, isActive: answer.data.isActive })),
);

/** POST /plugins (pluginService.createPlugin): 201 `{ success, message, prUrl }`; nothing is stored. */
export const invenicumCreateSchema = z.looseObject({
  message: z.optional(z.string()),
  prUrl: z.nullish(z.string()),
});

/** PUT /plugins/:id (pluginRoutes.js + pluginService.updatePlugin): `{ success, message, data: GitHub PR }`. */
export const invenicumUpdateSchema = z.looseObject({
  message: z.optional(z.string()),
  data: z.nullish(z.looseObject({ html_url: z.optional(z.string()) })),
});

/** The market index the backend reads (GitHubConstants.pluginRepoUrl): `{ plugins: [...] }`. */
export const invenicumCatalogIndexSchema = z.looseObject({
  plugins: z._default(z.array(z.unknown()), []),
});

/** A catalog index entry, as far as an update needs it. */
export const catalogEntrySchema = z.looseObject({
  id: numericId,
  name: z.optional(z.string()),
  version: z.optional(z.string()),
  download_url: z.optional(z.string()),
});
export type CatalogEntry = z.output<typeof catalogEntrySchema>;

/**
 * GET /plugins/preview-stac (pluginService.getPluginPreview): the file at the URL, untouched. It may be a
 * plugin record or a bare STAC document (the real install accepts both), so the preview is built here,
 * with the defaults the real catalog applies and our strict validation.
 */
export async function previewFromRawFile(file: unknown, url: string) {
  const record = isRecord(file) && (file.ui !== undefined || typeof file.name === 'string') ? file : null;
  const ui = unwrapPluginUi(record ? record.ui : file);
  const name = typeof record?.name === 'string' && record.name.trim() !== '' ? record.name : nameFromUrl(url);
  // The whole validator with every widget's spec, loaded when a preview is asked for: it stays out of the
  // sign-in page, which carries this client (about 15 KB gzip).
  const { parseStacDocument } = await import('../../stac-schema/parseStacDocument');
  const validation = parseStacDocument(ui, { mode: 'strict', rootPath: 'ui' });
  return {
    id:
      record && (typeof record.id === 'string' || typeof record.id === 'number')
        ? String(record.id)
        : undefined,
    name,
    version: typeof record?.version === 'string' ? record.version : INVENICUM_DEFAULT_VERSION,
    description: typeof record?.description === 'string' ? record.description : '',
    author: typeof record?.author === 'string' ? record.author : null,
    slot: typeof record?.slot === 'string' ? record.slot : undefined,
    authorAvatar: typeof record?.authorAvatar === 'string' ? record.authorAvatar : undefined,
    ui,
    sourceUrl: url,
    valid: validation.ok && !validation.issues.some((issue) => issue.severity === 'error'),
    issues: validation.issues,
  };
}

/** `https://…/plugins/stock_pulse.json` → `stock_pulse`: a name for a bare document. */
function nameFromUrl(url: string): string {
  try {
    const file = new URL(url).pathname.split('/').pop() ?? '';
    const base = decodeURIComponent(file).replace(/\.(stac\.)?json$/i, '');
    return base || 'Plugin';
  } catch {
    return 'Plugin';
  }
}

/** The id the real app gives a plugin created without one (lib/providers/plugin_provider.dart savePlugin). */
export function pluginIdFromName(name: string): string {
  return name.trim().toLowerCase().replace(/ /g, '_');
}

/**
 * The body of POST /plugins/install. pluginService.installPlugin upserts whatever it is sent (name,
 * version, ui, avatar; the slot only when the row is new) and downloads `download_url` when `ui` is
 * missing, so the whole record must travel.
 */
export function installRecordBody(plugin: {
  id: string;
  name: string;
  author?: string | null;
  version?: string | null;
  description?: string | null;
  slot?: string | null;
  ui?: unknown;
  authorAvatar?: string | null;
  download_url?: string | null;
  isOfficial?: boolean | null;
  isPublic?: boolean | null;
}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: plugin.id,
    name: plugin.name,
    author: plugin.author ?? undefined,
    version: plugin.version ?? INVENICUM_DEFAULT_VERSION,
    description: plugin.description ?? '',
    slot: plugin.slot ?? 'dashboard_top',
    authorAvatar: plugin.authorAvatar ?? undefined,
    download_url: plugin.download_url ?? undefined,
    isOfficial: plugin.isOfficial ?? undefined,
    isPublic: plugin.isPublic ?? undefined,
  };
  if (plugin.ui !== undefined && plugin.ui !== null) body.ui = plugin.ui;
  return body;
}

/** The latest file of an installed plugin that has an update, read from the market. */
export interface LatestFile {
  ui: unknown;
  download_url?: string;
}

/**
 * Marks community entries as not installed and appends the installed ones, as our model lists them: the
 * catalog's version and, for one with an update, the latest file's ui (the installed row only has its own),
 * or no ui at all rather than the old one under the new version's number.
 */
export function mergeCommunityWithInstalled(
  community: readonly CommunityPlugin[],
  installed: readonly InstalledPlugin[],
  latestFiles: ReadonlyMap<string, LatestFile> = new Map(),
): CommunityPlugin[] {
  const seen = new Set<string>();
  const merged: CommunityPlugin[] = [];
  for (const plugin of installed) {
    seen.add(plugin.id);
    const latest = latestFiles.get(plugin.id);
    merged.push({
      ...plugin,
      version: plugin.latestVersion ?? plugin.version,
      ui: plugin.hasUpdate ? latest?.ui : plugin.ui,
      download_url: latest?.download_url ?? plugin.download_url,
      isInstalled: true,
      installedVersion: plugin.version,
    });
  }
  for (const plugin of community) {
    if (seen.has(plugin.id)) continue;
    seen.add(plugin.id);
    merged.push({ ...plugin, isInstalled: false, installedVersion: null });
  }
  return merged;
}

/**
 * GET /items (src/routes/itemRoutes.js + inventoryItemService.getAllItemsForUser): `{ success, data: { items } }`
 * with raw Prisma rows (not the InventoryItemDTO): `marketValue`, `quantity`, `minStock`, `location` and
 * `assetType` as whole rows, `images[]` with relative URLs, no `isLowStock` (computed here as the DTO does).
 */
const invenicumItemSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  description: z.nullish(z.string()),
  quantity: z.nullish(z.number()),
  minStock: z.nullish(z.number()),
  marketValue: z.nullish(z.number()),
  currency: z.nullish(z.string()),
  serialNumber: z.nullish(z.string()),
  barcode: z.nullish(z.string()),
  condition: z.nullish(z.string()),
  updatedAt: z.nullish(z.string()),
  location: z.nullish(z.looseObject({ id: z.optional(numericId), name: z.string() })),
  assetType: z.nullish(z.looseObject({ name: z.string() })),
  images: z.nullish(z.array(z.looseObject({ url: z.string(), order: z.nullish(z.number()) }))),
});
export type InvenicumItem = z.output<typeof invenicumItemSchema>;

export const invenicumItemsSchema = z.looseObject({
  data: z.looseObject({ items: z.array(invenicumItemSchema) }),
});

/** One inventory item as our asset (the fields the host pages and asset_detail plugins read). */
export function itemToAsset(item: InvenicumItem, mediaOrigin: string): Asset {
  const quantity = item.quantity ?? 1;
  const minStock = item.minStock ?? 0;
  const images = [...(item.images ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((image) => absoluteMediaUrl(image.url, mediaOrigin));
  return {
    id: item.id,
    name: item.name,
    description: item.description ?? undefined,
    category: item.assetType?.name,
    location: item.location?.name,
    quantity,
    minStock,
    isLowStock: quantity <= minStock,
    value: item.marketValue ?? undefined,
    currency: item.currency ?? 'EUR',
    serialNumber: item.serialNumber ?? null,
    barcode: item.barcode ?? null,
    condition: item.condition ?? undefined,
    imageUrl: images[0] ?? null,
    images,
    tags: [],
    updatedAt: item.updatedAt ?? undefined,
  };
}

/** Uploaded images are served by the backend under `/images/...`, relative to its own origin. */
function absoluteMediaUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}
