-- Plugin jobs (see docs/server.md, "Plugin jobs"). One row per user, plugin and job holds its schedule switch,
-- when it is next due, the run of the moment (a claim) and the count of failures in a row that pauses it.
CREATE TABLE job_states (
  user_id               INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  plugin_id             TEXT NOT NULL,
  job_id                TEXT NOT NULL,
  schedule_enabled      INTEGER NOT NULL DEFAULT 0,
  schedule_text         TEXT,
  next_run_at           TEXT,
  consecutive_failures  INTEGER NOT NULL DEFAULT 0,
  paused_reason         TEXT,
  updated_at            TEXT NOT NULL,
  PRIMARY KEY (user_id, plugin_id, job_id)
);
-- run-due looks for enabled schedules whose time has come.
CREATE INDEX job_states_due ON job_states(schedule_enabled, next_run_at);

-- Every run, manual or scheduled: what happened and what it found. Old rows are pruned to a short history.
CREATE TABLE job_runs (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  plugin_id      TEXT NOT NULL,
  job_id         TEXT NOT NULL,
  plugin_version TEXT NOT NULL,
  run_trigger    TEXT NOT NULL,
  status         TEXT NOT NULL,
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  duration_ms    INTEGER,
  summary        TEXT,
  error_code     TEXT,
  error_message  TEXT,
  result_json    TEXT
);
CREATE INDEX job_runs_job ON job_runs(user_id, plugin_id, job_id, id);
