-- The plugin manifest (surfaces, permissions, settings, dependencies, requires, capabilities, startup checks,
-- jobs, subscriptions, commands) is stored as one JSON object beside each catalog row, each published version
-- and each install's snapshot, so an install keeps exactly what the author declared for its version.
-- Portable: SQLite and PostgreSQL.
ALTER TABLE plugins ADD COLUMN manifest_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plugin_versions ADD COLUMN manifest_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE installs ADD COLUMN manifest_json TEXT NOT NULL DEFAULT '{}';

-- A user's values of an installed plugin's declared settings, validated with the plugin's own schema.
ALTER TABLE installs ADD COLUMN settings_json TEXT NOT NULL DEFAULT '{}';

-- What a user allowed a plugin to do, per plugin version: an update that asks for more waits for a new row.
CREATE TABLE plugin_consents (
  user_id           INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  plugin_id         TEXT NOT NULL,
  version           TEXT NOT NULL,
  permissions_json  TEXT NOT NULL,
  granted_at        TEXT NOT NULL,
  PRIMARY KEY (user_id, plugin_id, version)
);
