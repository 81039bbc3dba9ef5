//! Text from content streams (ISO 32000-1 §9.4): the strings shown by `Tj`, `TJ`, `'` and `"`,
//! decoded through the current font, with line breaks and spaces inferred from where each
//! string is drawn.
//!
//! PDFs rarely say where lines and words end. A new line starts when a string is drawn half a
//! font size or more above or below where the last one ended (`Td`, `TD`, `T*`, `Tm` or a new
//! text object moved it); a space goes in when a string starts a fifth of a font size or more
//! to the right of where the last one ended, or after a `TJ` adjustment of more than a fifth of
//! an em (producers that position every glyph write word gaps that way). Where the last string
//! ended comes from the font's glyph widths. Positions go through the current transformation
//! matrix (`cm`, saved and restored by `q` and `Q`), since some producers place every line with
//! `cm` and an unchanged text matrix.

use std::collections::HashMap;
use std::rc::Rc;

use super::fonts::Font;
use super::lexer::{Dictionary, Lexer, Object};
use super::Document;

/// Deepest nesting of form XObjects followed; forms drawing forms rarely go beyond two.
const MAX_FORM_DEPTH: usize = 8;

/// Deepest `q` nesting remembered; deeper saves are dropped (their restores then restore less).
const MAX_SAVED_STATES: usize = 64;

/// A `TJ` adjustment below this (in thousandths of an em; negative moves right) is a word gap.
const WORD_GAP_ADJUSTMENT: f64 = -200.0;

/// `[a b c d e f]`, the PDF form of an affine transformation.
type Matrix = [f64; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `first` then `second`.
fn multiply(first: &Matrix, second: &Matrix) -> Matrix {
    let [a, b, c, d, e, f] = *first;
    let [a2, b2, c2, d2, e2, f2] = *second;
    [
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    ]
}

fn translation(x: f64, y: f64) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, x, y]
}

/// The graphics state as far as text goes: what `q` saves and `Q` restores.
#[derive(Clone)]
struct State {
    transform: Matrix,
    font: Option<Rc<Font>>,
    font_size: f64,
    char_spacing: f64,
    word_spacing: f64,
    /// Horizontal scaling as a fraction (`Tz` 100 is 1).
    scaling: f64,
    leading: f64,
}

impl Default for State {
    fn default() -> State {
        State {
            transform: IDENTITY,
            font: None,
            font_size: 1.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scaling: 1.0,
            leading: 0.0,
        }
    }
}

/// Reads the text of a document's pages one after another.
pub(super) struct Reader<'d, 'a> {
    document: &'d Document<'a>,
    /// Fonts read so far, by object number: a font is shared by many pages.
    fonts: HashMap<u32, Rc<Font>>,
    fallback_font: Rc<Font>,
    out: String,
    unmapped_glyphs: usize,
    state: State,
    saved: Vec<State>,
    text_matrix: Matrix,
    line_matrix: Matrix,
    /// Where the last string shown ended (page space), and its font size there.
    last_end: Option<(f64, f64, f64)>,
}

impl<'d, 'a> Reader<'d, 'a> {
    pub(super) fn new(document: &'d Document<'a>) -> Reader<'d, 'a> {
        Reader {
            document,
            fonts: HashMap::new(),
            fallback_font: Rc::new(Font::fallback()),
            out: String::new(),
            unmapped_glyphs: 0,
            state: State::default(),
            saved: Vec::new(),
            text_matrix: IDENTITY,
            line_matrix: IDENTITY,
            last_end: None,
        }
    }

    /// Reads one page from its content streams (in order) and resources.
    pub(super) fn page(&mut self, contents: &[Vec<u8>], resources: &Dictionary) {
        self.state = State::default();
        self.saved.clear();
        self.last_end = None;
        // Content may be split across streams only between tokens, so joining them with a
        // line feed reads as one.
        let joined = contents.join(&b'\n');
        self.run(&joined, resources, 0);
        self.out.push_str("\n\n");
    }

    /// The text read, and how many glyphs the fonts could not map to characters.
    pub(super) fn finish(self) -> (String, usize) {
        (self.out, self.unmapped_glyphs)
    }

    fn run(&mut self, content: &[u8], resources: &Dictionary, depth: usize) {
        // The fonts this content names, looked up once each: a dictionary lookup is a scan of
        // its entries, and a content stream may switch fonts at every word.
        let mut fonts_named: HashMap<Vec<u8>, Option<Rc<Font>>> = HashMap::new();
        let mut lexer = Lexer::for_content(content);
        let mut operands: Vec<Object> = Vec::new();
        while let Some(object) = lexer.next_object() {
            let Object::Keyword(operator) = object else {
                // Operators take at most a handful of operands; more is damage.
                if operands.len() < 32 {
                    operands.push(object);
                }
                continue;
            };
            let number = |i: usize| operands.get(i).and_then(Object::as_number);
            match operator.as_slice() {
                b"q" if self.saved.len() < MAX_SAVED_STATES => self.saved.push(self.state.clone()),
                b"Q" => {
                    if let Some(state) = self.saved.pop() {
                        self.state = state;
                    }
                }
                b"cm" => {
                    if let Some(matrix) = matrix(&operands) {
                        self.state.transform = multiply(&matrix, &self.state.transform);
                    }
                }
                b"BT" => {
                    self.text_matrix = IDENTITY;
                    self.line_matrix = IDENTITY;
                }
                b"Tf" => {
                    let name = operands.first().and_then(Object::as_name);
                    if let Some(name) = name {
                        let font = match fonts_named.get(name) {
                            Some(font) => font.clone(),
                            None => {
                                let font = self.font(resources, name);
                                fonts_named.insert(name.to_vec(), font.clone());
                                font
                            }
                        };
                        self.state.font = font;
                    }
                    self.state.font_size = number(1).unwrap_or(self.state.font_size);
                }
                b"Tc" => self.state.char_spacing = number(0).unwrap_or(0.0),
                b"Tw" => self.state.word_spacing = number(0).unwrap_or(0.0),
                b"Tz" => self.state.scaling = number(0).unwrap_or(100.0) / 100.0,
                b"TL" => self.state.leading = number(0).unwrap_or(0.0),
                b"Td" => self.move_line(number(0).unwrap_or(0.0), number(1).unwrap_or(0.0)),
                b"TD" => {
                    let y = number(1).unwrap_or(0.0);
                    self.state.leading = -y;
                    self.move_line(number(0).unwrap_or(0.0), y);
                }
                b"Tm" => {
                    if let Some(matrix) = matrix(&operands) {
                        self.text_matrix = matrix;
                        self.line_matrix = matrix;
                    }
                }
                b"T*" => self.next_line(),
                b"Tj" => self.show_operand(operands.first()),
                b"'" => {
                    self.next_line();
                    self.show_operand(operands.first());
                }
                b"\"" => {
                    self.state.word_spacing = number(0).unwrap_or(0.0);
                    self.state.char_spacing = number(1).unwrap_or(0.0);
                    self.next_line();
                    self.show_operand(operands.get(2));
                }
                b"TJ" => {
                    if let Some(Object::Array(items)) = operands.first() {
                        self.show_array(items);
                    }
                }
                b"Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(name) = operands.first().and_then(Object::as_name) {
                        self.form(resources, name, depth);
                    }
                }
                b"ID" => lexer.skip_inline_image(),
                _ => {}
            }
            operands.clear();
        }
    }

    fn move_line(&mut self, x: f64, y: f64) {
        self.line_matrix = multiply(&translation(x, y), &self.line_matrix);
        self.text_matrix = self.line_matrix;
    }

    fn next_line(&mut self) {
        self.move_line(0.0, -self.state.leading);
    }

    fn show_operand(&mut self, operand: Option<&Object>) {
        if let Some(Object::String(bytes)) = operand {
            self.separate_from_last();
            self.show(bytes);
        }
    }

    fn show_array(&mut self, items: &[Object]) {
        let mut first = true;
        for item in items {
            match item {
                Object::String(bytes) => {
                    if first {
                        self.separate_from_last();
                        first = false;
                    }
                    self.show(bytes);
                }
                Object::Number(adjustment) => {
                    let state = &self.state;
                    let shift = -adjustment / 1000.0 * state.font_size * state.scaling;
                    self.text_matrix = multiply(&translation(shift, 0.0), &self.text_matrix);
                    if !first && *adjustment < WORD_GAP_ADJUSTMENT {
                        self.push_space();
                    }
                }
                _ => {}
            }
        }
    }

    /// Where text drawn now would start (page space), and the font size there.
    fn position(&self) -> (f64, f64, f64) {
        let m = multiply(&self.text_matrix, &self.state.transform);
        let size = (self.state.font_size * m[2].hypot(m[3])).abs();
        (m[4], m[5], size)
    }

    /// A line break or a space between the last string shown and one about to be.
    fn separate_from_last(&mut self) {
        let Some((last_x, last_y, last_size)) = self.last_end else {
            return;
        };
        let (x, y, size) = self.position();
        // A font size of zero (invisible text, or damage) must not make every move a break.
        let size = size.max(last_size).max(1.0);
        if (y - last_y).abs() >= size * 0.5 {
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
        } else if x - last_x >= size * 0.2 {
            self.push_space();
        }
    }

    fn push_space(&mut self) {
        if !self.out.ends_with(char::is_whitespace) && !self.out.is_empty() {
            self.out.push(' ');
        }
    }

    /// Appends the characters of `bytes` and moves past their glyphs.
    fn show(&mut self, bytes: &[u8]) {
        let font = self
            .state
            .font
            .clone()
            .unwrap_or_else(|| Rc::clone(&self.fallback_font));
        let state = &self.state;
        let mut advance = 0.0;
        for glyph in font.glyphs(bytes) {
            if glyph.unmapped {
                self.unmapped_glyphs += 1;
            } else {
                self.out.push_str(&glyph.text);
            }
            let word_spacing = if glyph.is_space_code {
                state.word_spacing
            } else {
                0.0
            };
            advance += (glyph.width / 1000.0 * state.font_size + state.char_spacing + word_spacing)
                * state.scaling;
        }
        self.text_matrix = multiply(&translation(advance, 0.0), &self.text_matrix);
        self.last_end = Some(self.position());
    }

    /// The font `name` in `resources`, read once per font object.
    fn font(&mut self, resources: &Dictionary, name: &[u8]) -> Option<Rc<Font>> {
        let document = self.document;
        let fonts = document.dictionary(resources.get(b"Font"))?;
        let entry = fonts.get(name)?;
        let number = match entry {
            Object::Reference(number) => Some(*number),
            _ => None,
        };
        if let Some(font) = number.and_then(|n| self.fonts.get(&n)) {
            return Some(Rc::clone(font));
        }
        let dictionary = document.resolve(entry).as_dictionary()?;
        let resolve = |object: &Object| match document.resolve(object) {
            Object::Null => None,
            resolved => Some(resolved.clone()),
        };
        let mut stream = |object: &Object| document.stream_of(object);
        let font = Rc::new(Font::read(dictionary, &resolve, &mut stream));
        if let Some(number) = number {
            self.fonts.insert(number, Rc::clone(&font));
        }
        Some(font)
    }

    /// Draws the form XObject `name`: its content with its own resources (or the page's, as
    /// old files expect) and its matrix.
    fn form(&mut self, resources: &Dictionary, name: &[u8], depth: usize) {
        let document = self.document;
        let Some(reference) = document
            .dictionary(resources.get(b"XObject"))
            .and_then(|x| x.get(name))
        else {
            return;
        };
        let Some(dictionary) = document.resolve(reference).as_dictionary() else {
            return;
        };
        if !dictionary.has_name(b"Subtype", b"Form") {
            return;
        }
        let Some(content) = document.stream_of(reference) else {
            return;
        };
        let own_resources = document.dictionary(dictionary.get(b"Resources"));
        let form_matrix = dictionary
            .get(b"Matrix")
            .and_then(Object::as_array)
            .and_then(matrix)
            .unwrap_or(IDENTITY);
        let saved = (self.state.clone(), self.text_matrix, self.line_matrix);
        self.state.transform = multiply(&form_matrix, &self.state.transform);
        self.run(&content, own_resources.unwrap_or(resources), depth + 1);
        (self.state, self.text_matrix, self.line_matrix) = saved;
    }
}

/// The six numbers of a matrix operand (`cm`, `Tm`, `/Matrix`).
fn matrix(operands: &[Object]) -> Option<Matrix> {
    let numbers: Vec<f64> = operands.iter().filter_map(Object::as_number).collect();
    numbers.get(..6)?.try_into().ok()
}
