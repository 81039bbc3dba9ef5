-- Themes suggested from a call's answers and the people's work on them (accepted, renamed,
-- merged, split, set aside), the coding of answers with accepted themes (computed or by a
-- person, a trail only added to: the latest entry for an answer and a theme stands), the runs
-- that compute suggestions in the background with their progress, and the issues and themes a
-- topic of the body's work comes from. Reviewed as a pair with ../postgres/0023_themes.sql.

CREATE TABLE theme_runs (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    question_id INTEGER REFERENCES call_questions (id),
    state TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    answers INTEGER NOT NULL DEFAULT 0,
    themes INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    requested_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX theme_runs_call ON theme_runs (call_id, id);
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    question_id INTEGER REFERENCES call_questions (id),
    run_id INTEGER REFERENCES theme_runs (id),
    number INTEGER NOT NULL,
    label TEXT NOT NULL,
    terms TEXT NOT NULL,
    representatives TEXT NOT NULL,
    members INTEGER NOT NULL,
    state TEXT NOT NULL,
    merged_into INTEGER REFERENCES themes (id),
    split_from INTEGER REFERENCES themes (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (call_id, number)
);
CREATE TABLE theme_codings (
    id INTEGER PRIMARY KEY,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    response_id INTEGER NOT NULL REFERENCES responses (id),
    applied INTEGER NOT NULL,
    source TEXT NOT NULL,
    reason TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX theme_codings_theme ON theme_codings (theme_id, response_id, id);
CREATE TRIGGER theme_codings_kept BEFORE UPDATE ON theme_codings
BEGIN SELECT RAISE(ABORT, 'the coding of answers is only added to'); END;
CREATE TRIGGER theme_codings_not_deleted BEFORE DELETE ON theme_codings
BEGIN SELECT RAISE(ABORT, 'the coding of answers is only added to'); END;
CREATE TABLE topic_sources (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topics (id),
    issue_id INTEGER REFERENCES policy_issues (id),
    theme_id INTEGER REFERENCES themes (id),
    added_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((issue_id IS NULL) <> (theme_id IS NULL))
);
CREATE INDEX topic_sources_topic ON topic_sources (topic_id, id);
