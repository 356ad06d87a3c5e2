import type { StacDb } from '../database';
import { createCatalogStore } from './catalogStore';
import { createInstallStore } from './installStore';
import { createInstallWrites } from './installWrites';

export type {
  PluginSource,
  PluginRow,
  InstallRow,
  InstallWithCatalogRow,
  InstalledListRow,
  NewPlugin,
  PluginChanges,
  InstallOutcome,
  PlannedInstall,
  VersionContent,
  InstallSnapshot,
} from './pluginRecords';
export { insertPlugin, insertVersion, updatePlugin } from './catalogWrites';
export { installedListRevision, parseStringList } from './installStore';

/**
 * Plugins, their published versions and the users' installs: the catalog (catalogStore), installs as they
 * are read and switched (installStore) and installed, updated and removed (installWrites). Every write that
 * must be atomic is a single conditional statement inside a transaction, so it is decided by the database's
 * row locks and keys: the same outcome on SQLite (one writer) and on PostgreSQL at READ COMMITTED with any
 * number of server instances.
 */
export function createPluginStore(db: StacDb) {
  return { ...createCatalogStore(db), ...createInstallStore(db), ...createInstallWrites(db) };
}

export type PluginStore = ReturnType<typeof createPluginStore>;
