//! Agreement across groups the caller declares — stakeholder group, region — rather than the
//! groups the votes reveal. Pol.is cannot do this.
//!
//! Per statement and category: the vote counts and smoothed agree/disagree probabilities, as for
//! Pol.is's groups. Across categories:
//! - **consensus**: the geometric mean over categories of `(agree + 1) / (votes + 2)` — Pol.is's
//!   group-aware consensus taken to the power `1 / categories`, so that a statement's score does
//!   not fall merely because more categories were declared. 1 when every category agrees.
//! - **divergence**: the highest category agreement minus the lowest (0 to 1), with the two
//!   categories named: where the declared constituencies part ways.
//!
//! Both use only the categories that voted on the statement. Representative statements per
//! category use Pol.is's repness rules with the categories as groups. Rejected and meta
//! statements are left out.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::matrix::VoteMatrix;
use super::repness::{group_statement_stats, select_representative, RepresentativeStatement};
use super::stats::count_by_group;
use super::stats::VoteCounts;
use super::votes::{ParticipantId, StatementId, StatementInfo};

/// One statement seen across the declared categories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryStatement {
    pub statement: StatementId,
    /// Counts per category, in the order of [`CategoryReport::categories`].
    pub counts: Vec<VoteCounts>,
    /// `(agree + 1) / (votes + 2)` per category.
    pub p_agree: Vec<f64>,
    /// Geometric mean of `p_agree` over the categories that voted.
    pub consensus_agree: f64,
    /// Geometric mean of `(disagree + 1) / (votes + 2)` over the categories that voted.
    pub consensus_disagree: f64,
    /// Highest minus lowest `p_agree` among the categories that voted.
    pub divergence: f64,
    /// Indices of the categories agreeing most and least (none if fewer than two voted).
    pub most_agreeing: Option<usize>,
    pub least_agreeing: Option<usize>,
}

/// The analysis by declared category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryReport {
    /// Category labels, sorted.
    pub categories: Vec<String>,
    /// Participants with votes in each category.
    pub members: Vec<usize>,
    /// Statements in column order, rejected and meta ones left out.
    pub statements: Vec<CategoryStatement>,
    /// Representative statements per category (Pol.is's repness with categories as groups).
    pub repness: Vec<Vec<RepresentativeStatement>>,
}

/// Measures agreement by declared category. `category_of` maps participants to a label;
/// participants without one are left out.
pub fn by_category(
    matrix: &VoteMatrix,
    statements: &[StatementInfo],
    category_of: &HashMap<ParticipantId, String>,
) -> CategoryReport {
    let mut rows_by_label: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (row, participant) in matrix.participants().iter().enumerate() {
        if let Some(label) = category_of.get(participant) {
            rows_by_label.entry(label.as_str()).or_default().push(row);
        }
    }
    let categories: Vec<String> = rows_by_label.keys().map(|l| (*l).to_owned()).collect();
    let groups: Vec<Vec<usize>> = rows_by_label.into_values().collect();
    let left_out: Vec<bool> = matrix
        .statements()
        .iter()
        .map(|id| statements.iter().any(|s| s.id == *id && s.is_left_out()))
        .collect();
    let counts = count_by_group(matrix, &groups, &[]);
    let per_statement = matrix
        .statements()
        .iter()
        .enumerate()
        .filter(|(column, _)| !left_out.get(*column).copied().unwrap_or(false))
        .map(|(column, &statement)| {
            let counts: Vec<VoteCounts> = counts
                .iter()
                .map(|g| g.get(column).copied().unwrap_or_default())
                .collect();
            across_categories(statement, counts)
        })
        .collect();
    let stats = group_statement_stats(matrix, &groups, &left_out);
    CategoryReport {
        members: groups.iter().map(Vec::len).collect(),
        repness: select_representative(&stats, matrix.statements(), &left_out),
        categories,
        statements: per_statement,
    }
}

fn across_categories(statement: StatementId, counts: Vec<VoteCounts>) -> CategoryStatement {
    let p_agree: Vec<f64> = counts.iter().map(VoteCounts::p_agree).collect();
    let voted: Vec<usize> = (0..counts.len()).filter(|&i| counts[i].seen > 0).collect();
    let geometric_mean = |p: &dyn Fn(&VoteCounts) -> f64| -> f64 {
        if voted.is_empty() {
            return 0.0;
        }
        let log_sum: f64 = voted.iter().map(|&i| p(&counts[i]).ln()).sum();
        (log_sum / voted.len() as f64).exp()
    };
    let by_agreement = |a: &&usize, b: &&usize| p_agree[**a].total_cmp(&p_agree[**b]);
    let (most, least) = if voted.len() >= 2 {
        (
            voted.iter().max_by(by_agreement).copied(),
            voted.iter().min_by(by_agreement).copied(),
        )
    } else {
        (None, None)
    };
    let divergence = match (most, least) {
        (Some(m), Some(l)) => p_agree[m] - p_agree[l],
        _ => 0.0,
    };
    CategoryStatement {
        statement,
        consensus_agree: geometric_mean(&VoteCounts::p_agree),
        consensus_disagree: geometric_mean(&VoteCounts::p_disagree),
        divergence,
        most_agreeing: most,
        least_agreeing: least,
        p_agree,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::{Vote, VoteValue};

    #[test]
    fn divergence_and_consensus_by_declared_group() {
        // Statement 0: civil society agrees, business disagrees. Statement 1: both agree.
        let mut votes = Vec::new();
        let mut category_of = HashMap::new();
        for p in 0..10u64 {
            let civil = p < 5;
            category_of.insert(
                p,
                if civil { "civil society" } else { "business" }.to_owned(),
            );
            let first = if civil {
                VoteValue::Agree
            } else {
                VoteValue::Disagree
            };
            votes.push(Vote {
                participant: p,
                statement: 0,
                value: first,
                timestamp: 0,
            });
            votes.push(Vote {
                participant: p,
                statement: 1,
                value: VoteValue::Agree,
                timestamp: 0,
            });
        }
        let m = VoteMatrix::from_votes(&votes);
        let report = by_category(&m, &[], &category_of);
        assert_eq!(report.categories, vec!["business", "civil society"]);
        let [divided, shared] = [&report.statements[0], &report.statements[1]];
        assert!((divided.divergence - (6.0 / 7.0 - 1.0 / 7.0)).abs() < 1e-12);
        assert_eq!(divided.most_agreeing, Some(1));
        assert!((shared.consensus_agree - 6.0 / 7.0).abs() < 1e-12);
        assert!(shared.consensus_agree > divided.consensus_agree);
        assert_eq!(report.repness[1][0].statement, 0);
    }
}
