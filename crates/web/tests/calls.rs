//! Calls for input through the real pages: the secretariat prepares and opens a call; a
//! respondent saves a draft, submits, edits and gets a receipt per version whose hash is in the
//! public ledger; bad input is named and changes nothing; the deadline and its extensions hold.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{create_call, signed_in, App, Browser};
use concord_domain::ledger::{verify_chain, LedgerEntry};
use concord_store::MailStore;

both_backends!(
    a_call_is_prepared_answered_and_receipted,
    bad_answers_and_late_answers_change_nothing,
    who_may_answer_is_the_calls_choice,
    responses_are_published_with_consent_corrected_and_moderated,
    the_secretariat_records_inputs_received_by_email_or_paper,
    respondents_attach_files_checked_by_content,
    a_batch_is_imported_whole_or_not_at_all,
    co_signatories_confirm_a_joint_submission_by_email,
    statistics_count_every_response_once_and_lead_to_their_list,
    a_campaign_among_the_answers_is_shown_once_or_in_full,
);

async fn add_question(admin: &mut Browser<'_>, call: &str, fields: &[(&str, &str)]) {
    let added = admin.post(&format!("{call}/questions/new"), fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
}

/// A call with a required choice, a required free-text sub-part of at most five words, and an
/// optional question; opened.
async fn open_call(admin: &mut Browser<'_>, body: i64, closes_on: &str) -> String {
    let call = create_call(admin, body, closes_on).await;
    add_question(
        admin,
        &call,
        &[
            ("label", "1"),
            ("text", "Which stakeholder category do you belong to?"),
            ("kind", "single_choice"),
            ("options", "Government\nNon-Government"),
            ("required", "true"),
        ],
    )
    .await;
    add_question(
        admin,
        &call,
        &[
            ("label", "2 a)"),
            ("text", "Significance"),
            ("word_limit", "5"),
            ("required", "true"),
            ("analytic_group", "Group 1"),
        ],
    )
    .await;
    add_question(admin, &call, &[("label", "3"), ("text", "Anything else?")]).await;
    let opened = admin
        .post(&format!("{call}/state"), &[("state", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    call
}

/// The id of each question on the response form, in order (`q12`, `q13`…).
fn question_fields(form: &str) -> Vec<String> {
    let mut fields: Vec<String> = form
        .match_indices("name=\"q")
        .map(|(i, _)| form[i + 6..].split('"').next().unwrap().to_owned())
        .collect();
    fields.dedup();
    fields
}

async fn ledger(app: &App) -> Vec<LedgerEntry> {
    let text = Browser::new(app).get("/ledger.jsonl").await.text;
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn respondent<'a>(q: &'a [String], significance: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "organization"),
        ("name", "Association for Progressive Communications"),
        ("stakeholder_group", "civil_society"),
        ("country", "ZA"),
        ("lang", "en"),
        (q[0].as_str(), "Non-Government"),
        (q[1].as_str(), significance),
        ("consent_publish", "true"),
    ]
}

async fn a_call_is_prepared_answered_and_receipted(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = create_call(&mut admin, body, "2099-08-15").await;
    assert_eq!(
        Browser::new(&app).get(&call).await.status,
        StatusCode::NOT_FOUND,
        "a draft is the secretariat's alone"
    );
    let refused = admin
        .post(&format!("{call}/state"), &[("state", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("at least one question"));
    add_question(&mut admin, &call, &[("label", "1"), ("text", "First")]).await;
    let duplicate = admin
        .post(
            &format!("{call}/questions/new"),
            &[("label", "1"), ("text", "Again")],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);

    let call = open_call(&mut admin, body, "2099-08-15").await;
    let page = Browser::new(&app).get(&call).await.text;
    assert!(page.contains("Which stakeholder category do you belong to?"));
    assert!(page.contains("Group 1") && page.contains("at most 5 words"));
    assert!(page.contains("Answer this call"));
    assert!(page.contains("15 August 2099, 23:59 (Europe/Zurich)"));
    let anonymous = Browser::new(&app).get(&format!("{call}/respond")).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "sign in first");

    let (mut apc, _) = signed_in(&app, "apc", false, None).await;
    let form = apc.get(&format!("{call}/respond")).await.text;
    let q = question_fields(&form);
    assert_eq!(q.len(), 3, "{form}");
    let respond = format!("{call}/respond");

    // A draft is kept but not submitted: no receipt, nothing in the ledger.
    let mut draft = respondent(&q, "A draft");
    draft.push(("action", "draft"));
    let saved = apc.post(&respond, &draft).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let form = apc.get(&format!("{respond}?saved=1")).await.text;
    assert!(form.contains("Your draft is saved") && form.contains(">A draft</textarea>"));
    assert!(ledger(&app).await.is_empty());

    // Submitted: a receipt page and an e-mail, both with the hash the ledger records.
    let mut answer = respondent(&q, "Open, inclusive and accountable");
    answer.push(("action", "submit"));
    let submitted = apc.post(&respond, &answer).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.text
    );
    let receipt_path = submitted.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let reference = receipt_path.rsplit('/').next().unwrap().to_owned();
    let receipt = apc.get(&receipt_path).await.text;
    let entries = ledger(&app).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].reference, reference);
    assert!(receipt.contains(&entries[0].content_sha256), "{receipt}");
    let mails = app.store.outbox(10).await.unwrap();
    let mail = mails.iter().find(|m| m.to == "apc@example.org").unwrap();
    assert!(mail.subject.contains(&reference));
    assert!(mail.body.contains(&entries[0].content_sha256));
    assert_eq!(
        Browser::new(&app).get(&receipt_path).await.status,
        StatusCode::SEE_OTHER,
        "a receipt is the respondent's"
    );

    // Edited before the deadline: a second version, a second receipt; the chain holds.
    let mut edited = respondent(&q, "Open and inclusive");
    edited.push(("action", "submit"));
    assert_eq!(
        apc.post(&respond, &edited).await.status,
        StatusCode::SEE_OTHER
    );
    let entries = ledger(&app).await;
    assert_eq!(entries.len(), 2);
    assert_eq!(
        (entries[1].reference.as_str(), entries[1].version),
        (reference.as_str(), 2)
    );
    assert_ne!(entries[0].content_sha256, entries[1].content_sha256);
    verify_chain(&entries).unwrap();
    let receipt = apc.get(&receipt_path).await.text;
    assert!(
        receipt.contains(&entries[0].content_sha256)
            && receipt.contains(&entries[1].content_sha256)
    );
    let form = apc.get(&respond).await.text;
    assert!(
        form.contains(">Open and inclusive</textarea>"),
        "the form shows the last version"
    );

    // The deadline moves only later, and each extension keeps its reason.
    let earlier = admin
        .post(
            &format!("{call}/extend"),
            &[("closes_on", "2099-08-01"), ("reason", "x")],
        )
        .await;
    assert_eq!(earlier.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(earlier.text.contains("moves the deadline later"));
    let extended = admin
        .post(
            &format!("{call}/extend"),
            &[
                ("closes_on", "2099-08-31"),
                ("reason", "Requests from stakeholders"),
            ],
        )
        .await;
    assert_eq!(extended.status, StatusCode::SEE_OTHER, "{}", extended.text);
    let page = Browser::new(&app).get(&call).await.text;
    assert!(page.contains("Requests from stakeholders") && page.contains("31 August 2099"));
    let history = Browser::new(&app)
        .get(&format!("/bodies/{body}"))
        .await
        .text;
    assert!(history.contains("Deadline extended") && history.contains("Call moved"));
}

async fn bad_answers_and_late_answers_change_nothing(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let (mut apc, _) = signed_in(&app, "apc", false, None).await;
    let respond = format!("{call}/respond");
    let q = question_fields(&apc.get(&respond).await.text);

    let mut missing = respondent(&q, "");
    missing.push(("action", "submit"));
    let refused = apc.post(&respond, &missing).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("This question needs an answer"));

    let mut long = respondent(&q, "one two three four five six seven");
    long.push(("action", "submit"));
    let refused = apc.post(&respond, &long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("This answer has 7 words; the limit is 5"));
    assert!(
        refused.text.contains("one two three four five six seven"),
        "what was typed is kept"
    );

    let mut wrong_choice = respondent(&q, "Fine");
    wrong_choice[5].1 = "Other";
    wrong_choice.push(("action", "submit"));
    assert_eq!(
        apc.post(&respond, &wrong_choice).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Invalid UTF-8 is a readable error page, not a half-stored response.
    let csrf = apc.csrf().await;
    let bytes = apc
        .send_raw_form(&respond, format!("csrf={csrf}&name=%FF%FE&action=submit"))
        .await;
    assert_eq!(bytes.status, StatusCode::BAD_REQUEST);
    assert!(bytes.text.contains("not valid UTF-8"), "{}", bytes.text);

    // A call whose deadline has passed takes nothing.
    let late = open_call(&mut admin, body, "2013-08-15").await;
    let late_respond = format!("{late}/respond");
    let q_late = question_fields(&apc.get(&late_respond).await.text);
    let mut answer = respondent(&q_late, "Too late");
    answer.push(("action", "submit"));
    let refused = apc.post(&late_respond, &answer).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("its deadline has passed"),
        "{}",
        refused.text
    );
    assert!(!Browser::new(&app)
        .get(&late)
        .await
        .text
        .contains("Answer this call"));

    assert!(ledger(&app).await.is_empty(), "nothing was received");
}

async fn who_may_answer_is_the_calls_choice(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = create_call(&mut admin, body, "2099-08-15").await;
    let members_only = format!("{call}/state");
    add_question(&mut admin, &call, &[("label", "1"), ("text", "Views?")]).await;
    // Reset the audience to members only through a new call, as calls keep their settings.
    let created = admin
        .post(
            &format!("/bodies/{body}/calls/new"),
            &[
                ("title", "Members' views"),
                ("opens_on", "2013-05-31"),
                ("closes_on", "2099-01-01"),
                ("audience", "members"),
            ],
        )
        .await;
    let members_call = created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    add_question(
        &mut admin,
        &members_call,
        &[("label", "1"), ("text", "Views?")],
    )
    .await;
    admin
        .post(&format!("{members_call}/state"), &[("state", "open")])
        .await;
    admin.post(&members_only, &[("state", "open")]).await;
    let (mut outsider, _) = signed_in(&app, "outsider", false, None).await;
    assert_eq!(
        outsider
            .get(&format!("{members_call}/respond"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        outsider.get(&format!("{call}/respond")).await.status,
        StatusCode::OK,
        "anyone with a confirmed address answers the other call"
    );
}

/// Submits a response to `call` as a new account `who`, and returns its reference.
async fn respond_as(
    app: &App,
    call: &str,
    who: &str,
    name: &str,
    answer: &str,
    consent: (bool, bool),
) -> String {
    let (mut browser, _) = signed_in(app, who, false, None).await;
    let respond = format!("{call}/respond");
    let q = question_fields(&browser.get(&respond).await.text);
    let mut fields = vec![
        ("kind", "organization"),
        ("name", name),
        ("stakeholder_group", "civil_society"),
        ("country", "ZA"),
        ("lang", "fr"),
        (q[0].as_str(), "Non-Government"),
        (q[1].as_str(), answer),
        ("action", "submit"),
    ];
    if consent.0 {
        fields.push(("consent_publish", "true"));
    }
    if consent.1 {
        fields.push(("consent_cite", "true"));
    }
    let sent = browser.post(&respond, &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    sent.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

/// The number in the counts table on the row `label`.
fn count(list: &str, label: &str) -> String {
    let at = list
        .find(&format!("<th scope=\"row\">{label}"))
        .unwrap_or_else(|| panic!("no row {label}"));
    let rest = &list[at..];
    let start = rest.find("<td class=\"num\">").unwrap() + "<td class=\"num\">".len();
    rest[start..].split('<').next().unwrap().to_owned()
}

async fn responses_are_published_with_consent_corrected_and_moderated(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let apc = respond_as(
        &app,
        &call,
        "apc",
        "Association for Progressive Communications",
        "Ouverte et inclusive",
        (true, true),
    )
    .await;
    let quiet = respond_as(
        &app,
        &call,
        "quiet",
        "Quiet Institute",
        "Anonyme mais publiée",
        (true, false),
    )
    .await;
    let private = respond_as(
        &app,
        &call,
        "private",
        "Private Forum",
        "Ne pas publier",
        (false, false),
    )
    .await;

    let list = Browser::new(&app)
        .get(&format!("{call}/responses"))
        .await
        .text;
    assert!(list.contains("Association for Progressive Communications"));
    assert!(
        !list.contains("Quiet Institute"),
        "published, but not cited by name"
    );
    assert!(
        list.contains("A respondent from Civil society, South Africa"),
        "{list}"
    );
    assert!(
        !list.contains(&private) && !list.contains("Private Forum"),
        "withheld"
    );
    assert_eq!(count(&list, "Received"), "3");
    assert_eq!(count(&list, "Published"), "2");
    assert_eq!(count(&list, "Withheld"), "1");
    assert_eq!(count(&list, "Hidden by moderation"), "0");
    let page = Browser::new(&app)
        .get(&format!("{call}/responses/{apc}"))
        .await
        .text;
    assert!(
        page.contains("<div class=\"answer\" lang=\"fr\" dir=\"auto\"><p>Ouverte et inclusive</p>"),
        "in its own language: {page}"
    );
    assert_eq!(
        Browser::new(&app)
            .get(&format!("{call}/responses/{private}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let marker = format!("href=\"{call}/questions/");
    let question = list.split(&marker).nth(2).unwrap();
    let question_id = question.split('"').next().unwrap();
    let by_question = Browser::new(&app)
        .get(&format!("{call}/questions/{question_id}"))
        .await
        .text;
    assert!(by_question.contains("2 published answers"), "{by_question}");
    assert!(by_question.contains("1 more are counted"));

    // An erratum: the attribution is corrected, with a reason, publicly; the ledger records it.
    let correct = format!("{call}/responses/{apc}/correct");
    let bad = admin
        .post(&correct, &[("field", "name"), ("value", "Best Bits")])
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    let corrected = admin
        .post(
            &correct,
            &[
                ("field", "name"),
                ("value", "Best Bits coalition"),
                ("reason", "Submitted by Best Bits, not APC"),
            ],
        )
        .await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.text
    );
    let page = Browser::new(&app)
        .get(&format!("{call}/responses/{apc}"))
        .await
        .text;
    assert!(page.contains("Best Bits coalition"));
    assert!(
        page.contains("Submitted by Best Bits, not APC"),
        "the erratum is public"
    );
    let entries = ledger(&app).await;
    assert_eq!(entries.last().unwrap().kind, "correction");
    verify_chain(&entries).unwrap();

    // Moderation hides with a reason and never deletes.
    let hidden = admin
        .post(
            &format!("{call}/responses/{quiet}/moderate"),
            &[
                ("action", "hide"),
                ("reason", "Personal data in the answer"),
            ],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    assert_eq!(
        Browser::new(&app)
            .get(&format!("{call}/responses/{quiet}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let list = Browser::new(&app)
        .get(&format!("{call}/responses"))
        .await
        .text;
    assert_eq!(count(&list, "Hidden by moderation"), "1");
    assert_eq!(count(&list, "Published"), "1");
    let secretariat_view = admin.get(&format!("{call}/responses/{quiet}")).await.text;
    assert!(secretariat_view.contains("Hidden: Personal data in the answer"));
    assert!(
        secretariat_view.contains("Anonyme mais publiée"),
        "kept whole"
    );
    let history = Browser::new(&app)
        .get(&format!("/bodies/{body}"))
        .await
        .text;
    assert!(history.contains("Response hidden") && history.contains("Response corrected"));
}

async fn the_secretariat_records_inputs_received_by_email_or_paper(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let record = format!("{call}/record");
    let form = admin.get(&record).await.text;
    assert!(form.contains("enctype=\"multipart/form-data\""));
    let q = question_fields(&form);
    let letter = common::samples::pdf("Letter from the Ministry");
    let fields = |channel: &'static str, received_on: &'static str| {
        vec![
            ("kind", "government"),
            ("name", "Ministry of Communications"),
            ("country", "KE"),
            ("lang", "en"),
            (q[0].as_str(), "Government"),
            (q[1].as_str(), "Open and inclusive"),
            ("consent_publish", "true"),
            ("consent_cite", "true"),
            ("channel", channel),
            ("received_on", received_on),
            ("email", "ict@example.go.ke"),
        ]
    };

    // Bad input: each problem named, nothing recorded.
    let refused = admin
        .post_file(
            &record,
            &fields("fax", ""),
            ("file", "letter.pdf", b"not a pdf"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Choose one of the values offered")
            || refused.text.contains("e-mail or paper")
    );
    assert!(refused.text.contains("is not a date"));
    assert!(refused
        .text
        .contains("is not a PDF, Word (DOCX) or OpenDocument (ODT) document"));
    assert!(
        refused.text.contains("Ministry of Communications"),
        "what was entered is kept"
    );
    assert!(ledger(&app).await.is_empty());

    let recorded = admin
        .post_file(
            &record,
            &fields("paper", "2013-08-14"),
            ("file", "letter.pdf", &letter),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    let receipt = recorded.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let reference = receipt.rsplit('/').next().unwrap().to_owned();
    let entries = ledger(&app).await;
    assert_eq!(entries.len(), 1);
    assert!(admin
        .get(&receipt)
        .await
        .text
        .contains(&entries[0].content_sha256));

    let list = Browser::new(&app)
        .get(&format!("{call}/responses"))
        .await
        .text;
    assert!(list.contains("Ministry of Communications") && list.contains("Paper"));
    let page = admin
        .get(&format!("{call}/responses/{reference}"))
        .await
        .text;
    let marker = format!("href=\"{call}/responses/{reference}/files/");
    let file_id = page
        .split(&marker)
        .nth(1)
        .expect("the original is listed")
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let path = format!("{call}/responses/{reference}/files/{file_id}");
    let original = admin.get(&path).await;
    assert_eq!(original.status, StatusCode::OK);
    assert_eq!(original.bytes, letter, "the original, byte for byte");
    assert_ne!(
        Browser::new(&app).get(&path).await.status,
        StatusCode::OK,
        "the secretariat's only"
    );
    let public = Browser::new(&app)
        .get(&format!("{call}/responses/{reference}"))
        .await
        .text;
    assert!(!public.contains("/files/"));

    // The record received covers the original: its hash is in what the ledger hashed.
    use concord_store::ResponseStore;
    let versions = app.store.received_versions().await.unwrap();
    assert!(versions[0].2.contains(&concord_store::sha256_hex(&letter)));
    assert_eq!(versions[0].3, entries[0].content_sha256);
    let history = Browser::new(&app)
        .get(&format!("/bodies/{body}"))
        .await
        .text;
    assert!(history.contains("Response recorded by the secretariat"));
}

async fn respondents_attach_files_checked_by_content(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let (mut apc, _) = signed_in(&app, "apc", false, None).await;
    let respond = format!("{call}/respond");
    let q = question_fields(&apc.get(&respond).await.text);
    let mut fields = respondent(&q, "See the attached paper");
    fields.push(("action", "submit"));

    let odt = common::samples::odt("Our contribution");
    let refused = apc
        .post_file(&respond, &fields, ("attachments", "contribution.pdf", &odt))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("is named .pdf but its content is a OpenDocument (ODT) document"));
    assert!(ledger(&app).await.is_empty(), "nothing received");

    // A right-to-left override in the name would show it reversed: it is taken out.
    let sent = apc
        .post_file(
            &respond,
            &fields,
            ("attachments", "contri\u{202E}bution.odt", &odt),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let form = apc.get(&respond).await.text;
    assert!(
        form.contains("contribution.odt"),
        "the form lists the attached file"
    );
    assert!(!form.contains('\u{202E}'), "no direction override is kept");
    use concord_store::ResponseStore;
    let versions = app.store.received_versions().await.unwrap();
    assert!(
        versions[0].2.contains(&concord_store::sha256_hex(&odt)),
        "the receipt's hash covers the file"
    );
    // A later version keeps the file.
    let again = apc.post(&respond, &fields).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let versions = app.store.received_versions().await.unwrap();
    assert!(versions[1].2.contains(&concord_store::sha256_hex(&odt)));
}

async fn a_batch_is_imported_whole_or_not_at_all(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let import = format!("{call}/import");
    let broken = "kind,name,stakeholder_group,country,consent_publish,1,2 a)\n\
        government,Ministry of ICT,government,KE,yes,Government,Open and inclusive\n\
        person,,civil_society,BR,maybe,Non-Government,one two three four five six seven\n\
        person,Ana\n";
    let refused = admin
        .post_file(&import, &[], ("file", "responses.csv", broken.as_bytes()))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("Problems found: 4. Nothing was imported."),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("This field is required"));
    assert!(refused.text.contains("the limit is 5"));
    assert!(refused.text.contains("Write yes or no"));
    assert!(refused
        .text
        .contains("does not have as many columns as the header"));
    let wrong = admin
        .post_file(&import, &[], ("file", "responses.xlsx", b"PK..."))
        .await;
    assert!(wrong.text.contains("Upload a .csv or .json file"));
    assert!(ledger(&app).await.is_empty(), "nothing imported");

    let clean = "kind,name,stakeholder_group,country,consent_publish,consent_cite,received_on,1,2 a)\n\
        government,Ministry of ICT,government,KE,yes,yes,2013-08-14,Government,Open and inclusive\n\
        organization,ISOC,technical_academic,CH,yes,yes,2013-08-15,Non-Government,\"Bottom-up, open\"\n";
    let preview = admin
        .post_file(&import, &[], ("file", "responses.csv", clean.as_bytes()))
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text);
    assert!(preview.text.contains("2 responses are ready to import"));
    assert!(ledger(&app).await.is_empty(), "a preview imports nothing");
    let marker = format!("action=\"{call}/import/");
    let staged = preview
        .text
        .split(&marker)
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let confirm = format!("{call}/import/{staged}/confirm");
    let done = admin.post(&confirm, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
    let entries = ledger(&app).await;
    assert_eq!(entries.len(), 2);
    let list = Browser::new(&app)
        .get(&format!("{call}/responses"))
        .await
        .text;
    assert!(list.contains("Ministry of ICT") && list.contains("ISOC") && list.contains("Import"));
    let again = admin.post(&confirm, &[]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("already imported"));
    assert_eq!(ledger(&app).await.len(), 2);
    let json = r#"[{"kind":"person","name":"Ana Silva","stakeholder_group":"civil_society","country":"BR","consent_publish":true,"answers":{"1":"Non-Government","2 a)":"Inclusive"}}]"#;
    let preview = admin
        .post_file(&import, &[], ("file", "more.json", json.as_bytes()))
        .await;
    assert!(
        preview.text.contains("one response is ready to import"),
        "{}",
        preview.text
    );
}

async fn co_signatories_confirm_a_joint_submission_by_email(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let (mut apc, _) = signed_in(&app, "apc", false, None).await;
    let respond = format!("{call}/respond");
    let q = question_fields(&apc.get(&respond).await.text);

    let mut bad = respondent(&q, "Joint views");
    bad.push((
        "signatories",
        "Ana Silva, Instituto Nupef <ana@example.org>\nBob without address",
    ));
    bad.push(("action", "submit"));
    let refused = apc.post(&respond, &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Line 2: write a name and an address"),
        "{}",
        refused.text
    );

    let mut joint = respondent(&q, "Joint views");
    joint.push((
        "signatories",
        "Ana Silva, Instituto Nupef <ana@example.org>\nBob Lee <bob@example.org>",
    ));
    joint.push(("action", "submit"));
    let sent = apc.post(&respond, &joint).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let reference = sent.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    use concord_store::ResponseStore;
    let versions = app.store.received_versions().await.unwrap();
    assert!(
        versions[0].2.contains("ana@example.org"),
        "the receipt's hash covers the co-signatories"
    );

    let link =
        common::link_in_outbox(&app.store, "ana@example.org", "/signatures/confirm?token=").await;
    assert!(app
        .store
        .outbox(20)
        .await
        .unwrap()
        .iter()
        .any(|m| m.to == "bob@example.org"));
    let page = Browser::new(&app)
        .get(&format!("{call}/responses/{reference}"))
        .await
        .text;
    assert_eq!(page.matches("awaiting confirmation").count(), 2, "{page}");

    let mut ana = Browser::new(&app);
    let opened = ana.get(&link).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(opened
        .text
        .contains("Ana Silva, you are named as a co-signatory"));
    let token = link.split("token=").nth(1).unwrap();
    let confirmed = ana.post("/signatures/confirm", &[("token", token)]).await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    assert!(confirmed.text.contains("Your signature is confirmed"));
    let page = Browser::new(&app)
        .get(&format!("{call}/responses/{reference}"))
        .await
        .text;
    assert_eq!(page.matches("awaiting confirmation").count(), 1);
    assert!(page.contains("Ana Silva (Instituto Nupef) — confirmed"));
    assert_eq!(
        Browser::new(&app)
            .get("/signatures/confirm?token=forged")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // A new version naming the same people asks nobody twice.
    let before = app.store.outbox(50).await.unwrap().len();
    assert_eq!(
        apc.post(&respond, &joint).await.status,
        StatusCode::SEE_OTHER
    );
    let after = app.store.outbox(50).await.unwrap();
    assert_eq!(after.len(), before + 1, "only the new receipt");
}

/// The count on the row `label` of the statistics table whose caption follows `heading`.
fn stat(page: &str, heading: &str, label: &str) -> String {
    let section = &page[page
        .find(&format!(">{heading}</h2>"))
        .unwrap_or_else(|| panic!("no {heading}"))..];
    let section = &section[..section.find("</table>").unwrap()];
    let row = &section[section
        .find(&format!("<th scope=\"row\">{label}</th>"))
        .unwrap_or_else(|| panic!("no row {label} under {heading}: {section}"))..];
    let link = &row[row.find("<a href=\"").unwrap() + 9..];
    let (href, rest) = link.split_once("\">").unwrap();
    format!(
        "{} {}",
        rest.split('<').next().unwrap(),
        href.replace("&#38;", "&").replace("&amp;", "&")
    )
}

async fn statistics_count_every_response_once_and_lead_to_their_list(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    respond_as(&app, &call, "apc", "APC", "Ouverte", (true, true)).await;
    respond_as(
        &app,
        &call,
        "private",
        "Private Forum",
        "Non",
        (false, false),
    )
    .await;
    // A government's answer received on paper, from a least developed country.
    let record = format!("{call}/record");
    let q = question_fields(&admin.get(&record).await.text);
    let letter = common::samples::pdf("Letter from the Ministry");
    let recorded = admin
        .post_file(
            &record,
            &[
                ("kind", "government"),
                ("name", "Ministry of Posts and Telecommunications"),
                ("country", "BD"),
                ("lang", "en"),
                (q[0].as_str(), "Government"),
                (q[1].as_str(), "Open"),
                ("consent_publish", "true"),
                ("consent_cite", "true"),
                ("channel", "paper"),
                ("received_on", "2013-08-14"),
            ],
            ("file", "letter.pdf", &letter),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);

    let mut public = Browser::new(&app);
    let page = public.get(&format!("{call}/statistics")).await.text;
    // Three received, withheld included; every table adds up to three.
    assert_eq!(page.matches("3 responses received").count(), 8, "{page}");
    let civil = stat(&page, "Stakeholder group", "Civil society");
    assert!(civil.starts_with("2 "), "{civil}");
    assert!(stat(&page, "Stakeholder group", "Governments").starts_with("1 "));
    assert!(stat(&page, "Regional group", "African States").starts_with("2 "));
    assert!(stat(&page, "Regional group", "Asia-Pacific States").starts_with("1 "));
    assert!(stat(&page, "Least developed country", "Least developed country").starts_with("1 "));
    // South Africa and Bangladesh are developing countries, by the UN's M49 designation.
    assert!(stat(&page, "Developing country", "Developing country").starts_with("3 "));
    assert!(stat(&page, "How it was received", "Paper").starts_with("1 "));
    assert!(
        page.contains("<svg class=\"bars\" role=\"img\""),
        "a chart beside each table"
    );

    // A count leads to its list: the two civil society responses, of which the public sees
    // the published one.
    let href = civil.split_once(' ').unwrap().1;
    let list = public.get(href).await.text;
    assert!(
        list.contains("Only the responses counted under Stakeholder group: Civil society"),
        "{href}: {list}"
    );
    assert_eq!(count(&list, "Received"), "2");
    assert_eq!(count(&list, "Published"), "1");
    assert!(list.contains("APC") && !list.contains("Private Forum"));
    assert!(!list.contains("Ministry of Posts"));
    // Answers to a question, grouped by stakeholder group, then by region: withheld ones are
    // counted in their group, never shown.
    let list = public.get(&format!("{call}/responses")).await.text;
    let question = list
        .split("href=\"")
        .find_map(|p| {
            p.split_once('"')
                .map(|(h, _)| h)
                .filter(|h| h.contains("/questions/"))
        })
        .unwrap()
        .to_owned();
    let by_group = public.get(&question).await.text;
    assert!(
        by_group.contains("Civil society <span class=\"count\">(1 published answers. 1 more are counted but not published.)"),
        "{by_group}"
    );
    let by_region = public.get(&format!("{question}?by=region")).await.text;
    assert!(
        by_region.contains(">African States <span class=\"count\">"),
        "{by_region}"
    );
    assert!(by_region.contains(">Asia-Pacific States <span class=\"count\">"));
    let bad = public
        .get(&format!("{call}/responses?by=shoe_size&value=9"))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

const LETTER: &str = "Enhanced cooperation must be open to all stakeholders on an equal footing. \
    Governments, business, civil society and the technical community each bring what the others \
    lack, and none of them can make public policy for the Internet alone. We ask the working \
    group to recommend that every mechanism it proposes be open, transparent and accountable \
    to all of them.";

async fn a_campaign_among_the_answers_is_shown_once_or_in_full(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_call(&mut admin, body, "2099-08-15").await;
    let personal = format!("{LETTER} I teach in Durban.");
    let other = "A new body is needed, under the General Assembly, with a secretariat of its own \
                 and a budget to match.";
    for (who, name, text) in [
        ("one", "First Sender", LETTER),
        ("two", "Second Sender", LETTER),
        ("three", "Third Sender", personal.as_str()),
        ("other", "Someone Else", other),
    ] {
        let (mut browser, _) = signed_in(&app, who, false, None).await;
        let respond = format!("{call}/respond");
        let q = question_fields(&browser.get(&respond).await.text);
        let sent = browser
            .post(
                &respond,
                &[
                    ("kind", "organization"),
                    ("name", name),
                    ("stakeholder_group", "civil_society"),
                    ("country", "ZA"),
                    ("lang", "en"),
                    (q[0].as_str(), "Non-Government"),
                    (q[1].as_str(), "Open"),
                    (q[2].as_str(), text),
                    ("consent_publish", "true"),
                    ("consent_cite", "true"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    }

    let mut public = Browser::new(&app);
    let list = public.get(&format!("{call}/responses")).await.text;
    let question = list
        .split("href=\"")
        .filter_map(|p| p.split_once('"').map(|(h, _)| h))
        .filter(|h| h.contains("/questions/"))
        .nth(2)
        .unwrap()
        .to_owned();
    let full = public.get(&question).await.text;
    assert!(
        full.contains("Campaign 1: 3 answers, 1 variations"),
        "{full}"
    );
    assert!(full.contains("every answer is shown and counted in full"));
    assert_eq!(full.matches("<article class=\"answer\">").count(), 4);
    assert_eq!(full.matches("Part of campaign 1").count(), 3);
    assert!(
        full.contains("Sent by First Sender; Second Sender; Third Sender"),
        "{full}"
    );

    let collapsed = public
        .get(&format!("{question}?campaigns=collapse"))
        .await
        .text;
    assert!(collapsed.contains("Each campaign is shown once below"));
    assert_eq!(
        collapsed.matches("<article class=\"answer\">").count(),
        2,
        "{collapsed}"
    );
    assert!(collapsed.contains("and 2 more answers of the same campaign"));
    assert!(collapsed.contains("Someone Else"));

    // The statistics count every response, or each campaign once, and say which.
    let full = public.get(&format!("{call}/statistics")).await.text;
    assert!(full.contains("Every response is counted in full"));
    assert!(full.contains("4 responses received"), "{full}");
    let once = public
        .get(&format!("{call}/statistics?campaigns=collapse"))
        .await
        .text;
    assert!(
        once.contains("2 responses are folded into their campaign"),
        "{once}"
    );
    assert!(once.contains("2 responses counted, each campaign once"));
}
