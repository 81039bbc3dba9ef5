//! Where each row of a mapping stands, kept per issue as one compact line beside the rows
//! (`row:mechanism:status:state;…`, table `mapping_issue_cells`), rewritten in every transaction
//! that changes a row of the issue. The matrix of a real mapping (200 issues × 100 mechanisms) is
//! then read as 200 short lines instead of 20,000 rows: 3 ms instead of 62 ms on SQLite
//! (docs/BENCHMARKS.md). The rows stay the record; the lines are derived from them.

use concord_domain::ids::{ExerciseId, IssueId, MappingRowId, MechanismId};
use concord_domain::mapping::{MappingStatus, RowState};

use super::MappingCell;
use crate::rows::RowExt;
use crate::Result;

/// Rewrites the line of `issue`'s cells from its rows; called in every transaction that
/// changes a row of the issue.
pub(super) async fn refresh_cells(
    conn: &mut sqlx::AnyConnection,
    exercise: ExerciseId,
    issue: IssueId,
) -> Result<()> {
    let rows = sqlx::query(
        "SELECT id, mechanism_id, status, state FROM mapping_rows \
         WHERE exercise_id = $1 AND issue_id = $2 ORDER BY mechanism_id",
    )
    .bind(exercise.0)
    .bind(issue.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut line = String::with_capacity(rows.len() * 24);
    for row in &rows {
        if !line.is_empty() {
            line.push(';');
        }
        line.push_str(&format!(
            "{}:{}:{}:{}",
            row.int("id")?,
            row.int("mechanism_id")?,
            row.text("status")?,
            row.text("state")?
        ));
    }
    sqlx::query(
        "INSERT INTO mapping_issue_cells (exercise_id, issue_id, cells) VALUES ($1, $2, $3) \
         ON CONFLICT (exercise_id, issue_id) DO UPDATE SET cells = excluded.cells",
    )
    .bind(exercise.0)
    .bind(issue.0)
    .bind(line)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The cells of one issue's line.
pub(super) fn cells_of_line(issue: IssueId, line: &str) -> Result<Vec<MappingCell>, sqlx::Error> {
    line.split(';')
        .filter(|cell| !cell.is_empty())
        .map(|cell| {
            let mut parts = cell.split(':');
            let mut next = || parts.next().unwrap_or_default();
            let (id, mechanism, status, state) = (next(), next(), next(), next());
            let bad = || crate::rows::decode_error("cells", cell);
            Ok(MappingCell {
                id: MappingRowId(id.parse().map_err(|_| bad())?),
                issue_id: issue,
                mechanism_id: MechanismId(mechanism.parse().map_err(|_| bad())?),
                status: MappingStatus::parse(status).ok_or_else(bad)?,
                state: RowState::parse(state).ok_or_else(bad)?,
            })
        })
        .collect()
}
