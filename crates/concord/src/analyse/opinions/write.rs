//! The files `concord analyse opinions` writes, each as CSV for a spreadsheet and JSON for a
//! program, with the same rows:
//!
//! - `groups`: one row per participant who voted — `participant` (Pol.is's id), `xid` (the
//!   embedding site's id, when the export has it), `group` (Pol.is's group id, empty for a
//!   participant who voted too little to be placed) and `votes`.
//! - `representative`: per group, the statements that set it apart, best first — `direction`
//!   (agree or disagree), `n_success` of `n_trials` members voted that way, `p_success` the
//!   smoothed share, `p_test` its z-test, `repness` the share over the other groups' and
//!   `repness_test` that ratio's z-test (Pol.is's measures and names).
//! - `consensus`: the statements most participants agree, or disagree, with — the same
//!   measures over everyone.
//!
//! Statement texts come from `comments.csv`; without it the `text` cells are empty.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use concord_text::opinion::matrix::VoteMatrix;
use concord_text::opinion::repness::{Direction, RepresentativeStatement};
use concord_text::opinion::{OpinionMap, ParticipantId, StatementId};
use concord_text::table::TableWriter;
use serde_json::{json, Value};

use crate::analyse::{decimal, write_file};

/// What is written.
pub(super) struct Results<'a> {
    pub matrix: &'a VoteMatrix,
    pub map: &'a OpinionMap,
    pub texts: &'a HashMap<StatementId, &'a str>,
    pub xids: &'a HashMap<ParticipantId, String>,
    pub source: &'static str,
}

/// Writes one file's content.
type FileWriter<'a> = Box<dyn Fn(&mut dyn Write) -> anyhow::Result<()> + 'a>;

/// Writes the six files into `out`; returns their names.
pub(super) fn all(out: &Path, results: &Results<'_>) -> anyhow::Result<Vec<String>> {
    let files: [(&str, FileWriter<'_>); 6] = [
        ("groups.csv", Box::new(|w| groups_csv(w, results))),
        (
            "groups.json",
            Box::new(|w| json_to(w, &groups_json(results))),
        ),
        (
            "representative.csv",
            Box::new(|w| representative_csv(w, results)),
        ),
        (
            "representative.json",
            Box::new(|w| json_to(w, &representative_json(results))),
        ),
        ("consensus.csv", Box::new(|w| consensus_csv(w, results))),
        (
            "consensus.json",
            Box::new(|w| json_to(w, &consensus_json(results))),
        ),
    ];
    let mut written = Vec::new();
    for (name, write) in files {
        write_file(&out.join(name), |output| write(output))?;
        written.push(name.to_owned());
    }
    Ok(written)
}

fn json_to(output: &mut dyn Write, value: &Value) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *output, value)?;
    output.write_all(b"\n")?;
    Ok(())
}

/// Each participant of the matrix (ascending) with their group and number of votes.
fn participants(results: &Results<'_>) -> Vec<(ParticipantId, Option<usize>, usize)> {
    let group_of: HashMap<ParticipantId, usize> = results
        .map
        .groups
        .iter()
        .flat_map(|g| g.members.iter().map(move |&m| (m, g.id)))
        .collect();
    results
        .matrix
        .participants()
        .iter()
        .enumerate()
        .map(|(row, &p)| {
            (
                p,
                group_of.get(&p).copied(),
                results.matrix.votes_in_row(row),
            )
        })
        .collect()
}

fn groups_csv(output: &mut dyn Write, results: &Results<'_>) -> anyhow::Result<()> {
    let mut table = TableWriter::new(output, &["participant", "xid", "group", "votes"])?;
    for (participant, group, votes) in participants(results) {
        table.row(&[
            participant.to_string(),
            results.xids.get(&participant).cloned().unwrap_or_default(),
            group.map(|g| g.to_string()).unwrap_or_default(),
            votes.to_string(),
        ])?;
    }
    table.finish()?;
    Ok(())
}

fn groups_json(results: &Results<'_>) -> Value {
    let map = results.map;
    json!({
        "source": results.source,
        "participants": results.matrix.participant_count(),
        "statements": results.matrix.statement_count(),
        "votes": results.matrix.vote_count(),
        "in_conversation": map.in_conversation.len(),
        "groups": map.groups.iter().map(|g| json!({
            "group": g.id,
            "size": g.members.len(),
            "members": g.members,
        })).collect::<Vec<_>>(),
        "participant_groups": participants(results).into_iter().map(|(p, group, votes)| json!({
            "participant": p,
            "xid": results.xids.get(&p),
            "group": group,
            "votes": votes,
        })).collect::<Vec<_>>(),
    })
}

fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Agree => "agree",
        Direction::Disagree => "disagree",
    }
}

fn text_of<'a>(results: &Results<'a>, statement: StatementId) -> &'a str {
    results.texts.get(&statement).copied().unwrap_or_default()
}

/// Each group's id and its representative statements, in the order of the groups.
fn representatives<'m>(
    results: &Results<'m>,
) -> impl Iterator<Item = (usize, &'m [RepresentativeStatement])> {
    let map: &'m OpinionMap = results.map;
    map.groups
        .iter()
        .zip(&map.repness)
        .map(|(g, r)| (g.id, r.as_slice()))
}

fn representative_csv(output: &mut dyn Write, results: &Results<'_>) -> anyhow::Result<()> {
    let mut table = TableWriter::new(
        output,
        &[
            "group",
            "rank",
            "statement",
            "direction",
            "n_success",
            "n_trials",
            "p_success",
            "p_test",
            "repness",
            "repness_test",
            "text",
        ],
    )?;
    for (group, statements) in representatives(results) {
        for (rank, s) in statements.iter().enumerate() {
            table.row(&[
                group.to_string(),
                (rank + 1).to_string(),
                s.statement.to_string(),
                direction(s.repful_for).to_owned(),
                s.n_success.to_string(),
                s.n_trials.to_string(),
                decimal(s.p_success),
                decimal(s.p_test),
                decimal(s.repness),
                decimal(s.repness_test),
                text_of(results, s.statement).to_owned(),
            ])?;
        }
    }
    table.finish()?;
    Ok(())
}

fn representative_json(results: &Results<'_>) -> Value {
    let sizes: HashMap<usize, usize> = results
        .map
        .groups
        .iter()
        .map(|g| (g.id, g.members.len()))
        .collect();
    Value::Array(
        representatives(results)
            .map(|(group, statements)| {
                json!({
                    "group": group,
                    "size": sizes.get(&group),
                    "statements": statements.iter().map(|s| json!({
                        "statement": s.statement,
                        "text": text_of(results, s.statement),
                        "direction": direction(s.repful_for),
                        "n_success": s.n_success,
                        "n_trials": s.n_trials,
                        "p_success": s.p_success,
                        "p_test": s.p_test,
                        "repness": s.repness,
                        "repness_test": s.repness_test,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

fn consensus_csv(output: &mut dyn Write, results: &Results<'_>) -> anyhow::Result<()> {
    let mut table = TableWriter::new(
        output,
        &[
            "direction",
            "rank",
            "statement",
            "n_success",
            "n_trials",
            "p_success",
            "p_test",
            "text",
        ],
    )?;
    let consensus = &results.map.consensus;
    for (name, statements) in [
        ("agree", &consensus.agree),
        ("disagree", &consensus.disagree),
    ] {
        for (rank, s) in statements.iter().enumerate() {
            table.row(&[
                name.to_owned(),
                (rank + 1).to_string(),
                s.statement.to_string(),
                s.n_success.to_string(),
                s.n_trials.to_string(),
                decimal(s.p_success),
                decimal(s.p_test),
                text_of(results, s.statement).to_owned(),
            ])?;
        }
    }
    table.finish()?;
    Ok(())
}

fn consensus_json(results: &Results<'_>) -> Value {
    let consensus = &results.map.consensus;
    let list = |statements: &[concord_text::opinion::consensus::ConsensusStatement]| {
        statements
            .iter()
            .map(|s| {
                json!({
                    "statement": s.statement,
                    "text": text_of(results, s.statement),
                    "n_success": s.n_success,
                    "n_trials": s.n_trials,
                    "p_success": s.p_success,
                    "p_test": s.p_test,
                })
            })
            .collect::<Vec<_>>()
    };
    json!({
        "agree": list(&consensus.agree),
        "disagree": list(&consensus.disagree),
    })
}
