-- Sign-in attempt counters (rate-limiter-flexible's table layout), shared by every server instance on this
-- database, so a limit holds however many instances sit behind the proxy. Portable: SQLite and PostgreSQL.
CREATE TABLE rate_limits (
  key     VARCHAR(255) PRIMARY KEY,
  points  INTEGER NOT NULL DEFAULT 0,
  expire  BIGINT
);
