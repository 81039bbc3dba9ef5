//! Files made to hurt a text extractor — a compressed object stream or content stream that
//! inflates to tens of millions of numbers, `trailer` written a hundred thousand times, a DOCX
//! whose XML parts hold 60 MB each — are read (or refused) within a second and 64 MiB. Each runs
//! in a process of its own (`concord-fuzz --replay`), which reports its own peak memory.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn zlib(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 9)
}

fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n".to_vec();
    for object in objects {
        out.extend_from_slice(object);
    }
    out.extend_from_slice(b"trailer << /Root 1 0 R >>\n%%EOF\n");
    out
}

fn page() -> Vec<Vec<u8>> {
    vec![
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".to_vec(),
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n".to_vec(),
        b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << >> >> endobj\n"
            .to_vec(),
    ]
}

fn stream(number: u32, extra: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "{number} 0 obj << {extra} /Length {} >> stream\n",
        data.len()
    )
    .into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream endobj\n");
    out
}

fn hostile_files() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let numbers = b"0 ".repeat(30 * 1024 * 1024);
    let content = b"BT /F1 12 Tf 72 720 Td (Hello world, a normal page.) Tj ET";
    let mut normal = page();
    normal.push(stream(4, "", content));
    let mut objstm = normal.clone();
    let packed = [b"5 0 [".as_slice(), &numbers, b"]"].concat();
    objstm.push(stream(
        6,
        "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
        &zlib(&packed),
    ));
    let mut content_bomb = page();
    let drawn = [b"BT /F1 12 Tf [".as_slice(), &numbers, b"] TJ ET"].concat();
    content_bomb.push(stream(4, "/Filter /FlateDecode", &zlib(&drawn)));
    let mut files = vec![
        ("pdf", "normal.pdf", pdf(&normal)),
        ("pdf", "objstm-bomb.pdf", pdf(&objstm)),
        ("pdf", "content-bomb.pdf", pdf(&content_bomb)),
        (
            "pdf",
            "objs-256k.pdf",
            [
                b"%PDF-1.4\n".as_slice(),
                &b"1 0 obj [".repeat(256 * 1024 / 9),
            ]
            .concat(),
        ),
    ];
    for (name, token) in [
        ("trailers-256k.pdf", b"trailer[".as_slice()),
        ("trailer-dictionaries-256k.pdf", b"trailer<</A[".as_slice()),
    ] {
        let repeated = token.repeat(256 * 1024 / token.len());
        files.push(("pdf", name, [b"%PDF-1.4\n".as_slice(), &repeated].concat()));
    }
    files
}

#[test]
fn hostile_files_are_read_within_a_second_and_64_mib() {
    let dir = tempfile::tempdir().unwrap();
    for (target, name, bytes) in hostile_files() {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_concord-fuzz"))
            .args(["--target", target, "--replay"])
            .arg(&path)
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(output.status.success(), "{name}: {report}");
        let number_after = |label: &str| -> u64 {
            let at = report
                .find(label)
                .unwrap_or_else(|| panic!("{name}: {report}"));
            report[..at]
                .split_whitespace()
                .last()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("{name}: {report}"))
        };
        let (millis, mebibytes) = (number_after(" ms,"), {
            let at = report.find("peak memory ").unwrap() + "peak memory ".len();
            report[at..]
                .split_whitespace()
                .next()
                .unwrap()
                .parse::<u64>()
                .unwrap()
        });
        assert!(report.contains(": ok in"), "{name}: {report}");
        assert!(millis < 1000, "{name} took {millis} ms");
        assert!(mebibytes < 64, "{name} needed {mebibytes} MiB");
    }
}
