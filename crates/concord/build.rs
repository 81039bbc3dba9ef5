//! Packs the source this program is built from into a `.tar.gz` that the binary carries and
//! serves at `/source.tar.gz`: Concord is under the AGPL, whose §13 asks a program that people
//! use over a network to offer them its source, modifications included. Built from the files
//! themselves, the archive is always the source of the binary that serves it.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the archive holds, from the workspace's root.
const INCLUDED: [&str; 11] = [
    "Cargo.toml",
    "Cargo.lock",
    "LICENSE",
    "README.md",
    "deny.toml",
    "rustfmt.toml",
    "clippy.toml",
    "docs",
    "crates",
    ".ci",
    "browser",
];

/// Folders never packed: build output and installed packages.
const SKIPPED: [&str; 3] = ["target", "node_modules", ".git"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest
        .parent()
        .and_then(Path::parent)
        .ok_or("the workspace's root")?
        .to_path_buf();
    let mut files = Vec::new();
    for entry in INCLUDED {
        let path = root.join(entry);
        println!("cargo:rerun-if-changed={}", path.display());
        collect(&path, &mut files)?;
    }
    files.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("source.tar.gz");
    let encoder = flate2::write::GzEncoder::new(File::create(&out)?, flate2::Compression::best());
    let mut archive = tar::Builder::new(encoder);
    archive.mode(tar::HeaderMode::Deterministic);
    for file in &files {
        let name = Path::new("concord").join(file.strip_prefix(&root)?);
        archive.append_path_with_name(file, name)?;
    }
    archive.into_inner()?.finish()?.flush()?;
    Ok(())
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_file() {
        files.push(path.to_path_buf());
    } else if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            let entry = entry?.path();
            let skipped = entry
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| SKIPPED.contains(&n));
            if !skipped {
                collect(&entry, files)?;
            }
        }
    }
    Ok(())
}
