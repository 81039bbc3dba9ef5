-- Amendments to negotiating texts, their co-sponsors and the Chair's handling of each; the
-- handling is a trail only added to. Reviewed as a pair with ../postgres/0019_amendments.sql.

CREATE TABLE text_amendments (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    number INTEGER NOT NULL,
    paragraph TEXT NOT NULL,
    kind TEXT NOT NULL,
    proposed TEXT NOT NULL,
    membership_id INTEGER NOT NULL REFERENCES memberships (id),
    reason TEXT,
    version INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (text_id, number)
);
CREATE TABLE amendment_sponsors (
    amendment_id INTEGER NOT NULL REFERENCES text_amendments (id),
    membership_id INTEGER NOT NULL REFERENCES memberships (id),
    PRIMARY KEY (amendment_id, membership_id)
);
CREATE TABLE amendment_handlings (
    id INTEGER PRIMARY KEY,
    amendment_id INTEGER NOT NULL REFERENCES text_amendments (id),
    handling TEXT NOT NULL,
    reason TEXT,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX amendment_handlings_amendment ON amendment_handlings (amendment_id, id);
CREATE TRIGGER text_amendments_kept BEFORE UPDATE ON text_amendments
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER text_amendments_not_deleted BEFORE DELETE ON text_amendments
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER amendment_handlings_kept BEFORE UPDATE ON amendment_handlings
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER amendment_handlings_not_deleted BEFORE DELETE ON amendment_handlings
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
