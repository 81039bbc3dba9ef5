//! Cutting a text into search terms, the same way for documents, queries and snippets.
//!
//! A word is a run of letters and digits (with the combining marks that follow them). Each word
//! is lowercased and then, by script:
//! - Arabic: diacritics (harakat) and tatweel are stripped and the letter variants that writers
//!   use interchangeably are unified (أ إ آ ٱ → ا, ة → ه, ى → ي) before the Snowball Arabic
//!   stemmer, so a vocalised Quranic-style spelling and a plain one meet;
//! - Cyrillic: ё → е, Snowball Russian stemmer;
//! - Latin: the Snowball stemmer of the text's language (English, French, Spanish) when it is
//!   known, none otherwise, since stemming an unknown language with another's rules mangles it;
//! - Chinese, Japanese kana and Korean Hangul (written without spaces between words): each run is
//!   cut into overlapping bigrams (一二三 → 一二, 二三), a lone character staying a unigram.
//!   Bigrams are the standard dictionary-free approach to CJK search (Lucene's CJK analyser,
//!   Elasticsearch's `cjk_bigram`): most Chinese words are two characters long, every word of two
//!   characters or more is found as a phrase of bigrams, and no dictionary (megabytes, slow to
//!   load, blind to new words and names) is needed;
//! - any other script (Thai, Devanagari, Ethiopic, ...): the lowercase word as it is.
//!
//! Latin accents are folded (é → e, ñ → n, œ → oe) AFTER stemming: the French and Spanish
//! stemmers read accents to find suffixes (French `-ées`, Spanish `-ción`), so they must see them,
//! and folding their output then lets "développement" and "developpement" meet, and answers
//! typed without accents find accented ones. A query typed without accents is stemmed without
//! them, which in a few suffixes gives another stem; that is the price of stemming first.
//!
//! The choice of stemmer is per word: a Latin word in a Russian text is not stemmed with Russian
//! rules, and a Cyrillic word in an English text is stemmed as Russian. [`Tokenizer`] keeps a
//! cache of stems, since the words of a corpus repeat (Zipf) and stemming is the costly part.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

use super::script::{classify, CharClass, Script};
use super::Lang;

/// One term of a text, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalised term (lowercase, stemmed, accents folded, or a CJK bigram).
    pub term: String,
    /// Byte offset of the first byte of the word in the original text.
    pub start: usize,
    /// Byte offset just past the word in the original text.
    pub end: usize,
    /// The ordinal of the token in the text (0, 1, 2, ...), for phrase matching.
    pub position: u32,
}

/// The terms of `text`, in order. `lang` is the text's language when known; when `None` each
/// word is treated by its script alone (see the module documentation).
pub fn tokens(text: &str, lang: Option<Lang>) -> Vec<Token> {
    let mut out = Vec::new();
    Tokenizer::new().for_each_token(text, lang, |term, bytes, position| {
        out.push(Token {
            term: term.to_owned(),
            start: bytes.start,
            end: bytes.end,
            position,
        });
    });
    out
}

/// Longest word kept whole, in bytes: longer runs (URLs without separators, base64, keyboard
/// mashing) are cut to this length, which keeps terms small and stemming linear.
const MAX_WORD_BYTES: usize = 120;
/// Longest word whose stem is cached; longer ones are rare and would only fill the cache.
const MAX_CACHED_WORD_BYTES: usize = 40;
/// Entries per stemmer before the cache is emptied, so that memory stays bounded on any corpus.
const CACHE_LIMIT: usize = 200_000;

/// Which Snowball stemmer a word goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Stemming {
    None,
    English,
    French,
    Spanish,
    Russian,
    Arabic,
}

impl Stemming {
    fn index(self) -> usize {
        self as usize
    }

    fn algorithm(self) -> Option<Algorithm> {
        match self {
            Stemming::None => None,
            Stemming::English => Some(Algorithm::English),
            Stemming::French => Some(Algorithm::French),
            Stemming::Spanish => Some(Algorithm::Spanish),
            Stemming::Russian => Some(Algorithm::Russian),
            Stemming::Arabic => Some(Algorithm::Arabic),
        }
    }

    /// The stemmer for a word of `script` (`None`: no letter, a number) in a text of `lang`.
    pub(crate) fn for_word(script: Option<Script>, lang: Option<Lang>) -> Stemming {
        match script {
            Some(Script::Cyrillic) => Stemming::Russian,
            Some(Script::Arabic) => Stemming::Arabic,
            Some(Script::Latin) => match lang {
                Some(Lang::En) => Stemming::English,
                Some(Lang::Fr) => Stemming::French,
                Some(Lang::Es) => Stemming::Spanish,
                _ => Stemming::None,
            },
            _ => Stemming::None,
        }
    }

    /// Every stemming a word of `script` may have been given in documents, when a query's
    /// language is `lang`. A Latin word of a query in no stated language may have been indexed
    /// as English, French, Spanish or unstemmed (a document of unknown language), so it is
    /// looked up in all four forms.
    pub(crate) fn candidates(script: Option<Script>, lang: Option<Lang>) -> &'static [Stemming] {
        match (Stemming::for_word(script, lang), script, lang) {
            (Stemming::None, Some(Script::Latin), None) => &[
                Stemming::None,
                Stemming::English,
                Stemming::French,
                Stemming::Spanish,
            ],
            (Stemming::None, _, _) => &[Stemming::None],
            (Stemming::English, _, _) => &[Stemming::English],
            (Stemming::French, _, _) => &[Stemming::French],
            (Stemming::Spanish, _, _) => &[Stemming::Spanish],
            (Stemming::Russian, _, _) => &[Stemming::Russian],
            (Stemming::Arabic, _, _) => &[Stemming::Arabic],
        }
    }
}

/// A unit of text as scanned, before stemming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit<'a> {
    /// A word of a script written with spaces: lowercase, Arabic normalised, ё → е, combining
    /// accents composed (and dropped where no precomposed letter exists). `script` is `None`
    /// for a word without letters (a number).
    Word {
        text: &'a str,
        script: Option<Script>,
    },
    /// A bigram, or a lone character, of Chinese, Japanese or Korean: already a term.
    Cjk(&'a str),
}

/// Turns texts into terms; keeps a cache of stems, so one tokeniser per thread should be reused
/// across many texts.
pub struct Tokenizer {
    stemmers: [Option<Stemmer>; 6],
    cache: [HashMap<Box<str>, Box<str>>; 6],
    term: String,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field(
                "cached_stems",
                &self.cache.iter().map(HashMap::len).sum::<usize>(),
            )
            .finish()
    }
}

impl Tokenizer {
    pub fn new() -> Self {
        let all = [
            Stemming::None,
            Stemming::English,
            Stemming::French,
            Stemming::Spanish,
            Stemming::Russian,
            Stemming::Arabic,
        ];
        Tokenizer {
            stemmers: all.map(|s| s.algorithm().map(Stemmer::create)),
            cache: Default::default(),
            term: String::new(),
        }
    }

    /// Calls `on(term, byte_range, position)` for each term of `text`, in order, without
    /// allocating per word (beyond the stems not yet cached).
    pub fn for_each_token(
        &mut self,
        text: &str,
        lang: Option<Lang>,
        mut on: impl FnMut(&str, Range<usize>, u32),
    ) {
        let mut position = 0u32;
        scan_units(text, |unit, bytes| {
            let term = match unit {
                Unit::Cjk(term) => term,
                Unit::Word { text, script } => self.term(text, Stemming::for_word(script, lang)),
            };
            on(term, bytes, position);
            position = position.saturating_add(1);
        });
    }

    /// The term of a scanned word under one stemming: stemmed, then Latin accents folded.
    pub(crate) fn term(&mut self, word: &str, stemming: Stemming) -> &str {
        self.term.clear();
        let Some(stemmer) = &self.stemmers[stemming.index()] else {
            fold_latin(word, &mut self.term);
            return &self.term;
        };
        let cacheable = word.len() <= MAX_CACHED_WORD_BYTES;
        let cache = &mut self.cache[stemming.index()];
        if cacheable {
            if let Some(term) = cache.get(word) {
                self.term.push_str(term);
                return &self.term;
            }
        }
        let stem = stemmer.stem(word);
        // A stemmer never should, but an empty stem would make an empty term: keep the word.
        let stem = if stem.is_empty() {
            Cow::Borrowed(word)
        } else {
            stem
        };
        fold_latin(&stem, &mut self.term);
        if cacheable {
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(word.into(), self.term.as_str().into());
        }
        &self.term
    }
}

/// Scans `text` into units (see [`Unit`]), calling `on(unit, byte_range)` for each, in order.
pub(crate) fn scan_units(text: &str, mut on: impl FnMut(Unit<'_>, Range<usize>)) {
    let mut word = WordBuffer::default();
    let mut cjk = CjkRun::default();
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match classify(c) {
            CharClass::Letter(script) if script.is_cjk() => {
                word.finish(&mut on);
                cjk.push(c, at, end, &mut on);
            }
            CharClass::Letter(script) => {
                cjk.finish(&mut on);
                word.push(c, Some(script), at, end);
            }
            CharClass::Digit => {
                cjk.finish(&mut on);
                word.push(c, None, at, end);
            }
            CharClass::Mark => {
                if word.is_open() {
                    word.push_mark(c, end);
                }
                // A mark after a CJK character (a kana voicing mark) neither ends the run nor
                // adds to it.
            }
            CharClass::Joiner => {
                if word.is_open() {
                    word.extend_to(end);
                }
            }
            CharClass::Separator => {
                word.finish(&mut on);
                cjk.finish(&mut on);
            }
        }
    }
    word.finish(&mut on);
    cjk.finish(&mut on);
}

/// The word being read: its lowercase text so far, script and byte range.
#[derive(Default)]
struct WordBuffer {
    text: String,
    normalised: String,
    script: Option<Script>,
    start: usize,
    end: usize,
    open: bool,
    has_marks: bool,
}

impl WordBuffer {
    fn is_open(&self) -> bool {
        self.open
    }

    fn push(&mut self, c: char, script: Option<Script>, at: usize, end: usize) {
        if !self.open {
            self.open = true;
            self.start = at;
            self.text.clear();
            self.script = None;
            self.has_marks = false;
        }
        if self.script.is_none() {
            self.script = script;
        }
        self.end = end;
        if self.text.len() < MAX_WORD_BYTES {
            if c.is_ascii() {
                self.text.push(c.to_ascii_lowercase());
            } else {
                self.text.extend(c.to_lowercase());
            }
        }
    }

    fn push_mark(&mut self, c: char, end: usize) {
        self.end = end;
        if self.text.len() < MAX_WORD_BYTES {
            self.text.push(c);
            self.has_marks = true;
        }
    }

    fn extend_to(&mut self, end: usize) {
        self.end = end;
    }

    fn finish(&mut self, on: &mut impl FnMut(Unit<'_>, Range<usize>)) {
        if !self.open {
            return;
        }
        self.open = false;
        let (script, bytes) = (self.script, self.start..self.end);
        let word = self.normalise();
        if !word.is_empty() {
            on(Unit::Word { text: word, script }, bytes);
        }
    }

    /// The word as the stemmers expect it (see [`Unit::Word`]).
    fn normalise(&mut self) -> &str {
        let script = self.script;
        let needs_work = self.has_marks
            || match script {
                Some(Script::Arabic) => true,
                Some(Script::Cyrillic) => self.text.contains('ё'),
                _ => false,
            };
        if !needs_work {
            return &self.text;
        }
        self.normalised.clear();
        // Marks typed as separate code points (a decomposed "é") are composed first, so that
        // the word reads like its usual precomposed spelling.
        let composed: Cow<'_, str> = if self.has_marks {
            Cow::Owned(self.text.nfc().collect())
        } else {
            Cow::Borrowed(&self.text)
        };
        match script {
            Some(Script::Arabic) => normalise_arabic(&composed, &mut self.normalised),
            Some(Script::Latin | Script::Cyrillic | Script::Greek) => {
                // In these scripts a mark left over is an accent (a Russian stress mark, say)
                // that spellings leave out, so it goes.
                for c in composed.chars() {
                    match c {
                        'ё' => self.normalised.push('е'),
                        c if is_combining_mark(c) => {}
                        c => self.normalised.push(c),
                    }
                }
            }
            // Elsewhere (Devanagari, Thai...) marks are vowels and tones: part of the word.
            _ => self.normalised.push_str(&composed),
        }
        &self.normalised
    }
}

/// Strips harakat, Quranic annotation marks and tatweel, and unifies the alef forms, teh
/// marbuta and alef maksura, as Arabic search engines do (Lucene's ArabicNormalizer): writers
/// use these variants interchangeably.
fn normalise_arabic(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
}

/// Writes `word` to `out` with Latin letters stripped of their diacritics (é → e) and the Latin
/// ligatures and special letters spelt out (œ → oe, ß → ss); other scripts are left alone.
fn fold_latin(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    for c in word.chars() {
        match u32::from(c) {
            0..=0x7F => out.push(c),
            0x00C0..=0x024F | 0x1E00..=0x1EFF => match c {
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ß' => out.push_str("ss"),
                'ø' => out.push('o'),
                'đ' => out.push('d'),
                'ł' => out.push('l'),
                'ı' => out.push('i'),
                'ħ' => out.push('h'),
                'ŧ' => out.push('t'),
                'ŀ' => out.push('l'),
                'þ' => out.push_str("th"),
                'ð' => out.push('d'),
                _ => {
                    let mut base = None;
                    decompose_canonical(c, |d| {
                        base.get_or_insert(d);
                    });
                    out.push(base.unwrap_or(c));
                }
            },
            // Fullwidth Latin letters, as typed with East Asian input methods.
            code @ 0xFF41..=0xFF5A => {
                out.push(char::from_u32(code - 0xFF41 + u32::from('a')).unwrap_or(c))
            }
            _ => out.push(c),
        }
    }
}

/// The CJK run being read: its previous character, so that each new one closes a bigram.
#[derive(Default)]
struct CjkRun {
    previous: Option<(char, usize, usize)>,
    length: usize,
    term: String,
}

impl CjkRun {
    fn push(
        &mut self,
        c: char,
        at: usize,
        end: usize,
        on: &mut impl FnMut(Unit<'_>, Range<usize>),
    ) {
        if let Some((previous, previous_at, _)) = self.previous {
            self.term.clear();
            self.term.push(previous);
            self.term.push(c);
            on(Unit::Cjk(&self.term), previous_at..end);
        }
        self.previous = Some((c, at, end));
        self.length += 1;
    }

    fn finish(&mut self, on: &mut impl FnMut(Unit<'_>, Range<usize>)) {
        if let (1, Some((c, at, end))) = (self.length, self.previous) {
            self.term.clear();
            self.term.push(c);
            on(Unit::Cjk(&self.term), at..end);
        }
        self.previous = None;
        self.length = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, lang: Option<Lang>) -> Vec<String> {
        tokens(text, lang).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn english_words_are_lowercased_and_stemmed() {
        assert_eq!(
            terms("Negotiations were NEGOTIATED; negotiating!", Some(Lang::En)),
            ["negoti", "were", "negoti", "negoti"]
        );
        // Without a language, Latin words are only lowercased and folded.
        assert_eq!(terms("Negotiations", None), ["negotiations"]);
    }

    #[test]
    fn offsets_and_positions_point_into_the_original_text() {
        let text = "Él dijo: «Développement durable»";
        let toks = tokens(text, Some(Lang::Fr));
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Él", "dijo", "Développement", "durable"]);
        let positions: Vec<u32> = toks.iter().map(|t| t.position).collect();
        assert_eq!(positions, [0, 1, 2, 3]);
    }

    #[test]
    fn french_accents_fold_after_stemming() {
        let accented = terms("développement négociations", Some(Lang::Fr));
        let plain = terms("developpement negociations", Some(Lang::Fr));
        assert_eq!(accented, plain);
        assert!(accented.iter().all(|t| t.is_ascii()), "{accented:?}");
        // A decomposed é (e + combining acute) reads as the precomposed one.
        assert_eq!(
            terms("de\u{301}veloppement", Some(Lang::Fr)),
            terms("développement", Some(Lang::Fr))
        );
        assert_eq!(terms("Œuvre Straße", None), ["oeuvre", "strasse"]);
    }

    #[test]
    fn spanish_stems() {
        assert_eq!(
            terms("Negociaciones negociación negociar", Some(Lang::Es)),
            ["negoci", "negoci", "negoci"]
        );
        // The documented price of stemming before folding: without its accent, the suffix
        // "-ción" is not recognised.
        assert_eq!(terms("negociacion", Some(Lang::Es)), ["negociacion"]);
    }

    #[test]
    fn russian_inflections_share_a_stem_even_without_a_language() {
        let forms = terms("переговоры переговоров переговорам ПЕРЕГОВОРАХ", None);
        assert!(forms.iter().all(|f| f == &forms[0]), "{forms:?}");
        assert_eq!(terms("ёлка", None), terms("елка", Some(Lang::Ru)));
        // A decomposed й (и + breve) is composed back, not stripped to и.
        assert_eq!(terms("мои\u{306}", None), terms("мой", None));
    }

    #[test]
    fn arabic_is_normalised_before_stemming() {
        // "negotiations" with and without harakat, and with tatweel.
        let plain = terms("المفاوضات", None);
        assert_eq!(terms("المُفَاوَضَات", None), plain);
        assert_eq!(terms("المفاوضـــات", None), plain);
        // Hamza-carrying alef and alef maksura unify.
        assert_eq!(terms("أحمد", None), terms("احمد", None));
        assert_eq!(terms("على", Some(Lang::Ar)), terms("علي", Some(Lang::Ar)));
        // Tatweel or harakat alone make no word.
        assert!(terms("ـــ \u{064E}", None).is_empty());
    }

    #[test]
    fn chinese_runs_become_overlapping_bigrams() {
        let toks = tokens("中华人民共和国，好！", None);
        let t: Vec<&str> = toks.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(t, ["中华", "华人", "人民", "民共", "共和", "和国", "好"]);
        let text = "中华人民共和国，好！";
        assert_eq!(&text[toks[2].start..toks[2].end], "人民");
        assert_eq!(&text[toks[6].start..toks[6].end], "好");
        let positions: Vec<u32> = toks.iter().map(|t| t.position).collect();
        assert_eq!(positions, [0, 1, 2, 3, 4, 5, 6]);
        // Latin inside Chinese is a word of its own.
        assert_eq!(terms("使用AI技术", None), ["使用", "ai", "技术"]);
    }

    #[test]
    fn other_scripts_give_lowercase_words() {
        assert_eq!(terms("ภาษาไทย", None), ["ภาษาไทย"]);
        // Devanagari vowel signs and virama are marks inside the word.
        assert_eq!(terms("हिन्दी भाषा", None), ["हिन्दी", "भाषा"]);
        // Greek is lowercased; its accents are kept (only Latin ones are folded).
        assert_eq!(terms("ΕΛΛΗΝΙΚΆ", None), ["ελληνικά"]);
        assert_eq!(terms("ሰላም", None), ["ሰላም"]);
    }

    #[test]
    fn punctuation_emoji_and_stray_marks_make_no_tokens() {
        assert!(terms("", None).is_empty());
        assert!(terms("?!… — «» 😀🎉 \u{301}\u{301}", None).is_empty());
        assert_eq!(terms("\u{301}abc\u{301}", None), ["abc"]);
        assert_eq!(terms("COVID-19 2030", None), ["covid", "19", "2030"]);
    }

    #[test]
    fn very_long_words_are_cut() {
        let long = "a".repeat(10_000);
        let toks = tokens(&long, Some(Lang::En));
        assert_eq!(toks.len(), 1);
        assert_eq!((toks[0].start, toks[0].end), (0, 10_000));
        assert!(toks[0].term.len() <= MAX_WORD_BYTES);
    }

    #[test]
    fn a_megabyte_of_mixed_text_is_tokenised_quickly() {
        let piece = "Les négociations continuent. 中华人民共和国 переговоры المفاوضات ภาษา 😀 ";
        let text = piece.repeat(1_000_000 / piece.len() + 1);
        let started = std::time::Instant::now();
        let mut count = 0usize;
        let mut tokenizer = Tokenizer::new();
        tokenizer.for_each_token(&text, Some(Lang::Fr), |_, _, _| count += 1);
        assert!(count > 100_000);
        assert!(started.elapsed().as_secs() < 10);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn byte_ranges_are_in_order_on_char_boundaries(text in "\\PC{0,200}", lang in 0usize..7) {
                let lang = Lang::ALL.get(lang).copied();
                let toks = tokens(&text, lang);
                let mut previous_start = 0;
                for (i, t) in toks.iter().enumerate() {
                    prop_assert!(t.start < t.end && t.end <= text.len());
                    prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                    prop_assert!(t.start >= previous_start);
                    prop_assert_eq!(t.position as usize, i);
                    prop_assert!(!t.term.is_empty());
                    previous_start = t.start;
                }
            }

            #[test]
            fn any_bytes_as_text_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
                let text = String::from_utf8_lossy(&bytes);
                let _ = tokens(&text, None);
                let _ = super::super::super::detect(&text);
            }
        }
    }
}
