-- Files of the documents in a register (one per language and version, content kept in the
-- database so a backup holds everything), and people following a document for its revisions.
-- Reviewed as a pair with ../postgres/0010_document_files.sql.

CREATE TABLE document_files (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    lang TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX document_files_document ON document_files (document_id, id);
CREATE TABLE document_follows (
    user_id INTEGER NOT NULL REFERENCES users (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    base_symbol TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, base_symbol)
);
CREATE INDEX document_follows_symbol ON document_follows (base_symbol);
