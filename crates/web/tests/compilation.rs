//! Compiling and reviewing a call's responses through the real pages: issues recorded from the
//! exact passages that raised them, likely duplicates offered before a new issue is recorded,
//! merges that keep every source, broad areas as a trail, and who raised each issue by
//! stakeholder and regional group; themes suggested in the background, accepted and coding the
//! answers, with a person's corrections; divergence between groups; full-text search.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{signed_in, App, Browser};
use concord_domain::ids::CallId;

both_backends!(
    issues_keep_their_sources_through_duplicates_and_merges,
    bad_issue_input_is_named_and_changes_nothing,
    themes_are_suggested_in_the_background_then_accepted_and_code_the_answers,
    divergence_shows_which_groups_raise_what,
    search_finds_answers_in_six_languages_with_facets_and_highlights,
);

/// An open call of `body` with one free-text question; returns its path.
pub async fn open_free_text_call(admin: &mut Browser<'_>, body: i64) -> String {
    let call = common::create_call(admin, body, "2099-08-15").await;
    let added = admin
        .post(
            &format!("{call}/questions/new"),
            &[
                ("label", "4"),
                (
                    "text",
                    "What are the relevant international public policy issues pertaining to the Internet?",
                ),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let opened = admin
        .post(&format!("{call}/state"), &[("state", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    call
}

/// Submits a response as a new account and returns its reference.
pub async fn answer(
    app: &App,
    call: &str,
    who: &str,
    (group, country, lang): (&str, &str, &str),
    text: &str,
    publish: bool,
) -> String {
    let (mut browser, _) = signed_in(app, who, false, None).await;
    let respond = format!("{call}/respond");
    let form = browser.get(&respond).await.text;
    let field = form
        .match_indices("name=\"q")
        .map(|(i, _)| form[i + 6..].split('"').next().unwrap().to_owned())
        .next()
        .unwrap();
    let kind = if group == "government" {
        "government"
    } else {
        "organization"
    };
    let mut fields = vec![
        ("kind", kind),
        ("name", who),
        ("stakeholder_group", group),
        ("country", country),
        ("lang", lang),
        (field.as_str(), text),
        ("action", "submit"),
    ];
    if publish {
        fields.push(("consent_publish", "true"));
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

/// How many issues the call has, merged ones included, as stored.
async fn issue_count(app: &App, call: &str) -> usize {
    use concord_store::PolicyIssueStore;
    let id: i64 = call.rsplit('/').next().unwrap().parse().unwrap();
    app.store.policy_issues(CallId(id)).await.unwrap().len()
}

/// The link a page gives to record an issue from an answer.
fn record_link(page: &str) -> String {
    let at = page
        .find("/issues/new?")
        .unwrap_or_else(|| panic!("no link to record an issue: {page}"));
    let start = page[..at].rfind('"').unwrap() + 1;
    let end = at + page[at..].find('"').unwrap();
    page[start..end].replace("&amp;", "&").replace("&#38;", "&")
}

/// The hidden fields of the recording form.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = page.find(&marker).unwrap() + marker.len();
    page[at..].split('"').next().unwrap().to_owned()
}

const PRIVACY: &str = "Capacity matters.\n\nThe protection of personal data and privacy\nonline is a public policy issue for every government.";
const DATA: &str = "We see a gap: privacy online and the protection of personal data across borders need international cooperation.";
const SPECTRUM: &str = "Allocation of radio spectrum for rural broadband should be discussed.";

async fn issues_keep_their_sources_through_duplicates_and_merges(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_free_text_call(&mut admin, body).await;
    let apc = answer(
        &app,
        &call,
        "APC",
        ("civil_society", "ZA", "en"),
        PRIVACY,
        true,
    )
    .await;
    let icc = answer(
        &app,
        &call,
        "ICC",
        ("private_sector", "FR", "en"),
        DATA,
        true,
    )
    .await;
    let quiet = answer(
        &app,
        &call,
        "Quiet",
        ("civil_society", "IN", "en"),
        SPECTRUM,
        false,
    )
    .await;

    // From the answer, through the link under it, to a new issue: the passage is found even
    // with its line break pasted as a space.
    let page = admin.get(&format!("{call}/responses/{apc}")).await.text;
    let form_path = record_link(&page);
    let form = admin.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    assert!(form.text.contains("The protection of personal data"));
    let question = hidden(&form.text, "question");
    let recorded = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", apc.as_str()),
                ("question", question.as_str()),
                (
                    "passage",
                    "The protection of personal data and privacy   online",
                ),
                ("title", "Privacy and data protection"),
                ("area", "Human rights"),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    assert_eq!(
        recorded.headers[header::LOCATION].to_str().unwrap(),
        format!("{call}/issues/1")
    );

    // A second response raising the same issue: Concord offers I1 before recording a new one.
    let offered = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", icc.as_str()),
                ("question", question.as_str()),
                (
                    "passage",
                    "privacy online and the protection of personal data",
                ),
                ("title", "Protection of personal data and privacy"),
            ],
        )
        .await;
    assert_eq!(offered.status, StatusCode::OK, "{}", offered.text);
    assert!(
        offered
            .text
            .contains("Issues already recorded that look alike"),
        "{}",
        offered.text
    );
    assert!(offered
        .text
        .contains("I1</a> <span dir=\"auto\">Privacy and data protection"));
    assert_eq!(
        issue_count(&app, &call).await,
        1,
        "nothing recorded before the person chooses"
    );
    let issue_id = hidden(&offered.text, "issue");
    let added = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", icc.as_str()),
                ("question", question.as_str()),
                (
                    "passage",
                    "privacy online and the protection of personal data",
                ),
                ("issue", issue_id.as_str()),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);

    // A different issue from a response that is not published.
    let spectrum = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", quiet.as_str()),
                ("question", question.as_str()),
                (
                    "passage",
                    "Allocation of radio spectrum for rural broadband",
                ),
                ("title", "Spectrum for rural broadband"),
                ("area", "Infrastructure"),
            ],
        )
        .await;
    assert_eq!(spectrum.status, StatusCode::SEE_OTHER, "{}", spectrum.text);

    // The public list: who raised what, by group and region, each response once.
    let mut public = Browser::new(&app);
    let list = public.get(&format!("{call}/issues")).await.text;
    let row = |n: u32| {
        let at = list.find(&format!("id=\"issue-{n}\"")).unwrap();
        list[at..at + list[at..].find("</tr>").unwrap()].to_owned()
    };
    let first = row(1);
    assert!(first.contains("<td class=\"num\">2</td>"), "{first}");
    assert!(
        first.contains("Civil society 1") && first.contains("Private sector 1"),
        "{first}"
    );
    assert!(
        first.contains("African States 1") && first.contains("Western European and other States 1"),
        "{first}"
    );
    assert!(row(2).contains("<td class=\"num\">1</td>"));
    assert!(list.contains("Human rights") && list.contains("Infrastructure"));
    let only = public
        .get(&format!("{call}/issues?area=Infrastructure"))
        .await
        .text;
    assert!(only.contains("id=\"issue-2\"") && !only.contains("id=\"issue-1\""));

    // The public reads the published passages with their link to the answer; the withheld one is
    // counted but not shown.
    let first = public.get(&format!("{call}/issues/1")).await.text;
    assert!(
        first.contains("The protection of personal data and privacy\nonline"),
        "{first}"
    );
    assert!(first.contains(&format!("{call}/responses/{icc}#q-{question}")));
    let second = public.get(&format!("{call}/issues/2")).await.text;
    assert!(
        second.contains("A response that is not published"),
        "{second}"
    );
    assert!(!second.contains("radio spectrum"));
    assert!(!second.contains("/merge\""), "no merge form for the public");

    // Merging keeps every source: I1 now counts all three responses; I2 points to I1.
    let refused = admin
        .post(
            &format!("{call}/issues/2/merge"),
            &[("into", issue_id.as_str())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("This field is required"),
        "{}",
        refused.text
    );
    let merged = admin
        .post(
            &format!("{call}/issues/2/merge"),
            &[
                ("into", issue_id.as_str()),
                ("reason", "Both concern rules for the online environment"),
            ],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.text);
    let list = public.get(&format!("{call}/issues")).await.text;
    let at = list.find("id=\"issue-1\"").unwrap();
    let first = &list[at..at + list[at..].find("</tr>").unwrap()];
    assert!(first.contains("<td class=\"num\">3</td>"), "{first}");
    assert!(first.contains("Civil society 2"), "{first}");
    assert!(
        !list.contains("id=\"issue-2\""),
        "a merged issue leaves the list"
    );
    assert!(list.contains("Issues merged into others"));
    let second = public.get(&format!("{call}/issues/2")).await.text;
    assert!(second.contains("This issue was merged into I1"), "{second}");
    let first = admin.get(&format!("{call}/issues/1")).await.text;
    assert!(first.contains("Allocation of radio spectrum for rural broadband"));
    assert!(first.contains("recorded under I2"));

    // A new area, kept as a trail.
    let sorted = admin
        .post(&format!("{call}/issues/1/area"), &[("area", "Security")])
        .await;
    assert_eq!(sorted.status, StatusCode::SEE_OTHER, "{}", sorted.text);
    let first = public.get(&format!("{call}/issues/1")).await.text;
    assert!(first.contains("Areas over time"));
    assert!(
        first.contains("Security —") && first.contains("Human rights —"),
        "{first}"
    );
}

async fn bad_issue_input_is_named_and_changes_nothing(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_free_text_call(&mut admin, body).await;
    let apc = answer(
        &app,
        &call,
        "APC",
        ("civil_society", "ZA", "en"),
        PRIVACY,
        true,
    )
    .await;
    let page = admin.get(&format!("{call}/responses/{apc}")).await.text;
    let form = admin.get(&record_link(&page)).await.text;
    let question = hidden(&form, "question");

    let not_there = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", apc.as_str()),
                ("question", question.as_str()),
                ("passage", "words nobody wrote"),
                ("title", "Invented"),
            ],
        )
        .await;
    assert_eq!(not_there.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(not_there.text.contains("The passage is not in this answer"));
    let untitled = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", apc.as_str()),
                ("question", question.as_str()),
                ("passage", "Capacity matters."),
            ],
        )
        .await;
    assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(untitled.text.contains("Give the new issue a title"));
    admin.headers.push((header::ACCEPT_LANGUAGE, "fr".into()));
    let french = admin
        .post(
            &format!("{call}/issues"),
            &[
                ("response", apc.as_str()),
                ("question", question.as_str()),
                ("passage", "Capacity matters."),
            ],
        )
        .await;
    admin.headers.clear();
    assert!(
        french
            .text
            .contains("Donnez un titre à la nouvelle question"),
        "translated: {}",
        french.text
    );
    assert_eq!(issue_count(&app, &call).await, 0);
    let list = Browser::new(&app).get(&format!("{call}/issues")).await.text;
    assert!(list.contains("No issue has been recorded yet."));

    // Only those who compile may record: the public is sent to sign in, a respondent is refused.
    let mut public = Browser::new(&app);
    let anonymous = public.get(&record_link(&page)).await;
    assert_ne!(anonymous.status, StatusCode::OK);
    let (mut respondent, _) = signed_in(&app, "someone", false, None).await;
    let refused = respondent
        .post(
            &format!("{call}/issues"),
            &[
                ("response", apc.as_str()),
                ("question", question.as_str()),
                ("passage", "Capacity matters."),
                ("title", "Capacity"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(issue_count(&app, &call).await, 0);
}

/// Eight answers on two subjects: capacity building (governments of Africa and Asia) and
/// privacy (civil society of Latin America and Europe). Returns their references.
async fn two_subjects(app: &App, call: &str) -> (Vec<String>, Vec<String>) {
    let capacity = [
        "Capacity building and training for developing countries must come first; skills and training programmes for officials.",
        "Developing countries need capacity building: training of regulators, skills for officials and programmes of training.",
        "We ask for training programmes and capacity building so that developing countries build skills in regulation.",
        "Capacity building for developing countries, with training and skills, is how they take part on an equal footing.",
    ];
    let privacy = [
        "Privacy and the protection of personal data online; mass surveillance threatens human rights.",
        "Surveillance of personal data undermines privacy, a human right that needs protection online.",
        "Human rights online start with privacy: protection of personal data against surveillance.",
        "Protection of privacy and personal data from surveillance is a human rights question.",
    ];
    let mut governments = Vec::new();
    for (i, text) in capacity.iter().enumerate() {
        let country = if i % 2 == 0 { "KE" } else { "IN" };
        governments.push(
            answer(
                app,
                call,
                &format!("ministry-{i}"),
                ("government", country, "en"),
                text,
                true,
            )
            .await,
        );
    }
    let mut civil = Vec::new();
    for (i, text) in privacy.iter().enumerate() {
        let country = if i % 2 == 0 { "BR" } else { "FR" };
        civil.push(
            answer(
                app,
                call,
                &format!("network-{i}"),
                ("civil_society", country, "en"),
                text,
                true,
            )
            .await,
        );
    }
    (governments, civil)
}

/// Runs the background jobs due, as the server's worker does.
async fn run_jobs(app: &App) {
    while concord_web::jobs::work_once(
        &app.store,
        &concord_web::mail::OutboxOnly,
        "http://concord.test",
    )
    .await
    .unwrap()
    {}
}

async fn themes_are_suggested_in_the_background_then_accepted_and_code_the_answers(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_free_text_call(&mut admin, body).await;
    let (governments, civil) = two_subjects(&app, &call).await;

    let requested = admin
        .post(&format!("{call}/themes"), &[("question", "")])
        .await;
    assert_eq!(
        requested.status,
        StatusCode::SEE_OTHER,
        "{}",
        requested.text
    );
    // Queued: the page says so and comes back by itself.
    let waiting = admin.get(&format!("{call}/themes")).await;
    assert!(
        waiting.text.contains("Themes are waiting to be computed."),
        "{}",
        waiting.text
    );
    assert_eq!(waiting.headers[header::REFRESH], "3");
    let again = admin
        .post(&format!("{call}/themes"), &[("question", "")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("already being computed"));

    run_jobs(&app).await;
    let page = admin.get(&format!("{call}/themes")).await;
    assert!(page.headers.get(header::REFRESH).is_none());
    assert!(
        page.text.contains(
            "The last suggestion read 8 answers (The whole call) and suggested 2 themes."
        ),
        "{}",
        page.text
    );
    // Each suggested theme is explained by words people wrote and by excerpts.
    let first = page.text.split("id=\"theme-1\"").nth(1).unwrap();
    let first = &first[..first.find("</article>").unwrap()];
    let second = page.text.split("id=\"theme-2\"").nth(1).unwrap();
    let second = &second[..second.find("</article>").unwrap()];
    let (capacity, privacy) = if first.contains("training") {
        (first, second)
    } else {
        (second, first)
    };
    assert!(
        capacity.contains("training") && capacity.contains("4 answers grouped here"),
        "{capacity}"
    );
    assert!(
        privacy.contains("privacy") && privacy.contains("surveillance"),
        "{privacy}"
    );
    assert!(
        capacity.contains("<q dir=\"auto\">"),
        "representative excerpts"
    );
    let capacity_number = if first.contains("training") { "1" } else { "2" };
    let privacy_number = if capacity_number == "1" { "2" } else { "1" };

    // The public sees no suggestion, only accepted themes.
    let mut public = Browser::new(&app);
    let public_page = public.get(&format!("{call}/themes")).await.text;
    assert!(public_page.contains("No theme has been accepted yet."));
    assert!(!public_page.contains("surveillance"));

    // Accepting codes the answers; renaming keeps the coding.
    let accepted = admin
        .post(
            &format!("{call}/themes/{capacity_number}"),
            &[("action", "accept"), ("label", "Capacity building")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.text);
    let accepted = admin
        .post(
            &format!("{call}/themes/{privacy_number}"),
            &[("action", "accept"), ("label", "Privacy")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let theme = public
        .get(&format!("{call}/themes/{capacity_number}"))
        .await
        .text;
    for reference in &governments {
        assert!(
            theme.contains(&format!("id=\"coded-{reference}\"")),
            "{reference}: {theme}"
        );
    }
    for reference in &civil {
        assert!(!theme.contains(&format!("id=\"coded-{reference}\"")));
    }
    assert!(theme.contains("coded by computation"));

    // A person corrects a coding, with a reason; a bad correction is named.
    let no_reason = admin
        .post(
            &format!("{call}/themes/{capacity_number}/coding"),
            &[("response", civil[0].as_str()), ("applied", "yes")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let corrected = admin
        .post(
            &format!("{call}/themes/{capacity_number}/coding"),
            &[
                ("response", civil[0].as_str()),
                ("applied", "yes"),
                ("reason", "Also asks for training in data protection"),
            ],
        )
        .await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.text
    );
    let removed = admin
        .post(
            &format!("{call}/themes/{capacity_number}/coding"),
            &[
                ("response", governments[0].as_str()),
                ("applied", "no"),
                ("reason", "Speaks of regulation, not of capacity"),
            ],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let theme = public
        .get(&format!("{call}/themes/{capacity_number}"))
        .await
        .text;
    assert!(theme.contains(&format!("id=\"coded-{}\"", civil[0])));
    assert!(theme.contains("Also asks for training in data protection"));
    assert!(!theme.contains(&format!("id=\"coded-{}\"", governments[0])));
    // An accepted theme is renamed; its coding stays.
    let renamed = admin
        .post(
            &format!("{call}/themes/{capacity_number}"),
            &[
                ("action", "rename"),
                ("label", "Capacity building and training"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.text);
    let theme = public
        .get(&format!("{call}/themes/{capacity_number}"))
        .await
        .text;
    assert!(theme.contains("Capacity building and training"));
    assert!(theme.contains(&format!("id=\"coded-{}\"", civil[0])));
    // A later computation does not undo the person's work.
    let renamed = admin
        .post(
            &format!("{call}/themes/{privacy_number}"),
            &[("action", "merge"), ("into", "")],
        )
        .await;
    assert_eq!(
        renamed.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "merging needs a target"
    );
    let themes = admin.get(&format!("{call}/themes")).await.text;
    assert!(
        themes.contains("<td class=\"num\">4</td>"),
        "capacity: 3 computed + 1 person: {themes}"
    );
    let theme = public
        .get(&format!("{call}/themes/{capacity_number}"))
        .await
        .text;
    assert!(!theme.contains(&format!("id=\"coded-{}\"", governments[0])));
}

async fn divergence_shows_which_groups_raise_what(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_free_text_call(&mut admin, body).await;
    let (governments, civil) = two_subjects(&app, &call).await;
    let empty = Browser::new(&app)
        .get(&format!("{call}/divergence"))
        .await
        .text;
    assert!(empty.contains("No issue has been recorded and no theme accepted yet."));
    // One issue raised by two governments only.
    let page = admin
        .get(&format!("{call}/responses/{}", governments[0]))
        .await
        .text;
    let form = admin.get(&record_link(&page)).await.text;
    let question = hidden(&form, "question");
    for (i, reference) in governments.iter().take(2).enumerate() {
        let mut fields = vec![
            ("response", reference.as_str()),
            ("question", question.as_str()),
            ("passage", "training"),
        ];
        if i == 0 {
            fields.push(("title", "Capacity of developing countries"));
        } else {
            fields.push(("issue", "1"));
        }
        let recorded = admin.post(&format!("{call}/issues"), &fields).await;
        assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    }
    let _ = civil;
    let page = Browser::new(&app)
        .get(&format!("{call}/divergence"))
        .await
        .text;
    let row = page.split("I1</a>").nth(1).unwrap();
    let row = &row[..row.find("</tr>").unwrap()];
    // Civil society 0 %, governments 50 %; divergence above zero; spread 50 points.
    assert!(
        row.contains("<td class=\"num\">0%</td><td class=\"num\">50%</td>"),
        "{row}"
    );
    assert!(row.ends_with("<td class=\"num\">50</td>"), "{row}");
    assert!(
        page.contains("1. Civil society <span class=\"count\">(4)</span>"),
        "{page}"
    );
    assert!(page.contains("<svg class=\"heatmap\" role=\"img\""));
    let by_region = Browser::new(&app)
        .get(&format!("{call}/divergence?by=region"))
        .await
        .text;
    assert!(by_region.contains("African States"), "{by_region}");
}

async fn search_finds_answers_in_six_languages_with_facets_and_highlights(app: App) {
    let (mut admin, _) = signed_in(&app, "secretariat", true, None).await;
    let (body, _) = app.wgec().await;
    let call = open_free_text_call(&mut admin, body).await;
    let (_, civil) = two_subjects(&app, &call).await;
    let arabic = answer(
        &app,
        &call,
        "arab-network",
        ("civil_society", "EG", "ar"),
        "حماية الخصوصية على الإنترنت مسؤولية الحكومات",
        true,
    )
    .await;
    let chinese = answer(
        &app,
        &call,
        "chinese-institute",
        ("technical_academic", "CN", "zh"),
        "发展中国家需要加强能力建设和人员培训",
        true,
    )
    .await;
    let hidden_one = answer(
        &app,
        &call,
        "Withheld",
        ("civil_society", "DE", "en"),
        "Surveillance capitalism is our only subject.",
        false,
    )
    .await;

    let mut public = Browser::new(&app);
    let page = public.get("/search?q=surveillance").await.text;
    assert!(page.contains("4 results."), "{page}");
    assert!(
        page.contains("<mark>surveillance</mark>") || page.contains("<mark>Surveillance</mark>"),
        "{page}"
    );
    assert!(
        !page.contains(&hidden_one),
        "the public never finds a withheld answer"
    );
    let reviewed = admin.get("/search?q=capitalism").await.text;
    assert!(
        reviewed.contains(&format!("/responses/{hidden_one}#q-")),
        "the secretariat finds it: {reviewed}"
    );
    assert!(page.contains(&format!("/responses/{}#q-", civil[0])));
    // Stemming: "protecting" finds "protection".
    let stemmed = public.get("/search?q=protecting").await.text;
    assert!(stemmed.contains("4 results."), "{stemmed}");
    // A phrase, an exclusion and OR.
    let phrase = public
        .get("/search?q=%22personal+data%22+-surveillance")
        .await
        .text;
    assert!(
        phrase.contains("Nothing found."),
        "every answer on personal data speaks of surveillance: {phrase}"
    );
    let either = public.get("/search?q=surveillance+OR+training").await.text;
    assert!(either.contains("8 results."), "{either}");
    // Arabic without its article and Chinese inside a sentence.
    let arabic_page = public
        .get(&format!("/search?q={}", common::encode("الخصوصية")))
        .await
        .text;
    assert!(
        arabic_page.contains(&format!("/responses/{arabic}#q-")),
        "{arabic_page}"
    );
    let chinese_page = public
        .get(&format!("/search?q={}", common::encode("能力建设")))
        .await
        .text;
    assert!(
        chinese_page.contains(&format!("/responses/{chinese}#q-")),
        "{chinese_page}"
    );
    // Facets: counts per group, and a link that narrows.
    let all = public
        .get("/search?q=privacy+OR+surveillance+OR+training")
        .await
        .text;
    assert!(all.contains("Stakeholder group"), "{all}");
    let narrowed = public
        .get("/search?q=privacy+OR+surveillance+OR+training&group=government")
        .await
        .text;
    assert!(narrowed.contains("4 results."), "{narrowed}");
    assert!(narrowed.contains(">Any</a>"), "a way back");
    let region = public.get("/search?q=training&region=AFR").await.text;
    assert!(region.contains("2 results."), "{region}");
    // Bad queries are read as well as they can be, never refused.
    for query in [
        "%22unbalanced+quote",
        "OR+OR+-",
        "AND",
        "%E0%B8%AA%E0%B8%A7%E0%B8%B1%E0%B8%AA%E0%B8%94%E0%B8%B5",
        "",
    ] {
        let reply = public.get(&format!("/search?q={query}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{query}");
    }
    let unbalanced = public.get("/search?q=%22personal+data").await.text;
    assert!(
        unbalanced.contains("4 results."),
        "the phrase runs to the end: {unbalanced}"
    );
    // New answers are found once indexed: the search waits for the rebuild.
    let late = answer(
        &app,
        &call,
        "Late",
        ("civil_society", "BR", "en"),
        "Encryption matters.",
        true,
    )
    .await;
    let found = public.get("/search?q=encryption").await.text;
    assert!(found.contains(&format!("/responses/{late}#q-")), "{found}");
    assert!(
        found.contains("1 result") || found.contains("One result."),
        "{found}"
    );
    // Hidden with a reason, it is no longer found; the rest still is.
    let hidden = admin
        .post(
            &format!("{call}/responses/{late}/moderate"),
            &[("action", "hide"), ("reason", "Posted twice")],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER, "{}", hidden.text);
    let gone = public.get("/search?q=encryption").await.text;
    assert!(gone.contains("Nothing found."), "{gone}");
    let still = public.get("/search?q=surveillance").await.text;
    assert!(still.contains("4 results."), "{still}");

    // A new version replaces the old one in the index, without a rebuild.
    let (mut editor, _) = signed_in(&app, "editor", false, None).await;
    let respond = format!("{call}/respond");
    let form = editor.get(&respond).await.text;
    let field = form
        .match_indices("name=\"q")
        .map(|(i, _)| form[i + 6..].split('"').next().unwrap().to_owned())
        .next()
        .unwrap();
    for text in [
        "Quantum networking deserves attention.",
        "Satellite broadband deserves attention.",
    ] {
        let sent = editor
            .post(
                &respond,
                &[
                    ("kind", "organization"),
                    ("name", "Editor"),
                    ("stakeholder_group", "civil_society"),
                    ("country", "CL"),
                    ("lang", "en"),
                    (field.as_str(), text),
                    ("consent_publish", "true"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
        let word = text.split(' ').next().unwrap();
        let found = public.get(&format!("/search?q={word}")).await.text;
        assert!(found.contains("One result."), "{word}: {found}");
    }
    let old = public.get("/search?q=quantum").await.text;
    assert!(
        old.contains("Nothing found."),
        "the first version is gone: {old}"
    );

    // A letter received on paper: its file's text is found by the secretariat, not the public.
    let record = format!("{call}/record");
    let form = admin.get(&record).await.text;
    let field = form
        .match_indices("name=\"q")
        .map(|(i, _)| form[i + 6..].split('"').next().unwrap().to_owned())
        .next()
        .unwrap();
    let letter = common::samples::pdf("Geostationary orbit slots are scarce");
    let recorded = admin
        .post_file(
            &record,
            &[
                ("kind", "government"),
                ("name", "Ministry of Communications"),
                ("country", "CO"),
                ("lang", "en"),
                (field.as_str(), "See the attached letter."),
                ("consent_publish", "true"),
                ("consent_cite", "true"),
                ("channel", "paper"),
                ("received_on", "2013-08-14"),
            ],
            ("file", "letter.pdf", &letter),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    let hidden_file = public.get("/search?q=geostationary").await.text;
    assert!(hidden_file.contains("Nothing found."), "{hidden_file}");
    let seen = admin.get("/search?q=geostationary").await.text;
    assert!(seen.contains("One result."), "{seen}");
    assert!(seen.contains("File “letter.pdf”"), "{seen}");
    assert!(seen.contains("<mark>Geostationary</mark>"), "{seen}");
}
