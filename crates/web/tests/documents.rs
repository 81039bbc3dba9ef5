//! Documents through the real pages: files uploaded, checked by their content and downloaded
//! unchanged; versions on the document's page; followers told of a revision by e-mail.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{samples, signed_in, App, Browser};
use concord_store::MailStore;
use concord_web::jobs::work_once;
use concord_web::mail::OutboxOnly;

both_backends!(
    files_are_checked_by_content_kept_and_served_unchanged,
    followers_hear_of_each_new_version,
);

/// Files a document in the register and returns its page's path.
async fn file_document(admin: &mut Browser<'_>, body: i64, symbol: &str) -> String {
    let filed = admin
        .post(
            &format!("/bodies/{body}/documents/new"),
            &[
                ("symbol", symbol),
                ("title", "Mapping of international public policy issues"),
                ("doc_type", "secretariat_note"),
                ("languages", "en, fr"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.text);
    let register = admin.get(&format!("/bodies/{body}")).await.text;
    let marker = format!("/bodies/{body}/documents/");
    let link_end = register
        .find(&format!("\">{symbol}</a>"))
        .unwrap_or_else(|| panic!("{symbol} is linked from the register"));
    let id_at = register[..link_end].rfind(&marker).unwrap() + marker.len();
    let id = &register[id_at..link_end];
    format!("{marker}{id}")
}

fn file_links(page: &str) -> Vec<String> {
    page.match_indices("href=\"/documents/files/")
        .map(|(i, _)| page[i + 6..].split('"').next().unwrap().to_owned())
        .collect()
}

async fn files_are_checked_by_content_kept_and_served_unchanged(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let page = file_document(&mut admin, body, "E/CN.16/2013/CRP.3").await;
    let upload = format!("{page}/files");

    // A PDF in English, a Word file in French, an OpenDocument text in English.
    let pdf = samples::pdf("Mapping of international public policy issues");
    let docx = samples::docx("Cartographie des questions");
    let odt = samples::odt("Mapping, editable");
    for (lang, name, bytes) in [
        ("en", "CRP3-en.pdf", &pdf),
        ("fr", "CRP3-fr.docx", &docx),
        ("en", "CRP3-en.odt", &odt),
    ] {
        let sent = admin
            .post_file(&upload, &[("lang", lang)], ("file", name, bytes))
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{name}: {}", sent.text);
    }
    let shown = Browser::new(&app).get(&page).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.text.contains("CRP3-en.pdf") && shown.text.contains("CRP3-fr.docx"));
    assert!(
        shown.text.contains(&concord_store::sha256_hex(&pdf)),
        "the page shows the SHA-256 a reader checks a copy against"
    );
    let links = file_links(&shown.text);
    assert_eq!(links.len(), 3, "{links:?}");

    // Each file comes back byte for byte, with its type and name, never sniffed.
    let mut served = Vec::new();
    for link in &links {
        let file = Browser::new(&app).get(link).await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let disposition = file.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(
            disposition.starts_with("attachment; filename=\"CRP3-"),
            "{disposition}"
        );
        served.push((
            file.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .to_owned(),
            file.bytes.clone(),
        ));
    }
    assert!(served.contains(&("application/pdf".to_owned(), pdf.clone())));
    assert!(served.contains(&(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document".to_owned(),
        docx.clone()
    )));
    assert!(served.contains(&(
        "application/vnd.oasis.opendocument.text".to_owned(),
        odt.clone()
    )));

    // Bad files: each is named for what is wrong, and nothing is added.
    let mut oversized = samples::pdf("big");
    oversized.resize(concord_domain::upload::MAX_FILE_BYTES + 1, b' ');
    let cases: [(&str, &str, &[u8], &str); 5] = [
        (
            "en",
            "notes.pdf",
            b"Just some text, not a PDF",
            "is not a PDF, Word (DOCX) or OpenDocument (ODT) document",
        ),
        (
            "en",
            "report.pdf",
            &odt,
            "is named .pdf but its content is a OpenDocument (ODT) document",
        ),
        ("ru", "report.pdf", &pdf, "not issued in this language"),
        ("en", "empty.pdf", b"", "The file is empty"),
        ("en", "big.pdf", &oversized, "larger than 20 MB"),
    ];
    for (lang, name, bytes, message) in cases {
        let refused = admin
            .post_file(&upload, &[("lang", lang)], ("file", name, bytes))
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(refused.text.contains(message), "{name}: {}", refused.text);
    }
    let mut french = Browser::new(&app);
    french.headers = vec![(header::ACCEPT_LANGUAGE, "fr".into())];
    french.cookies = admin.cookies.clone();
    let refused = french
        .post_file(&upload, &[("lang", "en")], ("file", "x.pdf", b"texte"))
        .await;
    assert!(
        refused.text.contains("n’est pas un document PDF"),
        "the error speaks the visitor's language"
    );
    assert_eq!(
        file_links(&Browser::new(&app).get(&page).await.text).len(),
        3
    );

    // Only the secretariat files; without the form's token nothing is accepted.
    let anonymous = Browser::new(&app)
        .post_file(&upload, &[("lang", "en")], ("file", "x.pdf", &pdf))
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .starts_with("/account/sign-in"));
    let (mut reader, _) = signed_in(&app, "reader", false, None).await;
    let forbidden = reader
        .post_file(&upload, &[("lang", "en")], ("file", "x.pdf", &pdf))
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(
        Browser::new(&app)
            .get("/documents/files/999999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        Browser::new(&app)
            .get(&format!("/bodies/{body}/documents/999999"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let history = Browser::new(&app)
        .get(&format!("/bodies/{body}"))
        .await
        .text;
    assert!(
        history.contains("File attached"),
        "the register's history records each file"
    );
}

async fn followers_hear_of_each_new_version(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let original = file_document(&mut admin, body, "E/CN.16/2014/CRP.2").await;
    let (mut reader, _) = signed_in(&app, "lecteur", false, None).await;
    assert_eq!(
        reader.get("/language/fr?next=/").await.status,
        StatusCode::SEE_OTHER
    );
    let anonymous = Browser::new(&app).get(&original).await.text;
    assert!(anonymous.contains("Sign in to follow this document"));
    let followed = reader
        .post(&format!("{original}/follow"), &[("follow", "true")])
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER, "{}", followed.text);
    assert!(reader
        .get(&original)
        .await
        .text
        .contains("Vous suivez ce document"));

    let revision = file_document(&mut admin, body, "E/CN.16/2014/CRP.2/Rev.1").await;
    while work_once(&app.store, &OutboxOnly, "https://concord.example")
        .await
        .unwrap()
    {}
    let mails = app.store.outbox(10).await.unwrap();
    let notices: Vec<_> = mails
        .iter()
        .filter(|m| m.to == "lecteur@example.org")
        .collect();
    assert_eq!(notices.len(), 1, "{mails:?}");
    assert_eq!(
        notices[0].subject, "Nouvelle version de E/CN.16/2014/CRP.2 : E/CN.16/2014/CRP.2/Rev.1",
        "in the language the reader chose"
    );
    assert!(notices[0]
        .body
        .contains(&format!("https://concord.example{revision}")));

    // The original's page now shows the revision as the latest version.
    let page = Browser::new(&app).get(&original).await.text;
    let rev_at = page.find("E/CN.16/2014/CRP.2/Rev.1").unwrap();
    assert!(
        page[..rev_at].contains("superseded"),
        "the original is marked superseded"
    );
    assert!(page.contains(&format!("href=\"{revision}\"")));

    // Unfollowed, the reader hears of nothing more.
    let stopped = reader
        .post(&format!("{original}/follow"), &[("follow", "false")])
        .await;
    assert_eq!(stopped.status, StatusCode::SEE_OTHER);
    file_document(&mut admin, body, "E/CN.16/2014/CRP.2/Rev.1/Corr.1").await;
    while work_once(&app.store, &OutboxOnly, "https://concord.example")
        .await
        .unwrap()
    {}
    let after = app.store.outbox(10).await.unwrap();
    assert_eq!(
        after
            .iter()
            .filter(|m| m.to == "lecteur@example.org")
            .count(),
        1
    );
    // Following needs an account.
    let anonymous = Browser::new(&app)
        .post_raw(&format!("{original}/follow"), &[("follow", "true")])
        .await;
    assert_ne!(anonymous.status, StatusCode::OK);
}
