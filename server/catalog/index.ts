export {
  startCatalogFolders,
  parsePluginDirs,
  emptyFolderStatus,
  type CatalogFolders,
  type CatalogFolderStatus,
} from './catalogFolders';
export {
  scanPluginFolders,
  PLUGIN_FILE_NAME,
  type FolderScan,
  type RefusedPlugin,
} from './scanPluginFolders';
