//! `concord serve` under connections that send nothing: thousands of idle sockets do not stop
//! `/healthz` from answering, idle and half-sent requests are closed after the idle timeout,
//! and connections past the cap are closed at once instead of exhausting file descriptors.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A server on a free port, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(max_connections: usize, idle_timeout: u64) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .env_clear()
        .current_dir(dir.path())
        .env("CONCORD_MAX_CONNECTIONS", max_connections.to_string())
        .env("CONCORD_IDLE_TIMEOUT", idle_timeout.to_string())
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server {
        child,
        port,
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while health(server.port).is_none() {
        assert!(Instant::now() < deadline, "concord serve did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// `/healthz` on a new connection: its status line, and how long the whole answer took.
fn health(port: u16) -> Option<(String, Duration)> {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.lines().next()?.to_owned();
    Some((status, started.elapsed()))
}

/// Whether the server has closed `stream` (end of file or reset), waiting at most `wait`.
fn closed_by_server(stream: &mut TcpStream, wait: Duration) -> bool {
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut buffer = [0u8; 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            // A 408 or similar before closing: keep reading to the end.
            Ok(_) => continue,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false
            }
            Err(_) => return true,
        }
    }
}

#[test]
fn health_answers_while_thousands_of_connections_sit_idle() {
    let server = start(4096, 3);
    let mut idle: Vec<TcpStream> = (0..3000)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    // One more that sends half a request and stops (a slow-headers attack).
    let mut slow = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));

    let mut slowest = Duration::ZERO;
    for _ in 0..20 {
        let (status, took) = health(server.port).expect("/healthz answers");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        slowest = slowest.max(took);
    }
    assert!(
        slowest < Duration::from_millis(100),
        "/healthz took {slowest:?} with 3,000 idle connections open"
    );

    // Past the idle timeout, the server has let go of them all.
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        closed_by_server(&mut slow, Duration::from_secs(3)),
        "half-sent request"
    );
    let still_open = idle
        .iter_mut()
        .step_by(100)
        .map(|s| closed_by_server(s, Duration::from_millis(200)))
        .filter(|closed| !closed)
        .count();
    assert_eq!(
        still_open, 0,
        "idle connections are closed after the timeout"
    );
}

#[test]
fn connections_past_the_cap_are_closed_at_once() {
    let server = start(32, 2);
    let mut held: Vec<TcpStream> = (0..32)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let mut extra: Vec<TcpStream> = (0..8)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    for stream in &mut extra {
        assert!(
            closed_by_server(stream, Duration::from_secs(1)),
            "a connection past the cap is closed, not left waiting"
        );
    }
    assert!(
        !closed_by_server(&mut held[0], Duration::from_millis(100)),
        "the connections within the cap are kept until their timeout"
    );
    // Once the idle ones time out, there is room again.
    std::thread::sleep(Duration::from_secs(3));
    let (status, _) = health(server.port).expect("/healthz answers again");
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
}
