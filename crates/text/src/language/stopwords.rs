//! Function words (articles, pronouns, prepositions, auxiliaries, Chinese particles) that theme
//! extraction skips: frequent in every answer, they say nothing of its subject.
//!
//! The lists hold words as written; the sets built from them also hold their terms as the
//! tokeniser makes them (stemmed, accents folded, Arabic normalised), so that a raw word and a
//! term from [`tokens`](super::tokens) are both recognised.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::stopword_lists::{ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH};
use super::{Lang, Tokenizer};

/// Whether `term` (a lowercase word, or a term made by the tokeniser) is a function word of
/// `lang`.
pub fn is_stopword(term: &str, lang: Lang) -> bool {
    static SETS: OnceLock<[HashSet<Box<str>>; 6]> = OnceLock::new();
    let sets = SETS.get_or_init(|| Lang::ALL.map(build_set));
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    sets[index].contains(term)
}

fn words_of(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ar => ARABIC,
        Lang::Zh => CHINESE,
        Lang::En => ENGLISH,
        Lang::Fr => FRENCH,
        Lang::Ru => RUSSIAN,
        Lang::Es => SPANISH,
    }
}

fn build_set(lang: Lang) -> HashSet<Box<str>> {
    let mut tokenizer = Tokenizer::new();
    let mut set = HashSet::new();
    for &word in words_of(lang) {
        set.insert(Box::from(word));
        tokenizer.for_each_token(word, Some(lang), |term, _, _| {
            set.insert(Box::from(term));
        });
    }
    set
}

#[cfg(test)]
mod tests {
    use super::super::stopword_lists::{ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH};
    use super::super::tokens;
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [ENGLISH, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", &list[..3]);
        }
    }

    #[test]
    fn raw_words_and_their_terms_are_stopwords() {
        assert!(is_stopword("the", Lang::En));
        assert!(is_stopword("being", Lang::En));
        assert!(!is_stopword("negotiation", Lang::En));
        assert!(is_stopword("été", Lang::Fr));
        assert!(is_stopword("ete", Lang::Fr));
        assert!(is_stopword("también", Lang::Es));
        assert!(is_stopword("tambien", Lang::Es));
        assert!(is_stopword("это", Lang::Ru));
        assert!(is_stopword("的", Lang::Zh));
        assert!(is_stopword("我们", Lang::Zh));
        assert!(!is_stopword("人民", Lang::Zh));
        for token in tokens("إلى هذه المفاوضات", Some(Lang::Ar)) {
            let expected = token.start < "إلى هذه".len();
            assert_eq!(
                is_stopword(&token.term, Lang::Ar),
                expected,
                "{}",
                token.term
            );
        }
    }
}
