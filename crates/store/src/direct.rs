//! SQLite through rusqlite on connections of their own, for the few reads and writes of
//! very many rows: sqlx passes each row between its worker thread and the caller through a
//! channel, which cost most of the time of reading or importing millions of holdings.

use crate::db::Db;
use crate::error::{Result, StoreError};
use rusqlite::OpenFlags;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when the caller stopped waiting (a dropped request, say): a bulk write checks it
/// now and then and before committing, and gives up, so nothing is written that the caller
/// would not know of.
pub(crate) struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub(crate) fn check(&self) -> Result<()> {
        if self.0.load(Ordering::Relaxed) { Err(StoreError::Task("the caller stopped waiting".into())) } else { Ok(()) }
    }
}

struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

impl Db {
    /// Runs `read` on a read-only connection of its own, on a blocking thread.
    pub(crate) async fn sqlite_direct<T: Send + 'static>(
        &self,
        read: impl FnOnce(&rusqlite::Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let _permit = self.bulk_permit().await?;
        let path = self.sqlite_path.clone().ok_or(StoreError::UnsupportedUrl)?;
        let run = move || {
            let conn = rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            read(&conn)
        };
        tokio::task::spawn_blocking(run).await.map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `write` in one transaction that takes the write lock at once (as
    /// [`Db::write_tx`] does), on a connection of its own; commits if it returns `Ok` and
    /// the caller is still waiting.
    ///
    /// Foreign keys are not checked row by row on this connection: `write` checks the
    /// references of what it writes in a few set-based queries instead (every other
    /// connection still refuses a bad row). The write-ahead log is copied back into the
    /// database after the caller has its answer, rather than before.
    pub(crate) async fn sqlite_direct_write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&rusqlite::Transaction, &Cancel) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let _permit = self.bulk_permit().await?;
        let path = self.sqlite_path.clone().ok_or(StoreError::UnsupportedUrl)?;
        let flag = Arc::new(AtomicBool::new(false));
        let _guard = CancelOnDrop(flag.clone());
        let cancel = Cancel(flag);
        let run = move || {
            let mut conn =
                rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            // A page cache big enough for the indexes a bulk write touches: with the default
            // 2 MB, importing a million holdings took twice as long.
            conn.execute_batch(
                "PRAGMA foreign_keys=OFF; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA wal_autocheckpoint=0;",
            )?;
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let out = write(&tx, &cancel)?;
            cancel.check()?;
            tx.commit()?;
            // Committed (and durable in the log): the copy back into the database file, which
            // took a quarter of a million-row import's time, goes on without the caller.
            std::thread::spawn(move || {
                if let Err(e) = conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE);") {
                    tracing::warn!(error = %e, "checkpoint after a bulk write");
                }
            });
            Ok(out)
        };
        tokio::task::spawn_blocking(run).await.map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Bulk reads and writes open connections outside the pool; this bounds how many at once.
    pub(crate) async fn bulk_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit> {
        self.bulk.clone().acquire_owned().await.map_err(|e| StoreError::Task(e.to_string()))
    }
}
