-- Co-signatories of joint submissions: each is asked by e-mail to confirm, with a one-time
-- token kept as its hash; confirming records the time.
-- Reviewed as a pair with ../postgres/0016_signatures.sql.

CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id),
    name TEXT NOT NULL,
    organization TEXT,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    confirmed_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (response_id, email_key)
);
