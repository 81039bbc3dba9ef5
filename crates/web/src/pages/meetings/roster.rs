//! Members at a meeting: the roster on the meeting's page, each member's registration with the
//! delegation it sends (by the secretariat, or by the member's own representative), and
//! attendance taken by the secretariat.

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::ids::MembershipId;
use concord_domain::meeting::Meeting;
use concord_store::{RosterEntry, RosterStore};

use super::rerender_with_errors;
use crate::auth::Visitor;
use crate::common::{holder, load_body, load_meeting, missing, page_id};
use crate::error::PageError;
use crate::forms::{answer, CsrfForm, Posted, Refusal};
use crate::i18n::Tr;
use crate::AppState;

/// A member as the meeting's roster shows it.
pub(crate) struct MemberRow {
    pub membership: i64,
    pub holder: String,
    pub group: String,
    pub delegation: Option<String>,
    pub attended: bool,
    /// The visitor may register this member (the secretariat, or the member's own person).
    pub may_register: bool,
}

/// The roster's rows for `visitor`, and how many members are registered.
pub(crate) async fn member_rows(
    t: &Tr,
    visitor: &Visitor,
    state: &AppState,
    meeting: &Meeting,
) -> Result<Vec<MemberRow>, PageError> {
    let secretariat = visitor.may(Action::EditBody(meeting.body_id));
    let person = visitor.user.as_ref().and_then(|u| u.person_id);
    let roster = state.store.roster(meeting.id).await?;
    Ok(roster
        .iter()
        .map(
            |RosterEntry {
                 member,
                 delegation,
                 attended,
             }| {
                let fields = &member.membership.fields;
                let group = match (member.stakeholder_group, member.regional_group) {
                    (_, Some(region)) if fields.state.is_some() => {
                        t.code("regional-group", region.code())
                    }
                    (Some(group), _) => t.code("stakeholder-group", group.code()),
                    _ => String::new(),
                };
                MemberRow {
                    membership: member.membership.id.0,
                    holder: holder(t, member),
                    group,
                    delegation: delegation.clone(),
                    attended: *attended,
                    may_register: secretariat || (person.is_some() && fields.person_id == person),
                }
            },
        )
        .collect())
}

/// Registers a member with its delegation (`action=register`), or records its attendance
/// (`action=attended|absent`, the secretariat only).
pub(crate) async fn update(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw, member_raw)): Path<(String, String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageOwnAccount)?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let member = MembershipId(page_id(&member_raw, "error-no-membership")?);
    let rows = member_rows(&t, &visitor, &state, &meeting).await?;
    let Some(row) = rows.iter().find(|r| r.membership == member.0) else {
        return Err(missing("error-no-membership", member.0));
    };
    let by = visitor.audit_actor();
    let action = post.values.get("action").map_or("register", String::as_str);
    let outcome = match action {
        "attended" | "absent" => {
            visitor.require(Action::EditBody(body.id))?;
            state
                .store
                .set_member_attended(&by, meeting.id, member, action == "attended")
                .await
        }
        _ => {
            if !row.may_register {
                return Err(PageError::Forbidden);
            }
            let delegation = post.values.get("delegation").cloned().unwrap_or_default();
            state
                .store
                .register_member(&by, meeting.id, member, &delegation)
                .await
        }
    };
    let location = format!("/bodies/{}/meetings/{}#roster-heading", body.id, meeting.id);
    answer(
        &t,
        outcome.map_err(Refusal::from),
        |()| location,
        async |errors| {
            let html =
                rerender_with_errors(t.clone(), &visitor, &state, body, meeting, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}
