//! The text of each file received with a response, read once, soon after it arrives, and kept:
//! search indexes and shows the kept text and never reads a file on a request's thread.
//!
//! Reading runs under a budget. The server reads in a child process of its own
//! ([`Extractor::Command`], `concord extract-text`), which limits its own memory and CPU time
//! and is killed past a wall-clock limit, so that a hostile file can cost at most that child.
//! Tests and embedders without the binary read on a blocking thread with the same wall-clock
//! limit ([`Extractor::InProcess`]).

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use concord_store::{FileTextStore, Store, UnreadFile};
use concord_text::extract::{plain_text, Format};
use tokio::io::AsyncWriteExt;

/// Longest a file's reading may take, wall clock.
pub const READ_TIME_LIMIT: Duration = Duration::from_secs(30);

/// Files read per round of the worker.
const BATCH: i64 = 8;

/// What is kept when the budget runs out.
const OVER_BUDGET: &str = "the document could not be read within its time and memory budget";

/// How files are read.
#[derive(Debug, Clone, Default)]
pub enum Extractor {
    /// On a blocking thread of this process.
    #[default]
    InProcess,
    /// In a child process: this program with `extract-text --format FORMAT`, the file on its
    /// standard input; exit 0 with the text on standard output, or exit 3 with why not.
    Command(PathBuf),
}

/// The code `concord extract-text` exits with when the file cannot be read (the reason is on
/// its standard output).
pub const UNREADABLE_EXIT: i32 = 3;

/// Reads the text of every file not read yet; returns how many were read.
pub async fn read_unread(store: &Store, extractor: &Extractor) -> concord_store::Result<usize> {
    let mut read = 0;
    loop {
        let files = store.unread_files(BATCH).await?;
        if files.is_empty() {
            return Ok(read);
        }
        for file in files {
            let text = read_one(extractor, &file).await;
            if let Err(why) = &text {
                tracing::info!(file = file.id, %why, "a received file's text cannot be read");
            }
            store
                .save_file_text(file.id, text.as_deref().map_err(String::as_str))
                .await?;
            read += 1;
        }
    }
}

/// Reads files as they arrive, until `shutdown`.
pub async fn run_worker(
    store: Store,
    extractor: Extractor,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        let pause = match read_unread(&store, &extractor).await {
            Ok(_) => Duration::from_secs(1),
            Err(error) => {
                tracing::warn!(%error, "the text worker cannot reach the database");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            () = &mut shutdown => return,
            () = tokio::time::sleep(pause) => {}
        }
    }
}

async fn read_one(extractor: &Extractor, file: &UnreadFile) -> Result<String, String> {
    let Some(format) = Format::from_media_type(&file.media_type) else {
        return Err(format!("{} files are not read", file.media_type));
    };
    match extractor {
        Extractor::InProcess => {
            let content = file.content.clone();
            let reading = tokio::task::spawn_blocking(move || plain_text(format, &content));
            match tokio::time::timeout(READ_TIME_LIMIT, reading).await {
                Ok(Ok(Ok(text))) => Ok(text),
                Ok(Ok(Err(why))) => Err(why.to_string()),
                Ok(Err(_)) | Err(_) => Err(OVER_BUDGET.into()),
            }
        }
        Extractor::Command(program) => in_child(program, format, &file.content).await,
    }
}

async fn in_child(program: &PathBuf, format: Format, content: &[u8]) -> Result<String, String> {
    let name = match format {
        Format::Pdf => "pdf",
        Format::Docx => "docx",
        Format::Odt => "odt",
    };
    let mut child = tokio::process::Command::new(program)
        .args(["extract-text", "--format", name])
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("the reader could not start: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A reader that stops early closes its input: what it read is its answer.
        let _ = stdin.write_all(content).await;
    }
    let output = match tokio::time::timeout(READ_TIME_LIMIT, child.wait_with_output()).await {
        Ok(Ok(output)) => output,
        // The child is killed as it is dropped.
        Ok(Err(_)) | Err(_) => return Err(OVER_BUDGET.into()),
    };
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    match output.status.code() {
        Some(0) => Ok(said),
        Some(UNREADABLE_EXIT) => Err(said),
        // Killed by its own limits (a signal), or failed otherwise.
        _ => Err(OVER_BUDGET.into()),
    }
}
