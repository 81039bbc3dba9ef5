//! Convergence and divergence on a call's issues and accepted themes: for each, how often each
//! stakeholder group (or regional group) raises it — the share of the group's responses —
//! and how far the groups diverge on it (Jensen–Shannon divergence between the groups'
//! raised / not raised shares, and the spread between the highest and lowest share); then how
//! far each pair of groups is apart over all items. Shown as heat maps drawn on the server,
//! each with the table that is its text alternative.

use std::collections::{BTreeMap, HashMap, HashSet};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::body::Body;
use concord_domain::call::Call;
use concord_domain::statistics::Dimension;
use concord_domain::theme::ThemeState;
use concord_store::{PolicyIssueStore, ReviewStore, ThemeStore};
use concord_text::divergence::Incidence;

use crate::auth::Visitor;
use crate::common::facts::{facts_of, label};
use crate::common::load_call;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// Side of a heat map cell, in SVG units.
const CELL: u32 = 44;
/// Room for the row labels, in SVG units.
const LABEL_WIDTH: u32 = 90;

/// One issue or theme with its shares by group.
pub(crate) struct ItemRow {
    /// "I3" or "T2".
    pub code: String,
    pub title: String,
    pub href: String,
    /// Share per group, in percent, in column order, with the cell's opacity.
    pub shares: Vec<(u32, String)>,
    pub divergence: String,
    pub spread: u32,
    pub y: u32,
}

/// A heat map cell: its x, its value as shown, and its opacity.
type Cell = (u32, String, String);

#[derive(Template)]
#[template(path = "divergence.html")]
struct DivergencePage {
    t: Tr,
    body: Body,
    call: Call,
    by_region: bool,
    /// Column heads: group name and its number of responses, with the x of its column.
    groups: Vec<(String, u64, u32)>,
    items: Vec<ItemRow>,
    /// Between groups: (row label, cells, y).
    pairs: Vec<(String, Vec<Cell>, u32)>,
    map_width: u32,
    map_height: u32,
    pairs_height: u32,
}

/// How to group.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct Grouping {
    by: Option<String>,
}

/// An opacity from 0.08 to 1 for a share between 0 and 1, so that zero still shows a cell.
fn opacity(share: f64) -> String {
    format!("{:.2}", 0.08 + 0.92 * share.clamp(0.0, 1.0))
}

/// The page.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(grouping): Query<Grouping>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let by_region = grouping.by.as_deref() == Some("region");
    let dimension = if by_region {
        Dimension::Region
    } else {
        Dimension::Group
    };
    let responses = state.store.submitted_responses(call.id).await?;
    // Groups in a stable order, "not stated" last.
    let mut keys: BTreeMap<String, u64> = BTreeMap::new();
    let mut group_of: HashMap<String, String> = HashMap::new();
    for r in &responses {
        let key = concord_domain::statistics::key_of(dimension, &facts_of(r));
        *keys.entry(key.clone()).or_default() += 1;
        group_of.insert(r.reference.clone(), key);
    }
    let mut order: Vec<String> = keys.keys().filter(|k| !k.is_empty()).cloned().collect();
    if keys.contains_key("") {
        order.push(String::new());
    }
    let index: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let totals: Vec<usize> = order
        .iter()
        .map(|k| usize::try_from(keys[k]).unwrap_or(usize::MAX))
        .collect();

    // Items: open issues, then accepted themes, each with the responses that raised it.
    let mut items: Vec<(String, String, String, HashSet<String>)> = Vec::new();
    for issue in state
        .store
        .policy_issues(call.id)
        .await?
        .into_iter()
        .filter(|i| i.merged.is_none())
    {
        let raised = issue.sources.iter().map(|s| s.reference.clone()).collect();
        items.push((
            format!("I{}", issue.number),
            issue.title,
            format!("/calls/{}/issues/{}", call.id, issue.number),
            raised,
        ));
    }
    let codings = state.store.codings(call.id).await?;
    for theme in state
        .store
        .themes(call.id)
        .await?
        .into_iter()
        .filter(|th| th.state == ThemeState::Accepted)
    {
        let raised = codings
            .iter()
            .filter(|c| c.theme_id == theme.id && c.applied)
            .map(|c| c.reference.clone())
            .collect();
        items.push((
            format!("T{}", theme.number),
            theme.label,
            format!("/calls/{}/themes/{}", call.id, theme.number),
            raised,
        ));
    }
    let mut rows = Vec::new();
    for (item, (_, _, _, raised)) in items.iter().enumerate() {
        for reference in raised {
            if let Some(&group) = group_of.get(reference).and_then(|k| index.get(k.as_str())) {
                rows.push((group, item));
            }
        }
    }
    let analysis = Incidence::from_rows(&rows, &totals, items.len())
        .map_err(|e| PageError::Internal(e.to_string()))?
        .analyse();
    // Only groups with responses are analysed; columns follow them.
    let columns: Vec<usize> = analysis.groups.clone();
    let groups = columns
        .iter()
        .zip(0u32..)
        .map(|(&g, column)| {
            (
                label(&t, dimension, &order[g]),
                keys[&order[g]],
                LABEL_WIDTH + column * CELL,
            )
        })
        .collect::<Vec<_>>();
    let item_rows: Vec<ItemRow> = items
        .iter()
        .zip(&analysis.items)
        .zip(0u32..)
        .map(|(((code, title, href, _), measure), row)| ItemRow {
            code: code.clone(),
            title: title.clone(),
            href: href.clone(),
            shares: (0..columns.len())
                .map(|column| {
                    let share = analysis.rates[column][row as usize];
                    ((share * 100.0).round() as u32, opacity(share))
                })
                .collect(),
            divergence: format!("{:.2}", measure.divergence),
            spread: (measure.spread * 100.0).round() as u32,
            y: row * CELL,
        })
        .collect();
    let pairs = analysis
        .between_groups
        .iter()
        .zip(&groups)
        .zip(0u32..)
        .map(|((values, (name, _, _)), row)| {
            let cells = values
                .iter()
                .zip(0u32..)
                .map(|(&v, column)| (LABEL_WIDTH + column * CELL, format!("{v:.2}"), opacity(v)))
                .collect();
            (name.clone(), cells, row * CELL)
        })
        .collect();
    let width = LABEL_WIDTH + u32::try_from(columns.len()).unwrap_or(0) * CELL;
    let page = DivergencePage {
        by_region,
        map_width: width.max(LABEL_WIDTH + CELL),
        map_height: (u32::try_from(item_rows.len()).unwrap_or(0) * CELL).max(CELL) + 30,
        pairs_height: (u32::try_from(groups.len()).unwrap_or(0) * CELL).max(CELL) + 30,
        groups,
        items: item_rows,
        pairs,
        t,
        body,
        call,
    };
    Ok(Html(page.render()?).into_response())
}
