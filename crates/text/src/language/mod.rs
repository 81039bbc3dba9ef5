//! The six UN languages (Arabic, Chinese, English, French, Russian, Spanish): telling which one
//! an answer is written in ([`detect`]), cutting a text into search terms ([`tokens`],
//! [`Tokenizer`]) and knowing their function words ([`is_stopword`]).
//!
//! One tokeniser serves the search index, its queries and its snippets, so that a word is the
//! same term wherever it is met: lowercase, Arabic normalised, stemmed with the Snowball stemmer
//! of its language, Latin accents folded, Chinese cut into overlapping character bigrams.

mod detect;
mod script;
mod stopword_lists;
mod stopwords;
mod tokens;

pub use detect::detect;
pub use stopwords::is_stopword;
pub use tokens::{tokens, Token, Tokenizer};

pub(crate) use tokens::{scan_units, Stemming, Unit};

/// One of the six official languages of the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// All six, in the order of their codes' use at the UN (alphabetical in English).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The ISO 639-1 code: "ar", "zh", "en", "fr", "ru", "es".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language of a BCP 47 tag such as "zh-Hans", "en-GB" or "FR": only the primary subtag
    /// counts, in any case. The ISO 639-2 codes ("ara", "zho", "chi", "eng", "fra", "fre", "rus",
    /// "spa") are accepted too, since exports from other systems use them.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        let lower = primary.to_ascii_lowercase();
        Some(match lower.as_str() {
            "ar" | "ara" => Lang::Ar,
            "zh" | "zho" | "chi" => Lang::Zh,
            "en" | "eng" => Lang::En,
            "fr" | "fra" | "fre" => Lang::Fr,
            "ru" | "rus" => Lang::Ru,
            "es" | "spa" => Lang::Es,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_tags_reduce_to_their_primary_subtag() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("FR-ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("Es"), Some(Lang::Es));
        assert_eq!(Lang::from_code("ara"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("-"), None);
    }
}
