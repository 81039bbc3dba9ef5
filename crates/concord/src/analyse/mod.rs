//! `concord analyse`: Concord's analysis on data people bring in files, without a database —
//! the opinion groups of a Pol.is export folder ([`opinions`]) and the mass campaigns in a CSV
//! of answers ([`campaigns`]). The platform runs the same analysis on what it stores; these
//! commands are for conversations and consultations held elsewhere.

pub mod campaigns;
pub mod opinions;
mod progress;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

/// What `concord analyse` can analyse.
#[derive(Subcommand, Debug)]
pub enum AnalyseCommand {
    /// Opinion groups of a Pol.is export: reads votes.csv and comments.csv, or
    /// participants-votes.csv alone, and writes the groups per participant, the representative
    /// statements per group and the consensus statements, each as CSV and JSON.
    Opinions {
        /// The export folder.
        #[arg(value_name = "EXPORT_FOLDER")]
        export: PathBuf,
        /// Folder for groups.csv/.json, representative.csv/.json and consensus.csv/.json
        /// (created if missing; files of those names in it are replaced).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Mass campaigns (form letters) in a CSV of answers: writes each answer's id, its
    /// campaign (empty for answers in none) and its similarity to the campaign's common text.
    Campaigns {
        /// The answers: a CSV file with a header row.
        #[arg(value_name = "CSV")]
        input: PathBuf,
        /// Where the result goes (a CSV file; replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The column holding each answer's id.
        #[arg(long, value_name = "NAME", default_value = "id")]
        id_col: String,
        /// The column holding each answer's text.
        #[arg(long, value_name = "NAME", default_value = "text")]
        text_col: String,
        /// Similarity (0 to 1) at and above which answers are joined.
        #[arg(long, value_name = "SIMILARITY", default_value_t = concord_text::campaigns::Options::default().threshold)]
        threshold: f64,
    },
}

/// Runs an analysis command; errors are printed once, here, for the person at the terminal.
pub fn run(command: AnalyseCommand) -> ExitCode {
    let result = match command {
        AnalyseCommand::Opinions { export, out } => opinions::run(&export, &out),
        AnalyseCommand::Campaigns {
            input,
            out,
            id_col,
            text_col,
            threshold,
        } => campaigns::run(&campaigns::Request {
            input: &input,
            out: &out,
            id_col: &id_col,
            text_col: &text_col,
            threshold,
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a file whole or not at all: into a neighbour first, renamed over the target once
/// complete, so that a failure half-way never leaves a truncated result that looks finished.
fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = path.with_file_name(format!(".{name}.partial"));
    let result = (|| {
        let file = std::fs::File::create(&partial)?;
        let mut output = std::io::BufWriter::new(file);
        write(&mut output)?;
        output.flush()?;
        output
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()?;
        std::fs::rename(&partial, path)?;
        anyhow::Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// A measure rounded for a CSV cell: four decimals are more than the analysis can tell apart.
fn decimal(value: f64) -> String {
    if value.is_finite() {
        let rounded = format!("{value:.4}");
        let trimmed = rounded.trim_end_matches('0').trim_end_matches('.');
        if trimmed == "-0" {
            "0".to_owned()
        } else {
            trimmed.to_owned()
        }
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimals_are_short_and_never_negative_zero() {
        assert_eq!(decimal(0.123456), "0.1235");
        assert_eq!(decimal(1.0), "1");
        assert_eq!(decimal(-0.00001), "0");
        assert_eq!(decimal(f64::NAN), "");
    }
}
