-- Calls for input with their questions and deadline extensions; responses with every submitted
-- version kept; and the hash-chained ledger of accepted submissions, which nothing may change.
-- Reviewed as a pair with ../postgres/0013_calls.sql.

CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    description TEXT,
    lang TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    closes_time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    audience TEXT NOT NULL,
    consent_text TEXT NOT NULL,
    publication TEXT NOT NULL,
    state TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    next_number INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX calls_body ON calls (body_id, id);
CREATE TABLE call_questions (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    options TEXT NOT NULL,
    word_limit INTEGER,
    required INTEGER NOT NULL DEFAULT 0,
    analytic_group TEXT,
    UNIQUE (call_id, label)
);
CREATE TABLE call_extensions (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    closes_on TEXT NOT NULL,
    closes_time TEXT NOT NULL,
    previous TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    reference TEXT NOT NULL UNIQUE,
    user_id INTEGER REFERENCES users (id),
    email TEXT,
    channel TEXT NOT NULL,
    respondent_kind TEXT NOT NULL,
    name TEXT NOT NULL,
    organization TEXT,
    stakeholder_group TEXT NOT NULL REFERENCES stakeholder_groups (code),
    sub_category TEXT,
    country TEXT REFERENCES states (iso2),
    ecosoc TEXT,
    lang TEXT NOT NULL,
    consent_publish INTEGER NOT NULL DEFAULT 0,
    consent_cite INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    draft TEXT,
    submitted_at TEXT,
    updated_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX responses_call ON responses (call_id, id);
CREATE UNIQUE INDEX responses_one_per_account ON responses (call_id, user_id) WHERE user_id IS NOT NULL;
CREATE TABLE response_versions (
    response_id INTEGER NOT NULL REFERENCES responses (id),
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (response_id, version)
);
CREATE TABLE response_answers (
    response_id INTEGER NOT NULL REFERENCES responses (id),
    question_id INTEGER NOT NULL REFERENCES call_questions (id),
    text TEXT,
    choices TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id)
);
CREATE TABLE ledger (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);
CREATE INDEX ledger_reference ON ledger (reference, version);
CREATE TABLE ledger_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO ledger_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger cannot be changed');
END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger cannot be changed');
END;
CREATE TRIGGER response_versions_no_update BEFORE UPDATE ON response_versions
BEGIN
    SELECT RAISE(ABORT, 'a received version cannot be changed');
END;
CREATE TRIGGER response_versions_no_delete BEFORE DELETE ON response_versions
BEGIN
    SELECT RAISE(ABORT, 'a received version cannot be changed');
END;
