//! Entries of a ZIP package (DOCX and ODT files are ZIP packages), found through the central
//! directory and inflated in memory within the entry's declared size.
//!
//! The central directory, not the local headers, is trusted for names and sizes: it is what
//! office suites read, and local headers of streamed entries carry no sizes at all. Only the two
//! methods office suites write are read (stored and deflated); ZIP64 is not, since a text
//! document never needs it.

use super::{inflate, ExtractError, Format, InflateFailure, Wrapping, MAX_INFLATED_BYTES};

const LOCAL_HEADER: &[u8] = b"PK\x03\x04";
const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";
const END_OF_DIRECTORY: &[u8] = b"PK\x05\x06";
const END_OF_DIRECTORY_LEN: usize = 22;
const METHOD_STORED: u16 = 0;
const METHOD_DEFLATED: u16 = 8;
/// General-purpose flag bit 0: the entry is encrypted with a password.
const FLAG_ENCRYPTED: u16 = 1;

/// A ZIP package's directory, over the package's bytes.
pub(super) struct Package<'a> {
    bytes: &'a [u8],
    format: Format,
    entries: Vec<Entry<'a>>,
}

/// What the central directory says about one entry.
struct Entry<'a> {
    name: &'a [u8],
    flags: u16,
    method: u16,
    compressed_len: usize,
    inflated_len: usize,
    local_header_at: usize,
}

impl<'a> Package<'a> {
    /// Reads the central directory of `bytes`, a package of `format` (named in errors).
    pub(super) fn open(bytes: &'a [u8], format: Format) -> Result<Package<'a>, ExtractError> {
        const NOT_ZIP: ExtractError = ExtractError::Damaged("it is not a ZIP package");
        const CUT_SHORT: ExtractError =
            ExtractError::Damaged("the package's table of contents is cut short");
        let last_start = bytes
            .len()
            .checked_sub(END_OF_DIRECTORY_LEN)
            .ok_or(NOT_ZIP)?;
        // The end-of-directory record is 22 bytes plus a comment of at most 65,535.
        let first_start = last_start.saturating_sub(u16::MAX.into());
        let end = (first_start..=last_start)
            .rev()
            .find(|&at| bytes[at..].starts_with(END_OF_DIRECTORY))
            .ok_or(NOT_ZIP)?;
        let count = u16_at(bytes, end + 10).ok_or(CUT_SHORT)?;
        let directory_at = u32_at(bytes, end + 16).ok_or(CUT_SHORT)?;
        if count == u16::MAX || directory_at == u32::MAX {
            return Err(ExtractError::Damaged(
                "the package uses ZIP64, which a text document never needs",
            ));
        }
        let mut at = usize::try_from(directory_at).map_err(|_| CUT_SHORT)?;
        let mut entries = Vec::with_capacity(count.into());
        for _ in 0..count {
            let header = bytes.get(at..at + 46).ok_or(CUT_SHORT)?;
            if !header.starts_with(CENTRAL_HEADER) {
                return Err(CUT_SHORT);
            }
            let field16 = |offset| u16_at(header, offset).map(usize::from).ok_or(CUT_SHORT);
            let field32 = |offset| {
                u32_at(header, offset)
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or(CUT_SHORT)
            };
            let name_len = field16(28)?;
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or(CUT_SHORT)?;
            entries.push(Entry {
                name,
                flags: u16_at(header, 8).ok_or(CUT_SHORT)?,
                method: u16_at(header, 10).ok_or(CUT_SHORT)?,
                compressed_len: field32(20)?,
                inflated_len: field32(24)?,
                local_header_at: field32(42)?,
            });
            at += 46 + name_len + field16(30)? + field16(32)?;
        }
        Ok(Package {
            bytes,
            format,
            entries,
        })
    }

    /// The inflated bytes of the entry called `name`, or `None` when there is none.
    pub(super) fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ExtractError> {
        const OUTSIDE: ExtractError =
            ExtractError::Damaged("a part of the package lies outside the file");
        let Some(entry) = self.entry(name) else {
            return Ok(None);
        };
        if entry.flags & FLAG_ENCRYPTED != 0 {
            return Err(ExtractError::Encrypted(self.format));
        }
        if entry.inflated_len > MAX_INFLATED_BYTES {
            return Err(ExtractError::TooLarge);
        }
        // The local header repeats the name and may carry a different extra field; its own
        // lengths say where the data starts.
        let at = entry.local_header_at;
        let local = self.bytes.get(at..at + 30).ok_or(OUTSIDE)?;
        if !local.starts_with(LOCAL_HEADER) {
            return Err(OUTSIDE);
        }
        let name_len = usize::from(u16_at(local, 26).ok_or(OUTSIDE)?);
        let extra_len = usize::from(u16_at(local, 28).ok_or(OUTSIDE)?);
        let data_at = at + 30 + name_len + extra_len;
        let data_end = data_at.checked_add(entry.compressed_len).ok_or(OUTSIDE)?;
        let data = self.bytes.get(data_at..data_end).ok_or(OUTSIDE)?;
        match entry.method {
            METHOD_STORED if data.len() == entry.inflated_len => Ok(Some(data.to_vec())),
            METHOD_STORED => Err(ExtractError::Damaged(
                "a stored part of the package is not the size its directory says",
            )),
            METHOD_DEFLATED => match inflate(data, Wrapping::Raw, entry.inflated_len) {
                Ok(inflated) => Ok(Some(inflated)),
                // Inflating beyond the declared size is how a zip bomb gets past a size check.
                Err(InflateFailure::TooLong) => Err(ExtractError::Damaged(
                    "a part of the package inflates beyond the size its directory says",
                )),
                Err(InflateFailure::Corrupt { .. }) => Err(ExtractError::Damaged(
                    "a compressed part of the package is corrupt",
                )),
            },
            _ => Err(ExtractError::Damaged(
                "a part of the package is compressed in a way office suites do not use",
            )),
        }
    }

    fn entry(&self, name: &str) -> Option<&Entry<'a>> {
        self.entries.iter().find(|e| e.name == name.as_bytes())
    }
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}
