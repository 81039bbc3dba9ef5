-- The account that wrote a statement of an opinion conversation, so that its author hears of
-- the moderators' decision on it. Statements loaded from an export, or written before this
-- column, have none. Reviewed as a pair with ../postgres/0028_statement_authors.sql.

ALTER TABLE opinion_statements ADD COLUMN author_user_id INTEGER REFERENCES users (id);
