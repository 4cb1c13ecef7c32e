//! `seedkb serve` inside a test: the library's server on a seeded
//! temporary database and a free loopback port, stopped as Ctrl-C would.
//! Shared by the HTTP, browser and load tests.

use seedkb_server::Config;
use std::time::Duration;

pub struct Running {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub base: String,
    pub dir: tempfile::TempDir,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Starts a server with `config` over a new seeded database.
    pub async fn start(config: Config) -> Running {
        let dir = tempfile::tempdir().unwrap();
        let db = seedkb::serve::open_db(&dir.path().join("db"), true, Duration::ZERO).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(seedkb_server::serve(
            listener,
            db,
            config,
            seedkb::serve::frontend(),
            async {
                let _ = stopped.await;
            },
        ));
        Running {
            base,
            dir,
            stop,
            task,
        }
    }

    /// Stops the server and waits for it to end; the database stays.
    pub async fn stop(self) -> tempfile::TempDir {
        let _ = self.stop.send(());
        self.task.await.unwrap().unwrap();
        self.dir
    }
}
