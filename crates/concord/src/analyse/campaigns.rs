//! `concord analyse campaigns`: the mass campaigns in a CSV of answers people bring, found by
//! Concord's campaign detection with its default membership (by the campaign's letter), written
//! as one row per answer: its id, its campaign and how close it is to the campaign's common
//! text.
//!
//! Campaigns are numbered 1, 2, … from the largest. Next to the Jaccard similarity of an
//! answer's word shingles with the common text, the output gives the two containments the
//! detection also weighs, so that a reader can see why a member who added a long paragraph of
//! their own, and so has a low similarity, still belongs: it holds the whole common text.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{bail, Context};
use concord_text::campaigns::{self, minhash, normalise, Options};
use concord_text::table::{self, TableWriter};

use super::progress;

/// What to analyse and where the result goes.
pub struct Request<'a> {
    pub input: &'a Path,
    pub out: &'a Path,
    pub id_col: &'a str,
    pub text_col: &'a str,
    pub threshold: f64,
}

/// A member's place in the result (answers in no campaign have none).
#[derive(Clone, Copy, Debug)]
struct Placement {
    campaign: usize,
    similarity: f64,
    holds_common: f64,
    held_in_common: f64,
}

/// Reads the answers, finds the campaigns and writes the result.
pub fn run(request: &Request<'_>) -> anyhow::Result<()> {
    if !(request.threshold > 0.0 && request.threshold <= 1.0) {
        bail!(
            "--threshold must be above 0 and at most 1 (it is a similarity), not {}",
            request.threshold
        );
    }
    refuse_to_overwrite_the_input(request.input, request.out)?;
    let (ids, texts) = read(request)?;
    let options = Options {
        threshold: request.threshold,
        ..Options::default()
    };
    // The detection names answers by their row, so that ids repeated in the input stay apart.
    let rows: Vec<String> = (0..texts.len()).map(|i| i.to_string()).collect();
    let docs: Vec<(&str, &str)> = rows
        .iter()
        .zip(&texts)
        .map(|(row, text)| (row.as_str(), text.as_str()))
        .collect();
    let never = AtomicU64::new(0);
    let found = progress::run(
        &format!("finding campaigns among {} answers", docs.len()),
        None,
        &never,
        || campaigns::group(&docs, &options),
    );
    let mut placements: Vec<Option<Placement>> = vec![None; texts.len()];
    let mut members: Vec<(usize, usize)> = Vec::new();
    let mut commons: Vec<Vec<u32>> = Vec::with_capacity(found.len());
    for (number, campaign) in found.iter().enumerate() {
        commons.push(shingles(campaign.common.text, options.shingle));
        for member in campaign.members() {
            if let Ok(row) = member.parse::<usize>() {
                members.push((row, number));
            }
        }
    }
    let measured = measure(&texts, &members, &commons, options.shingle);
    for ((row, number), (similarity, holds_common, held_in_common)) in members.iter().zip(measured)
    {
        if let Some(slot) = placements.get_mut(*row) {
            *slot = Some(Placement {
                campaign: number + 1,
                similarity,
                holds_common,
                held_in_common,
            });
        }
    }
    write(request.out, &ids, &placements)?;
    let largest = found.first().map_or(0, |c| c.size);
    println!(
        "{} answers read; {} in {} campaigns{}; wrote {}",
        texts.len(),
        members.len(),
        found.len(),
        if largest > 0 {
            format!(" (the largest holds {largest})")
        } else {
            String::new()
        },
        request.out.display()
    );
    Ok(())
}

fn refuse_to_overwrite_the_input(input: &Path, out: &Path) -> anyhow::Result<()> {
    if let (Ok(a), Ok(b)) = (input.canonicalize(), out.canonicalize()) {
        if a == b {
            bail!(
                "--out {} is the input file; choose another file for the result",
                out.display()
            );
        }
    }
    Ok(())
}

fn read(request: &Request<'_>) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let path = request.input;
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        bail!(
            "cannot read {}: it is a folder, not a CSV file",
            path.display()
        );
    }
    let mut ids = Vec::new();
    let mut texts = Vec::new();
    let mut counter = progress::Counter::new("reading answers");
    let reader = std::io::BufReader::with_capacity(1 << 20, file);
    let columns = [request.id_col, request.text_col];
    table::read_columns(reader, &columns, |_, mut cells| {
        texts.push(cells.pop().unwrap_or_default());
        ids.push(cells.pop().unwrap_or_default());
        counter.add();
    })
    .map_err(|e| match e {
        table::TableError::MissingColumn { column, found } => anyhow::anyhow!(
            "{} has no column {column:?} (its columns are: {found}); name the columns with --id-col and --text-col",
            path.display()
        ),
        other => anyhow::anyhow!("{}: {other}", path.display()),
    })?;
    Ok((ids, texts))
}

/// The sorted word shingles of a text, as the detection compares them.
fn shingles(text: &str, shingle: usize) -> Vec<u32> {
    let mut words = Vec::new();
    normalise::word_hashes(text, &mut words);
    let mut set = Vec::new();
    minhash::shingle_set(&words, shingle, &mut set);
    set
}

/// Similarity and both containments of each member `(row, campaign)` with its campaign's
/// common text, on all cores, with progress on long runs.
fn measure(
    texts: &[String],
    members: &[(usize, usize)],
    commons: &[Vec<u32>],
    shingle: usize,
) -> Vec<(f64, f64, f64)> {
    let done = AtomicU64::new(0);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let per = members.len().div_ceil(threads).max(1);
    let one = |&(row, campaign): &(usize, usize)| {
        let common = commons.get(campaign).map(Vec::as_slice).unwrap_or_default();
        let answer = shingles(
            texts.get(row).map(String::as_str).unwrap_or_default(),
            shingle,
        );
        let shared = shared(&answer, common) as f64;
        let share = |of: usize| if of == 0 { 0.0 } else { shared / of as f64 };
        let union = answer.len() + common.len();
        let similarity = if union == 0 {
            0.0
        } else {
            shared / (union as f64 - shared)
        };
        done.fetch_add(1, Ordering::Relaxed);
        (similarity, share(common.len()), share(answer.len()))
    };
    progress::run(
        "measuring similarity to each campaign's common text",
        Some(members.len() as u64),
        &done,
        || {
            std::thread::scope(|scope| {
                let handles: Vec<_> = members
                    .chunks(per)
                    .map(|part| scope.spawn(|| part.iter().map(one).collect::<Vec<_>>()))
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| match h.join() {
                        Ok(part) => part,
                        Err(panic) => std::panic::resume_unwind(panic),
                    })
                    .collect()
            })
        },
    )
}

/// The number of elements two sorted sets without repeats share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn write(out: &Path, ids: &[String], placements: &[Option<Placement>]) -> anyhow::Result<()> {
    super::write_file(out, |output| {
        let mut table = TableWriter::new(
            output,
            &[
                "id",
                "campaign",
                "similarity",
                "holds_common_text",
                "held_in_common_text",
            ],
        )?;
        for (id, placement) in ids.iter().zip(placements) {
            match placement {
                Some(p) => table.row(&[
                    id.clone(),
                    p.campaign.to_string(),
                    super::decimal(p.similarity),
                    super::decimal(p.holds_common),
                    super::decimal(p.held_in_common),
                ])?,
                None => table.row(&[id.as_str(), "", "", "", ""])?,
            }
        }
        table.finish()?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::shared;

    #[test]
    fn shared_counts_common_elements() {
        assert_eq!(shared(&[1, 3, 5, 7], &[2, 3, 7, 9]), 2);
        assert_eq!(shared(&[], &[1]), 0);
    }
}
