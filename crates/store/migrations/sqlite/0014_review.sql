-- Publication and review of responses: moderation (hidden with a reason, never deleted),
-- errata to attribution or category (each with its reason, public), and the original files of
-- responses received by e-mail or on paper.
-- Reviewed as a pair with ../postgres/0014_review.sql.

ALTER TABLE responses ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE responses ADD COLUMN hidden_reason TEXT;
ALTER TABLE responses ADD COLUMN received_on TEXT;
CREATE TABLE response_errata (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id),
    field TEXT NOT NULL,
    before_value TEXT,
    after_value TEXT,
    reason TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX response_errata_response ON response_errata (response_id, id);
CREATE TABLE response_files (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id),
    version INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX response_files_response ON response_files (response_id, version);
