//! The text of a PDF, best effort and without a PDF library (ISO 32000-1).
//!
//! How: every `n g obj` in the file is read in one pass (the cross-reference table is not
//! needed, and is often wrong in damaged files), then the objects packed in object streams.
//! Pages are found through the trailer's `/Root` and the page tree, inheriting `/Resources`;
//! when the tree is missing or broken, every page object is read in object-number order, and
//! failing that every stream that draws text. Each page's content streams (and the form
//! XObjects they draw) are [interpreted](content) for their text-showing operators.
//!
//! What it reads: streams uncompressed or compressed with `/FlateDecode`, `/ASCIIHexDecode` and
//! `/ASCII85Decode` (chained or not); fonts as [`fonts`] says (a `/ToUnicode` map, standard,
//! WinAnsi or MacRoman encodings with `/Differences`, UCS-2 CMaps).
//!
//! What it cannot: encrypted PDFs (any `/Encrypt` in a trailer, even when the PDF opens without
//! a password, since the streams are still encrypted) are [`ExtractError::Encrypted`]; scans
//! give [`ExtractError::NoTextLayer`]; two-byte (`Identity-H`) fonts without `/ToUnicode` give
//! no text, and [`ExtractError::UnreadableFonts`] when nothing else is readable; streams with
//! other filters (LZW, run-length, PNG predictors) are skipped; Type3 fonts and text drawn as
//! vector outlines give nothing or guesses; words come out in drawing order, which is reading
//! order for almost every producer but not always for columns or tables.
//!
//! Bounds: every decoded stream counts against [`MAX_INFLATED_BYTES`] for the whole file (an
//! uncompressed stream counts too, at least 1 KiB a use, so a form drawn a million times cannot
//! loop forever); going beyond it is [`ExtractError::TooLarge`]. Every step otherwise reads
//! forward, so the work grows with the file and what it inflates to.

mod content;
mod fonts;
mod lexer;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use super::{inflate, ExtractError, Format, InflateFailure, Wrapping, MAX_INFLATED_BYTES};
use lexer::{is_regular, Dictionary, Lexer, Object};

/// Deepest page tree followed; real trees are a few levels deep.
const MAX_TREE_DEPTH: usize = 64;

/// The plain text of a PDF's pages, a blank line between pages.
pub(super) fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    // Readers accept the header anywhere in the first kilobyte.
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(ExtractError::Damaged("it is not a PDF"));
    }
    lexer::reset_item_budget();
    let document = Document::read(bytes);
    if document.encrypted() {
        return Err(ExtractError::Encrypted(Format::Pdf));
    }
    if document.objects.is_empty() {
        return Err(ExtractError::Damaged("none of its objects can be read"));
    }
    let mut reader = content::Reader::new(&document);
    let pages = document.pages();
    if pages.is_empty() {
        for content in document.text_streams() {
            reader.page(&[content], &NO_RESOURCES);
        }
    } else {
        for page in &pages {
            let contents = document.page_contents(page.dictionary);
            reader.page(&contents, page.resources);
        }
    }
    if document.over_budget.get() || lexer::item_budget_exhausted() {
        return Err(ExtractError::TooLarge);
    }
    let (text, unmapped_glyphs) = reader.finish();
    if text.trim().is_empty() {
        return Err(if unmapped_glyphs > 0 {
            ExtractError::UnreadableFonts
        } else {
            ExtractError::NoTextLayer
        });
    }
    Ok(text)
}

/// An indirect object: its value and, for a stream, its raw (still encoded) data.
struct Indirect<'a> {
    value: Object,
    stream: Option<&'a [u8]>,
}

/// A page and the resources it has or inherits, borrowed from the document: many pages share
/// one large resource dictionary, which must not be copied for each.
struct Page<'o> {
    dictionary: &'o Dictionary,
    resources: &'o Dictionary,
}

/// A PDF's objects, read from its bytes.
pub(super) struct Document<'a> {
    objects: HashMap<u32, Indirect<'a>>,
    /// Trailer dictionaries and cross-reference stream dictionaries, in file order.
    trailers: Vec<Dictionary>,
    /// Bytes that may still be decoded.
    budget: Cell<usize>,
    /// A stream was not decoded because the budget ran out.
    over_budget: Cell<bool>,
}

static NULL: Object = Object::Null;
static NO_RESOURCES: Dictionary = Dictionary(Vec::new());

impl<'a> Document<'a> {
    fn read(bytes: &'a [u8]) -> Document<'a> {
        let mut document = Document {
            objects: HashMap::new(),
            trailers: Vec::new(),
            budget: Cell::new(MAX_INFLATED_BYTES),
            over_budget: Cell::new(false),
        };
        let mut trailers: Vec<(usize, Dictionary)> = Vec::new();
        let mut at = 0;
        while let Some(found) = find(bytes, b"obj", at) {
            at = found + 3;
            if bytes.get(at).is_some_and(|&b| is_regular(b)) {
                continue;
            }
            let Some(number) = object_number_before(bytes, found) else {
                continue;
            };
            let mut lexer = Lexer::for_file(bytes, at);
            let Some(value) = lexer.next_object() else {
                break;
            };
            let mut stream = None;
            if let Object::Dictionary(dictionary) = &value {
                if lexer.eat_keyword(b"stream") {
                    let (data, end) = stream_data(bytes, lexer.at, dictionary);
                    stream = Some(data);
                    lexer.at = end;
                }
                if dictionary.has_name(b"Type", b"XRef") {
                    trailers.push((found, dictionary.clone()));
                }
            }
            at = at.max(lexer.at);
            // A later definition is an incremental update: it replaces the earlier one.
            document.objects.insert(number, Indirect { value, stream });
        }
        let mut at = 0;
        while let Some(found) = find(bytes, b"trailer", at) {
            at = found + b"trailer".len();
            // Only a dictionary can follow: anything else is passed over at once, so that a file
            // of `trailer[trailer[…` is not read to its end once per occurrence.
            let mut lexer = Lexer::for_file(bytes, at);
            if !lexer.dictionary_follows() {
                continue;
            }
            if let Some(Object::Dictionary(dictionary)) = lexer.next_object() {
                trailers.push((found, dictionary));
                // What the dictionary spans was read once; the scan goes on after it.
                at = at.max(lexer.at);
            }
        }
        trailers.sort_by_key(|(at, _)| *at);
        document.trailers = trailers.into_iter().map(|(_, d)| d).collect();
        document.unpack_object_streams();
        document
    }

    /// Adds the objects packed in object streams (PDF 1.5), unless the file also defines them
    /// directly.
    fn unpack_object_streams(&mut self) {
        let mut packs: Vec<u32> = self
            .objects
            .iter()
            .filter(|(_, object)| {
                object.stream.is_some()
                    && object
                        .value
                        .as_dictionary()
                        .is_some_and(|d| d.has_name(b"Type", b"ObjStm"))
            })
            .map(|(&number, _)| number)
            .collect();
        packs.sort_unstable();
        let mut unpacked = Vec::new();
        for number in packs {
            let Some(data) = self.stream(number) else {
                continue;
            };
            let Some(Object::Dictionary(dictionary)) = self.objects.get(&number).map(|o| &o.value)
            else {
                continue;
            };
            let count = dictionary.get(b"N").and_then(Object::as_index).unwrap_or(0);
            let first = dictionary
                .get(b"First")
                .and_then(Object::as_index)
                .unwrap_or(0);
            // Objects are read each within its own span (offsets must increase), so a header
            // pointing many entries at one large object cannot make the work quadratic.
            let mut header = Lexer::for_content(&data);
            let mut entries: Vec<(u32, usize)> = Vec::new();
            for _ in 0..count {
                let (Some(number), Some(offset)) = (header.next_object(), header.next_object())
                else {
                    break;
                };
                let (Some(number), Some(offset)) = (number.as_index(), offset.as_index()) else {
                    break;
                };
                let start = first.saturating_add(offset);
                let (Ok(number), true) = (
                    u32::try_from(number),
                    entries.last().is_none_or(|&(_, previous)| start > previous),
                ) else {
                    break;
                };
                entries.push((number, start));
            }
            for (i, &(number, start)) in entries.iter().enumerate() {
                let end = entries.get(i + 1).map_or(data.len(), |&(_, next)| next);
                let span = data.get(..end.min(data.len())).unwrap_or_default();
                if let Some(value) = Lexer::for_file(span, start).next_object() {
                    unpacked.push((number, value));
                }
            }
        }
        for (number, value) in unpacked {
            self.objects.entry(number).or_insert(Indirect {
                value,
                stream: None,
            });
        }
    }

    fn encrypted(&self) -> bool {
        self.trailers
            .iter()
            .any(|t| t.get(b"Encrypt").is_some_and(|e| *e != Object::Null))
    }

    /// `object`, with references followed to what they name (`null` when nothing).
    fn resolve<'o>(&'o self, object: &'o Object) -> &'o Object {
        let mut object = object;
        // References to references are legal, loops are not: a few hops are plenty.
        for _ in 0..8 {
            let Object::Reference(number) = object else {
                return object;
            };
            object = self.objects.get(number).map_or(&NULL, |o| &o.value);
        }
        &NULL
    }

    fn dictionary<'o>(&'o self, object: Option<&'o Object>) -> Option<&'o Dictionary> {
        self.resolve(object?).as_dictionary()
    }

    /// The decoded data of the stream `object` refers to.
    fn stream_of(&self, object: &Object) -> Option<Vec<u8>> {
        match object {
            Object::Reference(number) => self.stream(*number),
            _ => None,
        }
    }

    /// The decoded data of stream object `number`; `None` when it is no stream, its filters are
    /// ones this reader does not decode, or the budget has run out.
    fn stream(&self, number: u32) -> Option<Vec<u8>> {
        let object = self.objects.get(&number)?;
        let data = object.stream?;
        let dictionary = object.value.as_dictionary()?;
        let filters: Vec<&[u8]> = match self.resolve(dictionary.get(b"Filter").unwrap_or(&NULL)) {
            Object::Name(name) => vec![name.as_slice()],
            Object::Array(names) => names.iter().filter_map(Object::as_name).collect(),
            _ => Vec::new(),
        };
        let parameters = self.resolve(dictionary.get(b"DecodeParms").unwrap_or(&NULL));
        let predicted = |p: &Object| {
            self.dictionary(Some(p))
                .and_then(|p| p.get(b"Predictor"))
                .and_then(Object::as_number)
                .is_some_and(|n| n > 1.0)
        };
        let uses_predictor = match parameters {
            Object::Array(items) => items.iter().any(predicted),
            other => predicted(other),
        };
        if uses_predictor {
            return None;
        }
        self.spend(data.len().max(1024))?;
        let mut decoded = Cow::Borrowed(data);
        for filter in filters {
            let next = match filter {
                b"FlateDecode" | b"Fl" => self.inflate(&decoded)?,
                b"ASCIIHexDecode" | b"AHx" => ascii_hex(&decoded),
                b"ASCII85Decode" | b"A85" => ascii85(&decoded),
                _ => return None,
            };
            self.spend(next.len())?;
            decoded = Cow::Owned(next);
        }
        Some(decoded.into_owned())
    }

    /// Takes `bytes` from the budget; `None` (and the document marked over budget) when it
    /// cannot.
    fn spend(&self, bytes: usize) -> Option<()> {
        match self.budget.get().checked_sub(bytes) {
            Some(left) => {
                self.budget.set(left);
                Some(())
            }
            None => {
                self.over_budget.set(true);
                None
            }
        }
    }

    fn inflate(&self, data: &[u8]) -> Option<Vec<u8>> {
        match inflate(data, Wrapping::Zlib, self.budget.get()) {
            Ok(inflated) => Some(inflated),
            Err(InflateFailure::TooLong) => {
                self.over_budget.set(true);
                None
            }
            // A stream cut short still has the text before the cut.
            Err(InflateFailure::Corrupt { partial }) if !partial.is_empty() => Some(partial),
            // Some producers leave out the zlib header.
            Err(InflateFailure::Corrupt { .. }) => inflate(data, Wrapping::Raw, self.budget.get())
                .ok()
                .filter(|inflated| !inflated.is_empty()),
        }
    }

    /// The pages in page-tree order; when the tree cannot be followed, every page object in
    /// object-number order.
    fn pages(&self) -> Vec<Page<'_>> {
        let root = self
            .trailers
            .iter()
            .rev()
            .find_map(|trailer| self.dictionary(trailer.get(b"Root")));
        let mut pages = Vec::new();
        if let Some(tree) = root.and_then(|root| root.get(b"Pages")) {
            let mut visited = HashSet::new();
            self.walk(tree, &NO_RESOURCES, 0, &mut visited, &mut pages);
        }
        if pages.is_empty() {
            let mut numbers: Vec<u32> = self
                .objects
                .iter()
                .filter(|(_, o)| {
                    o.value
                        .as_dictionary()
                        .is_some_and(|d| d.has_name(b"Type", b"Page"))
                })
                .map(|(&n, _)| n)
                .collect();
            numbers.sort_unstable();
            for number in numbers {
                let Some(page) = self.objects.get(&number) else {
                    continue;
                };
                self.walk(
                    &page.value,
                    &NO_RESOURCES,
                    0,
                    &mut HashSet::new(),
                    &mut pages,
                );
            }
        }
        pages
    }

    fn walk<'o>(
        &'o self,
        node: &'o Object,
        inherited: &'o Dictionary,
        depth: usize,
        visited: &mut HashSet<u32>,
        pages: &mut Vec<Page<'o>>,
    ) {
        if let Object::Reference(number) = node {
            if !visited.insert(*number) {
                return;
            }
        }
        let Some(dictionary) = self.resolve(node).as_dictionary() else {
            return;
        };
        let resources = self
            .dictionary(dictionary.get(b"Resources"))
            .unwrap_or(inherited);
        match self.resolve(dictionary.get(b"Kids").unwrap_or(&NULL)) {
            Object::Array(kids) if depth < MAX_TREE_DEPTH => {
                for kid in kids {
                    self.walk(kid, resources, depth + 1, visited, pages);
                }
            }
            Object::Array(_) => {}
            _ => pages.push(Page {
                dictionary,
                resources,
            }),
        }
    }

    /// A page's content streams, decoded, in order.
    fn page_contents(&self, page: &Dictionary) -> Vec<Vec<u8>> {
        match page.get(b"Contents") {
            Some(Object::Array(parts)) => parts.iter().filter_map(|p| self.stream_of(p)).collect(),
            Some(reference @ Object::Reference(_)) => {
                match self.resolve(reference) {
                    // An indirect array of content streams.
                    Object::Array(parts) => {
                        parts.iter().filter_map(|p| self.stream_of(p)).collect()
                    }
                    _ => self.stream_of(reference).into_iter().collect(),
                }
            }
            _ => Vec::new(),
        }
    }

    /// When no page can be found: every stream that looks like page content (no type of its
    /// own, and text operators inside), in object-number order.
    fn text_streams(&self) -> Vec<Vec<u8>> {
        const NOT_CONTENT: [&[u8]; 9] = [
            b"Type",
            b"Subtype",
            b"Length1",
            b"Length2",
            b"Length3",
            b"N",
            b"FunctionType",
            b"ShadingType",
            b"PatternType",
        ];
        let mut numbers: Vec<u32> = self
            .objects
            .iter()
            .filter(|(_, o)| {
                o.stream.is_some()
                    && o.value
                        .as_dictionary()
                        .is_some_and(|d| NOT_CONTENT.iter().all(|key| d.get(key).is_none()))
            })
            .map(|(&n, _)| n)
            .collect();
        numbers.sort_unstable();
        numbers
            .into_iter()
            .filter_map(|n| self.stream(n))
            .filter(|data| find(data, b"BT", 0).is_some() && find(data, b"begincmap", 0).is_none())
            .collect()
    }
}

/// Where `needle` next occurs in `haystack` from `from` on.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// The object number of `n g obj` when `obj` starts at `at`.
fn object_number_before(bytes: &[u8], at: usize) -> Option<u32> {
    let mut i = at;
    let mut skip = |want_digits: bool| {
        let end = i;
        while i > 0 && (bytes[i - 1].is_ascii_digit() == want_digits) && {
            want_digits || !is_regular(bytes[i - 1])
        } {
            i -= 1;
        }
        (i < end).then_some((i, end))
    };
    skip(false)?;
    skip(true)?;
    skip(false)?;
    let (start, end) = skip(true)?;
    if start > 0 && is_regular(bytes[start - 1]) {
        return None;
    }
    std::str::from_utf8(&bytes[start..end]).ok()?.parse().ok()
}

/// A stream's raw data starting at `after_keyword` (just after `stream`), and where reading
/// goes on after `endstream`. `/Length` is trusted when it is direct and `endstream` follows
/// it; otherwise the data runs to the next `endstream`.
fn stream_data<'a>(
    bytes: &'a [u8],
    after_keyword: usize,
    dictionary: &Dictionary,
) -> (&'a [u8], usize) {
    let rest = bytes.get(after_keyword..).unwrap_or_default();
    let start = after_keyword
        + if rest.starts_with(b"\r\n") {
            2
        } else {
            usize::from(rest.starts_with(b"\n") || rest.starts_with(b"\r"))
        };
    let declared_end = dictionary
        .get(b"Length")
        .and_then(Object::as_index)
        .and_then(|len| start.checked_add(len))
        .filter(|&end| {
            let mut lexer = Lexer::for_content(bytes.get(end..).unwrap_or_default());
            lexer.eat_keyword(b"endstream")
        });
    if let Some(end) = declared_end {
        if let Some(data) = bytes.get(start..end) {
            return (data, end);
        }
    }
    match find(bytes, b"endstream", start) {
        Some(found) => {
            let mut end = found;
            if bytes[..end].ends_with(b"\r\n") {
                end -= 2;
            } else if bytes[..end].ends_with(b"\n") || bytes[..end].ends_with(b"\r") {
                end -= 1;
            }
            (
                bytes.get(start..end.max(start)).unwrap_or_default(),
                found + 9,
            )
        }
        None => (bytes.get(start..).unwrap_or_default(), bytes.len()),
    }
}

/// `/ASCIIHexDecode` data: hex digit pairs up to `>`.
fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut high = None;
    for &byte in data {
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

/// `/ASCII85Decode` data: groups of five characters `!`–`u` for four bytes, `z` for four
/// zeros, up to `~>`.
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    let mut group = [0u8; 5];
    let mut len = 0;
    let value = |group: &[u8; 5]| {
        group.iter().fold(0u32, |v, &c| {
            v.wrapping_mul(85).wrapping_add(u32::from(c - b'!'))
        })
    };
    for &byte in data {
        match byte {
            b'~' => break,
            b'z' if len == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[len] = byte;
                len += 1;
                if len == 5 {
                    out.extend_from_slice(&value(&group).to_be_bytes());
                    len = 0;
                }
            }
            _ => {}
        }
    }
    if len > 1 {
        // A last partial group is padded with `u` and gives one byte fewer than it has.
        group[len..].fill(b'u');
        out.extend_from_slice(&value(&group).to_be_bytes()[..len - 1]);
    }
    out
}
