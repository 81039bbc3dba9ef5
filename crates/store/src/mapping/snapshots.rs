//! Snapshots of a mapping: the matrix and the gaps as they stood on the day an update report or
//! the final document was issued, written once and never changed (a trigger refuses it).

use concord_domain::dates;
use concord_domain::ids::ExerciseId;
use concord_domain::ids::IssueId;
use concord_domain::mapping::gaps::RowFact;
use concord_domain::mapping::{
    derive_gaps, SnapshotCell, SnapshotFields, SnapshotGap, SnapshotKind, SnapshotMatrix,
};
use serde::Serialize;
use time::Date;

use super::{MappingStore, RegistryStore};
use crate::audit::{public_change, record, AuditActor};
use crate::connect::Store;
use crate::error::StoreError;
use crate::policy_issues::PolicyIssueStore;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// A snapshot without its matrix, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotSummary {
    pub id: i64,
    pub exercise_id: ExerciseId,
    pub kind: SnapshotKind,
    pub title: String,
    #[serde(with = "dates::iso")]
    pub issued_on: Date,
    pub issued_by: String,
}

/// A snapshot with the matrix it froze.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    #[serde(flatten)]
    pub summary: SnapshotSummary,
    pub matrix: SnapshotMatrix,
}

fn summary_from_row(row: &sqlx::any::AnyRow) -> Result<SnapshotSummary, sqlx::Error> {
    Ok(SnapshotSummary {
        id: row.int("id")?,
        exercise_id: ExerciseId(row.int("exercise_id")?),
        kind: row.code("kind", SnapshotKind::parse)?,
        title: row.text("title")?,
        issued_on: row.date("issued_on")?,
        issued_by: row.text("issued_by")?,
    })
}

/// Storage of snapshots.
#[allow(async_fn_in_trait)]
pub trait SnapshotStore {
    /// The matrix and the gaps as they stand: what a snapshot issued now would hold.
    async fn matrix_now(&self, exercise: ExerciseId) -> Result<SnapshotMatrix>;
    /// Issues a snapshot of the matrix as it stands.
    async fn issue_snapshot(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        fields: &SnapshotFields,
    ) -> Result<SnapshotSummary>;
    /// An exercise's snapshots, by date issued.
    async fn snapshots(&self, exercise: ExerciseId) -> Result<Vec<SnapshotSummary>>;
    /// One snapshot of an exercise.
    async fn snapshot(&self, exercise: ExerciseId, id: i64) -> Result<Option<Snapshot>>;
}

impl SnapshotStore for Store {
    async fn matrix_now(&self, exercise: ExerciseId) -> Result<SnapshotMatrix> {
        let found = self
            .exercise(exercise)
            .await?
            .ok_or(StoreError::not_found("mapping exercise"))?;
        let mut issues: Vec<_> = self
            .policy_issues(found.call_id)
            .await?
            .into_iter()
            .filter(|i| i.merged.is_none())
            .collect();
        // Issues without an area come last, as on the pages.
        issues.sort_by(|a, b| {
            (a.area.is_none(), &a.area, a.number).cmp(&(b.area.is_none(), &b.area, b.number))
        });
        let mechanisms = self.mechanisms().await?;
        let short_name = |id| {
            mechanisms
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.fields.short_name().to_owned())
                .unwrap_or_default()
        };
        let rows = self.mapping_rows(exercise).await?;
        let cells = issues
            .iter()
            .flat_map(|issue| {
                rows.iter()
                    .filter(move |r| r.issue_id == issue.id)
                    .map(move |r| SnapshotCell {
                        issue: issue.number,
                        issue_title: issue.title.clone(),
                        area: issue.area.clone(),
                        mechanism: short_name(r.mechanism_id),
                        status: r.status.code().to_owned(),
                        state: r.state.code().to_owned(),
                    })
            })
            .collect();
        let facts: Vec<RowFact> = rows
            .iter()
            .map(|r| RowFact {
                id: r.id,
                issue: r.issue_id,
                status: r.status,
                state: r.state,
            })
            .collect();
        let ids: Vec<IssueId> = issues.iter().map(|i| i.id).collect();
        let gaps = derive_gaps(&ids, &facts)
            .into_iter()
            .filter_map(|g| {
                issues
                    .iter()
                    .find(|i| i.id == g.issue)
                    .map(|i| SnapshotGap {
                        issue: i.number,
                        kind: g.kind.code().to_owned(),
                    })
            })
            .collect();
        Ok(SnapshotMatrix { cells, gaps })
    }

    async fn issue_snapshot(
        &self,
        by: &AuditActor,
        exercise: ExerciseId,
        fields: &SnapshotFields,
    ) -> Result<SnapshotSummary> {
        // Read before the write: the matrix is read from committed rows, and writes to one
        // database are serialised, so no row changes between this read and the insert that
        // matters to a report issued by hand.
        let matrix = self.matrix_now(exercise).await?;
        let mut tx = self.begin_write().await?;
        let body = concord_domain::ids::BodyId(
            sqlx::query("SELECT body_id FROM mapping_exercises WHERE id = $1")
                .bind(exercise.0)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::not_found("mapping exercise"))?
                .int("body_id")?,
        );
        let json = serde_json::to_string(&matrix)
            .map_err(|e| StoreError::Failed(format!("the matrix cannot be written: {e}")))?;
        let id = sqlx::query(
            "INSERT INTO mapping_snapshots (exercise_id, kind, title, issued_on, matrix, issued_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(exercise.0)
        .bind(fields.kind.code())
        .bind(&fields.title)
        .bind(date_text(Some(fields.issued_on)))
        .bind(&json)
        .bind(&by.label)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        record(
            &mut tx,
            by,
            public_change(
                "issue",
                "mapping_snapshot",
                id,
                body,
                fields.title.clone(),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(SnapshotSummary {
            id,
            exercise_id: exercise,
            kind: fields.kind,
            title: fields.title.clone(),
            issued_on: fields.issued_on,
            issued_by: by.label.clone(),
        })
    }

    async fn snapshots(&self, exercise: ExerciseId) -> Result<Vec<SnapshotSummary>> {
        let rows = sqlx::query(
            "SELECT id, exercise_id, kind, title, issued_on, issued_by FROM mapping_snapshots \
             WHERE exercise_id = $1 ORDER BY issued_on, id",
        )
        .bind(exercise.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(summary_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn snapshot(&self, exercise: ExerciseId, id: i64) -> Result<Option<Snapshot>> {
        let row = sqlx::query(
            "SELECT id, exercise_id, kind, title, issued_on, issued_by, matrix FROM mapping_snapshots \
             WHERE id = $1 AND exercise_id = $2",
        )
        .bind(id)
        .bind(exercise.0)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let matrix: SnapshotMatrix = serde_json::from_str(&row.text("matrix")?)
            .map_err(|_| crate::rows::decode_error("matrix", "not a snapshot"))?;
        Ok(Some(Snapshot {
            summary: summary_from_row(&row)?,
            matrix,
        }))
    }
}
