-- Observers' registrations for meetings, and each meeting's cap on observers.
-- Reviewed as a pair with ../postgres/0007_participation.sql.

ALTER TABLE meetings ADD COLUMN observer_cap INTEGER;
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    name TEXT NOT NULL,
    organization TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL REFERENCES stakeholder_groups (code),
    country TEXT REFERENCES states (iso2),
    status TEXT NOT NULL,
    attended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, email_key)
);
CREATE INDEX registrations_meeting ON registrations (meeting_id, id);
