//! Splitting a pass over many items (participants, documents) across the machine's cores
//! without changing results.
//!
//! The items are always cut into the same [`CHUNKS`] contiguous ranges and partial results are
//! combined in range order, so sums come out bit-for-bit the same on one core or many and opinion
//! groups and themes do not depend on the machine. Small passes stay on the calling thread, where
//! spawning would cost more than it saves.

use std::ops::Range;

/// Fixed number of ranges every pass is cut into.
const CHUNKS: usize = 8;
/// Below this many elementary steps a pass runs on the calling thread.
const PARALLEL_FROM: usize = 200_000;

/// Runs `work` on each range that cuts `0..items` and returns the results in range order.
/// `weight` is the pass's number of elementary steps, to decide whether threads pay off.
pub(crate) fn map_chunks<T: Send>(
    items: usize,
    weight: usize,
    work: impl Fn(Range<usize>) -> T + Sync,
) -> Vec<T> {
    let ranges: Vec<Range<usize>> = (0..CHUNKS)
        .map(|c| (items * c / CHUNKS)..(items * (c + 1) / CHUNKS))
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(CHUNKS);
    if threads < 2 || weight < PARALLEL_FROM {
        return ranges.into_iter().map(work).collect();
    }
    let work = &work;
    let ranges = &ranges;
    let mut results: Vec<(usize, T)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..CHUNKS)
                        .step_by(threads)
                        .map(|c| (c, work(ranges[c].clone())))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    results.sort_by_key(|(c, _)| *c);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_ranges_in_the_same_order_whatever_the_size() {
        let small = map_chunks(10, 10, |r| r.len());
        assert_eq!(small.iter().sum::<usize>(), 10);
        let large = map_chunks(1_000_000, 1_000_000, |r| r.start);
        assert_eq!(large, (0..8).map(|c| 1_000_000 * c / 8).collect::<Vec<_>>());
    }
}
