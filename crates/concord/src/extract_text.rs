//! `concord extract-text --format pdf|docx|odt`: reads a received file from standard input and
//! writes its text to standard output, in a process that limits itself first. The server's text
//! worker runs it for each file it reads (`concord_web::file_text`), so that a file made to
//! exhaust memory or CPU can only exhaust this process, which the kernel then stops.

use std::io::{Read, Write};
use std::process::ExitCode;

use concord_text::extract::{plain_text, Format};
use rlimit::Resource;

/// Address space the reader may use: its own code and allocator, plus the extractor's budget
/// (`concord_text::extract::MAX_INFLATED_BYTES`) several times over.
const MEMORY_LIMIT: u64 = 1024 * 1024 * 1024;

/// CPU seconds the reader may use; the kernel stops it past them.
const CPU_LIMIT: u64 = 20;

/// Largest file read: one more byte than an upload may hold says it is too large.
const MAX_INPUT: u64 = 64 * 1024 * 1024;

/// Runs the reader; the exit code is 0 with the text written, or
/// [`concord_web::file_text::UNREADABLE_EXIT`] with the reason written.
pub fn run(format: &str) -> ExitCode {
    if let Err(error) = Resource::AS
        .set(MEMORY_LIMIT, MEMORY_LIMIT)
        .and_then(|()| Resource::CPU.set(CPU_LIMIT, CPU_LIMIT))
    {
        eprintln!("cannot limit the reader: {error}");
        return ExitCode::FAILURE;
    }
    let format = match format {
        "pdf" => Format::Pdf,
        "docx" => Format::Docx,
        "odt" => Format::Odt,
        other => {
            eprintln!("unknown format {other}; use pdf, docx or odt");
            return ExitCode::FAILURE;
        }
    };
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin().take(MAX_INPUT).read_to_end(&mut bytes) {
        eprintln!("cannot read the file: {error}");
        return ExitCode::FAILURE;
    }
    let (said, code) = match plain_text(format, &bytes) {
        Ok(text) => (text, 0),
        Err(why) => (why.to_string(), concord_web::file_text::UNREADABLE_EXIT),
    };
    let mut out = std::io::stdout().lock();
    if out
        .write_all(said.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
