//! An illustrative compilation of the demonstration call, as the WGEC's task force did in 2013
//! (483 issues from 69 responses, merged to about 200, sorted into 24 broad areas; §2 of the
//! research note), on a small scale: nine responses written for the demonstration, from each
//! stakeholder group and five regions, one of them not published; fourteen issues recorded from
//! exact passages of their answers, most raised by several responses; one issue merged into
//! another as a duplicate; six broad areas, one issue moved from one area to another; and a small
//! form-letter campaign (one letter sent by three campaigners, two with a sentence of their own).
//!
//! The respondents are placeholders ("Illustrative government A"…) and their answers are no
//! one's words; they paraphrase positions common in the 2013 responses. Everything goes through
//! the same forms and rules as user input: the submission form, the issue form, the store.

use concord_domain::policy_issue::IssueForm;
use concord_domain::response::{Channel, SubmissionForm};
use concord_domain::theme::ThemeChange;
use concord_store::{
    AuditActor, CallStore, Mails, PolicyIssueStore, ResponseStore, SaveRequest, Store, ThemeStore,
};

/// A respondent of the demonstration: kind, name, stakeholder group, country, whether the
/// response may be published, whether its author may be cited, and its answers by question
/// label.
struct Respondent {
    kind: &'static str,
    name: &'static str,
    group: &'static str,
    country: &'static str,
    publish: bool,
    cite: bool,
    answers: &'static [(&'static str, &'static str)],
}

const A: &str = "Illustrative government A";
const B: &str = "Illustrative civil society network B";
const C: &str = "Illustrative business association C";
const D: &str = "Illustrative university institute D";
const E: &str = "Illustrative government E";
const F: &str = "Illustrative respondent F";
const G: &str = "Illustrative campaigner G";
const H: &str = "Illustrative campaigner H";
const K: &str = "Illustrative campaigner K";

/// An illustrative form letter: sent as it is by one campaigner and with a sentence of their
/// own by two others, so that the question's page shows one campaign of three.
const LETTER: &str = "We write as members of the illustrative campaign for an open Internet. Enhanced cooperation should keep the Internet open, interoperable and free of fragmentation. Governments should cooperate with all stakeholders on an equal footing, in existing forums, before any new mechanism is created. Decisions about public policy should be taken in the open, with every document published and every stakeholder able to comment. We ask the Working Group to recommend that the Internet Governance Forum be strengthened and funded, so that people everywhere can take part.";
const LETTER_WITH_SCHOOL: &str = "I teach in a rural school with a slow connection. We write as members of the illustrative campaign for an open Internet. Enhanced cooperation should keep the Internet open, interoperable and free of fragmentation. Governments should cooperate with all stakeholders on an equal footing, in existing forums, before any new mechanism is created. Decisions about public policy should be taken in the open, with every document published and every stakeholder able to comment. We ask the Working Group to recommend that the Internet Governance Forum be strengthened and funded, so that people everywhere can take part.";
const LETTER_WITH_LIBRARY: &str = "We write as members of the illustrative campaign for an open Internet. Enhanced cooperation should keep the Internet open, interoperable and free of fragmentation. Governments should cooperate with all stakeholders on an equal footing, in existing forums, before any new mechanism is created. Decisions about public policy should be taken in the open, with every document published and every stakeholder able to comment. We ask the Working Group to recommend that the Internet Governance Forum be strengthened and funded, so that people everywhere can take part. Our public library depends on it.";

const RESPONDENTS: &[Respondent] = &[
    Respondent {
        kind: "person",
        name: G,
        group: "civil_society",
        country: "AR",
        publish: true,
        cite: true,
        answers: &[("1", "Non-Government"), ("6", LETTER)],
    },
    Respondent {
        kind: "person",
        name: H,
        group: "civil_society",
        country: "GH",
        publish: true,
        cite: true,
        answers: &[("1", "Non-Government"), ("6", LETTER_WITH_SCHOOL)],
    },
    Respondent {
        kind: "person",
        name: K,
        group: "civil_society",
        country: "PH",
        publish: true,
        cite: true,
        answers: &[("1", "Non-Government"), ("6", LETTER_WITH_LIBRARY)],
    },
    Respondent {
        kind: "government",
        name: A,
        group: "government",
        country: "KE",
        publish: true,
        cite: true,
        answers: &[
            ("1", "Government"),
            ("4", "For developing countries the first issue is affordable access: the cost of international connectivity is still borne by the countries that connect to the major exchange points, and the digital divide widens as a result.\n\nCybercrime crosses borders faster than our cooperation does, and we need agreed ways to request evidence held abroad.\n\nThe coordination and management of critical Internet resources, including the oversight of the IANA functions, should be a matter for all governments on an equal footing."),
            ("10", "Through capacity building, so that our delegations and our experts can follow the many technical and policy forums where decisions are taken. Meetings should also be held in developing regions."),
        ],
    },
    Respondent {
        kind: "organization",
        name: B,
        group: "civil_society",
        country: "BR",
        publish: true,
        cite: true,
        answers: &[
            ("1", "Non-Government"),
            ("4", "Human rights apply online as they do offline. Freedom of expression online is threatened by blocking and filtering without judicial oversight. The protection of personal data and privacy, including against mass surveillance, is an international public policy issue. Meaningful and affordable access for women, rural communities and persons with disabilities remains out of reach for billions."),
            ("11", "Civil society organisations from the South rarely have the funds to attend meetings in Geneva or New York. Travel support, remote participation and training for newcomers would lower the barrier."),
        ],
    },
    Respondent {
        kind: "organization",
        name: C,
        group: "private_sector",
        country: "DE",
        publish: true,
        cite: true,
        answers: &[
            ("1", "Non-Government"),
            ("4", "Businesses need legal certainty when they operate across borders: which jurisdiction applies and which law governs a dispute with a customer in another country. Data should flow across borders, and personal data sent across borders should be protected by compatible rules. Consumer protection in electronic commerce, the security of networks against attacks, and the deployment of IPv6 all call for cooperation among governments and industry."),
        ],
    },
    Respondent {
        kind: "organization",
        name: D,
        group: "technical_academic",
        country: "JP",
        publish: true,
        cite: true,
        answers: &[
            ("1", "Non-Government"),
            ("4", "The transition to IPv6 is slow in many regions and deserves attention beyond the technical community. Internationalized domain names and content in local languages matter to users who do not read the Latin script. Spam and malware still burden networks in developing countries, which can least afford the bandwidth. Most of these issues are already handled by existing organizations; the question is whether the gaps are known."),
        ],
    },
    Respondent {
        kind: "government",
        name: E,
        group: "government",
        country: "ID",
        publish: false,
        cite: false,
        answers: &[
            ("1", "Government"),
            ("4", "International Internet connectivity charges weigh on developing countries. Taxation of cross-border digital services is a growing concern for revenue authorities. Our law enforcement agencies need faster mutual legal assistance against cybercrime. Conflicts of jurisdiction over online services should be settled under international law."),
            ("6", "Governments should take part in the coordination and management of critical Internet resources on an equal footing, through an intergovernmental mechanism that consults all stakeholders."),
        ],
    },
    Respondent {
        kind: "person",
        name: F,
        group: "civil_society",
        country: "PL",
        publish: true,
        cite: false,
        answers: &[
            ("1", "Non-Government"),
            ("4", "Privacy online, freedom of expression and access to information are the issues I hear about most from users. Multilingual and local content should grow."),
            ("11", "The vocabulary and the number of forums keep newcomers out; capacity building for them, in their languages, is the first step."),
        ],
    },
];

/// How a passage is recorded: as a new issue (title, broad area), or added to the issue of that
/// number.
enum To {
    New(&'static str, &'static str),
    Issue(usize),
}

/// The passages recorded, in order: respondent, question label, passage, where it goes. Issue
/// numbers follow the order of the new ones (I1, I2…).
const PASSAGES: &[(&str, &str, &str, To)] = &[
    (A, "4", "affordable access", To::New("Affordable access and the digital divide", DEVELOPMENT)),
    (A, "4", "the cost of international connectivity is still borne by the countries that connect to the major exchange points", To::New("Costs of international Internet connectivity", ECONOMIC)),
    (A, "4", "Cybercrime crosses borders faster than our cooperation does, and we need agreed ways to request evidence held abroad.", To::New("Cybersecurity and cybercrime", LEGAL)),
    (A, "4", "The coordination and management of critical Internet resources, including the oversight of the IANA functions", To::New("Coordination and management of critical Internet resources", INFRASTRUCTURE)),
    (A, "10", "capacity building, so that our delegations and our experts can follow the many technical and policy forums", To::New("Capacity building for participation in Internet governance", DEVELOPMENT)),
    (B, "4", "Freedom of expression online is threatened by blocking and filtering without judicial oversight.", To::New("Freedom of expression online", HUMAN_RIGHTS)),
    (B, "4", "The protection of personal data and privacy, including against mass surveillance, is an international public policy issue.", To::New("Privacy and the protection of personal data", HUMAN_RIGHTS)),
    (B, "4", "Meaningful and affordable access for women, rural communities and persons with disabilities remains out of reach for billions.", To::Issue(1)),
    (B, "11", "Travel support, remote participation and training for newcomers would lower the barrier.", To::Issue(5)),
    (C, "4", "which jurisdiction applies and which law governs a dispute with a customer in another country", To::New("Jurisdiction and applicable law in cross-border disputes", LEGAL)),
    (C, "4", "personal data sent across borders should be protected by compatible rules", To::New("Protection of personal data across borders", LEGAL)),
    (C, "4", "Consumer protection in electronic commerce", To::New("Consumer protection in electronic commerce", ECONOMIC)),
    (C, "4", "the security of networks against attacks", To::Issue(3)),
    (C, "4", "the deployment of IPv6", To::New("Transition to IPv6", INFRASTRUCTURE)),
    (D, "4", "The transition to IPv6 is slow in many regions and deserves attention beyond the technical community.", To::Issue(11)),
    (D, "4", "Internationalized domain names and content in local languages matter to users who do not read the Latin script.", To::New("Multilingualism and internationalized domain names", HUMAN_RIGHTS)),
    (D, "4", "Spam and malware still burden networks in developing countries, which can least afford the bandwidth.", To::New("Spam and malware", SECURITY)),
    (E, "4", "International Internet connectivity charges weigh on developing countries.", To::Issue(2)),
    (E, "4", "Taxation of cross-border digital services is a growing concern for revenue authorities.", To::New("Taxation of cross-border digital services", ECONOMIC)),
    (E, "4", "Our law enforcement agencies need faster mutual legal assistance against cybercrime.", To::Issue(3)),
    (E, "4", "Conflicts of jurisdiction over online services should be settled under international law.", To::Issue(8)),
    (E, "6", "Governments should take part in the coordination and management of critical Internet resources on an equal footing", To::Issue(4)),
    (F, "4", "Privacy online", To::Issue(7)),
    (F, "4", "freedom of expression and access to information", To::Issue(6)),
    (F, "4", "Multilingual and local content should grow.", To::Issue(12)),
    (F, "11", "capacity building for them, in their languages, is the first step", To::Issue(5)),
];

const INFRASTRUCTURE: &str = "Infrastructure and standards";
const LEGAL: &str = "Legal and regulatory";
const ECONOMIC: &str = "Economic";
const DEVELOPMENT: &str = "Development and capacity building";
const HUMAN_RIGHTS: &str = "Human rights and sociocultural";
const SECURITY: &str = "Security";

/// Loads the six responses into the demonstration call and compiles their issues.
pub async fn illustrative_compilation(
    store: &Store,
    by: &AuditActor,
    call: i64,
) -> anyhow::Result<()> {
    let questions = store.questions(call).await?;
    let question = |label: &str| {
        questions
            .iter()
            .find(|q| q.label == label)
            .map(|q| q.id)
            .ok_or_else(|| anyhow::anyhow!("the demonstration call has no question {label}"))
    };
    let mut references = Vec::with_capacity(RESPONDENTS.len());
    for r in RESPONDENTS {
        let answers = r
            .answers
            .iter()
            .map(|(label, text)| Ok((question(label)?, vec![(*text).to_owned()])))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let form = SubmissionForm {
            kind: Some(r.kind.into()),
            name: Some(r.name.into()),
            stakeholder_group: Some(r.group.into()),
            country: Some(r.country.into()),
            lang: Some("en".into()),
            consent_publish: Some(r.publish),
            consent_cite: Some(r.cite),
            answers,
            ..Default::default()
        };
        let receipt = store
            .save_response(SaveRequest {
                call,
                user: None,
                email: None,
                channel: Channel::Web,
                submission: form.parse(&questions, false)?,
                files: Vec::new(),
                submit: true,
                at: time::OffsetDateTime::now_utc(),
                mails: Mails::none(),
            })
            .await?
            .ok_or_else(|| anyhow::anyhow!("no receipt for {}", r.name))?;
        references.push((r.name, receipt.reference));
    }
    let reference = |name: &str| {
        references
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, r)| r.clone())
            .ok_or_else(|| anyhow::anyhow!("no response from {name}"))
    };

    // Issue ids by number, in the order recorded.
    let mut issues: Vec<i64> = Vec::new();
    for (name, label, passage, to) in PASSAGES {
        let mut form = IssueForm {
            response: Some(reference(name)?),
            question: Some(question(label)?),
            passage: Some((*passage).into()),
            ..Default::default()
        };
        match to {
            To::New(title, area) => {
                form.title = Some((*title).into());
                form.area = Some((*area).into());
                form.confirm_new = Some("yes".into());
            }
            To::Issue(number) => {
                form.issue = Some(issue_id(&issues, *number)?);
            }
        }
        let id = store.record_issue_source(by, call, &form.parse()?).await?;
        if matches!(to, To::New(..)) {
            issues.push(id);
        }
    }

    // The same issue recorded twice, as in the task force's spreadsheet, merged with its reason.
    store
        .merge_issue(
            by,
            call,
            issue_id(&issues, 9)?,
            issue_id(&issues, 7)?,
            "The same issue: personal data sent across borders is part of the protection of personal data and privacy.",
        )
        .await?;
    // Cybercrime was first sorted with legal matters; the group's areas put it under security.
    store
        .set_issue_area(by, call, issue_id(&issues, 3)?, Some(SECURITY))
        .await?;
    illustrative_themes(store, by, call, question("4")?).await
}

/// Themes suggested from the answers to question 4, all accepted, coding the answers: what the
/// secretariat does after a suggestion run. The run is computed here rather than by the
/// server's worker so that the demonstration opens with its themes; the queued job then finds
/// its run done and ends.
async fn illustrative_themes(
    store: &Store,
    by: &AuditActor,
    call: i64,
    question: i64,
) -> anyhow::Result<()> {
    let run = store.request_theme_run(by, call, Some(question)).await?;
    concord_web::theme_jobs::compute_run(store, &run).await?;
    for theme in store.themes(call).await? {
        let label = theme.label.clone();
        store
            .change_theme(by, call, theme.id, &ThemeChange::Accept(label))
            .await?;
    }
    concord_web::theme_jobs::code_answers(store, by, call).await?;
    Ok(())
}

/// The id of issue number `number` (I1 is 1).
fn issue_id(issues: &[i64], number: usize) -> anyhow::Result<i64> {
    number
        .checked_sub(1)
        .and_then(|at| issues.get(at))
        .copied()
        .ok_or_else(|| anyhow::anyhow!("no issue I{number} yet"))
}
