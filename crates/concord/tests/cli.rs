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
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
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
