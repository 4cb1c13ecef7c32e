//! seedkb-server: the knowledge base over HTTP, for `seedkb serve`.
//!
//! - a JSON API (`/api/query`, `/api/entity/NAME`, `/api/doc/NAME`,
//!   `/api/find`, `/api/kinds`, `/api/docs`, `POST /api/load`), errors as
//!   JSON with the right status;
//! - HTML pages rendered here with maud (`/`, `/query`, `/entity/NAME`,
//!   `/doc/NAME`, `/find`), each the twin of an `/api/…` URL;
//! - safety: loopback unless told, a token required off loopback and for
//!   every load, limits on body size, query time and concurrent queries.
//!
//! The binary wires in what this crate does not know: how the store is
//! opened, how results are printed as JSON/CSV (the CLI's own renderer, so
//! the two agree byte for byte), how an uploaded file becomes documents
//! (the Chinese extractor) — see [`Frontend`].

// An error is built once per failed request; boxing it would buy nothing.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod db;
mod pages;
pub mod view;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
pub use db::Db;
use seedkb_core::model::DocumentFacts;
use seedkb_core::query::result::{Cell, ResultSet};
use seedkb_core::store::Store;
use seedkb_core::Error;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Result formats of `/api/query`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Jsonl,
    Csv,
}

/// Why an uploaded file was not loaded.
#[derive(Debug)]
pub enum UploadError {
    /// The file itself is wrong (400).
    Bad(Error),
    /// The file disagrees with what the store holds (409).
    Conflict(Error),
}

/// What the binary provides.
pub trait Frontend: Send + Sync + 'static {
    /// A result in a machine format, as `seedkb --format …` prints it.
    fn render(&self, rs: &ResultSet, format: Format) -> Vec<u8>;
    /// One value as JSON, as in the JSON results.
    fn cell_json(&self, cell: &Cell) -> serde_json::Value;
    /// An error for a person: the message, and for a query error the query
    /// with a caret under the span.
    fn report(&self, err: &Error, query: Option<&str>) -> String;
    /// Reads an uploaded file called `name` (a bare file name; its
    /// extension says the format) into documents, checked against `store`.
    fn read_upload(
        &self,
        store: &Store,
        name: &str,
        text: &str,
    ) -> Result<Vec<DocumentFacts>, UploadError>;
}

/// Settings of a server.
#[derive(Clone, Debug)]
pub struct Config {
    /// Required as `Authorization: Bearer TOKEN` on every request when
    /// set; loads are refused without one.
    pub token: Option<String>,
    /// Largest request body (a load's file), bytes.
    pub max_body: usize,
    /// Longest a query may run.
    pub query_time: Duration,
    /// Queries answered at once; more get 503 (0 refuses every query).
    pub max_queries: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            token: None,
            max_body: 16 << 20,
            query_time: Duration::from_secs(10),
            max_queries: 16,
        }
    }
}

/// Is this address only reachable from this machine?
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// Everything a handler needs.
pub struct AppState {
    pub db: Db,
    pub config: Config,
    pub frontend: Box<dyn Frontend>,
    pub queries: Arc<tokio::sync::Semaphore>,
}

pub type State = Arc<AppState>;

/// The routes, with the limits and the token check.
pub fn router(db: Db, config: Config, frontend: Box<dyn Frontend>) -> Router {
    let max_body = config.max_body;
    let state: State = Arc::new(AppState {
        queries: Arc::new(tokio::sync::Semaphore::new(config.max_queries)),
        db,
        config,
        frontend,
    });
    Router::new()
        .route("/", get(pages::home))
        .route("/query", get(pages::query))
        .route("/find", get(pages::find))
        .route("/entity/{name}", get(pages::entity))
        .route("/doc/{name}", get(pages::doc))
        .route("/style.css", get(pages::style))
        .route("/api", get(api::home))
        .route("/api/query", get(api::query).post(api::query_posted))
        .route("/api/find", get(api::find))
        .route("/api/kinds", get(api::kinds))
        .route("/api/docs", get(api::docs))
        .route("/api/entity/{name}", get(api::entity))
        .route("/api/doc/{name}", get(api::doc))
        .route("/api/load", post(api::load))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            api::check_token,
        ))
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// Serves until `shutdown` completes, then waits for running loads; the
/// store is flushed when the last `Db` handle is dropped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    db: Db,
    config: Config,
    frontend: Box<dyn Frontend>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(db.clone(), config, frontend);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await?;
    db.quiesce().await;
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM. The handlers are installed by this
/// call, not when the future is first polled: a signal that arrives as
/// soon as the server has said it is ready still stops it gracefully.
pub fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()> + Send> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut int = signal(SignalKind::interrupt())?;
        let mut term = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = int.recv() => {},
                _ = term.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// `seedkb serve`: binds `addr`, calls `ready` with the address bound (the
/// port chosen when 0 was asked), serves until Ctrl-C or SIGTERM, and
/// calls `stopping` as soon as one of them comes.
pub fn run_blocking(
    addr: SocketAddr,
    db: Db,
    config: Config,
    frontend: Box<dyn Frontend>,
    ready: impl FnOnce(SocketAddr),
    stopping: impl FnOnce() + Send + 'static,
) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("seedkb-serve")
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let signal = shutdown_signal()?;
        // Told first, so the caller can stop taking work of its own.
        let stop = async move {
            signal.await;
            stopping();
        };
        ready(listener.local_addr()?);
        serve(listener, db, config, frontend, stop).await
    })
}
