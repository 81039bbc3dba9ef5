//! Benchmark of theme suggestion and duplicate finding on a synthetic large call: answers of
//! about 100 terms over a Zipf-like vocabulary, each leaning on one of ten topics.
//!
//! ```text
//! themes-bench [--docs N] [--seed N]
//!     Generates N answers (default 20,000, seed 5), then times: themes with their number
//!     chosen by silhouette, themes with ten requested, and probable duplicates among the
//!     first 5,000 answers cut to 20 terms (as issues are).
//! ```

use std::process::ExitCode;
use std::time::Instant;

use concord_text::similar::near_duplicate_pairs;
use concord_text::themes::{suggest, Options};

const USAGE: &str = "usage: themes-bench [--docs N] [--seed N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn flag(args: &[String], name: &str, default: u64) -> Result<u64, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(default),
        Some(at) => args
            .get(at + 1)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("{name} needs a number\n{USAGE}")),
    }
}

fn run(args: &[String]) -> Result<(), String> {
    for name in args.iter().step_by(2) {
        if !matches!(name.as_str(), "--docs" | "--seed") {
            return Err(format!("unknown argument {name}\n{USAGE}"));
        }
    }
    let count = usize::try_from(flag(args, "--docs", 20_000)?).map_err(|e| e.to_string())?;
    let docs = corpus(count, 0.4, flag(args, "--seed", 5)?);

    let started = Instant::now();
    let themes = suggest(&docs, &Options::default());
    let sizes: Vec<usize> = themes.iter().map(|t| t.members.len()).collect();
    println!(
        "themes for {count} answers, number chosen: {:.2?}, {} themes, sizes {sizes:?}",
        started.elapsed(),
        themes.len()
    );
    let started = Instant::now();
    let fixed = suggest(
        &docs,
        &Options {
            themes: Some(10),
            ..Options::default()
        },
    );
    println!(
        "themes for {count} answers, ten requested: {:.2?}, {} themes",
        started.elapsed(),
        fixed.len()
    );
    let issues: Vec<Vec<String>> = docs
        .iter()
        .take(5_000)
        .map(|d| d.iter().take(20).cloned().collect())
        .collect();
    let started = Instant::now();
    let pairs = near_duplicate_pairs(&issues, 0.8);
    println!(
        "probable duplicates among {} issues of 20 terms: {:.2?}, {} pairs",
        issues.len(),
        started.elapsed(),
        pairs.len()
    );
    Ok(())
}

/// SplitMix64: a small, fast, reproducible generator (no dependency for a benchmark).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Rank r drawn with probability about 1/r: exp of a uniform over [0, ln n).
    fn zipf(&mut self, n: usize) -> usize {
        let r = (self.unit() * (n as f64).ln()).exp() as usize;
        r.clamp(1, n) - 1
    }
}

/// `docs` answers of 90–110 terms, answer i leaning on topic i mod 10 for `topic_share` of
/// its words, the rest from a shared vocabulary of 20,000.
fn corpus(docs: usize, topic_share: f64, seed: u64) -> Vec<Vec<String>> {
    let mut random = Random(seed);
    (0..docs)
        .map(|i| {
            let topic = i % 10;
            let length = 90 + random.next() % 20;
            (0..length)
                .map(|_| {
                    if random.unit() < topic_share {
                        format!("topic{topic}term{}", random.zipf(300))
                    } else {
                        format!("word{}", random.zipf(20_000))
                    }
                })
                .collect()
        })
        .collect()
}
