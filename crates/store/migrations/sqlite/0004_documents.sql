-- The document register of bodies. Symbols are unique across Concord, as across the UN.
-- Reviewed as a pair with ../postgres/0004_documents.sql.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    meeting_id INTEGER REFERENCES meetings (id),
    symbol TEXT NOT NULL UNIQUE,
    base_symbol TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    title TEXT NOT NULL,
    issued_on TEXT,
    languages TEXT NOT NULL,
    url TEXT,
    lang TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX documents_body ON documents (body_id, base_symbol);
