-- A private calendar address per account: only the hash of its token is kept, so the address is
-- shown once when made, and making a new one revokes the old.
-- Reviewed as a pair with ../postgres/0005_personal_feeds.sql.

ALTER TABLE users ADD COLUMN feed_token_hash TEXT;
CREATE UNIQUE INDEX users_feed_token ON users (feed_token_hash);
