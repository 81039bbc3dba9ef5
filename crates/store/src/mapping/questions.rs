//! Gaps' explanations, and the questions the correspondence group cannot settle (ToR 6): a
//! contested row or a gap gathers two or more options with their supporters, is referred to the
//! parent working group, and is decided there once. A gap is never stored as such: it is
//! derived from the rows each time (`concord_domain::mapping::gaps`); only its explanation is
//! kept here.

use concord_domain::ids::{ExerciseId, IssueId, MappingRowId, MeetingId};
use concord_domain::mapping::gaps::{standing, IssueStanding, RowFact};
use concord_domain::mapping::{OptionFields, ReferralDecision, RowState};
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use serde::Serialize;

use super::rows::row_from_row;
use crate::audit::{public_change, record, AuditActor};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// What a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Subject {
    /// The issue's gap.
    Gap,
    /// A contested row.
    Row(MappingRowId),
}

impl Subject {
    /// How it is written: `gap`, or `row:<id>`.
    pub fn code(self) -> String {
        match self {
            Subject::Gap => "gap".into(),
            Subject::Row(row) => format!("row:{row}"),
        }
    }

    /// Reads what [`Subject::code`] writes.
    pub fn parse(code: &str) -> Option<Subject> {
        match code {
            "gap" => Some(Subject::Gap),
            _ => code
                .strip_prefix("row:")
                .and_then(|id| id.parse().ok())
                .map(|id| Subject::Row(MappingRowId(id))),
        }
    }
}

/// The explanation of a gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapNote {
    pub issue_id: IssueId,
    pub explanation: String,
    pub written_by: String,
    pub written_at: String,
}

/// One option of a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionOption {
    pub id: i64,
    #[serde(flatten)]
    pub fields: OptionFields,
    pub proposed_by: String,
    pub created_at: String,
}

/// A question: its options, its referral and the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: i64,
    pub exercise_id: ExerciseId,
    pub issue_id: IssueId,
    pub subject: Subject,
    pub options: Vec<QuestionOption>,
    /// Who referred it, and when.
    pub referred: Option<(String, String)>,
    pub decision: Option<ReferralDecision>,
    pub decided_by: Option<String>,
}

fn refused(field: &str, code: &'static str, message: &str) -> StoreError {
    StoreError::refused(field, code, message)
}

/// Where an issue of an exercise stands now, from its rows.
async fn standing_now(
    conn: &mut sqlx::AnyConnection,
    exercise: ExerciseId,
    issue: IssueId,
) -> Result<IssueStanding> {
    let rows = sqlx::query(
        "SELECT id, exercise_id, issue_id, mechanism_id, status, state, notes, evidence, proposed_by, \
         proposed_at, assessed_by, assessed_at FROM mapping_rows WHERE exercise_id = $1 AND issue_id = $2",
    )
    .bind(exercise.0)
    .bind(issue.0)
    .fetch_all(&mut *conn)
    .await?;
    let facts: Vec<RowFact> = rows
        .iter()
        .map(|r| {
            row_from_row(r).map(|r| RowFact {
                id: r.id,
                issue: r.issue_id,
                status: r.status,
                state: r.state,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(standing(&facts))
}

async fn body_of(
    conn: &mut sqlx::AnyConnection,
    exercise: ExerciseId,
) -> Result<concord_domain::ids::BodyId> {
    Ok(concord_domain::ids::BodyId(
        sqlx::query("SELECT body_id FROM mapping_exercises WHERE id = $1")
            .bind(exercise.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::not_found("mapping exercise"))?
            .int("body_id")?,
    ))
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(" ")
}

/// Storage of gaps' explanations and referred questions.
#[allow(async_fn_in_trait)]
pub trait QuestionStore {
    /// Writes (or rewrites) the explanation of an issue's gap; the issue must be a gap now.
    async fn explain_gap(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        issue: IssueId,
        explanation: &str,
    ) -> Result<()>;
    /// The explanations of an exercise's gaps.
    async fn gap_notes(&self, exercise: ExerciseId) -> Result<Vec<GapNote>>;
    /// Adds an option to the question about a contested row or a gap (creating the question);
    /// returns the question's id. A referred question takes no more options.
    async fn add_option(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        issue: IssueId,
        subject: Subject,
        option: &OptionFields,
    ) -> Result<i64>;
    /// Refers a question with two or more options to the parent working group.
    async fn refer_question(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        question: i64,
    ) -> Result<()>;
    /// Records the working group's decision on a referred question, once.
    async fn decide_question(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        question: i64,
        decision: &ReferralDecision,
    ) -> Result<()>;
    /// An exercise's questions, with their options.
    async fn mapping_questions(&self, exercise: ExerciseId) -> Result<Vec<Question>>;
}

impl QuestionStore for Store {
    async fn explain_gap(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        issue: IssueId,
        explanation: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of(&mut tx, exercise).await?;
        if !matches!(
            standing_now(&mut tx, exercise, issue).await?,
            IssueStanding::Gap(_)
        ) {
            return Err(refused("issue", "not_a_gap", "This issue is not a gap: its accepted rows show a mechanism that addresses it, or none is assessed yet"));
        }
        let explanation = explanation.trim();
        if explanation.is_empty() {
            return Err(refused("explanation", "required", "This field is required"));
        }
        let at = now();
        let updated = sqlx::query(
            "UPDATE mapping_gap_notes SET explanation = $1, written_by = $2, written_at = $3 \
             WHERE exercise_id = $4 AND issue_id = $5",
        )
        .bind(explanation)
        .bind(&by.label)
        .bind(&at)
        .bind(exercise.0)
        .bind(issue.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            sqlx::query(
                "INSERT INTO mapping_gap_notes (exercise_id, issue_id, explanation, written_by, written_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(exercise.0)
            .bind(issue.0)
            .bind(explanation)
            .bind(&by.label)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
        }
        record(
            &mut tx,
            by,
            public_change(
                "explain_gap",
                "mapping_issue",
                issue.0,
                body,
                explanation.to_owned(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn gap_notes(&self, exercise: ExerciseId) -> Result<Vec<GapNote>> {
        let rows = sqlx::query(
            "SELECT issue_id, explanation, written_by, written_at FROM mapping_gap_notes WHERE exercise_id = $1",
        )
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(GapNote {
                    issue_id: IssueId(r.int("issue_id")?),
                    explanation: r.text("explanation")?,
                    written_by: r.text("written_by")?,
                    written_at: r.text("written_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }

    async fn add_option(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        issue: IssueId,
        subject: Subject,
        option: &OptionFields,
    ) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let body = body_of(&mut tx, exercise).await?;
        match subject {
            Subject::Gap => {
                if !matches!(
                    standing_now(&mut tx, exercise, issue).await?,
                    IssueStanding::Gap(_)
                ) {
                    return Err(refused(
                        "issue",
                        "not_a_gap",
                        "This issue is not a gap: options go to a gap or a contested row",
                    ));
                }
            }
            Subject::Row(row) => {
                let state = sqlx::query("SELECT state FROM mapping_rows WHERE id = $1 AND exercise_id = $2 AND issue_id = $3")
                    .bind(row.0)
                    .bind(exercise.0)
                    .bind(issue.0)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::not_found("mapping row"))?
                    .code("state", RowState::parse)?;
                if state != RowState::Contested {
                    return Err(refused(
                        "row",
                        "not_contested",
                        "Options go to a contested row; mark the row contested first",
                    ));
                }
            }
        }
        let existing = sqlx::query(
            "SELECT id, referred_at FROM mapping_questions WHERE exercise_id = $1 AND issue_id = $2 AND subject = $3",
        )
        .bind(exercise.0)
        .bind(issue.0)
        .bind(subject.code())
        .fetch_optional(&mut *tx)
        .await?;
        let question = match existing {
            Some(row) if row.opt_text("referred_at")?.is_some() => {
                return Err(refused(
                    "text",
                    "already_referred",
                    "This question is referred to the working group; it takes no more options",
                ));
            }
            Some(row) => row.int("id")?,
            None => sqlx::query(
                "INSERT INTO mapping_questions (exercise_id, issue_id, subject, created_at) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(exercise.0)
            .bind(issue.0)
            .bind(subject.code())
            .bind(now())
            .fetch_one(&mut *tx)
            .await?
            .int("id")?,
        };
        sqlx::query(
            "INSERT INTO mapping_options (question_id, text, supporting_groups, supporting_regions, \
             proposed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(question)
        .bind(&option.text)
        .bind(codes(&option.groups, StakeholderGroup::code))
        .bind(codes(&option.regions, RegionalGroup::code))
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            public_change(
                "option",
                "mapping_question",
                question,
                body,
                option.text.clone(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(question)
    }

    async fn refer_question(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        question: i64,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of(&mut tx, exercise).await?;
        let row = sqlx::query(
            "SELECT referred_at FROM mapping_questions WHERE id = $1 AND exercise_id = $2",
        )
        .bind(question)
        .bind(exercise.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("question"))?;
        if row.opt_text("referred_at")?.is_some() {
            return Err(refused(
                "question",
                "already_referred",
                "This question is already referred to the working group",
            ));
        }
        let options =
            sqlx::query("SELECT COUNT(*) AS n FROM mapping_options WHERE question_id = $1")
                .bind(question)
                .fetch_one(&mut *tx)
                .await?
                .int("n")?;
        if options < concord_domain::mapping::options::MIN_OPTIONS as i64 {
            return Err(StoreError::Invalid(
                concord_domain::Invalid::one(
                    "question",
                    "question_needs_options",
                    "A question goes to the working group with at least two options that represent the range of opinions",
                )
                .with_arg("min", concord_domain::mapping::options::MIN_OPTIONS),
            ));
        }
        sqlx::query(
            "UPDATE mapping_questions SET referred_at = $1, referred_by = $2 WHERE id = $3",
        )
        .bind(now())
        .bind(&by.label)
        .bind(question)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            public_change(
                "refer",
                "mapping_question",
                question,
                body,
                "referred".into(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn decide_question(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        question: i64,
        decision: &ReferralDecision,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of(&mut tx, exercise).await?;
        let row = sqlx::query(
            "SELECT referred_at, decided_on FROM mapping_questions WHERE id = $1 AND exercise_id = $2",
        )
        .bind(question)
        .bind(exercise.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("question"))?;
        if row.opt_text("referred_at")?.is_none() {
            return Err(refused(
                "option",
                "not_referred",
                "This question was never referred to the working group",
            ));
        }
        if row.opt_text("decided_on")?.is_some() {
            return Err(refused(
                "option",
                "already_decided",
                "The working group's decision on this question is already recorded",
            ));
        }
        let option =
            sqlx::query("SELECT id FROM mapping_options WHERE id = $1 AND question_id = $2")
                .bind(decision.option)
                .bind(question)
                .fetch_optional(&mut *tx)
                .await?;
        if option.is_none() {
            return Err(refused(
                "option",
                "not_referred",
                "This option was never referred",
            ));
        }
        if let Some(meeting) = decision.meeting_id {
            let parent = sqlx::query("SELECT parent_id FROM bodies WHERE id = $1")
                .bind(body.0)
                .fetch_one(&mut *tx)
                .await?
                .opt_int("parent_id")?;
            let found = sqlx::query("SELECT id FROM meetings WHERE id = $1 AND body_id = $2")
                .bind(meeting.0)
                .bind(parent.unwrap_or(body.0))
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(refused(
                    "meeting_id",
                    "unknown_meeting",
                    "The working group has no such meeting",
                ));
            }
        }
        sqlx::query(
            "UPDATE mapping_questions SET decided_option_id = $1, decided_on = $2, decided_at_meeting_id = $3, \
             decision_basis = $4, decided_by = $5 WHERE id = $6",
        )
        .bind(decision.option)
        .bind(date_text(Some(decision.decided_on)))
        .bind(decision.meeting_id.map(|m| m.0))
        .bind(&decision.basis)
        .bind(&by.label)
        .bind(question)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            public_change(
                "decide",
                "mapping_question",
                question,
                body,
                serde_json::to_string(decision).unwrap_or_default(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn mapping_questions(&self, exercise: ExerciseId) -> Result<Vec<Question>> {
        let rows = sqlx::query(
            "SELECT id, issue_id, subject, referred_at, referred_by, decided_option_id, decided_on, \
             decided_at_meeting_id, decision_basis, decided_by FROM mapping_questions \
             WHERE exercise_id = $1 ORDER BY id",
        )
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        let options = sqlx::query(
            "SELECT o.id, o.question_id, o.text, o.supporting_groups, o.supporting_regions, o.proposed_by, \
             o.created_at FROM mapping_options o JOIN mapping_questions q ON q.id = o.question_id \
             WHERE q.exercise_id = $1 ORDER BY o.id",
        )
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        let mut questions = Vec::new();
        for row in &rows {
            let id = row.int("id")?;
            let mut own = Vec::new();
            for o in options
                .iter()
                .filter(|o| o.int("question_id").is_ok_and(|q| q == id))
            {
                own.push(QuestionOption {
                    id: o.int("id")?,
                    fields: OptionFields {
                        text: o.text("text")?,
                        groups: o
                            .text("supporting_groups")?
                            .split_whitespace()
                            .filter_map(StakeholderGroup::parse)
                            .collect(),
                        regions: o
                            .text("supporting_regions")?
                            .split_whitespace()
                            .filter_map(RegionalGroup::parse)
                            .collect(),
                    },
                    proposed_by: o.text("proposed_by")?,
                    created_at: o.text("created_at")?,
                });
            }
            let referred = match (row.opt_text("referred_by")?, row.opt_text("referred_at")?) {
                (Some(who), Some(at)) => Some((who, at)),
                _ => None,
            };
            let decision = match (
                row.opt_int("decided_option_id")?,
                row.opt_date("decided_on")?,
            ) {
                (Some(option), Some(decided_on)) => Some(ReferralDecision {
                    option,
                    decided_on,
                    meeting_id: row.opt_int("decided_at_meeting_id")?.map(MeetingId),
                    basis: row.opt_text("decision_basis")?.unwrap_or_default(),
                }),
                _ => None,
            };
            let subject = row.text("subject")?;
            questions.push(Question {
                id,
                exercise_id: exercise,
                issue_id: IssueId(row.int("issue_id")?),
                subject: Subject::parse(&subject)
                    .ok_or_else(|| crate::rows::decode_error("subject", &subject))?,
                options: own,
                referred,
                decision,
                decided_by: row.opt_text("decided_by")?,
            });
        }
        Ok(questions)
    }
}
