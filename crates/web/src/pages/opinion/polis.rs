//! Pol.is's export format: the votes, comments and participants' files a map downloads as, and
//! an export loaded into a new map (every problem a clear 422, nothing loaded in part).

use super::*;

// ---------------------------------------------------------------------------------------------
// Pol.is's export format

fn csv_file(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

fn export_failed(error: concord_text::opinion::OpinionError) -> PageError {
    PageError::Internal(format!("export: {error}"))
}

fn comments_of(statements: &[Statement], votes: &[CastVote]) -> Vec<PolisComment> {
    statements
        .iter()
        .map(|s| PolisComment {
            id: u64::try_from(s.number).unwrap_or_default(),
            // Who wrote a statement is kept by name, not as a participant number.
            author: 0,
            timestamp: votes.first().map_or(0, |v| v.cast_at),
            agrees: u64::try_from(s.agrees).unwrap_or_default(),
            disagrees: u64::try_from(s.disagrees).unwrap_or_default(),
            moderation: Moderation::from_i8(s.moderation).unwrap_or(Moderation::Unmoderated),
            body: s.body.clone(),
        })
        .collect()
}

/// One of the three files of Pol.is's export: `votes.csv`, `comments.csv`,
/// `participants-votes.csv`.
pub(crate) async fn export(
    State(state): State<AppState>,
    Path((raw, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    let statements = state.store.statements(conversation.id).await?;
    let votes = state.store.votes(conversation.id).await?;
    let mut bytes = Vec::new();
    match file.as_str() {
        "votes.csv" => {
            polis_csv::write_votes(&mut bytes, &text_votes(&votes)).map_err(export_failed)?
        }
        "comments.csv" => polis_csv::write_comments(&mut bytes, &comments_of(&statements, &votes))
            .map_err(export_failed)?,
        "participants-votes.csv" => {
            let matrix = VoteMatrix::from_votes(&text_votes(&votes));
            // Without a map (too few votes, or a failed analysis) the groups column stays empty.
            let map = map_of(&matrix, &statements, None).ok().flatten();
            let file = ParticipantsVotes::from_matrix(
                &matrix,
                &comments_of(&statements, &votes),
                |p| map.as_ref().and_then(|m| m.group_of(p)),
                None,
            );
            polis_csv::write_participants_votes(&mut bytes, &file).map_err(export_failed)?;
        }
        _ => return Err(missing("error-no-conversation", file)),
    }
    Ok(csv_file(&file, bytes))
}

/// Loads a Pol.is export (`comments.csv` and `votes.csv`) into an empty conversation.
pub(crate) async fn import(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    upload: Upload,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    visitor.require(Action::DraftTexts(conversation.body_id))?;
    let read = || -> Result<(Vec<PolisComment>, Vec<Vote>), Invalid> {
        let file = |field: &str| {
            upload
                .file(field)
                .filter(|f| !f.bytes.is_empty())
                .ok_or_else(|| Invalid::one(field, "required", "This field is required"))
        };
        let comments =
            polis_csv::read_comments(file("comments")?.bytes.as_slice()).map_err(|e| {
                Invalid::one(
                    "comments",
                    "polis_file_unreadable",
                    format!("comments.csv: {e}"),
                )
                .with_arg("detail", e)
            })?;
        let votes = polis_csv::read_votes(file("votes")?.bytes.as_slice()).map_err(|e| {
            Invalid::one("votes", "polis_file_unreadable", format!("votes.csv: {e}"))
                .with_arg("detail", e)
        })?;
        Ok((comments, votes))
    };
    let outcome = match read() {
        Ok((comments, votes)) => {
            // The reader refuses ids past i64::MAX, so none is ever stored as another.
            let stored = |id: u64| i64::try_from(id).unwrap_or(i64::MAX);
            let statements: Vec<concord_store::ImportedStatement> = comments
                .iter()
                .map(|c| (stored(c.id), c.body.clone(), c.moderation.as_i8(), false))
                .collect();
            let votes: Vec<CastVote> = votes
                .iter()
                .map(|v| CastVote {
                    participant: stored(v.participant),
                    statement: stored(v.statement),
                    value: v.value.as_i8(),
                    cast_at: v.timestamp,
                })
                .collect();
            state
                .store
                .import_conversation(&visitor.audit_actor(), conversation.id, &statements, &votes)
                .await
                .map(|_| ())
        }
        Err(invalid) => Err(invalid.into()),
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!(
            "/opinion/{}#map-heading",
            conversation.id
        ))),
        Err(error) => refused(t, visitor, &state, conversation, error).await,
    }
}
