//! Topics proposed from what the responses raised: from a call's issues or its themes.

use concord_domain::access::Action;
use concord_domain::topic::{Topic, TopicForm};
use concord_store::TopicStore;

use crate::auth::Visitor;
use crate::forms::Refusal;
use crate::AppState;

/// Proposes a topic of the call's body drawn from one of its issues or themes; the caller shows
/// the refusal on its own page.
pub(crate) async fn propose_from(
    state: &AppState,
    visitor: &Visitor,
    call: &concord_domain::call::Call,
    source: concord_store::TopicSource,
    title: Option<String>,
    description: Option<String>,
) -> Result<Topic, Refusal> {
    visitor.require(Action::ManageTopics(call.body_id))?;
    let form = TopicForm {
        title,
        description,
        lang: Some(call.fields.lang.clone()),
    };
    let fields = form.parse()?;
    Ok(state
        .store
        .add_topic_from(&visitor.audit_actor(), call.body_id, &fields, source)
        .await?)
}
