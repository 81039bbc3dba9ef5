-- Counted attempts for the limits of concord_domain::limits: one row per scope and key (an
-- account, a recipient, a client address) with the start of its current window, in Unix
-- seconds, and the attempts counted in it; one upsert counts an attempt atomically. And the
-- browsers that have signed in to an account, so that a stranger's guesses never lock the
-- owner out. Reviewed as a pair with the other backend's 0024_limits.sql.

CREATE TABLE rate_limits (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
);

CREATE TABLE known_devices (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX known_devices_user ON known_devices (user_id);
