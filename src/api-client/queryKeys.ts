/**
 * Query-key factories: every cache entry of the client is named here, so that a mutation can find and
 * update exactly the entries it changes. Keys are hierarchical: invalidating `pluginKeys.all` refreshes
 * every plugin list and preview.
 */
export const pluginKeys = {
  all: ['plugins'] as const,
  community: () => [...pluginKeys.all, 'community'] as const,
  installed: () => [...pluginKeys.all, 'installed'] as const,
  preview: (url: string) => [...pluginKeys.all, 'preview', url] as const,
};

export const assetKeys = {
  all: ['assets'] as const,
  list: () => [...assetKeys.all, 'list'] as const,
  detail: (assetId: string) => [...assetKeys.all, 'detail', assetId] as const,
};

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  demo: () => [...authKeys.all, 'demo'] as const,
};

export const jobKeys = {
  all: ['plugin-jobs'] as const,
  list: () => [...jobKeys.all, 'list'] as const,
};

export const catalogFolderKeys = {
  all: ['catalog-folders'] as const,
  report: () => [...catalogFolderKeys.all, 'report'] as const,
};
