-- Agenda items point to the document they are discussed on, from the body's register.
-- Reviewed as a pair with ../sqlite/0009_agenda_documents.sql.

ALTER TABLE agenda_items ADD COLUMN document_id BIGINT REFERENCES documents (id);
