-- Readings of negotiating texts with their comment windows, and the comments made in them;
-- a comment is hidden with a reason, never deleted. Reviewed as a pair with
-- ../postgres/0020_readings.sql.

CREATE TABLE text_readings (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    version INTEGER NOT NULL,
    meeting_id INTEGER REFERENCES meetings (id),
    agenda_item_id INTEGER REFERENCES agenda_items (id),
    comments_open TEXT,
    comments_close TEXT,
    visibility TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (text_id, number)
);
CREATE TABLE text_comments (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES negotiating_texts (id),
    reading_id INTEGER NOT NULL REFERENCES text_readings (id),
    paragraph TEXT,
    body TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    author TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at TEXT NOT NULL,
    hidden_reason TEXT,
    hidden_by TEXT,
    hidden_at TEXT
);
CREATE INDEX text_comments_text ON text_comments (text_id, id);
