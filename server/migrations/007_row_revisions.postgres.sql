-- Every row of installs, plugins and plugin_consents carries a revision: a random token the database replaces
-- on every insert and update, whatever statement (or server instance) wrote the row. The installed list a
-- user gets is a function of their install rows, the catalog rows those join and their consents, so the list
-- of these tokens tells an instance that its pre-serialised answer is still the truth
-- (server/plugins/installedListCache.ts) without reading the documents. The token lives in the written row
-- itself: no shared counter row, so writers take no lock beyond the rows they already write.
CREATE FUNCTION stac_new_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := substr(md5(random()::text || clock_timestamp()::text), 1, 16);
  RETURN NEW;
END
$$;

ALTER TABLE installs ADD COLUMN revision TEXT NOT NULL DEFAULT '';
ALTER TABLE plugins ADD COLUMN revision TEXT NOT NULL DEFAULT '';
ALTER TABLE plugin_consents ADD COLUMN revision TEXT NOT NULL DEFAULT '';
CREATE TRIGGER installs_revision BEFORE INSERT OR UPDATE ON installs
  FOR EACH ROW EXECUTE FUNCTION stac_new_revision();
CREATE TRIGGER plugins_revision BEFORE INSERT OR UPDATE ON plugins
  FOR EACH ROW EXECUTE FUNCTION stac_new_revision();
CREATE TRIGGER plugin_consents_revision BEFORE INSERT OR UPDATE ON plugin_consents
  FOR EACH ROW EXECUTE FUNCTION stac_new_revision();
-- Rows written before this migration get their first token (the triggers fire on these updates).
UPDATE installs SET revision = '';
UPDATE plugins SET revision = '';
UPDATE plugin_consents SET revision = '';

-- The revision check of the installed list reads only these indexes: in list order, without a sort, and
-- without reaching into rows whose documents come before the revision.
CREATE INDEX installs_list_revisions ON installs(user_id, installed_at, plugin_id, version, revision);
CREATE INDEX plugins_revisions ON plugins(id, revision);
CREATE INDEX plugin_consents_revisions ON plugin_consents(user_id, plugin_id, version, revision);
