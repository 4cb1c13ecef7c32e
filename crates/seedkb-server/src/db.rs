//! The store as the server shares it: readers run in parallel, loads one
//! at a time, and a load is invisible to readers until it has committed.
//!
//! The store is opened by the caller (the binary knows about seeds and the
//! Chinese analyzer); the server only reads it and loads into it.

use seedkb_core::store::Store;
use std::sync::Arc;
use tokio::sync::RwLock;

/// The shared store. Reads hold the lock shared, a load holds it
/// exclusively while it writes: a chunked load (more than ~5,000 facts) is
/// several sled writes, and no reader may see it half done.
#[derive(Clone)]
pub struct Db {
    store: Arc<Store>,
    lock: Arc<RwLock<()>>,
    /// Loads queue here, so that only one prepares (parses, checks against
    /// the store) at a time and none waits holding the write lock.
    load_turn: Arc<tokio::sync::Mutex<()>>,
}

impl Db {
    pub fn new(store: Store) -> Db {
        Db {
            store: Arc::new(store),
            lock: Arc::new(RwLock::new(())),
            load_turn: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// Runs `f` on a blocking thread with the store read-locked.
    pub async fn read<R: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> R + Send + 'static,
    ) -> Result<R, Panicked> {
        self.catch_up().await?;
        let guard = self.lock.clone().read_owned().await;
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || {
            let r = f(&store);
            drop(guard);
            r
        })
        .await
        .map_err(|_| Panicked)
    }

    /// On a store other processes write too (a cluster): when one has
    /// committed a load, moves the store to it with every reader kept out,
    /// so no query reads across the move. A store only this process writes
    /// is never stale. A failure here shows again in the query's reads.
    async fn catch_up(&self) -> Result<(), Panicked> {
        let store = self.store.clone();
        let stale = tokio::task::spawn_blocking(move || store.stale().unwrap_or(false))
            .await
            .map_err(|_| Panicked)?;
        if stale {
            let guard = self.lock.clone().write_owned().await;
            let store = self.store.clone();
            tokio::task::spawn_blocking(move || {
                let _ = store.sync();
                drop(guard);
            })
            .await
            .map_err(|_| Panicked)?;
        }
        Ok(())
    }

    /// A load: `prepare` reads the store (parsing, checks) while queries
    /// go on; `commit` then writes with every reader kept out.
    pub async fn write<P: Send + 'static, R: Send + 'static>(
        &self,
        prepare: impl FnOnce(&Store) -> P + Send + 'static,
        commit: impl FnOnce(&Store, P) -> R + Send + 'static,
    ) -> Result<R, Panicked> {
        let _turn = self.load_turn.lock().await;
        let prepared = self.read(prepare).await?;
        let guard = self.lock.clone().write_owned().await;
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || {
            let r = commit(&store, prepared);
            drop(guard);
            r
        })
        .await
        .map_err(|_| Panicked)
    }

    /// The store, for work that takes the locks itself (the `blocking_`
    /// methods).
    pub fn store(&self) -> Arc<Store> {
        self.store.clone()
    }

    /// The read lock, from a thread outside the runtime (a client of the
    /// command-line socket); held until the guard is dropped.
    pub fn blocking_read(&self) -> tokio::sync::OwnedRwLockReadGuard<()> {
        block_on(self.lock.clone().read_owned())
    }

    /// A load's turn (as [`Db::write`] takes it), outside the runtime.
    pub fn blocking_load_turn(&self) -> tokio::sync::OwnedMutexGuard<()> {
        self.load_turn.clone().blocking_lock_owned()
    }

    /// The write lock (a load's commit), outside the runtime.
    pub fn blocking_write(&self) -> tokio::sync::OwnedRwLockWriteGuard<()> {
        block_on(self.lock.clone().write_owned())
    }

    /// Waits for running loads to end (the store stays usable): used at
    /// shutdown, before the store is dropped.
    pub async fn quiesce(&self) {
        let _turn = self.load_turn.lock().await;
        let _w = self.lock.write().await;
    }
}

/// Waits for `f` on this thread (tokio's lock futures need no runtime; a
/// thread of the runtime must never call this).
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = std::task::Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

/// The work panicked (a bug); reported as an internal error.
#[derive(Debug)]
pub struct Panicked;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    fn db() -> Db {
        let (store, _) = Store::from_kv(
            Box::new(seedkb_core::store::mem::MemKv::new()),
            "memory",
            Arc::new(seedkb_core::text::Plain),
        )
        .unwrap();
        Db::new(store)
    }

    /// Two reads meet inside the store: each waits for the other to have
    /// started, which only works when they run at the same time. (The
    /// bound only keeps a serialized version from hanging the test.)
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn readers_run_in_parallel() {
        let db = db();
        let (a_tx, a_rx) = mpsc::channel::<()>();
        let (b_tx, b_rx) = mpsc::channel::<()>();
        let bound = Duration::from_secs(60);
        let a = db.read(move |_| {
            a_tx.send(()).unwrap();
            b_rx.recv_timeout(bound).is_ok()
        });
        let b = db.read(move |_| {
            b_tx.send(()).unwrap();
            a_rx.recv_timeout(bound).is_ok()
        });
        let (a, b) = tokio::join!(a, b);
        assert!(a.unwrap() && b.unwrap());
    }

    /// While a load commits, no reader can take the lock; a prepare runs
    /// beside readers.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_load_keeps_readers_out_while_it_commits() {
        let db = db();
        let (in_commit_tx, in_commit_rx) = tokio::sync::oneshot::channel::<()>();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let during_prepare = db.clone();
        let load = tokio::spawn({
            let db = db.clone();
            async move {
                db.write(
                    // A reader may come in while the load is prepared.
                    move |_| during_prepare.lock.try_read().is_ok(),
                    move |_, readers_in_prepare| {
                        in_commit_tx.send(()).unwrap();
                        go_rx.recv().unwrap();
                        readers_in_prepare
                    },
                )
                .await
            }
        });
        in_commit_rx.await.unwrap();
        assert!(
            db.lock.try_read().is_err(),
            "a reader got in during a commit"
        );
        go_tx.send(()).unwrap();
        assert!(load.await.unwrap().unwrap());
        assert!(db.lock.try_read().is_ok());
    }
}
