-- Every row of installs, plugins and plugin_consents carries a revision: a random token the database replaces
-- on every insert and update, whatever statement wrote the row. The installed list a user gets is a function
-- of their install rows, the catalog rows those join and their consents, so the list of these tokens tells a
-- server that its pre-serialised answer is still the truth (server/plugins/installedListCache.ts) without
-- reading the documents. Tokens are random (not counters), so a row deleted and written again never repeats
-- one; SQLite cannot give a column an expression default through ALTER TABLE, hence the triggers on insert.
ALTER TABLE installs ADD COLUMN revision TEXT NOT NULL DEFAULT '';
ALTER TABLE plugins ADD COLUMN revision TEXT NOT NULL DEFAULT '';
ALTER TABLE plugin_consents ADD COLUMN revision TEXT NOT NULL DEFAULT '';
UPDATE installs SET revision = lower(hex(randomblob(8)));
UPDATE plugins SET revision = lower(hex(randomblob(8)));
UPDATE plugin_consents SET revision = lower(hex(randomblob(8)));

-- An insert's own UPDATE fires the update trigger, whose WHEN sees the new token and stops there.
CREATE TRIGGER installs_revision_insert AFTER INSERT ON installs
BEGIN
  UPDATE installs SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER installs_revision_update AFTER UPDATE ON installs WHEN NEW.revision IS OLD.revision
BEGIN
  UPDATE installs SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER plugins_revision_insert AFTER INSERT ON plugins
BEGIN
  UPDATE plugins SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER plugins_revision_update AFTER UPDATE ON plugins WHEN NEW.revision IS OLD.revision
BEGIN
  UPDATE plugins SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER plugin_consents_revision_insert AFTER INSERT ON plugin_consents
BEGIN
  UPDATE plugin_consents SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER plugin_consents_revision_update AFTER UPDATE ON plugin_consents
  WHEN NEW.revision IS OLD.revision
BEGIN
  UPDATE plugin_consents SET revision = lower(hex(randomblob(8))) WHERE rowid = NEW.rowid;
END;

-- The revision check of the installed list reads only these indexes: in list order, without a sort, and
-- without reaching into rows whose documents come before the revision.
CREATE INDEX installs_list_revisions ON installs(user_id, installed_at, plugin_id, version, revision);
CREATE INDEX plugins_revisions ON plugins(id, revision);
CREATE INDEX plugin_consents_revisions ON plugin_consents(user_id, plugin_id, version, revision);
