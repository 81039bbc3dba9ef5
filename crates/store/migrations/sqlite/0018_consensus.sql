-- The way from brackets to a decision: paragraph statuses, positions and decisions, each kept
-- as a trail that is only ever added to, and silence procedures.
-- Reviewed as a pair with ../postgres/0018_consensus.sql.

CREATE TABLE paragraph_statuses (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    paragraph TEXT NOT NULL,
    status TEXT NOT NULL,
    pending TEXT,
    reason TEXT,
    version INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX paragraph_statuses_text ON paragraph_statuses (text_id, id);
CREATE TABLE text_positions (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    paragraph TEXT,
    membership_id INTEGER NOT NULL REFERENCES memberships (id),
    stance TEXT NOT NULL,
    reason TEXT,
    version INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX text_positions_text ON text_positions (text_id, id);
CREATE TABLE text_decisions (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    version INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    method TEXT NOT NULL,
    note TEXT,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX text_decisions_text ON text_decisions (text_id, id);
CREATE TABLE silence_procedures (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    version INTEGER NOT NULL,
    deadline TEXT NOT NULL,
    state TEXT NOT NULL,
    broken_by TEXT,
    broken_reason TEXT,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX silence_procedures_text ON silence_procedures (text_id, id);

CREATE TRIGGER paragraph_statuses_kept BEFORE UPDATE ON paragraph_statuses
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER paragraph_statuses_not_deleted BEFORE DELETE ON paragraph_statuses
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER text_positions_kept BEFORE UPDATE ON text_positions
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER text_positions_not_deleted BEFORE DELETE ON text_positions
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER text_decisions_kept BEFORE UPDATE ON text_decisions
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
CREATE TRIGGER text_decisions_not_deleted BEFORE DELETE ON text_decisions
BEGIN SELECT RAISE(ABORT, 'the trail of a text is only added to'); END;
