//! Benchmark of full-text search over a synthetic consultation (see `corpus.rs`): index build
//! time and memory, then the latency of a realistic mix of queries with facet counts.
//!
//! ```text
//! search-bench [--docs N] [--queries N] [--seed N]
//!     Generates N answers (default 1,000,000, seed 1), builds the index on all cores (time, the
//!     process's peak resident memory, the index's own heap estimate), then runs the queries
//!     (default 2,000) one after the other, each parsed and searched for its first page of 20
//!     with counts over 7 facet slots, and prints p50/p95/p99/max latency, overall and per
//!     kind of query; and the time to make the snippets of a page of 10 results.
//! ```

mod corpus;

use std::collections::HashMap;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use concord_text::search::{parse, snippet, Filter, Index};
use corpus::{Answer, Lexicon, Rng, Vocabulary, FACETS, FACET_NAMES, FACET_SIZES, LANGUAGES};

const USAGE: &str = "usage: search-bench [--docs N] [--queries N] [--seed N]";
const PAGE: usize = 20;
const SNIPPET_CHARS: usize = 200;

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
            .and_then(|v| v.replace('_', "").parse().ok())
            .ok_or_else(|| format!("{name} needs a number\n{USAGE}")),
    }
}

/// The process's peak and current resident memory, in MiB (Linux).
fn memory_mib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn run(args: &[String]) -> Result<(), String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let docs = flag(args, "--docs", 1_000_000)?;
    let query_count = flag(args, "--queries", 2_000)? as usize;
    let seed = flag(args, "--seed", 1)?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("search-bench: {docs} answers, {query_count} queries, seed {seed}, {threads} cores");

    let started = Instant::now();
    let vocabulary = Vocabulary::new();
    let letters = corpus::campaign_letters(&vocabulary, seed);
    let answers = generate(&vocabulary, &letters, seed, docs, threads);
    let words: usize = answers
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum();
    let bytes: usize = answers.iter().map(|a| a.text.len()).sum();
    let (peak_before, rss_before) = memory_mib();
    println!(
        "corpus: {:.1} s to generate, {} whitespace-separated words, {:.0} MiB of text; resident {rss_before:.0} MiB",
        started.elapsed().as_secs_f64(),
        words,
        bytes as f64 / 1_048_576.0
    );

    let started = Instant::now();
    let index = Index::build(
        FACETS,
        answers.iter().map(|a| {
            (
                a.text.as_str(),
                a.stated_language.map(|l| LANGUAGES[l]),
                &a.facets[..],
            )
        }),
    );
    let build = started.elapsed();
    let (peak_after, rss_after) = memory_mib();
    println!(
        "build: {:.1} s ({:.0} answers/s), {} terms; index heap {:.0} MiB; resident {rss_after:.0} MiB \
         (+{:.0} MiB), peak {peak_after:.0} MiB (before build {peak_before:.0} MiB)",
        build.as_secs_f64(),
        docs as f64 / build.as_secs_f64(),
        index.term_count(),
        index.heap_bytes() as f64 / 1_048_576.0,
        rss_after - rss_before,
    );

    if let Some(at) = args.iter().position(|a| a == "--query") {
        let text = args.get(at + 1).map_or("", String::as_str);
        let parsed = parse(text);
        println!("{parsed:?}");
        let repeat = flag(args, "--repeat", 3)?;
        for _ in 0..repeat {
            let started = Instant::now();
            let results = index.search(&parsed, &[], 0, PAGE);
            println!(
                "{:.2} ms, {} matches",
                started.elapsed().as_secs_f64() * 1000.0,
                results.total
            );
        }
        return Ok(());
    }
    let queries = make_queries(&vocabulary, &answers, query_count, seed);
    // One query to warm the caches, as a server would have.
    let _ = index.search(&parse("climate"), &[], 0, PAGE);
    let mut latencies: Vec<Duration> = Vec::with_capacity(queries.len());
    let mut by_kind: HashMap<&str, Vec<Duration>> = HashMap::new();
    let mut total_matches = 0usize;
    let mut slowest = (Duration::ZERO, String::new());
    for query in &queries {
        let started = Instant::now();
        let parsed = parse(&query.text);
        let results = index.search(&parsed, &query.filters, 0, PAGE);
        let elapsed = started.elapsed();
        total_matches += results.total;
        latencies.push(elapsed);
        by_kind.entry(query.kind).or_default().push(elapsed);
        if elapsed > slowest.0 {
            slowest = (
                elapsed,
                format!(
                    "{} {:?} → {} matches",
                    query.text, query.filters, results.total
                ),
            );
        }
    }
    println!(
        "queries: {} (page of {PAGE}, counts over {} facet slots: {}), {:.0} matches on average",
        queries.len(),
        FACETS,
        FACET_NAMES.join(", "),
        total_matches as f64 / queries.len().max(1) as f64
    );
    println!("  all          {}", summary(&mut latencies));
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort_by_key(|(kind, _)| *kind);
    for (kind, mut times) in kinds {
        println!("  {kind:<12} {}", summary(&mut times));
    }
    println!(
        "  slowest: {:.1} ms for {}",
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );

    // Snippets of the first page, as a result page shows them.
    let mut snippet_times = Vec::new();
    for query in queries.iter().take(200) {
        let parsed = parse(&query.text);
        let results = index.search(&parsed, &query.filters, 0, 10);
        let started = Instant::now();
        for hit in &results.hits {
            let answer = &answers[hit.doc as usize];
            let _ = snippet(
                &answer.text,
                answer.stated_language.map(|l| LANGUAGES[l]),
                &parsed,
                SNIPPET_CHARS,
            );
        }
        snippet_times.push(started.elapsed());
    }
    println!(
        "snippets of a page of 10 ({SNIPPET_CHARS} chars): {}",
        summary(&mut snippet_times)
    );
    Ok(())
}

fn summary(times: &mut [Duration]) -> String {
    if times.is_empty() {
        return "none".to_owned();
    }
    times.sort_unstable();
    let at = |q: f64| {
        let i = ((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1000.0
    };
    let mean = times.iter().map(Duration::as_secs_f64).sum::<f64>() / times.len() as f64 * 1000.0;
    format!(
        "n {:>5}  p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms  mean {:>6.2} ms",
        times.len(),
        at(0.50),
        at(0.95),
        at(0.99),
        at(1.0),
        mean
    )
}

/// Generates the answers on all cores; answer n depends only on the seed and n.
fn generate(
    vocabulary: &Vocabulary,
    letters: &[(usize, String)],
    seed: u64,
    docs: u64,
    threads: usize,
) -> Vec<Answer> {
    let chunk = docs.div_ceil(threads as u64).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads as u64)
            .map(|t| {
                scope.spawn(move || {
                    let end = ((t + 1) * chunk).min(docs);
                    (t * chunk..end)
                        .map(|n| corpus::answer(vocabulary, letters, seed, n))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

struct BenchQuery {
    kind: &'static str,
    text: String,
    filters: Vec<Filter>,
}

/// A realistic mix: mostly one to three words, some phrases, OR, exclusions, prefixes and words
/// of other languages; half with one or two facet filters.
fn make_queries(
    vocabulary: &Vocabulary,
    answers: &[Answer],
    count: usize,
    seed: u64,
) -> Vec<BenchQuery> {
    let mut rng = Rng::new(seed ^ 0x5EA2_C400);
    let searchable = Lexicon::new_public(vocabulary.english_searchable.clone());
    let word = |rng: &mut Rng| -> String {
        // Mostly as frequent as in text (common words), a third uniformly (rare words).
        if rng.below(3) == 0 {
            vocabulary.english_searchable[rng.below(vocabulary.english_searchable.len())].clone()
        } else {
            searchable.sample(rng).to_owned()
        }
    };
    let mut queries = Vec::with_capacity(count);
    for _ in 0..count {
        let roll = rng.below(100);
        let (kind, text) = match roll {
            0..=29 => ("one word", word(&mut rng)),
            30..=49 => (
                "two words",
                format!("{} {}", word(&mut rng), word(&mut rng)),
            ),
            50..=59 => (
                "three words",
                format!("{} {} {}", word(&mut rng), word(&mut rng), word(&mut rng)),
            ),
            60..=69 => ("phrase", phrase_from(answers, &mut rng)),
            70..=79 => ("or", format!("{} OR {}", word(&mut rng), word(&mut rng))),
            80..=89 => ("not", format!("{} -{}", word(&mut rng), word(&mut rng))),
            90..=94 => {
                let w = word(&mut rng);
                let cut: String = w.chars().take(5).collect();
                ("prefix", format!("{cut}*"))
            }
            _ => {
                let language = 1 + rng.below(LANGUAGES.len() - 1);
                let lexicon = &vocabulary.lexicons[language];
                let w = &lexicon.words[rng.below(lexicon.words.len())];
                ("other lang", w.clone())
            }
        };
        let mut filters = Vec::new();
        if rng.below(2) == 0 {
            for _ in 0..1 + rng.below(2) {
                let facet = [0, 1, 2, 3, 4, 5][rng.below(6)];
                filters.push(Filter {
                    facet,
                    value: rng.below(FACET_SIZES[facet]) as u32,
                });
            }
        }
        queries.push(BenchQuery {
            kind,
            text,
            filters,
        });
    }
    queries
}

/// Two or three consecutive words of a random English answer, quoted.
fn phrase_from(answers: &[Answer], rng: &mut Rng) -> String {
    for _ in 0..100 {
        let answer = &answers[rng.below(answers.len())];
        if answer.stated_language != Some(0) {
            continue;
        }
        let words: Vec<&str> = answer.text.split_whitespace().collect();
        let length = rng.between(2, 3);
        if words.len() <= length {
            continue;
        }
        let start = rng.below(words.len() - length);
        let phrase: Vec<String> = words[start..start + length]
            .iter()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        return format!("\"{}\"", phrase.join(" "));
    }
    "\"civil society\"".to_owned()
}
