//! Suggested themes for a question's or a call's answers, and coding answers with the themes the
//! secretariat accepts: the way a secretariat sorts 500 issues from 70 submissions into a few
//! broad themes, with the machine proposing and people deciding.
//!
//! [`suggest`]:
//! 1. [TF-IDF](crate::tfidf) vectors of the answers, dropping terms in fewer than
//!    [`Options::min_df`] answers or more than [`Options::max_df`] of them, and keeping at most
//!    [`VOCABULARY_LIMIT`] terms (the most widespread).
//! 2. [Spherical k-means](kmeans) with seeded k-means++: every answer with a usable term joins
//!    the theme whose centre is closest in cosine.
//! 3. The number of themes is the caller's, or [chosen](choose) among 2 to
//!    `min(12, answers / 3)` by the highest mean cosine silhouette.
//! 4. Each theme's top terms are the heaviest terms of its unit-length centre; its
//!    representatives are the members closest to the centre.
//!
//! Why spherical k-means rather than non-negative matrix factorisation: answers here are short
//! (tens of terms) and mostly about one thing, so one primary theme per answer, which the
//! secretariat needs to count and list members, comes straight out of k-means, while NMF gives
//! mixtures that must be cut by an arbitrary rule. Its centres are unit vectors in the same space
//! as the answers, so the theme's term weights are directly what [`code`] compares new answers
//! with. It needs only the sparse matrix and `k` dense centres (a pass costs one multiply-add
//! per stored weight and theme) and no truncated SVD to start from; and because the number of
//! themes can be judged by the silhouette, no one has to read an elbow off a reconstruction-error
//! curve. Answers that do touch several themes get them all from [`code`].
//!
//! Results depend only on the documents and the seed: the sums are cut into fixed chunks
//! combined in order, so one core or many give the same themes.
//!
//! [`code`] applies accepted themes: each answer gets every theme whose weighted terms have a
//! cosine of at least a threshold with the answer's TF-IDF vector, best first.

mod choose;
pub(crate) mod kmeans;
use crate::parallel;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::tfidf::{self, SparseVector, TermMatrix, Vocabulary, Weighting};
use kmeans::{spherical_kmeans, Partition};

/// Most terms the vectors keep (those in the most answers): beyond a few thousand, terms are
/// found in two or three answers and only slow the clustering.
pub const VOCABULARY_LIMIT: usize = 5_000;

/// With fewer answers with a usable term, no themes are suggested: three answers are better
/// read than clustered.
pub const MIN_DOCUMENTS: usize = 4;

/// Most themes chosen automatically: beyond a dozen, broad themes stop being broad.
pub const MAX_AUTOMATIC_THEMES: usize = 12;

/// A cosine of at least this between an answer and a theme's terms codes the answer with the
/// theme.
///
/// Why 0.1: a theme carries its top terms (8 by default) with weights around `1/√8 ≈ 0.35`,
/// and an answer spreads its unit length over its distinct terms: about 0.27 each for a short
/// answer of 14 terms, 0.13 for a long one of 60. Sharing one main term with a theme then gives
/// 0.05 to 0.09, which is a passing mention; sharing two or three, which is what being about the
/// theme looks like, gives 0.1 to 0.3. On the planted-topic corpus of the tests, answers score a
/// median of 0.34 with their own theme (5th percentile 0.14) and 0 with the others.
pub const DEFAULT_CODING_THRESHOLD: f32 = 0.1;

/// Settings of [`suggest`].
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Number of themes, or `None` to choose it by silhouette among 2 to
    /// `min(12, answers / 3)`. A requested number is kept between 1 and the number of usable
    /// answers.
    pub themes: Option<usize>,
    /// Terms shown per theme.
    pub top_terms: usize,
    /// Representative answers shown per theme.
    pub representatives: usize,
    /// Terms in fewer answers are ignored.
    pub min_df: usize,
    /// Terms in more than this share of answers (0 to 1) are ignored.
    pub max_df: f64,
    /// Seed of the k-means++ draws and of the silhouette sample.
    pub seed: u64,
    /// Most k-means passes per clustering (it usually settles within 20).
    pub max_iterations: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            themes: None,
            top_terms: 8,
            representatives: 3,
            min_df: 2,
            max_df: 0.6,
            seed: 1,
            max_iterations: 100,
        }
    }
}

/// A theme the machine suggests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestedTheme {
    /// Top terms with their weight in the theme's unit-length centre, heaviest first (ties
    /// alphabetical).
    pub terms: Vec<(String, f32)>,
    /// Indices of the answers whose primary theme this is, ascending.
    pub members: Vec<usize>,
    /// Members closest to the theme's centre, closest first (ties by index).
    pub representatives: Vec<usize>,
}

/// Suggested themes for `docs` (each a slice of stemmed, lowercased terms without stopwords),
/// largest first (ties: the one whose first member comes first).
///
/// Answers with no usable term (all too rare or too common) belong to no theme. With fewer than
/// [`MIN_DOCUMENTS`] usable answers there are no themes; with 4 or 5 and no requested number, a
/// single theme holds them all (`answers / 3` allows no choice).
///
/// ```
/// use concord_text::themes::{suggest, Options};
///
/// let docs: Vec<Vec<&str>> = [
///     "water access rural well", "water well pump rural", "water pump access village",
///     "school teacher salary", "school teacher training", "teacher salary school pay",
/// ]
/// .iter()
/// .map(|d| d.split(' ').collect())
/// .collect();
/// let options = Options { themes: Some(2), ..Options::default() };
/// let themes = suggest(&docs, &options);
/// assert_eq!(themes.len(), 2);
/// assert_eq!(themes[0].members, [0, 1, 2]);
/// assert_eq!(themes[1].members, [3, 4, 5]);
/// ```
pub fn suggest<Doc, Term>(docs: &[Doc], options: &Options) -> Vec<SuggestedTheme>
where
    Doc: AsRef<[Term]>,
    Term: AsRef<str>,
{
    let weighting = Weighting {
        min_df: options.min_df,
        max_df: options.max_df,
        max_terms: VOCABULARY_LIMIT,
    };
    let (vocabulary, matrix) = tfidf::weigh(docs, &weighting);
    let usable: Vec<usize> = (0..matrix.rows())
        .filter(|&doc| !matrix.row(doc).0.is_empty())
        .collect();
    if usable.len() < MIN_DOCUMENTS {
        return Vec::new();
    }
    let partition = match options.themes {
        Some(k) => cluster(
            &matrix,
            &vocabulary,
            &usable,
            k.clamp(1, usable.len()),
            options,
        ),
        None => cluster_choosing_k(&matrix, &vocabulary, &usable, options),
    };
    describe(&partition, &vocabulary, &usable, options)
}

fn cluster(
    matrix: &TermMatrix,
    vocabulary: &Vocabulary,
    usable: &[usize],
    k: usize,
    options: &Options,
) -> Partition {
    spherical_kmeans(
        matrix,
        usable,
        vocabulary.len(),
        k,
        options.seed,
        options.max_iterations,
    )
}

/// Clusters with every count from 2 to `min(12, answers / 3)` and keeps the one with the highest
/// mean silhouette (the smaller count on ties).
fn cluster_choosing_k(
    matrix: &TermMatrix,
    vocabulary: &Vocabulary,
    usable: &[usize],
    options: &Options,
) -> Partition {
    let most = (usable.len() / 3).min(MAX_AUTOMATIC_THEMES);
    if most < 2 {
        return cluster(matrix, vocabulary, usable, 1, options);
    }
    let sample = choose::Sample::new(matrix, usable, vocabulary.len(), options.seed);
    let mut best: Option<(f64, Partition)> = None;
    for k in 2..=most {
        let partition = cluster(matrix, vocabulary, usable, k, options);
        let score = sample.silhouette(&partition.assignment, partition.centres.k);
        if best
            .as_ref()
            .is_none_or(|(best_score, _)| score > *best_score)
        {
            best = Some((score, partition));
        }
    }
    match best {
        Some((_, partition)) => partition,
        None => cluster(matrix, vocabulary, usable, 1, options),
    }
}

/// Themes from a partition of the usable answers: members, top terms and representatives.
fn describe(
    partition: &Partition,
    vocabulary: &Vocabulary,
    usable: &[usize],
    options: &Options,
) -> Vec<SuggestedTheme> {
    let k = partition.centres.k;
    let mut positions: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (position, &cluster) in partition.assignment.iter().enumerate() {
        positions[cluster].push(position);
    }
    let mut themes: Vec<SuggestedTheme> = positions
        .into_iter()
        .enumerate()
        .filter(|(_, members)| !members.is_empty())
        .map(|(cluster, members)| {
            let mut terms: Vec<(u32, f32)> = (0..vocabulary.len() as u32)
                .map(|t| (t, partition.centres.weight(t as usize, cluster)))
                .filter(|&(_, w)| w > 0.0)
                .collect();
            // Ids are alphabetical, so ties by id are ties by term.
            terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            terms.truncate(options.top_terms);
            let mut closest = members.clone();
            closest.sort_by(|&a, &b| {
                partition.similarity[b]
                    .total_cmp(&partition.similarity[a])
                    .then(a.cmp(&b))
            });
            closest.truncate(options.representatives);
            SuggestedTheme {
                terms: terms
                    .into_iter()
                    .map(|(t, w)| (vocabulary.term(t).to_owned(), w))
                    .collect(),
                members: members.iter().map(|&p| usable[p]).collect(),
                representatives: closest.iter().map(|&p| usable[p]).collect(),
            }
        })
        .collect();
    themes.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then(a.members.first().cmp(&b.members.first()))
    });
    themes
}

/// Codes each of `docs` with the accepted `themes` (each its terms with weights, as in
/// [`SuggestedTheme::terms`]): the indices of the themes whose cosine with the answer's TF-IDF
/// vector is at least `threshold`, best first (ties by index). An answer may get several themes
/// or none; an answer that shares no term with a theme never gets it, whatever the threshold.
///
/// TF-IDF is computed over `docs` themselves with every term kept, so coding a few answers works
/// as well as coding thousands. Only positive weights count; a term listed twice in a theme adds
/// up.
pub fn code<Doc, Term>(
    docs: &[Doc],
    themes: &[Vec<(String, f32)>],
    threshold: f32,
) -> Vec<Vec<usize>>
where
    Doc: AsRef<[Term]>,
    Term: AsRef<str>,
{
    let (vocabulary, matrix) = tfidf::weigh(docs, &Weighting::ALL_TERMS);
    let themes: Vec<SparseVector> = themes
        .iter()
        .map(|terms| theme_vector(terms, &vocabulary))
        .collect();
    (0..matrix.rows())
        .map(|doc| {
            let row = matrix.row(doc);
            let mut matches: Vec<(usize, f32)> = themes
                .iter()
                .enumerate()
                .map(|(theme, vector)| (theme, tfidf::dot(row, (&vector.terms, &vector.weights))))
                .filter(|&(_, score)| score > 0.0 && score >= threshold)
                .collect();
            matches.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            matches.into_iter().map(|(theme, _)| theme).collect()
        })
        .collect()
}

/// A theme's terms as a unit-length vector over `vocabulary`. Its length counts every term,
/// including those no answer uses, so a theme is not made closer by answers missing its terms.
fn theme_vector(terms: &[(String, f32)], vocabulary: &Vocabulary) -> SparseVector {
    let mut merged: Vec<(&str, f32)> = terms
        .iter()
        .filter(|(_, w)| w.is_finite() && *w > 0.0)
        .map(|(t, w)| (t.as_str(), *w))
        .collect();
    merged.sort_by(|a, b| a.0.cmp(b.0));
    merged.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            earlier.1 += later.1;
        }
        same
    });
    let norm = merged.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    let mut known: Vec<(u32, f32)> = merged
        .iter()
        .filter_map(|&(t, w)| vocabulary.id(t).map(|id| (id, w / norm)))
        .collect();
    known.sort_by_key(|&(id, _)| id);
    SparseVector {
        terms: known.iter().map(|&(id, _)| id).collect(),
        weights: known.iter().map(|&(_, w)| w).collect(),
    }
}
