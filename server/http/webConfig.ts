/**
 * What the built SPA reads at start from `GET /config.json`: where the Plugin API is and which backend it is.
 * Set here from the environment, so one build serves any deployment (also behind other static servers: drop
 * a config.json beside index.html).
 */
export interface WebConfig {
  apiBaseUrl: string;
  apiProfile: 'reference' | 'invenicum' | 'auto';
  catalogIndexUrl?: string;
}

const PROFILES = ['reference', 'invenicum', 'auto'] as const;

export interface WebConfigEnv {
  STAC_WEB_API_URL?: string;
  STAC_WEB_API_PROFILE?: string;
  STAC_WEB_CATALOG_INDEX_URL?: string;
}

/** Reads the environment; a wrong value stops the server with a sentence that says how to fix it. */
export function webConfigFromEnv(env: WebConfigEnv): WebConfig {
  const apiBaseUrl = env.STAC_WEB_API_URL?.trim() || '/api/v1';
  if (!apiBaseUrl.startsWith('/') && !isHttpUrl(apiBaseUrl)) {
    throw new Error(
      `STAC_WEB_API_URL must be a path such as /api/v1 or an http(s) URL such as https://invenicum.example.com/api/v1, got "${apiBaseUrl}".`,
    );
  }
  const profile = env.STAC_WEB_API_PROFILE?.trim() || 'reference';
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new Error(`STAC_WEB_API_PROFILE must be one of ${PROFILES.join(', ')}, got "${profile}".`);
  }
  const catalogIndexUrl = env.STAC_WEB_CATALOG_INDEX_URL?.trim() || undefined;
  if (catalogIndexUrl && !isHttpUrl(catalogIndexUrl)) {
    throw new Error(`STAC_WEB_CATALOG_INDEX_URL must be an https URL, got "${catalogIndexUrl}".`);
  }
  return { apiBaseUrl, apiProfile: profile as WebConfig['apiProfile'], catalogIndexUrl };
}

/** The origin the SPA's fetches must be allowed to reach (CSP connect-src), when not this server. */
export function apiOrigin(config: WebConfig): string | null {
  return isHttpUrl(config.apiBaseUrl) ? new URL(config.apiBaseUrl).origin : null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
