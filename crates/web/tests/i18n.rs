//! The six interface languages: every catalogue complete and well-formed, every key in use,
//! and every page served in the visitor's language, right to left for Arabic.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::App;
use concord_web::i18n::{catalogue_sources, Locale};
use fluent_syntax::ast::Entry;

fn message_keys(source: &str, locale: Locale) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!(
            "{}: the catalogue does not parse: {errors:?}",
            locale.code()
        )
    });
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Junk { content } => panic!("{}: unreadable entry {content}", locale.code()),
            _ => None,
        })
        .collect()
}

/// A rule that leaves out a value its message names is shown in its own words (with their
/// numbers), never with a raw `{ $count }`; and the rules that were once caught doing so now
/// give every value, in every language.
#[test]
fn no_message_shows_a_raw_placeholder() {
    use concord_domain::FieldError;
    use concord_web::forms::translate;
    use concord_web::i18n::Tr;
    let partial = FieldError::new("notation", "too_long", "At most 5 characters").with("max", 5);
    let shown = translate(&Tr::new(Locale::Fr, "/"), &partial);
    assert_eq!(shown, "At most 5 characters");
    let long_email = format!("{}@example.org", "a".repeat(300));
    let errors = [
        concord_domain::account::Email::parse("email", &long_email).unwrap_err(),
        concord_domain::drafting::text::revision(Some(&"x".repeat(1_000_001)), None)
            .unwrap_err()
            .errors
            .remove(0),
    ];
    for locale in Locale::ALL {
        for error in &errors {
            let shown = translate(&Tr::new(locale, "/"), error);
            assert!(
                !shown.contains('{') && !shown.contains('$'),
                "{locale:?}: {shown}"
            );
        }
    }
}

#[test]
fn every_catalogue_has_exactly_the_english_keys() {
    let sources = catalogue_sources();
    let english = message_keys(
        sources.iter().find(|(l, _)| *l == Locale::En).unwrap().1,
        Locale::En,
    );
    let unique: BTreeSet<_> = english.iter().collect();
    assert_eq!(unique.len(), english.len(), "en.ftl defines a key twice");
    for (locale, source) in &sources {
        let keys = message_keys(source, *locale);
        let missing: Vec<_> = english.iter().filter(|k| !keys.contains(k)).collect();
        let extra: Vec<_> = keys.iter().filter(|k| !english.contains(k)).collect();
        assert!(
            missing.is_empty(),
            "{}.ftl lacks {missing:?}",
            locale.code()
        );
        assert!(
            extra.is_empty(),
            "{}.ftl has keys English lacks: {extra:?}",
            locale.code()
        );
    }
}

/// Every validation code the domain, the store and the pages produce.
const ERROR_CODES: &[&str] = &[
    "line_unknown_mechanism",
    "line_issue_not_in_exercise",
    "duplicate_mechanism",
    "call_not_mappable",
    "issue_not_in_exercise",
    "unknown_mechanism",
    "duplicate_row",
    "unknown_response",
    "evidence_withheld",
    "passage_withheld",
    "not_a_gap",
    "not_contested",
    "already_referred",
    "not_referred",
    "already_decided",
    "question_needs_options",
    "unknown_meeting",
    "unknown_issue",
    "unknown_call",
    "too_many",
    "missing_columns",
    "too_many_lines",
    "unreadable_line",
    "invalid_line",
    "mapping_file_unreadable",
    "mapping_file_empty",
    "required",
    "issue_title_required",
    "issue_merge_self",
    "response_not_in_call",
    "answer_missing",
    "passage_not_in_answer",
    "issue_not_of_call",
    "issue_merged",
    "theme_not_of_call",
    "theme_closed",
    "theme_merge_self",
    "theme_split_too_small",
    "theme_not_accepted",
    "theme_run_busy",
    "question_not_of_call",
    "topic_source_not_of_body",
    "too_long",
    "control_characters",
    "invalid_language",
    "invalid_date",
    "unknown_value",
    "invalid_acronym",
    "ends_before_start",
    "deadline_before_start",
    "duplicate_acronym",
    "unknown_body",
    "parent_loop",
    "unknown_country",
    "out_of_range",
    "holder_required",
    "observer_without_seat",
    "quota_full",
    "not_eligible",
    "outside_body_dates",
    "unknown_quota",
    "unknown_person",
    "unknown_organization",
    "wrong_group",
    "invalid_url",
    "invalid_transition",
    "invalid_email",
    "password_too_short",
    "password_is_email",
    "duplicate_email",
    "token_invalid",
    "token_used",
    "token_expired",
    "internal",
    "seats_below_members",
    "invalid_time",
    "unknown_time_zone",
    "invalid_symbol",
    "duplicate_symbol",
    "duplicate_item_number",
    "unknown_document",
    "agenda_adopted",
    "registration_closed",
    "duplicate_registration",
    "over_cap",
    "file_empty",
    "file_too_large",
    "file_type_unknown",
    "file_type_mismatch",
    "language_not_issued",
    "meeting_over",
    "not_a_member",
    "not_registered",
    "topic_decided",
    "call_not_draft",
    "call_without_questions",
    "call_closed",
    "answer_required",
    "over_word_limit",
    "too_few_options",
    "not_later",
    "unchanged",
    "too_many_files",
    "import_format",
    "invalid_flag",
    "broken_row",
    "unreadable_file",
    "invalid_encoding",
    "empty_file",
    "too_many_rows",
    "already_imported",
    "invalid_signatory",
    "too_many_signatories",
    "unclosed_bracket",
    "too_deep",
    "empty_alternative",
    "unstable_notation",
    "unopened_bracket",
    "bad_annotation",
    "bad_date",
    "stray_brace",
    "alternative_out_of_order",
    "alternatives_with_text",
    "empty_paragraph",
    "duplicate_number",
    "text_outside_paragraph",
    "bad_number",
    "empty_heading",
    "text_before_alternative",
    "stale_version",
    "no_such_paragraph",
    "status_unchanged",
    "reopen_reason_required",
    "status_backwards",
    "paragraph_bracketed",
    "close_unagreed",
    "pending_required",
    "position_reason_required",
    "text_still_bracketed",
    "formal_objection_stands",
    "silence_too_short",
    "text_adopted",
    "under_silence",
    "seat_not_of_body",
    "secretariat_takes_no_position",
    "paragraph_agreed",
    "invalid_datetime",
    "deletion_has_no_words",
    "handling_reason_required",
    "window_ends_before_start",
    "window_incomplete",
    "meeting_of_another_body",
    "comments_closed",
    "rejection_reason_required",
    "statement_rejected",
    "conversation_not_empty",
    "vote_on_unknown_statement",
    "polis_file_unreadable",
    "no_vote",
];

/// Keys built at run time from a prefix and a code, and the codes each must cover.
fn dynamic_keys() -> Vec<(String, Vec<String>)> {
    use concord_domain::body::{BodyType, DecisionRule, Lifecycle, Openness};
    use concord_domain::composition::Role;
    use concord_domain::drafting::amendment::{AmendmentKind, Handling};
    use concord_domain::drafting::consensus::{
        DecisionMethod, Outcome, ParagraphStatus, SilenceState, Stance,
    };
    use concord_domain::drafting::reading::CommentVisibility;
    use concord_domain::mapping::{
        Access, GapKind, MappingStatus, MechanismKind, Participants, RowState, SnapshotKind,
    };
    use concord_domain::reference::RegionalGroup;
    use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup, SUB_CATEGORIES};
    let codes = |all: Vec<&'static str>| all.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let months: Vec<String> = (1..=12).map(|m| m.to_string()).collect();
    vec![
        (
            "body-type".into(),
            codes(BodyType::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "decision-rule".into(),
            codes(DecisionRule::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "openness".into(),
            codes(Openness::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "lifecycle".into(),
            codes(Lifecycle::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "role".into(),
            codes(Role::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "regional-group".into(),
            codes(RegionalGroup::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "stakeholder-group".into(),
            codes(StakeholderGroup::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "ecosoc".into(),
            codes(EcosocStatus::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "subcategory".into(),
            codes(SUB_CATEGORIES.iter().map(|s| s.code).collect()),
        ),
        ("month".into(), months.clone()),
        (
            "audit".into(),
            codes(vec![
                "text-create",
                "text-revise",
                "text-paragraph-status",
                "text-position",
                "text-decide",
                "text-silence-start",
                "text-silence-broken",
                "text-silence-passed",
                "text-amendment",
                "text-amendment-handling",
                "text-reading",
                "text-comment",
                "text-comment-hide",
                "conversation-create",
                "conversation-statement",
                "conversation-moderate",
                "conversation-import",
                "body-create",
                "body-update",
                "body-lifecycle",
                "seat_quota-create",
                "membership-create",
                "seat_quota-update",
                "membership-update",
                "meeting-create",
                "meeting-update",
                "document-create",
                "meeting-agenda_item",
                "meeting-adopt_agenda",
                "meeting-outcome",
                "meeting-summary",
                "document-attach_file",
                "meeting-register_member",
                "meeting-member_attendance",
                "topic-create",
                "topic-decide",
                "call-create",
                "call-question",
                "call-state",
                "call-extend",
                "response-correct",
                "response-hide",
                "response-show",
                "call-record_response",
                "call-import",
                "response-confirm_signature",
                "call-issue",
                "call-issue_source",
                "call-issue_merge",
                "call-issue_area",
                "call-theme_run",
                "call-theme_accept",
                "call-theme_rename",
                "call-theme_set_aside",
                "call-theme_merge",
                "call-theme_split",
                "call-theme_coding",
            ]),
        ),
        ("error-code".into(), codes(ERROR_CODES.to_vec())),
        (
            "document-type".into(),
            codes(
                concord_domain::document::DocumentType::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "agenda-state".into(),
            codes(
                concord_domain::agenda::AgendaState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "registration-status".into(),
            codes(
                concord_domain::participation::RegistrationStatus::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        ("weekday".into(), (1..=7).map(|d| d.to_string()).collect()),
        (
            "meeting-state".into(),
            codes(
                concord_domain::meeting::MeetingState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "modality".into(),
            codes(
                concord_domain::meeting::Modality::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        ("month-genitive".into(), months),
        (
            "call-state".into(),
            codes(
                concord_domain::call::CallState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "call-move".into(),
            codes(vec!["open", "closed", "compiled"]),
        ),
        (
            "channel".into(),
            codes(
                concord_domain::response::Channel::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "corrected-field".into(),
            codes(
                concord_domain::review::CorrectedField::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "audience".into(),
            codes(
                concord_domain::call::Audience::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "publication".into(),
            codes(
                concord_domain::call::Publication::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "question-kind".into(),
            codes(
                concord_domain::call::QuestionKind::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "respondent-kind".into(),
            codes(
                concord_domain::response::RespondentKind::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "topic-state".into(),
            codes(
                concord_domain::topic::TopicState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "paragraph-status".into(),
            codes(ParagraphStatus::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "search-facet".into(),
            codes(vec![
                "call", "question", "group", "region", "country", "lang", "campaign", "part",
            ]),
        ),
        ("search-part".into(), codes(vec!["answer", "file"])),
        (
            "theme-state".into(),
            codes(
                concord_domain::theme::ThemeState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "theme-run-state".into(),
            codes(
                concord_domain::theme::RunState::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "amendment-kind".into(),
            codes(AmendmentKind::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "amendment-handling".into(),
            codes(Handling::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "comment-visibility".into(),
            codes(CommentVisibility::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "stat-dimension".into(),
            codes(
                concord_domain::statistics::Dimension::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        ("stat-ldc".into(), codes(vec!["yes", "no"])),
        ("stat-developing".into(), codes(vec!["yes", "no"])),
        (
            "stance".into(),
            codes(Stance::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "text-outcome".into(),
            codes(Outcome::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "text-method".into(),
            codes(DecisionMethod::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "silence-state".into(),
            codes(SilenceState::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "text-kind".into(),
            codes(
                concord_domain::drafting::text::TextKind::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect(),
            ),
        ),
        (
            "language".into(),
            codes(concord_domain::document::UN_LANGUAGES.to_vec()),
        ),
        (
            "mapping-status".into(),
            codes(MappingStatus::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "row-state".into(),
            codes(RowState::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "gap-kind".into(),
            codes(GapKind::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "mechanism-kind".into(),
            codes(MechanismKind::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "participants".into(),
            codes(Participants::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "access".into(),
            codes(Access::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "snapshot-kind".into(),
            codes(SnapshotKind::ALL.iter().map(|v| v.code()).collect()),
        ),
        (
            "mail".into(),
            concord_web::letters::LETTER_NAMES
                .iter()
                .flat_map(|name| [format!("{name}-subject"), format!("{name}-body")])
                .collect(),
        ),
    ]
}

/// The string literals that follow `marker` in `text`.
fn literals_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &text[i + marker.len()..];
            let rest = rest.trim_start().strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_owned())
        })
        .collect()
}

/// Every double-quoted string literal in `text` (escapes are rare in keys and are skipped over).
fn all_literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        out.push(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    out
}

fn sources_under(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources_under(&root.join("src"), &mut code);
    sources_under(&root.join("templates"), &mut code);
    let english: BTreeSet<String> = message_keys(
        catalogue_sources()
            .iter()
            .find(|(l, _)| *l == Locale::En)
            .unwrap()
            .1,
        Locale::En,
    )
    .into_iter()
    .collect();

    // Any string literal equal to a key uses it (keys are passed around: `message(t, "…-title")`).
    let mut used: BTreeSet<String> = all_literals(&code)
        .into_iter()
        .filter(|l| english.contains(l))
        .collect();
    for marker in [
        ".get(",
        ".arg(",
        ".count(",
        "NotFound(",
        "BadRequest(",
        "missing(",
        "page_id(&raw,",
        "title:",
        "message:",
        "self.format(",
    ] {
        used.extend(
            literals_after(&code, marker)
                .into_iter()
                .filter(|k| english.contains(k) || k.contains('-')),
        );
    }
    let dynamic = dynamic_keys();
    for (prefix, codes) in &dynamic {
        for code_value in codes {
            used.insert(format!("{prefix}-{code_value}"));
        }
    }
    let missing: Vec<_> = used.iter().filter(|k| !english.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used in the code but missing from en.ftl: {missing:?}"
    );
    let unused: Vec<_> = english.iter().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "keys in en.ftl that no code uses: {unused:?}"
    );
    // The prefixes above are only honest if the code really builds keys from them.
    for (prefix, _) in &dynamic {
        let built = code.contains(&format!("t.code(\"{prefix}\""))
            || code.contains(&format!("\"{prefix}-{{"));
        assert!(built, "no code builds keys from the prefix {prefix}");
    }
}

both_backends!(
    pages_speak_the_visitors_language,
    the_switcher_remembers_the_choice
);

async fn get_with(app: &App, path: &str, name: header::HeaderName, value: &str) -> common::Reply {
    app.send(
        Request::get(path)
            .header(name, value)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

async fn pages_speak_the_visitors_language(app: App) {
    let (id, _) = app.wgec().await;
    let pages = [
        "/".to_owned(),
        "/bodies".into(),
        format!("/bodies/{id}"),
        "/countries".into(),
        "/countries/CH".into(),
        "/events".into(),
        "/people".into(),
        "/organizations".into(),
        "/nowhere".into(),
    ];
    for locale in Locale::ALL {
        for path in &pages {
            let reply = get_with(
                &app,
                path,
                header::COOKIE,
                &format!("concord_lang={}", locale.code()),
            )
            .await;
            let html = &reply.text;
            assert!(
                html.contains(&format!(
                    "<html lang=\"{}\" dir=\"{}\">",
                    locale.code(),
                    locale.dir()
                )),
                "{path} in {}",
                locale.code()
            );
            assert!(html.contains(&format!(
                "<span lang=\"{}\" aria-current=\"true\">{}</span>",
                locale.code(),
                locale.autonym()
            )));
        }
    }
    let arabic = get_with(&app, "/countries/CH", header::COOKIE, "concord_lang=ar")
        .await
        .text;
    assert!(arabic.contains("<h1>سويسرا</h1>"), "Switzerland in Arabic");
    let french = get_with(
        &app,
        "/countries/CH",
        header::ACCEPT_LANGUAGE,
        "fr-CH, fr;q=0.9, en;q=0.5",
    )
    .await
    .text;
    assert!(french.contains("<h1>Suisse</h1>"));
    assert!(french.contains("<html lang=\"fr\""));
    let chinese = get_with(
        &app,
        &format!("/bodies/{id}"),
        header::ACCEPT_LANGUAGE,
        "zh-CN",
    )
    .await
    .text;
    assert!(chinese.contains("2013年3月22日"), "dates in Chinese");
    let russian_404 = get_with(&app, "/bodies/999", header::ACCEPT_LANGUAGE, "ru").await;
    assert_eq!(russian_404.status, StatusCode::NOT_FOUND);
    assert!(russian_404.text.contains("<html lang=\"ru\""));
    // The user's own content keeps its language.
    let spanish = get_with(
        &app,
        &format!("/bodies/{id}"),
        header::COOKIE,
        "concord_lang=es",
    )
    .await
    .text;
    assert!(spanish
        .contains("<span lang=\"en\" dir=\"auto\">Working Group on Enhanced Cooperation</span>"));
}

async fn the_switcher_remembers_the_choice(app: App) {
    let reply = app.get("/language/ar?next=/bodies%3Fx%3D1").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.headers[header::LOCATION], "/bodies?x=1");
    let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("concord_lang=ar;")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let elsewhere = app.get("/language/fr?next=//evil.example/").await;
    assert_eq!(
        elsewhere.headers[header::LOCATION],
        "/",
        "never a redirect off the site"
    );
    assert_eq!(app.get("/language/de").await.status, StatusCode::NOT_FOUND);
    // The cookie wins over the browser's languages.
    let reply = app
        .send(
            Request::get("/")
                .header(header::COOKIE, "concord_lang=es")
                .header(header::ACCEPT_LANGUAGE, "ru")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(reply.text.contains("<html lang=\"es\""));
}
