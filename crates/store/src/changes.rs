//! What changed in an organisation since a reader last looked: the audit log and the
//! holding history, read as change feeds. Every write raises the organisation's change
//! counter in its transaction and stamps its rows with the new value. The counter's row stays
//! locked until the transaction ends, so versions follow commit order: a reader that has seen
//! version V sees every row stamped up to V, whichever transaction began first.

use crate::db::Db;
use crate::error::Result;
use saman_domain::{OrgId, PersonId};

/// Where the change feeds of an organisation stand: its change counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mark {
    pub version: i64,
}

/// Raises the organisation's change counter in the caller's transaction and returns the new
/// value to stamp rows with. The counter's row stays locked until the transaction ends.
pub(crate) async fn bump(conn: &mut sqlx::AnyConnection, org: OrgId) -> Result<i64> {
    Ok(sqlx::query_scalar(BUMP).bind(org.0).fetch_one(&mut *conn).await?)
}

/// The statement that raises the counter (`$1` the organisation).
pub(crate) const BUMP: &str = "INSERT INTO org_versions (organisation_id, version) VALUES ($1, 1) \
     ON CONFLICT (organisation_id) DO UPDATE SET version = org_versions.version + 1 RETURNING version";

/// What changed after a [`Mark`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    pub mark: Mark,
    /// Entities of the audit entries since (`holding`, `position`, `requirement`, …).
    pub entities: Vec<String>,
    /// People whose holdings changed since.
    pub people: Vec<PersonId>,
}

impl Db {
    /// The current mark of an organisation: one lookup.
    pub async fn mark(&self, org: OrgId) -> Result<Mark> {
        let version: Option<i64> = sqlx::query_scalar("SELECT version FROM org_versions WHERE organisation_id = $1")
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(Mark { version: version.unwrap_or(0) })
    }

    /// What changed in the organisation after `since`, up to the returned mark. Rows stamped
    /// later than the mark (committed since it was read) wait for the next call.
    pub async fn changes(&self, org: OrgId, since: Mark) -> Result<Changes> {
        let mark = self.mark(org).await?;
        if mark == since {
            return Ok(Changes { mark, ..Changes::default() });
        }
        let entities: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log WHERE organisation_id = $1 AND version > $2 AND version <= $3")
                .bind(org.0)
                .bind(since.version)
                .bind(mark.version)
                .fetch_all(&self.pool)
                .await?;
        let people: Vec<i64> = sqlx::query_scalar(
            "SELECT person_id FROM holding_events WHERE organisation_id = $1 AND version > $2 AND version <= $3 \
             UNION SELECT person_id FROM holding_imports WHERE organisation_id = $1 AND version > $2 AND version <= $3",
        )
        .bind(org.0)
        .bind(since.version)
        .bind(mark.version)
        .fetch_all(&self.pool)
        .await?;
        Ok(Changes { mark, entities, people: people.into_iter().map(PersonId).collect() })
    }
}
