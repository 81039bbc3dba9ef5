//! The opinion map of the demonstration: an illustrative conversation of the second WGEC, with
//! statements in the words of the positions its records describe and the votes of 36 invented
//! participants in three camps (each declaring a stakeholder group), so that the map, its groups, the statements that bridge them and
//! the reading by declared stakeholder group can be seen. It is labelled as illustrative: nobody
//! here voted, and no real conversation is reproduced.

use concord_domain::ids::BodyId;
use concord_domain::opinion::Declaration;
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use concord_store::{AuditActor, CastVote, OpinionStore, Store};

const STATEMENTS: [&str; 8] = [
    "A new intergovernmental mechanism for Internet public policy is needed.",
    "Existing mechanisms can deliver enhanced cooperation if they are used better.",
    "Governments have a particular role on international public policy issues.",
    "All stakeholders must take part in their respective roles on an equal footing.",
    "Developing countries need support to take part in Internet governance.",
    "The CSTD should review progress on enhanced cooperation regularly.",
    "A working group cannot agree on anything without a common definition.",
    "Capacity-building should be part of any recommendation.",
];

/// How each camp answers the statements: 1 agree, -1 disagree, 0 pass.
const CAMPS: [[i8; 8]; 3] = [
    [1, -1, 1, -1, 1, 1, 1, 1],
    [-1, 1, -1, 1, 1, 1, -1, 1],
    [-1, 1, 1, 1, 1, 0, 1, 1],
];

/// Loads the illustrative conversation into `body`.
pub async fn illustrative_map(store: &Store, by: &AuditActor, body: BodyId) -> anyhow::Result<()> {
    let conversation = store
        .add_conversation(
            by,
            body,
            "Illustrative opinion map (invented votes, not a WGEC conversation)",
            "What would make enhanced cooperation work?",
        )
        .await?;
    let statements: Vec<concord_store::ImportedStatement> = STATEMENTS
        .iter()
        .zip(0..)
        .map(|(words, number)| (number, (*words).to_owned(), 1, false))
        .collect();
    let mut votes = Vec::new();
    for participant in 0..36_i64 {
        let camp = &CAMPS[usize::try_from(participant % 3).unwrap_or_default()];
        for (statement, value) in camp.iter().enumerate() {
            let statement = i64::try_from(statement)?;
            // Every seventh answer differs, so that the camps are spread rather than points.
            let value = if (participant + statement) % 7 == 0 {
                0
            } else {
                *value
            };
            votes.push(CastVote {
                participant,
                statement,
                value,
                cast_at: 1_485_000_000_000 + participant * 1000 + statement,
            });
        }
    }
    store
        .import_conversation(by, conversation.id, &statements, &votes)
        .await?;
    // Each camp stands for a stakeholder group; the regions take turns.
    let groups = [
        StakeholderGroup::Government,
        StakeholderGroup::CivilSociety,
        StakeholderGroup::PrivateSector,
    ];
    for participant in 0..36_i64 {
        let declared = Declaration {
            stakeholder_group: groups
                .get(usize::try_from(participant % 3).unwrap_or_default())
                .copied(),
            regional_group: RegionalGroup::ALL
                .get(usize::try_from(participant % 5).unwrap_or_default())
                .copied(),
        };
        store
            .declare(conversation.id, participant, declared)
            .await?;
    }
    Ok(())
}
