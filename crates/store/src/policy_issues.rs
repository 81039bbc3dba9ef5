//! International public policy issues of a call, stored with their provenance: numbered in the
//! order recorded (I1, I2…) for each call, each passage that raised one kept with its response,
//! question and span, merges and broad areas kept as trails that are only added to. An issue
//! merged into another keeps its sources, which count for the issue it joined.

use std::collections::HashMap;

use concord_domain::ids::{BodyId, CallId, IssueId, QuestionId, ResponseId};
use concord_domain::policy_issue::{excerpt, locate, Destination, IssueSourced};
use serde::Serialize;

use crate::audit::{public_change, record, AuditActor};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::Result;

/// A passage of an answer that raised an issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueSource {
    /// Its id.
    pub id: i64,
    /// The issue it was recorded under (before any merge).
    pub recorded_under: IssueId,
    /// The response.
    pub response_id: ResponseId,
    /// The response's reference.
    pub reference: String,
    /// The question.
    pub question_id: QuestionId,
    /// The first character of the passage in the answer.
    pub start: i64,
    /// One past its last character.
    pub end: i64,
    /// The passage.
    pub excerpt: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// When.
    pub created_at: String,
}

/// Where a merged issue went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// The issue it joined.
    pub into: IssueId,
    /// Why.
    pub reason: String,
    /// Who merged it.
    pub merged_by: String,
    /// When.
    pub created_at: String,
}

/// An issue with every source that raised it, its own and those of the issues merged into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyIssue {
    /// Its id.
    pub id: IssueId,
    /// The call whose responses raised it.
    pub call_id: CallId,
    /// Its number within the call (1 for I1).
    pub number: i64,
    /// Its title.
    pub title: String,
    /// Its broad area, if sorted.
    pub area: Option<String>,
    /// The trail of its areas, latest first: (area, who, when).
    pub areas: Vec<(Option<String>, String, String)>,
    /// Where it went, if merged.
    pub merged: Option<Merge>,
    /// The issues merged into it, directly or through others.
    pub merged_from: Vec<IssueId>,
    /// Who recorded it.
    pub created_by: String,
    /// When.
    pub created_at: String,
    /// Its sources and those of the issues merged into it, in the order recorded. Empty for a
    /// merged issue: its sources count where it went.
    pub sources: Vec<IssueSource>,
}

/// Storage of policy issues.
#[allow(async_fn_in_trait)]
pub trait PolicyIssueStore {
    /// Records a passage of an answer to `call` as the source of a new issue or of an existing
    /// one; returns the issue's id. The passage must be in the answer.
    async fn record_issue_source(
        &self,
        by: &AuditActor,
        call: CallId,
        sourced: &IssueSourced,
    ) -> Result<IssueId>;
    /// Every issue of a call in the order recorded, merged ones included.
    async fn policy_issues(&self, call: CallId) -> Result<Vec<PolicyIssue>>;
    /// Merges `from` into `into`, with the reason; both must be issues of `call` not merged.
    async fn merge_issue(
        &self,
        by: &AuditActor,
        call: CallId,
        from: IssueId,
        into: IssueId,
        reason: &str,
    ) -> Result<()>;
    /// Sorts an issue into a broad area (or none).
    async fn set_issue_area(
        &self,
        by: &AuditActor,
        call: CallId,
        issue: IssueId,
        area: Option<&str>,
    ) -> Result<()>;
}

/// The body whose call it is.
pub(crate) async fn body_of_call(conn: &mut sqlx::AnyConnection, call: CallId) -> Result<BodyId> {
    let row = sqlx::query("SELECT body_id FROM calls WHERE id = $1")
        .bind(call.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::not_found("call"))?;
    Ok(BodyId(row.int("body_id")?))
}

/// The id of a submitted response to `call`, by its reference.
pub(crate) async fn submitted_response_id(
    conn: &mut sqlx::AnyConnection,
    call: CallId,
    reference: &str,
) -> Result<i64> {
    Ok(sqlx::query(
        "SELECT id FROM responses WHERE reference = $1 AND call_id = $2 \
         AND submitted_at IS NOT NULL",
    )
    .bind(reference)
    .bind(call.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| {
        StoreError::refused(
            "response",
            "response_not_in_call",
            "No response to this call has this reference",
        )
    })?
    .int("id")?)
}

/// Checks that `issue` is an issue of `call` that has not been merged away.
async fn check_open_issue(
    conn: &mut sqlx::AnyConnection,
    call: CallId,
    issue: IssueId,
    field: &str,
) -> Result<i64> {
    let row = sqlx::query(
        "SELECT i.number, m.into_id FROM policy_issues i \
         LEFT JOIN policy_issue_merges m ON m.issue_id = i.id WHERE i.id = $1 AND i.call_id = $2",
    )
    .bind(issue.0)
    .bind(call.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Err(StoreError::refused(
            field,
            "issue_not_of_call",
            "This issue is not one of the call's",
        ));
    };
    if row.opt_int("into_id")?.is_some() {
        return Err(StoreError::refused(
            field,
            "issue_merged",
            "This issue was merged into another; use that one",
        ));
    }
    Ok(row.int("number")?)
}

impl PolicyIssueStore for Store {
    async fn record_issue_source(
        &self,
        by: &AuditActor,
        call: CallId,
        sourced: &IssueSourced,
    ) -> Result<IssueId> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let response = submitted_response_id(&mut tx, call, &sourced.response).await?;
        let answer = sqlx::query(
            "SELECT text FROM response_answers WHERE response_id = $1 AND question_id = $2",
        )
        .bind(response)
        .bind(sourced.question.0)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| row.opt_text("text"))
        .transpose()?
        .flatten()
        .ok_or_else(|| {
            StoreError::refused(
                "question",
                "answer_missing",
                "This response has no written answer to this question",
            )
        })?;
        let span = locate(&answer, &sourced.passage).ok_or_else(|| {
            StoreError::refused(
                "passage",
                "passage_not_in_answer",
                "The passage is not in this answer; copy it from the answer as it reads",
            )
        })?;
        let (issue, number, created) = match &sourced.destination {
            Destination::Existing(issue) => {
                let issue = IssueId(*issue);
                let number = check_open_issue(&mut tx, call, issue, "issue").await?;
                (issue, number, false)
            }
            Destination::New { title, area } => {
                let number = sqlx::query(
                    "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM policy_issues WHERE call_id = $1",
                )
                .bind(call.0)
                .fetch_one(&mut *tx)
                .await?
                .int("n")?;
                let at = now();
                let id = sqlx::query(
                    "INSERT INTO policy_issues (call_id, number, title, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(call.0)
                .bind(number)
                .bind(title)
                .bind(&by.label)
                .bind(&at)
                .fetch_one(&mut *tx)
                .await?
                .int("id")?;
                let id = IssueId(id);
                if let Some(area) = area {
                    insert_area(&mut tx, by, id, Some(area.as_str()), &at).await?;
                }
                (id, number, true)
            }
        };
        sqlx::query(
            "INSERT INTO policy_issue_sources (issue_id, response_id, question_id, span_start, \
             span_end, excerpt, recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(issue.0)
        .bind(response)
        .bind(sourced.question.0)
        .bind(i64::try_from(span.start).unwrap_or(i64::MAX))
        .bind(i64::try_from(span.end).unwrap_or(i64::MAX))
        .bind(excerpt(&answer, span))
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let action = if created { "issue" } else { "issue_source" };
        let after = format!("I{number} {}", sourced.response);
        record(
            &mut tx,
            by,
            public_change(action, "call", call.0, body, after, None),
        )
        .await?;
        tx.commit().await?;
        Ok(issue)
    }

    async fn policy_issues(&self, call: CallId) -> Result<Vec<PolicyIssue>> {
        let rows = sqlx::query(
            "SELECT i.id, i.number, i.title, i.created_by, i.created_at, m.into_id, m.reason, \
             m.merged_by, m.created_at AS merged_at FROM policy_issues i \
             LEFT JOIN policy_issue_merges m ON m.issue_id = i.id \
             WHERE i.call_id = $1 ORDER BY i.number",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        let mut issues = Vec::with_capacity(rows.len());
        for row in &rows {
            let merged = match row.opt_int("into_id")? {
                Some(into) => Some(Merge {
                    into: IssueId(into),
                    reason: row.text("reason")?,
                    merged_by: row.text("merged_by")?,
                    created_at: row.text("merged_at")?,
                }),
                None => None,
            };
            issues.push(PolicyIssue {
                id: IssueId(row.int("id")?),
                call_id: call,
                number: row.int("number")?,
                title: row.text("title")?,
                area: None,
                areas: Vec::new(),
                merged,
                merged_from: Vec::new(),
                created_by: row.text("created_by")?,
                created_at: row.text("created_at")?,
                sources: Vec::new(),
            });
        }
        let areas = sqlx::query(
            "SELECT a.issue_id, a.area, a.recorded_by, a.created_at FROM policy_issue_areas a \
             JOIN policy_issues i ON i.id = a.issue_id WHERE i.call_id = $1 ORDER BY a.id DESC",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        let position: HashMap<IssueId, usize> = issues
            .iter()
            .enumerate()
            .map(|(at, i)| (i.id, at))
            .collect();
        for row in &areas {
            if let Some(&at) = position.get(&IssueId(row.int("issue_id")?)) {
                issues[at].areas.push((
                    row.opt_text("area")?,
                    row.text("recorded_by")?,
                    row.text("created_at")?,
                ));
            }
        }
        for issue in &mut issues {
            issue.area = issue.areas.first().and_then(|a| a.0.clone());
        }
        // Each issue's root: the issue it ends up in after following merges.
        let into: HashMap<IssueId, IssueId> = issues
            .iter()
            .filter_map(|i| i.merged.as_ref().map(|m| (i.id, m.into)))
            .collect();
        let root = |mut id: IssueId| {
            // Merges only go into issues not merged themselves, so chains are short; the bound
            // guards against a trail written by hand.
            for _ in 0..into.len() + 1 {
                match into.get(&id) {
                    Some(&next) => id = next,
                    None => break,
                }
            }
            id
        };
        for issue in issues
            .iter()
            .filter(|i| i.merged.is_some())
            .map(|i| i.id)
            .collect::<Vec<_>>()
        {
            if let Some(&at) = position.get(&root(issue)) {
                issues[at].merged_from.push(issue);
            }
        }
        let sources = sqlx::query(
            "SELECT s.id, s.issue_id, s.response_id, r.reference, s.question_id, s.span_start, \
             s.span_end, s.excerpt, s.recorded_by, s.created_at FROM policy_issue_sources s \
             JOIN policy_issues i ON i.id = s.issue_id JOIN responses r ON r.id = s.response_id \
             WHERE i.call_id = $1 ORDER BY s.id",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        for row in &sources {
            let recorded_under = IssueId(row.int("issue_id")?);
            let Some(&at) = position.get(&root(recorded_under)) else {
                continue;
            };
            issues[at].sources.push(IssueSource {
                id: row.int("id")?,
                recorded_under,
                response_id: ResponseId(row.int("response_id")?),
                reference: row.text("reference")?,
                question_id: QuestionId(row.int("question_id")?),
                start: row.int("span_start")?,
                end: row.int("span_end")?,
                excerpt: row.text("excerpt")?,
                recorded_by: row.text("recorded_by")?,
                created_at: row.text("created_at")?,
            });
        }
        Ok(issues)
    }

    async fn merge_issue(
        &self,
        by: &AuditActor,
        call: CallId,
        from: IssueId,
        into: IssueId,
        reason: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let from_number = check_open_issue(&mut tx, call, from, "issue").await?;
        let into_number = check_open_issue(&mut tx, call, into, "into").await?;
        if from == into {
            return Err(StoreError::refused(
                "into",
                "issue_merge_self",
                "An issue cannot be merged into itself",
            ));
        }
        sqlx::query(
            "INSERT INTO policy_issue_merges (issue_id, into_id, reason, merged_by, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(from.0)
        .bind(into.0)
        .bind(reason)
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            public_change(
                "issue_merge",
                "call",
                call.0,
                body,
                format!("I{from_number} → I{into_number}"),
                Some(reason),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_issue_area(
        &self,
        by: &AuditActor,
        call: CallId,
        issue: IssueId,
        area: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let number = check_open_issue(&mut tx, call, issue, "issue").await?;
        insert_area(&mut tx, by, issue, area, &now()).await?;
        record(
            &mut tx,
            by,
            public_change(
                "issue_area",
                "call",
                call.0,
                body,
                format!("I{number} {}", area.unwrap_or("")),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn insert_area(
    conn: &mut sqlx::AnyConnection,
    by: &AuditActor,
    issue: IssueId,
    area: Option<&str>,
    at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO policy_issue_areas (issue_id, area, recorded_by, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(issue.0)
    .bind(area)
    .bind(&by.label)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
