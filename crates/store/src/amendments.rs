//! Amendments to negotiating texts, stored: numbered in the order proposed (A1, A2…) for each
//! text, with the proposing seat, the co-sponsoring seats and the Chair's handling, which is a
//! trail only added to (the latest entry stands). Amendments themselves never change.

use concord_domain::ids::{TextId, VersionNo};
use std::collections::HashMap;

use concord_domain::composition::Role;
use concord_domain::drafting::amendment::{
    AmendmentForm, AmendmentKind, Handling, HandlingDecided, HandlingForm,
};
use concord_domain::drafting::consensus::takes_positions;
use serde::Serialize;

use crate::audit::{public_change, record, AuditActor, Change};
use crate::composition::CompositionStore;
use crate::connect::Store;
use crate::consensus::{check_not_adopted, current_draft};
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::text_rows::load_text;
use crate::Result;

/// An amendment with who proposed it and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amendment {
    /// Its id.
    pub id: i64,
    /// The text.
    pub text_id: TextId,
    /// Its number within the text (1 for A1).
    pub number: i64,
    /// The paragraph it is on.
    pub paragraph: String,
    /// What it does.
    pub kind: AmendmentKind,
    /// The words proposed ("" for a deletion).
    pub proposed: String,
    /// The proposing seat, in words.
    pub proposer: String,
    /// The co-sponsoring seats, in words, in alphabetical order.
    pub co_sponsors: Vec<String>,
    /// Why.
    pub reason: Option<String>,
    /// The version it was proposed on.
    pub version: VersionNo,
    /// Who recorded it.
    pub author: String,
    /// When.
    pub created_at: String,
    /// What the Chair did, latest first: (handling, reason, who, when).
    pub handlings: Vec<(Handling, Option<String>, String, String)>,
}

impl Amendment {
    /// The handling that stands, if any.
    pub fn handling(&self) -> Option<Handling> {
        self.handlings.first().map(|h| h.0)
    }
}

/// Storage of amendments.
#[allow(async_fn_in_trait)]
pub trait AmendmentStore {
    /// Records an amendment proposed for a seat of the text's body, checked against the text
    /// as it reads now.
    async fn propose_amendment(
        &self,
        by: &AuditActor,
        text: TextId,
        form: &AmendmentForm,
    ) -> Result<Amendment>;
    /// A text's amendments in the order proposed.
    async fn amendments(&self, text: TextId) -> Result<Vec<Amendment>>;
    /// One amendment.
    async fn amendment(&self, id: i64) -> Result<Option<Amendment>>;
    /// Records the Chair's handling of an amendment.
    async fn handle_amendment(
        &self,
        by: &AuditActor,
        id: i64,
        form: &HandlingForm,
    ) -> Result<HandlingDecided>;
}

/// Checks that a seat belongs to the body and takes positions.
async fn check_seat(
    conn: &mut sqlx::AnyConnection,
    body: i64,
    seat: i64,
    field: &str,
) -> Result<()> {
    let row = sqlx::query("SELECT role FROM memberships WHERE id = $1 AND body_id = $2")
        .bind(seat)
        .bind(body)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else {
        return Err(StoreError::refused(
            field,
            "seat_not_of_body",
            "This seat is not one of the body's",
        ));
    };
    if !takes_positions(row.code("role", Role::parse)?) {
        return Err(StoreError::refused(
            field,
            "secretariat_takes_no_position",
            "The secretariat serves the body and takes no position",
        ));
    }
    Ok(())
}

impl Store {
    async fn load_amendments(&self, filter: &str, key: i64) -> Result<Vec<Amendment>> {
        let rows = sqlx::query(&format!(
            "SELECT a.id, a.text_id, a.number, a.paragraph, a.kind, a.proposed, a.membership_id, \
             a.reason, a.version, a.author, a.created_at, t.body_id FROM text_amendments a \
             JOIN negotiating_texts t ON t.id = a.text_id WHERE {filter} ORDER BY a.number"
        ))
        .bind(key)
        .fetch_all(&self.pool)
        .await?;
        let Some(first) = rows.first() else {
            return Ok(Vec::new());
        };
        let seats: HashMap<i64, String> = self
            .memberships(concord_domain::ids::BodyId(first.int("body_id")?))
            .await?
            .into_iter()
            .map(|view| (view.membership.id.0, view.holder()))
            .collect();
        let name = |id: i64| seats.get(&id).cloned().unwrap_or_else(|| id.to_string());
        let mut amendments = Vec::with_capacity(rows.len());
        for row in &rows {
            let id = row.int("id")?;
            let sponsors = sqlx::query(
                "SELECT membership_id FROM amendment_sponsors WHERE amendment_id = $1 \
                 ORDER BY membership_id",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            let handlings = sqlx::query(
                "SELECT handling, reason, author, created_at FROM amendment_handlings \
                 WHERE amendment_id = $1 ORDER BY id DESC",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            let mut co_sponsors: Vec<String> = sponsors
                .iter()
                .map(|s| s.int("membership_id").map(name))
                .collect::<Result<_, _>>()?;
            co_sponsors.sort();
            amendments.push(Amendment {
                id,
                text_id: TextId(row.int("text_id")?),
                number: row.int("number")?,
                paragraph: row.text("paragraph")?,
                kind: row.code("kind", AmendmentKind::parse)?,
                proposed: row.text("proposed")?,
                proposer: name(row.int("membership_id")?),
                co_sponsors,
                reason: row.opt_text("reason")?,
                version: VersionNo(row.int("version")?),
                author: row.text("author")?,
                created_at: row.text("created_at")?,
                handlings: handlings
                    .iter()
                    .map(|h| {
                        Ok((
                            h.code("handling", Handling::parse)?,
                            h.opt_text("reason")?,
                            h.text("author")?,
                            h.text("created_at")?,
                        ))
                    })
                    .collect::<Result<_, sqlx::Error>>()?,
            });
        }
        Ok(amendments)
    }
}

fn change<'a>(
    action: &'static str,
    body: concord_domain::ids::BodyId,
    text: TextId,
    after: String,
    reason: Option<&'a str>,
) -> Change<'a> {
    public_change(action, "text", text.0, body, after, reason)
}

impl AmendmentStore for Store {
    async fn propose_amendment(
        &self,
        by: &AuditActor,
        text: TextId,
        form: &AmendmentForm,
    ) -> Result<Amendment> {
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        check_not_adopted(&mut tx, text).await?;
        let draft = current_draft(&mut tx, &negotiating).await?;
        let proposal = form.parse(&draft)?;
        check_seat(
            &mut tx,
            negotiating.body_id.0,
            proposal.membership,
            "membership",
        )
        .await?;
        for seat in &proposal.co_sponsors {
            check_seat(&mut tx, negotiating.body_id.0, *seat, "co_sponsors").await?;
        }
        let next = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM text_amendments WHERE text_id = $1",
        )
        .bind(text.0)
        .fetch_one(&mut *tx)
        .await?
        .int("n")?;
        let id = sqlx::query(
            "INSERT INTO text_amendments (text_id, number, paragraph, kind, proposed, membership_id, \
             reason, version, author, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             RETURNING id",
        )
        .bind(text.0)
        .bind(next)
        .bind(&proposal.paragraph)
        .bind(proposal.kind.code())
        .bind(&proposal.proposed)
        .bind(proposal.membership)
        .bind(&proposal.reason)
        .bind(negotiating.version.0)
        .bind(&by.label)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        for seat in &proposal.co_sponsors {
            sqlx::query(
                "INSERT INTO amendment_sponsors (amendment_id, membership_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(seat)
            .execute(&mut *tx)
            .await?;
        }
        let after = format!("A{next} {} {}", proposal.paragraph, proposal.kind.code());
        record(
            &mut tx,
            by,
            change(
                "amendment",
                negotiating.body_id,
                text,
                after,
                proposal.reason.as_deref(),
            ),
        )
        .await?;
        tx.commit().await?;
        self.amendment(id)
            .await?
            .ok_or(StoreError::not_found("amendment"))
    }

    async fn amendments(&self, text: TextId) -> Result<Vec<Amendment>> {
        self.load_amendments("a.text_id = $1", text.0).await
    }

    async fn amendment(&self, id: i64) -> Result<Option<Amendment>> {
        Ok(self.load_amendments("a.id = $1", id).await?.pop())
    }

    async fn handle_amendment(
        &self,
        by: &AuditActor,
        id: i64,
        form: &HandlingForm,
    ) -> Result<HandlingDecided> {
        let decided = form.parse()?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT text_id, number FROM text_amendments WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("amendment"))?;
        let (text, number) = (row.int("text_id")?, row.int("number")?);
        let negotiating = load_text(&mut tx, TextId(text)).await?;
        check_not_adopted(&mut tx, TextId(text)).await?;
        sqlx::query(
            "INSERT INTO amendment_handlings (amendment_id, handling, reason, author, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(decided.handling.code())
        .bind(&decided.reason)
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let after = format!("A{number} {}", decided.handling.code());
        record(
            &mut tx,
            by,
            change(
                "amendment-handling",
                negotiating.body_id,
                TextId(text),
                after,
                decided.reason.as_deref(),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(decided)
    }
}
