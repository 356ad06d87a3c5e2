import { createContext, useContext } from 'react';
import type { BackendProfileName } from '../api-client';

export interface AppConfig {
  /** Base URL of the Plugin API (default `/api/v1`). */
  apiBaseUrl: string;
  /** Which backend answers there: our reference server, a real Invenicum backend, or `auto` (detected). */
  apiProfile?: BackendProfileName | 'auto';
  /** Invenicum only: the market catalog index its backend reads, when not the public one. */
  catalogIndexUrl?: string;
}

export const DEFAULT_APP_CONFIG: AppConfig = { apiBaseUrl: '/api/v1', apiProfile: 'reference' };

export const AppConfigContext = createContext<AppConfig>(DEFAULT_APP_CONFIG);

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}
