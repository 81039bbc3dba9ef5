//! Times the mapping's matrix page at the size of a real mapping: 200 issues × 100 mechanisms,
//! every cell filled (20,000 rows, the worst case), on a fresh SQLite database. Each request
//! goes through the real router as the server answers it — reading the exercise, the issues,
//! the registry and the rows, deriving the gaps, drawing the heat map and rendering the page —
//! and the drawing of the heat map alone is timed too.
//!
//! `cargo build --release -p concord-web --bin mapping-bench && target/release/mapping-bench`
//! (`--issues N --mechanisms M --runs R`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::call::{CallForm, CallState, QuestionForm};
use concord_domain::mapping::import::ImportedRow;
use concord_domain::mapping::{Assessment, ExerciseForm, MappingStatus, MechanismForm};
use concord_domain::policy_issue::IssueForm;
use concord_domain::response::{Channel, SubmissionForm};
use concord_store::{
    AuditActor, BodyStore, CallStore, ConnectOptions, Mails, MappingStore, PolicyIssueStore,
    RegistryStore, ResponseStore, SaveRequest, Store,
};
use concord_web::heatmap::{draw, HeatRow};
use concord_web::{router, AppState, WebConfig};
use tower::ServiceExt;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<44} p50 {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms   ({} runs)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap()),
        times.len()
    );
}

#[tokio::main]
async fn main() {
    let (issues, mechanisms, runs) = (
        arg("--issues", 200),
        arg("--mechanisms", 100),
        arg("--runs", 30),
    );
    let folder = std::env::temp_dir().join(format!("concord-mapping-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let url = format!("sqlite://{}/concord.db", folder.display());
    let options = ConnectOptions {
        create_if_missing: true,
        ..Default::default()
    };
    let store = Store::connect(&url, options)
        .await
        .expect("a SQLite database");
    store.migrate().await.expect("the schema");
    let by = AuditActor::system("bench");
    let started = Instant::now();
    let body = BodyForm {
        name: Some("Correspondence group".into()),
        acronym: Some("CG".into()),
        body_type: Some("correspondence_group".into()),
        openness: Some("open_to_all".into()),
        ..Default::default()
    };
    let body = store
        .create_body(&by, &body.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap()
        .id;
    let call = CallForm {
        title: Some("Questionnaire".into()),
        opens_on: Some("2013-05-31".into()),
        closes_on: Some("2099-08-15".into()),
        ..Default::default()
    };
    let call = store
        .add_call(&by, body, &call.parse().unwrap())
        .await
        .unwrap()
        .id;
    let question = QuestionForm {
        label: Some("1".into()),
        text: Some("Which issues?".into()),
        ..Default::default()
    };
    store
        .add_question(&by, call, &question.parse().unwrap())
        .await
        .unwrap();
    store.move_call(&by, call, CallState::Open).await.unwrap();
    let questions = store.questions(call).await.unwrap();
    let answer = "Enhanced cooperation on public policy issues pertaining to the Internet.";
    let submission = SubmissionForm {
        kind: Some("person".into()),
        name: Some("Respondent".into()),
        stakeholder_group: Some("civil_society".into()),
        consent_publish: Some(true),
        answers: vec![(questions[0].id.0, vec![answer.into()])],
        ..Default::default()
    };
    let reference = store
        .save_response(SaveRequest {
            call,
            user: None,
            email: None,
            channel: Channel::Email,
            submission: submission.parse(&questions, false).unwrap(),
            files: Vec::new(),
            submit: true,
            at: time::OffsetDateTime::now_utc(),
            mails: Mails::none(),
        })
        .await
        .unwrap()
        .unwrap()
        .reference;
    // The WGEC's final report had 24 broad areas.
    for n in 1..=issues {
        let form = IssueForm {
            response: Some(reference.clone()),
            question: Some(questions[0].id.0),
            passage: Some("public policy issues".into()),
            title: Some(format!("Issue number {n} of the mapping")),
            area: Some(format!("Broad area {:02}", n % 24 + 1)),
            ..Default::default()
        };
        store
            .record_issue_source(&by, call, &form.parse().unwrap())
            .await
            .unwrap();
    }
    for m in 1..=mechanisms {
        let form = MechanismForm {
            name: Some(format!("International mechanism number {m}")),
            acronym: Some(format!("M{m}")),
            kind: Some("organisation".into()),
            scope: Some("A scope".into()),
            participants: Some("states_only".into()),
            access: Some("closed".into()),
            sources: Some("A source".into()),
            ..Default::default()
        };
        store
            .create_mechanism(&by, &form.parse().unwrap())
            .await
            .unwrap();
    }
    let exercise = ExerciseForm {
        title: Some("Mapping".into()),
        call: Some(call.to_string()),
        ..Default::default()
    };
    let exercise = store
        .create_exercise(&by, body, &exercise.parse().unwrap())
        .await
        .unwrap()
        .id;
    let statuses = MappingStatus::ALL;
    let rows: Vec<ImportedRow> = (1..=issues)
        .flat_map(|i| {
            (1..=mechanisms).map(move |m| ImportedRow {
                line: i * mechanisms + m,
                issue: i as i64,
                mechanism: format!("M{m}"),
                assessment: Assessment {
                    status: statuses[(i * 7 + m * 3) % statuses.len()],
                    notes: None,
                    evidence: Vec::new(),
                },
            })
        })
        .collect();
    store
        .import_rows(&by, exercise, &rows, &|_| true)
        .await
        .unwrap();
    println!(
        "{issues} issues × {mechanisms} mechanisms, {} rows, loaded in {:.1} s",
        rows.len(),
        started.elapsed().as_secs_f64()
    );

    let app = router(AppState::new(store.clone(), WebConfig::default()));
    for (label, path) in [
        (
            "whole matrix (?all=1), whole request",
            format!("/mapping/{exercise}?all=1"),
        ),
        (
            "one broad area (as shown by default)",
            format!("/mapping/{exercise}"),
        ),
    ] {
        let mut times = Vec::with_capacity(runs);
        let (mut size, mut sent) = (0, 0);
        for run in 0..=runs {
            let began = Instant::now();
            let response = app
                .clone()
                .oneshot(Request::get(&path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            // The first request warms the caches; it is not counted.
            if run > 0 {
                times.push(began.elapsed());
            }
            size = bytes.len();
        }
        // What a browser receives: the same page, compressed.
        let compressed = app
            .clone()
            .oneshot(
                Request::get(&path)
                    .header("accept-encoding", "gzip")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        sent += axum::body::to_bytes(compressed.into_body(), usize::MAX)
            .await
            .unwrap()
            .len();
        report(&format!("{label} (SQLite)"), times);
        println!(
            "  page {:.0} KiB, {:.0} KiB sent compressed",
            size as f64 / 1024.0,
            sent as f64 / 1024.0
        );
    }

    let mut read_times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let began = Instant::now();
        let cells = store.mapping_cells(exercise).await.unwrap();
        read_times.push(began.elapsed());
        assert_eq!(cells.len(), issues * mechanisms);
    }
    report("reading the cells alone (SQLite)", read_times);
    let mut issue_times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let began = Instant::now();
        let read = store.policy_issues(call).await.unwrap();
        issue_times.push(began.elapsed());
        assert_eq!(read.len(), issues);
    }
    report("reading the issues alone (SQLite)", issue_times);

    let columns: Vec<String> = (1..=mechanisms).map(|m| format!("M{m}")).collect();
    let heat: Vec<HeatRow> = (1..=issues)
        .map(|i| HeatRow {
            label: format!("I{i}"),
            area: (i % 9 == 1).then(|| format!("Broad area {i}")),
            cells: (1..=mechanisms)
                .map(|m| Some(statuses[(i * 7 + m * 3) % statuses.len()].code()))
                .collect(),
            gap: i % 5 == 0,
        })
        .collect();
    let mut draw_times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let began = Instant::now();
        let svg = draw(&columns, &heat);
        draw_times.push(began.elapsed());
        assert!(svg.len() > issues * mechanisms * 40);
    }
    report("heat map drawing alone", draw_times);
    store.close().await;
    let _ = std::fs::remove_dir_all(&folder);
}
