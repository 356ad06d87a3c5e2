import type { NewPlugin } from '../store/pluginStore';
import type { PluginFileContent } from './pluginDocument';

/** Who a catalog file's row belongs to and how it is offered; the rest comes from the file itself. */
export interface CatalogRowOwner {
  id: string;
  author: string;
  authorUserId: number | null;
  isOfficial: boolean;
  downloadUrl: string | null;
}

/** The public catalog row of a plugin read from a file (the seed catalog, a plugin folder). */
export function catalogRowOf(plugin: PluginFileContent, owner: CatalogRowOwner): NewPlugin {
  return {
    ...owner,
    name: plugin.name,
    description: plugin.description,
    authorAvatar: plugin.authorAvatar,
    slot: plugin.slot,
    version: plugin.version,
    uiJson: JSON.stringify(plugin.ui),
    manifestJson: JSON.stringify(plugin.manifest),
    isPublic: true,
    source: 'catalog',
  };
}
