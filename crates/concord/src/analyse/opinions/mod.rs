//! `concord analyse opinions`: Concord's opinion analysis (`concord_text::opinion`, Pol.is's
//! procedure from a cold start) on a Pol.is export folder people bring, written as the groups
//! per participant, the representative statements per group and the consensus statements, each
//! as CSV and JSON.
//!
//! When the votes cannot make groups, the command says so and why (how many participants voted
//! on how many statements) and writes nothing: an empty result would read as "no divisions".
//! When the analysis itself fails, it says that instead: "too few votes" is never a cover for
//! another failure.

mod load;
mod write;

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use concord_text::opinion::matrix::{VoteMatrix, MIN_VOTES};
use concord_text::opinion::participation::GREEDY_TOP_UP;
use concord_text::opinion::{analyse, OpinionMap, OpinionOptions, StatementId};

/// Reads the export in `export`, analyses it and writes the results into `out`.
pub fn run(export: &Path, out: &Path) -> anyhow::Result<()> {
    let loaded = load::read(export)?;
    let matrix = VoteMatrix::from_votes(&loaded.votes);
    let infos = loaded
        .comments
        .as_ref()
        .map(|c| c.iter().map(|c| c.info()).collect::<Vec<_>>())
        .unwrap_or_default();
    if loaded.comments.is_none() {
        eprintln!(
            "note: {} has no comments.csv: statements are shown by number only, and all count as accepted",
            export.display()
        );
    }
    let map = analysed(&matrix, &infos)?;
    let texts: HashMap<StatementId, &str> = loaded
        .comments
        .iter()
        .flatten()
        .map(|c| (c.id, c.body.as_str()))
        .collect();
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the folder {}", out.display()))?;
    let results = write::Results {
        matrix: &matrix,
        map: &map,
        texts: &texts,
        xids: &loaded.xids,
        source: loaded.source,
    };
    let written = write::all(out, &results)?;
    let sizes: Vec<String> = map
        .groups
        .iter()
        .map(|g| format!("group {}: {}", g.id, g.members.len()))
        .collect();
    println!(
        "{} participants, {} statements, {} votes (from {}); {} of the participants in {} groups ({}); {} consensus statements; wrote {} in {}",
        matrix.participant_count(),
        matrix.statement_count(),
        matrix.vote_count(),
        loaded.source,
        map.groups.iter().map(|g| g.members.len()).sum::<usize>(),
        map.groups.len(),
        sizes.join(", "),
        map.consensus.agree.len() + map.consensus.disagree.len(),
        written.join(", "),
        out.display()
    );
    Ok(())
}

/// The analysis, or why there is none.
fn analysed(
    matrix: &VoteMatrix,
    infos: &[concord_text::opinion::StatementInfo],
) -> anyhow::Result<OpinionMap> {
    let (participants, statements, votes) = (
        matrix.participant_count(),
        matrix.statement_count(),
        matrix.vote_count(),
    );
    let needed = MIN_VOTES.min(statements.max(1));
    let active = (0..participants)
        .filter(|&row| matrix.votes_in_row(row) >= needed)
        .count();
    let too_few = || {
        anyhow!(
            "too few votes to find opinion groups: {participants} participants voted on {statements} statements ({votes} votes), \
             {active} of them on at least {needed}; that is too few to divide into groups (Pol.is looks for groups among at least {GREEDY_TOP_UP} participants)"
        )
    };
    if participants < 2 || statements < 2 {
        return Err(too_few());
    }
    let map = analyse(matrix, infos, &OpinionOptions::default(), None)
        .map_err(|e| anyhow!("the opinion analysis failed: {e}"))?;
    // One group is no division at all; Pol.is tries two groups at least.
    if map.groups.len() < 2 {
        // Below this many participants voting enough, Pol.is itself adds the most active
        // others to make up a conversation: a map of so few says little.
        if active < GREEDY_TOP_UP || map.base_clusters.len() < 2 {
            return Err(too_few());
        }
        bail!(
            "the opinion analysis found no groups among the {} participants placed on the map: their votes do not divide them",
            map.in_conversation.len()
        );
    }
    Ok(map)
}
