//! Benchmark of the opinion map, as a whole process.
//!
//! ```text
//! opinion-bench export <pol.is export folder> [--dump FILE]
//!     Reads votes.csv (or participants-votes.csv) and comments.csv, computes the map, prints
//!     the groups, the agreement with Pol.is's groups when the export has them, and timings;
//!     --dump writes each participant's position and group, who is in the conversation
//!     and the base clusters as JSON (`{"xy": {id: [x, y]}, "labels": {id: group}, "in": [id, …],
//!     "base": [[id, …], …]}`).
//! opinion-bench synthetic [--participants N] [--statements N] [--votes N] [--seed N] [--write DIR] [--stages]
//!     Generates a conversation (default 100,000 × 2,000 with 5,000,000 votes), optionally
//!     writes it as a Pol.is export (votes.csv, comments.csv) for other tools, computes the map
//!     and prints timings and the agreement with the camps it was drawn from; `--stages` also
//!     times each step on its own.
//! ```

mod synthetic;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use concord_text::opinion::compare::adjusted_rand_index;
use concord_text::opinion::matrix::VoteMatrix;
use concord_text::opinion::polis_csv::{read_export_dir, write_comments, write_votes};
use concord_text::opinion::{analyse, OpinionError, OpinionMap, OpinionOptions, StatementInfo};

const USAGE: &str = "usage: opinion-bench export <dir> [--dump FILE] | opinion-bench synthetic [--participants N] [--statements N] [--votes N] [--seed N] [--write DIR] [--stages]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("export") => match args.get(1) {
            Some(dir) => export(
                PathBuf::from(dir),
                args.get(2)
                    .filter(|a| *a == "--dump")
                    .and(args.get(3))
                    .map(PathBuf::from),
            ),
            None => Err(usage()),
        },
        Some("synthetic") => synthetic_run(&args[1..]),
        _ => Err(usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    USAGE.to_owned()
}

fn failed(e: OpinionError) -> String {
    e.to_string()
}

fn seconds(since: Instant) -> String {
    format!("{:.3} s", since.elapsed().as_secs_f64())
}

fn export(dir: PathBuf, dump: Option<PathBuf>) -> Result<(), String> {
    let start = Instant::now();
    let export = read_export_dir(&dir).map_err(failed)?;
    let read = seconds(start);
    let t = Instant::now();
    let matrix = VoteMatrix::from_votes(&export.votes);
    let built = seconds(t);
    let t = Instant::now();
    let map = analyse(
        &matrix,
        &export.statement_infos(),
        &OpinionOptions::default(),
        None,
    )
    .map_err(failed)?;
    let analysed = seconds(t);
    // Positions and groups per participant, to compare step by step with other tools.
    if let Some(path) = dump {
        let xy: HashMap<String, [f64; 2]> = map
            .participants
            .iter()
            .zip(&map.participant_positions)
            .map(|(p, xy)| (p.to_string(), *xy))
            .collect();
        let labels: HashMap<String, usize> = map
            .groups
            .iter()
            .flat_map(|g| g.members.iter().map(move |m| (m.to_string(), g.id)))
            .collect();
        let base: Vec<&[u64]> = map
            .base_clusters
            .iter()
            .map(|c| c.members.as_slice())
            .collect();
        let json = serde_json::json!({"xy": xy, "labels": labels, "in": map.in_conversation, "base": base});
        std::fs::write(path, json.to_string()).map_err(|e| e.to_string())?;
    }
    println!("{}", dir.display());
    summarise(&matrix, &map);
    if let Some(pv) = &export.participants_votes {
        let polis = pv.groups();
        let mut common: Vec<u64> = polis
            .keys()
            .copied()
            .filter(|&p| map.group_of(p).is_some())
            .collect();
        common.sort_unstable();
        let a: Vec<usize> = common.iter().map(|p| polis[p]).collect();
        let b: Vec<usize> = common.iter().filter_map(|&p| map.group_of(p)).collect();
        println!(
            "agreement with Pol.is's groups: adjusted Rand index {:.3} over {} participants",
            adjusted_rand_index(&a, &b),
            common.len()
        );
    }
    println!(
        "time: read {read}, matrix {built}, analysis {analysed}, total {}",
        seconds(start)
    );
    Ok(())
}

fn synthetic_run(args: &[String]) -> Result<(), String> {
    let mut options: HashMap<&str, &str> = HashMap::new();
    let mut i = 0;
    while i < args.len() {
        let key = args[i].trim_start_matches("--");
        if key == "stages" {
            options.insert(key, "");
            i += 1;
            continue;
        }
        let value = args.get(i + 1).ok_or_else(usage)?;
        options.insert(key, value.as_str());
        i += 2;
    }
    let number = |key: &str, default: usize| -> Result<usize, String> {
        options.get(key).map_or(Ok(default), |v| {
            v.replace('_', "")
                .parse()
                .map_err(|_| format!("--{key}: not a number"))
        })
    };
    let (participants, statements, votes) = (
        number("participants", 100_000)?,
        number("statements", 2_000)?,
        number("votes", 5_000_000)?,
    );
    let seed = number("seed", 1)? as u64;

    let t = Instant::now();
    let conversation = synthetic::generate(participants, statements, votes, seed);
    println!(
        "synthetic conversation: {participants} participants, {statements} statements, {} vote rows (seed {seed}), generated in {}",
        conversation.votes.len(),
        seconds(t)
    );
    if let Some(dir) = options.get("write") {
        let t = Instant::now();
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let file = |name: &str| {
            std::fs::File::create(dir.join(name))
                .map(|f| std::io::BufWriter::with_capacity(1 << 20, f))
                .map_err(|e| e.to_string())
        };
        write_votes(file("votes.csv")?, &conversation.votes).map_err(failed)?;
        write_comments(file("comments.csv")?, &conversation.comments).map_err(failed)?;
        println!(
            "written as a Pol.is export to {} in {}",
            dir.display(),
            seconds(t)
        );
    }
    let infos: Vec<StatementInfo> = conversation.comments.iter().map(|c| c.info()).collect();
    let start = Instant::now();
    let matrix = VoteMatrix::from_votes(&conversation.votes);
    let built = seconds(start);
    let t = Instant::now();
    let map = analyse(&matrix, &infos, &OpinionOptions::default(), None).map_err(failed)?;
    let analysed = seconds(t);
    summarise(&matrix, &map);
    if options.contains_key("stages") {
        stages(&matrix, &infos);
    }
    let mut ids: Vec<u64> = map.in_conversation.clone();
    ids.sort_unstable();
    let drawn: Vec<usize> = ids
        .iter()
        .filter_map(|&p| conversation.camp_of.get(p as usize).copied())
        .collect();
    let found: Vec<Option<usize>> = ids.iter().map(|&p| map.group_of(p)).collect();
    println!(
        "agreement with the camps drawn: adjusted Rand index {:.3}",
        adjusted_rand_index(&drawn, &found)
    );
    println!(
        "time: matrix {built}, analysis {analysed}, total {}",
        seconds(start)
    );
    Ok(())
}

/// Times each step of the analysis on its own (a cold start), to show where the time goes.
fn stages(matrix: &VoteMatrix, infos: &[StatementInfo]) {
    use concord_text::opinion::{clusters, cold_start, consensus, participation, pca, repness};
    let left_out: Vec<bool> = matrix
        .statements()
        .iter()
        .map(|id| infos.iter().any(|i| i.id == *id && i.is_left_out()))
        .collect();
    let mut report = Vec::new();
    let mut lap = Instant::now();
    let mut mark = |name: &str, report: &mut Vec<String>| {
        report.push(format!("{name} {:.3} s", lap.elapsed().as_secs_f64()));
        lap = Instant::now();
    };
    let components =
        pca::principal_components(matrix, &left_out, pca::PowerIteration::default(), None);
    mark("PCA", &mut report);
    let positions = pca::project_participants(matrix, &left_out, &components);
    mark("positions", &mut report);
    let rows = participation::in_conversation(matrix, &[]);
    mark("in conversation", &mut report);
    let points: Vec<[f64; 2]> = rows.iter().map(|&r| positions[r]).collect();
    let base = clusters::base_clusters(&points, None);
    mark("base clusters", &mut report);
    // The cold start's groups, as `analyse` finds them.
    let max_k = clusters::max_group_count(base.len());
    let groups: Vec<Vec<usize>> = if cold_start::applies(points.len()) {
        let groupings = cold_start::cold_groupings(&points, &base, 2..=max_k);
        groupings
            .iter()
            .fold(None::<&cold_start::ColdGrouping>, |best, g| match best {
                Some(b) if b.silhouette > g.silhouette => Some(b),
                _ => Some(g),
            })
            .map(|g| {
                g.clusters
                    .iter()
                    .map(|c| c.members.iter().map(|&i| rows[i]).collect())
                    .collect()
            })
            .unwrap_or_default()
    } else {
        let groupings = clusters::group_clusterings(&base, 2..=max_k, |_| None);
        let best = clusters::best_k(&groupings);
        groupings
            .iter()
            .find(|g| Some(g.k) == best)
            .map(|g| {
                g.clusters
                    .iter()
                    .map(|c| {
                        c.members
                            .iter()
                            .flat_map(|&b| base[b].members.iter().map(|&i| rows[i]))
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    mark("groups", &mut report);
    let stats = repness::group_statement_stats(matrix, &groups, &left_out);
    let _ = repness::select_representative(&stats, matrix.statements(), &left_out);
    mark("representative statements", &mut report);
    let _ = consensus::group_aware_consensus(matrix, &groups);
    let _ = consensus::consensus(matrix, &left_out);
    mark("consensus", &mut report);
    println!("steps: {}", report.join(", "));
}

fn summarise(matrix: &VoteMatrix, map: &OpinionMap) {
    let sizes: BTreeMap<usize, usize> =
        map.groups.iter().map(|g| (g.id, g.members.len())).collect();
    println!(
        "{} participants ({} in the conversation), {} statements ({} left out), {} votes; PCA iterations {:?}",
        matrix.participant_count(),
        map.in_conversation.len(),
        matrix.statement_count(),
        map.left_out.len(),
        matrix.vote_count(),
        map.pca.iterations
    );
    println!(
        "{} base clusters; silhouettes {:?}; {} groups, sizes {sizes:?}",
        map.base_clusters.len(),
        map.silhouettes
            .iter()
            .map(|(k, s)| format!("{k}: {s:.3}"))
            .collect::<Vec<_>>(),
        map.groups.len()
    );
    for (group, statements) in map.groups.iter().zip(&map.repness) {
        let picked: Vec<String> = statements
            .iter()
            .map(|r| {
                format!(
                    "{}{}",
                    r.statement,
                    if r.repful_for == concord_text::opinion::repness::Direction::Agree {
                        "+"
                    } else {
                        "-"
                    }
                )
            })
            .collect();
        println!(
            "  group {}: representative statements {}",
            group.id,
            picked.join(" ")
        );
    }
    println!(
        "consensus: agree {:?}, disagree {:?}",
        map.consensus
            .agree
            .iter()
            .map(|s| s.statement)
            .collect::<Vec<_>>(),
        map.consensus
            .disagree
            .iter()
            .map(|s| s.statement)
            .collect::<Vec<_>>()
    );
}
