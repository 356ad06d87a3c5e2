/**
 * Startup checks: declarative conditions evaluated when a plugin is activated (after DMS's startupCheck,
 * without running plugin code). A failing check blocks activation with its title and details, shown on the
 * plugin's row and once as a notice. `requires.host` is an implicit check of the same kind.
 */
import { versionSatisfies, type PluginManifest, type StartupCondition } from '../stac-schema';
import { HOST_FEATURES, HOST_VERSION } from './hostInfo';
import type { SettingValues } from './settings';

export interface StartupEnvironment {
  hostVersion?: string;
  features?: readonly string[];
  /** The plugin's settings after defaults (resolveSettingValues). */
  settings?: SettingValues;
  /** Whether another plugin is installed, switched on and usable. */
  isPluginActive?(id: string): boolean;
}

export interface StartupFailure {
  title: string;
  details?: string;
  condition: StartupCondition;
}

function holds(condition: StartupCondition, env: Required<StartupEnvironment>): boolean {
  switch (condition.kind) {
    case 'hostVersion':
      return versionSatisfies(env.hostVersion, condition.range);
    case 'setting': {
      const value = env.settings[condition.key];
      return value !== undefined && !(typeof value === 'string' && value.trim() === '');
    }
    case 'dependency':
      return env.isPluginActive(condition.id);
    case 'hostFeature':
      return env.features.includes(condition.feature);
  }
}

/** The checks that fail, in declaration order; empty when the plugin may activate. */
export function evaluateStartupChecks(
  manifest: Pick<PluginManifest, 'startupChecks' | 'requiresHost'>,
  environment: StartupEnvironment = {},
): StartupFailure[] {
  const env: Required<StartupEnvironment> = {
    hostVersion: environment.hostVersion ?? HOST_VERSION,
    features: environment.features ?? HOST_FEATURES,
    settings: environment.settings ?? {},
    isPluginActive: environment.isPluginActive ?? (() => false),
  };
  const failures: StartupFailure[] = [];
  if (manifest.requiresHost && !versionSatisfies(env.hostVersion, manifest.requiresHost)) {
    const condition: StartupCondition = { kind: 'hostVersion', range: manifest.requiresHost };
    failures.push({
      title: `This plugin needs host version ${manifest.requiresHost}`,
      details: `This app's plugin host is version ${env.hostVersion}. Update the app or install a version of the plugin made for it.`,
      condition,
    });
  }
  for (const check of manifest.startupChecks) {
    if (!holds(check.condition, env))
      failures.push({
        title: check.title,
        ...(check.details ? { details: check.details } : {}),
        condition: check.condition,
      });
  }
  return failures;
}
