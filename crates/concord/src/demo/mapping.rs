//! The correspondence group's mapping (`mapping.toml`): the registry's mechanisms through the
//! registry's form, the exercise through the exercise form, the illustrative rows through the
//! row form then accepted or contested, the gaps' explanations, the contested gap's options
//! referred to the WGEC and decided there, and the reports issued as the rows came in — each
//! through the same store calls the pages use.

use anyhow::{anyhow, Context};
use concord_domain::ids::{BodyId, ExerciseId, IssueId, MechanismId};
use concord_domain::mapping::{
    ExerciseForm, MechanismForm, OptionForm, ReferralDecisionForm, RowForm, RowState, SnapshotForm,
};
use concord_store::{
    BodyStore, CallStore, MappingStore, MeetingStore, PolicyIssueStore, QuestionStore,
    RegistryStore, SnapshotStore, Subject,
};
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `mapping.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MappingFile {
    /// The mapping body, by acronym.
    pub body: String,
    /// The call whose issues are mapped, by title.
    pub call: String,
    pub title: String,
    pub lang: String,
    pub terms: String,
    pub mechanism: Vec<MechanismRecord>,
    pub row: Vec<RowRecord>,
    #[serde(default)]
    pub gap: Vec<GapRecord>,
    #[serde(default)]
    pub question: Vec<QuestionRecord>,
    #[serde(default)]
    pub report: Vec<ReportRecord>,
}

/// A mechanism: the registry's form, and its parent organisation by acronym.
#[derive(Debug, Deserialize)]
pub(super) struct MechanismRecord {
    pub parent: Option<String>,
    #[serde(flatten)]
    pub form: StrictForm<MechanismForm>,
}

/// A row: its issue by title, its mechanism by acronym or name, the row form's assessment,
/// and where the facilitators left it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RowRecord {
    pub issue: String,
    pub mechanism: String,
    pub status: String,
    pub state: String,
    pub reason: Option<String>,
    pub notes: Option<String>,
    pub evidence: Option<String>,
}

/// An explanation of an issue's gap.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GapRecord {
    pub issue: String,
    pub explanation: String,
}

/// Options on an issue's gap, referred, and the decision on them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuestionRecord {
    pub issue: String,
    pub options: Vec<OptionRecord>,
    pub decision: Option<DecisionRecord>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OptionRecord {
    pub text: String,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
}

/// The working group's decision: the option by its place (from 1), the meeting by title.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DecisionRecord {
    pub option: usize,
    pub decided_on: String,
    pub meeting: Option<String>,
    pub basis: String,
}

/// A report issued after the first `after_rows` rows.
#[derive(Debug, Deserialize)]
pub(super) struct ReportRecord {
    pub after_rows: usize,
    #[serde(flatten)]
    pub form: StrictForm<SnapshotForm>,
}

impl Loader<'_> {
    /// Loads the mapping of `body`, if the file is about it.
    pub(super) async fn mapping(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        let file = &data.mapping;
        if file.body != acronym {
            return Ok(());
        }
        let what = |record: &str| format!("mapping.toml: {record}");
        let mut mechanisms: Vec<(String, String, MechanismId)> = Vec::new();
        for record in &file.mechanism {
            let mut form = record.form.0.clone();
            form.parent_organization_id = self
                .organization(record.parent.as_deref())?
                .map(|o| o.to_string());
            let name = form.name.clone().unwrap_or_default();
            let fields = form.parse().with_context(|| what(&name))?;
            let created = self
                .store
                .create_mechanism(&self.by, &fields)
                .await
                .with_context(|| what(&name))?;
            mechanisms.push((name, fields.acronym.unwrap_or_default(), created.id));
        }
        let parent = self
            .store
            .bodies()
            .await?
            .into_iter()
            .find(|b| b.id == body)
            .and_then(|b| b.fields.parent_id);
        let mut call = None;
        for owner in [Some(body), parent].into_iter().flatten() {
            call = call.or(self
                .store
                .calls(owner)
                .await?
                .into_iter()
                .find(|c| c.fields.title == file.call));
        }
        let call = call.ok_or_else(|| anyhow!("mapping.toml: no call “{}”", file.call))?;
        let exercise = ExerciseForm {
            title: Some(file.title.clone()),
            call: Some(call.id.to_string()),
            terms: Some(file.terms.clone()),
            lang: Some(file.lang.clone()),
        };
        let exercise = self
            .store
            .create_exercise(
                &self.by,
                body,
                &exercise.parse().with_context(|| what("exercise"))?,
            )
            .await
            .with_context(|| what("exercise"))?
            .id;
        let issues = self.store.policy_issues(call.id).await?;
        let issue = |title: &str| -> anyhow::Result<IssueId> {
            issues
                .iter()
                .find(|i| i.title == title && i.merged.is_none())
                .map(|i| i.id)
                .ok_or_else(|| anyhow!("mapping.toml: no open issue “{title}” in compilation.toml"))
        };
        let mechanism = |name: &str| -> anyhow::Result<MechanismId> {
            mechanisms
                .iter()
                .find(|(n, a, _)| n == name || a == name)
                .map(|(_, _, id)| *id)
                .ok_or_else(|| anyhow!("mapping.toml: no mechanism “{name}”"))
        };
        for (at, record) in file.row.iter().enumerate() {
            self.issue_reports(exercise, at).await?;
            let about = || what(&format!("row {} × {}", record.issue, record.mechanism));
            let form = RowForm {
                issue: Some(issue(&record.issue)?.to_string()),
                mechanism: Some(mechanism(&record.mechanism)?.to_string()),
                status: Some(record.status.clone()),
                notes: record.notes.clone(),
                evidence: record.evidence.clone(),
            };
            let row = self
                .store
                .propose_row(
                    &self.by,
                    exercise,
                    &form.proposed().with_context(about)?,
                    &|_| true,
                )
                .await
                .with_context(about)?;
            let state = RowState::parse(&record.state)
                .ok_or_else(|| anyhow!("{}: unknown state “{}”", about(), record.state))?;
            if state != RowState::Proposed {
                self.store
                    .set_row_state(&self.by, exercise, row.id, state, record.reason.as_deref())
                    .await
                    .with_context(about)?;
            }
        }
        self.issue_reports(exercise, file.row.len()).await?;
        for record in &file.gap {
            self.store
                .explain_gap(
                    &self.by,
                    exercise,
                    issue(&record.issue)?,
                    &record.explanation,
                )
                .await
                .with_context(|| what(&format!("gap of “{}”", record.issue)))?;
        }
        for record in &file.question {
            let about = || what(&format!("question on “{}”", record.issue));
            let on = issue(&record.issue)?;
            let mut question = None;
            let mut options = Vec::new();
            for option in &record.options {
                let form = OptionForm {
                    text: Some(option.text.clone()),
                    groups: option.groups.clone(),
                    regions: option.regions.clone(),
                };
                let id = self
                    .store
                    .add_option(
                        &self.by,
                        exercise,
                        on,
                        Subject::Gap,
                        &form.parse().with_context(about)?,
                    )
                    .await
                    .with_context(about)?;
                question = Some(id);
                options.push(option.text.clone());
            }
            let question = question.ok_or_else(|| anyhow!("{}: no option", about()))?;
            self.store
                .refer_question(&self.by, exercise, question)
                .await
                .with_context(about)?;
            if let Some(decision) = &record.decision {
                let stored = self.store.mapping_questions(exercise).await?;
                let chosen = stored
                    .iter()
                    .find(|q| q.id == question)
                    .and_then(|q| q.options.get(decision.option.wrapping_sub(1)))
                    .ok_or_else(|| anyhow!("{}: no option {}", about(), decision.option))?;
                let meeting = match (&decision.meeting, parent) {
                    (Some(title), Some(parent)) => self
                        .store
                        .meetings(parent)
                        .await?
                        .into_iter()
                        .find(|m| &m.fields.title == title)
                        .map(|m| m.id.to_string()),
                    _ => None,
                };
                let form = ReferralDecisionForm {
                    option: Some(chosen.id.to_string()),
                    decided_on: Some(decision.decided_on.clone()),
                    meeting_id: meeting,
                    basis: Some(decision.basis.clone()),
                };
                self.store
                    .decide_question(
                        &self.by,
                        exercise,
                        question,
                        &form.parse().with_context(about)?,
                    )
                    .await
                    .with_context(about)?;
            }
        }
        Ok(())
    }

    /// Issues the reports due once `rows` rows are in, as the matrix stands.
    async fn issue_reports(&mut self, exercise: ExerciseId, rows: usize) -> anyhow::Result<()> {
        let data = self.data;
        for report in data.mapping.report.iter().filter(|r| r.after_rows == rows) {
            let title = report.form.0.title.clone().unwrap_or_default();
            let fields = report
                .form
                .0
                .parse()
                .with_context(|| format!("mapping.toml: report “{title}”"))?;
            self.store
                .issue_snapshot(&self.by, exercise, &fields)
                .await?;
        }
        Ok(())
    }
}
