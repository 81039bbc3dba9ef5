//! The whole analysis, from a vote matrix to groups, representative statements and consensus.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::clusters::{
    base_clusters, group_clusterings, max_group_count, GroupClustering, KSmoother,
};
use super::cold_start::{self, cold_groupings, ColdGrouping};
use super::consensus::{consensus, group_aware_consensus_of, Consensus, GroupAwareConsensus};
use super::error::OpinionError;
use super::kmeans::Cluster;
use super::matrix::VoteMatrix;
use super::participation::in_conversation;
use super::pca::{
    principal_components, project_participants, project_statements, Pca, PowerIteration,
};
use super::repness::{group_statement_stats, select_representative, RepresentativeStatement};
use super::stats::{count_by_group, VoteCounts};
use super::votes::{ParticipantId, StatementId, StatementInfo};

/// Settings of an analysis; the defaults are Pol.is's.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OpinionOptions {
    pub power_iteration: PowerIteration,
    /// Use this many groups instead of choosing by silhouette (at least 2).
    pub group_count: Option<usize>,
}

/// What Pol.is carries from one run of a conversation to the next, for callers that re-run the
/// analysis as votes arrive. Without it an analysis is a cold start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OpinionState {
    /// Participants once in the conversation stay in.
    pub in_conversation: Vec<ParticipantId>,
    /// The group count's smoothing between runs.
    pub k_smoother: Option<KSmoother>,
    /// The last components by statement id, to start power iteration from.
    pub components: Vec<(StatementId, [f64; 2])>,
    /// The last base clusters, to start k-means from.
    pub base_clusters: Vec<BaseCluster>,
    /// The last group clustering for each k tried: clusters of base-cluster ids.
    pub group_clusterings: Vec<(usize, Vec<StoredGroup>)>,
}

/// A group clustering kept between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredGroup {
    pub id: usize,
    /// Base-cluster ids.
    pub base_clusters: Vec<usize>,
    pub center: [f64; 2],
}

/// A group of participants who vote alike.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Pol.is's group id: the position of the group's initial centre.
    pub id: usize,
    /// Participant ids, ascending.
    pub members: Vec<ParticipantId>,
    /// Ids of the base clusters that make up the group. On a cold start, where groups are
    /// refined participant by participant, those most of whose members are in the group.
    pub base_clusters: Vec<usize>,
    /// The mean of its members' positions.
    pub center: [f64; 2],
}

/// A base cluster: participants close together on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaseCluster {
    pub id: usize,
    pub members: Vec<ParticipantId>,
    pub center: [f64; 2],
}

/// Everything an analysis finds.
#[derive(Clone, Debug, PartialEq)]
pub struct OpinionMap {
    /// Participant ids of the matrix rows; positions below are in this order.
    pub participants: Vec<ParticipantId>,
    /// Statement ids of the matrix columns; per-statement results are in this order.
    pub statements: Vec<StatementId>,
    /// Rejected and meta statements that have votes, zeroed as Pol.is does.
    pub left_out: Vec<StatementId>,
    pub pca: Pca,
    pub participant_positions: Vec<[f64; 2]>,
    /// Where a participant agreeing only with the statement would sit.
    pub statement_positions: Vec<[f64; 2]>,
    /// Participants placed into groups, ascending.
    pub in_conversation: Vec<ParticipantId>,
    pub base_clusters: Vec<BaseCluster>,
    /// Silhouette of each k tried, ascending k.
    pub silhouettes: Vec<(usize, f64)>,
    /// Every k tried, for the next run's warm start.
    pub group_clusterings: Vec<(usize, Vec<StoredGroup>)>,
    pub k_smoother: Option<KSmoother>,
    pub groups: Vec<Group>,
    /// Representative statements per group, in the order of `groups`.
    pub repness: Vec<Vec<RepresentativeStatement>>,
    pub group_aware_consensus: Vec<GroupAwareConsensus>,
    /// Each group's votes on each statement (outer: `groups` order; inner: `statements` order),
    /// counted on the votes as cast, as Pol.is's `group-votes`.
    pub group_votes: Vec<Vec<VoteCounts>>,
    pub consensus: Consensus,
}

impl OpinionMap {
    /// The id of the group a participant is in, if any.
    pub fn group_of(&self, participant: ParticipantId) -> Option<usize> {
        self.groups
            .iter()
            .find(|g| g.members.binary_search(&participant).is_ok())
            .map(|g| g.id)
    }

    /// The state to pass to the next run of the same conversation.
    pub fn state(&self) -> OpinionState {
        let [pc1, pc2] = &self.pca.components;
        OpinionState {
            in_conversation: self.in_conversation.clone(),
            k_smoother: self.k_smoother,
            components: self
                .statements
                .iter()
                .zip(pc1.iter().zip(pc2))
                .map(|(&s, (&x, &y))| (s, [x, y]))
                .collect(),
            base_clusters: self.base_clusters.clone(),
            group_clusterings: self.group_clusterings.clone(),
        }
    }
}

/// Runs Pol.is's analysis on a vote matrix. `statements` gives moderation and meta flags
/// (statements not listed count as accepted); `previous` is the state of an earlier run of the
/// same conversation, if any.
pub fn analyse(
    matrix: &VoteMatrix,
    statements: &[StatementInfo],
    options: &OpinionOptions,
    previous: Option<&OpinionState>,
) -> Result<OpinionMap, OpinionError> {
    if options.group_count.is_some_and(|k| k < 2) {
        return Err(OpinionError::InvalidOption(
            "group_count must be at least 2",
        ));
    }
    let left_out_ids: std::collections::HashSet<StatementId> = statements
        .iter()
        .filter(|s| s.is_left_out())
        .map(|s| s.id)
        .collect();
    let left_out: Vec<bool> = matrix
        .statements()
        .iter()
        .map(|id| left_out_ids.contains(id))
        .collect();
    let start = previous.and_then(|p| start_components(matrix, &p.components));
    let pca = principal_components(matrix, &left_out, options.power_iteration, start.as_ref());
    let positions = project_participants(matrix, &left_out, &pca);

    let previously_in = previous
        .map(|p| p.in_conversation.as_slice())
        .unwrap_or_default();
    let in_rows = in_conversation(matrix, previously_in);
    let in_positions: Vec<[f64; 2]> = in_rows
        .iter()
        .filter_map(|&r| positions.get(r).copied())
        .collect();
    let previous_base = previous.map(|p| {
        let index_of: HashMap<ParticipantId, usize> = in_rows
            .iter()
            .enumerate()
            .filter_map(|(i, &r)| Some((*matrix.participants().get(r)?, i)))
            .collect();
        p.base_clusters
            .iter()
            .map(|c| Cluster {
                id: c.id,
                members: c
                    .members
                    .iter()
                    .filter_map(|m| index_of.get(m).copied())
                    .collect(),
                center: c.center,
            })
            .collect::<Vec<_>>()
    });
    let base = if in_rows.is_empty() {
        Vec::new()
    } else {
        base_clusters(&in_positions, previous_base)
    };
    let base_rows: Vec<Vec<usize>> = base
        .iter()
        .map(|c| {
            c.members
                .iter()
                .filter_map(|&i| in_rows.get(i).copied())
                .collect()
        })
        .collect();

    let max_k = options
        .group_count
        .unwrap_or(0)
        .max(max_group_count(base.len()));
    let previous_groups = |k: usize| -> Option<Vec<Cluster>> {
        let (_, groups) = previous?
            .group_clusterings
            .iter()
            .find(|(pk, _)| *pk == k)?;
        let position: HashMap<usize, usize> =
            base.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        Some(
            groups
                .iter()
                .map(|g| Cluster {
                    id: g.id,
                    members: g
                        .base_clusters
                        .iter()
                        .filter_map(|b| position.get(b).copied())
                        .collect(),
                    center: g.center,
                })
                .collect(),
        )
    };
    let groupings = if base.is_empty() {
        Vec::new()
    } else if previous.is_none() && cold_start::applies(in_positions.len()) {
        cold_groupings(&in_positions, &base, 2..=max_k)
            .into_iter()
            .map(Grouping::from_cold)
            .collect()
    } else {
        group_clusterings(&base, 2..=max_k, previous_groups)
            .into_iter()
            .map(|g| Grouping::from_base(g, &base))
            .collect()
    };
    let k_smoother = best_k_of(&groupings)
        .map(|k| KSmoother::next(previous.and_then(|p| p.k_smoother.as_ref()), k));
    let chosen_k = options.group_count.or(k_smoother.map(|s| s.smoothed_k));
    let chosen = groupings.iter().find(|g| Some(g.k) == chosen_k);

    let participants = matrix.participants();
    let id_of = |row: usize| participants.get(row).copied().unwrap_or_default();
    let mut groups = Vec::new();
    let mut group_rows = Vec::new();
    for group in chosen.map(|g| g.groups.as_slice()).unwrap_or_default() {
        let mut rows: Vec<usize> = group
            .members
            .iter()
            .filter_map(|&i| in_rows.get(i).copied())
            .collect();
        rows.sort_unstable();
        groups.push(Group {
            id: group.id,
            members: rows.iter().map(|&r| id_of(r)).collect(),
            base_clusters: group
                .base
                .iter()
                .filter_map(|&b| base.get(b).map(|c| c.id))
                .collect(),
            center: group.center,
        });
        group_rows.push(rows);
    }

    // Votes as cast (rejected statements included), as Pol.is's `group-votes`.
    let group_votes = count_by_group(matrix, &group_rows, &[]);
    let stats = group_statement_stats(matrix, &group_rows, &left_out);
    let repness = select_representative(&stats, matrix.statements(), &left_out);
    Ok(OpinionMap {
        participants: participants.to_vec(),
        statements: matrix.statements().to_vec(),
        left_out: matrix
            .statements()
            .iter()
            .zip(&left_out)
            .filter(|(_, &l)| l)
            .map(|(&s, _)| s)
            .collect(),
        statement_positions: project_statements(&pca),
        participant_positions: positions,
        pca,
        in_conversation: {
            let mut ids: Vec<ParticipantId> = in_rows.iter().map(|&r| id_of(r)).collect();
            ids.sort_unstable();
            ids
        },
        base_clusters: base
            .iter()
            .zip(&base_rows)
            .map(|(c, rows)| {
                let mut members: Vec<ParticipantId> = rows.iter().map(|&r| id_of(r)).collect();
                members.sort_unstable();
                BaseCluster {
                    id: c.id,
                    members,
                    center: c.center,
                }
            })
            .collect(),
        silhouettes: groupings.iter().map(|g| (g.k, g.silhouette)).collect(),
        group_clusterings: groupings
            .iter()
            .map(|g| {
                let stored = g
                    .groups
                    .iter()
                    .map(|group| StoredGroup {
                        id: group.id,
                        base_clusters: group
                            .base
                            .iter()
                            .filter_map(|&b| base.get(b).map(|c| c.id))
                            .collect(),
                        center: group.center,
                    })
                    .collect();
                (g.k, stored)
            })
            .collect(),
        k_smoother,
        group_aware_consensus: group_aware_consensus_of(matrix.statements(), &group_votes),
        group_votes,
        consensus: consensus(matrix, &left_out),
        groups,
        repness,
    })
}

/// Groups for one k, whichever way they were found.
struct Grouping {
    k: usize,
    silhouette: f64,
    groups: Vec<GroupFound>,
}

struct GroupFound {
    id: usize,
    /// Indices into the participants in the conversation.
    members: Vec<usize>,
    /// Indices into the base clusters: those making up the group, or on a cold start those
    /// mostly in it.
    base: Vec<usize>,
    center: [f64; 2],
}

impl Grouping {
    fn from_base(clustering: GroupClustering, base: &[Cluster]) -> Self {
        let groups = clustering
            .clusters
            .into_iter()
            .map(|c| GroupFound {
                id: c.id,
                members: c
                    .members
                    .iter()
                    .flat_map(|&b| base.get(b).into_iter().flat_map(|c| c.members.iter()))
                    .copied()
                    .collect(),
                base: c.members,
                center: c.center,
            })
            .collect();
        Grouping {
            k: clustering.k,
            silhouette: clustering.silhouette,
            groups,
        }
    }

    fn from_cold(grouping: ColdGrouping) -> Self {
        let groups = grouping
            .clusters
            .into_iter()
            .zip(grouping.base_members)
            .map(|(c, base)| GroupFound {
                id: c.id,
                members: c.members,
                base,
                center: c.center,
            })
            .collect();
        Grouping {
            k: grouping.k,
            silhouette: grouping.silhouette,
            groups,
        }
    }
}

/// The best k: highest silhouette, the larger k on ties, as [`super::clusters::best_k`].
fn best_k_of(groupings: &[Grouping]) -> Option<usize> {
    groupings
        .iter()
        .fold(None::<&Grouping>, |best, g| match best {
            Some(b) if b.silhouette > g.silhouette => Some(b),
            _ => Some(g),
        })
        .map(|g| g.k)
}

/// Earlier components laid over the current columns (new statements start at zero).
fn start_components(
    matrix: &VoteMatrix,
    previous: &[(StatementId, [f64; 2])],
) -> Option<[Vec<f64>; 2]> {
    if previous.is_empty() {
        return None;
    }
    let mut start = [
        vec![0.0; matrix.statement_count()],
        vec![0.0; matrix.statement_count()],
    ];
    for (statement, [x, y]) in previous {
        if let Some(c) = matrix.column_of(*statement) {
            start[0][c] = *x;
            start[1][c] = *y;
        }
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::{Moderation, Vote, VoteValue};

    /// Twenty participants in two camps of ten on six statements; statement 5 everyone agrees
    /// with; statement 6 is rejected.
    fn two_camps() -> (VoteMatrix, Vec<StatementInfo>) {
        let mut votes = Vec::new();
        for participant in 0..20u64 {
            let camp_a = participant < 10;
            for statement in 0..7u64 {
                let value = match statement {
                    5 => VoteValue::Agree,
                    6 => VoteValue::Disagree,
                    s if (s % 2 == 0) == camp_a => VoteValue::Agree,
                    _ => VoteValue::Disagree,
                };
                // A little disagreement inside each camp keeps the positions apart.
                let value = if statement == 1 && participant % 5 == 0 {
                    VoteValue::Pass
                } else {
                    value
                };
                votes.push(Vote {
                    participant,
                    statement,
                    value,
                    timestamp: i64::try_from(participant).unwrap_or(0),
                });
            }
        }
        let infos = vec![StatementInfo {
            id: 6,
            moderation: Moderation::Out,
            is_meta: false,
        }];
        (VoteMatrix::from_votes(&votes), infos)
    }

    #[test]
    fn finds_the_two_camps_what_divides_them_and_what_they_share() -> Result<(), OpinionError> {
        let (matrix, infos) = two_camps();
        let map = analyse(&matrix, &infos, &OpinionOptions::default(), None)?;
        assert_eq!(map.groups.len(), 2);
        let first = map.group_of(0);
        assert!((0..10).all(|p| map.group_of(p) == first));
        assert!((10..20).all(|p| map.group_of(p) != first));
        assert_eq!(map.left_out, vec![6]);
        // Statement 5 is the consensus; the rejected statement 6 is never picked.
        assert_eq!(map.consensus.agree.first().map(|s| s.statement), Some(5));
        assert!(map.consensus.disagree.iter().all(|s| s.statement != 6));
        let gac_5 = map
            .group_aware_consensus
            .iter()
            .find(|g| g.statement == 5)
            .map(|g| g.agree);
        assert_eq!(gac_5, Some((11.0 / 12.0) * (11.0 / 12.0)));
        for statements in &map.repness {
            assert!(!statements.is_empty());
            assert!(statements
                .iter()
                .all(|r| r.statement != 6 && r.statement != 5));
        }
        Ok(())
    }

    #[test]
    fn a_run_from_its_own_state_keeps_the_groups() -> Result<(), OpinionError> {
        let (matrix, infos) = two_camps();
        let first = analyse(&matrix, &infos, &OpinionOptions::default(), None)?;
        let second = analyse(
            &matrix,
            &infos,
            &OpinionOptions::default(),
            Some(&first.state()),
        )?;
        let members = |map: &OpinionMap| -> Vec<(usize, Vec<ParticipantId>)> {
            map.groups
                .iter()
                .map(|g| (g.id, g.members.clone()))
                .collect()
        };
        assert_eq!(members(&first), members(&second));
        assert_eq!(second.k_smoother.map(|k| k.last_k_count), Some(2));
        Ok(())
    }

    #[test]
    fn a_forced_group_count_must_be_two_or_more() {
        let (matrix, infos) = two_camps();
        let options = OpinionOptions {
            group_count: Some(1),
            ..OpinionOptions::default()
        };
        assert!(matches!(
            analyse(&matrix, &infos, &options, None),
            Err(OpinionError::InvalidOption(_))
        ));
    }
}
