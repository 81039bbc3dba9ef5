//! The calls for input of the demonstration: the WGEC's 2013 questionnaire (questions 1–11
//! verbatim, from the published compilations; §1.5 of the research note), closed and compiled as
//! it was; and an illustrative copy of it, open from the day of loading, for a newcomer to
//! answer, get a receipt and check it with `concord verify`.

use concord_domain::call::{CallForm, CallState, QuestionForm};
use concord_domain::ids::BodyId;
use concord_store::{AuditActor, CallStore, Store};

/// Question 1 chooses a category; the others are free text. Question 2 has three sub-parts.
const QUESTIONS: &[(&str, &str)] = &[
    ("1", "Which stakeholder category do you belong to?"),
    ("2 a)", "What do you think is the significance, purpose and scope of enhanced cooperation as per the Tunis Agenda? a) Significance"),
    ("2 b)", "b) Purpose"),
    ("2 c)", "c) Scope"),
    ("3", "To what extent has or has not enhanced cooperation been implemented? Please use the space below to explain and to provide examples to support your answer."),
    ("4", "What are the relevant international public policy issues pertaining to the Internet?"),
    ("5", "What are the roles and responsibilities of the different stakeholders, including governments, in implementation of the various aspects of enhanced cooperation?"),
    ("6", "How should enhanced cooperation be implemented to enable governments, on an equal footing, to carry out their roles and responsibilities in international public policy issues pertaining to the Internet?"),
    ("7", "How can enhanced cooperation enable other stakeholders to carry out their roles and responsibilities?"),
    ("8", "What are the most appropriate mechanisms to fully implement enhanced cooperation as recognized in the Tunis Agenda, including on international public policy issues pertaining to the Internet and public policy issues associated with coordination and man[agement of critical Internet resources]?"),
    ("9", "What is the possible relationship between enhanced cooperation and the IGF?"),
    ("10", "How can the role of developing countries be made more effective in global Internet governance?"),
    ("11", "What barriers remain for all stakeholders to fully participate in their respective roles in global Internet governance? How can these barriers best be overcome?"),
];

async fn questionnaire(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
    form: CallForm,
    illustrative: bool,
    states: &[CallState],
) -> anyhow::Result<i64> {
    let mut fields = form.parse()?;
    fields.illustrative = illustrative;
    let call = store.add_call(by, body, &fields).await?;
    for (label, text) in QUESTIONS {
        let question = QuestionForm {
            label: Some((*label).into()),
            text: Some((*text).into()),
            kind: Some(
                if *label == "1" {
                    "single_choice"
                } else {
                    "free_text"
                }
                .into(),
            ),
            options: (*label == "1").then(|| "Government\nNon-Government".into()),
            required: Some(*label == "1"),
            ..Default::default()
        };
        store.add_question(by, call.id, &question.parse()?).await?;
    }
    for state in states {
        store.move_call(by, call.id, *state).await?;
    }
    Ok(call.id)
}

/// The WGEC's questionnaire of 2013, as it ran: finalised at the first meeting, due on
/// 15 August 2013 (then extended; the new date is not in the sources), compiled for the second
/// meeting.
pub async fn wgec_questionnaire(
    store: &Store,
    by: &AuditActor,
    wgec: BodyId,
) -> anyhow::Result<()> {
    let form = CallForm {
        title: Some("Questionnaire of the Working Group on Enhanced Cooperation".into()),
        description: Some("Finalised by the Working Group at its first meeting (31 May 2013) and adopted as the primary means to collect stakeholder views; other means could also be used.\n\nThe deadline of 15 August 2013 was extended; the new date is not in the public sources. 69 responses were received and reviewed at the second meeting. Only questions 1 to 11 are confirmed; question 8 is truncated in the source, as shown.".into()),
        opens_on: Some("2013-05-31".into()),
        closes_on: Some("2013-08-15".into()),
        time_zone: Some("Europe/Zurich".into()),
        ..Default::default()
    };
    questionnaire(
        store,
        by,
        wgec,
        form,
        false,
        &[CallState::Open, CallState::Closed, CallState::Compiled],
    )
    .await?;
    Ok(())
}

/// An open copy of the questionnaire for trying Concord out, flagged illustrative; returns its
/// id.
pub async fn demonstration_call(
    store: &Store,
    by: &AuditActor,
    body: BodyId,
) -> anyhow::Result<i64> {
    let today = time::OffsetDateTime::now_utc().date();
    let closes = today + time::Duration::days(90);
    let form = CallForm {
        title: Some("Demonstration: the 2013 questionnaire on enhanced cooperation".into()),
        description: Some("An open copy of the Working Group's 2013 questionnaire, for trying Concord out: answer it, keep the receipt, and check it with `concord verify`. Responses here are demonstration data: the six loaded with it were written for the demonstration and are no one's words, and the issues compiled from them show how the 2013 task force's spreadsheet of issues is kept here, each with the passages that raised it.".into()),
        opens_on: Some(concord_domain::dates::format_date(today)),
        closes_on: Some(concord_domain::dates::format_date(closes)),
        time_zone: Some("Europe/Zurich".into()),
        audience: Some("signed_in".into()),
        ..Default::default()
    };
    questionnaire(store, by, body, form, true, &[CallState::Open]).await
}
