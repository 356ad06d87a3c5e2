import { useMemo } from 'react';
import { useCommunityPlugins, useInstalledPlugins, usePreviewPlugin } from '../api-client';
import { resolveSettingValues } from '../plugin-host';
import { parseStacDocument, readPluginManifest } from '../stac-schema';
import type { InstalledCatalogPlugin } from './catalog';
import type { ManifestRecord } from './pluginManifestInfo';

/** A plugin as the detail page shows it: from the catalog, or from the installed list when only there. */
export interface DetailPlugin extends InstalledCatalogPlugin, ManifestRecord {
  download_url?: string;
  latestVersion?: string | null;
  updatePermissions?: string[];
}

/**
 * Everything the detail page knows about one plugin: its catalog and installed records, its manifest and
 * surfaces (read from the file it names when the catalog has no document), the preview's setting values
 * and the strict validation of every surface.
 */
export function usePluginDetail(id: string) {
  const community = useCommunityPlugins();
  const installedList = useInstalledPlugins();

  const catalogPlugin = (community.data as DetailPlugin[] | undefined)?.find((plugin) => plugin.id === id);
  const installed =
    (installedList.data as DetailPlugin[] | undefined)?.find((plugin) => plugin.id === id) ?? null;
  const plugin: DetailPlugin | undefined = catalogPlugin ?? installed ?? undefined;

  // Catalog entries normally carry their document; one that only names a file is previewed from it.
  const needsRemote = Boolean(plugin && plugin.ui === undefined && plugin.download_url);
  const remote = usePreviewPlugin(needsRemote ? plugin?.download_url : null);
  const ui = plugin?.ui ?? remote.data?.ui;
  // Every surface of the plugin: one `slot` + `ui`, or each document of a composite plugin's `surfaces`.
  const manifest = useMemo(
    () => (plugin ? readPluginManifest({ ...plugin, ...(ui === undefined ? {} : { ui }) }).manifest : null),
    [plugin, ui],
  );
  const surfaces = useMemo(() => manifest?.surfaces ?? [], [manifest]);
  // One summary of what every surface reads and does (the surfaces side by side, for the analysis only).
  const accessDocument = useMemo(
    () => (surfaces.length === 1 ? surfaces[0]!.ui : { type: 'column', children: surfaces.map((s) => s.ui) }),
    [surfaces],
  );
  // Previews show what a new install shows: the declared defaults of its settings.
  const defaults = useMemo(() => resolveSettingValues(manifest?.settings ?? [], {}), [manifest]);

  const validation = useMemo(() => {
    if (surfaces.length === 0) return null;
    const issues = surfaces.flatMap(
      (surface) =>
        parseStacDocument(surface.ui, {
          mode: 'strict',
          rootPath: manifest?.composite ? `surfaces.${surface.slot}` : 'ui',
        }).issues,
    );
    return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
  }, [surfaces, manifest]);

  return {
    community,
    installedList,
    catalogPlugin,
    plugin,
    installed,
    allInstalled: (installedList.data ?? []) as DetailPlugin[],
    previewPending: needsRemote && remote.isPending,
    manifest,
    surfaces,
    accessDocument,
    defaults,
    validation,
  };
}

export type PluginDetail = ReturnType<typeof usePluginDetail>;
