//! The mapping of existing mechanisms and gaps on its pages: the registry (`registry`), a
//! body's exercises with the heat map, the gaps and the files (`matrix`), proposing and
//! assessing rows (`rows`), an issue's page with its gap, options and the working group's
//! decision (`issue`), and the snapshots issued (`snapshots`). What they share — loading an
//! exercise and reading its matrix — is here.

pub(crate) mod issue;
pub(crate) mod matrix;
pub(crate) mod registry;
pub(crate) mod rows;
pub(crate) mod snapshots;

use std::collections::HashMap;

use concord_domain::access::Action;
use concord_domain::body::{Body, Openness};
use concord_domain::ids::{BodyId, ExerciseId, IssueId, MechanismId};
use concord_domain::mapping::gaps::{standing, RowFact};
use concord_domain::mapping::{derive_gaps, Gap, IssueStanding, Mechanism};
use concord_store::{
    BodyStore, Exercise, MappingCell, MappingStore, PolicyIssue, PolicyIssueStore, RegistryStore,
};

use crate::auth::Visitor;
use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// Loads the exercise named in the path, with its body.
async fn load_exercise(state: &AppState, raw: &str) -> Result<(Exercise, Body), PageError> {
    let id = ExerciseId(page_id(raw, "error-no-exercise")?);
    let exercise = state
        .store
        .exercise(id)
        .await?
        .ok_or_else(|| missing("error-no-exercise", id))?;
    let body = state
        .store
        .body(exercise.body_id)
        .await?
        .ok_or_else(|| missing("error-no-body", exercise.body_id))?;
    Ok((exercise, body))
}

/// Who may propose rows in this body's mapping.
fn contribute(body: &Body) -> Action {
    Action::ContributeToMapping {
        body: body.id,
        open_to_all: body.fields.openness == Openness::OpenToAll,
    }
}

/// Whether the visitor may cite the withheld responses of a body's calls: those who compile
/// them may.
fn reads_withheld(visitor: &Visitor) -> impl Fn(BodyId) -> bool + Sync + '_ {
    move |body| visitor.may(Action::CompileInputs(body))
}

/// An exercise's matrix as the pages read it.
struct Matrix {
    /// The issues mapped (merged ones left out), by broad area then number.
    issues: Vec<PolicyIssue>,
    /// Every mechanism of the registry, by id.
    mechanisms: HashMap<MechanismId, Mechanism>,
    /// Where each row stands (its notes and evidence are read where a page shows them).
    cells: Vec<MappingCell>,
    standings: HashMap<IssueId, IssueStanding>,
    gaps: Vec<Gap>,
}

impl Matrix {
    async fn load(state: &AppState, exercise: &Exercise) -> Result<Matrix, PageError> {
        let mut issues: Vec<PolicyIssue> = state
            .store
            .policy_issues(exercise.call_id)
            .await?
            .into_iter()
            .filter(|i| i.merged.is_none())
            .collect();
        // Issues without an area come last.
        issues.sort_by(|a, b| {
            (a.area.is_none(), &a.area, a.number).cmp(&(b.area.is_none(), &b.area, b.number))
        });
        let mechanisms = state
            .store
            .mechanisms()
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
        let cells = state.store.mapping_cells(exercise.id).await?;
        let facts: Vec<RowFact> = cells
            .iter()
            .map(|r| RowFact {
                id: r.id,
                issue: r.issue_id,
                status: r.status,
                state: r.state,
            })
            .collect();
        let mut by_issue: HashMap<IssueId, Vec<&RowFact>> = HashMap::new();
        for fact in &facts {
            by_issue.entry(fact.issue).or_default().push(fact);
        }
        let standings = issues
            .iter()
            .map(|i| {
                let own = by_issue.get(&i.id).map(Vec::as_slice).unwrap_or_default();
                (i.id, standing(own.iter().copied()))
            })
            .collect();
        let ids: Vec<IssueId> = issues.iter().map(|i| i.id).collect();
        let gaps = derive_gaps(&ids, &facts);
        Ok(Matrix {
            issues,
            mechanisms,
            cells,
            standings,
            gaps,
        })
    }

    fn issue(&self, id: IssueId) -> Option<&PolicyIssue> {
        self.issues.iter().find(|i| i.id == id)
    }

    /// A mechanism's short name (its acronym, or its name).
    fn short_name(&self, id: MechanismId) -> String {
        self.mechanisms
            .get(&id)
            .map(|m| m.fields.short_name().to_owned())
            .unwrap_or_else(|| id.to_string())
    }

    /// The mechanisms that have rows, by short name.
    fn columns(&self) -> Vec<MechanismId> {
        let used: std::collections::HashSet<MechanismId> =
            self.cells.iter().map(|r| r.mechanism_id).collect();
        let mut ids: Vec<(String, MechanismId)> = used
            .into_iter()
            .map(|id| (self.short_name(id).to_lowercase(), id))
            .collect();
        ids.sort();
        ids.into_iter().map(|(_, id)| id).collect()
    }

    /// The registry as the choices of a select, by name.
    fn mechanism_choices(&self) -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = self
            .mechanisms
            .values()
            .map(|m| (m.id.to_string(), m.fields.name.clone()))
            .collect();
        all.sort_by_cached_key(|(_, name)| name.to_lowercase());
        all
    }

    /// The issues as the choices of a select, in the matrix's order.
    fn issue_choices(&self) -> Vec<(String, String)> {
        self.issues
            .iter()
            .map(|i| (i.id.to_string(), format!("I{} {}", i.number, i.title)))
            .collect()
    }

    /// The rows of each issue.
    fn cells_by_issue(&self) -> HashMap<IssueId, Vec<&MappingCell>> {
        let mut by_issue: HashMap<IssueId, Vec<&MappingCell>> = HashMap::new();
        for row in &self.cells {
            by_issue.entry(row.issue_id).or_default().push(row);
        }
        by_issue
    }
}

/// The label of an issue's standing, in the visitor's language.
fn standing_label(t: &Tr, standing: IssueStanding) -> String {
    match standing {
        IssueStanding::NotAssessed => t.get("mapping-standing-not_assessed"),
        IssueStanding::Addressed => t.get("mapping-standing-addressed"),
        IssueStanding::Gap(kind) => t.code("gap-kind", kind.code()),
    }
}
