//! Benchmark of campaign detection: speed, and pairwise precision and recall against labels,
//! beside datasketch's MinHash LSH run in the same session.
//!
//! ```text
//! campaign-bench regs <folder of regulations.gov comment JSON> [--seeds N] [--banding B] [--membership M]
//!                     [--python PY --runner SCRIPT --thresholds T,...]
//!     Reads the comments, groups them, scores the groups against the campaign labels
//!     (`regs.rs`), and with --python/--runner runs the datasketch runner
//!     (`minhash_groups.py --regs-dir`) on the same folder and scores its groups too; --seeds N
//!     also groups with permutation seeds 2..=N.
//!     --banding datasketch: datasketch's LSH bands only; short (the default): with the second
//!     banding of shorter bands (`campaigns::Banding`).
//! campaign-bench synthetic [--corpus sentences|edited] [--docs N] [--campaigns N] [--share F] [--seed N]
//!                          [--threads N] [--banding B] [--membership M] [--write-csv FILE]
//!                          [--peer-docs M --seeds N --python PY --runner SCRIPT --thresholds T,...]
//!     Generates a corpus (default 1,000,000 answers, 2,000 campaigns holding 60 % of them,
//!     seed 1; `sentences`: a personal sentence added, words changed (`synthetic.rs`);
//!     `edited`: paragraphs added, dropped, moved (`edited.rs`)), groups it in-process and
//!     times it; with --peer-docs, also runs both tools on the first M answers (a random
//!     sample) written as CSV, datasketch as a process at each threshold of --thresholds
//!     (default 0.8), and Concord with permutation seeds 1..=N (default 1) to show the spread
//!     of MinHash's draws.
//!
//! --membership pairwise: pairwise similarity only; letter (the default): then by the
//! campaign's letter (`campaigns::Membership`). --thresholds applies to `regs` too.
//! ```

mod edited;
mod regs;
mod synthetic;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use concord_text::campaigns::evaluate::{pair_scores, PairScores};
use concord_text::campaigns::{group, group_indices, Banding, Membership, Options};

const USAGE: &str = "usage: campaign-bench regs <dir> [--seeds N] [--banding datasketch|short] [--membership pairwise|letter] [--python PY --runner SCRIPT --thresholds T,...] | campaign-bench synthetic [--corpus sentences|edited] [--docs N] [--campaigns N] [--share F] [--seed N] [--threads N] [--banding datasketch|short] [--membership pairwise|letter] [--write-csv FILE] [--peer-docs M --seeds N --python PY --runner SCRIPT --thresholds T,...]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("regs") => match args.get(1) {
            Some(dir) => regs_run(Path::new(dir), &Flags::parse(&args[2..])),
            None => Err(USAGE.to_owned()),
        },
        Some("synthetic") => synthetic_run(&Flags::parse(&args[1..])),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `--name value` pairs.
struct Flags(HashMap<String, String>);

impl Flags {
    fn parse(args: &[String]) -> Self {
        let mut map = HashMap::new();
        for pair in args.chunks(2) {
            if let [name, value] = pair {
                map.insert(name.trim_start_matches("--").to_owned(), value.clone());
            }
        }
        Self(map)
    }

    fn get<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T, String> {
        match self.0.get(name) {
            Some(v) => v
                .parse()
                .map_err(|_| format!("--{name}: cannot read {v:?}")),
            None => Ok(default),
        }
    }

    /// `--banding datasketch|short`, by default short.
    fn banding(&self) -> Result<Banding, String> {
        match self.0.get("banding").map(String::as_str) {
            None | Some("short") => Ok(Banding::WithShortBands),
            Some("datasketch") => Ok(Banding::Datasketch),
            Some(other) => Err(format!("--banding: datasketch or short, not {other:?}")),
        }
    }

    /// `--membership pairwise|letter`, by default letter.
    fn membership(&self) -> Result<Membership, String> {
        match self.0.get("membership").map(String::as_str) {
            None | Some("letter") => Ok(Membership::Letter),
            Some("pairwise") => Ok(Membership::Pairwise),
            Some(other) => Err(format!("--membership: pairwise or letter, not {other:?}")),
        }
    }

    fn path(&self, name: &str) -> Option<PathBuf> {
        self.0.get(name).map(PathBuf::from)
    }
}

fn scores_line(tool: &str, s: &PairScores, seconds: f64, docs: usize) {
    println!(
        "{tool:<16} F1 {:.4}  precision {:.5}  recall {:.4}  (pairs found {}, expected {}, right {})  {seconds:.3} s  {:.0} answers/s",
        s.f1(),
        s.precision(),
        s.recall(),
        s.predicted,
        s.expected,
        s.correct,
        docs as f64 / seconds
    );
}

/// Runs the datasketch runner with `args`, and returns its groups (as indices via `index`)
/// and its wall time.
fn datasketch(
    python: &Path,
    runner: &Path,
    args: &[&str],
    index: &HashMap<&str, usize>,
) -> Result<(Vec<Vec<usize>>, f64), String> {
    let start = Instant::now();
    let output = Command::new(python)
        .arg(runner)
        .args(args)
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    let seconds = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("datasketch output: {e}"))?;
    let groups = json["groups"]
        .as_array()
        .map(|groups| {
            groups
                .iter()
                .map(|g| {
                    g["ids"]
                        .as_array()
                        .map(|ids| {
                            ids.iter()
                                .filter_map(|id| id.as_str().and_then(|id| index.get(id).copied()))
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default();
    Ok((groups, seconds))
}

/// Runs the datasketch runner with `args` at each threshold of `--thresholds` (comma-separated;
/// by default 0.8 alone), prints each one's scores and says which gives datasketch its best F1.
fn datasketch_thresholds(
    flags: &Flags,
    python: &Path,
    runner: &Path,
    args: &[&str],
    index: &HashMap<&str, usize>,
    labels: &[Option<u32>],
) -> Result<(), String> {
    let list = flags.get("thresholds", "0.8".to_owned())?;
    let mut best: Option<(f64, String)> = None;
    for t in list.split(',').filter(|t| !t.is_empty()) {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--threshold", t]);
        let (groups, seconds) = datasketch(python, runner, &all, index)?;
        let scores = pair_scores(&groups, labels);
        scores_line(&format!("datasketch {t}"), &scores, seconds, labels.len());
        if best.as_ref().is_none_or(|(f, _)| scores.f1() > *f) {
            best = Some((scores.f1(), t.to_owned()));
        }
    }
    if let Some((f1, t)) = best {
        println!("datasketch's best F1: {f1:.4} at threshold {t}");
    }
    Ok(())
}

fn peer(flags: &Flags) -> Option<(PathBuf, PathBuf)> {
    Some((flags.path("python")?, flags.path("runner")?))
}

fn regs_run(dir: &Path, flags: &Flags) -> Result<(), String> {
    let options = Options {
        banding: flags.banding()?,
        membership: flags.membership()?,
        ..Options::default()
    };
    let start = Instant::now();
    let comments = regs::read_comments(dir)?;
    let docs: Vec<(&str, &str)> = comments
        .iter()
        .map(|(id, text)| (id.as_str(), text.as_str()))
        .collect();
    let campaigns = group(&docs, &options);
    let seconds = start.elapsed().as_secs_f64();

    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.0, i)).collect();
    let labels: Vec<Option<u32>> = docs.iter().map(|d| regs::label(d.1)).collect();
    println!(
        "{} comments, {} labelled campaign members",
        docs.len(),
        labels.iter().flatten().count()
    );
    for c in campaigns.iter().take(10) {
        let labelled = c.members().filter(|id| labels[index[id]].is_some()).count();
        println!(
            "  campaign of {} ({} labelled), common text sent by {}, {} variations: {}",
            c.size,
            labelled,
            c.common.members.len(),
            c.variations.len(),
            concord_text::campaigns::normalise::words(c.common.text)
                .iter()
                .take(12)
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    let groups: Vec<Vec<usize>> = campaigns
        .iter()
        .map(|c| c.members().map(|id| index[id]).collect())
        .collect();
    scores_line(
        "Concord",
        &pair_scores(&groups, &labels),
        seconds,
        docs.len(),
    );
    // Other permutation seeds show how much the figures move with MinHash's random draws.
    for seed in 2..=flags.get("seeds", 1u64)? {
        let options = Options {
            seed,
            ..options.clone()
        };
        let start = Instant::now();
        let groups: Vec<Vec<usize>> = group(&docs, &options)
            .iter()
            .map(|c| c.members().map(|id| index[id]).collect())
            .collect();
        let seconds = start.elapsed().as_secs_f64();
        scores_line(
            &format!("Concord s{seed}"),
            &pair_scores(&groups, &labels),
            seconds,
            docs.len(),
        );
    }
    if let Some((python, runner)) = peer(flags) {
        let dir = dir.to_string_lossy();
        datasketch_thresholds(
            flags,
            &python,
            &runner,
            &["--regs-dir", &dir],
            &index,
            &labels,
        )?;
    }
    Ok(())
}

fn synthetic_run(flags: &Flags) -> Result<(), String> {
    let docs = flags.get("docs", 1_000_000usize)?;
    let campaigns = flags.get("campaigns", 2_000usize)?;
    let share = flags.get("share", 0.6f64)?;
    let seed = flags.get("seed", 1u64)?;
    let options = Options {
        threads: flags.get("threads", 0usize)?,
        banding: flags.banding()?,
        membership: flags.membership()?,
        ..Options::default()
    };

    let start = Instant::now();
    let answers = match flags.0.get("corpus").map(String::as_str) {
        None | Some("sentences") => synthetic::generate(docs, campaigns, share, seed),
        Some("edited") => edited::generate(docs, campaigns, share, seed),
        Some(other) => return Err(format!("--corpus: sentences or edited, not {other:?}")),
    };
    let words: usize = answers.iter().map(|a| a.text.split(' ').count()).sum();
    println!(
        "generated {} answers ({} in campaigns, {:.0} words on average) in {:.1} s",
        answers.len(),
        answers.iter().filter(|a| a.campaign.is_some()).count(),
        words as f64 / answers.len().max(1) as f64,
        start.elapsed().as_secs_f64()
    );
    if let Some(path) = flags.path("write-csv") {
        write_csv(&path, &answers)?;
        println!("written {}", path.display());
    }

    let texts: Vec<&str> = answers.iter().map(|a| a.text.as_str()).collect();
    let labels: Vec<Option<u32>> = answers.iter().map(|a| a.campaign).collect();
    let start = Instant::now();
    let groups = group_indices(&texts, &options);
    let seconds = start.elapsed().as_secs_f64();
    println!("{} groups", groups.len());
    scores_line("Concord", &pair_scores(&groups, &labels), seconds, docs);

    if let (Some((python, runner)), Ok(sample)) = (peer(flags), flags.get("peer-docs", 0usize)) {
        let sample = sample.min(answers.len());
        if sample == 0 {
            return Ok(());
        }
        let part = &answers[..sample];
        let path = std::env::temp_dir().join(format!("campaign-bench-sample-{sample}.csv"));
        write_csv(&path, part)?;
        let ids: Vec<String> = (0..sample).map(id).collect();
        let index: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        println!("sample of {sample} answers:");
        // Other permutation seeds show how much the figures move with MinHash's random draws.
        for seed in 1..=flags.get("seeds", 1u64)? {
            let options = Options {
                seed,
                ..options.clone()
            };
            let start = Instant::now();
            let groups = group_indices(&texts[..sample], &options);
            let seconds = start.elapsed().as_secs_f64();
            scores_line(
                &format!("Concord s{seed}"),
                &pair_scores(&groups, &labels[..sample]),
                seconds,
                sample,
            );
        }
        let csv = path.to_string_lossy();
        datasketch_thresholds(
            flags,
            &python,
            &runner,
            &["--csv", &csv, "--id-col", "id", "--text-col", "text"],
            &index,
            &labels[..sample],
        )?;
    }
    Ok(())
}

fn id(i: usize) -> String {
    format!("s{i:07}")
}

fn write_csv(path: &Path, answers: &[synthetic::Answer]) -> Result<(), String> {
    let failed = |e: csv::Error| format!("{}: {e}", path.display());
    let mut out = csv::Writer::from_path(path).map_err(failed)?;
    out.write_record(["id", "text", "campaign"])
        .map_err(failed)?;
    for (i, a) in answers.iter().enumerate() {
        let campaign = a.campaign.map(|c| c.to_string()).unwrap_or_default();
        out.write_record([id(i).as_str(), a.text.as_str(), campaign.as_str()])
            .map_err(failed)?;
    }
    out.flush().map_err(|e| format!("{}: {e}", path.display()))
}
