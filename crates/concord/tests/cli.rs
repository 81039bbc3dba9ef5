//! The `concord` command as a user runs it: help, migrate, demo, configuration mistakes, and
//! `serve` answering over real HTTP until it is stopped.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn concord(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_concord"));
    // A clean environment: only what each test sets.
    command.env_clear().current_dir(dir).stdin(Stdio::null());
    command
}

fn run(command: &mut Command) -> (bool, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("concord runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&stderr)
    );
    (status.success(), text)
}

#[test]
fn help_names_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = run(concord(dir.path()).arg("--help"));
    assert!(ok);
    for word in [
        "serve",
        "migrate",
        "demo",
        "concord serve --demo",
        "CONCORD_DATABASE_URL",
    ] {
        assert!(text.contains(word), "help lacks {word}: {text}");
    }
}

#[test]
fn a_mistyped_database_url_is_an_error_not_a_new_database() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) =
        run(concord(dir.path()).args(["--database-url", "sqlite://concrod.db", "migrate"]));
    assert!(!ok);
    assert!(text.contains("does not exist"), "{text}");
    assert!(!dir.path().join("concrod.db").exists());
    let (ok, text) = run(concord(dir.path()).args([
        "--database-url",
        "postgress://localhost/concord",
        "migrate",
    ]));
    assert!(!ok);
    assert!(text.contains("not supported"), "{text}");
    let (ok, _) = run(concord(dir.path()).args([
        "--database-url",
        "sqlite://concord.db",
        "migrate",
        "--create",
    ]));
    assert!(ok);
    assert!(dir.path().join("concord.db").exists());
}

#[test]
fn configuration_mistakes_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("concord.toml"), "lisen = \"127.0.0.1:9\"\n").unwrap();
    let (ok, text) = run(concord(dir.path()).arg("migrate"));
    assert!(!ok);
    assert!(text.contains("lisen"), "{text}");
    std::fs::remove_file(dir.path().join("concord.toml")).unwrap();
    let (ok, text) = run(concord(dir.path())
        .env("CONCORD_DATABSE_URL", "x")
        .arg("migrate"));
    assert!(!ok);
    assert!(text.contains("CONCORD_DATABSE_URL"), "{text}");
}

#[test]
fn demo_loads_once_and_refuses_a_database_with_data() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = run(concord(dir.path()).arg("demo"));
    assert!(ok, "{text}");
    assert!(text.contains("[7/7]"), "progress is shown: {text}");
    assert!(text.contains("6 bodies"), "{text}");
    assert!(dir.path().join("concord-data/concord.db").exists());
    let (ok, text) = run(concord(dir.path()).arg("demo"));
    assert!(!ok);
    assert!(
        text.contains("already holds data") && text.contains("--force"),
        "{text}"
    );
    let (ok, text) = run(concord(dir.path()).args(["demo", "--force"]));
    assert!(ok, "{text}");
    assert!(text.contains("0 bodies"), "{text}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    // Read as bytes: a file (the source archive) is not UTF-8.
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    Some(String::from_utf8_lossy(&response).into_owned())
}

fn serve_and_check(dir: &Path, database_url: Option<&str>) {
    let port = free_port();
    let mut command = concord(dir);
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    let mut child = command
        .args(["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let health = loop {
        if let Some(response) = http_get(port, "/healthz") {
            break response;
        }
        assert!(
            Instant::now() < deadline,
            "concord serve did not answer within 60 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let page = http_get(port, "/bodies").unwrap();
    assert!(
        page.contains("WGEC-2013"),
        "the demonstration data is there"
    );
    // The illustrative negotiating text, in its second version, compared with its first.
    let compared = http_get(port, "/texts/1/compare?from=1&to=2").unwrap();
    assert!(compared.starts_with("HTTP/1.1 200"), "{compared}");
    assert!(compared.contains("Illustrative rolling text"), "{compared}");
    assert!(compared.contains("OP1 bis"), "{compared}");
    // The illustrative opinion map: three camps, read by declared stakeholder group too.
    let map = http_get(port, "/opinion/1").unwrap();
    assert!(map.contains("they fall into 3 groups"), "{map}");
    assert!(
        map.contains("Agreement by declared stakeholder group"),
        "{map}"
    );
    if database_url.is_none() {
        // A live backup while the server runs, which a restored copy then passes `verify`.
        let (ok, text) = run(concord(dir).args(["backup", "copy.db"]));
        assert!(ok, "{text}");
        let (ok, text) = run(concord(dir).args(["--database-url", "sqlite://copy.db", "verify"]));
        assert!(ok, "{text}");
        assert!(
            text.contains("every one linked and hashed correctly"),
            "{text}"
        );
        let (ok, text) = run(concord(dir).args(["backup", "copy.db"]));
        assert!(!ok && text.contains("never overwrites"), "{text}");
        // A damaged copy is told apart.
        let mut bytes = std::fs::read(dir.join("copy.db")).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle..middle + 4096].fill(0x55);
        std::fs::write(dir.join("damaged.db"), bytes).unwrap();
        let (ok, text) =
            run(concord(dir).args(["--database-url", "sqlite://damaged.db", "verify"]));
        assert!(!ok, "{text}");
    }
    // The source it was built from, offered in every page's footer (AGPL §13).
    let home = http_get(port, "/").unwrap();
    assert!(home.contains("href=\"/source.tar.gz\""), "{home}");
    let source = http_get(port, "/source.tar.gz").unwrap();
    assert!(source.starts_with("HTTP/1.1 200"), "{source}");
    assert!(
        source.contains("content-type: application/gzip"),
        "the source archive"
    );
    // SIGTERM: the server stops cleanly.
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{stderr}");
    assert!(stderr.contains("Concord stopped."), "{stderr}");
}

#[test]
fn serve_with_demo_data_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    serve_and_check(dir.path(), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_with_demo_data_on_postgres() {
    let Some(db) = concord_store::testing::TestDb::postgres().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let url = db.url.clone();
    let path = dir.path().to_owned();
    tokio::task::spawn_blocking(move || serve_and_check(&path, Some(&url)))
        .await
        .unwrap();
    db.finish().await;
}

fn run_with_input(command: &mut Command, input: &str) -> (bool, String) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    (
        status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        ),
    )
}

#[test]
fn the_first_administrator_is_made_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let add = |args: &[&str], password: &str| {
        run_with_input(
            concord(dir.path()).args(["user", "add"]).args(args),
            password,
        )
    };
    let (ok, text) = add(
        &[
            "--email",
            "admin@example.org",
            "--name",
            "Administrator",
            "--admin",
        ],
        "short\n",
    );
    assert!(!ok && text.contains("at least 10 characters"), "{text}");
    let (ok, text) = add(
        &["--email", "not-an-address", "--name", "X"],
        "a long enough password\n",
    );
    assert!(!ok && text.contains("is not an e-mail address"), "{text}");
    let (ok, text) = add(
        &[
            "--email",
            "admin@example.org",
            "--name",
            "Administrator",
            "--admin",
        ],
        "a long enough password\n",
    );
    assert!(ok, "{text}");
    assert!(text.contains("administrator"), "{text}");
    let (ok, text) = add(
        &["--email", "ADMIN@example.org", "--name", "Again"],
        "a long enough password\n",
    );
    assert!(!ok && text.contains("already has an account"), "{text}");
    let (ok, text) = run(concord(dir.path()).args([
        "user",
        "link",
        "--email",
        "admin@example.org",
        "--person",
        "999",
    ]));
    assert!(
        !ok && text.contains("There is no person with id 999"),
        "{text}"
    );
    let (ok, text) = run(concord(dir.path()).args([
        "user",
        "link",
        "--email",
        "nobody@example.org",
        "--person",
        "1",
    ]));
    assert!(!ok && text.contains("no account has the address"), "{text}");
}

/// Answers the demonstration call as a new account, through the store, and returns the receipt.
async fn answer_the_demonstration_call(url: &str) -> concord_store::Receipt {
    use concord_domain::account::Email;
    use concord_domain::response::{Channel, SubmissionForm};
    use concord_store::{
        AccountStore, AuditActor, BodyStore, CallStore, ConnectOptions, NewUser, ResponseStore,
        SaveRequest, Store,
    };
    let store = Store::connect(url, ConnectOptions::default())
        .await
        .unwrap();
    let wgec = store
        .bodies()
        .await
        .unwrap()
        .into_iter()
        .find(|b| b.fields.acronym == "WGEC-2013")
        .unwrap();
    let call = store
        .calls(wgec.id)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.fields.illustrative)
        .expect("the demonstration call");
    let questions = store.questions(call.id).await.unwrap();
    let user = NewUser {
        email: Email::parse("e", "respondent@example.org").unwrap(),
        display_name: "Respondent".into(),
        password_hash: "x".into(),
    };
    let user = store
        .create_user(&AuditActor::system("test"), &user, true, false)
        .await
        .unwrap();
    let form = SubmissionForm {
        kind: Some("person".into()),
        name: Some("Respondent".into()),
        stakeholder_group: Some("technical_academic".into()),
        answers: vec![
            (questions[0].id.0, vec!["Non-Government".into()]),
            (
                questions[5].id.0,
                vec!["Interconnection costs; spam; data protection".into()],
            ),
        ],
        ..Default::default()
    };
    let receipt = store
        .save_response(SaveRequest {
            call: call.id,
            user: Some(user.id),
            email: Some(user.email.clone()),
            channel: Channel::Web,
            submission: form.parse(&questions, false).unwrap(),
            files: Vec::new(),
            submit: true,
            at: time::OffsetDateTime::now_utc(),
            mails: concord_store::Mails::none(),
        })
        .await
        .unwrap()
        .unwrap();
    let ledger: String = store
        .ledger()
        .await
        .unwrap()
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    std::fs::write(
        url.trim_start_matches("sqlite://")
            .replace("c.db", "ledger.jsonl"),
        ledger,
    )
    .unwrap();
    store.close().await;
    receipt
}

#[tokio::test]
async fn verify_checks_the_ledger_and_a_receipt_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("c.db").display());
    let (ok, text) = run(concord(dir.path()).args(["--database-url", &url, "migrate", "--create"]));
    assert!(ok, "{text}");
    let (ok, text) = run(concord(dir.path()).args(["--database-url", &url, "demo"]));
    assert!(ok, "{text}");
    let receipt = answer_the_demonstration_call(&url).await;

    let (ok, text) = run(concord(dir.path()).args([
        "--database-url",
        &url,
        "verify",
        "--reference",
        &receipt.reference,
        "--hash",
        &receipt.sha256,
    ]));
    assert!(ok, "{text}");
    // The demonstration call comes with nine illustrative responses; this one is the tenth.
    assert!(text.contains("Ledger: 10 entries"), "{text}");
    assert!(
        text.contains(&format!("Receipt {} version 1", receipt.reference)),
        "{text}"
    );
    assert!(text.contains("Records received: 10 versions"), "{text}");

    let wrong = "0".repeat(64);
    let (ok, text) = run(concord(dir.path()).args([
        "--database-url",
        &url,
        "verify",
        "--reference",
        &receipt.reference,
        "--hash",
        &wrong,
    ]));
    assert!(!ok);
    assert!(text.contains("no entry of the ledger records"), "{text}");

    // The public copy is checked without the database; a forged copy is caught.
    let (ok, text) = run(concord(dir.path()).args([
        "verify",
        "--ledger",
        "ledger.jsonl",
        "--reference",
        &receipt.reference,
        "--hash",
        &receipt.sha256,
    ]));
    assert!(ok, "{text}");
    let copy = std::fs::read_to_string(dir.path().join("ledger.jsonl")).unwrap();
    std::fs::write(
        dir.path().join("forged.jsonl"),
        copy.replace(&receipt.sha256, &wrong),
    )
    .unwrap();
    let (ok, text) = run(concord(dir.path()).args(["verify", "--ledger", "forged.jsonl"]));
    assert!(!ok);
    assert!(text.contains("the ledger is broken at entry 10"), "{text}");

    // The algorithm as docs/VERIFYING.md writes it, run as written, agrees.
    let guide = include_str!("../../../docs/VERIFYING.md");
    let script = guide
        .split("```python\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the guide has a Python check");
    match Command::new("python3")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .output()
    {
        Ok(output) => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            assert!(output.status.success(), "{text}");
            assert!(text.contains("the chain holds"), "{text}");
        }
        Err(error) => assert!(
            std::env::var_os("CI").is_none(),
            "CI must have python3 to check the documented algorithm: {error}"
        ),
    }
}

/// A row of the load harness's table, as a number.
fn bench_row(text: &str, name: &str) -> u64 {
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("| {name} |")))
        .unwrap_or_else(|| panic!("no row {name}: {text}"));
    line.split('|').nth(2).unwrap().trim().parse().unwrap()
}

#[test]
fn receipts_go_out_by_mail_while_submissions_keep_coming() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = run(concord(dir.path()).args([
        "bench",
        "submissions",
        "--seconds",
        "4",
        "--connections",
        "16",
        "--drain",
        "120",
        "--work-dir",
        "bench",
    ]));
    assert!(ok, "{text}");
    let acknowledged = bench_row(&text, "acknowledged submissions");
    assert!(acknowledged > 0, "{text}");
    // Each acknowledged submission queued one receipt. Responses come first, but mail keeps a
    // share of the time: at least a tenth of the receipts went out during the load, rather than
    // nearly all waiting for it to stop (as they did when the writer starved the mail worker).
    let waiting = bench_row(&text, "e-mail jobs still waiting at the end");
    assert!(waiting * 10 <= acknowledged * 9, "{text}");
    // And once the load stops, the rest go out: the harness waited until none was left.
    let drained = text
        .lines()
        .find(|l| l.starts_with("| seconds for the waiting e-mails to go out after the load |"))
        .and_then(|l| l.split('|').nth(2))
        .map(str::trim)
        .unwrap_or_default();
    assert!(drained.parse::<f64>().is_ok(), "{text}");
}

#[test]
fn the_load_harness_kills_the_server_and_finds_every_acknowledged_submission() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = run(concord(dir.path()).args([
        "bench",
        "submissions",
        "--seconds",
        "3",
        "--connections",
        "4",
        "--kill-after",
        "2",
        "--work-dir",
        "bench",
    ]));
    assert!(ok, "{text}");
    let row = |name: &str| bench_row(&text, name);
    let acknowledged = row("acknowledged submissions");
    assert!(acknowledged > 0, "{text}");
    assert_eq!(row("acknowledged, then found after kill -9"), acknowledged);
    assert_eq!(row("acknowledged and lost"), 0);
}

/// The reader the server runs for each received file: the text of a good file, the reason for
/// a file made to exhaust memory, each within the limits the reader sets itself.
#[test]
fn extract_text_reads_a_file_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let read = |format: &str, bytes: &[u8]| {
        let mut child = concord(dir.path())
            .args(["extract-text", "--format", format])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(bytes).unwrap();
        let output = child.wait_with_output().unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    };
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
        3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n\
        4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 720 Td (Enhanced cooperation) Tj ET\nendstream endobj\n\
        trailer << /Root 1 0 R >>\n%%EOF\n";
    assert_eq!(
        read("pdf", pdf),
        (Some(0), "Enhanced cooperation".to_owned())
    );
    let (code, said) = read("docx", b"not a zip at all");
    assert_eq!(
        code,
        Some(concord_web::file_text::UNREADABLE_EXIT),
        "{said}"
    );
    assert!(said.contains("damaged"), "{said}");
    let (code, _) = read("xls", b"");
    assert_ne!(code, Some(0));
}
