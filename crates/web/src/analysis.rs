//! The words Concord's analyses compare answers and issues by: `concord-text`'s tokeniser for
//! the six UN languages (stemmed, accents folded, Arabic normalised, Chinese in bigrams) with
//! function words left out, so that duplicate suggestions, themes and coding see the same words.
//! Answers with no language given are tokenised by what the detector reads in them.

use std::collections::HashMap;

use concord_text::language::{detect, is_stopword, Lang, Tokenizer};

/// The language to tokenise a text in: the one recorded, or the one detected.
pub(crate) fn language_of(text: &str, recorded: Option<&str>) -> Option<Lang> {
    recorded.and_then(Lang::from_code).or_else(|| detect(text))
}

/// The content words of `text` (terms, in order), in its recorded or detected language.
pub(crate) fn terms(text: &str) -> Vec<String> {
    Terms::default().of(text, None)
}

/// A reusable tokeniser that also remembers, for each term, the words it came from, so that a
/// theme can be shown by words people wrote rather than by stems.
#[derive(Default)]
pub(crate) struct Terms {
    tokenizer: Tokenizer,
    /// For each term, how often each written form was seen.
    surfaces: HashMap<String, HashMap<String, u32>>,
    remember: bool,
}

impl Terms {
    /// A tokeniser that remembers written forms (for labels).
    pub(crate) fn remembering() -> Terms {
        Terms {
            remember: true,
            ..Terms::default()
        }
    }

    /// The content words of `text`, in `recorded` language or the one detected.
    pub(crate) fn of(&mut self, text: &str, recorded: Option<&str>) -> Vec<String> {
        let lang = language_of(text, recorded);
        let mut out = Vec::new();
        let (surfaces, remember) = (&mut self.surfaces, self.remember);
        self.tokenizer.for_each_token(text, lang, |term, bytes, _| {
            if term.chars().count() < 2 || term.chars().all(|c| c.is_numeric()) {
                return;
            }
            if lang.is_some_and(|l| is_stopword(term, l)) {
                return;
            }
            if remember {
                let written = text.get(bytes).unwrap_or(term).to_lowercase();
                *surfaces
                    .entry(term.to_owned())
                    .or_default()
                    .entry(written)
                    .or_default() += 1;
            }
            out.push(term.to_owned());
        });
        out
    }

    /// The written form most often seen for `term` (the term itself if none was seen).
    pub(crate) fn written(&self, term: &str) -> String {
        self.surfaces
            .get(term)
            .and_then(|forms| {
                forms
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(word, _)| word.clone())
            })
            .unwrap_or_else(|| term.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_left_out_and_forms_are_remembered() {
        let mut terms = Terms::remembering();
        let words = terms.of("The negotiations of the working group", Some("en"));
        assert!(!words.iter().any(|w| w == "the" || w == "of"), "{words:?}");
        let stem = words.first().expect("a content word").clone();
        assert_eq!(terms.written(&stem), "negotiations");
        // A language not recorded is detected.
        let french = terms.of(
            "Le renforcement des capacités des pays en développement",
            None,
        );
        assert!(
            !french.iter().any(|w| w == "le" || w == "des"),
            "{french:?}"
        );
    }
}
