//! `concord-fuzz`: runs every parser of untrusted input on mutated inputs for a bounded time and
//! reports what it found. A finding is a panic, a broken round trip, an input that takes longer
//! than `--slow-ms`, or one that hangs (a watchdog ends the process after `--hang-secs` and names
//! the input). Each finding's input is written to `--findings` so that it can be replayed with
//! `--replay FILE --target NAME`, and the run exits non-zero.
//!
//! This is a mutation fuzzer without coverage feedback: it runs on stable Rust with nothing to
//! install, and CI runs it for about a minute (`.ci/run`); a longer run is
//! `cargo run --release -p concord-fuzz -- --seconds 3600`.

mod multipart;
mod mutate;
mod targets;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;

use mutate::{mutate, Rng};
use targets::{Target, TARGETS};

#[derive(Parser)]
#[command(about = "Fuzz Concord's parsers of untrusted input for a bounded time")]
struct Args {
    /// Seconds to run in all, shared among the targets.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Fuzz only this target (notation, symbol, pdf, docx, odt, polis-comments, polis-votes,
    /// polis-participants, import-csv, import-json, search-query, multipart).
    #[arg(long)]
    target: Option<String>,
    /// Seed of the random mutations (the same seed replays the same run).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// An input slower than this is a finding.
    #[arg(long, default_value_t = 2000)]
    slow_ms: u64,
    /// An input still running after this long ends the run as a hang.
    #[arg(long, default_value_t = 20)]
    hang_secs: u64,
    /// Where the inputs of findings are written.
    #[arg(long, default_value = "target/fuzz-findings")]
    findings: PathBuf,
    /// Run one input file through `--target` instead of fuzzing.
    #[arg(long, value_name = "FILE", requires = "target")]
    replay: Option<PathBuf>,
}

/// What the watchdog needs to name a hang: the target and input running, and since when.
#[derive(Default)]
struct Running {
    target: &'static str,
    input: Vec<u8>,
    since: Option<Instant>,
}

fn main() {
    let args = Args::parse();
    // Panics are findings, reported once by the runner: the default hook would print each.
    std::panic::set_hook(Box::new(|_| {}));
    let chosen: Vec<&Target> = TARGETS
        .iter()
        .filter(|t| args.target.as_deref().is_none_or(|name| name == t.name))
        .collect();
    if chosen.is_empty() {
        eprintln!("no target is named {:?}", args.target.unwrap_or_default());
        std::process::exit(2);
    }
    if let Some(file) = &args.replay {
        let input = std::fs::read(file).unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", file.display());
            std::process::exit(2);
        });
        let started = Instant::now();
        let outcome = run_one(chosen[0], &input);
        println!(
            "{}: {} in {} ms, peak memory {} MiB",
            chosen[0].name,
            outcome.err().unwrap_or_else(|| "ok".into()),
            started.elapsed().as_millis(),
            peak_memory_mib().map_or_else(|| "unknown".into(), |m| m.to_string())
        );
        return;
    }
    let running = Arc::new(Mutex::new(Running::default()));
    start_watchdog(
        running.clone(),
        Duration::from_secs(args.hang_secs),
        args.findings.clone(),
    );

    let per_target = Duration::from_secs(args.seconds) / u32::try_from(chosen.len()).unwrap_or(1);
    let slow = Duration::from_millis(args.slow_ms);
    let mut findings = 0usize;
    let total = AtomicU64::new(0);
    println!("| target | executions | executions/s | slowest input (ms) | findings |");
    println!("|---|---|---|---|---|");
    for target in chosen {
        let mut rng = Rng::new(args.seed ^ fnv(target.name));
        let seeds = (target.seeds)();
        let mut pool = seeds.clone();
        let started = Instant::now();
        let (mut executions, mut slowest, mut found) = (0u64, Duration::ZERO, 0usize);
        while started.elapsed() < per_target {
            let base = &pool[rng.below(pool.len())];
            let input = if executions < seeds.len() as u64 {
                base.clone()
            } else {
                mutate(&mut rng, base, &seeds)
            };
            if let Ok(mut now) = running.lock() {
                *now = Running {
                    target: target.name,
                    input: input.clone(),
                    since: Some(Instant::now()),
                };
            }
            let began = Instant::now();
            let outcome = run_one(target, &input);
            let took = began.elapsed();
            if let Ok(mut now) = running.lock() {
                now.since = None;
            }
            executions += 1;
            slowest = slowest.max(took);
            let problem = match outcome {
                Err(problem) => Some(problem),
                Ok(()) if took > slow => Some(format!("took {} ms", took.as_millis())),
                Ok(()) => None,
            };
            if let Some(problem) = problem {
                found += 1;
                let file = save(&args.findings, target.name, &input);
                eprintln!("FINDING {}: {problem} (input: {file})", target.name);
            } else if pool.len() < 4096 && rng.below(16) == 0 {
                // Keep some inputs that passed as material for later mutations.
                pool.push(input);
            }
        }
        total.fetch_add(executions, Ordering::Relaxed);
        findings += found;
        let rate = executions as f64 / started.elapsed().as_secs_f64().max(0.001);
        println!(
            "| {} | {executions} | {rate:.0} | {} | {found} |",
            target.name,
            slowest.as_millis()
        );
    }
    println!(
        "\n{} executions, {findings} findings, peak memory {} MiB.",
        total.load(Ordering::Relaxed),
        peak_memory_mib().map_or_else(|| "unknown".into(), |m| m.to_string())
    );
    if findings > 0 {
        std::process::exit(1);
    }
}

/// Runs one input, turning a panic into a finding.
fn run_one(target: &Target, input: &[u8]) -> Result<(), String> {
    match catch_unwind(AssertUnwindSafe(|| (target.run)(input))) {
        Ok(outcome) => outcome,
        Err(payload) => Err(format!(
            "panicked: {}",
            payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    }
}

/// Ends the process when one input runs longer than `limit`, after saving it.
fn start_watchdog(running: Arc<Mutex<Running>>, limit: Duration, findings: PathBuf) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(250));
        let Ok(now) = running.lock() else {
            continue;
        };
        if now.since.is_some_and(|since| since.elapsed() > limit) {
            let file = save(&findings, now.target, &now.input);
            eprintln!(
                "FINDING {}: still running after {} s (input: {file})",
                now.target,
                limit.as_secs()
            );
            std::process::exit(1);
        }
    });
}

/// Writes a finding's input under `dir`; returns its path.
fn save(dir: &std::path::Path, target: &str, input: &[u8]) -> String {
    let name = format!("{target}-{:016x}", fnv_bytes(input));
    let path = dir.join(name);
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, input)) {
        return format!("not saved: {e}");
    }
    path.display().to_string()
}

fn fnv(text: &str) -> u64 {
    fnv_bytes(text.as_bytes())
}

fn fnv_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The process's peak resident memory (Linux), in MiB.
fn peak_memory_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}
