//! `seedkb serve`: the options, and what the server crate needs from this
//! package — opening the store with the seeds, the CLI's result renderers
//! and error reports, reading uploads with the Chinese extractor.

use crate::args::ServeArgs;
use crate::error::Error;
use crate::output::diag::{self, Origin};
use crate::output::{self, Style};
use crate::session::Sharing;
use crate::store::Store;
use seedkb_core::model::DocumentFacts;
use seedkb_core::query::result::{Cell, ResultSet};
use seedkb_server::{Config, Db, Format, Frontend, UploadError};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The settings the options give, checked.
pub fn config(args: &ServeArgs) -> Result<Config, Error> {
    let token = args.token.clone().filter(|t| !t.is_empty());
    if token.is_none() && !seedkb_server::is_loopback(&args.listen) {
        return Err(Error::Usage(format!(
            "--listen {} is reachable from other machines: give a --token (or SEEDKB_TOKEN) too",
            args.listen
        )));
    }
    if !(0.001..=3600.0).contains(&args.query_time) {
        return Err(Error::Usage(
            "--query-time takes seconds from 0.001 to 3600".into(),
        ));
    }
    Ok(Config {
        token,
        max_body: args.max_body,
        query_time: Duration::from_secs_f64(args.query_time),
        max_queries: args.max_queries.max(1),
    })
}

/// Opens the database for serving (seeded when new, like every front end).
pub fn open_db(path: &Path, seeds: bool, lock_wait: Duration) -> Result<Db, Error> {
    Ok(Db::new(crate::session::open_store(path, seeds, lock_wait)?))
}

/// What runs a command-line client's command on the served store (the
/// batch front end's code, handed over by `main`): the request, the store,
/// the server's locks; returns the exit code.
pub type Batch = std::sync::Arc<
    dyn Fn(&crate::forward::Request, Arc<Store>, Arc<dyn Sharing>) -> i32 + Send + Sync,
>;

/// Runs the server until Ctrl-C or SIGTERM; while it runs, the command
/// line's one-shot commands on this database come through the socket
/// `PATH/serve.sock` to `batch`.
pub fn run(
    args: &ServeArgs,
    path: &Path,
    seeds: bool,
    lock_wait: Duration,
    batch: Batch,
) -> Result<i32, Error> {
    let config = config(args)?;
    // A mistyped path would serve a fresh copy of the seeds: say so, as a
    // query on a new database does (a cluster's opening says it itself).
    let fresh = crate::args::etcd_at(path)?.is_none()
        && std::fs::read_dir(path).map_or(true, |mut d| d.next().is_none());
    let db = open_db(path, seeds, lock_wait)?;
    let shown = path.display().to_string();
    if fresh {
        crate::errln!(
            "note: created a new database at {shown} ({}); nothing was there",
            if seeds {
                "with the bundled seeds"
            } else {
                "empty"
            }
        );
    }
    let sharing: Arc<dyn Sharing> = Arc::new(Locks(db.clone()));
    let store = db.store();
    let handler: crate::forward::Handler =
        Arc::new(move |req| batch(&req, store.clone(), sharing.clone()));
    // Removed (no new command-line clients) as soon as a stop is asked
    // for. Commands already running go on while HTTP requests drain; a
    // load that has taken its turn commits before the store closes (the
    // server waits for the loads' turn); anything still running when the
    // process ends is cut off, and its client says the server stopped
    // (exit 3; a cut-off load is rolled back like a killed one).
    // On a cluster every process talks to the cluster itself: no socket.
    let on_cluster = crate::args::etcd_at(path)?.is_some();
    let socket = match (!on_cluster).then(|| crate::forward::listen(path, handler)) {
        None => None,
        Some(Ok(l)) => Some(l),
        Some(Err(e)) => {
            crate::errln!(
                "warning: the command line cannot reach this server ({}: {e}); it will wait \
                 for the database instead",
                path.join(crate::forward::SOCKET).display()
            );
            None
        }
    };
    seedkb_server::run_blocking(
        args.listen,
        db,
        config,
        frontend(),
        |addr| {
            println!("seedkb: serving {shown} at http://{addr}/ (Ctrl-C stops)");
            let _ = std::io::Write::flush(&mut std::io::stdout());
        },
        move || drop(socket),
    )
    .map_err(|e| Error::Usage(format!("cannot serve on {}: {e}", args.listen)))?;
    eprintln!("seedkb: stopped; the database is closed");
    Ok(0)
}

/// The server's locks, as the command line's code takes them.
struct Locks(Db);

impl Sharing for Locks {
    fn reading(&self) -> Box<dyn std::any::Any> {
        Box::new(self.0.blocking_read())
    }
    fn load_turn(&self) -> Box<dyn std::any::Any> {
        Box::new(self.0.blocking_load_turn())
    }
    fn committing(&self) -> Box<dyn std::any::Any> {
        Box::new(self.0.blocking_write())
    }
}

pub fn frontend() -> Box<dyn Frontend> {
    Box::new(Cli)
}

/// The command line's renderers and readers, for the server.
struct Cli;

impl Frontend for Cli {
    fn render(&self, rs: &ResultSet, format: Format) -> Vec<u8> {
        let format = match format {
            Format::Json => output::Format::Json,
            Format::Jsonl => output::Format::Jsonl,
            Format::Csv => output::Format::Csv,
        };
        let mut out = Vec::new();
        // Writing into a Vec does not fail.
        let _ = output::write(
            &mut out,
            rs,
            output::Namer::default(),
            format,
            Style::default(),
        );
        out
    }

    fn cell_json(&self, cell: &Cell) -> serde_json::Value {
        output::cell_json(cell)
    }

    fn report(&self, err: &Error, query: Option<&str>) -> String {
        diag::render(err, query, &Origin::Inline)
    }

    fn read_upload(
        &self,
        store: &Store,
        name: &str,
        text: &str,
    ) -> Result<Vec<DocumentFacts>, UploadError> {
        let docs = read_upload(store, name, text).map_err(UploadError::Bad)?;
        let stored = |n: &str| store.known(n);
        crate::ingest::against_store::check_src(name, text, &docs, &stored).map_err(|e| {
            match e {
                Error::Input(_) => UploadError::Conflict(e),
                // The store could not be read: not the file's fault.
                e => UploadError::Bad(e),
            }
        })?;
        Ok(docs)
    }
}

/// An uploaded file by its name's extension, as `seedkb load` reads files
/// — except that nothing is read from the server's disk: a fact file's
/// document must be in the database already (loaded before as .txt).
fn read_upload(store: &Store, name: &str, text: &str) -> Result<Vec<DocumentFacts>, Error> {
    let known = crate::extract::Known::from_store(store)?;
    let known_fn = |n: &str| known.contains(n);
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "toml" => {
            let read_doc = |file: &str| -> Result<Option<String>, String> {
                let docs = store.doc_heads().map_err(|e| e.to_string())?;
                let with_text = docs
                    .into_iter()
                    .find(|d| d.name == file && d.text.is_some())
                    .map(|d| store.doc_by_id(d.id))
                    .transpose()
                    .map_err(|e| e.to_string())?
                    .flatten();
                match with_text {
                    Some(d) => Ok(d.text),
                    None => Err(format!(
                        "the document {file} is not in the database: load its text first \
                         (POST /api/load?name={file})"
                    )),
                }
            };
            Ok(vec![crate::ingest::facts_toml::parse(
                name, text, read_doc, &known_fn,
            )?])
        }
        "jsonl" => crate::ingest::jsonl::parse(name, text, &known_fn),
        "txt" => {
            crate::extract::check_text_document(name, text, || {
                text.chars().any(char::is_alphanumeric)
            })?;
            let known = known.without_extraction_of(name);
            Ok(vec![crate::extract::extract(name, text, &known)?.facts])
        }
        _ => Err(Error::Input(format!(
            "{name}: unknown file type (expected a .facts.toml fact file, a .jsonl dump or a \
             .txt document)"
        ))),
    }
}
