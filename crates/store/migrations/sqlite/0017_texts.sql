-- Negotiating texts of a body and every version of each, kept whole and never changed.
-- Reviewed as a pair with ../postgres/0017_texts.sql.

CREATE TABLE negotiating_texts (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX negotiating_texts_body ON negotiating_texts (body_id, id);
CREATE TABLE text_versions (
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    version INTEGER NOT NULL,
    notation TEXT NOT NULL,
    note TEXT,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (text_id, version)
);
CREATE TRIGGER text_versions_no_update BEFORE UPDATE ON text_versions
BEGIN
    SELECT RAISE(ABORT, 'a version of a text cannot be changed');
END;
CREATE TRIGGER text_versions_no_delete BEFORE DELETE ON text_versions
BEGIN
    SELECT RAISE(ABORT, 'a version of a text cannot be changed');
END;
