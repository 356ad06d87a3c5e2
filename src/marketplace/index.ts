export { MarketplaceLayout } from './MarketplaceLayout';
export { MarketplaceBrowsePage } from './MarketplaceBrowsePage';
export { PluginDetailPage } from './PluginDetailPage';
export { InstalledPluginsPage } from './InstalledPluginsPage';
export { PreviewFromUrlPage } from './PreviewFromUrlPage';
export { CatalogFoldersPage } from './CatalogFoldersPage';
/**
 * The editor (CodeMirror) loads on demand: `lazy: loadPluginEditorRoute` on its routes keeps it out of the
 * first download. Its modules are PluginEditorPage, PluginEditorForm and StacJsonEditor.
 */
export async function loadPluginEditorRoute() {
  const { PluginEditorPage } = await import('./PluginEditorPage');
  return { Component: PluginEditorPage };
}
export type { PluginEditorFormProps } from './PluginEditorForm';
export type { StacJsonEditorHandle, StacJsonEditorProps, EditorDiagnostic } from './StacJsonEditor';
export { PluginCard, PluginCardSkeleton, type PluginCardProps } from './PluginCard';
export { CatalogGrid, type CatalogGridProps } from './CatalogGrid';
export { CatalogToolbar, type CatalogToolbarProps } from './CatalogToolbar';
export { PluginPreview, type PluginPreviewProps } from './PluginPreview';
export { ValidationReport, type ValidationReportProps } from './ValidationReport';
export { AccessSummary, type AccessSummaryProps } from './AccessSummary';
export { PluginAvatar } from './PluginAvatar';
export { PluginBadges } from './PluginBadges';
export {
  analyzePluginAccess,
  describeAction,
  describeActions,
  type AccessAction,
  type AccessUrl,
  type AccessUrlKind,
  type PluginAccessReport,
} from '../plugin-host';
export {
  mergeCatalog,
  queryCatalog,
  matchesSearch,
  compareEntries,
  catalogSlots,
  formatDownloads,
  slotLabel,
  CATALOG_SORT_LABELS,
  CATALOG_STATE_LABELS,
  type CatalogEntry,
  type CatalogPlugin,
  type CatalogQuery,
  type CatalogSort,
  type CatalogStateFilter,
  type InstalledCatalogPlugin,
} from './catalog';
export { samplePreviewScope, SAMPLE_ASSET, SAMPLE_INVENTORY, SAMPLE_USER } from './sampleScope';
// Types only: a value export would bring @lezer/json (the JSON locator's parser) into the app's first page.
export type { PluginDraft, DraftValidation } from './validateDraft';
