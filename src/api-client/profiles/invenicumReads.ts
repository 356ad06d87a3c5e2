/**
 * The reads every part of the Invenicum profile builds on: calls with the backend's errors read into our
 * codes, the community and installed lists, plugin files through its preview route, the market's catalog
 * index, and the inventory's items.
 */
import { z, isRecord } from '../../stac-schema';
import type { InstalledPlugin, PluginPreview } from '../pluginResponses';
import { previewSchema } from '../pluginResponses';
import { acknowledgementSchema, type Asset } from '../responseSchemas';
import type { RequestOptions } from '../requestJson';
import type { ApiCall, Transport } from '../transport';
import type { CommunityPlugin } from '../pluginResponses';
import {
  catalogEntrySchema,
  invenicumCatalogIndexSchema,
  invenicumCommunitySchema,
  invenicumInstalledSchema,
  invenicumItemsSchema,
  itemToAsset,
  mergeCommunityWithInstalled,
  previewFromRawFile,
  type CatalogEntry,
  type LatestFile,
} from './invenicumAnswers';
import { unwrapPluginUi } from '../../stac-schema';
import { readInvenicumError, type InvenicumRoute } from './invenicumErrors';

/** Where the real backend reads its market catalog by default (src/config/githubConstants.js). */
export const INVENICUM_CATALOG_INDEX_URL =
  'https://raw.githubusercontent.com/lopiv2/invenicum-market-repository/main/repository_plugin.json';

export function createInvenicumReads(transport: Transport, catalogIndexUrl: string) {
  const mediaOrigin = new URL(transport.baseUrl).origin;

  async function call<T>(route: InvenicumRoute, c: ApiCall<T>): Promise<T> {
    try {
      return await transport.call(c);
    } catch (error) {
      throw readInvenicumError(route, error);
    }
  }

  const community = (o?: RequestOptions) =>
    call('community', { ...o, method: 'GET', path: '/plugins/community', schema: invenicumCommunitySchema });
  const installed = (o?: RequestOptions): Promise<InstalledPlugin[]> =>
    call('installed', { ...o, method: 'GET', path: '/plugins/installed', schema: invenicumInstalledSchema });
  const rawFile = (route: InvenicumRoute, url: string, o?: RequestOptions) =>
    call(route, {
      ...o,
      method: 'GET',
      path: '/plugins/preview-stac',
      query: { url },
      schema: z.unknown(),
    });

  async function preview(url: string, o?: RequestOptions): Promise<PluginPreview> {
    const file = await rawFile('preview', url, o);
    return previewSchema.parse(await previewFromRawFile(file, url));
  }

  const postInstall = (body: Record<string, unknown>, o?: RequestOptions) =>
    call('install', { ...o, method: 'POST', path: '/plugins/install', body, schema: acknowledgementSchema });

  /** Plugins the user can see, installed or not: what browsing, "mine" and the editor need. */
  async function everyPlugin(o?: RequestOptions): Promise<CommunityPlugin[]> {
    const [listed, own] = await Promise.all([community(o), installed(o)]);
    return mergeCommunityWithInstalled(listed, own, await latestFiles(own, o));
  }

  /** The market's latest file of each installed plugin with an update, so it can be reviewed before updating. */
  async function latestFiles(own: readonly InstalledPlugin[], o?: RequestOptions) {
    const files = new Map<string, LatestFile>();
    const updatable = own.filter((plugin) => plugin.hasUpdate);
    if (updatable.length === 0) return files;
    try {
      const entries = await catalogEntries(o);
      await Promise.all(
        updatable.map(async (plugin) => {
          const url = entries.get(plugin.id)?.download_url;
          if (!url) return;
          const file = await rawFile('catalog', url, o);
          const ui = unwrapPluginUi(isRecord(file) && file.ui !== undefined ? file.ui : file);
          files.set(plugin.id, { ui, download_url: url });
        }),
      );
    } catch {
      // Without the market the list still shows; the update just cannot be previewed.
    }
    return files;
  }

  async function catalogEntries(o?: RequestOptions): Promise<Map<string, CatalogEntry>> {
    const index = invenicumCatalogIndexSchema.parse(await rawFile('catalog', catalogIndexUrl, o));
    const entries = new Map<string, CatalogEntry>();
    for (const entry of index.plugins) {
      const checked = catalogEntrySchema.safeParse(entry);
      if (checked.success) entries.set(checked.data.id, checked.data);
    }
    return entries;
  }

  async function items(o?: RequestOptions): Promise<Asset[]> {
    const answer = await call('items', { ...o, method: 'GET', path: '/items', schema: invenicumItemsSchema });
    return answer.data.items.map((item) => itemToAsset(item, mediaOrigin));
  }

  return {
    transport,
    catalogIndexUrl,
    call,
    community,
    installed,
    rawFile,
    preview,
    postInstall,
    everyPlugin,
    catalogEntries,
    items,
  };
}

export type InvenicumReads = ReturnType<typeof createInvenicumReads>;
