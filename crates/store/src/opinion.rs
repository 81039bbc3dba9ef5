//! Opinion maps, stored: conversations of a body, their statements (numbered from 0 as Pol.is
//! numbers them, moderated in or out with a reason and never deleted), their participants (an
//! account, or a participant imported from a Pol.is export) with the stakeholder group and region
//! they declare, and every vote cast: the history is kept, and the latest vote counts.

use concord_domain::ids::{BodyId, MapId, UserId};
use concord_domain::opinion::Declaration;
use concord_domain::Invalid;
use serde::Serialize;

use crate::audit::{public_change, record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::mail::MailDraft;
use crate::rows::{now, RowExt};
use crate::Result;

/// A conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversation {
    /// Its id.
    pub id: MapId,
    /// The body that holds it.
    pub body_id: BodyId,
    /// Title.
    pub title: String,
    /// The question put to participants.
    pub question: String,
}

/// A statement with the count of the votes that stand on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Its number in the conversation (Pol.is's tid).
    pub number: i64,
    /// Its words.
    pub body: String,
    /// Who wrote it.
    pub author: String,
    /// 1 accepted, 0 not yet moderated, -1 rejected (Pol.is's `moderated`).
    pub moderation: i8,
    /// Why it was rejected.
    pub moderation_reason: Option<String>,
    /// A statement about the participants themselves, left out of the map.
    pub is_meta: bool,
    /// Votes standing: agree, disagree, pass.
    pub agrees: i64,
    /// Disagree.
    pub disagrees: i64,
    /// Pass.
    pub passes: i64,
}

/// The account that wrote a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementAuthor {
    /// The account.
    pub user: UserId,
    /// Where the notice goes.
    pub email: String,
    /// Their name.
    pub display_name: String,
    /// The language they chose, if any.
    pub lang: Option<String>,
}

/// A participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Participant {
    /// Their number in the conversation (Pol.is's pid).
    pub number: i64,
    /// Their account, when they voted here.
    pub user_id: Option<UserId>,
    /// Their id in an imported export, when they have one.
    pub xid: Option<String>,
    /// The stakeholder group they declared (code).
    pub stakeholder_group: Option<String>,
    /// The region they declared (code).
    pub regional_group: Option<String>,
}

/// A vote as cast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CastVote {
    /// The participant's number.
    pub participant: i64,
    /// The statement's number.
    pub statement: i64,
    /// 1 agree, -1 disagree, 0 pass.
    pub value: i8,
    /// When, in milliseconds since 1970.
    pub cast_at: i64,
}

/// A statement of an export to import: (number, words, moderation, meta).
pub type ImportedStatement = (i64, String, i8, bool);

/// Storage of opinion maps.
#[allow(async_fn_in_trait)]
pub trait OpinionStore {
    /// Opens a conversation.
    async fn add_conversation(
        &self,
        by: &AuditActor,
        body: BodyId,
        title: &str,
        question: &str,
    ) -> Result<Conversation>;
    /// A body's conversations, newest first.
    async fn conversations(&self, body: BodyId) -> Result<Vec<Conversation>>;
    /// One conversation.
    async fn conversation(&self, id: MapId) -> Result<Option<Conversation>>;
    /// Adds a statement; returns its number.
    async fn add_statement(
        &self,
        by: &AuditActor,
        conversation: MapId,
        body: &str,
        moderation: i8,
    ) -> Result<i64>;
    /// Accepts or rejects a statement, with a reason when rejected.
    ///
    /// `notice` is the message to the statement's author (see [`OpinionStore::statement_author`]),
    /// written to the outbox in the same transaction, so that the decision and its notice are
    /// kept together.
    async fn moderate_statement(
        &self,
        by: &AuditActor,
        conversation: MapId,
        number: i64,
        moderation: i8,
        reason: Option<&str>,
        notice: Option<&MailDraft>,
    ) -> Result<()>;
    /// Who wrote a statement, when an account did: their address, name and language.
    async fn statement_author(
        &self,
        conversation: MapId,
        number: i64,
    ) -> Result<Option<StatementAuthor>>;
    /// Records a user's vote (making them a participant on their first); `declared` updates
    /// what they say of themselves. Returns their participant number.
    async fn cast_vote(
        &self,
        user: UserId,
        conversation: MapId,
        statement: i64,
        value: i8,
        declared: Option<Declaration>,
    ) -> Result<i64>;
    /// Records what a participant declares of themselves (for participants loaded from an
    /// export, whose declarations come from elsewhere).
    async fn declare(
        &self,
        conversation: MapId,
        participant: i64,
        declared: Declaration,
    ) -> Result<()>;
    /// A conversation's statements in order, with the votes that stand.
    async fn statements(&self, conversation: MapId) -> Result<Vec<Statement>>;
    /// A conversation's participants in order.
    async fn participants(&self, conversation: MapId) -> Result<Vec<Participant>>;
    /// Every vote cast, oldest first.
    async fn votes(&self, conversation: MapId) -> Result<Vec<CastVote>>;
    /// The participant number of a user, if they took part.
    async fn participant_of(&self, conversation: MapId, user: UserId) -> Result<Option<i64>>;
    /// Loads a Pol.is export into an empty conversation, all or nothing: its statements, a
    /// participant per voter, and its votes.
    async fn import_conversation(
        &self,
        by: &AuditActor,
        conversation: MapId,
        statements: &[ImportedStatement],
        votes: &[CastVote],
    ) -> Result<(usize, usize)>;
}

fn conversation_from_row(row: &sqlx::any::AnyRow) -> Result<Conversation, sqlx::Error> {
    Ok(Conversation {
        id: MapId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        title: row.text("title")?,
        question: row.text("question")?,
    })
}

fn change<'a>(
    action: &'static str,
    body: BodyId,
    id: i64,
    after: String,
    reason: Option<&'a str>,
) -> Change<'a> {
    public_change(action, "conversation", id, body, after, reason)
}

async fn load(conn: &mut sqlx::AnyConnection, id: MapId) -> Result<Conversation> {
    let row =
        sqlx::query("SELECT id, body_id, title, question FROM opinion_conversations WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::not_found("conversation"))?;
    Ok(conversation_from_row(&row)?)
}

fn millis_now() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000)
        .unwrap_or(i64::MAX)
}

impl OpinionStore for Store {
    async fn add_conversation(
        &self,
        by: &AuditActor,
        body: BodyId,
        title: &str,
        question: &str,
    ) -> Result<Conversation> {
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, body).await?;
        let id = sqlx::query(
            "INSERT INTO opinion_conversations (body_id, title, question, author, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(body.0)
        .bind(title)
        .bind(question)
        .bind(&by.label)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        record(
            &mut tx,
            by,
            change("create", body, id, title.to_owned(), None),
        )
        .await?;
        let conversation = load(&mut tx, MapId(id)).await?;
        tx.commit().await?;
        Ok(conversation)
    }

    async fn conversations(&self, body: BodyId) -> Result<Vec<Conversation>> {
        let rows = sqlx::query(
            "SELECT id, body_id, title, question FROM opinion_conversations WHERE body_id = $1 \
             ORDER BY id DESC",
        )
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(conversation_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn conversation(&self, id: MapId) -> Result<Option<Conversation>> {
        let row = sqlx::query(
            "SELECT id, body_id, title, question FROM opinion_conversations WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(conversation_from_row).transpose()?)
    }

    async fn add_statement(
        &self,
        by: &AuditActor,
        conversation: MapId,
        body: &str,
        moderation: i8,
    ) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let held = load(&mut tx, conversation).await?;
        let number = sqlx::query(
            "SELECT COALESCE(MAX(number) + 1, 0) AS n FROM opinion_statements WHERE conversation_id = $1",
        )
        .bind(conversation.0)
        .fetch_one(&mut *tx)
        .await?
        .int("n")?;
        sqlx::query(
            "INSERT INTO opinion_statements (conversation_id, number, body, author, moderation, is_meta, created_at, author_user_id) \
             VALUES ($1, $2, $3, $4, $5, 0, $6, $7)",
        )
        .bind(conversation.0)
        .bind(number)
        .bind(body)
        .bind(&by.label)
        .bind(i64::from(moderation))
        .bind(now())
        .bind(by.user_id.map(|u| u.0))
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            change(
                "statement",
                held.body_id,
                conversation.0,
                number.to_string(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn moderate_statement(
        &self,
        by: &AuditActor,
        conversation: MapId,
        number: i64,
        moderation: i8,
        reason: Option<&str>,
        notice: Option<&MailDraft>,
    ) -> Result<()> {
        if moderation < 0 && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(StoreError::refused(
                "reason",
                "rejection_reason_required",
                "Say why the statement is rejected",
            ));
        }
        let mut tx = self.begin_write().await?;
        let held = load(&mut tx, conversation).await?;
        let changed = sqlx::query(
            "UPDATE opinion_statements SET moderation = $1, moderation_reason = $2 \
             WHERE conversation_id = $3 AND number = $4",
        )
        .bind(i64::from(moderation))
        .bind(reason)
        .bind(conversation.0)
        .bind(number)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::not_found("statement"));
        }
        if let Some(mail) = notice {
            crate::mail::enqueue_mail(&mut tx, mail).await?;
        }
        record(
            &mut tx,
            by,
            change(
                "moderate",
                held.body_id,
                conversation.0,
                format!("{number} {moderation}"),
                reason,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn statement_author(
        &self,
        conversation: MapId,
        number: i64,
    ) -> Result<Option<StatementAuthor>> {
        let row = sqlx::query(
            "SELECT u.id, u.email, u.display_name, u.lang FROM opinion_statements s \
             JOIN users u ON u.id = s.author_user_id \
             WHERE s.conversation_id = $1 AND s.number = $2",
        )
        .bind(conversation.0)
        .bind(number)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row
            .map(|r| {
                Ok::<_, sqlx::Error>(StatementAuthor {
                    user: UserId(r.int("id")?),
                    email: r.text("email")?,
                    display_name: r.text("display_name")?,
                    lang: r.opt_text("lang")?,
                })
            })
            .transpose()?)
    }

    async fn cast_vote(
        &self,
        user: UserId,
        conversation: MapId,
        statement: i64,
        value: i8,
        declared: Option<Declaration>,
    ) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        load(&mut tx, conversation).await?;
        let votable = sqlx::query(
            "SELECT moderation FROM opinion_statements WHERE conversation_id = $1 AND number = $2",
        )
        .bind(conversation.0)
        .bind(statement)
        .fetch_optional(&mut *tx)
        .await?;
        match votable.map(|r| r.int("moderation")).transpose()? {
            None => return Err(StoreError::not_found("statement")),
            Some(m) if m < 0 => {
                return Err(StoreError::refused(
                    "vote",
                    "statement_rejected",
                    "This statement was rejected by the moderators",
                ))
            }
            Some(_) => {}
        }
        let existing = sqlx::query(
            "SELECT number FROM opinion_participants WHERE conversation_id = $1 AND user_id = $2",
        )
        .bind(conversation.0)
        .bind(user.0)
        .fetch_optional(&mut *tx)
        .await?;
        let number = match existing {
            Some(row) => row.int("number")?,
            None => {
                let number = sqlx::query(
                    "SELECT COALESCE(MAX(number) + 1, 0) AS n FROM opinion_participants WHERE conversation_id = $1",
                )
                .bind(conversation.0)
                .fetch_one(&mut *tx)
                .await?
                .int("n")?;
                sqlx::query(
                    "INSERT INTO opinion_participants (conversation_id, number, user_id, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(conversation.0)
                .bind(number)
                .bind(user.0)
                .bind(now())
                .execute(&mut *tx)
                .await?;
                number
            }
        };
        if let Some(declared) = declared {
            sqlx::query(
                "UPDATE opinion_participants SET stakeholder_group = $1, regional_group = $2 \
                 WHERE conversation_id = $3 AND number = $4",
            )
            .bind(declared.stakeholder_group.map(|g| g.code()))
            .bind(declared.regional_group.map(|g| g.code()))
            .bind(conversation.0)
            .bind(number)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO opinion_votes (conversation_id, participant, statement, value, cast_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(conversation.0)
        .bind(number)
        .bind(statement)
        .bind(i64::from(value))
        .bind(millis_now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn declare(
        &self,
        conversation: MapId,
        participant: i64,
        declared: Declaration,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE opinion_participants SET stakeholder_group = $1, regional_group = $2 \
             WHERE conversation_id = $3 AND number = $4",
        )
        .bind(declared.stakeholder_group.map(|g| g.code()))
        .bind(declared.regional_group.map(|g| g.code()))
        .bind(conversation.0)
        .bind(participant)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::not_found("participant"));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn statements(&self, conversation: MapId) -> Result<Vec<Statement>> {
        let votes = self.votes(conversation).await?;
        // The latest vote of each participant on each statement stands.
        let mut standing = std::collections::HashMap::new();
        for vote in &votes {
            standing.insert((vote.participant, vote.statement), vote.value);
        }
        // Per statement: agree, disagree, pass.
        let mut counts: std::collections::HashMap<i64, [i64; 3]> = std::collections::HashMap::new();
        for ((_, statement), value) in &standing {
            let slot = match value {
                1 => 0,
                -1 => 1,
                _ => 2,
            };
            counts.entry(*statement).or_default()[slot] += 1;
        }
        let rows = sqlx::query(
            "SELECT number, body, author, moderation, moderation_reason, is_meta FROM opinion_statements \
             WHERE conversation_id = $1 ORDER BY number",
        )
        .bind(conversation.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let number = row.int("number")?;
                let [agrees, disagrees, passes] = counts.get(&number).copied().unwrap_or_default();
                Ok(Statement {
                    number,
                    body: row.text("body")?,
                    author: row.text("author")?,
                    moderation: i8::try_from(row.int("moderation")?).unwrap_or(0),
                    moderation_reason: row.opt_text("moderation_reason")?,
                    is_meta: row.int("is_meta")? != 0,
                    agrees,
                    disagrees,
                    passes,
                })
            })
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn participants(&self, conversation: MapId) -> Result<Vec<Participant>> {
        let rows = sqlx::query(
            "SELECT number, user_id, xid, stakeholder_group, regional_group FROM opinion_participants \
             WHERE conversation_id = $1 ORDER BY number",
        )
        .bind(conversation.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Participant {
                    number: row.int("number")?,
                    user_id: row.opt_int("user_id")?.map(UserId),
                    xid: row.opt_text("xid")?,
                    stakeholder_group: row.opt_text("stakeholder_group")?,
                    regional_group: row.opt_text("regional_group")?,
                })
            })
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn votes(&self, conversation: MapId) -> Result<Vec<CastVote>> {
        let rows = sqlx::query(
            "SELECT participant, statement, value, cast_at FROM opinion_votes \
             WHERE conversation_id = $1 ORDER BY cast_at, participant, statement",
        )
        .bind(conversation.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CastVote {
                    participant: row.int("participant")?,
                    statement: row.int("statement")?,
                    value: i8::try_from(row.int("value")?).unwrap_or(0),
                    cast_at: row.int("cast_at")?,
                })
            })
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn participant_of(&self, conversation: MapId, user: UserId) -> Result<Option<i64>> {
        let row = sqlx::query(
            "SELECT number FROM opinion_participants WHERE conversation_id = $1 AND user_id = $2",
        )
        .bind(conversation.0)
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.int("number")).transpose()?)
    }

    async fn import_conversation(
        &self,
        by: &AuditActor,
        conversation: MapId,
        statements: &[ImportedStatement],
        votes: &[CastVote],
    ) -> Result<(usize, usize)> {
        let mut tx = self.begin_write().await?;
        let held = load(&mut tx, conversation).await?;
        let existing =
            sqlx::query("SELECT COUNT(*) AS n FROM opinion_statements WHERE conversation_id = $1")
                .bind(conversation.0)
                .fetch_one(&mut *tx)
                .await?
                .int("n")?;
        if existing > 0 {
            return Err(StoreError::refused(
                "file",
                "conversation_not_empty",
                "Import into a new conversation: this one already has statements",
            ));
        }
        let stamp = now();
        for (number, body, moderation, is_meta) in statements {
            sqlx::query(
                "INSERT INTO opinion_statements (conversation_id, number, body, author, moderation, is_meta, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(conversation.0)
            .bind(number)
            .bind(body)
            .bind("Pol.is export")
            .bind(i64::from(*moderation))
            .bind(i64::from(*is_meta))
            .bind(&stamp)
            .execute(&mut *tx)
            .await?;
        }
        let mut voters: Vec<i64> = votes.iter().map(|v| v.participant).collect();
        voters.sort_unstable();
        voters.dedup();
        for voter in &voters {
            sqlx::query(
                "INSERT INTO opinion_participants (conversation_id, number, xid, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(conversation.0)
            .bind(voter)
            .bind(voter.to_string())
            .bind(&stamp)
            .execute(&mut *tx)
            .await?;
        }
        let known: std::collections::HashSet<i64> = statements.iter().map(|s| s.0).collect();
        for vote in votes {
            if !known.contains(&vote.statement) {
                return Err(Invalid::one(
                    "file",
                    "vote_on_unknown_statement",
                    format!(
                        "A vote is on statement {}, which the comments file does not have",
                        vote.statement
                    ),
                )
                .with_arg("statement", vote.statement)
                .into());
            }
            sqlx::query(
                "INSERT INTO opinion_votes (conversation_id, participant, statement, value, cast_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(conversation.0)
            .bind(vote.participant)
            .bind(vote.statement)
            .bind(i64::from(vote.value))
            .bind(vote.cast_at)
            .execute(&mut *tx)
            .await?;
        }
        record(
            &mut tx,
            by,
            change(
                "import",
                held.body_id,
                conversation.0,
                format!("{} statements, {} votes", statements.len(), votes.len()),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((statements.len(), votes.len()))
    }
}
