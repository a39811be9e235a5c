//! Sign-in sessions, kept in the database so several processes can serve one database.
//! Only a hash of the session token is stored.

use crate::db::Db;
use crate::error::Result;
use crate::users::{User, user_from};
use saman_domain::{OrgId, UserId};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: UserId,
    pub csrf: String,
    pub expires_at: i64,
}

pub struct SessionStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn sessions(&self) -> SessionStore<'_> {
        SessionStore(self)
    }
}

impl SessionStore<'_> {
    pub async fn create(&self, id_hash: &str, user: UserId, csrf: &str, expires_at: i64) -> Result<()> {
        sqlx::query("INSERT INTO sessions (id, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id_hash)
            .bind(user.0)
            .bind(csrf)
            .bind(crate::now_unix())
            .bind(expires_at)
            .execute(&self.0.pool)
            .await?;
        Ok(())
    }

    /// A live session with its (active) user and the organisation of the user's person,
    /// in one query: this runs on every signed-in request.
    pub async fn get_with_user(&self, id_hash: &str) -> Result<Option<(Session, User, Option<OrgId>)>> {
        let row = sqlx::query(
            "SELECT s.user_id, s.csrf, s.expires_at, u.id, u.username, u.display_name, u.person_id, u.lang, u.disabled, \
             p.organisation_id AS person_org FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN people p ON p.id = u.person_id \
             WHERE s.id = $1 AND s.expires_at > $2 AND u.disabled = 0",
        )
        .bind(id_hash)
        .bind(crate::now_unix())
        .fetch_optional(&self.0.pool)
        .await?;
        row.map(|r| {
            let session = Session { user: UserId(r.try_get("user_id")?), csrf: r.try_get("csrf")?, expires_at: r.try_get("expires_at")? };
            let org = r.try_get::<Option<i64>, _>("person_org")?.map(OrgId);
            Ok((session, user_from(&r)?, org))
        })
        .transpose()
    }

    pub async fn delete(&self, id_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id_hash).execute(&self.0.pool).await?;
        Ok(())
    }

    pub async fn purge_expired(&self) -> Result<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(crate::now_unix()).execute(&self.0.pool).await?;
        Ok(r.rows_affected())
    }
}
