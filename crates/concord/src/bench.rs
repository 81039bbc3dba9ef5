//! `concord bench submissions`: the load generator for the response form. It prepares a fresh
//! database (an open call, one account and session per connection), runs `concord serve` as a
//! separate process, and submits through the real HTTP endpoint over keep-alive connections:
//! each connection submits version after version of its own response. It reports acknowledged
//! submissions per second, latency percentiles and 503s. With `--kill-after`, it kills the server
//! with SIGKILL in the middle of the load, then opens the database and checks that every
//! submission the server acknowledged (a 303 to its receipt) is there, in the ledger. With
//! `--fault-after` and `--fault`, it runs a command in the middle of the load instead (restart
//! PostgreSQL, fill the disk) and checks the same once the load is over.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::call::{CallForm, CallState, QuestionForm};
use concord_store::{
    AccountStore, AuditActor, BodyStore, CallStore, ConnectOptions, NewUser, ResponseStore, Store,
};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// What to run.
#[derive(Debug, Clone)]
pub struct Plan {
    /// How long to submit for.
    pub duration: Duration,
    /// Connections (and accounts) submitting at once.
    pub connections: usize,
    /// Kill the server this long after the start, then check what was acknowledged.
    pub kill_after: Option<Duration>,
    /// After the load, wait at most this long for the mail backlog to be delivered.
    pub drain: Option<Duration>,
    /// Where the database and the server's files go.
    pub work_dir: PathBuf,
    /// An empty database to run on instead of a new SQLite file in `work_dir`.
    pub database_url: Option<String>,
    /// A shell command to run this long after the start, while the load goes on.
    pub fault: Option<(Duration, String)>,
}

/// What happened.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Submissions acknowledged with a receipt.
    pub acknowledged: usize,
    /// Answers "503, come back later".
    pub busy: usize,
    /// Failed requests (connection reset by the kill, other statuses).
    pub failed: usize,
    /// Seconds of load.
    pub seconds: f64,
    /// Latencies of acknowledged submissions, in milliseconds, sorted.
    pub latencies: Vec<f64>,
    /// After a kill: acknowledged submissions found in the database and ledger.
    pub found_after_kill: Option<usize>,
    /// After a fault: acknowledged submissions found in the database and ledger.
    pub found_after_fault: Option<usize>,
    /// What the fault's command said, when it failed.
    pub fault_failed: Option<String>,
    /// Jobs (receipt e-mails, mostly) still waiting when the server stopped: how far mail
    /// delivery lagged behind the submissions.
    pub jobs_waiting: i64,
    /// With a drain: seconds after the load until no job was waiting (`None` if not in time).
    pub drained_after: Option<Option<f64>>,
}

impl Outcome {
    /// The latency below which `share` of acknowledged submissions fall.
    pub fn percentile(&self, share: f64) -> f64 {
        if self.latencies.is_empty() {
            return 0.0;
        }
        let rank = ((self.latencies.len() as f64 - 1.0) * share).round() as usize;
        self.latencies[rank.min(self.latencies.len() - 1)]
    }
}

/// One connection's account: its session cookie and form token.
struct Account {
    cookie: String,
    csrf: String,
}

async fn prepare(url: &str, connections: usize) -> anyhow::Result<(i64, i64, Vec<Account>)> {
    let store = Store::connect(
        url,
        ConnectOptions {
            create_if_missing: true,
            ..Default::default()
        },
    )
    .await?;
    store.migrate().await?;
    let by = AuditActor::system("benchmark");
    let body = BodyForm {
        name: Some("Benchmark working group".into()),
        acronym: Some("BENCH".into()),
        body_type: Some("working_group".into()),
        ..Default::default()
    };
    let body = store
        .create_body(&by, &body.parse()?, Lifecycle::Working)
        .await?;
    let call = CallForm {
        title: Some("Benchmark call".into()),
        opens_on: Some("2020-01-01".into()),
        closes_on: Some("2099-12-31".into()),
        audience: Some("signed_in".into()),
        ..Default::default()
    };
    let call = store.add_call(&by, body.id, &call.parse()?).await?;
    let question = QuestionForm {
        label: Some("1".into()),
        text: Some("What are the relevant international public policy issues?".into()),
        required: Some(true),
        ..Default::default()
    };
    let question = store.add_question(&by, call.id, &question.parse()?).await?;
    store.move_call(&by, call.id, CallState::Open).await?;
    let mut accounts = Vec::with_capacity(connections);
    for n in 0..connections {
        let user = NewUser {
            email: concord_domain::account::Email::parse("e", &format!("r{n}@bench.example"))?,
            display_name: format!("Respondent {n}"),
            password_hash: "x".into(),
        };
        let user = store.create_user(&by, &user, true, false).await?;
        let token = concord_web::auth::new_token();
        let csrf = concord_web::auth::new_token();
        store
            .create_session(
                user.id,
                &concord_web::auth::hash_token(&token),
                &csrf,
                time::OffsetDateTime::now_utc() + time::Duration::hours(2),
            )
            .await?;
        accounts.push(Account {
            cookie: format!("concord_session={token}"),
            csrf,
        });
    }
    store.close().await;
    Ok((call.id.0, question.id.0, accounts))
}

fn start_server(
    binary: &Path,
    url: &str,
    address: SocketAddr,
    dir: &Path,
) -> anyhow::Result<Child> {
    Command::new(binary)
        .args(["serve", "--listen", &address.to_string()])
        .env("CONCORD_DATABASE_URL", url)
        .env("CONCORD_LOG", "warn")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start concord serve")
}

async fn wait_ready(address: SocketAddr) -> anyhow::Result<()> {
    for _ in 0..200 {
        if TcpStream::connect(address).await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!("the server did not start")
}

/// A kept-alive connection, read through a buffer: the answer's head is read line by line
/// without a system call per byte.
type Connection = BufReader<TcpStream>;

async fn connect(address: SocketAddr) -> std::io::Result<Connection> {
    let stream = TcpStream::connect(address).await?;
    stream.set_nodelay(true)?;
    Ok(BufReader::with_capacity(8192, stream))
}

/// Sends one request on a kept-alive connection and reads the answer: status and Location.
async fn exchange(
    connection: &mut Connection,
    request: &[u8],
) -> anyhow::Result<(u16, Option<String>)> {
    connection.get_mut().write_all(request).await?;
    let (mut status, mut location, mut length) = (None, None, 0usize);
    let mut line = Vec::with_capacity(128);
    loop {
        line.clear();
        if connection.read_until(b'\n', &mut line).await? == 0 {
            bail!("connection closed");
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end();
        if text.is_empty() {
            break;
        }
        if status.is_none() {
            status = text.split(' ').nth(1).and_then(|s| s.parse::<u16>().ok());
            continue;
        }
        if let Some((name, value)) = text.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            } else if name.eq_ignore_ascii_case("location") {
                location = Some(value.trim().to_owned());
            }
        }
    }
    let mut body = vec![0u8; length];
    connection.read_exact(&mut body).await?;
    Ok((status.context("no status")?, location))
}

/// Runs the plan with the `concord` binary at `binary`.
pub async fn submissions(binary: &Path, plan: &Plan) -> anyhow::Result<Outcome> {
    std::fs::create_dir_all(&plan.work_dir)?;
    // The server runs in the work folder: the database's path must not depend on that.
    let work_dir = std::path::absolute(&plan.work_dir)?;
    let url = match &plan.database_url {
        Some(url) => url.clone(),
        None => format!("sqlite://{}", work_dir.join("bench.db").display()),
    };
    let (call, question, accounts) = prepare(&url, plan.connections).await?;
    let address: SocketAddr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
        probe.local_addr()?
    };
    let mut server = start_server(binary, &url, address, &work_dir)?;
    wait_ready(address).await?;

    let mut fault_failed = None;
    let start = Instant::now();
    let stop_at = start + plan.duration;
    let mut tasks = Vec::with_capacity(accounts.len());
    for (n, account) in accounts.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut acknowledged: Vec<(String, f64)> = Vec::new();
            let (mut busy, mut failed) = (0usize, 0usize);
            let Ok(mut stream) = connect(address).await else {
                return (acknowledged, busy, 1);
            };
            let mut version = 0u32;
            while Instant::now() < stop_at {
                version += 1;
                let form = format!(
                    "csrf={}&kind=person&name=Respondent+{n}&stakeholder_group=civil_society&lang=en&q{question}=Version+{version}+of+the+answer+of+respondent+{n}&action=submit",
                    account.csrf
                );
                let request = format!(
                    "POST /calls/{call}/respond HTTP/1.1\r\nHost: {address}\r\nCookie: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
                    account.cookie,
                    form.len()
                );
                let sent = Instant::now();
                match exchange(&mut stream, request.as_bytes()).await {
                    Ok((303, Some(location))) if location.contains("/receipts/") => {
                        let reference = location.rsplit('/').next().unwrap_or_default().to_owned();
                        acknowledged.push((reference, sent.elapsed().as_secs_f64() * 1000.0));
                    }
                    Ok((503, _)) => busy += 1,
                    Ok(_) => failed += 1,
                    Err(_) => {
                        failed += 1;
                        // The server is gone (killed): reconnect until the time is up.
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        match connect(address).await {
                            Ok(s) => stream = s,
                            Err(_) => break,
                        }
                    }
                }
            }
            (acknowledged, busy, failed)
        }));
    }
    if let Some(after) = plan.kill_after {
        tokio::time::sleep(after).await;
        server.kill().context("cannot kill the server")?;
    }
    if let Some((after, command)) = &plan.fault {
        tokio::time::sleep(*after).await;
        let ran = tokio::process::Command::new("sh")
            .args(["-c", command])
            .output()
            .await
            .context("cannot run the fault's command")?;
        if !ran.status.success() {
            fault_failed = Some(format!(
                "{} {}",
                String::from_utf8_lossy(&ran.stdout).trim(),
                String::from_utf8_lossy(&ran.stderr).trim()
            ));
        }
    }
    let mut outcome = Outcome {
        fault_failed,
        ..Outcome::default()
    };
    let mut references: Vec<String> = Vec::new();
    for task in tasks {
        let (acknowledged, busy, failed) = task.await?;
        outcome.busy += busy;
        outcome.failed += failed;
        for (reference, latency) in acknowledged {
            references.push(reference);
            outcome.latencies.push(latency);
        }
    }
    outcome.seconds = start
        .elapsed()
        .as_secs_f64()
        .min(plan.duration.as_secs_f64());
    outcome.acknowledged = outcome.latencies.len();
    outcome.latencies.sort_by(f64::total_cmp);
    if let (Some(limit), None) = (plan.drain, plan.kill_after) {
        let (waiting, drained) = drain(&url, limit).await?;
        outcome.jobs_waiting = waiting;
        outcome.drained_after = Some(drained);
    }
    let _ = server.kill();
    let _ = server.wait();

    if plan.kill_after.is_some() {
        outcome.seconds = plan
            .kill_after
            .map_or(outcome.seconds, |k| k.as_secs_f64().min(outcome.seconds));
        outcome.found_after_kill = Some(count_found(&url, &references).await?);
    }
    if plan.fault.is_some() {
        outcome.found_after_fault = Some(count_found(&url, &references).await?);
    }
    if outcome.drained_after.is_none() {
        let store = Store::connect(&url, ConnectOptions::default()).await?;
        outcome.jobs_waiting = concord_store::MailStore::pending_jobs(&store).await?;
        store.close().await;
    }
    Ok(outcome)
}

/// With the server still running after the load: the jobs waiting when it stopped, and how long
/// the worker then took to deliver them all (`None` if not within `limit`).
async fn drain(url: &str, limit: Duration) -> anyhow::Result<(i64, Option<f64>)> {
    let store = Store::connect(url, ConnectOptions::default()).await?;
    let started = Instant::now();
    let waiting = concord_store::MailStore::pending_jobs(&store).await?;
    let mut drained = None;
    while started.elapsed() < limit {
        if concord_store::MailStore::pending_jobs(&store).await? == 0 {
            drained = Some(started.elapsed().as_secs_f64());
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    store.close().await;
    Ok((waiting, drained))
}

/// How many acknowledged submissions (one per receipt: reference, in order of versions) the
/// database holds, with the ledger intact.
async fn count_found(url: &str, acknowledged: &[String]) -> anyhow::Result<usize> {
    let store = Store::connect(url, ConnectOptions::default()).await?;
    let ledger = store.ledger().await?;
    concord_domain::ledger::verify_chain(&ledger)?;
    let mut versions: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
    for entry in &ledger {
        let top = versions.entry(entry.reference.as_str()).or_default();
        *top = (*top).max(entry.version);
    }
    // Each receipt of a response acknowledges one more version of it.
    let mut acknowledged_versions: std::collections::HashMap<&str, i64> =
        std::collections::HashMap::new();
    for reference in acknowledged {
        *acknowledged_versions.entry(reference.as_str()).or_default() += 1;
    }
    let found = acknowledged_versions
        .iter()
        .map(|(reference, count)| {
            let recorded = versions.get(reference).copied().unwrap_or(0);
            usize::try_from((*count).min(recorded)).unwrap_or(0)
        })
        .sum();
    store.close().await;
    Ok(found)
}
