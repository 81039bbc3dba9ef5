-- Opinion maps (Pol.is-style conversations) of a body: statements, participants with the
-- stakeholder group and region they declare, and every vote cast (the latest counts). Numbers
-- are Pol.is's: a statement's tid and a participant's pid within the conversation.
-- Reviewed as a pair with ../postgres/0021_opinion.sql.

CREATE TABLE opinion_conversations (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX opinion_conversations_body ON opinion_conversations (body_id, id);
CREATE TABLE opinion_statements (
    conversation_id INTEGER NOT NULL REFERENCES opinion_conversations (id),
    number INTEGER NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    moderation INTEGER NOT NULL,
    moderation_reason TEXT,
    is_meta INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, number)
);
CREATE TABLE opinion_participants (
    conversation_id INTEGER NOT NULL REFERENCES opinion_conversations (id),
    number INTEGER NOT NULL,
    user_id INTEGER REFERENCES users (id),
    xid TEXT,
    stakeholder_group TEXT,
    regional_group TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, number),
    UNIQUE (conversation_id, user_id)
);
CREATE TABLE opinion_votes (
    conversation_id INTEGER NOT NULL REFERENCES opinion_conversations (id),
    participant INTEGER NOT NULL,
    statement INTEGER NOT NULL,
    value INTEGER NOT NULL,
    cast_at INTEGER NOT NULL,
    FOREIGN KEY (conversation_id, participant) REFERENCES opinion_participants (conversation_id, number),
    FOREIGN KEY (conversation_id, statement) REFERENCES opinion_statements (conversation_id, number)
);
CREATE INDEX opinion_votes_conversation ON opinion_votes (conversation_id, participant, statement);
