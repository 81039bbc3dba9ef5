//! Compiling and reviewing a call's responses through the real pages: issues recorded from the
//! exact passages that raised them, likely duplicates offered before a new issue is recorded,
//! merges that keep every source, broad areas as a trail, and who raised each issue by
//! stakeholder and regional group.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{signed_in, App, Browser};

both_backends!(
    issues_keep_their_sources_through_duplicates_and_merges,
    bad_issue_input_is_named_and_changes_nothing,
);

/// An open call of `body` with one free-text question; returns its path.
pub async fn open_free_text_call(admin: &mut Browser<'_>, body: i64) -> String {
    let created = admin
        .post(
            &format!("/bodies/{body}/calls/new"),
            &[
                ("title", "Questionnaire on enhanced cooperation"),
                ("lang", "en"),
                ("opens_on", "2013-05-31"),
                ("closes_on", "2099-08-15"),
                ("closes_time", "23:59"),
                ("time_zone", "Europe/Zurich"),
                ("audience", "confirmed_email"),
                ("publication", "with_consent"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let call = created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
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
    let mut fields = vec![
        ("kind", "organization"),
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
    app.store.policy_issues(id).await.unwrap().len()
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
