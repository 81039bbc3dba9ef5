//! The background jobs' contract: one enum of what a job does, each kind with its typed
//! argument. The store writes a task with the change that causes it, in the same transaction;
//! the web front's runner reads it back and does it. A row holds the task as a kind and a text
//! payload, the same text every version has written.

use concord_domain::ids::{DocumentId, MeetingId};
use time::OffsetDateTime;

use crate::rows::{now, timestamp};
use crate::Result;

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Deliver a message of the outbox.
    SendMail {
        /// The message.
        outbox: i64,
    },
    /// Remind those registered for a meeting, two days before it.
    MeetingReminder {
        /// The meeting.
        meeting: MeetingId,
        /// Its calendar sequence when the reminder was planned: a meeting moved since has a
        /// reminder of its own, and this one is dropped.
        sequence: i64,
    },
    /// Tell a document's followers that a new version of it was filed.
    DocumentRevised {
        /// The new version.
        document: DocumentId,
    },
    /// Circulate a silence procedure to the body's members.
    SilenceCirculated {
        /// The procedure.
        silence: i64,
    },
    /// Close a silence procedure at its deadline, broken or not.
    SilenceDeadline {
        /// The procedure.
        silence: i64,
    },
    /// Compute a run of suggested themes for a call's answers.
    SuggestThemes {
        /// The run.
        run: i64,
    },
}

impl Task {
    /// The kind, as stored.
    pub fn kind(self) -> &'static str {
        match self {
            Task::SendMail { .. } => "send_mail",
            Task::MeetingReminder { .. } => "meeting_reminder",
            Task::DocumentRevised { .. } => "document_revised",
            Task::SilenceCirculated { .. } => "silence_circulated",
            Task::SilenceDeadline { .. } => "silence_deadline",
            Task::SuggestThemes { .. } => "suggest_themes",
        }
    }

    /// The argument, as stored.
    pub fn payload(self) -> String {
        match self {
            Task::SendMail { outbox: id }
            | Task::SilenceCirculated { silence: id }
            | Task::SilenceDeadline { silence: id } => id.to_string(),
            Task::DocumentRevised { document } => document.to_string(),
            Task::MeetingReminder { meeting, sequence } => format!("{meeting}:{sequence}"),
            Task::SuggestThemes { run } => serde_json::json!({ "run": run }).to_string(),
        }
    }

    /// Reads a stored task back; an unknown kind or an unreadable argument says which.
    pub fn read(kind: &str, payload: &str) -> std::result::Result<Task, String> {
        let number = |text: &str| {
            text.parse::<i64>()
                .map_err(|_| format!("a {kind} job's argument “{payload}” is not a number"))
        };
        Ok(match kind {
            "send_mail" => Task::SendMail {
                outbox: number(payload)?,
            },
            "meeting_reminder" => {
                let (meeting, sequence) = payload.split_once(':').ok_or_else(|| {
                    format!("a reminder's argument “{payload}” is not id:sequence")
                })?;
                Task::MeetingReminder {
                    meeting: MeetingId(number(meeting)?),
                    sequence: number(sequence)?,
                }
            }
            "document_revised" => Task::DocumentRevised {
                document: DocumentId(number(payload)?),
            },
            "silence_circulated" => Task::SilenceCirculated {
                silence: number(payload)?,
            },
            "silence_deadline" => Task::SilenceDeadline {
                silence: number(payload)?,
            },
            "suggest_themes" => Task::SuggestThemes {
                run: serde_json::from_str::<serde_json::Value>(payload)
                    .ok()
                    .and_then(|value| value.get("run")?.as_i64())
                    .ok_or_else(|| format!("a theme run's argument “{payload}” names no run"))?,
            },
            other => return Err(format!("unknown job kind “{other}”")),
        })
    }
}

/// Enqueues `task` to run at `run_at`, tried at most `max_attempts` times; call inside the
/// transaction of the change that causes it, so that the two are committed together.
pub(crate) async fn enqueue(
    conn: &mut sqlx::AnyConnection,
    task: Task,
    run_at: OffsetDateTime,
    max_attempts: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(task.kind())
    .bind(task.payload())
    .bind(timestamp(run_at))
    .bind(max_attempts)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_task_reads_back_as_written() {
        let tasks = [
            Task::SendMail { outbox: 7 },
            Task::MeetingReminder {
                meeting: MeetingId(3),
                sequence: 2,
            },
            Task::DocumentRevised {
                document: DocumentId(11),
            },
            Task::SilenceCirculated { silence: 5 },
            Task::SilenceDeadline { silence: 5 },
            Task::SuggestThemes { run: 9 },
        ];
        for task in tasks {
            assert_eq!(Task::read(task.kind(), &task.payload()), Ok(task));
        }
        assert!(Task::read("send_mail", "x").is_err());
        assert!(Task::read("meeting_reminder", "3").is_err());
        assert!(Task::read("launch_rockets", "1").is_err());
    }
}
