//! The first run: one-time set-up links, the set-up itself (first administrator and first
//! organisation in one transaction), and what the set-up checklist reads.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use crate::orgs::{NewOrganisation, insert_organisation};
use saman_domain::setup::{setup_open, token_usable};
use saman_domain::{Grant, OrgId, UserId};

pub struct SetupStore<'a>(&'a Db);

impl Db {
    pub fn setup(&self) -> SetupStore<'_> {
        SetupStore(self)
    }
}

/// The first administrator and organisation, checked.
#[derive(Debug, Clone)]
pub struct NewSetup {
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    /// The language the administrator reads Saman in.
    pub lang: Option<saman_domain::Lang>,
    pub org: NewOrganisation,
}

/// What the stored data says about an organisation's set-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetupCounts {
    pub people: i64,
    pub catalogue_chosen: bool,
    pub requirements: i64,
    pub hr_grants: i64,
    pub leader_grants: i64,
    pub test_mail_sent: bool,
}

async fn state(conn: &mut sqlx::AnyConnection) -> Result<(i64, bool)> {
    let admins: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM role_grants WHERE role = 'admin'").fetch_one(&mut *conn).await?;
    let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM setup_tokens WHERE used_at IS NOT NULL").fetch_one(&mut *conn).await?;
    Ok((admins, used > 0))
}

/// The dedupe key prefix of test messages from the set-up checklist.
pub const TEST_MAIL_KEY: &str = "mail-test:";

impl SetupStore<'_> {
    /// Whether the set-up page still exists.
    pub async fn open(&self) -> Result<bool> {
        let mut conn = self.0.pool.acquire().await?;
        let (admins, used) = state(&mut conn).await?;
        Ok(setup_open(admins as usize, used))
    }

    /// Keeps a new link's hash until it expires; forgets links that already expired.
    pub async fn add_token(&self, hash: &str, now: i64, expires_at: i64) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM setup_tokens WHERE used_at IS NULL AND expires_at <= $1").bind(now).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)")
            .bind(hash)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether a link (by its hash) may be used now.
    pub async fn token_usable(&self, hash: &str, now: i64) -> Result<bool> {
        let row: Option<(Option<i64>, i64)> = sqlx::query_as("SELECT used_at, expires_at FROM setup_tokens WHERE token_hash = $1")
            .bind(hash)
            .fetch_optional(&self.0.pool)
            .await?;
        Ok(row.is_some_and(|(used, expires)| token_usable(used, expires, now)) && self.open().await?)
    }

    /// Creates the first administrator and organisation, and spends the link, all in one
    /// transaction. `token_hash` is `None` from the command line, which needs no link; the
    /// set-up is then recorded as done all the same. Refused (`err-setup-done`) once any
    /// administrator exists or a set-up was completed; `NotFound` for a link that is unknown,
    /// used or expired.
    pub async fn complete(&self, actor: &Actor, token_hash: Option<&str>, now: i64, s: &NewSetup) -> Result<(UserId, OrgId)> {
        let mut tx = self.0.write_tx().await?;
        let (admins, used) = state(&mut tx).await?;
        if !setup_open(admins as usize, used) {
            return Err(StoreError::Refused("err-setup-done"));
        }
        match token_hash {
            Some(hash) => {
                let n = sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1")
                    .bind(now)
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
                if n.rows_affected() != 1 {
                    return Err(StoreError::NotFound);
                }
            }
            None => {
                sqlx::query("INSERT INTO setup_tokens (token_hash, created_at, expires_at, used_at) VALUES ($1, $2, $2, $2)")
                    .bind(format!("command-line:{now}"))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let user: i64 = sqlx::query_scalar(
            "INSERT INTO users (username, display_name, password_hash, lang, created_at, disabled) VALUES ($1, $2, $3, $4, $5, 0) RETURNING id",
        )
        .bind(&s.username)
        .bind(&s.display_name)
        .bind(&s.password_hash)
        .bind(s.lang.map(|l| l.code()))
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::unique(e, "username"))?;
        write_audit(&mut tx, actor, None, "create", "user", Some(user), &s.username).await?;
        crate::users::insert_grant(&mut tx, actor, UserId(user), Grant::Admin).await?;
        let org = insert_organisation(&mut tx, &s.org).await?;
        write_audit(&mut tx, actor, Some(org), "create", "organisation", Some(org.0), &s.org.name).await?;
        tx.commit().await?;
        Ok((UserId(user), org))
    }

    /// The counts the set-up checklist turns into steps.
    pub async fn counts(&self, org: OrgId) -> Result<SetupCounts> {
        let p = &self.0.pool;
        let one = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).bind(org.0).fetch_one(p);
        let people = one("SELECT COUNT(*) FROM people WHERE organisation_id = $1").await?;
        let chosen = one("SELECT COUNT(*) FROM organisations WHERE id = $1 AND catalogue_chosen_at IS NOT NULL").await?;
        let own = one("SELECT COUNT(*) FROM competences WHERE organisation_id = $1").await?;
        let requirements = one("SELECT COUNT(*) FROM requirements WHERE organisation_id = $1").await?;
        let hr = one("SELECT COUNT(*) FROM role_grants WHERE role = 'hr' AND organisation_id = $1").await?;
        let leaders = one("SELECT COUNT(*) FROM role_grants WHERE role = 'leader' AND organisation_id = $1").await?;
        let mail: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE organisation_id = $1 AND dedupe_key LIKE $2 AND sent_at IS NOT NULL")
                .bind(org.0)
                .bind(format!("{TEST_MAIL_KEY}%"))
                .fetch_one(p)
                .await?;
        Ok(SetupCounts {
            people,
            catalogue_chosen: chosen + own > 0,
            requirements,
            hr_grants: hr,
            leader_grants: leaders,
            test_mail_sent: mail > 0,
        })
    }

    /// The organisation settles on its catalogue (the shipped one, with or without its own).
    pub async fn choose_catalogue(&self, actor: &Actor, org: OrgId) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n = sqlx::query("UPDATE organisations SET catalogue_chosen_at = $1 WHERE id = $2")
            .bind(crate::now_unix())
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        write_audit(&mut tx, actor, Some(org), "choose", "catalogue", None, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The latest test message for the organisation: (recipient, status, last error).
    pub async fn last_test_mail(&self, org: OrgId) -> Result<Option<(String, String, Option<String>)>> {
        Ok(sqlx::query_as(
            "SELECT recipient, status, last_error FROM outbox WHERE organisation_id = $1 AND dedupe_key LIKE $2 ORDER BY id DESC LIMIT 1",
        )
        .bind(org.0)
        .bind(format!("{TEST_MAIL_KEY}%"))
        .fetch_optional(&self.0.pool)
        .await?)
    }
}
