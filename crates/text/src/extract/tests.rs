//! Text read from DOCX, ODT and PDF files built here byte by byte (and from small files made by
//! other tools, under `tests/fixtures`), refusals of damaged, encrypted and oversized files, and
//! arbitrary bytes that must never panic.

use miniz_oxide::deflate::{compress_to_vec, compress_to_vec_zlib};
use proptest::prelude::*;

use super::*;

/// One entry of a test ZIP package.
struct ZipEntry<'a> {
    name: &'a str,
    data: &'a [u8],
    deflate: bool,
    /// The inflated size the central directory declares, when it should lie.
    declared_len: Option<u32>,
}

fn stored<'a>(name: &'a str, data: &'a [u8]) -> ZipEntry<'a> {
    ZipEntry {
        name,
        data,
        deflate: false,
        declared_len: None,
    }
}

fn deflated<'a>(name: &'a str, data: &'a [u8]) -> ZipEntry<'a> {
    ZipEntry {
        deflate: true,
        ..stored(name, data)
    }
}

fn len32(n: usize) -> [u8; 4] {
    u32::try_from(n)
        .expect("test data fits a ZIP")
        .to_le_bytes()
}

fn len16(n: usize) -> [u8; 2] {
    u16::try_from(n)
        .expect("test names fit a ZIP")
        .to_le_bytes()
}

/// A ZIP package, as office suites write them (CRCs left at zero: no reader here checks them).
fn zip(entries: &[ZipEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for entry in entries {
        let data = if entry.deflate {
            compress_to_vec(entry.data, 6)
        } else {
            entry.data.to_vec()
        };
        let method: u16 = if entry.deflate { 8 } else { 0 };
        let inflated = entry
            .declared_len
            .map_or(len32(entry.data.len()), u32::to_le_bytes);
        let offset = len32(out.len());
        out.extend_from_slice(b"PK\x03\x04\x14\0\0\0");
        out.extend_from_slice(&method.to_le_bytes());
        out.extend_from_slice(&[0; 8]); // time, date, CRC
        out.extend_from_slice(&len32(data.len()));
        out.extend_from_slice(&inflated);
        out.extend_from_slice(&len16(entry.name.len()));
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(entry.name.as_bytes());
        out.extend_from_slice(&data);
        directory.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0");
        directory.extend_from_slice(&method.to_le_bytes());
        directory.extend_from_slice(&[0; 8]);
        directory.extend_from_slice(&len32(data.len()));
        directory.extend_from_slice(&inflated);
        directory.extend_from_slice(&len16(entry.name.len()));
        directory.extend_from_slice(&[0; 12]);
        directory.extend_from_slice(&offset);
        directory.extend_from_slice(entry.name.as_bytes());
    }
    let directory_at = len32(out.len());
    out.extend_from_slice(&directory);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&len16(entries.len()));
    out.extend_from_slice(&len16(entries.len()));
    out.extend_from_slice(&len32(directory.len()));
    out.extend_from_slice(&directory_at);
    out.extend_from_slice(&[0, 0]);
    out
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn docx(body: &str, footnotes: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let footnotes = footnotes.map(|notes| format!("<w:footnotes {W}>{notes}</w:footnotes>"));
    let mut entries = vec![
        deflated("[Content_Types].xml", b"<Types/>"),
        deflated("word/document.xml", document.as_bytes()),
    ];
    if let Some(notes) = &footnotes {
        entries.push(deflated("word/footnotes.xml", notes.as_bytes()));
    }
    zip(&entries)
}

const ODT_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

fn odt(body: &str, manifest: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip(&[
        stored("mimetype", ODT_MIMETYPE),
        deflated("content.xml", content.as_bytes()),
        deflated("META-INF/manifest.xml", manifest.as_bytes()),
    ])
}

const PLAIN_MANIFEST: &str = r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

/// A PDF of numbered objects (`(number, dictionary, stream)`) with a cross-reference table and
/// a trailer whose root is object 1. A stream's `/Length` is added.
fn pdf(objects: &[(u32, &str, Option<&[u8]>)], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (number, dictionary, stream) in objects {
        offsets.push((*number, out.len()));
        out.extend_from_slice(format!("{number} 0 obj\n").as_bytes());
        match stream {
            Some(data) => {
                let dictionary = dictionary.replacen("<<", &format!("<</Length {}", data.len()), 1);
                out.extend_from_slice(dictionary.as_bytes());
                out.extend_from_slice(b"\nstream\n");
                out.extend_from_slice(data);
                out.extend_from_slice(b"\nendstream");
            }
            None => out.extend_from_slice(dictionary.as_bytes()),
        }
        out.extend_from_slice(b"\nendobj\n");
    }
    let size = objects.iter().map(|o| o.0).max().unwrap_or(0) + 1;
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
    for number in 1..size {
        let offset = offsets
            .iter()
            .find(|(n, _)| *n == number)
            .map_or(0, |(_, at)| *at);
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<</Size {size} /Root 1 0 R{trailer_extra}>>\nstartxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    out
}

const CATALOG: &str = "<</Type /Catalog /Pages 2 0 R>>";
const HELVETICA: &str =
    "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>";

/// A one-page PDF whose page draws `content` (Flate-compressed) with Helvetica as `/F1`.
fn one_page_pdf(content: &[u8]) -> Vec<u8> {
    let compressed = compress_to_vec_zlib(content, 6);
    pdf(
        &[
            (1, CATALOG, None),
            (
                2,
                "<</Type /Pages /Kids [3 0 R] /Count 1 /Resources <</Font <</F1 5 0 R>>>>>>",
                None,
            ),
            (
                3,
                "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>>",
                None,
            ),
            (4, "<</Filter /FlateDecode>>", Some(&compressed)),
            (5, HELVETICA, None),
        ],
        "",
    )
}

#[test]
fn docx_paragraphs_accents_entities_tabs_breaks_and_footnotes() {
    let body = r#"<w:p><w:r><w:t>Caf&#233; &amp; th&#xE9; à Genève</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
<w:r><w:t xml:space="preserve">Second </w:t></w:r><w:r><w:tab/><w:t>a&lt;b</w:t><w:br/><w:t>next line</w:t></w:r></w:p>"#;
    let notes = r#"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See the annex.</w:t></w:r></w:p></w:footnote>"#;
    let text = plain_text(Format::Docx, &docx(body, Some(notes))).expect("a valid DOCX");
    assert_eq!(
        text,
        "Café & thé à Genève\nSecond \ta<b\nnext line\n\n See the annex."
    );
}

#[test]
fn docx_skips_deleted_text_field_codes_and_text_box_fallbacks() {
    let body = r#"<w:p><w:del><w:r><w:delText>old words</w:delText></w:r></w:del>
<w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:t>kept</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>in a box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>in a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/><w:p><w:r><w:t><![CDATA[a <literal> & more]]></w:t></w:r></w:p>"#;
    let text = plain_text(Format::Docx, &docx(body, None)).expect("a valid DOCX");
    assert_eq!(text, "kept\nin a box\n\na <literal> & more");
}

#[test]
fn docx_without_its_document_part_is_damaged() {
    let package = zip(&[deflated("[Content_Types].xml", b"<Types/>")]);
    assert!(matches!(
        plain_text(Format::Docx, &package),
        Err(ExtractError::Damaged(_))
    ));
}

#[test]
fn odt_heading_spaces_tabs_breaks_and_notes() {
    let body = r#"<text:h text:outline-level="1">Consultation  on   water</text:h>
<text:p text:style-name="P1">Two<text:s/>spaces, five <text:s text:c="4"/>here<text:tab/>tabbed<text:line-break/>broken &amp; r&#233;sum&#xE9;<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note> after.</text:p>
<office:annotation><dc:creator>Reviewer</dc:creator><text:p>a comment</text:p></office:annotation>
<text:p/>"#;
    let text = plain_text(Format::Odt, &odt(body, PLAIN_MANIFEST)).expect("a valid ODT");
    assert_eq!(
        text,
        "Consultation on water\nTwo spaces, five     here\ttabbed\nbroken & résumé after.\n\nA note."
    );
}

#[test]
fn odt_with_encrypted_parts_is_encrypted() {
    let manifest = r#"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>"#;
    assert_eq!(
        plain_text(Format::Odt, &odt("<text:p>secret</text:p>", manifest)),
        Err(ExtractError::Encrypted(Format::Odt))
    );
    assert_eq!(
        ExtractError::Encrypted(Format::Pdf).to_string(),
        "the PDF is encrypted"
    );
}

#[test]
fn pdf_flate_content_with_tj_tj_arrays_and_line_moves() {
    let content = br"BT /F1 12 Tf 72 720 Td (Hello, world) Tj
0 -14 Td [(W)120(ater)-250(and)-300(sani)20(tation)] TJ
14 TL T* (after leading) Tj
0 -14 Td (Caf\351 \(draft\) \\ ok\n) Tj ET
BT 72 600 Td /F1 12 Tf <48656C6C6F> Tj ( again) Tj ET";
    let text = plain_text(Format::Pdf, &one_page_pdf(content)).expect("a readable PDF");
    assert_eq!(
        text,
        "Hello, world\nWater and sanitation\nafter leading\nCafé (draft) \\ ok\nHello again"
    );
}

#[test]
fn pdf_words_placed_apart_get_a_space_and_lines_placed_by_cm_get_a_break() {
    // Each word positioned on its own, on one line; then lines placed with `cm` alone.
    let content = b"BT /F1 10 Tf 1 0 0 1 100 700 Tm (one) Tj 1 0 0 1 130 700 Tm (two) Tj ET
q 1 0 0 1 72 650 cm BT /F1 10 Tf (first line) Tj ET Q
q 1 0 0 1 72 636 cm BT /F1 10 Tf (second line) Tj ET Q";
    let text = plain_text(Format::Pdf, &one_page_pdf(content)).expect("a readable PDF");
    assert_eq!(text, "one two\nfirst line\nsecond line");
}

#[test]
fn pdf_two_byte_font_read_through_its_to_unicode_map() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0011> <00E9> endbfchar
2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<0066> <FB01>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";
    // "ABC" then space, é, f, fi.
    let content = b"BT /F2 11 Tf 50 700 Td <002400250026> Tj <0003001100300031> Tj ET";
    let compressed = compress_to_vec_zlib(content, 6);
    let file = pdf(
        &[
            (1, CATALOG, None),
            (2, "<</Type /Pages /Kids [3 0 R] /Count 1>>", None),
            (3, "<</Type /Page /Parent 2 0 R /Resources <</Font <</F2 5 0 R>>>> /Contents [4 0 R]>>", None),
            (4, "<</Filter [/FlateDecode]>>", Some(&compressed)),
            (5, "<</Type /Font /Subtype /Type0 /BaseFont /ABCDEE+Calibri /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R>>", None),
            (6, "<<>>", Some(cmap)),
            (7, "<</Type /Font /Subtype /CIDFontType2 /DW 500 /W [36 [600 600 600] 3 3 250]>>", None),
        ],
        "",
    );
    assert_eq!(plain_text(Format::Pdf, &file), Ok("ABC éfﬁ".to_string()));
}

#[test]
fn pdf_two_byte_font_without_a_map_is_unreadable_and_a_scan_has_no_text() {
    let content = b"BT /F2 11 Tf 50 700 Td <00240025> Tj ET";
    let file = pdf(
        &[
            (1, CATALOG, None),
            (2, "<</Type /Pages /Kids [3 0 R] /Count 1>>", None),
            (
                3,
                "<</Type /Page /Resources <</Font <</F2 5 0 R>>>> /Contents 4 0 R>>",
                None,
            ),
            (4, "<<>>", Some(content)),
            (
                5,
                "<</Type /Font /Subtype /Type0 /Encoding /Identity-H>>",
                None,
            ),
        ],
        "",
    );
    assert_eq!(
        plain_text(Format::Pdf, &file),
        Err(ExtractError::UnreadableFonts)
    );
    let scan = one_page_pdf(b"q 595 0 0 842 0 0 cm /Im1 Do Q");
    assert_eq!(
        plain_text(Format::Pdf, &scan),
        Err(ExtractError::NoTextLayer)
    );
}

#[test]
fn pdf_differences_encoding_form_xobjects_and_inline_images() {
    let form = b"BT /F1 9 Tf 0 0 Td (in a form) Tj ET";
    let content = b"BT /F1 12 Tf 72 720 Td <01020104> Tj ET
BI /W 4 /H 1 /BPC 8 /CS /G ID \x00\xff(Tj)\x10 EI
q 1 0 0 1 72 600 cm /Fm1 Do Q";
    let file = pdf(
        &[
            (1, CATALOG, None),
            (2, "<</Type /Pages /Kids [3 0 R] /Count 1>>", None),
            (3, "<</Type /Page /Resources 6 0 R /Contents 4 0 R>>", None),
            (4, "<<>>", Some(content)),
            (5, "<</Type /Font /Subtype /Type1 /Encoding <</Type /Encoding /Differences [1 /eacute /t /e /quoteright]>>>>", None),
            (6, "<</Font <</F1 5 0 R>> /XObject <</Fm1 7 0 R>>>>", None),
            (7, "<</Type /XObject /Subtype /Form /BBox [0 0 100 100]>>", Some(form)),
        ],
        "",
    );
    assert_eq!(
        plain_text(Format::Pdf, &file),
        Ok("été’\nin a form".to_string())
    );
}

#[test]
fn pdf_pages_inside_an_object_stream_are_found() {
    let pages = "<</Type /Pages /Kids [3 0 R] /Count 1>>";
    let page = "<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>";
    let header = format!("2 0 3 {} ", pages.len() + 1);
    let packed = format!("{header}{pages} {page}");
    let pack = format!(
        "<</Type /ObjStm /N 2 /First {} /Filter /FlateDecode>>",
        header.len()
    );
    let compressed_pack = compress_to_vec_zlib(packed.as_bytes(), 6);
    // The font's `#` is an é: only a reader that found the page and its font says so.
    let content = compress_to_vec_zlib(b"BT /F1 10 Tf (Pr#sident of a packed page) Tj ET", 6);
    let file = pdf(
        &[
            (1, CATALOG, None),
            (4, "<</Filter /FlateDecode>>", Some(&content)),
            (
                5,
                "<</Type /Font /Subtype /Type1 /Encoding <</Differences [35 /eacute]>>>>",
                None,
            ),
            (8, &pack, Some(&compressed_pack)),
        ],
        "",
    );
    assert_eq!(
        plain_text(Format::Pdf, &file),
        Ok("Président of a packed page".to_string())
    );
}

/// ASCII85, as `/ASCII85Decode` reads it (`z` for four zeros is optional and not written).
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in data.chunks(4) {
        let mut group = [0u8; 4];
        group[..chunk.len()].copy_from_slice(chunk);
        let mut value = u32::from_be_bytes(group);
        let mut digits = [0u8; 5];
        for digit in digits.iter_mut().rev() {
            *digit = b'!' + u8::try_from(value % 85).expect("below 85");
            value /= 85;
        }
        out.extend_from_slice(&digits[..chunk.len() + 1]);
    }
    out.extend_from_slice(b"~>");
    out
}

#[test]
fn pdf_streams_with_chained_ascii_filters_read() {
    let content = b"BT /F1 12 Tf (Encoded twice) Tj ET";
    let a85 = ascii85(&compress_to_vec_zlib(content, 6));
    let hex: String = content
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        + ">";
    for (filter, data) in [
        ("<</Filter [/ASCII85Decode /FlateDecode]>>", a85),
        ("<</Filter /AHx>>", hex.into_bytes()),
    ] {
        let file = pdf(
            &[
                (1, CATALOG, None),
                (2, "<</Type /Pages /Kids [3 0 R] /Count 1>>", None),
                (3, "<</Type /Page /Contents 4 0 R>>", None),
                (4, filter, Some(&data)),
            ],
            "",
        );
        assert_eq!(
            plain_text(Format::Pdf, &file).as_deref(),
            Ok("Encoded twice"),
            "{filter}"
        );
    }
}

#[test]
fn encrypted_pdf_is_refused() {
    let mut file = pdf(
        &[
            (1, CATALOG, None),
            (
                9,
                "<</Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4>>",
                None,
            ),
        ],
        " /Encrypt 9 0 R /ID [<01> <01>]",
    );
    assert_eq!(
        plain_text(Format::Pdf, &file),
        Err(ExtractError::Encrypted(Format::Pdf))
    );
    // Also when only a cross-reference stream (PDF 1.5) says so.
    file = b"%PDF-1.5\n7 0 obj <</Type /XRef /Size 8 /Root 1 0 R /Encrypt 9 0 R /Length 0>> stream\n\nendstream endobj".to_vec();
    assert_eq!(
        plain_text(Format::Pdf, &file),
        Err(ExtractError::Encrypted(Format::Pdf))
    );
}

#[test]
fn zip_bombs_and_oversized_entries_are_refused() {
    // A megabyte of zeros that claims to inflate to a kilobyte.
    let zeros = vec![0u8; 1024 * 1024];
    let lying = zip(&[
        deflated("[Content_Types].xml", b"<Types/>"),
        ZipEntry {
            declared_len: Some(1024),
            ..deflated("word/document.xml", &zeros)
        },
    ]);
    assert!(matches!(
        plain_text(Format::Docx, &lying),
        Err(ExtractError::Damaged(_))
    ));
    // An entry that honestly declares more than the cap is not even inflated.
    let declared_len = u32::try_from(MAX_INFLATED_BYTES + 1).ok();
    let huge = zip(&[ZipEntry {
        declared_len,
        ..deflated("content.xml", b"<office:text/>")
    }]);
    assert_eq!(plain_text(Format::Odt, &huge), Err(ExtractError::TooLarge));
}

#[test]
fn a_pdf_inflating_beyond_the_cap_is_too_large() {
    // A stream inflating to 4 MiB, used seventeen times, passes the 64 MiB budget; once does not.
    let zeros = compress_to_vec_zlib(&vec![b' '; 4 * 1024 * 1024], 6);
    let mut objects = vec![
        (1, CATALOG, None),
        (2, "<</Type /Pages /Kids [3 0 R] /Count 1>>", None),
        (3, "<</Type /Page /Contents [4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R]>>", None),
        (4, "<</Filter /FlateDecode>>", Some(zeros.as_slice())),
    ];
    assert_eq!(
        plain_text(Format::Pdf, &pdf(&objects, "")),
        Err(ExtractError::TooLarge)
    );
    objects[2].1 = "<</Type /Page /Contents 4 0 R>>";
    assert_eq!(
        plain_text(Format::Pdf, &pdf(&objects, "")),
        Err(ExtractError::NoTextLayer)
    );
}

#[test]
fn garbage_and_truncated_files_are_errors_not_panics() {
    let garbage = b"\x00\x01 this is not a document at all \xff\xfe";
    for format in [Format::Pdf, Format::Docx, Format::Odt] {
        assert!(plain_text(format, garbage).is_err(), "{format:?}");
        assert!(plain_text(format, b"").is_err(), "{format:?}");
    }
    let files = [
        (
            Format::Docx,
            docx("<w:p><w:r><w:t>Some words here</w:t></w:r></w:p>", None),
        ),
        (
            Format::Odt,
            odt("<text:p>Some words here</text:p>", PLAIN_MANIFEST),
        ),
        (
            Format::Pdf,
            one_page_pdf(b"BT /F1 12 Tf (Some words here) Tj ET"),
        ),
    ];
    for (format, bytes) in files {
        for len in 0..bytes.len() {
            // Any prefix may read or not, but must not panic.
            let _ = plain_text(format, &bytes[..len]);
        }
        // Cut in the middle of the package's directory or the PDF's page: an error.
        if format != Format::Pdf {
            assert!(matches!(
                plain_text(format, &bytes[..bytes.len() - 10]),
                Err(ExtractError::Damaged(_))
            ));
        }
    }
    // A damaged deflate stream in a package.
    let mut broken = docx("<w:p><w:r><w:t>Some words here</w:t></w:r></w:p>", None);
    let at = broken
        .windows(17)
        .position(|w| w == b"word/document.xml")
        .expect("the entry's local header")
        + 17;
    broken[at..at + 8].fill(0xff);
    assert!(matches!(
        plain_text(Format::Docx, &broken),
        Err(ExtractError::Damaged(_))
    ));
    assert_eq!(
        plain_text(Format::Pdf, b"%PDF-1.4\nnothing here"),
        Err(ExtractError::Damaged("none of its objects can be read"))
    );
}

#[test]
fn deep_nesting_and_hostile_counts_stay_bounded() {
    let mut content = b"BT /F1 12 Tf ".to_vec();
    content.extend(std::iter::repeat_n(b'[', 100_000));
    content.extend_from_slice(b"(deep) Tj ET BT (after) Tj ET");
    let _ = plain_text(Format::Pdf, &one_page_pdf(&content));
    let spaces = "<text:s text:c=\"4000000000\"/>".repeat(1000);
    let text = plain_text(
        Format::Odt,
        &odt(&format!("<text:p>a{spaces}b</text:p>"), PLAIN_MANIFEST),
    )
    .expect("a valid ODT");
    assert_eq!(text.len(), 2 + 1000 * 100);
}

#[test]
fn files_made_by_other_tools_read() {
    // Made with Python's zipfile and zlib (real CRCs, zlib's deflate) and a hand-written PDF
    // with a cross-reference table.
    let docx = include_bytes!("../../tests/fixtures/extract/consultation.docx");
    let odt = include_bytes!("../../tests/fixtures/extract/consultation.odt");
    let pdf = include_bytes!("../../tests/fixtures/extract/consultation.pdf");
    let expected = "Call for input on water\nStakeholders in Genève & Nairobi responded.";
    assert_eq!(plain_text(Format::Docx, docx).as_deref(), Ok(expected));
    assert_eq!(plain_text(Format::Odt, odt).as_deref(), Ok(expected));
    assert_eq!(plain_text(Format::Pdf, pdf).as_deref(), Ok(expected));
}

#[test]
fn media_types_name_formats() {
    assert_eq!(
        Format::from_media_type("application/pdf"),
        Some(Format::Pdf)
    );
    assert_eq!(
        Format::from_media_type(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ),
        Some(Format::Docx)
    );
    assert_eq!(
        Format::from_media_type("application/vnd.oasis.opendocument.text"),
        Some(Format::Odt)
    );
    assert_eq!(Format::from_media_type("text/plain"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in [Format::Pdf, Format::Docx, Format::Odt] {
            let _ = plain_text(format, &bytes);
        }
        let mut pdf = b"%PDF-1.4\n1 0 obj ".to_vec();
        pdf.extend_from_slice(&bytes);
        let _ = plain_text(Format::Pdf, &pdf);
    }

    #[test]
    fn damaged_documents_never_panic(
        which in 0usize..3,
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let (format, mut bytes) = match which {
            0 => (Format::Docx, docx("<w:p><w:r><w:t>Some &amp; words</w:t></w:r></w:p>", None)),
            1 => (Format::Odt, odt("<text:p>Some<text:s text:c=\"3\"/>words</text:p>", PLAIN_MANIFEST)),
            _ => (Format::Pdf, one_page_pdf(b"BT /F1 12 Tf [(Some)-300(words)] TJ ET")),
        };
        for (at, byte) in changes {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        let _ = plain_text(format, &bytes);
    }

    #[test]
    fn arbitrary_content_streams_never_panic(content in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let _ = plain_text(Format::Pdf, &one_page_pdf(&content));
    }
}
