-- International public policy issues drawn from a call's responses, each passage that raised
-- one (response, question and span), merges and broad areas. Every table is a trail only added
-- to: an issue's area is its latest entry, a merged issue points to the one it joined, and no
-- source is ever dropped. Reviewed as a pair with ../postgres/0022_policy_issues.sql.

CREATE TABLE policy_issues (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (call_id, number)
);
CREATE TABLE policy_issue_sources (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    response_id INTEGER NOT NULL REFERENCES responses (id),
    question_id INTEGER NOT NULL REFERENCES call_questions (id),
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    excerpt TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX policy_issue_sources_issue ON policy_issue_sources (issue_id, id);
CREATE TABLE policy_issue_merges (
    issue_id INTEGER PRIMARY KEY REFERENCES policy_issues (id),
    into_id INTEGER NOT NULL REFERENCES policy_issues (id),
    reason TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE policy_issue_areas (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    area TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX policy_issue_areas_issue ON policy_issue_areas (issue_id, id);
CREATE TRIGGER policy_issues_kept BEFORE UPDATE ON policy_issues
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issues_not_deleted BEFORE DELETE ON policy_issues
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_sources_kept BEFORE UPDATE ON policy_issue_sources
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_sources_not_deleted BEFORE DELETE ON policy_issue_sources
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_merges_kept BEFORE UPDATE ON policy_issue_merges
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_merges_not_deleted BEFORE DELETE ON policy_issue_merges
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_areas_kept BEFORE UPDATE ON policy_issue_areas
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
CREATE TRIGGER policy_issue_areas_not_deleted BEFORE DELETE ON policy_issue_areas
BEGIN SELECT RAISE(ABORT, 'the trail of an issue is only added to'); END;
