//! Behaviour of the search engine as a whole: matching, ranking, filters, facets, removals,
//! languages and snippets.

use super::*;
use crate::language::Lang;

fn docs(results: &Results) -> Vec<DocId> {
    results.hits.iter().map(|h| h.doc).collect()
}

fn find(index: &Index, query: &str) -> Vec<DocId> {
    let mut found = docs(&index.search(&parse(query), &[], 0, 100));
    found.sort_unstable();
    found
}

/// A small consultation: facet slots are (stakeholder group, region).
fn consultation() -> Index {
    let mut index = Index::new(2);
    let texts: [(&str, Option<Lang>, [u32; 2]); 8] = [
        (
            "Civil society must take part in the negotiations.",
            Some(Lang::En),
            [1, 10],
        ),
        (
            "The negotiated text ignores civil society and indigenous peoples.",
            Some(Lang::En),
            [1, 20],
        ),
        (
            "Private sector finance is needed for climate adaptation.",
            Some(Lang::En),
            [2, 10],
        ),
        (
            "Society at large, and civil servants, should be heard.",
            Some(Lang::En),
            [3, 20],
        ),
        (
            "Climate finance must be public, not private.",
            Some(Lang::En),
            [1, NO_VALUE],
        ),
        (
            "Les négociations doivent inclure la société civile.",
            Some(Lang::Fr),
            [1, 30],
        ),
        (
            "Las negociaciones deben incluir a la sociedad civil.",
            Some(Lang::Es),
            [2, 30],
        ),
        (
            "Oil and gas subsidies should end; climate first.",
            Some(Lang::En),
            [2, 20],
        ),
    ];
    for (text, lang, facets) in texts {
        index.add(text, lang, &facets);
    }
    index
}

#[test]
fn words_match_through_stemming() {
    let index = consultation();
    assert_eq!(find(&index, "negotiations"), [0, 1]);
    assert_eq!(find(&index, "Negotiated"), [0, 1]);
    // With the query's language given, only that language's stem is looked up.
    let english = index.search(&parse_in("negotiating", Some(Lang::En)), &[], 0, 10);
    assert_eq!(docs(&english).len(), 2);
}

#[test]
fn all_words_must_occur() {
    let index = consultation();
    assert_eq!(find(&index, "climate finance"), [2, 4]);
    assert_eq!(find(&index, "climate finance oil"), Vec::<DocId>::new());
    assert_eq!(find(&index, "climate unheardofword"), Vec::<DocId>::new());
}

#[test]
fn phrases_need_the_words_together_and_in_order() {
    let index = consultation();
    assert_eq!(find(&index, "civil society"), [0, 1, 3]);
    assert_eq!(find(&index, "\"civil society\""), [0, 1]);
    assert_eq!(find(&index, "\"society civil\""), Vec::<DocId>::new());
    // An unbalanced quote runs to the end.
    assert_eq!(find(&index, "\"civil society"), [0, 1]);
}

#[test]
fn or_and_not() {
    let index = consultation();
    assert_eq!(find(&index, "oil OR indigenous"), [1, 7]);
    assert_eq!(find(&index, "climate -private"), [7]);
    assert_eq!(find(&index, "climate NOT private"), [7]);
    assert_eq!(find(&index, "climate -\"private sector\""), [4, 7]);
    // Only exclusions: everything else.
    assert_eq!(find(&index, "-climate"), [0, 1, 3, 5, 6]);
    // Dangling operators do no harm.
    assert_eq!(find(&index, "OR oil OR"), [7]);
}

#[test]
fn prefixes() {
    let index = consultation();
    assert_eq!(find(&index, "negotiat*"), [0, 1]);
    assert_eq!(find(&index, "subsid*"), [7]);
    // Accents fold: négo* and nego* are the same prefix, in every language.
    assert_eq!(find(&index, "négo*"), [0, 1, 5, 6]);
    assert_eq!(find(&index, "nego*"), [0, 1, 5, 6]);
}

#[test]
fn ranking_is_bm25_with_ties_by_id() {
    let mut index = Index::new(0);
    index.add("water", Some(Lang::En), &[]);
    index.add(
        "water water water and more words about other things entirely",
        Some(Lang::En),
        &[],
    );
    index.add("water water", Some(Lang::En), &[]);
    index.add("nothing here", Some(Lang::En), &[]);
    index.add("water", Some(Lang::En), &[]);
    let results = index.search(&parse("water"), &[], 0, 10);
    assert_eq!(results.total, 4);
    // Two occurrences in two words beats one in one word; ties (0 and 4) by id.
    assert_eq!(docs(&results)[0], 2);
    let ones: Vec<DocId> = docs(&results)
        .into_iter()
        .filter(|d| *d == 0 || *d == 4)
        .collect();
    assert_eq!(ones, [0, 4]);
    let scores: Vec<f32> = results.hits.iter().map(|h| h.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    // Rarer words weigh more.
    let mut index = Index::new(0);
    index.add("common rare", None, &[]);
    index.add("common common", None, &[]);
    index.add("common", None, &[]);
    let results = index.search(&parse("common OR rare"), &[], 0, 10);
    assert_eq!(docs(&results)[0], 0);
}

#[test]
fn pages() {
    let mut index = Index::new(0);
    for _ in 0..25 {
        index.add("same text", None, &[]);
    }
    let query = parse("text");
    let page = |offset, limit| docs(&index.search(&query, &[], offset, limit));
    assert_eq!(page(0, 3), [0, 1, 2]);
    assert_eq!(page(10, 3), [10, 11, 12]);
    assert_eq!(page(24, 10), [24]);
    assert!(page(30, 10).is_empty());
    assert!(page(0, 0).is_empty());
    assert_eq!(index.search(&query, &[], 30, 10).total, 25);
}

#[test]
fn filters_or_within_a_slot_and_across_slots() {
    let index = consultation();
    let query = parse("civil");
    let search = |filters: &[Filter]| {
        let mut found = docs(&index.search(&query, filters, 0, 100));
        found.sort_unstable();
        found
    };
    assert_eq!(search(&[]), [0, 1, 3, 5, 6]);
    assert_eq!(search(&[Filter { facet: 0, value: 1 }]), [0, 1, 5]);
    assert_eq!(
        search(&[Filter { facet: 0, value: 1 }, Filter { facet: 0, value: 3 }]),
        [0, 1, 3, 5]
    );
    assert_eq!(
        search(&[
            Filter { facet: 0, value: 1 },
            Filter {
                facet: 1,
                value: 20
            }
        ]),
        [1]
    );
    assert_eq!(
        search(&[Filter {
            facet: 0,
            value: 99
        }]),
        Vec::<DocId>::new()
    );
    assert_eq!(
        search(&[Filter { facet: 7, value: 1 }]),
        Vec::<DocId>::new()
    );
    // Not stated is a value too.
    let climate = index.search(
        &parse("climate"),
        &[Filter {
            facet: 1,
            value: NO_VALUE,
        }],
        0,
        10,
    );
    assert_eq!(docs(&climate), [4]);
}

#[test]
fn facet_counts_cover_every_match_after_filters() {
    let index = consultation();
    let results = index.search(&parse("civil"), &[], 0, 1);
    assert_eq!(results.total, 5);
    assert_eq!(results.hits.len(), 1);
    assert_eq!(results.facets[0], [(1, 3), (2, 1), (3, 1)]);
    assert_eq!(results.facets[1], [(20, 2), (30, 2), (10, 1)]);
    let filtered = index.search(
        &parse("civil"),
        &[Filter {
            facet: 1,
            value: 30,
        }],
        0,
        1,
    );
    assert_eq!(filtered.facets[0], [(1, 1), (2, 1)]);
    assert_eq!(filtered.facets[1], [(30, 2)]);
}

#[test]
fn an_empty_query_browses_by_id() {
    let index = consultation();
    for empty in ["", "   ", "?!", "OR AND"] {
        let results = index.search(&parse(empty), &[Filter { facet: 0, value: 2 }], 0, 10);
        assert_eq!(docs(&results), [2, 6, 7], "{empty:?}");
        assert!(results.hits.iter().all(|h| h.score == 0.0));
    }
    assert_eq!(index.search(&parse(""), &[], 0, 100).total, 8);
}

#[test]
fn removed_documents_never_match() {
    let mut index = consultation();
    assert_eq!(index.len(), 8);
    index.remove(1);
    index.remove(1);
    index.remove(999);
    assert_eq!(index.len(), 7);
    assert_eq!(find(&index, "negotiations"), [0]);
    assert_eq!(find(&index, "\"civil society\""), [0]);
    let browse = index.search(&parse(""), &[], 0, 100);
    assert_eq!(browse.total, 7);
    assert!(!docs(&browse).contains(&1));
    let counts = index.search(&parse("civil"), &[], 0, 10).facets;
    assert_eq!(counts[0], [(1, 2), (2, 1), (3, 1)]);
    let mut empty = Index::new(0);
    assert!(empty.is_empty());
    let only = empty.add("x", None, &[]);
    empty.remove(only);
    assert!(empty.is_empty());
}

#[test]
fn languages_meet_across_spellings() {
    let mut index = Index::new(0);
    let arabic = index.add("يجب أن تشمل المفاوضات المجتمع المدني", Some(Lang::Ar), &[]);
    let vocalised = index.add("المُفَاوَضَاتُ صَعْبَةٌ", None, &[]);
    let chinese = index.add(
        "我们支持中华人民共和国的立场，也支持可持续发展。",
        None,
        &[],
    );
    let russian = index.add("Переговоры о климате продолжаются.", None, &[]);
    let french = index.add(
        "Le développement durable et les négociations.",
        Some(Lang::Fr),
        &[],
    );
    let english = index.add("Sustainable development.", Some(Lang::En), &[]);
    // Arabic with and without diacritics.
    assert_eq!(find(&index, "المفاوضات"), [arabic, vocalised]);
    assert_eq!(find(&index, "المُفَاوَضَات"), [arabic, vocalised]);
    // A two-character Chinese word inside a sentence, and a longer one as a phrase of bigrams.
    assert_eq!(find(&index, "人民"), [chinese]);
    assert_eq!(find(&index, "可持续发展"), [chinese]);
    assert_eq!(find(&index, "人民支持"), Vec::<DocId>::new());
    // Russian inflections.
    assert_eq!(find(&index, "переговорах"), [russian]);
    assert_eq!(find(&index, "переговоров"), [russian]);
    assert_eq!(find(&index, "климату"), [russian]);
    // French accents, typed or not; the English word has its own stem.
    assert_eq!(find(&index, "développement"), [french]);
    assert_eq!(find(&index, "developpement"), [french]);
    assert_eq!(find(&index, "development"), [english]);
    assert_eq!(find(&index, "négociation"), [french]);
    assert_eq!(find(&index, "negociations"), [french]);
}

#[test]
fn languages_are_detected_when_not_given() {
    let mut index = Index::new(0);
    let doc = index.add(
        "The negotiations were long and the delegations were tired.",
        None,
        &[],
    );
    assert_eq!(find(&index, "negotiating"), [doc]);
}

#[test]
fn bulk_build_equals_one_by_one() {
    let texts: Vec<String> = (0..5000)
        .map(|i| {
            format!(
                "answer {i} about topic{} and the {} of negotiations {}",
                i % 37,
                ["water", "climate", "finance", "society"][i % 4],
                if i % 3 == 0 {
                    "civil society"
                } else {
                    "private sector"
                }
            )
        })
        .collect();
    let facets: Vec<[u32; 2]> = (0..5000u32).map(|i| [i % 5, i % 7]).collect();
    let built = Index::build(
        2,
        texts
            .iter()
            .zip(&facets)
            .map(|(t, f)| (t.as_str(), Some(Lang::En), f.as_slice())),
    );
    let mut added = Index::new(2);
    for (t, f) in texts.iter().zip(&facets) {
        added.add(t, Some(Lang::En), f);
    }
    assert_eq!(built.len(), added.len());
    assert_eq!(built.term_count(), added.term_count());
    for query in [
        "topic5",
        "\"civil society\" water",
        "negotiations -finance",
        "topic1*",
        "answer 4999",
        "",
    ] {
        for filters in [&[][..], &[Filter { facet: 1, value: 3 }][..]] {
            let a = built.search(&parse(query), filters, 5, 20);
            let b = added.search(&parse(query), filters, 5, 20);
            assert_eq!(a, b, "{query}");
        }
    }
    assert!(built.heap_bytes() > 0);
}

#[test]
fn snippets_highlight_matches_in_the_best_window() {
    let text = "The first paragraph talks about procedure and dates. Then a long digression about \
                the venue, the catering and the weather follows here. Finally: civil society \
                must take part in the negotiations, and civil society organisations agree.";
    let pieces = snippet(text, Some(Lang::En), &parse("negotiated civil"), 60);
    let highlighted: Vec<&str> = pieces
        .iter()
        .filter(|p| p.highlighted)
        .map(|p| p.text.as_str())
        .collect();
    assert!(highlighted.contains(&"negotiations"), "{pieces:?}");
    assert!(highlighted.contains(&"civil"), "{pieces:?}");
    let shown: String = pieces.iter().map(|p| p.text.as_str()).collect();
    assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
    assert!(shown.chars().count() <= 62, "{shown}");
    // Cut at word boundaries: the shown text, without its ellipses, is in the original.
    assert!(text.contains(shown.trim_matches('…')), "{shown}");
}

#[test]
fn snippets_of_short_texts_and_texts_without_a_match() {
    let pieces = snippet("Oil and gas.", None, &parse("gas"), 100);
    assert_eq!(
        pieces,
        [
            Piece {
                text: "Oil and ".into(),
                highlighted: false
            },
            Piece {
                text: "gas".into(),
                highlighted: true
            },
            Piece {
                text: ".".into(),
                highlighted: false
            },
        ]
    );
    let text = "Nothing to see here, just many words one after the other for a while.";
    let pieces = snippet(text, None, &parse("absent"), 20);
    assert_eq!(pieces.len(), 1);
    assert!(pieces[0].text.starts_with("Nothing") && pieces[0].text.ends_with('…'));
    assert!(snippet("", None, &parse("x"), 10).is_empty());
    assert!(snippet("text", None, &parse("x"), 0).is_empty());
    // A matched word longer than the window is cut inside.
    let long = format!("{} tail", "a".repeat(50));
    let pieces = snippet(&long, None, &parse(&"a".repeat(50)), 10);
    assert!(
        pieces
            .iter()
            .any(|p| p.highlighted && p.text == "a".repeat(10)),
        "{pieces:?}"
    );
}

#[test]
fn snippets_of_chinese_and_arabic_highlight_by_byte_ranges() {
    let pieces = snippet("我们支持中华人民共和国。", None, &parse("人民"), 50);
    assert!(
        pieces.iter().any(|p| p.highlighted && p.text == "人民"),
        "{pieces:?}"
    );
    let pieces = snippet(
        "يجب أن تشمل المُفَاوَضَات المجتمع",
        None,
        &parse("المفاوضات"),
        50,
    );
    assert!(
        pieces
            .iter()
            .any(|p| p.highlighted && p.text == "المُفَاوَضَات"),
        "{pieces:?}"
    );
}

#[test]
fn a_megabyte_snippet_is_fast() {
    let text =
        "Words and more words about nothing in particular. ".repeat(20_000) + "The needle is here.";
    let started = std::time::Instant::now();
    let pieces = snippet(&text, Some(Lang::En), &parse("needle"), 80);
    assert!(pieces.iter().any(|p| p.highlighted && p.text == "needle"));
    assert!(started.elapsed().as_secs() < 10);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn search_and_snippet_never_panic(
            texts in proptest::collection::vec("\\PC{0,60}", 1..8),
            query in "\\PC{0,40}",
            max in 0usize..50,
        ) {
            let mut index = Index::new(1);
            for (i, t) in texts.iter().enumerate() {
                index.add(t, None, &[i as u32 % 2]);
            }
            let q = parse(&query);
            let results = index.search(&q, &[Filter { facet: 0, value: 1 }], 0, 5);
            prop_assert!(results.hits.len() <= 5 && results.total <= texts.len());
            for t in &texts {
                let pieces = snippet(t, None, &q, max);
                let shown: String = pieces.iter().map(|p| p.text.as_str()).collect();
                prop_assert!(shown.chars().count() <= max + 2);
            }
        }
    }
}
