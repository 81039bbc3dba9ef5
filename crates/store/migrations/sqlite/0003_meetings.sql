-- Meetings of bodies. Reviewed as a pair with ../postgres/0003_meetings.sql.

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    number INTEGER,
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    starts_at TEXT,
    ends_at TEXT,
    time_zone TEXT NOT NULL,
    venue TEXT,
    room TEXT,
    modality TEXT NOT NULL,
    remote_details TEXT,
    webcast_url TEXT,
    transcript_url TEXT,
    state TEXT NOT NULL,
    lang TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    sequence INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX meetings_body ON meetings (body_id, starts_on);
