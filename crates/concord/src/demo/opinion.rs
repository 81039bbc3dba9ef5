//! The opinion map of the demonstration (`opinion.toml`): an illustrative conversation of the
//! second WGEC, with the votes of invented participants in camps, each declaring a stakeholder
//! group, so that the map, its groups, the statements that bridge them and the reading by
//! declared stakeholder group can be seen. It is labelled as illustrative: nobody here voted,
//! and no real conversation is reproduced.

use anyhow::{bail, Context};
use concord_domain::ids::BodyId;
use concord_domain::opinion::Declaration;
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use concord_store::{CastVote, ImportedStatement, OpinionStore};
use serde::Deserialize;

use super::Loader;

/// What `opinion.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OpinionFile {
    /// The acronym of the body holding the conversation.
    pub body: String,
    /// The conversation's title.
    pub title: String,
    /// The question put to the participants.
    pub prompt: String,
    /// How many participants vote.
    pub participants: u16,
    /// The statements, in order.
    pub statements: Vec<String>,
    /// The camps the participants fall in, in turn.
    pub camp: Vec<Camp>,
}

/// A camp: the stakeholder group its participants declare and how they vote.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Camp {
    /// The group declared.
    pub stakeholder_group: StakeholderGroup,
    /// A vote per statement: 1 agree, -1 disagree, 0 pass.
    pub votes: Vec<i8>,
}

/// The first vote's time, in milliseconds since 1970 (21 January 2017); each vote comes a
/// little after the one before.
const FIRST_VOTE_AT: i64 = 1_485_000_000_000;

impl OpinionFile {
    /// Checks that every camp answers every statement with a vote that means something.
    pub(super) fn check(&self) -> anyhow::Result<()> {
        if self.camp.is_empty() {
            bail!("no camp");
        }
        for (at, camp) in self.camp.iter().enumerate() {
            if camp.votes.len() != self.statements.len() {
                bail!(
                    "camp {} has {} votes for {} statements",
                    at + 1,
                    camp.votes.len(),
                    self.statements.len()
                );
            }
            if camp.votes.iter().any(|v| !(-1..=1).contains(v)) {
                bail!("camp {} has a vote other than 1, -1 or 0", at + 1);
            }
        }
        Ok(())
    }
}

impl Loader<'_> {
    /// Loads the illustrative conversation into the body, if it is the file's.
    pub(super) async fn opinion_map(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let file = &self.data.opinion;
        if file.body != acronym {
            return Ok(());
        }
        self.conversation(body, file)
            .await
            .context("opinion.toml: the conversation")
    }

    async fn conversation(&mut self, body: BodyId, file: &OpinionFile) -> anyhow::Result<()> {
        let conversation = self
            .store
            .add_conversation(&self.by, body, &file.title, &file.prompt)
            .await?;
        let statements: Vec<ImportedStatement> = file
            .statements
            .iter()
            .zip(0..)
            .map(|(words, number)| (number, words.clone(), 1, false))
            .collect();
        let camps = i64::try_from(file.camp.len())?;
        let regions = i64::try_from(RegionalGroup::ALL.len())?;
        let mut votes = Vec::new();
        let mut declarations = Vec::new();
        for participant in 0..i64::from(file.participants) {
            let camp = file
                .camp
                .get(usize::try_from(participant % camps)?)
                .context("camps in turn")?;
            for (statement, value) in camp.votes.iter().enumerate() {
                let statement = i64::try_from(statement)?;
                // Every seventh answer is a pass, so that the camps are spread rather than points.
                let value = if (participant + statement) % 7 == 0 {
                    0
                } else {
                    *value
                };
                votes.push(CastVote {
                    participant,
                    statement,
                    value,
                    cast_at: FIRST_VOTE_AT + participant * 1000 + statement,
                });
            }
            // Each camp stands for a stakeholder group; the regions take turns.
            let declared = Declaration {
                stakeholder_group: Some(camp.stakeholder_group),
                regional_group: RegionalGroup::ALL
                    .get(usize::try_from(participant % regions)?)
                    .copied(),
            };
            declarations.push((participant, declared));
        }
        self.store
            .import_conversation(&self.by, conversation.id, &statements, &votes)
            .await?;
        for (participant, declared) in declarations {
            self.store
                .declare(conversation.id, participant, declared)
                .await?;
        }
        Ok(())
    }
}
