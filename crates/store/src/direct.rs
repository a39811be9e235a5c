//! SQLite through rusqlite on connections of their own, for the few reads and writes of
//! very many rows: sqlx passes each row between its worker thread and the caller through a
//! channel, which cost most of the time of reading or importing millions of holdings.

use crate::db::Db;
use crate::error::{Result, StoreError};
use rusqlite::OpenFlags;

impl Db {
    /// Runs `read` on a read-only connection of its own, on a blocking thread.
    pub(crate) async fn sqlite_direct<T: Send + 'static>(&self, read: impl FnOnce(&rusqlite::Connection) -> Result<T> + Send + 'static) -> Result<T> {
        let path = self.sqlite_path.clone().ok_or(StoreError::UnsupportedUrl)?;
        let run = move || {
            let conn = rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            read(&conn)
        };
        tokio::task::spawn_blocking(run).await.map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `write` in one transaction that takes the write lock at once (as
    /// [`Db::write_tx`] does), on a connection of its own; commits if it returns `Ok`.
    pub(crate) async fn sqlite_direct_write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&rusqlite::Transaction) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let path = self.sqlite_path.clone().ok_or(StoreError::UnsupportedUrl)?;
        let run = move || {
            let mut conn = rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            // A page cache big enough for the indexes a bulk write touches (default: 2 MB).
            conn.execute_batch("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;")?;
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let out = write(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        tokio::task::spawn_blocking(run).await.map_err(|e| StoreError::Task(e.to_string()))?
    }
}
