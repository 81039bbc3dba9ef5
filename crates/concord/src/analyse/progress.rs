//! Progress of a long analysis, as lines on standard error every few seconds: a bar and a count
//! when the amount of work is known, the time spent when it is not. Short runs print nothing,
//! since the first line comes only after the first interval. Lines rather than a bar redrawn in
//! place, so that what a run printed reads the same in a terminal and in a log.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// Time between two progress lines.
const INTERVAL: Duration = Duration::from_secs(2);

/// Characters of the bar.
const BAR: usize = 24;

/// Runs `work` on this thread while another prints, every interval, how far it has got:
/// `done` out of `total` when the work counts what it has done, else the time spent.
pub(crate) fn run<T>(
    label: &str,
    total: Option<u64>,
    done: &AtomicU64,
    work: impl FnOnce() -> T,
) -> T {
    let (stop, stopped) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let started = Instant::now();
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(INTERVAL) {
                eprintln!(
                    "{}",
                    line(
                        label,
                        done.load(Ordering::Relaxed),
                        total,
                        started.elapsed()
                    )
                );
            }
        });
        let result = work();
        // Dropping the sender ends the printer at once rather than at its next interval.
        drop(stop);
        result
    })
}

/// Counts rows as they are read, printing how many every interval.
pub(crate) struct Counter {
    label: String,
    started: Instant,
    last: Instant,
    count: u64,
}

impl Counter {
    pub(crate) fn new(label: impl Into<String>) -> Self {
        let now = Instant::now();
        Self {
            label: label.into(),
            started: now,
            last: now,
            count: 0,
        }
    }

    /// One more row; checks the clock only every few thousand rows, which costs nothing.
    pub(crate) fn add(&mut self) {
        self.count += 1;
        if self.count.is_multiple_of(4096) && self.last.elapsed() >= INTERVAL {
            self.last = Instant::now();
            eprintln!(
                "{}",
                line(&self.label, self.count, None, self.started.elapsed())
            );
        }
    }
}

fn line(label: &str, done: u64, total: Option<u64>, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    match total {
        Some(total) if total > 0 => {
            let share = (done.min(total) as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (share * BAR as f64).round() as usize;
            format!(
                "{label} [{}{}] {:>3.0}% ({done} of {total}), {seconds} s",
                "#".repeat(filled),
                ".".repeat(BAR - filled.min(BAR)),
                share * 100.0
            )
        }
        _ if done > 0 => format!("{label}: {done}, {seconds} s"),
        _ => format!("{label}… {seconds} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_show_a_bar_a_count_or_the_time() {
        let ten = Duration::from_secs(10);
        assert_eq!(
            line("similarity", 50, Some(100), ten),
            "similarity [############............]  50% (50 of 100), 10 s"
        );
        assert_eq!(line("reading", 8192, None, ten), "reading: 8192, 10 s");
        assert_eq!(line("finding", 0, None, ten), "finding… 10 s");
    }

    #[test]
    fn a_short_run_prints_nothing_and_returns_its_result() {
        let done = AtomicU64::new(0);
        assert_eq!(run("quick", Some(1), &done, || 7), 7);
    }
}
