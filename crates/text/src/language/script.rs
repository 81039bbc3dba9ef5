//! What a character is to the tokeniser and the language detector: a letter of which script, a
//! digit, a combining mark, a joiner, or a separator. Only the scripts that change how a word is
//! read are told apart; every other letter is [`Script::Other`] and still makes words.

use unicode_normalization::char::is_combining_mark;

/// The script of a letter, as far as tokenising and detection need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    /// Chinese characters (also used in Japanese).
    Han,
    /// Japanese hiragana and katakana.
    Kana,
    Hangul,
    /// Any other script (Thai, Devanagari, Ethiopic, Hebrew, ...).
    Other,
}

impl Script {
    /// Scripts written without spaces between words, which the tokeniser cuts into bigrams.
    pub(crate) fn is_cjk(self) -> bool {
        matches!(self, Script::Han | Script::Kana | Script::Hangul)
    }
}

/// What one character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    Letter(Script),
    Digit,
    /// A combining mark: part of the word it follows, a separator elsewhere.
    Mark,
    /// Zero-width (non-)joiner: inside a word it is dropped without ending the word.
    Joiner,
    Separator,
}

pub(crate) fn classify(c: char) -> CharClass {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            CharClass::Letter(Script::Latin)
        } else if c.is_ascii_digit() {
            CharClass::Digit
        } else {
            CharClass::Separator
        };
    }
    let script = match u32::from(c) {
        0x00C0..=0x024F | 0x0250..=0x02AF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F => Script::Latin,
        0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF => Script::Arabic,
        0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Script::Han,
        0x3005 | 0x3007 => Script::Han,
        0x3041..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0xAC00..=0xD7FF | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F => Script::Hangul,
        0x200C | 0x200D => return CharClass::Joiner,
        _ => Script::Other,
    };
    // Script blocks also hold punctuation, digits and marks, so the block alone does not make a
    // letter.
    if c.is_alphabetic() {
        CharClass::Letter(script)
    } else if c.is_numeric() {
        CharClass::Digit
    } else if is_combining_mark(c) {
        CharClass::Mark
    } else {
        CharClass::Separator
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_fall_in_their_scripts() {
        assert_eq!(classify('é'), CharClass::Letter(Script::Latin));
        assert_eq!(classify('×'), CharClass::Separator);
        assert_eq!(classify('ж'), CharClass::Letter(Script::Cyrillic));
        assert_eq!(classify('ب'), CharClass::Letter(Script::Arabic));
        // Harakat are alphabetic in Unicode (Other_Alphabetic): they stay inside the word.
        assert_eq!(classify('\u{064E}'), CharClass::Letter(Script::Arabic));
        assert_eq!(classify('،'), CharClass::Separator);
        assert_eq!(classify('٣'), CharClass::Digit);
        assert_eq!(classify('中'), CharClass::Letter(Script::Han));
        assert_eq!(classify('か'), CharClass::Letter(Script::Kana));
        assert_eq!(classify('한'), CharClass::Letter(Script::Hangul));
        assert_eq!(classify('ก'), CharClass::Letter(Script::Other));
        assert_eq!(classify('\u{0301}'), CharClass::Mark);
        assert_eq!(classify('。'), CharClass::Separator);
        assert_eq!(classify('😀'), CharClass::Separator);
        assert_eq!(classify('\u{200C}'), CharClass::Joiner);
    }
}
