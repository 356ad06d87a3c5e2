import { createContext, useContext } from 'react';

export interface AppConfig {
  /** Base URL of the Plugin API (default `/api/v1`). */
  apiBaseUrl: string;
}

export const DEFAULT_APP_CONFIG: AppConfig = { apiBaseUrl: '/api/v1' };

export const AppConfigContext = createContext<AppConfig>(DEFAULT_APP_CONFIG);

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}
