//! Themes recovered from corpora with planted topics, coding, edge cases and speed.

use std::collections::BTreeSet;

use super::kmeans::SplitMix64;
use super::*;

/// A corpus of `per_topic` answers on each of `topics` topics. Topic `t` has its own words
/// `t{t}w{i}`; every answer also draws from shared noise words (`noise{i}`) that each appear in
/// well under `max_df` of the answers. Returns the answers and each one's planted topic.
fn planted(
    topics: usize,
    per_topic: usize,
    topic_words: usize,
    noise_words: usize,
    seed: u64,
) -> (Vec<Vec<String>>, Vec<usize>) {
    let mut random = SplitMix64::new(seed);
    let mut docs = Vec::new();
    let mut truth = Vec::new();
    for i in 0..topics * per_topic {
        // Interleaved, so no topic sits in one block of indices.
        let topic = i % topics;
        let mut doc = Vec::new();
        for _ in 0..8 + random.below(8) {
            doc.push(format!("t{topic}w{}", random.below(topic_words)));
        }
        for _ in 0..6 + random.below(8) {
            doc.push(format!("noise{}", random.below(noise_words)));
        }
        docs.push(doc);
        truth.push(topic);
    }
    (docs, truth)
}

/// The theme of each answer (`usize::MAX` for none).
fn labels(themes: &[SuggestedTheme], docs: usize) -> Vec<usize> {
    let mut labels = vec![usize::MAX; docs];
    for (t, theme) in themes.iter().enumerate() {
        for &m in &theme.members {
            labels[m] = t;
        }
    }
    labels
}

/// Adjusted Rand index of two labelings.
fn adjusted_rand(a: &[usize], b: &[usize]) -> f64 {
    use std::collections::HashMap;
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut joint: HashMap<(usize, usize), usize> = HashMap::new();
    let mut rows: HashMap<usize, usize> = HashMap::new();
    let mut cols: HashMap<usize, usize> = HashMap::new();
    for (&x, &y) in a.iter().zip(b) {
        *joint.entry((x, y)).or_default() += 1;
        *rows.entry(x).or_default() += 1;
        *cols.entry(y).or_default() += 1;
    }
    let index: f64 = joint.values().map(|&n| pairs(n)).sum();
    let row_sum: f64 = rows.values().map(|&n| pairs(n)).sum();
    let col_sum: f64 = cols.values().map(|&n| pairs(n)).sum();
    let expected = row_sum * col_sum / pairs(a.len());
    let max = (row_sum + col_sum) / 2.0;
    (index - expected) / (max - expected)
}

#[test]
fn planted_topics_are_recovered_with_their_words() {
    let (docs, truth) = planted(3, 100, 20, 60, 7);
    let themes = suggest(&docs, &Options::default());
    assert_eq!(themes.len(), 3, "the silhouette chooses the planted count");
    let found = labels(&themes, docs.len());
    let ari = adjusted_rand(&truth, &found);
    assert!(ari >= 0.9, "adjusted Rand index {ari}");
    for theme in &themes {
        // Each theme is mostly one planted topic, and its top terms are that topic's words.
        let topic = truth[theme.members[0]];
        let purity = theme.members.iter().filter(|&&m| truth[m] == topic).count() as f64
            / theme.members.len() as f64;
        assert!(purity >= 0.9, "purity {purity}");
        assert_eq!(theme.terms.len(), 8);
        for (term, weight) in &theme.terms {
            assert!(
                term.starts_with(&format!("t{topic}w")),
                "{term} in topic {topic}"
            );
            assert!(*weight > 0.0);
        }
        assert!(theme.terms.windows(2).all(|w| w[0].1 >= w[1].1));
        assert_eq!(theme.representatives.len(), 3);
        assert!(theme
            .representatives
            .iter()
            .all(|r| theme.members.contains(r) && truth[*r] == topic));
        assert!(theme.members.windows(2).all(|w| w[0] < w[1]));
    }
    let sizes: Vec<usize> = themes.iter().map(|t| t.members.len()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn more_planted_topics_are_counted_right() {
    for topics in [2, 5, 8] {
        let (docs, truth) = planted(topics, 40, 25, 80, 11);
        let themes = suggest(&docs, &Options::default());
        assert_eq!(themes.len(), topics);
        let ari = adjusted_rand(&truth, &labels(&themes, docs.len()));
        assert!(ari >= 0.9, "{topics} topics: adjusted Rand index {ari}");
    }
}

#[test]
fn same_seed_same_themes() {
    let (docs, _) = planted(4, 60, 20, 60, 3);
    let options = Options::default();
    assert_eq!(suggest(&docs, &options), suggest(&docs, &options));
}

#[test]
fn answers_without_usable_terms_join_no_theme() {
    let (mut docs, _) = planted(3, 30, 20, 60, 5);
    docs.push(Vec::new());
    docs.push(vec!["unique".to_owned(), "words".to_owned()]);
    let themes = suggest(&docs, &Options::default());
    let members: BTreeSet<usize> = themes.iter().flat_map(|t| t.members.clone()).collect();
    assert_eq!(members.len(), 90);
    assert!(!members.contains(&90) && !members.contains(&91));
}

#[test]
fn small_and_empty_inputs() {
    let empty: Vec<Vec<String>> = Vec::new();
    assert!(suggest(&empty, &Options::default()).is_empty());
    let three = vec![vec!["a", "b"], vec!["a", "b"], vec!["a", "c"]];
    assert!(suggest(&three, &Options::default()).is_empty());
    // Four or five usable answers: one theme with all of them.
    let options = Options {
        max_df: 1.0,
        ..Options::default()
    };
    let five = vec![
        vec!["a", "b"],
        vec!["a", "b"],
        vec!["a", "c"],
        vec!["c", "d"],
        vec!["d", "b"],
    ];
    let themes = suggest(&five, &options);
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].members, [0, 1, 2, 3, 4]);
    // A requested count larger than the answers is cut down to them.
    let many = Options {
        themes: Some(50),
        ..options
    };
    let themes = suggest(&five, &many);
    assert!(themes.len() <= 5);
    let mut members: Vec<usize> = themes.iter().flat_map(|t| t.members.clone()).collect();
    members.sort_unstable();
    assert_eq!(members, [0, 1, 2, 3, 4]);
}

#[test]
fn identical_answers_do_not_break_the_clustering() {
    let docs = vec![vec!["water", "well"]; 30];
    let themes = suggest(
        &docs,
        &Options {
            max_df: 1.0,
            ..Options::default()
        },
    );
    let members: usize = themes.iter().map(|t| t.members.len()).sum();
    assert_eq!(members, 30);
}

#[test]
fn coding_with_accepted_themes() {
    let (docs, truth) = planted(3, 50, 20, 60, 9);
    let themes = suggest(&docs, &Options::default());
    let accepted: Vec<Vec<(String, f32)>> = themes.iter().map(|t| t.terms.clone()).collect();
    let coded = code(&docs, &accepted, DEFAULT_CODING_THRESHOLD);
    let theme_of_topic: Vec<usize> = (0..3)
        .map(|topic| {
            themes
                .iter()
                .position(|t| truth[t.members[0]] == topic)
                .unwrap_or(usize::MAX)
        })
        .collect();
    let right = coded
        .iter()
        .zip(&truth)
        .filter(|(codes, &topic)| codes.first() == Some(&theme_of_topic[topic]))
        .count();
    assert!(
        right as f64 >= 0.95 * docs.len() as f64,
        "{right} coded right"
    );
    let extra = coded.iter().filter(|codes| codes.len() > 1).count();
    assert!(
        extra as f64 <= 0.05 * docs.len() as f64,
        "{extra} coded twice"
    );
}

#[test]
fn coding_gives_several_themes_or_none() {
    let docs = vec![
        vec!["water", "well", "school", "teacher"],
        vec!["water", "pump"],
        vec!["road", "bridge"],
    ];
    let water = vec![
        ("water".to_owned(), 0.7),
        ("well".to_owned(), 0.5),
        ("pump".to_owned(), 0.5),
    ];
    let school = vec![("school".to_owned(), 0.7), ("teacher".to_owned(), 0.7)];
    let coded = code(&docs, &[water, school], DEFAULT_CODING_THRESHOLD);
    assert_eq!(coded[0].len(), 2);
    assert_eq!(coded[1], [0]);
    assert!(coded[2].is_empty());
    let none: Vec<Vec<(String, f32)>> = Vec::new();
    assert_eq!(code(&docs, &none, 0.0), vec![Vec::<usize>::new(); 3]);
}
