import { z } from '../stac-schema';
import { DEFAULT_APP_CONFIG, type AppConfig } from './AppConfig';

/** Where the built app looks for its run-time settings: beside index.html, so any static server can hold it. */
export const APP_CONFIG_PATH = '/config.json';

const appConfigSchema = z.object({
  apiBaseUrl: z.optional(
    z.string().check(
      z.refine((value) => value.startsWith('/') || /^https?:\/\//i.test(value), {
        message: 'use a path such as /api/v1 or an http(s) URL',
      }),
    ),
  ),
  apiProfile: z.optional(z.enum(['reference', 'invenicum', 'auto'])),
  catalogIndexUrl: z.optional(z.url({ protocol: /^https?$/ })),
});

export interface LoadedAppConfig {
  config: AppConfig;
  /** Sentences for the console when the file was there but could not be used as a whole. */
  problems: string[];
}

/**
 * Reads `/config.json` (served by our server from its environment, or a file next to the build). No file
 * means the defaults; a broken file keeps the defaults for what it got wrong and says what to fix.
 */
export async function loadAppConfig(
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  path = APP_CONFIG_PATH,
): Promise<LoadedAppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(path, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch {
    return { config: DEFAULT_APP_CONFIG, problems: [] };
  }
  if (!response.ok) return { config: DEFAULT_APP_CONFIG, problems: [] };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    // A static server that answers every path with index.html has no config file: that is not a mistake.
    return { config: DEFAULT_APP_CONFIG, problems: [] };
  }
  const checked = appConfigSchema.safeParse(json);
  if (checked.success) return { config: { ...DEFAULT_APP_CONFIG, ...checked.data }, problems: [] };
  const problems = checked.error.issues.map(
    (issue) =>
      `${path}: "${issue.path.join('.') || '(file)'}": ${issue.message}; the default is used instead.`,
  );
  // Keep the fields that are right: a typo in one setting should not throw away the others.
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const config: AppConfig = { ...DEFAULT_APP_CONFIG };
  for (const key of ['apiBaseUrl', 'apiProfile', 'catalogIndexUrl'] as const) {
    const field = appConfigSchema.shape[key].safeParse(record[key]);
    if (field.success && field.data !== undefined) Object.assign(config, { [key]: field.data });
  }
  return { config, problems };
}
