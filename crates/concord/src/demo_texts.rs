//! The negotiating texts of the demonstration, both illustrative, for the second WGEC.
//!
//! The first is a rolling text of recommendations, in three versions, to show how brackets,
//! their sponsors and alternatives read, how a text stands, paragraph by paragraph and over its
//! readings, how two versions compare, how amendments are proposed and handled, how positions
//! are counted, how a member's formal objection breaks a silence procedure, and how a text ends
//! without consensus — as the WGEC's own work did in 2018, when the group could not agree on
//! recommendations. The second is a short outline of the report that the group adopts by
//! consensus: "It is so decided".
//!
//! Both are labelled as illustrative: the WGEC's own drafts are not reproduced, and the seats
//! that sponsor, amend and take positions are placeholders ("Delegation A", "Civil society
//! member F"), flagged illustrative, not delegations or people. No real state's position is
//! invented: the placeholders name no country, so they count in no regional group.

use concord_domain::body::DecisionRule;
use concord_domain::composition::MembershipForm;
use concord_domain::drafting::amendment::{AmendmentForm, HandlingForm};
use concord_domain::drafting::consensus::{DecisionForm, PositionForm, StatusForm};
use concord_domain::drafting::reading::ReadingForm;
use concord_domain::drafting::text::{revision, TextForm};
use concord_domain::ids::BodyId;
use concord_domain::party::PersonForm;
use concord_store::{
    AmendmentStore, AuditActor, BodyStore, CompositionStore, ConsensusStore, PartyStore,
    ReadingStore, Store, TextStore,
};
use time::macros::datetime;

/// The first version: the Chair's draft with what delegations asked to bracket.
const FIRST: &str = "## Preamble

PP1. Recalling paragraphs 69 to 71 of the Tunis Agenda for the Information Society,

PP2. Recognizing [the respective roles and responsibilities of all stakeholders]{Delegation A; 2017-09-26; as in paragraph 35 of the Tunis Agenda},

## Recommendations

OP1. Recommends that enhanced cooperation [be implemented]{Delegation B; 2017-09-26; too prescriptive} through existing mechanisms [, and [where needed]{Delegation C} new ones]{Delegation A}.

OP2.
Alt 1: Invites the Commission on Science and Technology for Development to review progress every two years.
Alt 2: Invites the Commission on Science and Technology for Development to review progress [at each of its sessions]{Delegation D; 2017-09-27}.

OP3. Encourages all stakeholders to share information on their activities related to international public policy issues pertaining to the Internet.
";

/// The second version, after a reading: one bracket lifted, one alternative dropped.
const SECOND: &str = "## Preamble

PP1. Recalling paragraphs 69 to 71 of the Tunis Agenda for the Information Society,

PP2. Recognizing the respective roles and responsibilities of all stakeholders,

## Recommendations

OP1. Recommends that enhanced cooperation [be implemented]{Delegation B; 2017-09-26; too prescriptive} through existing mechanisms [, and [where needed]{Delegation C} new ones]{Delegation A}.

OP1 bis. Recommends that capacity-building for developing countries be a part of enhanced cooperation.

OP2. Invites the Commission on Science and Technology for Development to review progress [at each of its sessions]{Delegation D; 2017-09-27}.

OP3. Encourages all stakeholders to share information on their activities related to international public policy issues pertaining to the Internet.
";

/// The third version: the Chair's compromise, with no bracket left, circulated under silence.
const THIRD: &str = "## Preamble

PP1. Recalling paragraphs 69 to 71 of the Tunis Agenda for the Information Society,

PP2. Recognizing the respective roles and responsibilities of all stakeholders,

## Recommendations

OP1. Recommends that enhanced cooperation be pursued through existing mechanisms, with the participation of all stakeholders in their respective roles.

OP1 bis. Recommends that capacity-building for developing countries be a part of enhanced cooperation.

OP2. Invites the Commission on Science and Technology for Development to review progress regularly.

OP3. Encourages all stakeholders to share information on their activities related to international public policy issues pertaining to the Internet.
";

/// The outline of the report as the Chair proposed it.
const OUTLINE_FIRST: &str = "## Outline of the report

OP1. Introduction: the mandate in paragraph 65 of General Assembly resolution 70/125.

OP2. Organization of work: the meetings of the Working Group [and the contributions received]{Delegation B; 2017-09-25}.

OP3. Recommendations [agreed by the Working Group]{Delegation A; 2017-09-25; only what is agreed is reported}.

OP4. Annexes: the list of members and observers.
";

/// The outline as agreed: both brackets lifted.
const OUTLINE_AGREED: &str = "## Outline of the report

OP1. Introduction: the mandate in paragraph 65 of General Assembly resolution 70/125.

OP2. Organization of work: the meetings of the Working Group and the contributions received.

OP3. Recommendations agreed by the Working Group.

OP4. Annexes: the list of members and observers.
";

/// What the illustrative texts added besides the texts themselves.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    /// Placeholder people created.
    pub parties: usize,
    /// Placeholder memberships created.
    pub memberships: usize,
}

/// The placeholder seats: (name, stakeholder group, role).
const PLACEHOLDERS: [(&str, &str, &str); 9] = [
    ("Delegation A", "government", "member"),
    ("Delegation B", "government", "member"),
    ("Delegation C", "government", "member"),
    ("Delegation D", "government", "member"),
    ("Delegation E", "government", "member"),
    ("Civil society member F", "civil_society", "member"),
    ("Private sector member G", "private_sector", "member"),
    (
        "Technical community member H",
        "technical_academic",
        "member",
    ),
    ("Observer I", "intergovernmental", "observer"),
];

/// The membership ids of the placeholder seats, in the order of [`PLACEHOLDERS`].
struct Seats([i64; 9]);

impl Seats {
    /// The seat of the placeholder whose name ends with `letter` ("A", "F", "I").
    fn of(&self, letter: &str) -> i64 {
        PLACEHOLDERS
            .iter()
            .position(|(name, _, _)| name.ends_with(&format!(" {letter}")))
            .and_then(|i| self.0.get(i).copied())
            .unwrap_or_default()
    }
}

/// Seats the placeholders in `body`, each an illustrative person with an illustrative
/// membership outside the quotas (they are not the body's real members).
async fn seat_placeholders(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
    added: &mut Added,
) -> anyhow::Result<Seats> {
    let mut ids = [0; 9];
    for ((name, group, role), id) in PLACEHOLDERS.iter().zip(ids.iter_mut()) {
        let person = PersonForm {
            name: Some((*name).into()),
            stakeholder_group: Some((*group).into()),
            position: Some(
                "Placeholder in the illustrative negotiation of the demonstration; not a real delegation or person"
                    .into(),
            ),
            illustrative: Some(true),
            ..Default::default()
        }
        .parse()?;
        let person = store.create_person(by, &person).await?;
        added.parties += 1;
        let seat = MembershipForm {
            role: Some((*role).into()),
            person_id: Some(person.id.0),
            nominated_by: Some("Illustrative placeholder".into()),
            illustrative: Some(true),
            ..Default::default()
        }
        .parse()?;
        *id = store.add_membership(by, body, &seat).await?.id.0;
        added.memberships += 1;
    }
    Ok(Seats(ids))
}

/// Loads both illustrative texts into `body`, with the placeholder seats that negotiate them.
pub async fn illustrative_texts(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
) -> anyhow::Result<Added> {
    let mut added = Added::default();
    let rule = store
        .body(body)
        .await?
        .map_or(DecisionRule::Consensus, |b| b.fields.decision_rule);
    let seats = seat_placeholders(store, by, body, &mut added).await?;
    rolling_text(store, by, body, rule, &seats).await?;
    outline(store, by, body, rule, &seats).await?;
    Ok(added)
}

/// The rolling text of recommendations: two readings, amendments, positions, a silence
/// procedure broken by a formal objection, and no consensus.
async fn rolling_text(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
    rule: DecisionRule,
    seats: &Seats,
) -> anyhow::Result<()> {
    let fields = TextForm {
        title: Some("Illustrative rolling text (not a text the WGEC negotiated)".into()),
        kind: Some("rolling".into()),
        lang: Some("en".into()),
    }
    .parse()?;
    let first = revision(Some(FIRST), Some("First reading: brackets as requested"))?;
    let text = store.add_text(by, body, &fields, &first).await?;
    read(
        store,
        by,
        text.id,
        "First reading",
        "2017-09-26",
        "2017-10-06",
    )
    .await?;
    mark(store, by, text.id, &[("PP1", "agreed", "")]).await?;

    // Amendments proposed on the Chair's draft during the first reading.
    let capacity = amend(
        store,
        by,
        text.id,
        seats,
        ("OP1", "insert", "Recommends that capacity-building for developing countries be a part of enhanced cooperation."),
        ("C", &["A", "F"]),
        "Developing countries need support to take part in enhanced cooperation",
    )
    .await?;
    let review = amend(
        store,
        by,
        text.id,
        seats,
        ("OP2", "replace", "Invites the Commission on Science and Technology for Development to review progress at each of its sessions."),
        ("D", &["E"]),
        "A yearly review keeps enhanced cooperation on the Commission's agenda",
    )
    .await?;
    let reference = amend(
        store,
        by,
        text.id,
        seats,
        ("PP2", "replace", "Recognizing the respective roles and responsibilities of all stakeholders, as set out in paragraph 35 of the Tunis Agenda,"),
        ("A", &["C"]),
        "The roles are those the Tunis Agenda sets out",
    )
    .await?;
    let deletion = amend(
        store,
        by,
        text.id,
        seats,
        ("OP3", "delete", ""),
        ("B", &["G"]),
        "Stakeholders already report on their activities to the Commission",
    )
    .await?;
    handle(store, by, capacity, "incorporated", "Inserted as OP1 bis").await?;
    handle(
        store,
        by,
        review,
        "bracketed",
        "Taken as OP2, Alt 1 being withdrawn; the timing stays in brackets for the second reading",
    )
    .await?;
    handle(
        store,
        by,
        reference,
        "not_retained",
        "Delegations preferred the Chair's wording without the reference; the bracket on PP2 was lifted on that wording",
    )
    .await?;
    handle(
        store,
        by,
        deletion,
        "not_retained",
        "All other delegations that spoke wished to keep OP3",
    )
    .await?;

    let second = revision(
        Some(SECOND),
        Some("Second reading: PP2 agreed, OP1 bis inserted, Alt 1 of OP2 withdrawn"),
    )?;
    let text = store
        .revise_text(by, text.id, text.version, &second)
        .await?;
    read(
        store,
        by,
        text.id,
        "Second reading",
        "2018-01-15",
        "2018-01-26",
    )
    .await?;
    mark(
        store,
        by,
        text.id,
        &[
            ("PP2", "ad_ref", ""),
            ("OP3", "agreed", ""),
            ("OP1 bis", "agreed_pending", "Delegation E"),
        ],
    )
    .await?;
    let pursued = amend(
        store,
        by,
        text.id,
        seats,
        ("OP1", "replace", "Recommends that enhanced cooperation be implemented through existing mechanisms, with the participation of all stakeholders in their respective roles."),
        ("F", &["H"]),
        "Names who takes part rather than which mechanisms",
    )
    .await?;
    positions(
        store,
        by,
        text.id,
        seats,
        &[
            ("OP1 bis", "C", "support", ""),
            (
                "OP1 bis",
                "E",
                "reservation",
                "Awaiting instructions from capital",
            ),
            ("OP2", "D", "support", ""),
            (
                "OP2",
                "A",
                "reservation",
                "A review at each session adds to the Commission's workload",
            ),
        ],
    )
    .await?;

    // The Chair's compromise: no bracket left, so that it can go under silence.
    let third = revision(
        Some(THIRD),
        Some("Chair's compromise: OP1 and OP2 without brackets, for the silence procedure"),
    )?;
    let text = store.revise_text(by, text.id, text.version, &third).await?;
    handle(
        store,
        by,
        pursued,
        "merged",
        "Merged with the bracketed proposals of Delegations A, B and C into the Chair's compromise wording of OP1",
    )
    .await?;
    positions(
        store,
        by,
        text.id,
        seats,
        &[
            ("", "A", "support", ""),
            ("", "C", "support", ""),
            ("", "F", "support", ""),
            ("", "H", "support", ""),
            ("", "E", "can_live", ""),
            ("", "G", "can_live", ""),
            (
                "",
                "D",
                "reservation",
                "Would have preferred a review at each session of the Commission",
            ),
            (
                "",
                "I",
                "reservation",
                "Capacity-building should reach all stakeholders, not only governments",
            ),
        ],
    )
    .await?;
    store
        .start_silence(
            by,
            text.id,
            rule,
            text.version,
            datetime!(2018-01-29 09:00 UTC),
            datetime!(2018-01-24 17:00 UTC),
        )
        .await?;
    positions(
        store,
        by,
        text.id,
        seats,
        &[(
            "",
            "B",
            "objection",
            "OP1 no longer says how enhanced cooperation is to be implemented; the compromise does not answer the mandate",
        )],
    )
    .await?;
    store
        .decide(
            by,
            text.id,
            rule,
            &DecisionForm {
                outcome: Some("no_consensus".into()),
                note: Some("Silence was broken, and the fifth meeting did not find consensus: the Working Group could not agree on recommendations, and the Chair reported so to the Commission".into()),
                version: Some(text.version),
            },
        )
        .await?;
    Ok(())
}

/// The outline of the report: one reading, both brackets lifted, every paragraph agreed, and
/// the Chair's "It is so decided".
async fn outline(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
    rule: DecisionRule,
    seats: &Seats,
) -> anyhow::Result<()> {
    let fields = TextForm {
        title: Some("Illustrative outline of the report (not a WGEC document)".into()),
        kind: Some("chairs_text".into()),
        lang: Some("en".into()),
    }
    .parse()?;
    let first = revision(
        Some(OUTLINE_FIRST),
        Some("The Chair's proposal, with two brackets"),
    )?;
    let text = store.add_text(by, body, &fields, &first).await?;
    read(
        store,
        by,
        text.id,
        "Reading at the fourth meeting",
        "2017-09-25",
        "2017-09-27",
    )
    .await?;
    let agreed = revision(
        Some(OUTLINE_AGREED),
        Some("Both brackets lifted in the room"),
    )?;
    let text = store
        .revise_text(by, text.id, text.version, &agreed)
        .await?;
    mark(
        store,
        by,
        text.id,
        &[
            ("OP1", "agreed", ""),
            ("OP2", "agreed", ""),
            ("OP3", "agreed", ""),
            ("OP4", "agreed", ""),
        ],
    )
    .await?;
    positions(
        store,
        by,
        text.id,
        seats,
        &[
            ("", "A", "support", ""),
            ("", "B", "support", ""),
            ("", "C", "can_live", ""),
            ("", "D", "support", ""),
            ("", "F", "support", ""),
            ("", "G", "can_live", ""),
        ],
    )
    .await?;
    store
        .decide(
            by,
            text.id,
            rule,
            &DecisionForm {
                outcome: Some("adopted".into()),
                note: Some("Adopted at the fourth meeting, once both brackets were lifted".into()),
                version: Some(text.version),
            },
        )
        .await?;
    Ok(())
}

/// Opens a reading of the text's current version, with its comment window (members only).
async fn read(
    store: &Store,
    by: &AuditActor,
    text: i64,
    title: &str,
    open: &str,
    close: &str,
) -> anyhow::Result<()> {
    let fields = ReadingForm {
        title: Some(title.into()),
        comments_open: Some(open.into()),
        comments_close: Some(close.into()),
        ..ReadingForm::default()
    }
    .parse()?;
    store.add_reading(by, text, &fields).await?;
    Ok(())
}

/// Records where paragraphs stand after a reading: (paragraph, status, delegation awaited).
async fn mark(
    store: &Store,
    by: &AuditActor,
    text: i64,
    moves: &[(&str, &str, &str)],
) -> anyhow::Result<()> {
    for (paragraph, status, pending) in moves {
        let form = StatusForm {
            paragraph: Some((*paragraph).into()),
            status: Some((*status).into()),
            pending: Some((*pending).into()),
            reason: None,
        };
        store.set_paragraph_status(by, text, &form).await?;
    }
    Ok(())
}

/// Proposes an amendment — (paragraph, kind, words) for (proposer, co-sponsors), with its
/// reason — and returns its id.
async fn amend(
    store: &Store,
    by: &AuditActor,
    text: i64,
    seats: &Seats,
    (paragraph, kind, words): (&str, &str, &str),
    (proposer, co_sponsors): (&str, &[&str]),
    reason: &str,
) -> anyhow::Result<i64> {
    let form = AmendmentForm {
        paragraph: Some(paragraph.into()),
        kind: Some(kind.into()),
        proposed: Some(words.into()).filter(|w: &String| !w.is_empty()),
        membership: Some(seats.of(proposer)),
        co_sponsors: co_sponsors.iter().map(|s| seats.of(s)).collect(),
        reason: Some(reason.into()),
    };
    Ok(store.propose_amendment(by, text, &form).await?.id)
}

/// Records the Chair's handling of an amendment, with its reason.
async fn handle(
    store: &Store,
    by: &AuditActor,
    amendment: i64,
    handling: &str,
    reason: &str,
) -> anyhow::Result<()> {
    let form = HandlingForm {
        handling: Some(handling.into()),
        reason: Some(reason.into()),
    };
    store.handle_amendment(by, amendment, &form).await?;
    Ok(())
}

/// Records positions: (paragraph or "" for the whole text, seat, stance, reason).
async fn positions(
    store: &Store,
    by: &AuditActor,
    text: i64,
    seats: &Seats,
    taken: &[(&str, &str, &str, &str)],
) -> anyhow::Result<()> {
    for (paragraph, seat, stance, reason) in taken {
        let form = PositionForm {
            paragraph: Some((*paragraph).into()).filter(|p: &String| !p.is_empty()),
            membership: Some(seats.of(seat)),
            stance: Some((*stance).into()),
            reason: Some((*reason).into()).filter(|r: &String| !r.is_empty()),
        };
        store.take_position(by, text, &form).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::drafting::notation::{parse, print};

    #[test]
    fn the_illustrative_versions_are_in_canonical_notation() {
        for text in [FIRST, SECOND, THIRD, OUTLINE_FIRST, OUTLINE_AGREED] {
            assert_eq!(print(&parse(text).unwrap()), text);
        }
    }

    #[test]
    fn every_placeholder_is_found_by_its_letter() {
        let seats = Seats([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let found: Vec<i64> = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
            .iter()
            .map(|l| seats.of(l))
            .collect();
        assert_eq!(found, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
}
