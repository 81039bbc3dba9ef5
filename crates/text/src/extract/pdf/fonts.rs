//! What the bytes of a PDF string mean under a font: the characters (ISO 32000-1 §9.6–9.10) and
//! how far each glyph advances (for telling words apart).
//!
//! In order of trust: the font's `/ToUnicode` CMap (`beginbfchar` and `beginbfrange`); for a
//! two-byte (Type0) font, a UCS-2 CMap whose codes are the characters; for a one-byte font, its
//! encoding (WinAnsi, MacRoman, or standard, read as WinAnsi, which agrees with it on letters
//! and digits) with its `/Differences` read through glyph names. A two-byte font without
//! `/ToUnicode` (an `Identity-H` font whose codes are glyph numbers) gives no text: its codes
//! are counted as unmapped instead.

use std::collections::HashMap;

use super::lexer::{Dictionary, Lexer, Object};

/// Advance of a glyph whose width the font does not give, in thousandths of the font size: an
/// average letter's.
const UNKNOWN_WIDTH: f64 = 500.0;

/// Most codes one `beginbfrange` line may cover: a two-byte code space.
const MAX_RANGE: u32 = 0x1_0000;

/// Most ranges kept from a `/ToUnicode` map or a `/W` array. Ranges are searched one by one for
/// every glyph; real fonts have at most a few hundred, and a hostile file must not make every
/// glyph cost millions of steps.
const MAX_RANGES: usize = 4096;

/// A font as far as reading text goes.
#[derive(Debug, Default)]
pub(super) struct Font {
    /// Codes are two bytes (a Type0 font) rather than one.
    two_byte: bool,
    /// Codes of a two-byte font are UTF-16 (a UCS-2 CMap such as `UniGB-UCS2-H`).
    codes_are_unicode: bool,
    to_unicode: Option<ToUnicode>,
    /// The character of each one-byte code, from the font's encoding.
    encoding: Option<Box<[Option<char>; 256]>>,
    widths: Widths,
}

/// Glyph advances in thousandths of the font size.
#[derive(Debug, Default)]
struct Widths {
    first_code: u32,
    listed: Vec<f64>,
    /// A two-byte font's `/W` widths given one by one.
    single: HashMap<u32, f64>,
    /// A two-byte font's `/W` ranges: first code, last code, width.
    ranges: Vec<(u32, u32, f64)>,
    default: Option<f64>,
}

impl Widths {
    fn of(&self, code: u32) -> f64 {
        let listed = code
            .checked_sub(self.first_code)
            .and_then(|i| self.listed.get(usize::try_from(i).ok()?));
        if let Some(&width) = listed.or_else(|| self.single.get(&code)) {
            return width;
        }
        self.ranges
            .iter()
            .find(|&&(first, last, _)| (first..=last).contains(&code))
            .map(|&(_, _, width)| width)
            .or(self.default)
            .unwrap_or(UNKNOWN_WIDTH)
    }
}

/// One glyph of a shown string.
pub(super) struct Glyph {
    /// Its characters; empty when the font does not say.
    pub(super) text: String,
    /// Its advance in thousandths of the font size.
    pub(super) width: f64,
    /// A one-byte code 32, to which word spacing applies.
    pub(super) is_space_code: bool,
    /// The font could not say which character it is.
    pub(super) unmapped: bool,
}

impl Font {
    /// A font read from its dictionary; `resolve` follows references and `stream` decodes a
    /// referenced stream (the `/ToUnicode` CMap).
    pub(super) fn read(
        dictionary: &Dictionary,
        resolve: &dyn Fn(&Object) -> Option<Object>,
        stream: &mut dyn FnMut(&Object) -> Option<Vec<u8>>,
    ) -> Font {
        let two_byte = dictionary.has_name(b"Subtype", b"Type0");
        let encoding_object = dictionary.get(b"Encoding").and_then(resolve);
        let to_unicode = dictionary
            .get(b"ToUnicode")
            .and_then(stream)
            .map(|cmap| ToUnicode::parse(&cmap));
        let mut font = Font {
            two_byte,
            to_unicode,
            ..Font::default()
        };
        if two_byte {
            font.codes_are_unicode = encoding_object
                .as_ref()
                .and_then(Object::as_name)
                .is_some_and(|name| {
                    let name = String::from_utf8_lossy(name);
                    name.contains("UCS2") || name.contains("UTF16")
                });
            let descendant = dictionary
                .get(b"DescendantFonts")
                .and_then(resolve)
                .and_then(|fonts| fonts.as_array()?.first().and_then(resolve));
            if let Some(Object::Dictionary(descendant)) = descendant {
                font.widths = cid_widths(&descendant, resolve);
            }
        } else {
            font.encoding = Some(simple_encoding(encoding_object.as_ref(), resolve));
            font.widths = Widths {
                first_code: dictionary
                    .get(b"FirstChar")
                    .and_then(Object::as_index)
                    .and_then(|n| u32::try_from(n).ok())
                    .unwrap_or(0),
                listed: dictionary
                    .get(b"Widths")
                    .and_then(resolve)
                    .and_then(|w| {
                        Some(
                            w.as_array()?
                                .iter()
                                .map(|n| n.as_number().unwrap_or(UNKNOWN_WIDTH))
                                .collect(),
                        )
                    })
                    .unwrap_or_default(),
                ..Widths::default()
            };
        }
        font
    }

    /// The font used when a content stream names one the page does not have: one-byte codes
    /// read as WinAnsi.
    pub(super) fn fallback() -> Font {
        Font {
            encoding: Some(simple_encoding(None, &|_| None)),
            ..Font::default()
        }
    }

    /// The glyphs `bytes` show.
    pub(super) fn glyphs(&self, bytes: &[u8]) -> Vec<Glyph> {
        let code_len = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks_exact(code_len)
            .map(|code_bytes| {
                let code = code_bytes
                    .iter()
                    .fold(0u32, |code, &b| code << 8 | u32::from(b));
                let text = self.characters(code);
                Glyph {
                    unmapped: text.is_none(),
                    text: text.unwrap_or_default(),
                    width: self.widths.of(code),
                    is_space_code: !self.two_byte && code == 32,
                }
            })
            .collect()
    }

    fn characters(&self, code: u32) -> Option<String> {
        if let Some(text) = self.to_unicode.as_ref().and_then(|map| map.get(code)) {
            return Some(text);
        }
        if self.two_byte {
            return self
                .codes_are_unicode
                .then(|| char::from_u32(code).map(String::from))
                .flatten();
        }
        let encoding = self.encoding.as_ref()?;
        let c = (*encoding.get(usize::try_from(code).ok()?)?)?;
        Some(c.to_string())
    }
}

/// A two-byte font's widths from its descendant's `/DW` and `/W`
/// (`c [w1 w2 …]` or `c_first c_last w`).
fn cid_widths(descendant: &Dictionary, resolve: &dyn Fn(&Object) -> Option<Object>) -> Widths {
    let mut widths = Widths {
        default: Some(
            descendant
                .get(b"DW")
                .and_then(Object::as_number)
                .unwrap_or(1000.0),
        ),
        ..Widths::default()
    };
    let Some(Object::Array(items)) = descendant.get(b"W").and_then(resolve) else {
        return widths;
    };
    let code = |object: &Object| object.as_index().and_then(|n| u32::try_from(n).ok());
    let mut i = 0;
    while let Some(first) = items.get(i).and_then(code) {
        match (items.get(i + 1), items.get(i + 2)) {
            (Some(Object::Array(listed)), _) => {
                for (offset, width) in (0u32..).zip(listed) {
                    widths.single.insert(
                        first.saturating_add(offset),
                        width.as_number().unwrap_or(UNKNOWN_WIDTH),
                    );
                }
                i += 2;
            }
            (Some(last), Some(width)) => {
                if let (Some(last), Some(width)) = (code(last), width.as_number()) {
                    if widths.ranges.len() < MAX_RANGES {
                        widths.ranges.push((first, last, width));
                    }
                }
                i += 3;
            }
            _ => break,
        }
    }
    widths
}

/// The characters of a one-byte font's codes from its `/Encoding` (a name, or a dictionary with
/// `/BaseEncoding` and `/Differences`).
fn simple_encoding(
    encoding: Option<&Object>,
    resolve: &dyn Fn(&Object) -> Option<Object>,
) -> Box<[Option<char>; 256]> {
    let (base, differences) = match encoding {
        Some(Object::Name(name)) => (Some(name.as_slice()), None),
        Some(Object::Dictionary(d)) => (
            d.get(b"BaseEncoding").and_then(Object::as_name),
            d.get(b"Differences").and_then(resolve),
        ),
        _ => (None, None),
    };
    let mut table = Box::new([None; 256]);
    for (code, slot) in (0u8..=255).zip(table.iter_mut()) {
        *slot = if base == Some(b"MacRomanEncoding".as_slice()) {
            mac_roman(code)
        } else {
            win_ansi(code)
        };
    }
    if let Some(Object::Array(differences)) = differences {
        let mut code = 0usize;
        for item in &differences {
            match item {
                Object::Number(_) => code = item.as_index().unwrap_or(usize::MAX),
                Object::Name(name) => {
                    if let Some(slot) = table.get_mut(code) {
                        *slot = glyph_character(name);
                    }
                    code = code.saturating_add(1);
                }
                _ => {}
            }
        }
    }
    table
}

/// Windows code page 1252, which PDF's WinAnsiEncoding is: Latin-1 with typographic
/// punctuation in 0x80–0x9F. Control codes are no characters.
fn win_ansi(code: u8) -> Option<char> {
    const HIGH: &str = "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ";
    match code {
        0x20..=0x7e | 0xa0..=0xff => Some(char::from(code)),
        0x80..=0x9f => HIGH
            .chars()
            .nth(usize::from(code - 0x80))
            .filter(|&c| c != '\u{FFFD}'),
        _ => None,
    }
}

/// Mac OS Roman, the encoding of PDFs made on classic Macs.
fn mac_roman(code: u8) -> Option<char> {
    const HIGH: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
    match code {
        0x20..=0x7e => Some(char::from(code)),
        0x80..=0xff => HIGH.chars().nth(usize::from(code - 0x80)),
        _ => None,
    }
}

/// Glyph names of the Adobe Glyph List that Latin-script fonts use, beyond single letters and
/// the `uniXXXX` / `uXXXX` forms.
const GLYPH_NAMES: &[(&str, char)] = &[
    ("space", ' '),
    ("exclam", '!'),
    ("quotedbl", '"'),
    ("numbersign", '#'),
    ("dollar", '$'),
    ("percent", '%'),
    ("ampersand", '&'),
    ("quotesingle", '\''),
    ("parenleft", '('),
    ("parenright", ')'),
    ("asterisk", '*'),
    ("plus", '+'),
    ("comma", ','),
    ("hyphen", '-'),
    ("period", '.'),
    ("slash", '/'),
    ("zero", '0'),
    ("one", '1'),
    ("two", '2'),
    ("three", '3'),
    ("four", '4'),
    ("five", '5'),
    ("six", '6'),
    ("seven", '7'),
    ("eight", '8'),
    ("nine", '9'),
    ("colon", ':'),
    ("semicolon", ';'),
    ("less", '<'),
    ("equal", '='),
    ("greater", '>'),
    ("question", '?'),
    ("at", '@'),
    ("bracketleft", '['),
    ("backslash", '\\'),
    ("bracketright", ']'),
    ("asciicircum", '^'),
    ("underscore", '_'),
    ("grave", '`'),
    ("braceleft", '{'),
    ("bar", '|'),
    ("braceright", '}'),
    ("asciitilde", '~'),
    ("quoteleft", '‘'),
    ("quoteright", '’'),
    ("quotedblleft", '“'),
    ("quotedblright", '”'),
    ("quotesinglbase", '‚'),
    ("quotedblbase", '„'),
    ("guilsinglleft", '‹'),
    ("guilsinglright", '›'),
    ("guillemotleft", '«'),
    ("guillemotright", '»'),
    ("endash", '–'),
    ("emdash", '—'),
    ("bullet", '•'),
    ("ellipsis", '…'),
    ("dagger", '†'),
    ("daggerdbl", '‡'),
    ("perthousand", '‰'),
    ("trademark", '™'),
    ("copyright", '©'),
    ("registered", '®'),
    ("degree", '°'),
    ("section", '§'),
    ("paragraph", '¶'),
    ("minus", '−'),
    ("multiply", '×'),
    ("divide", '÷'),
    ("plusminus", '±'),
    ("Euro", '€'),
    ("florin", 'ƒ'),
    ("circumflex", 'ˆ'),
    ("tilde", '˜'),
    ("exclamdown", '¡'),
    ("cent", '¢'),
    ("sterling", '£'),
    ("currency", '¤'),
    ("yen", '¥'),
    ("brokenbar", '¦'),
    ("dieresis", '¨'),
    ("ordfeminine", 'ª'),
    ("logicalnot", '¬'),
    ("macron", '¯'),
    ("twosuperior", '²'),
    ("threesuperior", '³'),
    ("acute", '´'),
    ("mu", 'µ'),
    ("periodcentered", '·'),
    ("cedilla", '¸'),
    ("onesuperior", '¹'),
    ("ordmasculine", 'º'),
    ("onequarter", '¼'),
    ("onehalf", '½'),
    ("threequarters", '¾'),
    ("questiondown", '¿'),
    ("nbspace", '\u{A0}'),
    ("fi", 'ﬁ'),
    ("fl", 'ﬂ'),
    ("ff", 'ﬀ'),
    ("ffi", 'ﬃ'),
    ("ffl", 'ﬄ'),
    ("dotlessi", 'ı'),
    ("germandbls", 'ß'),
    ("AE", 'Æ'),
    ("ae", 'æ'),
    ("OE", 'Œ'),
    ("oe", 'œ'),
    ("Oslash", 'Ø'),
    ("oslash", 'ø'),
    ("Lslash", 'Ł'),
    ("lslash", 'ł'),
    ("Eth", 'Ð'),
    ("eth", 'ð'),
    ("Thorn", 'Þ'),
    ("thorn", 'þ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Zcaron", 'Ž'),
    ("zcaron", 'ž'),
    ("Ydieresis", 'Ÿ'),
    ("fraction", '⁄'),
];

/// Accented letters' glyph names: a base letter and a mark, `eacute` for é.
const MARKS: &[(&str, [char; 10])] = &[
    ("grave", ['à', 'è', 'ì', 'ò', 'ù', 'À', 'È', 'Ì', 'Ò', 'Ù']),
    ("acute", ['á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú']),
    (
        "circumflex",
        ['â', 'ê', 'î', 'ô', 'û', 'Â', 'Ê', 'Î', 'Ô', 'Û'],
    ),
    (
        "dieresis",
        ['ä', 'ë', 'ï', 'ö', 'ü', 'Ä', 'Ë', 'Ï', 'Ö', 'Ü'],
    ),
];

/// The character a glyph name stands for, as far as Latin text goes: `a`, `eacute`,
/// `quoteright`, `uni00E9`, `u1F600`; a suffix (`a.sc`, `one.oldstyle`) is ignored.
fn glyph_character(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next().unwrap_or(name);
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_ascii_alphabetic().then_some(c);
    }
    if let Some(&(_, c)) = GLYPH_NAMES.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    let hex = name
        .strip_prefix("uni")
        .map(|h| h.get(..4).unwrap_or(h))
        .or_else(|| {
            name.strip_prefix('u')
                .filter(|h| (4..=6).contains(&h.len()))
        });
    if let Some(hex) = hex {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    let special = match name {
        "Aring" => Some('Å'),
        "aring" => Some('å'),
        "Ccedilla" => Some('Ç'),
        "ccedilla" => Some('ç'),
        "Ntilde" => Some('Ñ'),
        "ntilde" => Some('ñ'),
        "Atilde" => Some('Ã'),
        "atilde" => Some('ã'),
        "Otilde" => Some('Õ'),
        "otilde" => Some('õ'),
        "Yacute" => Some('Ý'),
        "yacute" => Some('ý'),
        "ydieresis" => Some('ÿ'),
        _ => None,
    };
    if special.is_some() {
        return special;
    }
    let mut letters = name.chars();
    let base = letters.next()?;
    let mark = letters.as_str();
    let column = "aeiouAEIOU".find(base)?;
    MARKS
        .iter()
        .find(|(m, _)| *m == mark)
        .map(|(_, accented)| accented[column])
}

/// A `/ToUnicode` CMap: codes to the characters they show.
#[derive(Debug, Default)]
struct ToUnicode {
    single: HashMap<u32, String>,
    /// `beginbfrange` lines whose destination is one string: the first code, the last, and
    /// the UTF-16 of the first code's characters (the last unit counts up with the code).
    ranges: Vec<(u32, u32, Vec<u16>)>,
}

impl ToUnicode {
    fn parse(cmap: &[u8]) -> ToUnicode {
        let mut map = ToUnicode::default();
        let mut lexer = Lexer::for_content(cmap);
        let mut operands: Vec<Object> = Vec::new();
        while let Some(object) = lexer.next_object() {
            let Object::Keyword(operator) = object else {
                operands.push(object);
                continue;
            };
            match operator.as_slice() {
                b"endbfchar" => {
                    for pair in operands.chunks_exact(2) {
                        if let (Some(code), Object::String(target)) = (code_of(&pair[0]), &pair[1])
                        {
                            map.single.insert(code, utf16_text(&utf16_units(target)));
                        }
                    }
                }
                b"endbfrange" => {
                    for triple in operands.chunks_exact(3) {
                        map.add_range(triple);
                    }
                }
                _ => {}
            }
            operands.clear();
        }
        map
    }

    fn add_range(&mut self, line: &[Object]) {
        let (Some(first), Some(last)) = (code_of(&line[0]), code_of(&line[1])) else {
            return;
        };
        let last = last.min(first.saturating_add(MAX_RANGE - 1));
        match &line[2] {
            Object::String(target) if self.ranges.len() < MAX_RANGES => {
                self.ranges.push((first, last, utf16_units(target)));
            }
            Object::Array(targets) => {
                for (code, target) in (first..=last).zip(targets) {
                    if let Object::String(target) = target {
                        self.single.insert(code, utf16_text(&utf16_units(target)));
                    }
                }
            }
            _ => {}
        }
    }

    fn get(&self, code: u32) -> Option<String> {
        if let Some(text) = self.single.get(&code) {
            return Some(text.clone());
        }
        let (first, _, start) = self
            .ranges
            .iter()
            .rev()
            .find(|(first, last, _)| (*first..=*last).contains(&code))?;
        let mut units = start.clone();
        let last_unit = units.last_mut()?;
        // Offsets are below MAX_RANGE, so this fits a u16 after the wrap readers also do.
        *last_unit = last_unit.wrapping_add((code - first) as u16);
        Some(utf16_text(&units))
    }
}

/// A source code of a CMap line: its bytes read big-endian (at most four).
fn code_of(object: &Object) -> Option<u32> {
    match object {
        Object::String(bytes) if !bytes.is_empty() && bytes.len() <= 4 => {
            Some(bytes.iter().fold(0u32, |code, &b| code << 8 | u32::from(b)))
        }
        _ => None,
    }
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        .collect()
}

/// The text of UTF-16 units; unpaired surrogates and NULs (some producers map glyphs to
/// U+0000) are dropped.
fn utf16_text(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .filter_map(Result::ok)
        .filter(|&c| c != '\0')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_cover_their_whole_range() {
        assert_eq!(mac_roman(0x8E), Some('é'));
        assert_eq!(mac_roman(0xFF), Some('ˇ'));
        assert_eq!(win_ansi(0x92), Some('’'));
        assert_eq!(win_ansi(0x81), None);
        assert_eq!(win_ansi(0xE9), Some('é'));
        assert!((0x80..=0xFF).all(|code| mac_roman(code).is_some()));
    }

    #[test]
    fn glyph_names_read_as_characters() {
        for (name, expected) in [
            ("a", Some('a')),
            ("Eacute", Some('É')),
            ("udieresis", Some('ü')),
            ("ccedilla", Some('ç')),
            ("quoteright", Some('’')),
            ("uni20AC", Some('€')),
            ("u1F600", Some('😀')),
            ("one.oldstyle", Some('1')),
            ("g123", None),
        ] {
            assert_eq!(glyph_character(name.as_bytes()), expected, "{name}");
        }
    }
}
