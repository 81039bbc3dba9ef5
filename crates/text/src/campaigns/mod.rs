//! Mass campaigns and near-duplicate answers: groups of identical and near-identical texts
//! (form letters with a personal sentence added, a few words edited), each shown once with its
//! size, its common text, its variations and who sent it.
//!
//! The steps, each in its own module:
//!
//! 1. [`normalise`]: HTML entities decoded, tags removed, lowercase words (`\w+` runs).
//! 2. Exact duplicates: a hash of the normalised words, so each identical set costs one
//!    signature.
//! 3. [`minhash`]: word `k`-shingles (default 5) and MinHash signatures (default 128
//!    permutations).
//! 4. [`lsh`]: banding at a similarity threshold (default 0.8; datasketch's bands and a second
//!    banding with shorter ones, [`Banding`]), candidate pairs confirmed by
//!    estimated Jaccard similarity ≥ threshold, groups as connected components. Where the
//!    estimate is uncertain, within three standard errors below the threshold
//!    ([`minhash::near_miss_margin`]) or two above it ([`minhash::above_margin`]), the exact
//!    Jaccard similarity of the two texts' shingle
//!    sets decides instead: a pair estimated just below the threshold is joined when it truly
//!    reaches it, and a pair estimated just above it is joined only then, so the estimate's
//!    random error neither loses members of a campaign nor adds answers that fall short of it.
//!    Pairs estimated at or above the threshold plus the margin above are joined on the
//!    estimate.
//! 5. [`Membership::Letter`] (the default): each group of two or more answers gets a letter,
//!    the shingles most of its members share, and answers in no group (and smaller groups)
//!    join the campaign whose letter they are close to by containment both ways, whatever they
//!    add or drop (`letter`).
//! 6. Each group of two or more answers becomes a [`Campaign`]: its most frequent text is the
//!    common text, the other distinct texts are its variations; [`diff::word_changes`] says
//!    what a variation adds or removes.
//!
//! Texts with fewer than `min_words` words (default 10: "See attached file(s)") are left out, as
//! the datasketch runner the detection is measured against does.
//!
//! Reordered paragraphs are handled only in part: a shingle that crosses a paragraph boundary
//! changes when the paragraphs move, the others do not. Each boundary that changes replaces
//! `k − 1` shingles, so with `s` shingles and `b` changed boundaries the similarity is about
//! `(s − b(k−1)) / (s + b(k−1))`: a letter of three 60-word paragraphs reordered stays near 0.9
//! and is found; a letter of many short paragraphs reordered falls below 0.8 and is not (see the
//! tests).

pub mod diff;
pub mod evaluate;
mod exact;
mod letter;
pub mod lsh;
pub mod minhash;
pub mod normalise;

use std::collections::HashMap;

use lsh::UnionFind;
use minhash::Permutations;

/// Which LSH bands make candidate pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Banding {
    /// datasketch's bands only ([`minhash::bands_for`]: 9 bands of 13 rows at 0.8 and 128
    /// permutations), for comparison with it: a pair at 0.82 is a candidate only about half the
    /// time.
    Datasketch,
    /// datasketch's bands, and a second banding of the same signatures with shorter bands
    /// ([`minhash::short_bands_for`]: 18 of 7 rows at 0.8 and 128 permutations), with which a
    /// pair at the threshold is a candidate with a probability of at least 0.95. It only adds
    /// candidates, confirmed as the others are, so every pair joined still reaches the
    /// threshold in estimated or exact similarity.
    #[default]
    WithShortBands,
}

/// How answers join a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Membership {
    /// By pairwise similarity only: connected components of pairs of answers whose Jaccard
    /// similarity reaches the threshold (datasketch's `MinHashLSH` definition).
    Pairwise,
    /// Pairwise, then by the campaign's letter: an answer (or a smaller campaign) joins a
    /// campaign when one of it and the campaign's common text is, at the threshold or more,
    /// inside the other, and they share at least a quarter of both (`letter::belongs`). Finds
    /// members who added a long paragraph of their own or dropped one, which pairwise
    /// similarity leaves out.
    #[default]
    Letter,
}

/// Settings of the detection; the defaults are the datasketch runner's, with more candidate
/// pairs ([`Banding::WithShortBands`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Jaccard similarity at and above which two answers are joined (estimated; exact for the
    /// candidates estimated within the margin of it, below or above).
    pub threshold: f64,
    /// MinHash permutations (signature length).
    pub permutations: usize,
    /// Words per shingle.
    pub shingle: usize,
    /// Answers with fewer words are left out.
    pub min_words: usize,
    /// Worker threads for tokenising and signatures; 0 means one per core.
    pub threads: usize,
    /// Seed of the MinHash permutations: the same seed, the same groups; another seed, other
    /// random draws (answers near the threshold may fall on the other side).
    pub seed: u64,
    /// The LSH bands.
    pub banding: Banding,
    /// How answers join a campaign.
    pub membership: Membership,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            threshold: 0.8,
            permutations: 128,
            shingle: 5,
            min_words: 10,
            threads: 0,
            seed: 1,
            banding: Banding::default(),
            membership: Membership::default(),
        }
    }
}

/// One distinct text of a campaign and the answers that have it.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant<'a> {
    /// The text as its first member sent it.
    pub text: &'a str,
    /// Ids of the answers with this text (after normalisation), in input order.
    pub members: Vec<&'a str>,
}

/// A group of identical or near-identical answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign<'a> {
    /// Number of answers in the campaign.
    pub size: usize,
    /// The most frequent text and who sent it (on a tie, the text sent first).
    pub common: Variant<'a>,
    /// The other texts, most frequent first.
    pub variations: Vec<Variant<'a>>,
}

impl<'a> Campaign<'a> {
    /// Ids of all answers in the campaign: the common text's first, then each variation's.
    pub fn members(&self) -> impl Iterator<Item = &'a str> + '_ {
        std::iter::once(&self.common)
            .chain(&self.variations)
            .flat_map(|v| v.members.iter().copied())
    }
}

/// Groups answers `(id, text)` into campaigns of two or more, largest first.
///
/// ```
/// use concord_text::campaigns::{group, Options};
///
/// let letter = "Please keep the river park open all year: it is the only green space \
///     within walking distance for thousands of families in the eastern districts.";
/// let signed = format!("{letter} Yours, Ana.");
/// let docs = [
///     ("r1", letter),
///     ("r2", letter),
///     ("r3", signed.as_str()),
///     ("r4", "See attached file(s)"),
/// ];
/// let campaigns = group(&docs, &Options::default());
/// assert_eq!(campaigns.len(), 1);
/// assert_eq!(campaigns[0].size, 3);
/// assert_eq!(campaigns[0].common.members, ["r1", "r2"]);
/// assert_eq!(campaigns[0].variations[0].members, ["r3"]);
/// ```
pub fn group<'a>(docs: &[(&'a str, &'a str)], options: &Options) -> Vec<Campaign<'a>> {
    let texts: Vec<&str> = docs.iter().map(|d| d.1).collect();
    let grouping = cluster(&texts, options);
    grouping
        .groups
        .iter()
        .map(|members| {
            // Distinct texts of the group in order of first appearance.
            let mut by_text: Vec<(u32, Vec<usize>)> = Vec::new();
            let mut slot: HashMap<u32, usize> = HashMap::new();
            for &m in members {
                let class = grouping.text_class[m];
                let at = *slot.entry(class).or_insert_with(|| {
                    by_text.push((class, Vec::new()));
                    by_text.len() - 1
                });
                by_text[at].1.push(m);
            }
            // Stable: on equal counts the text seen first stays first.
            by_text.sort_by_key(|(_, m)| std::cmp::Reverse(m.len()));
            let mut variants = by_text.into_iter().map(|(_, m)| Variant {
                text: docs[m[0]].1,
                members: m.iter().map(|&i| docs[i].0).collect(),
            });
            let common = variants.next().unwrap_or(Variant {
                text: "",
                members: Vec::new(),
            });
            Campaign {
                size: members.len(),
                common,
                variations: variants.collect(),
            }
        })
        .collect()
}

/// Groups of two or more answers, as indices into `texts` (ascending within a group), largest
/// group first.
pub fn group_indices(texts: &[&str], options: &Options) -> Vec<Vec<usize>> {
    cluster(texts, options).groups
}

/// The groups, and for every text the class of its normalised text (equal classes, equal
/// texts; `u32::MAX` for texts left out).
struct Grouping {
    groups: Vec<Vec<usize>>,
    text_class: Vec<u32>,
}

/// What a worker computes for a range of texts.
struct Chunk {
    /// Per text: its normalised text's hash, or `None` when too short.
    hashes: Vec<Option<u64>>,
    /// Per text: where its signature is in `signatures` (texts with a text seen before in the
    /// same chunk share it).
    slots: Vec<u32>,
    signatures: Vec<u32>,
}

fn signatures_of(texts: &[&str], options: &Options, perms: &Permutations) -> Chunk {
    let len = perms.len();
    let mut chunk = Chunk {
        hashes: Vec::with_capacity(texts.len()),
        slots: Vec::with_capacity(texts.len()),
        signatures: Vec::new(),
    };
    let mut seen: HashMap<u64, u32> = HashMap::new();
    let mut words = Vec::new();
    let mut signature = Vec::with_capacity(len);
    for text in texts {
        let hash = normalise::word_hashes(text, &mut words);
        if words.len() < options.min_words {
            chunk.hashes.push(None);
            chunk.slots.push(u32::MAX);
            continue;
        }
        chunk.hashes.push(Some(hash));
        let next = (chunk.signatures.len() / len.max(1)) as u32;
        let slot = *seen.entry(hash).or_insert(next);
        if slot == next {
            perms.signature(&words, options.shingle, &mut signature);
            chunk.signatures.extend_from_slice(&signature);
        }
        chunk.slots.push(slot);
    }
    chunk
}

/// The bound on the comparisons between two components in the second banding
/// ([`lsh::Effort`]): 64 estimates, or fewer with exact checks of uncertain estimates (16 each). Without it,
/// members that fall short of a large campaign meet thousands of its members in the buckets of
/// 7 rows and are compared with each, every time: on the million synthetic answers the short
/// bands then took 50 s (125 million estimates, 25 million checks) and the whole grouping about
/// 80 s; with it about 9 s and 24 s, for a recall of 0.9450 instead of 0.9499 (0.9473 with 256,
/// 0.9417 with 16, which on the docket also loses seed 1's gain).
const SHORT_BANDS_EFFORT: u32 = 64;

fn cluster(texts: &[&str], options: &Options) -> Grouping {
    let perms = Permutations::new(options.permutations, options.seed);
    let len = perms.len();
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        t => t,
    };
    // Small inputs are not worth a thread.
    let threads = threads.min(texts.len() / 1000 + 1).max(1);
    let per = texts.len().div_ceil(threads).max(1);
    let chunks: Vec<Chunk> = if threads == 1 {
        vec![signatures_of(texts, options, &perms)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = texts
                .chunks(per)
                .map(|part| scope.spawn(|| signatures_of(part, options, &perms)))
                .collect();
            handles
                .into_iter()
                .map(|h| match h.join() {
                    Ok(chunk) => chunk,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    };

    // Exact duplicates across chunks: one class per distinct normalised text, one signature
    // per class.
    let mut text_class = Vec::with_capacity(texts.len());
    let mut class_of: HashMap<u64, u32> = HashMap::new();
    // The first text of each class, whose words are the class's.
    let mut class_text: Vec<u32> = Vec::new();
    let mut signatures: Vec<u32> = Vec::new();
    for chunk in &chunks {
        for (hash, &slot) in chunk.hashes.iter().zip(&chunk.slots) {
            let Some(hash) = hash else {
                text_class.push(u32::MAX);
                continue;
            };
            let next = class_of.len() as u32;
            let class = *class_of.entry(*hash).or_insert(next);
            if class == next {
                let at = slot as usize * len;
                signatures.extend_from_slice(&chunk.signatures[at..at + len]);
                class_text.push(text_class.len() as u32);
            }
            text_class.push(class);
        }
    }
    drop(chunks);

    let classes = class_of.len();
    let mut sets = UnionFind::new(classes);
    let mut bandings = vec![minhash::bands_for(options.threshold, len)];
    if options.banding == Banding::WithShortBands {
        let short = minhash::short_bands_for(options.threshold, len);
        if !bandings.contains(&short) {
            bandings.push(short);
        }
    }
    let threshold = options.threshold;
    let mut exact = exact::Confirm::new(texts, &class_text, options.shingle, threshold);
    let mut near = lsh::NearMiss {
        below: minhash::near_miss_margin(threshold, len),
        above: minhash::above_margin(threshold, len),
        confirm: |a: usize, b: usize| exact.similar(a, b),
    };
    // The second banding only adds candidates; pairs joined by the first are not compared
    // again.
    for (k, (bands, rows)) in bandings.into_iter().enumerate() {
        // datasketch's candidates are all compared; the short bands' are bounded per pair of
        // components (see `SHORT_BANDS_EFFORT`).
        let mut effort = (k > 0).then(|| lsh::Effort::new(classes, SHORT_BANDS_EFFORT));
        lsh::join_similar_bounded(
            &signatures,
            len,
            bands,
            rows,
            threshold,
            &mut sets,
            &mut near,
            effort.as_mut(),
        );
    }

    drop(exact);
    if options.membership == Membership::Letter {
        let mut class_answers = vec![0u32; classes];
        for &class in &text_class {
            if class != u32::MAX {
                class_answers[class as usize] += 1;
            }
        }
        let input = letter::Input {
            texts,
            class_text: &class_text,
            class_answers: &class_answers,
            signatures: &signatures,
            len,
            shingle: options.shingle,
            threshold,
            threads,
        };
        letter::join_by_letter(&input, &perms, &mut sets);
    }

    let mut group_of_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, &class) in text_class.iter().enumerate() {
        if class == u32::MAX {
            continue;
        }
        let root = sets.find(class as usize);
        let g = *group_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups.retain(|g| g.len() > 1);
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    Grouping { groups, text_class }
}

#[cfg(test)]
mod tests;
