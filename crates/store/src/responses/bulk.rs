//! The writer's fast path: the submissions of a batch made online with no new file and no
//! co-signatory, one per account and call, written together with a handful of multi-row
//! statements (see `multirow`) instead of some sixteen statements each. It writes what the
//! one-by-one path writes — the same rows, the same exact record and hash, the same ledger
//! entries in batch order — so the conformance suite, which submits through the writer, checks
//! both. If anything here fails, the writer rolls it back and takes the requests one by one.

use concord_domain::ids::CallId;
use std::collections::HashMap;

use concord_domain::call::{deadline, CallState};
use concord_domain::dates::parse_date;
use concord_domain::ledger::entry_hash;
use concord_domain::response::{sha256_hex, Attachment, Received};

use super::{check_open_at, reference_of, Receipt, SaveRequest};
use crate::engine::multirow::{Batch, Cell};
use crate::error::StoreError;
use crate::jobs::Task;
use crate::mail::{MailDraft, MAIL_ATTEMPTS};
use crate::rows::{now, timestamp};
use crate::Result;

/// Which requests of a batch (by position) take the fast path: submissions made online with
/// nothing beside the form, whose account sends nothing else to the same call in this batch
/// (those go one by one, in order, so that each sees the one before).
pub(super) fn select<'a>(requests: impl Iterator<Item = &'a SaveRequest> + Clone) -> Vec<usize> {
    let mut per_author: HashMap<(CallId, Option<i64>), usize> = HashMap::new();
    for request in requests.clone() {
        *per_author
            .entry((request.call, request.user.map(|u| u.0)))
            .or_default() += 1;
    }
    requests
        .enumerate()
        .filter(|(_, r)| {
            r.submit
                && r.user.is_some()
                && r.files.is_empty()
                && r.submission.signatories.is_empty()
                && per_author[&(r.call, r.user.map(|u| u.0))] == 1
        })
        .map(|(position, _)| position)
        .collect()
}

/// A submission about to be written.
struct Planned<'a> {
    request: &'a SaveRequest,
    /// The response's row: known when the account has a response (or a draft) to this call
    /// already, else once it is inserted.
    id: Option<i64>,
    /// The row existed before this batch.
    returning: bool,
    reference: String,
    version: i64,
    stamp: String,
    /// The exact record received, and its hash.
    content: String,
    sha256: String,
}

/// Writes `requests` (chosen by [`select`]); returns each one's outcome, in order: a receipt,
/// or why it was refused (a closed call) with nothing written for it.
pub(super) async fn write(
    conn: &mut impl Batch,
    requests: &[&SaveRequest],
) -> Result<Vec<Result<Option<Receipt>>>> {
    let mut calls: HashMap<CallId, Openness> = HashMap::new();
    for request in requests {
        if let std::collections::hash_map::Entry::Vacant(entry) = calls.entry(request.call) {
            entry.insert(openness(&mut *conn, request.call).await?);
        }
    }
    let mut outcomes: Vec<Option<Result<Option<Receipt>>>> = Vec::with_capacity(requests.len());
    let mut open = Vec::with_capacity(requests.len());
    for (position, request) in requests.iter().enumerate() {
        let call = &calls[&request.call];
        match check_open_at(call.state, call.deadline, request.at) {
            Ok(()) => {
                open.push(position);
                outcomes.push(None);
            }
            Err(refused) => outcomes.push(Some(Err(refused))),
        }
    }
    let open: Vec<&SaveRequest> = open.iter().map(|&p| requests[p]).collect();
    let planned = plan(&mut *conn, &open).await?;
    let receipts = store(&mut *conn, planned).await?;
    let mut receipts = receipts.into_iter();
    Ok(outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap_or_else(|| Ok(receipts.next())))
        .collect())
}

/// Whether a call takes responses, read inside the writer's transaction.
struct Openness {
    state: CallState,
    deadline: Option<i64>,
}

async fn openness(conn: &mut impl Batch, call: CallId) -> Result<Openness> {
    let found = conn
        .one(
            "SELECT state, closes_on, closes_time, time_zone FROM calls WHERE id = $1",
            &[Cell::Int(call.0)],
        )
        .await?;
    let row = found.first().ok_or(StoreError::not_found("call"))?;
    let state = CallState::parse(&row.text("state")?)
        .ok_or_else(|| StoreError::Failed("a call has an unknown state".into()))?;
    let (time, zone) = (row.text("closes_time")?, row.text("time_zone")?);
    let deadline = parse_date("closes_on", &row.text("closes_on")?)
        .ok()
        .and_then(|day| deadline(day, &time, &zone));
    Ok(Openness { state, deadline })
}

/// Finds each author's response (or reserves a reference for a new one) and the files it
/// already holds, and makes the exact record of each submission.
async fn plan<'a>(conn: &mut impl Batch, requests: &[&'a SaveRequest]) -> Result<Vec<Planned<'a>>> {
    let users: Vec<Vec<Cell>> = requests
        .iter()
        .filter_map(|r| r.user.map(|u| vec![Cell::Int(u.0)]))
        .collect();
    let mut existing: HashMap<(i64, i64), (i64, String, i64)> = HashMap::new();
    for row in conn.rows("SELECT id, call_id, user_id, reference, version FROM responses WHERE user_id IN ({rows})",
        &users,
    )
    .await?
    {
        existing.insert(
            (row.int("call_id")?, row.int("user_id")?),
            (row.int("id")?, row.text("reference")?, row.int("version")?),
        );
    }
    let ids: Vec<Vec<Cell>> = existing
        .values()
        .map(|(id, _, _)| vec![Cell::Int(*id)])
        .collect();
    let mut files: HashMap<i64, Vec<Attachment>> = HashMap::new();
    for row in conn
        .rows(
            "SELECT response_id, file_name, media_type, byte_size, sha256 FROM response_files \
         WHERE response_id IN ({rows}) ORDER BY id",
            &ids,
        )
        .await?
    {
        files
            .entry(row.int("response_id")?)
            .or_default()
            .push(Attachment {
                file_name: row.text("file_name")?,
                media_type: row.text("media_type")?,
                byte_size: row.int("byte_size")?,
                sha256: row.text("sha256")?,
            });
    }
    let mut next_numbers = reserve_numbers(&mut *conn, requests, &existing).await?;
    let mut planned = Vec::with_capacity(requests.len());
    for request in requests {
        let user = request.user.map_or(0, |u| u.0);
        let (id, reference, version) = match existing.get(&(request.call.0, user)) {
            Some((id, reference, version)) => (Some(*id), reference.clone(), version + 1),
            None => {
                let number = next_numbers.entry(request.call.0).or_default();
                *number += 1;
                (None, reference_of(request.call, *number - 1), 1)
            }
        };
        let mut submission = request.submission.clone();
        submission.attachments = id
            .and_then(|id| files.get(&id).cloned())
            .unwrap_or_default();
        let content = Received {
            call_id: request.call.0,
            reference: &reference,
            version,
            channel: request.channel,
            submission: &submission,
        }
        .canonical_json();
        planned.push(Planned {
            request,
            id,
            returning: id.is_some(),
            reference,
            version,
            stamp: timestamp(request.at),
            sha256: sha256_hex(content.as_bytes()),
            content,
        });
    }
    Ok(planned)
}

/// Takes the next reference numbers of each call for the new responses; returns the first
/// number reserved per call.
async fn reserve_numbers(
    conn: &mut impl Batch,
    requests: &[&SaveRequest],
    existing: &HashMap<(i64, i64), (i64, String, i64)>,
) -> Result<HashMap<i64, i64>> {
    let mut wanted: HashMap<i64, i64> = HashMap::new();
    for request in requests {
        let user = request.user.map_or(0, |u| u.0);
        if !existing.contains_key(&(request.call.0, user)) {
            *wanted.entry(request.call.0).or_default() += 1;
        }
    }
    let mut first = HashMap::new();
    for (call, count) in wanted {
        let after = conn
            .one(
                "UPDATE calls SET next_number = next_number + $1 WHERE id = $2 RETURNING next_number",
                &[Cell::Int(count), Cell::Int(call)],
            )
            .await?
            .first()
            .ok_or(StoreError::not_found("call"))?
            .int("next_number")?;
        first.insert(call, after - count);
    }
    Ok(first)
}

/// Writes the planned submissions: responses, answers, exact records, ledger entries, receipt
/// messages; returns the receipts in order.
async fn store(conn: &mut impl Batch, mut planned: Vec<Planned<'_>>) -> Result<Vec<Receipt>> {
    insert_new_responses(&mut *conn, &mut planned).await?;
    update_existing_responses(&mut *conn, &planned).await?;
    let ids: Vec<i64> = planned
        .iter()
        .map(|p| {
            p.id.ok_or_else(|| StoreError::Failed("a new response has no row".into()))
        })
        .collect::<Result<_>>()?;
    let existing: Vec<Vec<Cell>> = planned
        .iter()
        .zip(&ids)
        .filter(|(p, _)| p.returning)
        .map(|(_, id)| vec![Cell::Int(*id)])
        .collect();
    conn.rows(
        "DELETE FROM response_answers WHERE response_id IN ({rows})",
        &existing,
    )
    .await?;
    let choices: Vec<Vec<String>> = planned
        .iter()
        .map(|p| {
            p.request
                .submission
                .answers
                .iter()
                .map(|a| serde_json::to_string(&a.choices).unwrap_or_else(|_| "[]".into()))
                .collect()
        })
        .collect();
    let mut answers = Vec::new();
    for ((p, id), choices) in planned.iter().zip(&ids).zip(&choices) {
        for (answer, choices) in p.request.submission.answers.iter().zip(choices) {
            answers.push(vec![
                Cell::Int(*id),
                Cell::Int(answer.question_id.0),
                Cell::MaybeText(answer.text.as_deref()),
                Cell::Text(choices),
            ]);
        }
    }
    conn.rows(
        "INSERT INTO response_answers (response_id, question_id, text, choices) VALUES {rows}",
        &answers,
    )
    .await?;
    let versions: Vec<Vec<Cell>> = planned
        .iter()
        .zip(&ids)
        .map(|(p, id)| {
            vec![
                Cell::Int(*id),
                Cell::Int(p.version),
                Cell::Text(&p.content),
                Cell::Text(&p.sha256),
                Cell::Text(&p.stamp),
            ]
        })
        .collect();
    conn.rows("INSERT INTO response_versions (response_id, version, content, sha256, created_at) VALUES {rows}",
        &versions,
    )
    .await?;
    // Files sent with an earlier draft become part of this version.
    let drafted_files: Vec<Vec<Cell>> = planned
        .iter()
        .zip(&ids)
        .filter(|(p, _)| p.returning)
        .map(|(p, id)| vec![Cell::Int(*id), Cell::Int(p.version)])
        .collect();
    conn.rows(
        "UPDATE response_files SET version = v.column2 FROM (VALUES {rows}) AS v \
         WHERE response_files.response_id = v.column1 AND response_files.version = 0",
        &drafted_files,
    )
    .await?;
    let receipts = append_to_ledger(&mut *conn, &planned).await?;
    send_receipts(&mut *conn, &planned, &receipts).await?;
    Ok(receipts)
}

/// Inserts the responses of first-time authors, whole, and notes their ids.
async fn insert_new_responses(conn: &mut impl Batch, planned: &mut [Planned<'_>]) -> Result<()> {
    let rows: Vec<Vec<Cell>> = planned
        .iter()
        .filter(|p| !p.returning)
        .map(|p| {
            let (request, r) = (p.request, &p.request.submission.respondent);
            vec![
                Cell::Int(request.call.0),
                Cell::Text(&p.reference),
                Cell::Int(request.user.map_or(0, |u| u.0)),
                Cell::MaybeText(request.email.as_deref()),
                Cell::Text(request.channel.code()),
                Cell::Text(r.kind.code()),
                Cell::Text(&r.name),
                Cell::MaybeText(r.organization.as_deref()),
                Cell::Text(r.stakeholder_group.code()),
                Cell::MaybeText(r.sub_category.as_deref()),
                Cell::MaybeText(r.country.as_deref()),
                Cell::MaybeText(r.ecosoc.map(|e| e.code())),
                Cell::Text(&request.submission.lang),
                Cell::Int(i64::from(request.submission.consent_publish)),
                Cell::Int(i64::from(request.submission.consent_cite)),
                Cell::Int(p.version),
                Cell::Text(&p.stamp),
                Cell::Text(&p.stamp),
                Cell::Text(&p.stamp),
            ]
        })
        .collect();
    let inserted = conn.rows("INSERT INTO responses (call_id, reference, user_id, email, channel, respondent_kind, name, \
         organization, stakeholder_group, sub_category, country, ecosoc, lang, consent_publish, \
         consent_cite, version, submitted_at, updated_at, created_at) VALUES {rows} \
         RETURNING id, reference",
        &rows,
    )
    .await?;
    let mut ids = HashMap::with_capacity(inserted.len());
    for row in inserted {
        ids.insert(row.text("reference")?, row.int("id")?);
    }
    for p in planned.iter_mut().filter(|p| !p.returning) {
        p.id = ids.get(&p.reference).copied();
    }
    Ok(())
}

/// Brings the responses of returning authors up to the version submitted.
async fn update_existing_responses(conn: &mut impl Batch, planned: &[Planned<'_>]) -> Result<()> {
    let rows: Vec<Vec<Cell>> = planned
        .iter()
        .filter(|p| p.returning)
        .filter_map(|p| {
            let (s, r) = (&p.request.submission, &p.request.submission.respondent);
            Some(vec![
                Cell::Int(p.id?),
                Cell::Text(r.kind.code()),
                Cell::Text(&r.name),
                Cell::MaybeText(r.organization.as_deref()),
                Cell::Text(r.stakeholder_group.code()),
                Cell::MaybeText(r.sub_category.as_deref()),
                Cell::MaybeText(r.country.as_deref()),
                Cell::MaybeText(r.ecosoc.map(|e| e.code())),
                Cell::Text(&s.lang),
                Cell::Int(i64::from(s.consent_publish)),
                Cell::Int(i64::from(s.consent_cite)),
                Cell::Int(p.version),
                Cell::Text(&p.stamp),
            ])
        })
        .collect();
    conn.rows(
        "UPDATE responses SET respondent_kind = v.column2, name = v.column3, \
         organization = v.column4, stakeholder_group = v.column5, sub_category = v.column6, \
         country = v.column7, ecosoc = v.column8, lang = v.column9, consent_publish = v.column10, \
         consent_cite = v.column11, version = v.column12, draft = NULL, submitted_at = v.column13, \
         updated_at = v.column13 FROM (VALUES {rows}) AS v WHERE responses.id = v.column1",
        &rows,
    )
    .await?;
    Ok(())
}

/// Appends one ledger entry per submission, chained in order, moving the head once.
async fn append_to_ledger(conn: &mut impl Batch, planned: &[Planned<'_>]) -> Result<Vec<Receipt>> {
    if planned.is_empty() {
        return Ok(Vec::new());
    }
    let count = i64::try_from(planned.len()).unwrap_or(i64::MAX);
    let head = conn
        .one(
            "UPDATE ledger_head SET seq = seq + $1 WHERE id = 1 RETURNING seq, hash",
            &[Cell::Int(count)],
        )
        .await?
        .pop()
        .ok_or_else(|| StoreError::Failed("the ledger has no head".into()))?;
    let (mut seq, mut prev) = (head.int("seq")? - count, head.text("hash")?);
    let mut entries = Vec::with_capacity(planned.len());
    for p in planned {
        seq += 1;
        let hash = entry_hash(
            &prev,
            seq,
            "submission",
            &p.reference,
            p.version,
            &p.sha256,
            &p.stamp,
        );
        entries.push((seq, prev, hash.clone()));
        prev = hash;
    }
    let rows: Vec<Vec<Cell>> = planned
        .iter()
        .zip(&entries)
        .map(|(p, (seq, prev, hash))| {
            vec![
                Cell::Int(*seq),
                Cell::Text("submission"),
                Cell::Text(&p.reference),
                Cell::Int(p.version),
                Cell::Text(&p.sha256),
                Cell::Text(&p.stamp),
                Cell::Text(prev),
                Cell::Text(hash),
            ]
        })
        .collect();
    conn.rows("INSERT INTO ledger (seq, kind, reference, version, content_sha256, recorded_at, prev_hash, entry_hash) \
         VALUES {rows}",
        &rows,
    )
    .await?;
    conn.one(
        "UPDATE ledger_head SET hash = $1 WHERE id = 1",
        &[Cell::Text(&prev)],
    )
    .await?;
    Ok(planned
        .iter()
        .zip(entries)
        .map(|(p, (seq, _, hash))| Receipt {
            call_id: p.request.call,
            reference: p.reference.clone(),
            version: p.version,
            sha256: p.sha256.clone(),
            seq,
            entry_hash: hash,
            recorded_at: p.stamp.clone(),
        })
        .collect())
}

/// Puts each receipt's message in the outbox with its delivery job.
async fn send_receipts(
    conn: &mut impl Batch,
    planned: &[Planned<'_>],
    receipts: &[Receipt],
) -> Result<()> {
    let mails: Vec<MailDraft> = planned
        .iter()
        .zip(receipts)
        .filter_map(|(p, receipt)| (p.request.mails.receipt)(receipt))
        .collect();
    let stamp = now();
    let rows: Vec<Vec<Cell>> = mails
        .iter()
        .map(|m| {
            vec![
                Cell::Text(&m.to),
                Cell::Text(&m.subject),
                Cell::Text(&m.body),
                Cell::Text(&stamp),
            ]
        })
        .collect();
    let mut outbox: Vec<i64> = conn.rows("INSERT INTO outbox (recipient, subject, body_text, created_at) VALUES {rows} RETURNING id",
        &rows,
    )
    .await?
    .iter()
    .map(|row| row.int("id"))
    .collect::<Result<_>>()?;
    // Only the set of ids matters (each message gets one job); sorted so that jobs run in the
    // order the messages were written.
    outbox.sort_unstable();
    let tasks: Vec<(&str, String)> = outbox
        .iter()
        .map(|&outbox| {
            let task = Task::SendMail { outbox };
            (task.kind(), task.payload())
        })
        .collect();
    let jobs: Vec<Vec<Cell>> = tasks
        .iter()
        .map(|(kind, payload)| {
            vec![
                Cell::Text(kind),
                Cell::Text(payload),
                Cell::Text(&stamp),
                Cell::Int(MAIL_ATTEMPTS),
                Cell::Text(&stamp),
            ]
        })
        .collect();
    conn.rows(
        "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) VALUES {rows}",
        &jobs,
    )
    .await?;
    Ok(())
}
