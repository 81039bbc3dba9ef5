-- Meeting records: the Chair's summary written in Concord, and the outcome of each agenda item.
-- Reviewed as a pair with ../postgres/0008_meeting_records.sql.

ALTER TABLE agenda_items ADD COLUMN outcome TEXT;
CREATE TABLE meeting_summaries (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id),
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    published_at TEXT NOT NULL
);
