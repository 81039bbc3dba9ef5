-- Members registered for a meeting: which members take part, who is on their delegation, and
-- whether they attended.
-- Reviewed as a pair with ../postgres/0011_member_registrations.sql.

CREATE TABLE member_registrations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    membership_id INTEGER NOT NULL REFERENCES memberships (id),
    delegation TEXT NOT NULL,
    attended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, membership_id)
);
