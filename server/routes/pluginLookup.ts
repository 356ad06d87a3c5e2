import { activationOrder } from '../../src/plugin-host/index';
import type { AppServices } from '../appServices';
import { ApiError, pluginNotFound } from '../http/apiError';
import { installedNodes } from '../plugins/pluginHosting';
import { isVisibleTo, toInstalledView, type InstalledPluginView } from '../plugins/pluginViews';
import { SafeFetchError, type SafeFetchResult } from '../safeFetch';
import { prepareJson, type PreparedJson } from '../http/preparedJson';
import { createInstalledListCache } from '../plugins/installedListCache';
import {
  installedListRevision,
  parseStringList,
  type InstalledListRow,
  type PluginRow,
} from '../store/pluginStore';
import type { UserRecord } from '../store/userStore';

/** `"Stock Meter!"` -> `stock-meter`; ids stay readable in URLs and logs. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'plugin';
}

export function invalidStac(issues: unknown[], what = 'The plugin UI'): ApiError {
  return new ApiError(
    422,
    'INVALID_STAC',
    `${what} is not a valid STAC document: fix the listed issues and try again.`,
    { issues },
  );
}

/** Fetch problems become API errors; `reason` keeps the fetcher's own code for clients that care. */
function fetchFailure(error: unknown): ApiError {
  if (!(error instanceof SafeFetchError)) throw error;
  const reason = error.code;
  if (reason === 'INVALID_URL' || reason === 'URL_NOT_ALLOWED' || reason === 'ADDRESS_NOT_ALLOWED') {
    return new ApiError(400, 'URL_NOT_ALLOWED', error.message, { reason });
  }
  if (reason === 'NOT_JSON' || reason === 'TOO_DEEP')
    return new ApiError(422, 'INVALID_STAC', error.message, { reason, issues: [] });
  return new ApiError(502, 'FETCH_FAILED', `The plugin could not be downloaded: ${error.message}`, {
    reason,
  });
}

/**
 * Every install of the user as `GET /plugins/installed` answers it: in activation order (what a plugin needs
 * comes before it), else in the order they were installed.
 */
function installedViewsOf(userId: number, rows: InstalledListRow[]): InstalledPluginView[] {
  const sorted = activationOrder([...installedNodes(rows).values()]);
  const position = new Map(sorted.ok ? sorted.order.map((id, index) => [id, index]) : []);
  const ordered = sorted.ok
    ? [...rows].sort((a, b) => position.get(a.plugin_id)! - position.get(b.plugin_id)!)
    : rows;
  return ordered.map((row) => toInstalledView(row, userId, consentOf(row)));
}

const consentOf = (row: InstalledListRow): string[] | undefined =>
  row.consent_permissions_json === null ? undefined : parseStringList(row.consent_permissions_json);

/** How routes find plugins and installs for a user, with the visibility and answer shapes of the API. */
export function createPluginLookup(services: AppServices) {
  const { plugins } = services;

  /**
   * The catalog as this user may see it: public plugins and their own. Every route looks plugins up
   * through here, so another user's private plugin answers exactly as one that does not exist.
   */
  async function visiblePlugin(id: string, user: UserRecord): Promise<PluginRow | undefined> {
    const row = await plugins.get(id);
    return row && isVisibleTo(row, user.id) ? row : undefined;
  }

  const installedList = createInstalledListCache({
    generation: () => services.changes.generation(),
    revision: (userId) => plugins.installedListRevision(userId),
    async build(userId) {
      const rows = await plugins.listInstalledWithConsents(userId);
      return { revision: installedListRevision(rows), answer: prepareJson(installedViewsOf(userId, rows)) };
    },
  });

  return {
    visiblePlugin,
    async findOwnPlugin(id: string, user: UserRecord): Promise<PluginRow> {
      const row = await visiblePlugin(id, user);
      if (!row) throw pluginNotFound(id);
      if (row.author_user_id !== user.id) {
        throw new ApiError(
          403,
          'PERMISSION_DENIED',
          `Only the author (${row.author}) can change or delete "${row.name}".`,
          { pluginId: id },
        );
      }
      return row;
    },
    async download(url: string): Promise<SafeFetchResult> {
      try {
        return await services.fetchPluginJson(url);
      } catch (error) {
        throw fetchFailure(error);
      }
    },
    /** The answer of `GET /plugins/installed`, serialised; kept while the rows it shows stay the same. */
    installedAnswer: (userId: number): Promise<PreparedJson> => installedList.answer(userId),
    /** installedAnswer from memory alone, when nothing was written since it was found current (`generation`). */
    keptInstalledAnswer: (userId: number, generation: number): PreparedJson | undefined =>
      installedList.kept(userId, generation),
    /** installedAnswer from memory alone, when it was built from rows of this `revision` string. */
    keptInstalledAnswerAt: (userId: number, revision: string): PreparedJson | undefined =>
      installedList.keptAtRevision(userId, revision),
    async installedView(userId: number, id: string): Promise<InstalledPluginView | undefined> {
      const rows = await plugins.listInstalledWithConsents(userId);
      const row = rows.find((install) => install.plugin_id === id);
      return row && toInstalledView(row, userId, consentOf(row));
    },
  };
}

export type PluginLookup = ReturnType<typeof createPluginLookup>;
