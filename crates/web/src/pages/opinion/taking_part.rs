//! Taking part in a conversation: adding a statement (a participant's waits for the
//! moderators, who decide on it and tell its author), and voting — one statement at a time, or
//! every statement at once with what the participant declares of themselves.

use super::*;

/// Adds a statement; the moderators' own are accepted at once, others' wait to be looked at
/// but can be voted on meanwhile (as in Pol.is without strict moderation).
pub(crate) async fn add_statement(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    visitor.require(Action::TakePart)?;
    let moderation = if visitor.may(Action::DraftTexts(conversation.body_id)) {
        1
    } else {
        0
    };
    let outcome = match statement(opt(&post.values, "statement").as_deref()) {
        Ok(words) => {
            state
                .store
                .add_statement(&visitor.audit_actor(), conversation.id, &words, moderation)
                .await
        }
        Err(invalid) => Err(invalid.into()),
    };
    match outcome {
        Ok(number) => Ok(see_other(&format!(
            "/opinion/{}#s-{number}",
            conversation.id
        ))),
        Err(error) => refused(t, visitor, &state, conversation, error).await,
    }
}

/// Records the visitor's votes on every statement they answered, and what they declare.
pub(crate) async fn vote(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    visitor.require(Action::TakePart)?;
    let Some(user) = visitor.user.clone() else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let declared = match Declaration::parse(
        opt(&post.values, "stakeholder_group").as_deref(),
        opt(&post.values, "regional_group").as_deref(),
    ) {
        Ok(declared) => declared,
        Err(invalid) => return refused(t, visitor, &state, conversation, invalid.into()).await,
    };
    // Each answered statement in order; one unreadable answer refuses the whole form.
    let mut answers: Vec<(i64, i8)> = Vec::new();
    for (name, value) in &post.values {
        let Some(number) = name.strip_prefix('s').and_then(|n| n.parse::<i64>().ok()) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        match vote_value(Some(value)) {
            Ok(v) => answers.push((number, v)),
            Err(invalid) => return refused(t, visitor, &state, conversation, invalid.into()).await,
        }
    }
    answers.sort_unstable();
    if answers.is_empty() {
        let invalid = Invalid::one("vote", "no_vote", "Answer at least one statement");
        return refused(t, visitor, &state, conversation, invalid.into()).await;
    }
    let known = state.store.participant_of(conversation.id, user.id).await?;
    let declaring = declared != Declaration::default() || known.is_some();
    for (index, (number, value)) in answers.iter().enumerate() {
        let declare = (index == 0 && declaring).then_some(declared);
        if let Err(error) = state
            .store
            .cast_vote(user.id, conversation.id, *number, *value, declare)
            .await
        {
            return refused(t, visitor, &state, conversation, error).await;
        }
    }
    // One statement at a time goes on to the next one; the whole list goes to the map.
    let anchor = if opt(&post.values, "one").is_some() {
        "next-heading"
    } else {
        "map-heading"
    };
    Ok(see_other(&format!("/opinion/{}#{anchor}", conversation.id)))
}

/// Accepts or rejects a statement (with a reason).
pub(crate) async fn moderate(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number)): Path<(String, i64)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    visitor.require(Action::DraftTexts(conversation.body_id))?;
    let moderation = match opt(&post.values, "moderation").as_deref() {
        Some("accept") => 1,
        Some("reject") => -1,
        _ => {
            let invalid = Invalid::one("moderation", "unknown_value", "Choose accept or reject");
            return refused(t, visitor, &state, conversation, invalid.into()).await;
        }
    };
    let reason = opt(&post.values, "reason");
    // The author hears of the decision in their language — unless they moderate their own.
    let author = state
        .store
        .statement_author(conversation.id, number)
        .await?;
    let statement = state
        .store
        .statements(conversation.id)
        .await?
        .into_iter()
        .find(|s| s.number == number);
    let notice = match (author, statement) {
        (Some(author), Some(statement))
            if Some(author.user) != visitor.user.as_ref().map(|u| u.id) =>
        {
            let link = state.config.link(&format!("/opinion/{}", conversation.id));
            let (name, title, words) = (
                author.display_name.clone(),
                conversation.title.clone(),
                statement.body,
            );
            let letter = if moderation > 0 {
                Letter::StatementAccepted {
                    name,
                    title,
                    statement: words,
                    link,
                }
            } else {
                Letter::StatementRejected {
                    name,
                    title,
                    statement: words,
                    reason: reason.clone().unwrap_or_default(),
                    link,
                }
            };
            Some(compose(
                &in_language_of(author.lang.as_deref()),
                &author.email,
                letter,
            ))
        }
        _ => None,
    };
    match state
        .store
        .moderate_statement(
            &visitor.audit_actor(),
            conversation.id,
            number,
            moderation,
            reason.as_deref(),
            notice.as_ref(),
        )
        .await
    {
        Ok(()) => Ok(see_other(&format!(
            "/opinion/{}#s-{number}",
            conversation.id
        ))),
        Err(error) => refused(t, visitor, &state, conversation, error).await,
    }
}
