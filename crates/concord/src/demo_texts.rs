//! The negotiating text of the demonstration: an illustrative rolling text for the second WGEC,
//! in two versions, to show how brackets, their sponsors and alternatives read, how a text
//! stands, paragraph by paragraph and over its readings, and how two versions compare. It is
//! labelled as illustrative: the WGEC's own drafts are not reproduced, and its sponsors are
//! placeholders, not delegations.

use concord_domain::drafting::consensus::StatusForm;
use concord_domain::drafting::reading::ReadingForm;
use concord_domain::drafting::text::{revision, TextForm};
use concord_domain::ids::BodyId;
use concord_store::{AuditActor, ConsensusStore, ReadingStore, Store, TextStore};

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

/// Loads the illustrative text into `body`.
pub async fn illustrative_text(store: &Store, by: &AuditActor, body: BodyId) -> anyhow::Result<()> {
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
    let second = revision(
        Some(SECOND),
        Some("Second reading: PP2 agreed, OP1 bis inserted, Alt 1 of OP2 withdrawn"),
    )?;
    store
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

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::drafting::notation::{parse, print};

    #[test]
    fn the_illustrative_versions_are_in_canonical_notation() {
        for text in [FIRST, SECOND] {
            assert_eq!(print(&parse(text).unwrap()), text);
        }
    }
}
