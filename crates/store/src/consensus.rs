//! The way from brackets to a decision, stored: paragraph statuses, members' positions and
//! decisions are trails that are only added to (triggers refuse any change), so the current
//! status or position is the latest entry and every earlier one stays readable. Silence
//! procedures run to a deadline; a member's formal objection breaks silence in the same
//! transaction that records it, and a job concludes the procedure at the deadline.
//!
//! Every rule is checked inside the transaction that writes, against the text as it reads at
//! that moment, so that two people acting at once cannot slip a change past a rule.

use std::collections::HashMap;

use concord_domain::body::DecisionRule;
use concord_domain::composition::Role;
use concord_domain::drafting::consensus::{
    check_adoption, takes_positions, DecisionForm, DecisionMethod, Outcome, ParagraphStatus,
    Position, PositionForm, SilenceState, Stance, StatusChange, StatusForm, MIN_SILENCE_HOURS,
};
use concord_domain::drafting::notation::{self, Draft};
use concord_domain::drafting::text::NegotiatingText;
use concord_domain::ids::{BodyId, TextId, VersionNo};
use concord_domain::Invalid;
use serde::Serialize;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use crate::audit::{public_change, record, AuditActor, Change};
use crate::composition::CompositionStore;
use crate::connect::Store;
use crate::error::StoreError;
use crate::jobs::{enqueue, Task};
use crate::rows::{now, timestamp, RowExt};
use crate::text_rows::load_text;
use crate::Result;

/// One entry of a paragraph's status trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusEntry {
    /// The paragraph.
    pub paragraph: String,
    /// The status it moved to.
    pub status: ParagraphStatus,
    /// The delegation awaited.
    pub pending: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// The text's version at the time.
    pub version: VersionNo,
    /// Who recorded it.
    pub author: String,
    /// When.
    pub created_at: String,
}

/// A decision on a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextDecision {
    /// The version decided on.
    pub version: VersionNo,
    /// Adopted or no consensus.
    pub outcome: Outcome,
    /// Declared in the room, or at the end of silence.
    pub method: DecisionMethod,
    /// What the Chair said.
    pub note: Option<String>,
    /// Who recorded it.
    pub author: String,
    /// When.
    pub created_at: String,
}

/// A silence procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Silence {
    /// Its id.
    pub id: i64,
    /// The text.
    pub text_id: TextId,
    /// The version circulated.
    pub version: VersionNo,
    /// When silence ends (RFC 3339, UTC).
    pub deadline: String,
    /// Where it stands.
    pub state: SilenceState,
    /// Who broke it.
    pub broken_by: Option<String>,
    /// Why they objected.
    pub broken_reason: Option<String>,
    /// Who circulated it.
    pub author: String,
    /// When it was circulated.
    pub created_at: String,
    /// When it ended.
    pub ended_at: Option<String>,
}

/// Storage of paragraph statuses, positions, decisions and silence procedures.
#[allow(async_fn_in_trait)]
pub trait ConsensusStore {
    /// Moves a paragraph to a new status, checked against the text as it reads now.
    async fn set_paragraph_status(
        &self,
        by: &AuditActor,
        text: TextId,
        form: &StatusForm,
    ) -> Result<StatusChange>;
    /// Every status change of a text's paragraphs, oldest first.
    async fn status_trail(&self, text: TextId) -> Result<Vec<StatusEntry>>;
    /// Records a position for a membership of the text's body. A formal objection by anyone
    /// but an observer breaks a running silence.
    async fn take_position(&self, by: &AuditActor, text: TextId, form: &PositionForm)
        -> Result<()>;
    /// The positions standing now (the latest per seat and paragraph), in the order taken.
    async fn positions(&self, text: TextId) -> Result<Vec<Position>>;
    /// Records the outcome the Chair declares on the version the room had before it.
    async fn decide(
        &self,
        by: &AuditActor,
        text: TextId,
        rule: DecisionRule,
        form: &DecisionForm,
    ) -> Result<TextDecision>;
    /// A text's decisions, oldest first.
    async fn decisions(&self, text: TextId) -> Result<Vec<TextDecision>>;
    /// Circulates the current version under silence until `deadline`, at least
    /// [`MIN_SILENCE_HOURS`] from `at`; schedules the notices and the conclusion.
    async fn start_silence(
        &self,
        by: &AuditActor,
        text: TextId,
        rule: DecisionRule,
        version: VersionNo,
        deadline: OffsetDateTime,
        at: OffsetDateTime,
    ) -> Result<Silence>;
    /// A text's silence procedures, oldest first.
    async fn silences(&self, text: TextId) -> Result<Vec<Silence>>;
    /// One silence procedure.
    async fn silence(&self, id: i64) -> Result<Option<Silence>>;
    /// The confirmed accounts of the people who sit in the body (the secretariat too, which
    /// follows the procedure): who hears of a silence procedure.
    async fn member_accounts(&self, body: BodyId) -> Result<Vec<crate::Follower>>;
    /// Ends a running procedure whose deadline has passed: silence not broken, the text is
    /// adopted. Does nothing to one that was broken or has not reached its deadline.
    async fn conclude_silence(&self, id: i64, at: OffsetDateTime) -> Result<Silence>;
}

fn status_from_row(row: &AnyRow) -> Result<StatusEntry, sqlx::Error> {
    Ok(StatusEntry {
        paragraph: row.text("paragraph")?,
        status: row.code("status", ParagraphStatus::parse)?,
        pending: row.opt_text("pending")?,
        reason: row.opt_text("reason")?,
        version: VersionNo(row.int("version")?),
        author: row.text("author")?,
        created_at: row.text("created_at")?,
    })
}

fn decision_from_row(row: &AnyRow) -> Result<TextDecision, sqlx::Error> {
    Ok(TextDecision {
        version: VersionNo(row.int("version")?),
        outcome: row.code("outcome", Outcome::parse)?,
        method: row.code("method", DecisionMethod::parse)?,
        note: row.opt_text("note")?,
        author: row.text("author")?,
        created_at: row.text("created_at")?,
    })
}

const SILENCE_COLUMNS: &str = "id, text_id, version, deadline, state, broken_by, broken_reason, \
                               author, created_at, ended_at";

fn silence_from_row(row: &AnyRow) -> Result<Silence, sqlx::Error> {
    Ok(Silence {
        id: row.int("id")?,
        text_id: TextId(row.int("text_id")?),
        version: VersionNo(row.int("version")?),
        deadline: row.text("deadline")?,
        state: row.code("state", SilenceState::parse)?,
        broken_by: row.opt_text("broken_by")?,
        broken_reason: row.opt_text("broken_reason")?,
        author: row.text("author")?,
        created_at: row.text("created_at")?,
        ended_at: row.opt_text("ended_at")?,
    })
}

/// The current version of a text, read.
pub(crate) async fn current_draft(
    conn: &mut sqlx::AnyConnection,
    text: &NegotiatingText,
) -> Result<Draft> {
    let row = sqlx::query("SELECT notation FROM text_versions WHERE text_id = $1 AND version = $2")
        .bind(text.id.0)
        .bind(text.version.0)
        .fetch_one(&mut *conn)
        .await?;
    notation::parse(&row.text("notation")?)
        .map_err(|e| StoreError::Failed(format!("a kept version no longer reads: {}", e.message)))
}

/// The current status of each paragraph that has one.
pub(crate) async fn current_statuses(
    conn: &mut sqlx::AnyConnection,
    text: TextId,
) -> Result<HashMap<String, ParagraphStatus>> {
    let rows = sqlx::query(
        "SELECT paragraph, status FROM paragraph_statuses WHERE text_id = $1 ORDER BY id",
    )
    .bind(text.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut statuses = HashMap::new();
    for row in &rows {
        statuses.insert(
            row.text("paragraph")?,
            row.code("status", ParagraphStatus::parse)?,
        );
    }
    Ok(statuses)
}

/// The running silence procedure of a text, if any.
pub(crate) async fn running_silence(
    conn: &mut sqlx::AnyConnection,
    text: TextId,
) -> Result<Option<Silence>> {
    let row = sqlx::query(&format!(
        "SELECT {SILENCE_COLUMNS} FROM silence_procedures WHERE text_id = $1 AND state = 'running'"
    ))
    .bind(text.0)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.as_ref().map(silence_from_row).transpose()?)
}

/// Whether the text has been adopted.
pub(crate) async fn adopted(conn: &mut sqlx::AnyConnection, text: TextId) -> Result<bool> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM text_decisions WHERE text_id = $1 AND outcome = 'adopted'",
    )
    .bind(text.0)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.int("n")? > 0)
}

/// Refuses any further step on a text that has been adopted.
pub(crate) async fn check_not_adopted(conn: &mut sqlx::AnyConnection, text: TextId) -> Result<()> {
    if adopted(conn, text).await? {
        return Err(StoreError::refused(
            "text",
            "text_adopted",
            "The text has been adopted; it no longer changes",
        ));
    }
    Ok(())
}

/// Refuses a change to a text that is adopted or under silence.
pub(crate) async fn check_still_negotiated(
    conn: &mut sqlx::AnyConnection,
    text: TextId,
) -> Result<()> {
    check_not_adopted(conn, text).await?;
    if running_silence(conn, text).await?.is_some() {
        return Err(StoreError::refused(
            "text",
            "under_silence",
            "The text is under silence procedure; it does not change until silence ends",
        ));
    }
    Ok(())
}

/// The formal objections standing now (the latest position of each seat, on each paragraph
/// and on the whole text), with the role of the seat, which decides whether one blocks; `names`
/// gives the seats' holders in words.
async fn standing_objections(
    conn: &mut sqlx::AnyConnection,
    text: TextId,
    names: &HashMap<i64, crate::MembershipView>,
) -> Result<Vec<Position>> {
    let rows = sqlx::query(
        "SELECT p.membership_id, m.role FROM text_positions p \
         JOIN memberships m ON m.id = p.membership_id \
         WHERE p.id IN (SELECT MAX(id) FROM text_positions WHERE text_id = $1 \
                        GROUP BY membership_id, COALESCE(paragraph, '')) \
         AND p.stance = 'objection'",
    )
    .bind(text.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut objections = Vec::with_capacity(rows.len());
    for row in &rows {
        let membership_id = row.int("membership_id")?;
        objections.push(Position {
            paragraph: None,
            membership_id,
            holder: names
                .get(&membership_id)
                .map(crate::MembershipView::holder)
                .unwrap_or_else(|| membership_id.to_string()),
            role: row.code("role", Role::parse)?,
            regional_group: None,
            stakeholder_group: None,
            stance: Stance::Objection,
            reason: None,
            author: String::new(),
            created_at: String::new(),
        });
    }
    Ok(objections)
}

fn change<'a>(
    action: &'static str,
    text: &NegotiatingText,
    after: String,
    reason: Option<&'a str>,
) -> Change<'a> {
    public_change(action, "text", text.id.0, text.body_id, after, reason)
}

impl Store {
    /// The body's memberships by id, with the names and groups they count in.
    async fn seats(&self, body: BodyId) -> Result<HashMap<i64, crate::MembershipView>> {
        Ok(self
            .memberships(body)
            .await?
            .into_iter()
            .map(|view| (view.membership.id.0, view))
            .collect())
    }

    /// The memberships of the body that negotiates `text`, by id.
    async fn seats_of_text(&self, text: TextId) -> Result<HashMap<i64, crate::MembershipView>> {
        let negotiating = crate::TextStore::negotiating_text(self, text)
            .await?
            .ok_or(StoreError::not_found("text"))?;
        self.seats(negotiating.body_id).await
    }

    async fn insert_decision(
        conn: &mut sqlx::AnyConnection,
        text: TextId,
        version: VersionNo,
        outcome: Outcome,
        method: DecisionMethod,
        note: Option<&str>,
        author: &str,
    ) -> Result<TextDecision> {
        let created_at = now();
        sqlx::query(
            "INSERT INTO text_decisions (text_id, version, outcome, method, note, author, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(text.0)
        .bind(version.0)
        .bind(outcome.code())
        .bind(method.code())
        .bind(note)
        .bind(author)
        .bind(&created_at)
        .execute(&mut *conn)
        .await?;
        Ok(TextDecision {
            version,
            outcome,
            method,
            note: note.map(str::to_owned),
            author: author.to_owned(),
            created_at,
        })
    }
}

impl ConsensusStore for Store {
    async fn set_paragraph_status(
        &self,
        by: &AuditActor,
        text: TextId,
        form: &StatusForm,
    ) -> Result<StatusChange> {
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        check_still_negotiated(&mut tx, text).await?;
        let draft = current_draft(&mut tx, &negotiating).await?;
        let statuses = current_statuses(&mut tx, text).await?;
        let status_of = |label: &str| {
            statuses
                .get(label)
                .copied()
                .unwrap_or(ParagraphStatus::Open)
        };
        let change_made = form.parse(&draft, status_of)?;
        sqlx::query(
            "INSERT INTO paragraph_statuses (text_id, paragraph, status, pending, reason, version, author, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(text.0)
        .bind(&change_made.paragraph)
        .bind(change_made.status.code())
        .bind(&change_made.pending)
        .bind(&change_made.reason)
        .bind(negotiating.version.0)
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let after = format!("{} {}", change_made.paragraph, change_made.status.code());
        record(
            &mut tx,
            by,
            change(
                "paragraph-status",
                &negotiating,
                after,
                change_made.reason.as_deref(),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(change_made)
    }

    async fn status_trail(&self, text: TextId) -> Result<Vec<StatusEntry>> {
        let rows = sqlx::query(
            "SELECT paragraph, status, pending, reason, version, author, created_at \
             FROM paragraph_statuses WHERE text_id = $1 ORDER BY id",
        )
        .bind(text.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(status_from_row).collect::<Result<_, _>>()?)
    }

    async fn take_position(
        &self,
        by: &AuditActor,
        text: TextId,
        form: &PositionForm,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        check_not_adopted(&mut tx, text).await?;
        let draft = current_draft(&mut tx, &negotiating).await?;
        let taken = form.parse(&draft)?;
        let seat = sqlx::query("SELECT role FROM memberships WHERE id = $1 AND body_id = $2")
            .bind(taken.membership)
            .bind(negotiating.body_id.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(seat) = seat else {
            return Err(StoreError::refused(
                "membership",
                "seat_not_of_body",
                "This seat is not one of the body's",
            ));
        };
        let role = seat.code("role", Role::parse)?;
        if !takes_positions(role) {
            return Err(StoreError::refused(
                "membership",
                "secretariat_takes_no_position",
                "The secretariat serves the body and takes no position",
            ));
        }
        sqlx::query(
            "INSERT INTO text_positions (text_id, paragraph, membership_id, stance, reason, version, author, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(text.0)
        .bind(&taken.paragraph)
        .bind(taken.membership)
        .bind(taken.stance.code())
        .bind(&taken.reason)
        .bind(negotiating.version.0)
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        if taken.stance == Stance::Objection && role != Role::Observer {
            if let Some(silence) = running_silence(&mut tx, text).await? {
                let holder = self
                    .seats(negotiating.body_id)
                    .await?
                    .remove(&taken.membership)
                    .map(|view| view.holder())
                    .unwrap_or_default();
                sqlx::query(
                    "UPDATE silence_procedures SET state = 'broken', broken_by = $1, broken_reason = $2, \
                     ended_at = $3 WHERE id = $4",
                )
                .bind(&holder)
                .bind(&taken.reason)
                .bind(now())
                .bind(silence.id)
                .execute(&mut *tx)
                .await?;
                record(
                    &mut tx,
                    by,
                    change(
                        "silence-broken",
                        &negotiating,
                        holder,
                        taken.reason.as_deref(),
                    ),
                )
                .await?;
            }
        }
        let after = format!(
            "{} {} {}",
            taken.membership,
            taken.paragraph.as_deref().unwrap_or("*"),
            taken.stance.code()
        );
        record(
            &mut tx,
            by,
            change("position", &negotiating, after, taken.reason.as_deref()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn positions(&self, text: TextId) -> Result<Vec<Position>> {
        let Some(negotiating) = crate::TextStore::negotiating_text(self, text).await? else {
            return Err(StoreError::not_found("text"));
        };
        let rows = sqlx::query(
            "SELECT paragraph, membership_id, stance, reason, author, created_at FROM text_positions \
             WHERE id IN (SELECT MAX(id) FROM text_positions WHERE text_id = $1 \
                          GROUP BY membership_id, COALESCE(paragraph, '')) ORDER BY id",
        )
        .bind(text.0)
        .fetch_all(&self.pool)
        .await?;
        let seats = self.seats(negotiating.body_id).await?;
        let mut positions = Vec::with_capacity(rows.len());
        for row in &rows {
            let membership_id = row.int("membership_id")?;
            let seat = seats.get(&membership_id);
            positions.push(Position {
                paragraph: row.opt_text("paragraph")?,
                membership_id,
                holder: seat.map(crate::MembershipView::holder).unwrap_or_default(),
                role: seat.map_or(Role::Member, |s| s.membership.fields.role),
                regional_group: seat.and_then(|s| s.regional_group),
                stakeholder_group: seat.and_then(|s| s.stakeholder_group),
                stance: row.code("stance", Stance::parse)?,
                reason: row.opt_text("reason")?,
                author: row.text("author")?,
                created_at: row.text("created_at")?,
            });
        }
        Ok(positions)
    }

    async fn decide(
        &self,
        by: &AuditActor,
        text: TextId,
        rule: DecisionRule,
        form: &DecisionForm,
    ) -> Result<TextDecision> {
        let outcome = concord_domain::body::parse_code(
            "outcome",
            form.outcome.as_deref(),
            None,
            Outcome::parse,
            Outcome::expected,
        )
        .map_err(|e| Invalid { errors: vec![e] })?;
        let note = concord_domain::text::optional("note", form.note.as_deref(), 2000)
            .map_err(|e| Invalid { errors: vec![e] })?;
        let names = self.seats_of_text(text).await?;
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        check_still_negotiated(&mut tx, text).await?;
        if form.version != Some(negotiating.version) {
            return Err(StoreError::Conflict(
                Invalid::one(
                    "version",
                    "stale_version",
                    "The text changed since the page was opened; read the current version first",
                )
                .with_arg("current", negotiating.version)
                .with_arg("base", form.version.map_or(0, |v| v.0)),
            ));
        }
        if outcome == Outcome::Adopted {
            let draft = current_draft(&mut tx, &negotiating).await?;
            let objections = standing_objections(&mut tx, text, &names).await?;
            check_adoption(rule, &draft, &objections)?;
        }
        let decision = Self::insert_decision(
            &mut tx,
            text,
            negotiating.version,
            outcome,
            DecisionMethod::Declared,
            note.as_deref(),
            &by.label,
        )
        .await?;
        record(
            &mut tx,
            by,
            change(
                "decide",
                &negotiating,
                outcome.code().to_owned(),
                note.as_deref(),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(decision)
    }

    async fn decisions(&self, text: TextId) -> Result<Vec<TextDecision>> {
        let rows = sqlx::query(
            "SELECT version, outcome, method, note, author, created_at FROM text_decisions \
             WHERE text_id = $1 ORDER BY id",
        )
        .bind(text.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(decision_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn start_silence(
        &self,
        by: &AuditActor,
        text: TextId,
        rule: DecisionRule,
        version: VersionNo,
        deadline: OffsetDateTime,
        at: OffsetDateTime,
    ) -> Result<Silence> {
        if deadline < at + time::Duration::hours(MIN_SILENCE_HOURS) {
            return Err(Invalid::one(
                "deadline",
                "silence_too_short",
                format!("Silence lasts at least {MIN_SILENCE_HOURS} hours"),
            )
            .with_arg("hours", MIN_SILENCE_HOURS)
            .into());
        }
        let names = self.seats_of_text(text).await?;
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        check_still_negotiated(&mut tx, text).await?;
        if version != negotiating.version {
            return Err(StoreError::Conflict(
                Invalid::one(
                    "version",
                    "stale_version",
                    "The text changed since the page was opened; read the current version first",
                )
                .with_arg("current", negotiating.version)
                .with_arg("base", version),
            ));
        }
        let draft = current_draft(&mut tx, &negotiating).await?;
        // What could not be declared adopted cannot be put under silence either.
        let objections = standing_objections(&mut tx, text, &names).await?;
        check_adoption(rule, &draft, &objections)?;
        let row = sqlx::query(
            "INSERT INTO silence_procedures (text_id, version, deadline, state, author, created_at) \
             VALUES ($1, $2, $3, 'running', $4, $5) RETURNING id",
        )
        .bind(text.0)
        .bind(negotiating.version.0)
        .bind(timestamp(deadline))
        .bind(&by.label)
        .bind(timestamp(at))
        .fetch_one(&mut *tx)
        .await?;
        let id = row.int("id")?;
        // Both jobs are written with the procedure: the notices cannot be lost, and the
        // conclusion comes at the deadline even if nobody looks.
        enqueue(&mut tx, Task::SilenceCirculated { silence: id }, at, 8).await?;
        enqueue(&mut tx, Task::SilenceDeadline { silence: id }, deadline, 20).await?;
        record(
            &mut tx,
            by,
            change("silence-start", &negotiating, timestamp(deadline), None),
        )
        .await?;
        tx.commit().await?;
        self.silence(id)
            .await?
            .ok_or(StoreError::not_found("silence"))
    }

    async fn silences(&self, text: TextId) -> Result<Vec<Silence>> {
        let rows = sqlx::query(&format!(
            "SELECT {SILENCE_COLUMNS} FROM silence_procedures WHERE text_id = $1 ORDER BY id"
        ))
        .bind(text.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(silence_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn silence(&self, id: i64) -> Result<Option<Silence>> {
        let row = sqlx::query(&format!(
            "SELECT {SILENCE_COLUMNS} FROM silence_procedures WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(silence_from_row).transpose()?)
    }

    async fn member_accounts(&self, body: BodyId) -> Result<Vec<crate::Follower>> {
        let rows = sqlx::query(
            "SELECT DISTINCT u.email, u.display_name, u.lang FROM memberships m \
             JOIN users u ON u.person_id = m.person_id \
             WHERE m.body_id = $1 AND u.confirmed_at IS NOT NULL \
             AND (m.end_date IS NULL OR m.end_date >= $2) ORDER BY u.email",
        )
        .bind(body.0)
        .bind(&now()[..10])
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(crate::Follower {
                    email: row.text("email")?,
                    display_name: row.text("display_name")?,
                    lang: row.opt_text("lang")?,
                })
            })
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn conclude_silence(&self, id: i64, at: OffsetDateTime) -> Result<Silence> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {SILENCE_COLUMNS} FROM silence_procedures WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("silence"))?;
        let silence = silence_from_row(&row)?;
        if silence.state != SilenceState::Running || silence.deadline > timestamp(at) {
            return Ok(silence);
        }
        let negotiating = load_text(&mut tx, silence.text_id).await?;
        sqlx::query("UPDATE silence_procedures SET state = 'passed', ended_at = $1 WHERE id = $2")
            .bind(timestamp(at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        Self::insert_decision(
            &mut tx,
            silence.text_id,
            silence.version,
            Outcome::Adopted,
            DecisionMethod::Silence,
            None,
            "silence procedure",
        )
        .await?;
        let system = AuditActor {
            user_id: None,
            label: "silence procedure".into(),
        };
        record(
            &mut tx,
            &system,
            change(
                "silence-passed",
                &negotiating,
                Outcome::Adopted.code().to_owned(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        self.silence(id)
            .await?
            .ok_or(StoreError::not_found("silence"))
    }
}
