//! The regulations.gov comments of docket CMS-2022-0163 (a folder of v4 API JSON files, one per
//! comment) and the labelling rule of its form-letter campaign. Shared with the integration
//! test (`tests/campaigns_regs.rs`), so that both measure against the same labels.

use std::path::Path;

use concord_text::campaigns::normalise::normalise;

/// Six sentences spread over the campaign letter, from its opening to its last paragraph, in
/// normalised form.
const LETTER_MARKERS: [&str; 6] = [
    "consent to treatment by a healthcare provider is the sex of the provider",
    "a patient s sex is also a crucial fact if a patient is to receive appropriate",
    "five other ways to represent a patient s gender and sex are described",
    "the actual sex of a healthcare provider is critically important to many patients",
    "any schemata or classification of healthcare providers must make it clear",
    "article 1 of the declaration on women s sex based rights states",
];

/// How many of the markers a comment must contain to be labelled part of the campaign: half.
/// Comments with one marker quote a sentence in a text of their own; from three on they reuse
/// the letter (read and checked: the 419 comments with none are other texts).
const MARKERS_NEEDED: usize = 3;

/// The label of a comment: `Some(0)` for the campaign letter, otherwise `None`.
pub fn label(text: &str) -> Option<u32> {
    let normalised = normalise(text);
    let found = LETTER_MARKERS
        .iter()
        .filter(|m| normalised.contains(*m))
        .count();
    (found >= MARKERS_NEEDED).then_some(0)
}

/// `(id, comment)` of each JSON file in `dir`, by file name.
pub fn read_comments(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut comments = Vec::with_capacity(files.len());
    for path in files {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let data = &json["data"];
        if let Some(id) = data["id"].as_str() {
            let comment = data["attributes"]["comment"].as_str().unwrap_or_default();
            comments.push((id.to_owned(), comment.to_owned()));
        }
    }
    Ok(comments)
}
