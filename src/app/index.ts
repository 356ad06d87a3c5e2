export { App, AppProviders, createAppQueryClient, createAppRouter, type AppProvidersProps } from './App';
export { createAppRoutes } from './routes';
export { flushRouterUpdate } from './flushRouterUpdate';
export { AppConfigContext, DEFAULT_APP_CONFIG, useAppConfig, type AppConfig } from './AppConfig';
export { ThemeProvider, useTheme, THEME_STORAGE_KEY, type ThemeMode } from './ThemeProvider';
export { SessionProvider, useAuthSource, useSessionToken } from './SessionProvider';
export { loadAppConfig, APP_CONFIG_PATH, type LoadedAppConfig } from './loadAppConfig';
export { summarizeInventory, type InventorySummary } from './pages/inventorySummary';
