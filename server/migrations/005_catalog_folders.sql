-- Plugins registered from the folders named in STAC_WEB_PLUGIN_DIRS: which file each came from and the hash of
-- the text last registered, so a rescan knows what is new, what changed and what was removed. The catalog row
-- itself lives in `plugins` like any other; removing it (the file went away) drops this row with it, while
-- installs keep their snapshot. Portable: SQLite and PostgreSQL.
CREATE TABLE catalog_folder_plugins (
  plugin_id      TEXT PRIMARY KEY REFERENCES plugins(id) ON DELETE CASCADE,
  source_path    TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  registered_at  TEXT NOT NULL
);
