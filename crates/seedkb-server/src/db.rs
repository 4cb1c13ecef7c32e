//! The store as the server shares it: loads one at a time, and a load
//! invisible to readers until it has committed.
//!
//! The store is opened by the caller (the binary knows about seeds and the
//! Chinese analyzer); the server only reads it and loads into it.
//!
//! Stopgap: `Store` is not `Send` yet, so one thread owns it and runs every
//! read and load in turn, which makes loads atomic for readers trivially but
//! serializes readers too. Once the store is `Send + Sync` this becomes an
//! `Arc<Store>` with readers in parallel; the interface stays.

use seedkb_core::store::Store;
use std::sync::mpsc;

type Job = Box<dyn FnOnce(&Store) + Send>;

/// The shared store.
#[derive(Clone)]
pub struct Db {
    jobs: mpsc::Sender<Job>,
}

impl Db {
    /// Opens the store with `open` on the thread that will own it.
    pub fn open<E: Send + 'static>(
        open: impl FnOnce() -> Result<Store, E> + Send + 'static,
    ) -> Result<Db, E> {
        let (tx, rx) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), E>>();
        std::thread::Builder::new()
            .name("seedkb-store".into())
            .spawn(move || {
                let store = match open() {
                    Ok(s) => {
                        let _ = ready_tx.send(Ok(()));
                        s
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                // Ends when every `Db` handle is gone; the store is then
                // dropped here, which flushes it.
                for job in rx {
                    job(&store);
                }
            })
            .expect("spawning the store thread");
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(Db { jobs: tx }),
            Ok(Err(e)) => Err(e),
            Err(_) => panic!("the store thread ended while opening the store"),
        }
    }

    /// Runs `f` with the store.
    pub async fn read<R: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> R + Send + 'static,
    ) -> Result<R, Panicked> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |store| {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(store)));
            let _ = tx.send(r);
        });
        self.jobs.send(job).map_err(|_| Panicked)?;
        match rx.await {
            Ok(Ok(r)) => Ok(r),
            _ => Err(Panicked),
        }
    }

    /// A load: `prepare` reads the store (parsing, checks), `commit` writes.
    pub async fn write<P: Send + 'static, R: Send + 'static>(
        &self,
        prepare: impl FnOnce(&Store) -> P + Send + 'static,
        commit: impl FnOnce(&Store, P) -> R + Send + 'static,
    ) -> Result<R, Panicked> {
        self.read(move |store| {
            let p = prepare(store);
            commit(store, p)
        })
        .await
    }

    /// Waits until every load sent before has ended.
    pub async fn quiesce(&self) {
        let _ = self.read(|_| ()).await;
    }
}

/// The work panicked (a bug); reported as an internal error.
#[derive(Debug)]
pub struct Panicked;
