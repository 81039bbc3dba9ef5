-- Topics of a body's work, the body's decision on each, and the agenda items that take them up.
-- Reviewed as a pair with ../postgres/0012_topics.sql.

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    description TEXT,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_on TEXT,
    decided_at_meeting_id INTEGER REFERENCES meetings (id),
    decision_basis TEXT,
    decided_by TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX topics_body ON topics (body_id, id);
ALTER TABLE agenda_items ADD COLUMN topic_id INTEGER REFERENCES topics (id);
