//! What changed in an organisation since a reader last looked: the audit log and the
//! holding history, read as change feeds. Every write is audited in the same transaction
//! as the change, so a reader that saw audit entry N has seen every change up to N.

use crate::db::Db;
use crate::error::Result;
use crate::holdings::{HoldingFact, HoldingStore};
use crate::people::date_from;
use saman_domain::{OrgId, PersonId};
use sqlx::Row;

/// Where the change feeds of an organisation stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mark {
    pub audit: i64,
    pub events: i64,
}

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
    /// The current mark of an organisation: two index lookups.
    pub async fn mark(&self, org: OrgId) -> Result<Mark> {
        let audit: Option<i64> =
            sqlx::query_scalar("SELECT MAX(id) FROM audit_log WHERE organisation_id = $1").bind(org.0).fetch_one(&self.pool).await?;
        let events: Option<i64> =
            sqlx::query_scalar("SELECT MAX(id) FROM holding_events WHERE organisation_id = $1").bind(org.0).fetch_one(&self.pool).await?;
        Ok(Mark { audit: audit.unwrap_or(0), events: events.unwrap_or(0) })
    }

    /// What changed in the organisation after `since`, up to the returned mark.
    pub async fn changes(&self, org: OrgId, since: Mark) -> Result<Changes> {
        let mark = self.mark(org).await?;
        if mark == since {
            return Ok(Changes { mark, ..Changes::default() });
        }
        let entities: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log WHERE organisation_id = $1 AND id > $2 AND id <= $3")
                .bind(org.0)
                .bind(since.audit)
                .bind(mark.audit)
                .fetch_all(&self.pool)
                .await?;
        let people: Vec<i64> =
            sqlx::query_scalar("SELECT DISTINCT person_id FROM holding_events WHERE organisation_id = $1 AND id > $2 AND id <= $3")
                .bind(org.0)
                .bind(since.events)
                .bind(mark.events)
                .fetch_all(&self.pool)
                .await?;
        Ok(Changes { mark, entities, people: people.into_iter().map(PersonId).collect() })
    }
}

impl HoldingStore<'_> {
    /// The holdings of some people, for updating an index a person at a time.
    pub async fn facts_of(&self, people: &[PersonId]) -> Result<Vec<HoldingFact>> {
        let mut out = vec![];
        for chunk in people.chunks(500) {
            let list = chunk.iter().map(|p| p.0.to_string()).collect::<Vec<_>>().join(", ");
            // Ids are integers formatted here, never user text.
            let sql = format!("SELECT person_id, competence_id, level, expires_on FROM holdings WHERE person_id IN ({list})");
            for r in sqlx::query(&sql).fetch_all(&self.0.pool).await? {
                let e: Option<String> = r.try_get("expires_on")?;
                out.push(HoldingFact {
                    person: PersonId(r.try_get("person_id")?),
                    competence: crate::CompetenceId(r.try_get("competence_id")?),
                    level: r.try_get("level")?,
                    expires_on: e.as_deref().map(date_from).transpose()?,
                });
            }
        }
        Ok(out)
    }
}
