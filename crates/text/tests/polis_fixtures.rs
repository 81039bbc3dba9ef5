//! Checks the opinion map against the output the real Pol.is server computed for five public
//! conversations (`math-pca2.json` in red-dwarf's test fixtures, under `polis/reddwarf-fixtures`
//! in the shared data).
//!
//! Pol.is computes each run from the state its previous run stored: the participants already in
//! the conversation and its base clusters. Two analyses are compared with Pol.is's output:
//! - **with Pol.is's state**: the same votes, started from the in-conversation list and base
//!   clusters Pol.is stored in `math-pca2.json` (what Pol.is's own next run would start from);
//!   this must reproduce Pol.is exactly;
//! - **cold start**: the votes alone. Exact below 100 participants (each participant is then a
//!   base cluster); above, Pol.is's base clusters carry the conversation's history, which a
//!   cold start cannot know, so the groups are measured against a floor.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failure ends the test"
)]

mod common;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use concord_text::opinion::compare::adjusted_rand_index;
use concord_text::opinion::matrix::VoteMatrix;
use concord_text::opinion::repness::Direction;
use concord_text::opinion::{analyse, BaseCluster, OpinionMap, OpinionOptions, OpinionState};
use serde_json::Value;

/// Largest difference allowed between a component entry here and Pol.is's, signs matched.
const PCA_TOLERANCE: f64 = 1e-9;
/// `50ptpt-3gp-strict-no-meta`: its `votes.json` lacks votes Pol.is had when it computed
/// `math-pca2.json` (noted by red-dwarf's authors as an API data issue), so the components
/// differ in the second decimal; the groups still come out identical.
const PCA_TOLERANCE_INCOMPLETE_VOTES: f64 = 0.05;

struct Fixture {
    name: &'static str,
    /// Whether the vote list is complete (see `PCA_TOLERANCE_INCOMPLETE_VOTES`).
    complete_votes: bool,
    /// Lowest adjusted Rand index accepted from a cold start (1.0 = identical groups).
    cold_ari_floor: f64,
}

const FIXTURES: [Fixture; 5] = [
    Fixture {
        name: "below-100-ptpts",
        complete_votes: true,
        cold_ari_floor: 1.0,
    },
    Fixture {
        name: "25ptpt-3gp-no-strict-with-meta",
        complete_votes: true,
        cold_ari_floor: 1.0,
    },
    Fixture {
        name: "50ptpt-3gp-strict-no-meta",
        complete_votes: false,
        cold_ari_floor: 1.0,
    },
    // Measured 0.910 and 0.938 (0.675 before the cold start chose among several starts and
    // refined over participants): Pol.is's base clusters here are the product of the
    // conversation's history (see the module comment).
    Fixture {
        name: "150ptpt-3gp-no-strict-no-meta",
        complete_votes: true,
        cold_ari_floor: 0.9,
    },
    Fixture {
        name: "above-100-ptpts",
        complete_votes: true,
        cold_ari_floor: 0.9,
    },
];

fn numbers(value: &Value) -> Vec<f64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

/// The `tid`s of a list of statements.
fn ids_of(list: &Value) -> Vec<u64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s["tid"].as_u64().unwrap())
        .collect()
}

fn ids(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap())
        .collect()
}

/// Largest entry-wise difference of each component from Pol.is's, after matching signs.
fn pca_difference(map: &OpinionMap, math: &Value) -> [f64; 2] {
    let tids = ids(&math["tids"]);
    let mut out = [0.0; 2];
    for (i, comp) in math["pca"]["comps"]
        .as_array()
        .unwrap()
        .iter()
        .take(2)
        .enumerate()
    {
        let theirs = numbers(comp);
        let ours: Vec<f64> = tids
            .iter()
            .map(|t| {
                map.statements
                    .iter()
                    .position(|s| s == t)
                    .map_or(0.0, |c| map.pca.components[i][c])
            })
            .collect();
        let dot: f64 = ours.iter().zip(&theirs).map(|(a, b)| a * b).sum();
        let sign = if dot < 0.0 { -1.0 } else { 1.0 };
        out[i] = ours
            .iter()
            .zip(&theirs)
            .map(|(a, b)| (sign * a - b).abs())
            .fold(0.0, f64::max);
    }
    out
}

/// Pol.is's groups as participant lists (through its base clusters), by group id.
fn polis_groups(math: &Value) -> Vec<(u64, Vec<u64>)> {
    let base = &math["base-clusters"];
    let members: HashMap<u64, Vec<u64>> = ids(&base["id"])
        .into_iter()
        .zip(base["members"].as_array().unwrap().iter().map(ids))
        .collect();
    math["group-clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let mut ptpts: Vec<u64> = ids(&g["members"])
                .iter()
                .flat_map(|b| members[b].clone())
                .collect();
            ptpts.sort_unstable();
            (g["id"].as_u64().unwrap(), ptpts)
        })
        .collect()
}

/// Pol.is's stored state: who is in, and its base clusters.
fn polis_state(math: &Value) -> OpinionState {
    let base = &math["base-clusters"];
    let (x, y) = (numbers(&base["x"]), numbers(&base["y"]));
    let base_clusters = ids(&base["id"])
        .into_iter()
        .zip(base["members"].as_array().unwrap().iter().map(ids))
        .enumerate()
        .map(|(i, (id, members))| BaseCluster {
            id: id as usize,
            members,
            center: [x[i], y[i]],
        })
        .collect();
    OpinionState {
        in_conversation: ids(&math["in-conv"]),
        base_clusters,
        ..OpinionState::default()
    }
}

/// Adjusted Rand index over the participants both put in groups.
fn groups_ari(map: &OpinionMap, polis: &[(u64, Vec<u64>)]) -> f64 {
    let theirs: HashMap<u64, u64> = polis
        .iter()
        .flat_map(|(g, members)| members.iter().map(move |&p| (p, *g)))
        .collect();
    let mut common: Vec<u64> = theirs
        .keys()
        .copied()
        .filter(|&p| map.group_of(p).is_some())
        .collect();
    common.sort_unstable();
    let a: Vec<u64> = common.iter().map(|p| theirs[p]).collect();
    let b: Vec<usize> = common.iter().filter_map(|&p| map.group_of(p)).collect();
    adjusted_rand_index(&a, &b)
}

/// Our group with the most members in common with each of Pol.is's.
fn matched_groups(map: &OpinionMap, polis: &[(u64, Vec<u64>)]) -> Vec<(u64, usize)> {
    polis
        .iter()
        .filter_map(|(gid, members)| {
            let set: HashSet<&u64> = members.iter().collect();
            let best = (0..map.groups.len()).max_by_key(|&i| {
                map.groups[i]
                    .members
                    .iter()
                    .filter(|p| set.contains(p))
                    .count()
            })?;
            Some((*gid, best))
        })
        .collect()
}

fn check(fixture: &Fixture, dir: &Path) {
    let name = fixture.name;
    let votes = common::fixture_votes(dir);
    let statements = common::fixture_statements(dir);
    let math = common::read_json(&dir.join("math-pca2.json"));
    let matrix = VoteMatrix::from_votes(&votes);
    let options = OpinionOptions::default();
    let cold = analyse(&matrix, &statements, &options, None).unwrap();
    let warm = analyse(&matrix, &statements, &options, Some(&polis_state(&math))).unwrap();
    let polis = polis_groups(&math);

    let pca = pca_difference(&cold, &math);
    let cold_ari = groups_ari(&cold, &polis);
    let warm_ari = groups_ari(&warm, &polis);

    let gac: HashMap<u64, f64> = warm
        .group_aware_consensus
        .iter()
        .map(|g| (g.statement, g.agree))
        .collect();
    let gac_difference = math["group-aware-consensus"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(tid, v)| (gac[&tid.parse::<u64>().unwrap()] - v.as_f64().unwrap()).abs())
        .fold(0.0, f64::max);

    let direction = |d: Direction| {
        if d == Direction::Agree {
            "agree"
        } else {
            "disagree"
        }
    };
    let mut repness_differences = Vec::new();
    for (gid, ours) in matched_groups(&warm, &polis) {
        let theirs: Vec<(u64, String, f64)> = math["repness"][gid.to_string()]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let test = r["repness-test"].as_f64().unwrap();
                (
                    r["tid"].as_u64().unwrap(),
                    r["repful-for"].as_str().unwrap().to_owned(),
                    test,
                )
            })
            .collect();
        let mine: Vec<(u64, String, f64)> = warm.repness[ours]
            .iter()
            .map(|r| {
                (
                    r.statement,
                    direction(r.repful_for).to_owned(),
                    r.repness_test,
                )
            })
            .collect();
        let same = mine.len() == theirs.len()
            && mine
                .iter()
                .zip(&theirs)
                .all(|(a, b)| a.0 == b.0 && a.1 == b.1 && (a.2 - b.2).abs() < 1e-5);
        if !same {
            repness_differences.push(format!("group {gid}: ours {mine:?}, Pol.is {theirs:?}"));
        }
    }
    // Pol.is's `group-votes`: agree, disagree and seen counts per group and statement.
    let mut group_votes_differ = 0;
    for (gid, ours) in matched_groups(&warm, &polis) {
        let Some(votes) = math["group-votes"][gid.to_string()]["votes"].as_object() else {
            continue;
        };
        for (tid, counts) in votes {
            let column = warm.statements.iter().position(|s| s.to_string() == *tid);
            let mine = column
                .and_then(|c| warm.group_votes[ours].get(c))
                .copied()
                .unwrap_or_default();
            let theirs = |key: &str| counts[key].as_u64().unwrap_or_default();
            if (
                u64::from(mine.agree),
                u64::from(mine.disagree),
                u64::from(mine.seen),
            ) != (theirs("A"), theirs("D"), theirs("S"))
            {
                group_votes_differ += 1;
            }
        }
    }
    // Pol.is's groups given as declared categories: the category measures must then be
    // Pol.is's group measures (labels sort as the group ids do: all fixtures have under 10).
    let category_of: HashMap<u64, String> = polis
        .iter()
        .flat_map(|(g, members)| members.iter().map(move |&p| (p, g.to_string())))
        .collect();
    let by_category =
        concord_text::opinion::categories::by_category(&matrix, &statements, &category_of);
    let mut category_differences = Vec::new();
    for (index, (gid, _)) in polis.iter().enumerate() {
        let theirs: Vec<u64> = ids_of(&math["repness"][gid.to_string()]);
        let mine: Vec<u64> = by_category.repness[index]
            .iter()
            .map(|r| r.statement)
            .collect();
        if mine != theirs {
            category_differences.push(format!(
                "category {gid}: {mine:?} against Pol.is's {theirs:?}"
            ));
        }
    }
    for statement in &by_category.statements {
        let product: f64 = statement.p_agree.iter().product();
        let expected = math["group-aware-consensus"][statement.statement.to_string()].as_f64();
        if expected.is_some_and(|e| (e - product).abs() > 1e-9) {
            category_differences.push(format!(
                "statement {}: {product} against {expected:?}",
                statement.statement
            ));
        }
    }
    let consensus_ids = |list: &Value| -> Vec<u64> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|s| s["tid"].as_u64().unwrap())
            .collect()
    };
    let ours_agree: Vec<u64> = warm.consensus.agree.iter().map(|s| s.statement).collect();
    let ours_disagree: Vec<u64> = warm
        .consensus
        .disagree
        .iter()
        .map(|s| s.statement)
        .collect();

    println!(
        "{name:<32} PCA max difference {:.1e} / {:.1e}; groups {} (Pol.is {}); ARI with Pol.is's state {warm_ari:.3}, cold start {cold_ari:.3}; group-aware consensus max difference {gac_difference:.1e}; repness {}",
        pca[0], pca[1], warm.groups.len(), polis.len(),
        if repness_differences.is_empty() { "identical" } else { "differs" },
    );

    let tolerance = if fixture.complete_votes {
        PCA_TOLERANCE
    } else {
        PCA_TOLERANCE_INCOMPLETE_VOTES
    };
    assert!(
        pca[0] <= tolerance && pca[1] <= tolerance,
        "{name}: PCA differs by {pca:?}"
    );
    assert_eq!(warm_ari, 1.0, "{name}: groups from Pol.is's state differ");
    assert!(
        cold_ari >= fixture.cold_ari_floor,
        "{name}: cold-start ARI {cold_ari} below {}",
        fixture.cold_ari_floor
    );
    assert!(
        category_differences.is_empty(),
        "{name}: by category: {category_differences:#?}"
    );
    assert_eq!(
        group_votes_differ, 0,
        "{name}: group votes differ on {group_votes_differ} statements"
    );
    assert!(
        gac_difference < 1e-9,
        "{name}: group-aware consensus differs by {gac_difference}"
    );
    assert!(
        repness_differences.is_empty(),
        "{name}: representative statements differ: {repness_differences:#?}"
    );
    assert_eq!(
        ours_agree,
        consensus_ids(&math["consensus"]["agree"]),
        "{name}: consensus (agree)"
    );
    assert_eq!(
        ours_disagree,
        consensus_ids(&math["consensus"]["disagree"]),
        "{name}: consensus (disagree)"
    );
}

#[test]
fn reproduces_polis_on_its_own_output() {
    let Some(data) = common::shared_data("reproduces_polis_on_its_own_output") else {
        return;
    };
    for fixture in &FIXTURES {
        check(
            fixture,
            &data.join("polis/reddwarf-fixtures").join(fixture.name),
        );
    }
}
