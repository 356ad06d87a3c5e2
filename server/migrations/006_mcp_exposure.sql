-- Whether a user offers an installed plugin's MCP tools and resources to their AI assistants (the switch on the
-- installed plugins page); on by default, like the plugin itself. Portable: SQLite and PostgreSQL.
ALTER TABLE installs ADD COLUMN mcp_enabled INTEGER NOT NULL DEFAULT 1;
