//! The audit log: who changed what, when. Written in the same transaction as the change.

use crate::db::Db;
use crate::error::Result;
use saman_domain::{OrgId, UserId};
use serde::Serialize;
use sqlx::Row;

/// Who is making a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user: Option<UserId>,
    pub name: String,
}

impl Actor {
    /// A change made from the command line or by the system itself.
    pub fn system(what: &str) -> Actor {
        Actor { user: None, name: what.to_string() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub actor_name: String,
    pub organisation: Option<OrgId>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

pub(crate) async fn write_audit(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    org: Option<OrgId>,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: &str,
) -> Result<()> {
    // A change in an organisation raises its change counter (see `changes`).
    let version = match org {
        Some(o) => Some(crate::changes::bump(&mut *conn, o).await?),
        None => None,
    };
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor_name, organisation_id, action, entity, entity_id, detail, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(crate::now_unix())
    .bind(actor.user.map(|u| u.0))
    .bind(&actor.name)
    .bind(org.map(|o| o.0))
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(detail)
    .bind(version)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub struct AuditLog<'a>(pub(crate) &'a Db);

impl Db {
    pub fn audit(&self) -> AuditLog<'_> {
        AuditLog(self)
    }
}

impl AuditLog<'_> {
    /// Newest entries first; only one organisation's when `org` is given.
    pub async fn list(&self, org: Option<OrgId>, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT id, at, actor_name, organisation_id, action, entity, entity_id, detail FROM audit_log \
             WHERE ($1 IS NULL OR organisation_id = $1) ORDER BY id DESC LIMIT $2",
        )
        .bind(org.map(|o| o.0))
        .bind(limit)
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    actor_name: r.try_get("actor_name")?,
                    organisation: r.try_get::<Option<i64>, _>("organisation_id")?.map(OrgId),
                    action: r.try_get("action")?,
                    entity: r.try_get("entity")?,
                    entity_id: r.try_get("entity_id")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }

    /// Records an event that is not a change inside another transaction (sign-in, token use).
    pub async fn record(
        &self,
        actor: &Actor,
        org: Option<OrgId>,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
    ) -> Result<()> {
        let mut conn = self.0.pool.acquire().await?;
        write_audit(&mut conn, actor, org, action, entity, entity_id, detail).await
    }
}
