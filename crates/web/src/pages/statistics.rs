//! The statistics of a call's responses: one table per dimension (stakeholder group,
//! sub-category, regional group, country, least-developed country, language, channel), each
//! adding up to the responses received, every count a link to the list of the responses behind
//! it, and a bar chart drawn on the server beside each table (which is its text alternative).
//! Withheld responses count here, as the publication policy says, but are not listed publicly.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::body::Body;
use concord_domain::call::Call;
use concord_domain::statistics::{tally, Dimension, Facts};
use concord_store::{ListedResponse, ReviewStore};

use crate::auth::Visitor;
use crate::common::facts::{facts_of, label};
use crate::common::load_call;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// Width of the longest bar, in SVG units.
const BAR_WIDTH: u32 = 240;
/// Height of a bar's row.
const BAR_ROW: u32 = 22;

/// One line of a table, with its bar.
pub(crate) struct StatRow {
    pub label: String,
    pub count: usize,
    pub share: String,
    /// The list of the responses counted here.
    pub href: String,
    pub y: u32,
    pub width: u32,
}

/// One dimension's table and chart.
pub(crate) struct DimensionTable {
    pub code: &'static str,
    pub title: String,
    pub rows: Vec<StatRow>,
    pub total: usize,
    pub chart_height: u32,
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct StatisticsPage {
    t: Tr,
    body: Body,
    call: Call,
    tables: Vec<DimensionTable>,
    /// Each campaign counted once rather than every response in it.
    collapsed: bool,
    /// Responses folded into campaigns when collapsed.
    folded: usize,
}

/// Whether campaigns are counted once.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct Counting {
    campaigns: Option<String>,
}

/// The responses to count: all of them, or, with campaigns collapsed, one per campaign (near-
/// identical responses, judged on all their answers together).
fn counted(responses: Vec<ListedResponse>, collapse: bool) -> (Vec<ListedResponse>, usize) {
    if !collapse {
        return (responses, 0);
    }
    let texts: Vec<String> = responses
        .iter()
        .map(|r| {
            r.answers
                .iter()
                .filter_map(|a| a.text.as_deref())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .collect();
    let docs: Vec<(&str, &str)> = responses
        .iter()
        .zip(&texts)
        .map(|(r, text)| (r.reference.as_str(), text.as_str()))
        .collect();
    let options = concord_text::campaigns::Options {
        threads: 1,
        ..concord_text::campaigns::Options::default()
    };
    let folded: std::collections::HashSet<String> = concord_text::campaigns::group(&docs, &options)
        .iter()
        .flat_map(|c| c.members().skip(1).map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let before = responses.len();
    let kept: Vec<ListedResponse> = responses
        .into_iter()
        .filter(|r| !folded.contains(&r.reference))
        .collect();
    let folded = before - kept.len();
    (kept, folded)
}

/// The tables of a call's statistics.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(counting): Query<Counting>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let collapsed = counting.campaigns.as_deref() == Some("collapse");
    let (responses, folded) = counted(state.store.submitted_responses(call.id).await?, collapsed);
    let facts: Vec<Facts> = responses.iter().map(facts_of).collect();
    let total = facts.len();
    let tables = Dimension::ALL
        .iter()
        .map(|&dimension| {
            let counts = tally(dimension, &facts);
            let most = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
            let rows: Vec<StatRow> = counts
                .into_iter()
                .zip(0u32..)
                .map(|((key, count), row)| StatRow {
                    label: label(&t, dimension, &key),
                    share: t.arg(
                        "opinion-percent",
                        "percent",
                        (count * 100 + total / 2) / total.max(1),
                    ),
                    href: format!(
                        "/calls/{}/responses?by={}&value={key}",
                        call.id,
                        dimension.code()
                    ),
                    y: row * BAR_ROW,
                    width: u32::try_from(count * BAR_WIDTH as usize / most).unwrap_or(BAR_WIDTH),
                    count,
                })
                .collect();
            DimensionTable {
                code: dimension.code(),
                title: t.code("stat-dimension", dimension.code()),
                chart_height: u32::try_from(rows.len()).unwrap_or(1) * BAR_ROW,
                rows,
                total,
            }
        })
        .collect();
    let page = StatisticsPage {
        t,
        body,
        call,
        tables,
        collapsed,
        folded,
    };
    Ok(Html(page.render()?).into_response())
}
