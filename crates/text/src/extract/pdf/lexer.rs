//! PDF objects read from bytes (ISO 32000-1 §7.2–7.3): numbers, names, literal and hex strings,
//! arrays, dictionaries, indirect references and bare keywords (the operators of a content
//! stream, `obj`, `stream`, …).
//!
//! Damaged input never stops the lexer: a byte that starts no token is skipped, an unterminated
//! string or array ends at the end of the input, and nesting deeper than [`MAX_NESTING`] ends
//! the object, so no input can overflow the stack.

/// Deepest nesting of arrays and dictionaries read; real files nest a handful of levels.
const MAX_NESTING: usize = 32;

/// Items of arrays and dictionaries kept from the file's objects, which stay in memory while it
/// is read. A 300-page report holds some hundred thousand; a hostile file can write tens of
/// millions of numbers in one array, each of which would cost an [`Object`]. Past the budget,
/// items are read and dropped, and the file is refused as too large.
pub(super) const MAX_ITEMS: usize = 500_000;

/// Items kept of one array or dictionary in a content stream, which lives only until its
/// operator runs (a `TJ` array holds a line's worth).
const MAX_CONTENT_ITEMS: usize = 65_536;

thread_local! {
    /// Items that may still be kept by the file being read on this thread.
    static ITEMS_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_ITEMS) };
}

/// Starts the budget of items for a new file.
pub(super) fn reset_item_budget() {
    ITEMS_LEFT.with(|left| left.set(MAX_ITEMS));
}

/// Whether the file being read had more items than the budget.
pub(super) fn item_budget_exhausted() -> bool {
    ITEMS_LEFT.with(std::cell::Cell::get) == 0
}

/// Counts one item against the budget; `false` when none is left to keep it.
fn keep_item() -> bool {
    ITEMS_LEFT.with(|left| match left.get() {
        0 => false,
        n => {
            left.set(n - 1);
            true
        }
    })
}

/// A PDF object.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Object {
    Null,
    Bool(bool),
    Number(f64),
    Name(Vec<u8>),
    String(Vec<u8>),
    Array(Vec<Object>),
    Dictionary(Dictionary),
    /// `n g R`: the indirect object numbered `n` (generations are not told apart: the newest
    /// definition of a number wins).
    Reference(u32),
    /// A bare word: an operator in a content stream, or a keyword such as `stream`.
    Keyword(Vec<u8>),
}

impl Object {
    pub(super) fn as_number(&self) -> Option<f64> {
        match self {
            Object::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub(super) fn as_name(&self) -> Option<&[u8]> {
        match self {
            Object::Name(name) => Some(name),
            _ => None,
        }
    }

    pub(super) fn as_dictionary(&self) -> Option<&Dictionary> {
        match self {
            Object::Dictionary(dictionary) => Some(dictionary),
            _ => None,
        }
    }

    pub(super) fn as_array(&self) -> Option<&[Object]> {
        match self {
            Object::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A whole, non-negative number that fits `usize`.
    pub(super) fn as_index(&self) -> Option<usize> {
        let n = self.as_number()?;
        (n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX.into()).then_some(n as usize)
    }
}

/// A dictionary's entries in the order written.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Dictionary(pub(super) Vec<(Vec<u8>, Object)>);

impl Dictionary {
    /// The value of `key` (the last one, should a damaged file repeat it).
    pub(super) fn get(&self, key: &[u8]) -> Option<&Object> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key`'s value is the name `name`.
    pub(super) fn has_name(&self, key: &[u8], name: &[u8]) -> bool {
        self.get(key).and_then(Object::as_name) == Some(name)
    }
}

fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn is_delimiter(byte: u8) -> bool {
    matches!(
        byte,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// Neither white space nor a delimiter: a byte of a name, number or keyword.
pub(super) fn is_regular(byte: u8) -> bool {
    !is_whitespace(byte) && !is_delimiter(byte)
}

/// The pieces objects are built of.
enum Token {
    Object(Object),
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
}

/// Reads objects one after another from `bytes`, starting at `at`.
pub(super) struct Lexer<'a> {
    bytes: &'a [u8],
    pub(super) at: usize,
    /// Whether `n g R` is read as a reference: in files, yes; in content streams there are no
    /// references, and not looking ahead after every number saves two thirds of the work.
    references: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer for the body of a file, where references occur.
    pub(super) fn for_file(bytes: &'a [u8], at: usize) -> Lexer<'a> {
        Lexer {
            bytes,
            at,
            references: true,
        }
    }

    /// A lexer for a content stream or CMap, where they do not.
    pub(super) fn for_content(bytes: &'a [u8]) -> Lexer<'a> {
        Lexer {
            bytes,
            at: 0,
            references: false,
        }
    }

    /// Whether to keep one more item in a container that holds `held`: against the file's
    /// budget for objects of the file, against a fixed cap in a content stream.
    fn keep(&self, held: usize) -> bool {
        if self.references {
            keep_item()
        } else {
            held < MAX_CONTENT_ITEMS
        }
    }

    /// Whether a dictionary (`<<`) starts at the next token.
    pub(super) fn dictionary_follows(&mut self) -> bool {
        self.skip_white_space_and_comments();
        self.bytes
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(b"<<"))
    }

    /// The next object, or `None` at the end of the input.
    pub(super) fn next_object(&mut self) -> Option<Object> {
        self.object(0)
    }

    fn object(&mut self, depth: usize) -> Option<Object> {
        loop {
            match self.token()? {
                Token::Object(Object::Number(n)) if self.references => {
                    return Some(self.reference_or_number(n))
                }
                Token::Object(object) => return Some(object),
                Token::ArrayStart if depth < MAX_NESTING => {
                    let mut items = Vec::new();
                    while let Some(token) = self.peek_end() {
                        if token {
                            break;
                        }
                        match self.object(depth + 1) {
                            Some(item) if self.keep(items.len()) => items.push(item),
                            Some(_) => {}
                            None => break,
                        }
                    }
                    return Some(Object::Array(items));
                }
                Token::DictionaryStart if depth < MAX_NESTING => {
                    let mut entries = Vec::new();
                    while let Some(token) = self.peek_end() {
                        if token {
                            break;
                        }
                        let Some(key) = self.object(depth + 1) else {
                            break;
                        };
                        let Object::Name(key) = key else {
                            // A damaged entry: skip to the next name.
                            continue;
                        };
                        if self.peek_end() != Some(false) {
                            // A key without a value at the end: the closer (if any) is eaten.
                            entries.push((key, Object::Null));
                            break;
                        }
                        let value = self.object(depth + 1).unwrap_or(Object::Null);
                        if self.keep(entries.len()) {
                            entries.push((key, value));
                        }
                    }
                    return Some(Object::Dictionary(Dictionary(entries)));
                }
                Token::ArrayStart | Token::DictionaryStart => return None,
                // A stray closing bracket: skip it.
                Token::ArrayEnd | Token::DictionaryEnd => continue,
            }
        }
    }

    /// After white space: `Some(true)` and the closer consumed when an array or dictionary
    /// ends here, `Some(false)` when an object follows, `None` at the end of the input.
    fn peek_end(&mut self) -> Option<bool> {
        self.skip_white_space_and_comments();
        match self.bytes.get(self.at..)? {
            [] => None,
            [b']', ..] => {
                self.at += 1;
                Some(true)
            }
            [b'>', b'>', ..] => {
                self.at += 2;
                Some(true)
            }
            _ => Some(false),
        }
    }

    /// `n` alone, or the reference `n g R` when a generation and `R` follow.
    fn reference_or_number(&mut self, n: f64) -> Object {
        let start = self.at;
        if let Ok(number) = u32::try_from(n as i64) {
            if n.fract() == 0.0 {
                if let Some(Token::Object(Object::Number(generation))) = self.token() {
                    if generation >= 0.0 && generation.fract() == 0.0 {
                        if let Some(Token::Object(Object::Keyword(word))) = self.token() {
                            if word == b"R" {
                                return Object::Reference(number);
                            }
                        }
                    }
                }
            }
        }
        self.at = start;
        Object::Number(n)
    }

    pub(super) fn skip_white_space_and_comments(&mut self) {
        while let Some(&byte) = self.bytes.get(self.at) {
            if is_whitespace(byte) {
                self.at += 1;
            } else if byte == b'%' {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|&b| b != b'\n' && b != b'\r')
                {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    fn token(&mut self) -> Option<Token> {
        loop {
            self.skip_white_space_and_comments();
            let rest = self.bytes.get(self.at..)?;
            let (&first, after) = rest.split_first()?;
            match first {
                b'(' => {
                    self.at += 1;
                    return Some(Token::Object(Object::String(self.literal_string())));
                }
                b'<' if after.first() == Some(&b'<') => {
                    self.at += 2;
                    return Some(Token::DictionaryStart);
                }
                b'<' => {
                    self.at += 1;
                    return Some(Token::Object(Object::String(self.hex_string())));
                }
                b'>' if after.first() == Some(&b'>') => {
                    self.at += 2;
                    return Some(Token::DictionaryEnd);
                }
                b'[' => {
                    self.at += 1;
                    return Some(Token::ArrayStart);
                }
                b']' => {
                    self.at += 1;
                    return Some(Token::ArrayEnd);
                }
                b'/' => {
                    self.at += 1;
                    return Some(Token::Object(Object::Name(self.name())));
                }
                _ if is_regular(first) => return Some(Token::Object(self.word())),
                // `)`, a lone `>`, `{` or `}`: nothing a text reader needs.
                _ => self.at += 1,
            }
        }
    }

    fn regular_run(&mut self) -> &'a [u8] {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(|&b| is_regular(b)) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    /// A number, or a keyword (`true`, `false` and `null` become their objects).
    fn word(&mut self) -> Object {
        let word = self.regular_run();
        match word {
            b"true" => return Object::Bool(true),
            b"false" => return Object::Bool(false),
            b"null" => return Object::Null,
            _ => {}
        }
        let numeric = word
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'));
        if numeric && word.iter().any(u8::is_ascii_digit) {
            // Producers write `--5` and `5.` too; read what can be read, as readers do.
            let text = String::from_utf8_lossy(word);
            let trimmed = text.trim_start_matches(['+', '-']);
            let negative = text.starts_with('-');
            if let Ok(n) = trimmed.trim_end_matches('.').parse::<f64>() {
                return Object::Number(if negative { -n } else { n });
            }
            return Object::Number(0.0);
        }
        Object::Keyword(word.to_vec())
    }

    /// A name after its `/`, with `#xx` escapes decoded.
    fn name(&mut self) -> Vec<u8> {
        let raw = self.regular_run();
        let mut name = Vec::with_capacity(raw.len());
        let mut i = 0;
        while let Some(&byte) = raw.get(i) {
            let escaped = raw
                .get(i + 1..i + 3)
                .filter(|_| byte == b'#')
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok());
            match escaped {
                Some(decoded) => {
                    name.push(decoded);
                    i += 3;
                }
                None => {
                    name.push(byte);
                    i += 1;
                }
            }
        }
        name
    }

    /// A literal string after its `(`: balanced parentheses and backslash escapes.
    fn literal_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut open = 1usize;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            match byte {
                b'(' => {
                    open += 1;
                    out.push(byte);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                    out.push(byte);
                }
                b'\\' => self.escape(&mut out),
                // An end of line in a string is a line feed, however it is written.
                b'\r' => {
                    if self.bytes.get(self.at) == Some(&b'\n') {
                        self.at += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(byte),
            }
        }
        out
    }

    /// The escape after a backslash in a literal string.
    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(&byte) = self.bytes.get(self.at) else {
            return;
        };
        self.at += 1;
        match byte {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'0'..=b'7' => {
                let mut code = u32::from(byte - b'0');
                for _ in 0..2 {
                    match self.bytes.get(self.at) {
                        Some(&digit @ b'0'..=b'7') => {
                            code = code * 8 + u32::from(digit - b'0');
                            self.at += 1;
                        }
                        _ => break,
                    }
                }
                // `\777` overflows a byte; the high bit is dropped, as readers do.
                out.push((code & 0xff) as u8);
            }
            // A backslash at the end of a line continues the string on the next.
            b'\r' => {
                if self.bytes.get(self.at) == Some(&b'\n') {
                    self.at += 1;
                }
            }
            b'\n' => {}
            // `\(`, `\)`, `\\`, and any other character stands for itself.
            _ => out.push(byte),
        }
    }

    /// A hex string after its `<`: pairs of hex digits, white space ignored, a last lone digit
    /// followed by 0.
    fn hex_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            let digit = match byte {
                b'>' => break,
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' => byte - b'a' + 10,
                b'A'..=b'F' => byte - b'A' + 10,
                _ => continue,
            };
            match high.take() {
                Some(h) => out.push(h << 4 | digit),
                None => high = Some(digit),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    /// Skips an inline image's data after its `ID` operator, up to and including `EI`: the
    /// data is binary and would otherwise be read as operators.
    pub(super) fn skip_inline_image(&mut self) {
        // One white-space byte separates `ID` from the data.
        let start = self.at + 1;
        let rest = self.bytes.get(start..).unwrap_or_default();
        let end = rest
            .windows(4)
            .position(|w| is_whitespace(w[0]) && w[1] == b'E' && w[2] == b'I' && !is_regular(w[3]));
        self.at = match end {
            Some(i) => start + i + 3,
            None => self.bytes.len(),
        };
    }

    /// Whether the next bytes, after white space, are the keyword `word`; consumed if so.
    pub(super) fn eat_keyword(&mut self, word: &[u8]) -> bool {
        self.skip_white_space_and_comments();
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        let ends = rest.get(word.len()).is_none_or(|&b| !is_regular(b));
        if rest.starts_with(word) && ends {
            self.at += word.len();
            true
        } else {
            false
        }
    }
}
