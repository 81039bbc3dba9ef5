-- Mapping the existing mechanisms and the gaps: the registry of mechanisms (shared by every
-- body), a body's mapping exercises over a call's issues, one row per issue and mechanism with
-- its status and evidence, the explanations of gaps, the questions referred to the parent
-- working group with their options and its decision, and the snapshots issued. Nothing here is
-- deleted: a mechanism is retired with a reason, rows change with the audit log keeping each
-- state, and a snapshot stays as issued. Reviewed as a pair with ../postgres/0026_mapping.sql.

CREATE TABLE mechanisms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    acronym TEXT,
    kind TEXT NOT NULL,
    parent_organization_id INTEGER REFERENCES organizations (id),
    scope TEXT NOT NULL,
    participants TEXT NOT NULL,
    access TEXT NOT NULL,
    decides_by TEXT,
    founding_instrument TEXT,
    website TEXT,
    sources TEXT NOT NULL,
    lang TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE mapping_exercises (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    call_id INTEGER NOT NULL REFERENCES calls (id),
    title TEXT NOT NULL,
    terms TEXT,
    lang TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE mapping_rows (
    id INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES mapping_exercises (id),
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    mechanism_id INTEGER NOT NULL REFERENCES mechanisms (id),
    status TEXT NOT NULL,
    state TEXT NOT NULL,
    notes TEXT,
    evidence TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    assessed_by TEXT NOT NULL,
    assessed_at TEXT NOT NULL,
    UNIQUE (exercise_id, issue_id, mechanism_id)
);
CREATE TABLE mapping_gap_notes (
    exercise_id INTEGER NOT NULL REFERENCES mapping_exercises (id),
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    explanation TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (exercise_id, issue_id)
);
CREATE TABLE mapping_questions (
    id INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES mapping_exercises (id),
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    subject TEXT NOT NULL,
    referred_at TEXT,
    referred_by TEXT,
    decided_option_id INTEGER,
    decided_on TEXT,
    decided_at_meeting_id INTEGER REFERENCES meetings (id),
    decision_basis TEXT,
    decided_by TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (exercise_id, issue_id, subject)
);
CREATE TABLE mapping_options (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES mapping_questions (id),
    text TEXT NOT NULL,
    supporting_groups TEXT NOT NULL,
    supporting_regions TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE mapping_snapshots (
    id INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES mapping_exercises (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    matrix TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX mapping_rows_exercise ON mapping_rows (exercise_id, issue_id);
CREATE INDEX mapping_rows_mechanism ON mapping_rows (mechanism_id);

CREATE TRIGGER mechanisms_not_deleted BEFORE DELETE ON mechanisms
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_exercises_not_deleted BEFORE DELETE ON mapping_exercises
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_rows_not_deleted BEFORE DELETE ON mapping_rows
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_questions_not_deleted BEFORE DELETE ON mapping_questions
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_options_kept BEFORE UPDATE ON mapping_options
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_options_not_deleted BEFORE DELETE ON mapping_options
BEGIN SELECT RAISE(ABORT, 'nothing in a mapping is deleted'); END;
CREATE TRIGGER mapping_snapshots_kept BEFORE UPDATE ON mapping_snapshots
BEGIN SELECT RAISE(ABORT, 'a snapshot stays as it was issued'); END;
CREATE TRIGGER mapping_snapshots_not_deleted BEFORE DELETE ON mapping_snapshots
BEGIN SELECT RAISE(ABORT, 'a snapshot stays as it was issued'); END;
