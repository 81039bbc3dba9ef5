-- The text of each file received with a response, read once, after it arrives, by the text
-- worker (in a process of its own with a time and memory budget), rather than every time search
-- shows or indexes it: the text when it could be read, or why not. And an index for the search
-- stamp, which looks only at the kinds of change search can show. Reviewed as a pair with the
-- other backend's 0025_file_texts.sql.

CREATE TABLE file_texts (
    file_id BIGINT PRIMARY KEY REFERENCES response_files (id),
    text TEXT,
    error TEXT,
    extracted_at TEXT NOT NULL
);

CREATE INDEX audit_log_entity ON audit_log (entity, id);
