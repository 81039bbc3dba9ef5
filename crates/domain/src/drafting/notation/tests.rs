//! The notation read, printed and read back: every mistake placed, escapes, the bound on nesting,
//! walks at any depth, and a property test that printed texts read back the same.

use super::super::number::Part;
use super::*;
use proptest::prelude::*;

const SAMPLE: &str = "## Enhanced cooperation

PP1. Recalling the Tunis Agenda for the Information Society,

OP5 bis. Invites [all]{EU; 2017-09-26; wider than the mandate} stakeholders to [[strengthen]{G77} cooperation]{US}.

OP6.
Alt 1: Recommends a new mechanism.
Alt 2: Recommends [no new mechanism]{; ; placed by the Chair}.
";

#[test]
fn a_text_reads_into_paragraphs_brackets_and_sponsors() {
    let draft = parse(SAMPLE).unwrap();
    assert_eq!(draft.blocks.len(), 4);
    assert_eq!(
        draft.blocks[0],
        Block::Heading("Enhanced cooperation".into())
    );
    let Block::Paragraph(op5) = &draft.blocks[2] else {
        panic!("a paragraph")
    };
    assert_eq!(op5.number.to_string(), "OP5 bis");
    let spans = &op5.alternatives[0];
    assert_eq!(count_brackets(spans), 3);
    let Span::Bracket(all) = &spans[1] else {
        panic!("a bracket")
    };
    assert_eq!(all.sponsor, "EU");
    assert_eq!(all.reason, "wider than the mandate");
    assert_eq!(all.proposed_on, Some(time::macros::date!(2017 - 09 - 26)));
    assert_eq!(
        plain_text(spans),
        "Invites all stakeholders to strengthen cooperation."
    );
    let Block::Paragraph(op6) = &draft.blocks[3] else {
        panic!("a paragraph")
    };
    assert_eq!(op6.alternatives.len(), 2);
    assert_eq!(
        print(&draft),
        SAMPLE,
        "the canonical form prints back exactly"
    );
}

#[test]
fn wrapped_lines_continue_their_text() {
    let draft = parse("OP1. Invites [all\nstakeholders]{EU}\n  to act.\n").unwrap();
    assert_eq!(
        print(&draft),
        "OP1. Invites [all stakeholders]{EU} to act.\n"
    );
}

#[test]
fn every_mistake_is_placed_and_named() {
    let code = |text: &str| {
        let e = parse(text).unwrap_err();
        (e.code, e.line, e.column)
    };
    assert_eq!(
        code("OP1. Invites [all stakeholders"),
        ("unclosed_bracket", 1, 14)
    );
    assert_eq!(
        code("OP1. Invites all] stakeholders"),
        ("unopened_bracket", 1, 17)
    );
    assert_eq!(code("OP1. a [b]{EU; 26/09/2017}"), ("bad_date", 1, 11));
    assert_eq!(code("OP1. a [b]{EU; ; why; more}").0, "bad_annotation");
    assert_eq!(code("OP1. a {b}").0, "stray_brace");
    assert_eq!(code("OP1.\nAlt 2: b").0, "alternative_out_of_order");
    assert_eq!(code("OP1. a\nAlt 1: b").0, "alternatives_with_text");
    assert_eq!(code("OP1.\n\nOP2. b"), ("empty_paragraph", 1, 1));
    assert_eq!(code("OP1. a\n\nOP1. b").0, "duplicate_number");
    assert_eq!(code("Invites all").0, "text_outside_paragraph");
    assert_eq!(code("OP5 alt. a").0, "bad_number");
}

#[test]
fn escaped_characters_are_text() {
    let draft = parse(r"OP1. See \[1\] and a \{note\} [x]{A\; B}").unwrap();
    let Block::Paragraph(p) = &draft.blocks[0] else {
        panic!("a paragraph")
    };
    assert_eq!(plain_text(&p.alternatives[0]), "See [1] and a {note} x");
    let Span::Bracket(b) = &p.alternatives[0][1] else {
        panic!("a bracket")
    };
    assert_eq!(b.sponsor, "A; B");
}

#[test]
fn brackets_nest_only_so_deep() {
    let nested = |depth: usize| format!("OP1. {}x{}", "[".repeat(depth), "]".repeat(depth));
    let deepest = parse(&nested(MAX_DEPTH)).unwrap();
    let Block::Paragraph(p) = &deepest.blocks[0] else {
        panic!("a paragraph")
    };
    assert_eq!(count_brackets(&p.alternatives[0]), MAX_DEPTH);
    assert_eq!(print(&deepest), nested(MAX_DEPTH) + "\n");
    for depth in [MAX_DEPTH + 1, 8_000, 20_000] {
        let e = parse(&nested(depth)).unwrap_err();
        assert_eq!((e.code, e.line, e.column), ("too_deep", 1, 6 + MAX_DEPTH));
    }
}

#[test]
fn walks_need_no_stack_however_deep_the_tree() {
    // Built by hand, past what the reader accepts, to show the walks themselves are safe.
    let mut spans = vec![Span::Text("x".into())];
    for _ in 0..100_000 {
        spans = vec![Span::Bracket(Bracket {
            content: spans,
            ..Bracket::default()
        })];
    }
    assert_eq!(count_brackets(&spans), 100_000);
    assert_eq!(plain_text(&spans), "x");
    assert_eq!(print_spans(&spans).len(), 200_001);
    // Dropping is recursive in the standard library: take the tree apart by hand.
    while let Some(Span::Bracket(b)) = spans.pop() {
        spans = b.content;
    }
}

#[test]
fn an_alternative_without_words_is_refused() {
    for text in ["OP6.\nAlt 1:", "OP6.\nAlt 1:   ", "OP6.\nAlt 1: a\nAlt 2:"] {
        let e = parse(text).unwrap_err();
        assert_eq!(e.code, "empty_alternative", "{text:?}");
    }
}

// Texts as the printer writes them: no line breaks, no space at either end of a text or a
// field (the reader trims those), adjacent plain texts merged.
fn word() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r"[a-zA-Zé漢ا0-9,.;:\\\[\]{}]{1,8}").expect("a regex")
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::collection::vec(word(), 1..3).prop_map(|w| w.join(" ")),
    ]
}

fn spans(depth: u32) -> BoxedStrategy<Vec<Span>> {
    let text = proptest::collection::vec(word(), 1..4).prop_map(|w| Span::Text(w.join(" ")));
    let leaf = text.boxed();
    let span = if depth == 0 {
        leaf
    } else {
        prop_oneof![
            3 => leaf,
            1 => (field(), proptest::option::of(0i32..3000), field(), spans(depth - 1)).prop_map(
                |(sponsor, day, reason, content)| Span::Bracket(Bracket {
                    sponsor,
                    proposed_on: day.map(|d| time::macros::date!(2015 - 01 - 01) + time::Duration::days(i64::from(d))),
                    reason,
                    content,
                })
            ),
        ]
        .boxed()
    };
    proptest::collection::vec(span, 1..5)
        .prop_map(|raw| {
            // Plain texts side by side are one text, spaced as the printer would.
            let mut merged: Vec<Span> = Vec::new();
            for span in raw {
                match (merged.last_mut(), span) {
                    (Some(Span::Text(before)), Span::Text(t)) => {
                        before.push(' ');
                        before.push_str(&t);
                    }
                    (_, span) => merged.push(span),
                }
            }
            merged
        })
        .boxed()
}

fn paragraph() -> impl Strategy<Value = Paragraph> {
    (
        any::<bool>(),
        1u32..200,
        0u8..4,
        proptest::collection::vec(spans(2), 1..4),
    )
        .prop_map(|(operative, number, suffix, alternatives)| Paragraph {
            number: Number {
                part: if operative {
                    Part::Operative
                } else {
                    Part::Preambular
                },
                number,
                suffix,
            },
            alternatives,
        })
}

proptest! {
    #[test]
    fn printed_texts_read_back_the_same(paragraphs in proptest::collection::vec(paragraph(), 1..5)) {
        let mut draft = Draft::default();
        for p in paragraphs {
            if !draft.blocks.iter().any(|b| matches!(b, Block::Paragraph(q) if q.number == p.number)) {
                draft.blocks.push(Block::Paragraph(p));
            }
        }
        let printed = print(&draft);
        prop_assert_eq!(parse(&printed), Ok(draft.clone()), "{}", printed);
        prop_assert_eq!(print(&parse(&printed).unwrap()), printed);
    }
}
