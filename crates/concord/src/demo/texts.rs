//! The negotiating texts of the demonstration (`texts.toml`), both illustrative, for the second
//! WGEC: a rolling text that ends without consensus, and an outline of the report adopted by
//! consensus. Placeholder seats negotiate them; each text is played step by step through the
//! same forms and store calls as the text's pages: versions, readings, paragraph statuses,
//! amendments and their handling, positions, a silence procedure and the Chair's decision.

use std::collections::HashMap;

use anyhow::{anyhow, bail, Context};
use concord_domain::body::DecisionRule;
use concord_domain::composition::MembershipForm;
use concord_domain::drafting::amendment::{AmendmentForm, HandlingForm};
use concord_domain::drafting::consensus::{DecisionForm, PositionForm, StatusForm};
use concord_domain::drafting::reading::ReadingForm;
use concord_domain::drafting::text::{revision, NegotiatingText, TextForm};
use concord_domain::ids::BodyId;
use concord_domain::party::PersonForm;
use concord_store::{
    AmendmentStore, BodyStore, CompositionStore, ConsensusStore, PartyStore, ReadingStore,
    TextStore,
};
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::strict_form::StrictForm;
use super::Loader;

/// What `texts.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TextsFile {
    /// The acronym of the body negotiating the texts.
    pub body: String,
    /// The seats that negotiate them.
    pub placeholders: Placeholders,
    /// The texts, in order.
    pub text: Vec<TextRecord>,
}

/// The placeholder seats: illustrative people seated as illustrative members.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Placeholders {
    /// The position every placeholder person holds, saying what they are.
    pub position: String,
    /// Who every placeholder seat is nominated by.
    pub nominated_by: String,
    /// The seats, in order.
    pub seats: Vec<PlaceholderSeat>,
}

/// A placeholder seat.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlaceholderSeat {
    /// The name steps call the seat by.
    pub name: String,
    /// The stakeholder group of its holder.
    pub stakeholder_group: String,
    /// Its role (member, observer…).
    pub role: String,
}

/// A text: the text form and the steps it goes through.
#[derive(Debug, Deserialize)]
pub(super) struct TextRecord {
    /// The steps, in order; the first is its first version.
    pub step: Vec<Step>,
    /// The rest, as the text form.
    #[serde(flatten)]
    pub form: StrictForm<TextForm>,
}

/// One thing done on a text.
#[derive(Debug, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub(super) enum Step {
    /// A version: the first opens the text, each next one revises it.
    Version { notation: String, note: String },
    /// A reading of the current version, with its comment window.
    Reading {
        title: String,
        comments_open: String,
        comments_close: String,
    },
    /// Where paragraphs stand.
    Status { paragraphs: Vec<ParagraphStatus> },
    /// An amendment proposed for a seat, with co-sponsors.
    Amendment {
        name: String,
        paragraph: String,
        kind: String,
        proposed: Option<String>,
        proposer: String,
        co_sponsors: Vec<String>,
        reason: String,
    },
    /// The Chair's handling of an amendment named before.
    Handling {
        amendment: String,
        handling: String,
        reason: String,
    },
    /// Positions taken by seats.
    Positions { position: Vec<PositionRecord> },
    /// A silence procedure on the current version.
    Silence { started: String, deadline: String },
    /// The Chair's decision on the current version.
    Decision { outcome: String, note: String },
}

/// Where a paragraph stands.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ParagraphStatus {
    /// The paragraph.
    pub paragraph: String,
    /// Its status code.
    pub status: String,
    /// The delegation whose confirmation is awaited.
    pub pending: Option<String>,
}

/// A position taken by a seat.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PositionRecord {
    /// The paragraph; the whole text when none.
    pub paragraph: Option<String>,
    /// The seat's name.
    pub seat: String,
    /// The stance code.
    pub stance: String,
    /// Why.
    pub reason: Option<String>,
}

/// The membership ids of the placeholder seats, by name.
type Seats = HashMap<String, i64>;

/// The seat of a placeholder, by name.
fn seat(seats: &Seats, name: &str) -> anyhow::Result<i64> {
    seats
        .get(name)
        .copied()
        .ok_or_else(|| anyhow!("no placeholder seat “{name}”"))
}

/// A time of a silence procedure.
fn moment(field: &str, value: &str) -> anyhow::Result<OffsetDateTime> {
    OffsetDateTime::parse(value, &Rfc3339)
        .with_context(|| format!("`{field}` is not an RFC 3339 time: {value}"))
}

impl Loader<'_> {
    /// Seats the placeholders in the body and plays every text, if the body is the file's.
    pub(super) async fn texts(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let file = &self.data.texts;
        if file.body != acronym {
            return Ok(());
        }
        let rule = self
            .store
            .body(body)
            .await?
            .map_or(DecisionRule::Consensus, |b| b.fields.decision_rule);
        let seats = self
            .seat_placeholders(body, &file.placeholders)
            .await
            .context("texts.toml: the placeholders")?;
        for record in &file.text {
            let title = record.form.0.title.as_deref().unwrap_or_default();
            self.play(body, rule, &seats, record)
                .await
                .with_context(|| format!("texts.toml: text “{title}”"))?;
        }
        Ok(())
    }

    /// Seats each placeholder: an illustrative person with an illustrative membership outside
    /// the quotas (they are not the body's real members).
    async fn seat_placeholders(
        &mut self,
        body: BodyId,
        placeholders: &Placeholders,
    ) -> anyhow::Result<Seats> {
        let mut seats = Seats::new();
        for placeholder in &placeholders.seats {
            let what = || format!("seat “{}”", placeholder.name);
            let person = PersonForm {
                name: Some(placeholder.name.clone()),
                stakeholder_group: Some(placeholder.stakeholder_group.clone()),
                position: Some(placeholders.position.clone()),
                illustrative: Some(true),
                ..Default::default()
            }
            .parse()
            .with_context(what)?;
            let person = self.store.create_person(&self.by, &person).await?;
            self.report.parties += 1;
            let seat = MembershipForm {
                role: Some(placeholder.role.clone()),
                person_id: Some(person.id.0),
                nominated_by: Some(placeholders.nominated_by.clone()),
                illustrative: Some(true),
                ..Default::default()
            }
            .parse()
            .with_context(what)?;
            let membership = self.store.add_membership(&self.by, body, &seat).await?;
            self.report.memberships += 1;
            seats.insert(placeholder.name.clone(), membership.id.0);
        }
        Ok(seats)
    }

    /// Plays a text's steps in order.
    async fn play(
        &mut self,
        body: BodyId,
        rule: DecisionRule,
        seats: &Seats,
        record: &TextRecord,
    ) -> anyhow::Result<()> {
        let fields = record.form.0.parse()?;
        let mut text: Option<NegotiatingText> = None;
        let mut amendments: HashMap<&str, i64> = HashMap::new();
        for (at, step) in record.step.iter().enumerate() {
            let what = || format!("step {}", at + 1);
            if let Step::Version { notation, note } = step {
                let version = revision(Some(notation), Some(note)).with_context(what)?;
                let revised = match &text {
                    None => self.store.add_text(&self.by, body, &fields, &version).await,
                    Some(current) => {
                        self.store
                            .revise_text(&self.by, current.id, current.version, &version)
                            .await
                    }
                };
                text = Some(revised.with_context(what)?);
                continue;
            }
            let Some(current) = &text else {
                bail!("{}: a text starts with its first version", what());
            };
            self.step(rule, seats, current, &mut amendments, step)
                .await
                .with_context(what)?;
        }
        Ok(())
    }

    /// Does one step other than a version on the current version of a text. Amendments are
    /// remembered by name for the handling that comes later.
    async fn step<'s>(
        &mut self,
        rule: DecisionRule,
        seats: &Seats,
        text: &NegotiatingText,
        amendments: &mut HashMap<&'s str, i64>,
        step: &'s Step,
    ) -> anyhow::Result<()> {
        let (store, by) = (self.store, &self.by);
        match step {
            Step::Version { .. } => {}
            Step::Reading {
                title,
                comments_open,
                comments_close,
            } => {
                let fields = ReadingForm {
                    title: Some(title.clone()),
                    comments_open: Some(comments_open.clone()),
                    comments_close: Some(comments_close.clone()),
                    ..ReadingForm::default()
                }
                .parse()?;
                store.add_reading(by, text.id, &fields).await?;
            }
            Step::Status { paragraphs } => {
                for status in paragraphs {
                    // As the page's form sends it: an empty field when no one is awaited.
                    let form = StatusForm {
                        paragraph: Some(status.paragraph.clone()),
                        status: Some(status.status.clone()),
                        pending: Some(status.pending.clone().unwrap_or_default()),
                        reason: None,
                    };
                    store.set_paragraph_status(by, text.id, &form).await?;
                }
            }
            Step::Amendment {
                name,
                paragraph,
                kind,
                proposed,
                proposer,
                co_sponsors,
                reason,
            } => {
                let form = AmendmentForm {
                    paragraph: Some(paragraph.clone()),
                    kind: Some(kind.clone()),
                    proposed: proposed.clone(),
                    membership: Some(seat(seats, proposer)?),
                    co_sponsors: co_sponsors
                        .iter()
                        .map(|s| seat(seats, s))
                        .collect::<anyhow::Result<_>>()?,
                    reason: Some(reason.clone()),
                };
                let amendment = store.propose_amendment(by, text.id, &form).await?;
                amendments.insert(name, amendment.id);
            }
            Step::Handling {
                amendment,
                handling,
                reason,
            } => {
                let id = amendments
                    .get(amendment.as_str())
                    .copied()
                    .ok_or_else(|| anyhow!("no amendment “{amendment}” proposed before"))?;
                let form = HandlingForm {
                    handling: Some(handling.clone()),
                    reason: Some(reason.clone()),
                };
                store.handle_amendment(by, id, &form).await?;
            }
            Step::Positions { position } => {
                for taken in position {
                    let form = PositionForm {
                        paragraph: taken.paragraph.clone(),
                        membership: Some(seat(seats, &taken.seat)?),
                        stance: Some(taken.stance.clone()),
                        reason: taken.reason.clone(),
                    };
                    store.take_position(by, text.id, &form).await?;
                }
            }
            Step::Silence { started, deadline } => {
                let deadline = moment("deadline", deadline)?;
                let started = moment("started", started)?;
                store
                    .start_silence(by, text.id, rule, text.version, deadline, started)
                    .await?;
            }
            Step::Decision { outcome, note } => {
                let form = DecisionForm {
                    outcome: Some(outcome.clone()),
                    note: Some(note.clone()),
                    version: Some(text.version),
                };
                store.decide(by, text.id, rule, &form).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::drafting::notation::{parse, print};

    #[test]
    fn the_illustrative_versions_are_in_canonical_notation() {
        let data = super::super::data::DemoData::read().unwrap();
        let versions: Vec<&str> = data
            .texts
            .text
            .iter()
            .flat_map(|t| &t.step)
            .filter_map(|s| match s {
                Step::Version { notation, .. } => Some(notation.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(versions.len(), 5);
        for text in versions {
            assert_eq!(print(&parse(text).unwrap()), text);
        }
    }
}
