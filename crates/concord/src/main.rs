//! `concord`: the one binary. Runs the platform (`serve`), prepares its database (`migrate`),
//! loads the demonstration data (`demo`) and checks the ledger of submissions (`verify`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::{Parser, Subcommand};
use concord::config::Config;
use concord::demo;
use concord::serve;
use concord_store::Store;

/// mimalloc instead of the system allocator: a request allocates and frees many small buffers
/// across threads, where glibc's allocator spent a tenth of the server's time under load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Concord runs a multi-stakeholder working group from mandate to follow-up: bodies and their
/// composition, calls for input, meetings, negotiated recommendations and reports, in the open.
#[derive(Parser)]
#[command(name = "concord", version, propagate_version = true)]
#[command(
    after_help = "Start here:  concord serve --demo   then open http://127.0.0.1:8080/\n\n\
Configuration comes from defaults, then concord.toml, then CONCORD_* environment variables\n\
(CONCORD_DATA_DIR, CONCORD_DATABASE_URL, CONCORD_LISTEN, CONCORD_ADMIN_TOKEN, CONCORD_LOG),\n\
then these flags."
)]
struct Cli {
    /// Configuration file (default: ./concord.toml when it exists).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DATABASE
    /// (default: the embedded database under the data folder).
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web platform (pages, JSON API, health endpoint).
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long, value_name = "ADDRESS")]
        listen: Option<String>,
        /// Load the demonstration data first if the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Create or update the database schema and reference data.
    Migrate {
        /// Create the SQLite file if it does not exist.
        #[arg(long)]
        create: bool,
    },
    /// Manage accounts: create the first administrator, link an account to a person.
    #[command(subcommand)]
    User(UserCommand),
    /// Check the ledger of submissions, and a receipt against it: in the database, or in a copy
    /// of the public ledger (/ledger.jsonl) with --ledger, which needs no database.
    Verify {
        /// A copy of the public ledger to check instead of the database.
        #[arg(long, value_name = "FILE")]
        ledger: Option<PathBuf>,
        /// The reference number on a receipt, e.g. 3-00001.
        #[arg(long, value_name = "REFERENCE", requires = "hash")]
        reference: Option<String>,
        /// The SHA-256 on the receipt.
        #[arg(long, value_name = "SHA256", requires = "reference")]
        hash: Option<String>,
    },
    /// Write a consistent copy of the embedded database to FILE while Concord runs; check the
    /// copy with `concord --database-url sqlite://FILE verify`.
    Backup {
        /// Where the copy goes (a new file).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Read a received file's text from standard input, within memory and CPU limits (what the
    /// server's text worker runs for each file).
    #[command(hide = true)]
    ExtractText {
        /// pdf, docx or odt.
        #[arg(long)]
        format: String,
    },
    /// Measure: `concord bench submissions` drives the response form of a fresh database over
    /// real HTTP, optionally killing the server mid-way to count what was kept.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Analyse your own data, without a database: `concord analyse opinions EXPORT_FOLDER --out
    /// DIR` for the opinion groups of a Pol.is export, `concord analyse campaigns CSV --out FILE`
    /// for mass campaigns in a file of answers.
    #[command(subcommand)]
    Analyse(concord::analyse::AnalyseCommand),
    /// Load the demonstration data (the CSTD, both WGECs, the WGIGF, the 2012–2013 events).
    Demo {
        /// Load into a database that already holds data; entries already there are kept.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Acknowledged submissions per second through the response form, with latencies.
    Submissions {
        /// Seconds of load.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Connections submitting at once (one account each).
        #[arg(long, default_value_t = 64)]
        connections: usize,
        /// Kill the server with SIGKILL after this many seconds, then count what was kept.
        #[arg(long, value_name = "SECONDS")]
        kill_after: Option<u64>,
        /// After the load, keep the server running until the receipt e-mails have all gone out
        /// (at most this many seconds) and report how long that took.
        #[arg(long, value_name = "SECONDS")]
        drain: Option<u64>,
        /// Folder for the benchmark's database (default: a new temporary folder).
        #[arg(long, value_name = "DIR")]
        work_dir: Option<PathBuf>,
        /// Run on this empty database (`postgres://…`) instead of a new SQLite file.
        #[arg(long, value_name = "URL")]
        bench_database: Option<String>,
        /// Run the `--fault` command this many seconds after the start.
        #[arg(long, value_name = "SECONDS", requires = "fault")]
        fault_after: Option<u64>,
        /// A shell command that breaks something mid-load (restart the database, fill the
        /// disk); afterwards every acknowledged submission is looked for.
        #[arg(long, value_name = "COMMAND", requires = "fault_after")]
        fault: Option<String>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a confirmed account; the password is read from the first line of standard input.
    Add {
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// Name to show.
        #[arg(long)]
        name: String,
        /// Make the account a platform administrator.
        #[arg(long)]
        admin: bool,
        /// The person (id) the account speaks for, whose memberships give its roles.
        #[arg(long, value_name = "ID")]
        person: Option<i64>,
    },
    /// Link an account to the person it speaks for.
    Link {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
        /// The person's id (see /people).
        #[arg(long, value_name = "ID")]
        person: i64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Analysis of files people bring needs neither the configuration nor a database.
    let cli = match cli.command {
        Command::Analyse(command) => return concord::analyse::run(command),
        command => Cli { command, ..cli },
    };
    // The reader runs alone, without the runtime's threads, in the limits it sets itself.
    if let Command::ExtractText { format } = &cli.command {
        return concord::extract_text::run(format);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let mut config = Config::load(cli.config.as_deref(), &env)?;
    if let Some(url) = cli.database_url {
        config.database_url = Some(url);
    }
    init_logging(&config.log);
    match cli.command {
        Command::Serve { listen, demo } => {
            let config = config.with_listen(listen.as_deref())?;
            let store = serve::open(&config, false).await?;
            migrate(&store).await?;
            if demo && store.is_empty().await? {
                load_demo(&store).await?;
            }
            serve::run(&config, store).await
        }
        Command::Migrate { create } => {
            let store = serve::open(&config, create).await?;
            migrate(&store).await?;
            store.close().await;
            Ok(())
        }
        Command::User(command) => {
            let store = serve::open(&config, false).await?;
            migrate(&store).await?;
            let result = user_command(&store, command).await;
            store.close().await;
            result
        }
        Command::Backup { file } => {
            let store = serve::open(&config, false).await?;
            let result = store.backup_to(&file).await;
            store.close().await;
            result?;
            println!(
                "Backed up to {}. Check the copy with: concord --database-url sqlite://{} verify",
                file.display(),
                file.display()
            );
            Ok(())
        }
        Command::Verify {
            ledger,
            reference,
            hash,
        } => {
            use concord::verify::{check_entries, check_store, read_ledger, ReceiptQuery};
            let receipt = reference
                .zip(hash)
                .map(|(reference, hash)| ReceiptQuery { reference, hash });
            let report = match ledger {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
                    check_entries(&read_ledger(&text)?, receipt.as_ref())?
                }
                None => {
                    let store = serve::open(&config, false).await?;
                    migrate(&store).await?;
                    let report = check_store(&store, receipt.as_ref()).await;
                    store.close().await;
                    report?
                }
            };
            for line in report {
                println!("{line}");
            }
            Ok(())
        }
        Command::Bench(BenchCommand::Submissions {
            seconds,
            connections,
            kill_after,
            drain,
            work_dir,
            bench_database,
            fault_after,
            fault,
        }) => {
            let work_dir = work_dir.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("concord-bench-{}", std::process::id()))
            });
            let plan = concord::bench::Plan {
                duration: std::time::Duration::from_secs(seconds),
                connections,
                kill_after: kill_after.map(std::time::Duration::from_secs),
                drain: drain.map(std::time::Duration::from_secs),
                work_dir: work_dir.clone(),
                database_url: bench_database,
                fault: fault_after.map(std::time::Duration::from_secs).zip(fault),
            };
            let binary = std::env::current_exe()?;
            let outcome = concord::bench::submissions(&binary, &plan).await?;
            println!("| measure | value |\n|---|---|");
            println!("| connections | {connections} |");
            println!("| seconds of load | {:.1} |", outcome.seconds);
            println!("| acknowledged submissions | {} |", outcome.acknowledged);
            println!(
                "| acknowledged per second | {:.0} |",
                outcome.acknowledged as f64 / outcome.seconds.max(0.001)
            );
            println!("| latency p50 (ms) | {:.1} |", outcome.percentile(0.50));
            println!("| latency p99 (ms) | {:.1} |", outcome.percentile(0.99));
            println!("| answered 503 (busy) | {} |", outcome.busy);
            println!("| failed (killed, other) | {} |", outcome.failed);
            println!(
                "| e-mail jobs still waiting at the end | {} |",
                outcome.jobs_waiting
            );
            if let Some(drained) = outcome.drained_after {
                match drained {
                    Some(seconds) => println!(
                        "| seconds for the waiting e-mails to go out after the load | {seconds:.1} |"
                    ),
                    None => println!(
                        "| seconds for the waiting e-mails to go out after the load | not done in time |"
                    ),
                }
            }
            if let Some(found) = outcome.found_after_kill {
                println!("| acknowledged, then found after kill -9 | {found} |");
                println!(
                    "| acknowledged and lost | {} |",
                    outcome.acknowledged - found
                );
            }
            if let Some(found) = outcome.found_after_fault {
                println!("| acknowledged, then found after the fault | {found} |");
                println!(
                    "| acknowledged and lost | {} |",
                    outcome.acknowledged - found
                );
            }
            if let Some(said) = &outcome.fault_failed {
                println!("| the fault's command failed | {said} |");
            }
            let _ = std::fs::remove_dir_all(&work_dir);
            if outcome
                .found_after_kill
                .or(outcome.found_after_fault)
                .is_some_and(|f| f < outcome.acknowledged)
            {
                bail!("acknowledged submissions were lost");
            }
            Ok(())
        }
        Command::ExtractText { .. } | Command::Analyse(_) => Ok(()),
        Command::Demo { force } => {
            let store = serve::open(&config, false).await?;
            migrate(&store).await?;
            if !force && !store.is_empty().await? {
                bail!("the database already holds data; run `concord demo --force` to add the demonstration data to it");
            }
            load_demo(&store).await?;
            store.close().await;
            Ok(())
        }
    }
}

async fn user_command(store: &Store, command: UserCommand) -> anyhow::Result<()> {
    use concord_domain::account::{check_password, Email};
    use concord_domain::ids::PersonId;
    use concord_store::{AccountStore, AuditActor, NewUser};
    let by = AuditActor::system("concord user (command line)");
    match command {
        UserCommand::Add {
            email,
            name,
            admin,
            person,
        } => {
            let email = Email::parse("email", &email).map_err(|e| anyhow::anyhow!(e.message))?;
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            check_password("password", password, Some(&email))
                .map_err(|e| anyhow::anyhow!("password: {}", e.message))?;
            let hash = concord_web::auth::hash_password(password).map_err(anyhow::Error::msg)?;
            let user = NewUser {
                email,
                display_name: name,
                password_hash: hash,
            };
            let created = store.create_user(&by, &user, true, admin).await?;
            if let Some(person) = person {
                store
                    .link_person(&by, created.id, Some(PersonId(person)))
                    .await?;
            }
            eprintln!(
                "Created the account {} ({}){}.",
                created.email,
                created.display_name,
                if admin { ", administrator" } else { "" }
            );
            Ok(())
        }
        UserCommand::Link { email, person } => {
            let email = Email::parse("email", &email).map_err(|e| anyhow::anyhow!(e.message))?;
            let Some((user, _)) = store.credentials(&email).await? else {
                bail!("no account has the address {email}");
            };
            store
                .link_person(&by, user.id, Some(PersonId(person)))
                .await?;
            eprintln!("{} now speaks for person {person}.", user.email);
            Ok(())
        }
    }
}

async fn migrate(store: &Store) -> anyhow::Result<()> {
    let report = store.migrate().await?;
    for (version, name) in &report.applied {
        eprintln!("Applied migration {version} ({name}).");
    }
    Ok(())
}

async fn load_demo(store: &Store) -> anyhow::Result<()> {
    let report = demo::load(store, |step, label| {
        eprint!(
            "\rLoading demonstration data [{step}/{}] {label:<50}",
            demo::STEPS
        );
        let _ = std::io::stderr().flush();
    })
    .await?;
    eprintln!(
        "\rLoaded demonstration data: {} bodies, {} people and organizations, {} memberships, {} meetings, {} events{}.",
        report.bodies,
        report.parties,
        report.memberships,
        report.meetings,
        report.events,
        if report.skipped > 0 { format!(" ({} already there, kept)", report.skipped) } else { String::new() }
    );
    Ok(())
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .try_init();
}
