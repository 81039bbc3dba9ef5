//! Search queries as people type them, parsed without ever failing.
//!
//! - `word word`: every word must occur (AND);
//! - `"several words"`: the words in this order, next to each other; a quote left open runs to
//!   the end of the query;
//! - `a OR b` (or `a | b`): either; `OR` binds the items on its two sides, so `x a OR b` means
//!   x AND (a OR b);
//! - `-word`, `-"a phrase"`, `NOT word`: documents holding it are left out;
//! - `negotiat*`: words starting with this (at least two letters; the most frequent
//!   [`MAX_PREFIX_TERMS`] words of the index that start so);
//! - `AND` is the default and is ignored, as are operators with nothing to apply to (`OR` at
//!   either end, `-` alone, `NOT` at the end, `AND AND`).
//!
//! Each word goes through the same tokeniser as the documents. A word that the tokeniser cuts in
//! several terms (`covid-19`, a run of Chinese characters) is a phrase of those terms. When the
//! query's language is not given, a Latin word is looked up unstemmed and under the English,
//! French and Spanish stemmers, since the documents it should find may be in any of them.
//! At most [`MAX_TERMS`] terms are kept; a longer query is cut and says so
//! ([`Query::is_truncated`]).

use crate::language::{scan_units, Lang, Stemming, Tokenizer, Unit};

/// Terms a query keeps (each word of a phrase counts).
pub const MAX_TERMS: usize = 32;
/// Words of the index a prefix stands for at most.
pub const MAX_PREFIX_TERMS: usize = 32;

/// A parsed query: groups that must all match, each a choice of clauses (OR), and clauses that
/// must not match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub(crate) groups: Vec<Vec<Clause>>,
    pub(crate) excluded: Vec<Clause>,
    truncated: bool,
}

/// What one item of a query matches.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Clause {
    /// Consecutive terms; each slot lists the forms its word may have in the index, any of which
    /// matches. A single slot is a plain word.
    Words(Vec<Vec<String>>),
    /// Terms starting with this (lowercase, accents folded, not stemmed).
    Prefix(String),
}

impl Clause {
    fn term_count(&self) -> usize {
        match self {
            Clause::Words(slots) => slots.len(),
            Clause::Prefix(_) => 1,
        }
    }
}

impl Query {
    /// Whether the query asks for nothing (empty, only punctuation, only operators): searching
    /// with it lists every document that passes the filters.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }

    /// Whether terms past [`MAX_TERMS`] were dropped.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The terms and prefixes the wanted (not excluded) clauses look for, for highlighting.
    pub(crate) fn wanted_terms(&self) -> (Vec<&str>, Vec<&str>) {
        let mut terms = Vec::new();
        let mut prefixes = Vec::new();
        for clause in self.groups.iter().flatten() {
            match clause {
                Clause::Words(slots) => terms.extend(slots.iter().flatten().map(String::as_str)),
                Clause::Prefix(prefix) => prefixes.push(prefix.as_str()),
            }
        }
        terms.sort_unstable();
        terms.dedup();
        (terms, prefixes)
    }
}

/// Parses a query in no stated language. Never fails.
pub fn parse(input: &str) -> Query {
    parse_in(input, None)
}

/// Parses a query whose words are in `lang` (Latin words then get that language's stemmer
/// only). Never fails.
pub fn parse_in(input: &str, lang: Option<Lang>) -> Query {
    let mut query = Query::default();
    let mut tokenizer = Tokenizer::new();
    let mut terms = 0usize;
    let mut negate_next = false;
    let mut or_next = false;
    // Whether the last item placed was a wanted clause, which an OR can join.
    let mut last_was_wanted = false;
    for item in lex(input) {
        let (text, quoted, negated) = match item {
            Item::Or => {
                or_next = last_was_wanted;
                continue;
            }
            Item::Not => {
                negate_next = true;
                continue;
            }
            Item::And => continue,
            Item::Text {
                text,
                quoted,
                negated,
            } => (text, quoted, negated),
        };
        let Some(clause) = clause_of(text, quoted, lang, &mut tokenizer) else {
            continue;
        };
        if terms + clause.term_count() > MAX_TERMS {
            query.truncated = true;
            break;
        }
        terms += clause.term_count();
        if negated || negate_next {
            query.excluded.push(clause);
            last_was_wanted = false;
        } else {
            match query.groups.last_mut() {
                Some(group) if or_next => group.push(clause),
                _ => query.groups.push(vec![clause]),
            }
            last_was_wanted = true;
        }
        negate_next = false;
        or_next = false;
    }
    query
}

fn clause_of(
    text: &str,
    quoted: bool,
    lang: Option<Lang>,
    tokenizer: &mut Tokenizer,
) -> Option<Clause> {
    if !quoted {
        if let Some(stem) = text.strip_suffix('*') {
            if let Some(prefix) = prefix_of(stem.trim_end_matches('*'), tokenizer) {
                return Some(Clause::Prefix(prefix));
            }
        }
    }
    let mut slots: Vec<Vec<String>> = Vec::new();
    scan_units(text, |unit, _| {
        let mut forms = Vec::new();
        match unit {
            Unit::Cjk(term) => forms.push(term.to_owned()),
            Unit::Word { text, script } => {
                for &stemming in Stemming::candidates(script, lang) {
                    let term = tokenizer.term(text, stemming);
                    if !forms.iter().any(|f: &String| f == term) {
                        forms.push(term.to_owned());
                    }
                }
            }
        }
        slots.push(forms);
    });
    (!slots.is_empty()).then_some(Clause::Words(slots))
}

/// The prefix a `word*` stands for: one word of at least two characters (a CJK prefix is not
/// supported: bigrams already match inside words), lowercase and folded, unstemmed.
fn prefix_of(text: &str, tokenizer: &mut Tokenizer) -> Option<String> {
    let mut words = Vec::new();
    scan_units(text, |unit, _| match unit {
        Unit::Word { text, .. } => {
            words.push(Some(tokenizer.term(text, Stemming::None).to_owned()))
        }
        Unit::Cjk(_) => words.push(None),
    });
    match words.as_slice() {
        [Some(word)] if word.chars().count() >= 2 => Some(word.clone()),
        _ => None,
    }
}

/// One item of a query as typed.
#[derive(Debug, PartialEq)]
enum Item<'a> {
    Text {
        text: &'a str,
        quoted: bool,
        negated: bool,
    },
    Or,
    Not,
    And,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Splits a query into items: quoted phrases, operators, and words (runs without spaces).
fn lex(input: &str) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        let negated = first == '-' && rest[1..].starts_with(|c: char| !c.is_whitespace());
        if negated {
            rest = &rest[1..];
        }
        let Some(first) = rest.chars().next() else {
            break;
        };
        if is_quote(first) {
            let body = &rest[first.len_utf8()..];
            let end = body.find(is_quote).unwrap_or(body.len());
            items.push(Item::Text {
                text: &body[..end],
                quoted: true,
                negated,
            });
            let closing = body[end..].chars().next().map_or(0, char::len_utf8);
            rest = &body[end + closing..];
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || is_quote(c))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        items.push(match (word, negated) {
            ("OR" | "|" | "||", false) => Item::Or,
            ("AND" | "&&" | "&", false) => Item::And,
            ("NOT", false) => Item::Not,
            _ => Item::Text {
                text: word,
                quoted: false,
                negated,
            },
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(query: &Query) -> Vec<Vec<String>> {
        query
            .groups
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|clause| match clause {
                        Clause::Words(slots) => slots
                            .iter()
                            .map(|s| s[0].clone())
                            .collect::<Vec<_>>()
                            .join(" "),
                        Clause::Prefix(p) => format!("{p}*"),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn words_phrases_or_and_not() {
        let q = parse_in(
            r#"climate "civil society" finance OR funding -oil NOT gas"#,
            Some(Lang::En),
        );
        assert_eq!(
            words(&q),
            [
                vec!["climat"],
                vec!["civil societi"],
                vec!["financ", "fund"]
            ]
        );
        assert_eq!(q.excluded.len(), 2);
        assert!(!q.is_truncated());
    }

    #[test]
    fn latin_words_without_a_language_are_looked_up_in_every_form() {
        let q = parse("negotiations");
        let Clause::Words(slots) = &q.groups[0][0] else {
            panic!("not words")
        };
        assert_eq!(slots.len(), 1);
        assert!(slots[0].contains(&"negotiations".to_owned()));
        assert!(slots[0].contains(&"negoti".to_owned()));
    }

    #[test]
    fn broken_queries_parse_to_something_sensible() {
        assert!(parse("").is_empty());
        assert!(parse("   ").is_empty());
        assert!(parse("?! ... ,;").is_empty());
        assert!(parse("OR").is_empty());
        assert!(parse("AND AND").is_empty());
        assert!(parse("- -- NOT").is_empty());
        assert_eq!(
            words(&parse_in("OR water OR", Some(Lang::En))),
            [vec!["water"]]
        );
        assert_eq!(
            words(&parse_in("water AND AND food", Some(Lang::En))),
            [vec!["water"], vec!["food"]]
        );
        // An open quote runs to the end.
        assert_eq!(
            words(&parse_in("\"civil society", Some(Lang::En))),
            [vec!["civil societi"]]
        );
        assert_eq!(
            words(&parse_in("\"", Some(Lang::En))),
            Vec::<Vec<String>>::new()
        );
        // Stopwords are kept: they are words like any other to the index.
        assert_eq!(
            words(&parse_in("the of", Some(Lang::En))),
            [vec!["the"], vec!["of"]]
        );
        // A negated group alone is a valid query (everything but).
        let q = parse("-oil");
        assert!(q.groups.is_empty() && q.excluded.len() == 1 && !q.is_empty());
        // Prefixes need two characters.
        assert_eq!(words(&parse("negotiat*")), [vec!["negotiat*"]]);
        assert_eq!(words(&parse("n*")), [vec!["n"]]);
    }

    #[test]
    fn words_cut_by_the_tokeniser_become_phrases() {
        let q = parse("covid-19 中华人民");
        let shapes: Vec<usize> = q
            .groups
            .iter()
            .map(|g| match &g[0] {
                Clause::Words(slots) => slots.len(),
                Clause::Prefix(_) => 0,
            })
            .collect();
        assert_eq!(shapes, [2, 3]);
    }

    #[test]
    fn long_queries_are_capped_and_say_so() {
        let input = (0..100)
            .map(|i| format!("word{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let q = parse(&input);
        assert!(q.is_truncated());
        assert_eq!(q.groups.len(), MAX_TERMS);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn parse_never_panics(input in "\\PC{0,120}") {
                let q = parse(&input);
                let terms: usize = q.groups.iter().flatten().chain(&q.excluded).map(Clause::term_count).sum();
                prop_assert!(terms <= MAX_TERMS);
            }

            #[test]
            fn operator_soup_never_panics(parts in proptest::collection::vec(
                prop_oneof![Just("OR"), Just("AND"), Just("NOT"), Just("-"), Just("\""), Just("*"), Just("a"), Just("b*"), Just("中"), Just(" ")], 0..30)) {
                let input = parts.join(" ");
                let _ = parse(&input);
                let _ = parse(&parts.concat());
            }
        }
    }
}
