//! A body's mapping exercises and their rows. A row names an issue of the exercise's call (not
//! merged into another) and a mechanism of the registry, once; its evidence must exist and be
//! readable by whoever cites it: a response the public may not read is cited only by those who
//! may read it. A new assessment goes back to "proposed" until a coordinator accepts it.

use concord_domain::call::Publication;
use concord_domain::ids::{BodyId, CallId, ExerciseId, IssueId, MappingRowId, MechanismId};
use concord_domain::mapping::import::ImportedRow;
use concord_domain::mapping::{
    Assessment, Evidence, ExerciseFields, MappingStatus, ProposedRow, RowState,
};
use concord_domain::policy_issue::locate;
use concord_domain::review::public_may_read;
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use super::cells::{cells_of_line, refresh_cells};
use super::{Exercise, MappingCell, MappingRow};
use crate::audit::{public_change, record, AuditActor};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::Result;

/// Whether the person acting may read the withheld responses of a body's calls.
pub type ReadsWithheld<'a> = dyn Fn(BodyId) -> bool + Sync + 'a;

const EXERCISE_COLUMNS: &str = "id, body_id, call_id, title, terms, lang, created_by, created_at";
const ROW_COLUMNS: &str =
    "id, exercise_id, issue_id, mechanism_id, status, state, notes, evidence, \
    proposed_by, proposed_at, assessed_by, assessed_at";

fn exercise_from_row(row: &AnyRow) -> Result<Exercise, sqlx::Error> {
    Ok(Exercise {
        id: ExerciseId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        call_id: CallId(row.int("call_id")?),
        title: row.text("title")?,
        terms: row.opt_text("terms")?,
        lang: row.text("lang")?,
        created_by: row.text("created_by")?,
        created_at: row.text("created_at")?,
    })
}

pub(super) fn row_from_row(row: &AnyRow) -> Result<MappingRow, sqlx::Error> {
    let evidence: Vec<String> = serde_json::from_str(&row.text("evidence")?)
        .map_err(|_| crate::rows::decode_error("evidence", "not a JSON list"))?;
    Ok(MappingRow {
        id: MappingRowId(row.int("id")?),
        exercise_id: ExerciseId(row.int("exercise_id")?),
        issue_id: IssueId(row.int("issue_id")?),
        mechanism_id: MechanismId(row.int("mechanism_id")?),
        status: row.code("status", MappingStatus::parse)?,
        state: row.code("state", RowState::parse)?,
        notes: row.opt_text("notes")?,
        evidence: evidence
            .iter()
            .filter_map(|l| Evidence::parse_line(l))
            .collect(),
        proposed_by: row.text("proposed_by")?,
        proposed_at: row.text("proposed_at")?,
        assessed_by: row.text("assessed_by")?,
        assessed_at: row.text("assessed_at")?,
    })
}

fn evidence_json(evidence: &[Evidence]) -> String {
    let lines: Vec<String> = evidence.iter().map(Evidence::as_line).collect();
    serde_json::to_string(&lines).unwrap_or_else(|_| "[]".into())
}

fn refused(
    field: &str,
    code: &'static str,
    message: &str,
    arg: (&'static str, String),
) -> StoreError {
    StoreError::Invalid(Invalid::one(field, code, message).with_arg(arg.0, arg.1))
}

/// Checks every piece of evidence: the response exists, may be cited by this person and holds
/// the passage; the document is in the register.
async fn check_evidence(
    conn: &mut sqlx::AnyConnection,
    evidence: &[Evidence],
    reads_withheld: &ReadsWithheld<'_>,
) -> Result<()> {
    for piece in evidence {
        match piece {
            Evidence::Address { .. } => {}
            Evidence::Document { symbol } => {
                let found = sqlx::query("SELECT id FROM documents WHERE symbol = $1")
                    .bind(symbol)
                    .fetch_optional(&mut *conn)
                    .await?;
                if found.is_none() {
                    return Err(refused(
                        "evidence",
                        "unknown_document",
                        "No document of the register has this symbol",
                        ("value", symbol.clone()),
                    ));
                }
            }
            Evidence::Response { reference, passage } => {
                let call: i64 = reference
                    .split_once('-')
                    .and_then(|(c, _)| c.parse().ok())
                    .unwrap_or_default();
                let row = sqlx::query(
                    "SELECT r.id, r.consent_publish, r.hidden, c.publication, c.body_id \
                     FROM responses r JOIN calls c ON c.id = r.call_id \
                     WHERE r.reference = $1 AND r.call_id = $2 AND r.submitted_at IS NOT NULL",
                )
                .bind(reference)
                .bind(call)
                .fetch_optional(&mut *conn)
                .await?;
                let Some(row) = row else {
                    return Err(refused(
                        "evidence",
                        "unknown_response",
                        "No submitted response has this reference",
                        ("value", reference.clone()),
                    ));
                };
                let public = public_may_read(
                    row.code("publication", Publication::parse)?,
                    row.flag("consent_publish")?,
                    row.flag("hidden")?,
                );
                if !public && passage.is_some() {
                    // A quoted passage is shown wherever the row is, to the public too.
                    return Err(refused(
                        "evidence",
                        "passage_withheld",
                        "This response is not published: cite it by its reference alone, without quoting it",
                        ("value", reference.clone()),
                    ));
                }
                if !public && !reads_withheld(BodyId(row.int("body_id")?)) {
                    return Err(refused(
                        "evidence",
                        "evidence_withheld",
                        "This response is not published; only those who compile the call's responses may cite it",
                        ("value", reference.clone()),
                    ));
                }
                if let Some(passage) = passage {
                    let answers =
                        sqlx::query("SELECT text FROM response_answers WHERE response_id = $1")
                            .bind(row.int("id")?)
                            .fetch_all(&mut *conn)
                            .await?;
                    let found = answers.iter().any(|a| {
                        a.opt_text("text")
                            .ok()
                            .flatten()
                            .is_some_and(|text| locate(&text, passage).is_some())
                    });
                    if !found {
                        return Err(refused(
                            "evidence",
                            "passage_not_in_answer",
                            "The passage is not in this response; copy it as it reads",
                            ("value", reference.clone()),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// The exercise, for a change to it.
async fn exercise_in(conn: &mut sqlx::AnyConnection, id: ExerciseId) -> Result<Exercise> {
    let row = sqlx::query(&format!(
        "SELECT {EXERCISE_COLUMNS} FROM mapping_exercises WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::not_found("mapping exercise"))?;
    Ok(exercise_from_row(&row)?)
}

/// Refuses an issue that is not an open issue of the exercise's call.
async fn check_issue(
    conn: &mut sqlx::AnyConnection,
    exercise: &Exercise,
    issue: IssueId,
) -> Result<()> {
    let row = sqlx::query(
        "SELECT i.id FROM policy_issues i LEFT JOIN policy_issue_merges m ON m.issue_id = i.id \
         WHERE i.id = $1 AND i.call_id = $2 AND m.issue_id IS NULL",
    )
    .bind(issue.0)
    .bind(exercise.call_id.0)
    .fetch_optional(&mut *conn)
    .await?;
    if row.is_none() {
        return Err(refused(
            "issue",
            "issue_not_in_exercise",
            "This issue is not one of the issues this exercise maps",
            ("value", issue.to_string()),
        ));
    }
    Ok(())
}

async fn insert_row(
    conn: &mut sqlx::AnyConnection,
    by: &AuditActor,
    exercise: &Exercise,
    issue: IssueId,
    mechanism: MechanismId,
    assessment: &Assessment,
) -> Result<MappingRowId> {
    let known = sqlx::query("SELECT id FROM mechanisms WHERE id = $1")
        .bind(mechanism.0)
        .fetch_optional(&mut *conn)
        .await?;
    if known.is_none() {
        return Err(refused(
            "mechanism",
            "unknown_mechanism",
            "The registry has no such mechanism",
            ("value", mechanism.to_string()),
        ));
    }
    let duplicate = sqlx::query(
        "SELECT id FROM mapping_rows WHERE exercise_id = $1 AND issue_id = $2 AND mechanism_id = $3",
    )
    .bind(exercise.id.0)
    .bind(issue.0)
    .bind(mechanism.0)
    .fetch_optional(&mut *conn)
    .await?;
    if duplicate.is_some() {
        return Err(refused(
            "mechanism",
            "duplicate_row",
            "This issue already has a row for this mechanism; assess that row instead",
            ("value", mechanism.to_string()),
        ));
    }
    let at = now();
    let id = sqlx::query(
        "INSERT INTO mapping_rows (exercise_id, issue_id, mechanism_id, status, state, notes, evidence, \
         proposed_by, proposed_at, assessed_by, assessed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $9) RETURNING id",
    )
    .bind(exercise.id.0)
    .bind(issue.0)
    .bind(mechanism.0)
    .bind(assessment.status.code())
    .bind(RowState::Proposed.code())
    .bind(&assessment.notes)
    .bind(evidence_json(&assessment.evidence))
    .bind(&by.label)
    .bind(&at)
    .fetch_one(&mut *conn)
    .await?
    .int("id")?;
    let after = format!(
        "issue {issue} × mechanism {mechanism}: {}",
        assessment.status.code()
    );
    record(
        conn,
        by,
        public_change("propose", "mapping_row", id, exercise.body_id, after, None),
    )
    .await?;
    Ok(MappingRowId(id))
}

async fn row_in(
    conn: &mut sqlx::AnyConnection,
    exercise: ExerciseId,
    row: MappingRowId,
) -> Result<MappingRow> {
    let found = sqlx::query(&format!(
        "SELECT {ROW_COLUMNS} FROM mapping_rows WHERE id = $1 AND exercise_id = $2"
    ))
    .bind(row.0)
    .bind(exercise.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::not_found("mapping row"))?;
    Ok(row_from_row(&found)?)
}

/// Whether `call` belongs to `body` or to one of its ancestors: a sub-group maps the issues
/// its parent drew from its call.
async fn call_is_mappable(
    conn: &mut sqlx::AnyConnection,
    body: BodyId,
    call: CallId,
) -> Result<bool> {
    let Some(owner) = sqlx::query("SELECT body_id FROM calls WHERE id = $1")
        .bind(call.0)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(false);
    };
    let owner = owner.int("body_id")?;
    let mut at = Some(body.0);
    // Bodies nest a few levels deep at most; the bound guards against a cycle.
    for _ in 0..16 {
        let Some(current) = at else { break };
        if current == owner {
            return Ok(true);
        }
        at = sqlx::query("SELECT parent_id FROM bodies WHERE id = $1")
            .bind(current)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.opt_int("parent_id"))
            .transpose()?
            .flatten();
    }
    Ok(false)
}

/// Storage of mapping exercises and their rows.
#[allow(async_fn_in_trait)]
pub trait MappingStore {
    /// Starts a mapping exercise of `body` over the issues of a call of the body or of a body
    /// above it.
    async fn create_exercise(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &ExerciseFields,
    ) -> Result<Exercise>;
    /// One exercise.
    async fn exercise(&self, id: ExerciseId) -> Result<Option<Exercise>>;
    /// A body's exercises, oldest first.
    async fn exercises(&self, body: BodyId) -> Result<Vec<Exercise>>;
    /// Proposes a row: an issue of the exercise, a mechanism, a first assessment.
    async fn propose_row(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: &ProposedRow,
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<MappingRow>;
    /// Assesses a row anew; it is proposed again until a coordinator accepts it.
    async fn assess_row(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: MappingRowId,
        assessment: &Assessment,
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<MappingRow>;
    /// A coordinator accepts a row or marks it contested, with the reason.
    async fn set_row_state(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: MappingRowId,
        state: RowState,
        reason: Option<&str>,
    ) -> Result<MappingRow>;
    /// The rows of an exercise.
    async fn mapping_rows(&self, exercise: ExerciseId) -> Result<Vec<MappingRow>>;
    /// Where each row of an exercise stands, without its notes and evidence: what the matrix
    /// and the gaps need, read quickly at the size of a real mapping (20,000 rows).
    async fn mapping_cells(&self, exercise: ExerciseId) -> Result<Vec<MappingCell>>;
    /// The rows of one issue of an exercise, whole.
    async fn rows_of_issue(&self, exercise: ExerciseId, issue: IssueId) -> Result<Vec<MappingRow>>;
    /// The rows naming a mechanism, in every exercise.
    async fn rows_of_mechanism(&self, mechanism: MechanismId) -> Result<Vec<MappingRow>>;
    /// Adds rows read from a file, whole or not at all: every issue must be in the exercise,
    /// every mechanism in the registry (by name or acronym), no row twice.
    async fn import_rows(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        rows: &[ImportedRow],
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<usize>;
}

impl MappingStore for Store {
    async fn create_exercise(
        &self,
        by: &AuditActor,
        body: BodyId,
        f: &ExerciseFields,
    ) -> Result<Exercise> {
        let mut tx = self.begin_write().await?;
        if !call_is_mappable(&mut tx, body, f.call_id).await? {
            return Err(refused(
                "call",
                "call_not_mappable",
                "A body maps the issues of its own calls or of the calls of a body above it",
                ("value", f.call_id.to_string()),
            ));
        }
        let at = now();
        let id = sqlx::query(
            "INSERT INTO mapping_exercises (body_id, call_id, title, terms, lang, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(body.0)
        .bind(f.call_id.0)
        .bind(&f.title)
        .bind(&f.terms)
        .bind(&f.lang)
        .bind(&by.label)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        record(
            &mut tx,
            by,
            public_change(
                "create",
                "mapping_exercise",
                id,
                body,
                f.title.clone(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Exercise {
            id: ExerciseId(id),
            body_id: body,
            call_id: f.call_id,
            title: f.title.clone(),
            terms: f.terms.clone(),
            lang: f.lang.clone(),
            created_by: by.label.clone(),
            created_at: at,
        })
    }

    async fn exercise(&self, id: ExerciseId) -> Result<Option<Exercise>> {
        let row = sqlx::query(&format!(
            "SELECT {EXERCISE_COLUMNS} FROM mapping_exercises WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(exercise_from_row).transpose()?)
    }

    async fn exercises(&self, body: BodyId) -> Result<Vec<Exercise>> {
        let rows = sqlx::query(&format!(
            "SELECT {EXERCISE_COLUMNS} FROM mapping_exercises WHERE body_id = $1 ORDER BY id"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(exercise_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn propose_row(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: &ProposedRow,
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<MappingRow> {
        let mut tx = self.begin_write().await?;
        let exercise = exercise_in(&mut tx, exercise).await?;
        check_issue(&mut tx, &exercise, row.issue).await?;
        check_evidence(&mut tx, &row.assessment.evidence, reads_withheld).await?;
        let id = insert_row(
            &mut tx,
            by,
            &exercise,
            row.issue,
            row.mechanism,
            &row.assessment,
        )
        .await?;
        refresh_cells(&mut tx, exercise.id, row.issue).await?;
        let stored = row_in(&mut tx, exercise.id, id).await?;
        tx.commit().await?;
        Ok(stored)
    }

    async fn assess_row(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: MappingRowId,
        assessment: &Assessment,
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<MappingRow> {
        let mut tx = self.begin_write().await?;
        let exercise = exercise_in(&mut tx, exercise).await?;
        let before = row_in(&mut tx, exercise.id, row).await?;
        check_evidence(&mut tx, &assessment.evidence, reads_withheld).await?;
        sqlx::query(
            "UPDATE mapping_rows SET status = $1, state = $2, notes = $3, evidence = $4, \
             assessed_by = $5, assessed_at = $6 WHERE id = $7",
        )
        .bind(assessment.status.code())
        .bind(RowState::Proposed.code())
        .bind(&assessment.notes)
        .bind(evidence_json(&assessment.evidence))
        .bind(&by.label)
        .bind(now())
        .bind(row.0)
        .execute(&mut *tx)
        .await?;
        let after = row_in(&mut tx, exercise.id, row).await?;
        refresh_cells(&mut tx, exercise.id, after.issue_id).await?;
        let mut change = public_change(
            "assess",
            "mapping_row",
            row.0,
            exercise.body_id,
            serde_json::to_string(&after).unwrap_or_default(),
            None,
        );
        change.before = serde_json::to_string(&before).ok();
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn set_row_state(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        row: MappingRowId,
        state: RowState,
        reason: Option<&str>,
    ) -> Result<MappingRow> {
        let mut tx = self.begin_write().await?;
        let exercise = exercise_in(&mut tx, exercise).await?;
        let before = row_in(&mut tx, exercise.id, row).await?;
        if state == RowState::Contested && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(StoreError::refused(
                "reason",
                "required",
                "Say why the row is contested",
            ));
        }
        sqlx::query("UPDATE mapping_rows SET state = $1 WHERE id = $2")
            .bind(state.code())
            .bind(row.0)
            .execute(&mut *tx)
            .await?;
        let after = MappingRow {
            state,
            ..before.clone()
        };
        let mut change = public_change(
            state.code(),
            "mapping_row",
            row.0,
            exercise.body_id,
            serde_json::to_string(&after).unwrap_or_default(),
            reason,
        );
        change.before = serde_json::to_string(&before).ok();
        record(&mut tx, by, change).await?;
        refresh_cells(&mut tx, exercise.id, after.issue_id).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn mapping_rows(&self, exercise: ExerciseId) -> Result<Vec<MappingRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {ROW_COLUMNS} FROM mapping_rows WHERE exercise_id = $1 ORDER BY issue_id, mechanism_id"
        ))
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(row_from_row).collect::<Result<_, _>>()?)
    }

    async fn mapping_cells(&self, exercise: ExerciseId) -> Result<Vec<MappingCell>> {
        let lines = sqlx::query(
            "SELECT issue_id, cells FROM mapping_issue_cells WHERE exercise_id = $1 ORDER BY issue_id",
        )
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        let mut cells = Vec::new();
        for line in &lines {
            cells.extend(cells_of_line(
                IssueId(line.int("issue_id")?),
                &line.text("cells")?,
            )?);
        }
        Ok(cells)
    }

    async fn rows_of_issue(&self, exercise: ExerciseId, issue: IssueId) -> Result<Vec<MappingRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {ROW_COLUMNS} FROM mapping_rows WHERE exercise_id = $1 AND issue_id = $2 \
             ORDER BY id"
        ))
        .bind(exercise.0)
        .bind(issue.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(row_from_row).collect::<Result<_, _>>()?)
    }

    async fn rows_of_mechanism(&self, mechanism: MechanismId) -> Result<Vec<MappingRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {ROW_COLUMNS} FROM mapping_rows WHERE mechanism_id = $1 ORDER BY exercise_id, issue_id"
        ))
        .bind(mechanism.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(row_from_row).collect::<Result<_, _>>()?)
    }

    async fn import_rows(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        rows: &[ImportedRow],
        reads_withheld: &ReadsWithheld<'_>,
    ) -> Result<usize> {
        let mut tx = self.begin_write().await?;
        let exercise = exercise_in(&mut tx, exercise).await?;
        let mechanisms = sqlx::query("SELECT id, name, acronym FROM mechanisms")
            .fetch_all(&mut *tx)
            .await?;
        let issues = sqlx::query(
            "SELECT i.id, i.number FROM policy_issues i LEFT JOIN policy_issue_merges m \
             ON m.issue_id = i.id WHERE i.call_id = $1 AND m.issue_id IS NULL",
        )
        .bind(exercise.call_id.0)
        .fetch_all(&mut *tx)
        .await?;
        let mut problems = concord_domain::error::Errors::default();
        let mut resolved = Vec::new();
        for row in rows {
            let wanted = row.mechanism.to_lowercase();
            let mechanism = mechanisms.iter().find(|m| {
                m.text("name").is_ok_and(|n| n.to_lowercase() == wanted)
                    || m.opt_text("acronym")
                        .ok()
                        .flatten()
                        .is_some_and(|a| a.to_lowercase() == wanted)
            });
            let issue = issues
                .iter()
                .find(|i| i.int("number").is_ok_and(|n| n == row.issue));
            match (issue, mechanism) {
                (Some(issue), Some(mechanism)) => resolved.push((
                    IssueId(issue.int("id")?),
                    MechanismId(mechanism.int("id")?),
                    row,
                )),
                (issue, mechanism) => {
                    if issue.is_none() {
                        problems.add_with(
                            "file",
                            "line_issue_not_in_exercise",
                            format!(
                                "Line {}: I{} is not an issue this exercise maps",
                                row.line, row.issue
                            ),
                            &[
                                ("line", row.line.to_string()),
                                ("value", format!("I{}", row.issue)),
                            ],
                        );
                    }
                    if mechanism.is_none() {
                        problems.add_with(
                            "file",
                            "line_unknown_mechanism",
                            format!(
                                "Line {}: “{}” is not in the registry",
                                row.line, row.mechanism
                            ),
                            &[
                                ("line", row.line.to_string()),
                                ("value", row.mechanism.clone()),
                            ],
                        );
                    }
                }
            }
        }
        problems.finish()?;
        for (issue, mechanism, row) in &resolved {
            check_evidence(&mut tx, &row.assessment.evidence, reads_withheld)
                .await
                .map_err(|e| at_line(e, row.line))?;
            insert_row(&mut tx, by, &exercise, *issue, *mechanism, &row.assessment)
                .await
                .map_err(|e| at_line(e, row.line))?;
        }
        let mut issues_changed: Vec<IssueId> =
            resolved.iter().map(|(issue, _, _)| *issue).collect();
        issues_changed.sort();
        issues_changed.dedup();
        for issue in issues_changed {
            refresh_cells(&mut tx, exercise.id, issue).await?;
        }
        tx.commit().await?;
        Ok(resolved.len())
    }
}

/// A refusal of one line of a file, said of the file with its line number.
fn at_line(error: StoreError, line: usize) -> StoreError {
    match error {
        StoreError::Invalid(mut invalid) => {
            for e in &mut invalid.errors {
                e.field = "file".into();
                e.code = "invalid_line";
                e.message = format!("Line {line}: {}", e.message);
                e.args = vec![("line", line.to_string()), ("problem", e.message.clone())];
            }
            StoreError::Invalid(invalid)
        }
        other => other,
    }
}
