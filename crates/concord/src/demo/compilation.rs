//! An illustrative compilation of the demonstration call (`compilation.toml`), as the WGEC's
//! task force did in 2013 on a larger scale: responses written for the demonstration, issues
//! recorded from exact passages of their answers, one issue merged into another, one moved to
//! another broad area, and themes suggested from the answers and accepted. Everything goes
//! through the same forms and rules as user input: the submission form, the issue form, the
//! store.

use anyhow::{anyhow, bail, Context};
use concord_domain::ids::{CallId, IssueId};
use concord_domain::policy_issue::IssueForm;
use concord_domain::response::{Channel, SubmissionForm};
use concord_domain::theme::ThemeChange;
use concord_store::{CallStore, Mails, PolicyIssueStore, ResponseStore, SaveRequest, ThemeStore};
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `compilation.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CompilationFile {
    /// The title of the call the responses are sent to (`calls.toml`).
    pub call: String,
    /// The label of the question whose answers themes are suggested from.
    pub themes_from: String,
    /// The responses, in the order sent.
    pub response: Vec<ResponseRecord>,
    /// The passages recorded as issues, in order.
    pub passage: Vec<PassageRecord>,
    /// Issues merged into others.
    #[serde(default)]
    pub merge: Vec<MergeRecord>,
    /// Issues moved to another broad area.
    #[serde(default)]
    pub area_change: Vec<AreaChange>,
}

/// A response: the submission form and its answers by question label.
#[derive(Debug, Deserialize)]
pub(super) struct ResponseRecord {
    /// The answers.
    #[serde(default)]
    pub answer: Vec<AnswerRecord>,
    /// The respondent, as the submission form.
    #[serde(flatten)]
    pub form: StrictForm<SubmissionForm>,
}

/// An answer to a question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerRecord {
    /// The question's label.
    pub question: String,
    /// The answer.
    pub text: String,
}

/// A passage of an answer, recorded as a new issue or added to one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PassageRecord {
    /// The respondent's name.
    pub respondent: String,
    /// The label of the question answered.
    pub question: String,
    /// The passage, exactly as in the answer.
    pub passage: String,
    /// The title of the new issue it raises…
    pub new_issue: Option<String>,
    /// …and the new issue's broad area.
    pub area: Option<String>,
    /// Or the title of the issue it is added to.
    pub issue: Option<String>,
}

/// An issue merged into another.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MergeRecord {
    /// The title of the issue merged.
    pub issue: String,
    /// The title of the issue it joins.
    pub into: String,
    /// Why.
    pub reason: String,
}

/// An issue moved to another broad area.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AreaChange {
    /// The issue's title.
    pub issue: String,
    /// The area it moves to.
    pub area: String,
}

impl ResponseRecord {
    /// The respondent's name, which passages name the response by.
    pub(super) fn name(&self) -> &str {
        self.form.0.name.as_deref().unwrap_or_default()
    }
}

/// The id of an issue by its title, among those recorded so far.
fn issue_id(issues: &[(&str, IssueId)], title: &str) -> anyhow::Result<IssueId> {
    issues
        .iter()
        .find(|(t, _)| *t == title)
        .map(|(_, id)| *id)
        .ok_or_else(|| anyhow!("no issue “{title}” recorded before"))
}

impl Loader<'_> {
    /// Sends the responses to `call`, records their issues, merges and sorts them, and codes
    /// the answers with accepted themes.
    pub(super) async fn compilation(&mut self, call: i64) -> anyhow::Result<()> {
        let file = &self.data.compilation;
        let questions = self.store.questions(CallId(call)).await?;
        let question = |label: &str| {
            questions
                .iter()
                .find(|q| q.label == label)
                .map(|q| q.id.0)
                .ok_or_else(|| anyhow!("the call has no question {label}"))
        };

        let mut references = Vec::with_capacity(file.response.len());
        for response in &file.response {
            let what = || format!("compilation.toml: response of “{}”", response.name());
            if !response.form.0.answers.is_empty() {
                bail!("{}: give the answers as [[response.answer]]", what());
            }
            let mut form = response.form.0.clone();
            form.answers = response
                .answer
                .iter()
                .map(|a| Ok((question(&a.question)?, vec![a.text.clone()])))
                .collect::<anyhow::Result<_>>()
                .with_context(what)?;
            let submission = form.parse(&questions, false).with_context(what)?;
            let receipt = self
                .store
                .save_response(SaveRequest {
                    call: CallId(call),
                    user: None,
                    email: None,
                    channel: Channel::Web,
                    submission,
                    files: Vec::new(),
                    submit: true,
                    at: time::OffsetDateTime::now_utc(),
                    mails: Mails::none(),
                })
                .await
                .with_context(what)?
                .ok_or_else(|| anyhow!("{}: no receipt", what()))?;
            references.push((response.name(), receipt.reference));
        }
        let reference = |name: &str| {
            references
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, r)| r.clone())
                .ok_or_else(|| anyhow!("no response from “{name}”"))
        };

        // Issue ids by title, in the order recorded (I1, I2…).
        let mut issues: Vec<(&str, IssueId)> = Vec::new();
        for (at, passage) in file.passage.iter().enumerate() {
            let what = || {
                format!(
                    "compilation.toml: passage {} (“{}”)",
                    at + 1,
                    passage.passage
                )
            };
            let mut form = IssueForm {
                response: Some(reference(&passage.respondent).with_context(what)?),
                question: Some(question(&passage.question).with_context(what)?),
                passage: Some(passage.passage.clone()),
                ..Default::default()
            };
            match (&passage.new_issue, &passage.issue) {
                (Some(title), None) => {
                    form.title = Some(title.clone());
                    form.area = passage.area.clone();
                    form.confirm_new = Some("yes".into());
                }
                (None, Some(title)) if passage.area.is_none() => {
                    form.issue = Some(issue_id(&issues, title).with_context(what)?.0);
                }
                _ => bail!(
                    "{}: give either `new_issue` (with its `area`) or `issue`",
                    what()
                ),
            }
            let id = self
                .store
                .record_issue_source(&self.by, CallId(call), &form.parse().with_context(what)?)
                .await
                .with_context(what)?;
            if let Some(title) = &passage.new_issue {
                issues.push((title, id));
            }
        }

        for merge in &file.merge {
            let what = || format!("compilation.toml: merge of “{}”", merge.issue);
            let from = issue_id(&issues, &merge.issue).with_context(what)?;
            let into = issue_id(&issues, &merge.into).with_context(what)?;
            self.store
                .merge_issue(&self.by, CallId(call), from, into, &merge.reason)
                .await
                .with_context(what)?;
        }
        for change in &file.area_change {
            let what = || format!("compilation.toml: area change of “{}”", change.issue);
            let issue = issue_id(&issues, &change.issue).with_context(what)?;
            self.store
                .set_issue_area(&self.by, CallId(call), issue, Some(&change.area))
                .await
                .with_context(what)?;
        }
        let themed = question(&file.themes_from).context("compilation.toml: themes_from")?;
        self.themes(call, themed).await
    }

    /// Themes suggested from the answers to `question`, all accepted, coding the answers: what
    /// the secretariat does after a suggestion run. The run is computed here rather than by the
    /// server's worker so that the demonstration opens with its themes; the queued job then
    /// finds its run done and ends.
    async fn themes(&mut self, call: i64, question: i64) -> anyhow::Result<()> {
        let run = self
            .store
            .request_theme_run(&self.by, CallId(call), Some(question))
            .await?;
        concord_web::jobs::themes::compute_run(self.store, &run).await?;
        for theme in self.store.themes(CallId(call)).await? {
            let label = theme.label.clone();
            self.store
                .change_theme(
                    &self.by,
                    CallId(call),
                    theme.id,
                    &ThemeChange::Accept(label),
                )
                .await?;
        }
        concord_web::jobs::themes::code_answers(self.store, &self.by, call).await?;
        Ok(())
    }
}
