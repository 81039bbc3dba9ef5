//! The postings of one term: which documents hold it, how often, and at which positions,
//! compressed as variable-length integers.
//!
//! Documents are stored as gaps from the previous document (small numbers, one or two bytes);
//! the gap is shifted left by one and its low bit says "occurs once", which spares the frequency
//! byte of most postings. Positions live in a separate stream, also as gaps, so that queries
//! without phrases never read them. Every [`BLOCK`] postings a [`Block`] records where the block
//! starts in both streams and its last document: a cursor jumps over whole blocks when it looks
//! for a document far ahead (a rare term intersected with a common one), and finds the positions
//! of a posting by skipping at most a block's worth of them.

use super::DocId;

/// Postings per block.
const BLOCK: u32 = 128;

/// Where a block of postings starts, and the document ids it spans.
#[derive(Debug, Clone, Copy)]
struct Block {
    /// The document the first gap of the block counts from.
    base: DocId,
    /// The block's last document.
    last_doc: DocId,
    docs_at: usize,
    positions_at: usize,
}

#[derive(Debug, Default)]
pub(crate) struct Postings {
    docs: Vec<u8>,
    positions: Vec<u8>,
    blocks: Vec<Block>,
    doc_count: u32,
    last_doc: DocId,
    last_block_len: u32,
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads a varint at `*at` and moves past it. The streams are written by this module only, so a
/// varint is never cut short; a read past the end gives 0 rather than panicking.
fn read_varint(bytes: &[u8], at: &mut usize) -> u64 {
    let mut value = 0u64;
    let mut shift = 0;
    while let Some(&byte) = bytes.get(*at) {
        *at += 1;
        value |= u64::from(byte & 0x7F) << shift;
        if byte < 0x80 {
            break;
        }
        shift += 7;
        if shift > 63 {
            break;
        }
    }
    value
}

impl Postings {
    /// Number of documents holding the term.
    pub(crate) fn doc_count(&self) -> u32 {
        self.doc_count
    }

    /// Appends a document, which must come after every document already here, with the
    /// (ascending, non-empty) positions of the term in it.
    pub(crate) fn push(&mut self, doc: DocId, positions: &[u32]) {
        let previous = if self.blocks.is_empty() || self.last_block_len >= BLOCK {
            let base = if self.doc_count == 0 {
                0
            } else {
                self.last_doc
            };
            self.blocks.push(Block {
                base,
                last_doc: doc,
                docs_at: self.docs.len(),
                positions_at: self.positions.len(),
            });
            self.last_block_len = 0;
            base
        } else {
            self.last_doc
        };
        let gap = u64::from(doc - previous);
        let once = positions.len() == 1;
        write_varint(&mut self.docs, (gap << 1) | u64::from(once));
        if !once {
            write_varint(&mut self.docs, positions.len() as u64);
        }
        let mut previous_position = 0;
        for &position in positions {
            write_varint(&mut self.positions, u64::from(position - previous_position));
            previous_position = position;
        }
        if let Some(block) = self.blocks.last_mut() {
            block.last_doc = doc;
        }
        self.last_doc = doc;
        self.doc_count += 1;
        self.last_block_len += 1;
    }

    /// Appends the postings of a part of the corpus built apart, whose document ids start at
    /// `shift` here (all after this one's).
    pub(crate) fn append(&mut self, other: Postings, shift: DocId) {
        let (docs_at, positions_at) = (self.docs.len(), self.positions.len());
        if self.doc_count == 0 {
            self.docs = other.docs;
            self.positions = other.positions;
        } else {
            self.docs.extend_from_slice(&other.docs);
            self.positions.extend_from_slice(&other.positions);
        }
        self.blocks.extend(other.blocks.iter().map(|b| Block {
            base: b.base + shift,
            last_doc: b.last_doc + shift,
            docs_at: b.docs_at + docs_at,
            positions_at: b.positions_at + positions_at,
        }));
        self.doc_count += other.doc_count;
        self.last_doc = other.last_doc + shift;
        self.last_block_len = other.last_block_len;
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.docs.shrink_to_fit();
        self.positions.shrink_to_fit();
        self.blocks.shrink_to_fit();
    }

    /// Bytes held on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.docs.capacity()
            + self.positions.capacity()
            + self.blocks.capacity() * std::mem::size_of::<Block>()
    }

    pub(crate) fn cursor(&self) -> Cursor<'_> {
        Cursor {
            postings: self,
            state: State::Unstarted,
            block: 0,
            at: 0,
            block_end: 0,
            doc: 0,
            freq: 0,
            freq_before: 0,
            positions_at: 0,
            positions_read: 0,
            current_positions_at: 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Unstarted,
    /// At the start of `block`, before its first posting.
    BlockStart,
    OnDoc,
    Exhausted,
}

/// Reads postings in document order, jumping ahead by blocks.
#[derive(Debug, Clone)]
pub(crate) struct Cursor<'a> {
    postings: &'a Postings,
    state: State,
    block: usize,
    /// Offset in the document stream of the next posting.
    at: usize,
    block_end: usize,
    doc: DocId,
    freq: u32,
    /// Positions of the block's postings before the current one, to skip when reading its own.
    freq_before: u32,
    /// How far the positions stream has been read in this block: its offset, and how many
    /// positions of the block lie before it. Reading moves forward only, so reading the
    /// positions of many documents of a block costs one pass over the block's positions.
    positions_at: usize,
    positions_read: u32,
    /// Where the current document's positions start, once read.
    current_positions_at: usize,
}

impl Cursor<'_> {
    /// The current document, if the cursor is on one.
    pub(crate) fn doc(&self) -> Option<DocId> {
        (self.state == State::OnDoc).then_some(self.doc)
    }

    /// How often the term occurs in the current document.
    pub(crate) fn freq(&self) -> u32 {
        self.freq
    }

    fn enter_block(&mut self, block: usize) {
        let blocks = &self.postings.blocks;
        match blocks.get(block) {
            Some(b) => {
                self.block = block;
                self.at = b.docs_at;
                self.block_end = blocks
                    .get(block + 1)
                    .map_or(self.postings.docs.len(), |next| next.docs_at);
                self.doc = b.base;
                self.freq = 0;
                self.freq_before = 0;
                self.positions_at = b.positions_at;
                self.positions_read = 0;
                self.state = State::BlockStart;
            }
            None => self.state = State::Exhausted,
        }
    }

    /// Moves to the next posting and returns its document.
    pub(crate) fn next_doc(&mut self) -> Option<DocId> {
        match self.state {
            State::Exhausted => return None,
            State::Unstarted => self.enter_block(0),
            State::BlockStart => {}
            State::OnDoc => {
                self.freq_before += self.freq;
                if self.at >= self.block_end {
                    self.enter_block(self.block + 1);
                }
            }
        }
        if self.state == State::Exhausted {
            return None;
        }
        let docs = &self.postings.docs;
        let value = read_varint(docs, &mut self.at);
        self.freq = if value & 1 == 1 {
            1
        } else {
            read_varint(docs, &mut self.at) as u32
        };
        self.doc += (value >> 1) as DocId;
        self.state = State::OnDoc;
        Some(self.doc)
    }

    /// Moves to the first posting whose document is `target` or later (staying put if the
    /// current one already is) and returns its document.
    pub(crate) fn advance_to(&mut self, target: DocId) -> Option<DocId> {
        match self.state {
            State::Exhausted => return None,
            State::OnDoc if self.doc >= target => return Some(self.doc),
            _ => {}
        }
        let from = if self.state == State::Unstarted {
            0
        } else {
            self.block
        };
        let blocks = &self.postings.blocks;
        if blocks.get(from).is_none_or(|b| b.last_doc < target) {
            let skip = blocks
                .get(from..)
                .map_or(0, |rest| rest.partition_point(|b| b.last_doc < target));
            self.enter_block(from + skip);
        }
        loop {
            let doc = self.next_doc()?;
            if doc >= target {
                return Some(doc);
            }
        }
    }

    /// Appends the positions of the term in the current document to `out`, ascending.
    pub(crate) fn positions(&mut self, out: &mut Vec<u32>) {
        if self.state != State::OnDoc {
            return;
        }
        let bytes = &self.postings.positions;
        if self.positions_read > self.freq_before {
            // This document's positions were read already: read them again.
            self.positions_at = self.current_positions_at;
            self.positions_read = self.freq_before;
        }
        let mut at = self.positions_at;
        // Skip the positions of the postings passed since the last read: count varint ends.
        let mut to_skip = self.freq_before.saturating_sub(self.positions_read);
        while to_skip > 0 {
            match bytes.get(at) {
                Some(&byte) => {
                    if byte < 0x80 {
                        to_skip -= 1;
                    }
                    at += 1;
                }
                None => return,
            }
        }
        self.current_positions_at = at;
        let mut position = 0u32;
        for _ in 0..self.freq {
            position = position.saturating_add(read_varint(bytes, &mut at) as u32);
            out.push(position);
        }
        self.positions_at = at;
        self.positions_read = self.freq_before + self.freq;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Postings, Vec<(DocId, Vec<u32>)>) {
        let mut postings = Postings::default();
        let mut expected = Vec::new();
        let mut doc = 0;
        for i in 0..1000u32 {
            doc += 1 + (i * 7919) % 13;
            let positions: Vec<u32> = (0..1 + i % 4).map(|k| k * 3 + i % 5).collect();
            postings.push(doc, &positions);
            expected.push((doc, positions));
        }
        (postings, expected)
    }

    #[test]
    fn a_cursor_reads_back_what_was_written() {
        let (postings, expected) = sample();
        assert_eq!(postings.doc_count(), 1000);
        let mut cursor = postings.cursor();
        let mut positions = Vec::new();
        for (doc, want) in &expected {
            assert_eq!(cursor.next_doc(), Some(*doc));
            assert_eq!(cursor.freq() as usize, want.len());
            positions.clear();
            cursor.positions(&mut positions);
            assert_eq!(&positions, want);
            // Asking twice gives the same.
            positions.clear();
            cursor.positions(&mut positions);
            assert_eq!(&positions, want);
        }
        assert_eq!(cursor.next_doc(), None);
    }

    #[test]
    fn advance_to_skips_blocks_and_lands_on_the_first_doc_at_or_after() {
        let (postings, expected) = sample();
        let mut cursor = postings.cursor();
        let mut positions = Vec::new();
        for (i, target) in [0u32, 5, 5, 600, 601, 3000, 3001, 7000]
            .into_iter()
            .enumerate()
        {
            let want = expected.iter().find(|(d, _)| *d >= target);
            assert_eq!(cursor.advance_to(target), want.map(|w| w.0), "step {i}");
            if let Some((_, want_positions)) = want {
                positions.clear();
                cursor.positions(&mut positions);
                assert_eq!(&positions, want_positions);
            }
        }
        assert_eq!(cursor.advance_to(u32::MAX), None);
        assert_eq!(cursor.next_doc(), None);
    }

    #[test]
    fn appended_parts_read_as_one() {
        let (first, expected_first) = sample();
        let (second, expected_second) = sample();
        let shift = expected_first.last().map_or(0, |l| l.0) + 1;
        let mut joined = first;
        joined.append(second, shift);
        joined.push(shift * 3, &[2]);
        let mut cursor = joined.cursor();
        let mut all: Vec<(DocId, Vec<u32>)> = expected_first;
        all.extend(expected_second.into_iter().map(|(d, p)| (d + shift, p)));
        all.push((shift * 3, vec![2]));
        let mut positions = Vec::new();
        for (doc, want) in &all {
            assert_eq!(cursor.next_doc(), Some(*doc));
            positions.clear();
            cursor.positions(&mut positions);
            assert_eq!(&positions, want);
        }
        assert_eq!(cursor.next_doc(), None);
        let mut cursor = joined.cursor();
        assert_eq!(
            cursor.advance_to(shift + 2),
            all.iter().map(|a| a.0).find(|&d| d >= shift + 2)
        );
    }
}
