import semver from 'semver';
import { installKey, type MockDatabase } from './createMockDatabase';
import { isVersion } from './pluginViews';

export type MockScenario = 'default' | 'empty' | 'error' | 'slow' | 'updateAvailable';

/** Story presets change the data before the first call (`error` and `slow` act per call, in the router). */
export function applyScenario(db: MockDatabase, scenario: MockScenario): void {
  if (scenario === 'empty') {
    db.plugins.clear();
    db.installs.clear();
  }
  if (scenario === 'updateAvailable') {
    for (const plugin of db.plugins.values()) {
      if (!plugin.isPublic) continue;
      for (const user of db.users)
        if (!db.installs.has(installKey(user.id, plugin.id))) db.install(user.id, plugin.id);
      const next = semver.inc(isVersion(plugin.version) ? plugin.version : '1.0.0', 'minor') ?? '1.1.0';
      db.publishVersion(plugin.id, next);
    }
  }
}
