-- Agendas of meetings: items in order, and the adoption of the agenda.
-- Reviewed as a pair with ../postgres/0006_agendas.sql.

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    sub_item INTEGER NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);
ALTER TABLE meetings ADD COLUMN agenda_state TEXT NOT NULL DEFAULT 'provisional';
ALTER TABLE meetings ADD COLUMN agenda_adopted_on TEXT;
ALTER TABLE meetings ADD COLUMN agenda_note TEXT;
