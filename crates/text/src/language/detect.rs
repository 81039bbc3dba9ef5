//! Which of the six languages an answer is written in, when its sender did not say.
//!
//! The script decides first: Arabic script is Arabic, Chinese characters are Chinese, Cyrillic
//! is Russian (unless letters only Persian, Ukrainian or Belarusian use are frequent: then it is
//! none of the six). Latin script is English, French or Spanish by the function words the text
//! uses (the most frequent words of a language, and the most telling) and by the letters only one
//! of them uses (ç, è, œ for French; ñ, ¿, á for Spanish). When the evidence is thin (a greeting,
//! a number, a few words shared by two languages) or points to a language the platform does not
//! serve (German, Thai, Hindi), the answer is `None`: better no language than a wrong stemmer.
//!
//! One pass over the text, no allocation.

use super::script::{classify, CharClass, Script};
use super::stopword_lists::{ENGLISH, FRENCH, SPANISH};
use super::Lang;

/// A Chinese character says about as much as three Latin letters (a Chinese word is one or two
/// characters, an English one five letters), so Han counts three times when scripts compete.
const HAN_WEIGHT: usize = 3;
/// Fewest weighted letters for a verdict.
const MIN_LETTERS: usize = 2;
/// Points of a function word of one language only; shared words split them.
const WORD_POINTS: u32 = 6;
/// Points of a letter of one language only.
const LETTER_POINTS: u32 = 2;
/// From this many Latin words on, a language needs on average one point per word (about one
/// word in six its own function word); fewer means another language (German, Portuguese...)
/// that merely shares a few short words.
const WORDS_FOR_DENSITY: u32 = 20;
/// Longest function word, in bytes; longer words are not looked up.
const WORD_BUFFER: usize = 24;

/// The language of `text`, or `None` when there is too little evidence or it is none of the six.
pub fn detect(text: &str) -> Option<Lang> {
    let mut counts = Counts::default();
    let mut latin = LatinEvidence::default();
    for c in text.chars() {
        match classify(c) {
            CharClass::Letter(script) => {
                counts.add(script);
                if script == Script::Latin {
                    latin.letter(c);
                } else {
                    latin.end_word();
                    if script == Script::Cyrillic && matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'ў') {
                        counts.not_russian += 1;
                    }
                    if script == Script::Arabic && is_persian_or_urdu_letter(c) {
                        counts.not_arabic += 1;
                    }
                }
            }
            // A combining accent inside a Latin word: the word is no function word of ours.
            CharClass::Mark | CharClass::Joiner => latin.spoil_word(),
            CharClass::Digit | CharClass::Separator => {
                if matches!(c, '¿' | '¡') {
                    latin.scores[2] += LETTER_POINTS;
                }
                latin.end_word();
            }
        }
    }
    latin.end_word();
    counts.verdict(&latin)
}

fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ے')
}

/// Letters per script.
#[derive(Default)]
struct Counts {
    latin: usize,
    cyrillic: usize,
    arabic: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    other: usize,
    not_russian: usize,
    not_arabic: usize,
}

impl Counts {
    fn add(&mut self, script: Script) {
        match script {
            Script::Latin => self.latin += 1,
            Script::Cyrillic => self.cyrillic += 1,
            Script::Arabic => self.arabic += 1,
            Script::Han => self.han += 1,
            Script::Kana => self.kana += 1,
            Script::Hangul => self.hangul += 1,
            Script::Greek | Script::Other => self.other += 1,
        }
    }

    fn verdict(&self, latin: &LatinEvidence) -> Option<Lang> {
        let contenders = [
            (self.latin, Script::Latin),
            (self.cyrillic, Script::Cyrillic),
            (self.arabic, Script::Arabic),
            (self.han * HAN_WEIGHT, Script::Han),
            (self.kana * HAN_WEIGHT, Script::Kana),
            (self.hangul * HAN_WEIGHT, Script::Hangul),
            (self.other, Script::Other),
        ];
        let (weight, script) = contenders
            .into_iter()
            .max_by_key(|&(weight, _)| weight)
            .unwrap_or((0, Script::Other));
        if weight < MIN_LETTERS {
            return None;
        }
        match script {
            // Japanese mixes kana with Chinese characters; a fifth of kana means Japanese.
            Script::Han if self.kana * 5 >= self.han => None,
            Script::Han => Some(Lang::Zh),
            Script::Cyrillic if self.not_russian * 50 >= self.cyrillic.max(50) => None,
            Script::Cyrillic => Some(Lang::Ru),
            Script::Arabic if self.not_arabic * 20 >= self.arabic.max(20) => None,
            Script::Arabic => Some(Lang::Ar),
            Script::Latin => latin.verdict(),
            _ => None,
        }
    }
}

/// Points for English, French and Spanish, from function words and telling letters.
#[derive(Default)]
struct LatinEvidence {
    scores: [u32; 3],
    words: u32,
    word: [u8; WORD_BUFFER],
    length: usize,
    spoilt: bool,
    in_word: bool,
}

impl LatinEvidence {
    fn letter(&mut self, c: char) {
        self.in_word = true;
        for lower in c.to_lowercase() {
            match lower {
                'ç' | 'œ' | 'è' | 'ê' | 'à' | 'ù' | 'â' | 'î' | 'ô' | 'û' | 'ë' | 'ï' => {
                    self.scores[1] += LETTER_POINTS
                }
                'ñ' | 'á' | 'í' | 'ó' | 'ú' => self.scores[2] += LETTER_POINTS,
                _ => {}
            }
            let width = lower.len_utf8();
            if self.length + width <= WORD_BUFFER {
                lower.encode_utf8(&mut self.word[self.length..]);
                self.length += width;
            } else {
                self.spoilt = true;
            }
        }
    }

    fn spoil_word(&mut self) {
        if self.in_word {
            self.spoilt = true;
        }
    }

    fn end_word(&mut self) {
        if !self.in_word {
            return;
        }
        self.words += 1;
        if !self.spoilt {
            if let Ok(word) = std::str::from_utf8(&self.word[..self.length]) {
                let hits = [ENGLISH, FRENCH, SPANISH].map(|list| list.binary_search(&word).is_ok());
                let shared = hits.iter().filter(|&&hit| hit).count() as u32;
                if let Some(points) = WORD_POINTS.checked_div(shared) {
                    for (score, hit) in self.scores.iter_mut().zip(hits) {
                        if hit {
                            *score += points;
                        }
                    }
                }
            }
        }
        self.in_word = false;
        self.spoilt = false;
        self.length = 0;
    }

    fn verdict(&self) -> Option<Lang> {
        let mut ranked = [
            (self.scores[0], Lang::En),
            (self.scores[1], Lang::Fr),
            (self.scores[2], Lang::Es),
        ];
        ranked.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
        let (best, lang) = ranked[0];
        let second = ranked[1].0;
        if best < WORD_POINTS || best == second {
            return None;
        }
        if self.words >= WORDS_FOR_DENSITY && best < self.words {
            return None;
        }
        Some(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_sentences_in_each_language() {
        let cases = [
            (
                "The working group should ensure that the views of civil society are reflected in the final text.",
                Lang::En,
            ),
            (
                "Le groupe de travail doit veiller à ce que les points de vue de la société civile soient pris en compte.",
                Lang::Fr,
            ),
            (
                "El grupo de trabajo debe garantizar que las opiniones de la sociedad civil se reflejen en el texto final.",
                Lang::Es,
            ),
            (
                "Рабочая группа должна обеспечить учет мнений гражданского общества в окончательном тексте.",
                Lang::Ru,
            ),
            (
                "ينبغي للفريق العامل أن يكفل مراعاة آراء المجتمع المدني في النص النهائي.",
                Lang::Ar,
            ),
            ("工作组应确保民间社会的意见反映在最后案文中。", Lang::Zh),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn short_texts() {
        assert_eq!(detect("I agree with the proposal."), Some(Lang::En));
        assert_eq!(detect("Je suis d'accord."), Some(Lang::Fr));
        assert_eq!(detect("¿Por qué no?"), Some(Lang::Es));
        assert_eq!(detect("Согласен"), Some(Lang::Ru));
        assert_eq!(detect("أوافق"), Some(Lang::Ar));
        assert_eq!(detect("同意"), Some(Lang::Zh));
        // Words that say nothing about the language, or are shared by two of them.
        assert_eq!(detect("Merci"), None);
        assert_eq!(detect("OK"), None);
        assert_eq!(detect("la casa"), None);
    }

    #[test]
    fn too_little_or_foreign_evidence_gives_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("   ...!!! "), None);
        assert_eq!(detect("2024 12,5 % 3.14"), None);
        assert_eq!(detect("😀🎉👍"), None);
        assert_eq!(detect("ภาษาไทยเป็นภาษาราชการของประเทศไทย"), None);
        assert_eq!(detect("हिन्दी भारत की राजभाषा है"), None);
        assert_eq!(detect("日本語の文章はひらがなとカタカナを使います。"), None);
        assert_eq!(detect("한국어 문장입니다"), None);
        assert_eq!(detect("Україна і її мова є державною"), None);
        assert_eq!(
            detect("این یک جمله فارسی است که پیش از گفتگو نوشته شد"),
            None
        );
        assert_eq!(
            detect("Die Arbeitsgruppe sollte sicherstellen, dass die Ansichten der Zivilgesellschaft im endgültigen Text berücksichtigt werden und dass alle Beteiligten gehört werden."),
            None
        );
    }

    #[test]
    fn mixed_texts_go_to_the_dominant_language() {
        assert_eq!(
            detect("We support the Agenda 2030 and the Objectifs de développement durable."),
            Some(Lang::En)
        );
        assert_eq!(
            detect("我们支持可持续发展目标 (SDG) 的全面实施和后续审查。"),
            Some(Lang::Zh)
        );
        assert_eq!(
            detect("Мы поддерживаем ЦУР (SDG) и Повестку дня на период до 2030 года."),
            Some(Lang::Ru)
        );
        assert_eq!(
            detect("نحن ندعم أهداف التنمية المستدامة SDGs في جميع البلدان."),
            Some(Lang::Ar)
        );
    }

    #[test]
    fn a_megabyte_is_read_in_one_pass() {
        let text = "Le groupe de travail doit veiller à la participation. ".repeat(20_000);
        let started = std::time::Instant::now();
        assert_eq!(detect(&text), Some(Lang::Fr));
        assert!(started.elapsed().as_secs() < 5);
    }
}
