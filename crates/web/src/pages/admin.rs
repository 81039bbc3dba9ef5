//! Administration: the dashboard of what the visitor may manage, and the mail outbox that the
//! platform administrator reads (where every message stays when no mail server is configured).

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use concord_domain::access::Action;
use concord_store::{MailStore, OutboxEntry};

use crate::auth::Visitor;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    t: Tr,
    mails: Vec<OutboxEntry>,
}

pub(crate) async fn outbox(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    visitor.require(Action::Administer)?;
    let mails = state.store.outbox(200).await?;
    Ok(Html(OutboxPage { t, mails }.render()?))
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct AdminPage {
    t: Tr,
    administer: bool,
    directory: bool,
    create_body: bool,
}

pub(crate) async fn index(t: Tr, visitor: Visitor) -> Result<Html<String>, PageError> {
    visitor.require(Action::ManageOwnAccount)?;
    let page = AdminPage {
        administer: visitor.may(Action::Administer),
        directory: visitor.may(Action::ManageDirectory),
        create_body: visitor.may(Action::CreateTopLevelBody),
        t,
    };
    if !(page.administer || page.directory || page.create_body) {
        return Err(PageError::Forbidden);
    }
    Ok(Html(page.render()?))
}
