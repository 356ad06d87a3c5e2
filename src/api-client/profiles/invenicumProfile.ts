import type { BackendMethods } from '../apiClientTypes';
import type { Transport } from '../transport';
import { invenicumInstalls } from './invenicumInstalls';
import { invenicumInventory } from './invenicumInventory';
import { invenicumPublishing } from './invenicumPublishing';
import { createInvenicumReads, INVENICUM_CATALOG_INDEX_URL } from './invenicumReads';
import { invenicumSession } from './invenicumSession';

export { INVENICUM_CATALOG_INDEX_URL } from './invenicumReads';

export interface InvenicumProfileOptions {
  catalogIndexUrl?: string;
}

/**
 * A real Invenicum backend (lopiv2/invenicum_backend, Express + Prisma) behind our typed client: our calls
 * become what its routes take, its answers become our model, its status-only errors become our codes.
 * What it cannot do (demo accounts, single-item GET, an update route) is built from what it has. One
 * module per job: the shared reads, installs, publishing, the session, the inventory.
 */
export function createInvenicumProfile(
  transport: Transport,
  options: InvenicumProfileOptions = {},
): BackendMethods {
  const reads = createInvenicumReads(transport, options.catalogIndexUrl ?? INVENICUM_CATALOG_INDEX_URL);
  return {
    getCommunityPlugins: reads.everyPlugin,
    getInstalledPlugins: reads.installed,
    previewPluginStac: reads.preview,
    ...invenicumInstalls(reads),
    ...invenicumPublishing(reads),
    ...invenicumSession(reads),
    ...invenicumInventory(reads),
  };
}
