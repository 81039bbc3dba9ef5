//! Paragraph numbers as negotiators write them: `PP3` (preambular), `OP5` (operative), and the
//! Latin suffixes that keep every existing number stable when a paragraph is inserted —
//! `OP5 bis` after `OP5`, then `OP5 ter`. A number, once given, is never given to another
//! paragraph, whatever is inserted or moved around it.

use std::fmt;

/// Which part of a text a paragraph belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// Preambular paragraphs (`PP`): recalling, noting…
    Preambular,
    /// Operative paragraphs (`OP`): what the body decides or recommends.
    Operative,
}

impl Part {
    /// `PP` or `OP`.
    pub fn prefix(self) -> &'static str {
        match self {
            Part::Preambular => "PP",
            Part::Operative => "OP",
        }
    }
}

/// The suffixes of inserted paragraphs, in order: `bis` is the first inserted after a number.
pub const SUFFIXES: [&str; 20] = [
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "novies",
    "decies",
    "undecies",
    "duodecies",
    "terdecies",
    "quaterdecies",
    "quindecies",
    "sexdecies",
    "septdecies",
    "octodecies",
    "novodecies",
    "vicies",
    "semel vicies",
];

/// A paragraph's number: part, number and the rank of its suffix (0: none, 1: `bis`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Number {
    /// Preambular or operative.
    pub part: Part,
    /// The number (from 1).
    pub number: u32,
    /// 0 for none, 1 for `bis`, 2 for `ter`…
    pub suffix: u8,
}

/// Why a paragraph number could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// It does not start with `PP` or `OP`.
    Part,
    /// No number from 1, or a number too large.
    Number,
    /// A suffix that is not one of [`SUFFIXES`].
    Suffix(String),
}

impl Number {
    /// A paragraph number without suffix.
    pub fn new(part: Part, number: u32) -> Number {
        Number {
            part,
            number,
            suffix: 0,
        }
    }

    /// Reads `OP5`, `OP 5`, `PP3 bis`, `op5 ter` (case does not matter; the printed form is
    /// canonical).
    pub fn parse(text: &str) -> Result<Number, NumberError> {
        let text = text.trim();
        let part = match text.get(..2).map(str::to_ascii_uppercase).as_deref() {
            Some("PP") => Part::Preambular,
            Some("OP") => Part::Operative,
            _ => return Err(NumberError::Part),
        };
        let rest = text[2..].trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let number: u32 = rest[..digits].parse().map_err(|_| NumberError::Number)?;
        if number == 0 {
            return Err(NumberError::Number);
        }
        let suffix_text = rest[digits..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let suffix = if suffix_text.is_empty() {
            0
        } else {
            let lower = suffix_text.to_lowercase();
            let rank = SUFFIXES
                .iter()
                .position(|s| *s == lower)
                .ok_or(NumberError::Suffix(suffix_text))?;
            u8::try_from(rank + 1).unwrap_or(u8::MAX)
        };
        Ok(Number {
            part,
            number,
            suffix,
        })
    }

    /// The number for a paragraph inserted after `after`, given every number already used in
    /// the text: the next free suffix of `after`'s number (`5` → `5 bis`; with `5 bis` taken,
    /// `5 ter`). `None` once every suffix is taken.
    pub fn inserted_after(after: Number, taken: &[Number]) -> Option<Number> {
        let highest = taken
            .iter()
            .filter(|n| n.part == after.part && n.number == after.number)
            .map(|n| n.suffix)
            .max()
            .unwrap_or(0)
            .max(after.suffix);
        let suffix = highest.checked_add(1)?;
        (usize::from(suffix) <= SUFFIXES.len()).then_some(Number { suffix, ..after })
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.part.prefix(), self.number)?;
        match usize::from(self.suffix) {
            0 => Ok(()),
            rank => write!(f, " {}", SUFFIXES.get(rank - 1).copied().unwrap_or("?")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_read_as_negotiators_write_them() {
        assert_eq!(
            Number::parse("OP5").unwrap(),
            Number::new(Part::Operative, 5)
        );
        assert_eq!(Number::parse("pp 3 Bis").unwrap().to_string(), "PP3 bis");
        assert_eq!(Number::parse("OP12 semel vicies").unwrap().suffix, 20);
        assert_eq!(Number::parse("XP5"), Err(NumberError::Part));
        assert_eq!(Number::parse("OP"), Err(NumberError::Number));
        assert_eq!(Number::parse("OP0"), Err(NumberError::Number));
        assert_eq!(
            Number::parse("OP5 alt"),
            Err(NumberError::Suffix("alt".into()))
        );
    }

    #[test]
    fn an_insertion_takes_the_next_free_suffix_and_moves_no_number() {
        let five = Number::new(Part::Operative, 5);
        let mut taken = vec![five, Number::new(Part::Operative, 6)];
        let bis = Number::inserted_after(five, &taken).unwrap();
        assert_eq!(bis.to_string(), "OP5 bis");
        taken.push(bis);
        // Inserted after 5 again, or after 5 bis: 5 ter either way, never a renumbering.
        assert_eq!(
            Number::inserted_after(five, &taken).unwrap().to_string(),
            "OP5 ter"
        );
        assert_eq!(
            Number::inserted_after(bis, &taken).unwrap().to_string(),
            "OP5 ter"
        );
        let last = Number { suffix: 20, ..five };
        assert_eq!(Number::inserted_after(last, &[last]), None);
    }

    proptest! {
        #[test]
        fn numbers_print_back_exactly(operative: bool, number in 1u32..10_000, suffix in 0u8..=20) {
            let part = if operative { Part::Operative } else { Part::Preambular };
            let n = Number { part, number, suffix };
            prop_assert_eq!(Number::parse(&n.to_string()), Ok(n));
        }
    }
}
