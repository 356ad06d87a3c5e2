-- Users of the reference server. Passwords are scrypt hashes with a per-user salt (see server/auth/password.ts).
CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  avatar_url    TEXT,
  created_at    TEXT NOT NULL
);

-- Opaque bearer tokens, stored only as their sha256 so a copy of the database cannot be replayed.
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- The plugin catalog: seeded catalog files, plugins users created, and plugins installed from a URL.
CREATE TABLE plugins (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  author          TEXT NOT NULL,
  author_user_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  author_avatar   TEXT,
  slot            TEXT NOT NULL,
  version         TEXT NOT NULL,
  ui_json         TEXT NOT NULL,
  is_public       INTEGER NOT NULL DEFAULT 1,
  is_official     INTEGER NOT NULL DEFAULT 0,
  source          TEXT NOT NULL,
  download_url    TEXT,
  download_count  INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- Every published version, so an install can keep the exact document it installed.
CREATE TABLE plugin_versions (
  plugin_id   TEXT NOT NULL REFERENCES plugins(id) ON DELETE CASCADE,
  version     TEXT NOT NULL,
  ui_json     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (plugin_id, version)
);

-- One row per user who ever downloaded a plugin: downloadCount counts people, not clicks.
CREATE TABLE plugin_downloads (
  plugin_id   TEXT NOT NULL,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (plugin_id, user_id)
);

-- A user's installs. The installed version's metadata and ui are a snapshot: they survive catalog updates
-- (that is what makes hasUpdate meaningful) and the author deleting the plugin.
CREATE TABLE installs (
  user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  plugin_id      TEXT NOT NULL,
  name           TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  author         TEXT NOT NULL,
  author_avatar  TEXT,
  slot           TEXT NOT NULL,
  version        TEXT NOT NULL,
  ui_json        TEXT NOT NULL,
  is_active      INTEGER NOT NULL DEFAULT 1,
  installed_at   TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (user_id, plugin_id)
);

-- Host data that the asset_detail slot binds (<<asset.*>>).
CREATE TABLE assets (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  category       TEXT NOT NULL,
  location       TEXT NOT NULL,
  quantity       INTEGER NOT NULL,
  min_stock      INTEGER NOT NULL,
  quality_score  INTEGER NOT NULL,
  value          REAL NOT NULL,
  currency       TEXT NOT NULL,
  tags_json      TEXT NOT NULL DEFAULT '[]',
  image_url      TEXT,
  description    TEXT NOT NULL DEFAULT '',
  serial_number  TEXT,
  updated_at     TEXT NOT NULL
);

-- Small key/value facts about this database (for example that the first-start seed ran).
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
