-- Batches of responses imported from CSV or JSON: the file as uploaded, previewed first, then
-- imported whole in one transaction; each imported response points to its batch.
-- Reviewed as a pair with ../postgres/0015_imports.sql.

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    row_count INTEGER NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT
);
ALTER TABLE responses ADD COLUMN import_id INTEGER REFERENCES imports (id);
