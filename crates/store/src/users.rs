//! User accounts, their role grants and personal API tokens.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::{Grant, Lang, NetworkId, OrgId, PersonId, Role, TokenId, UnitId, UserId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub person: Option<PersonId>,
    pub lang: Option<Lang>,
    pub disabled: bool,
}

/// A user with their grants, as listed for administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserSummary {
    pub user: User,
    pub grants: Vec<(i64, Grant)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: TokenId,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub struct UserStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn users(&self) -> UserStore<'_> {
        UserStore(self)
    }
}

const USER_COLS: &str = "id, username, display_name, person_id, lang, disabled";

pub(crate) fn user_from(r: &AnyRow) -> Result<User> {
    Ok(User {
        id: UserId(r.try_get("id")?),
        username: r.try_get("username")?,
        display_name: r.try_get("display_name")?,
        person: r.try_get::<Option<i64>, _>("person_id")?.map(PersonId),
        lang: r.try_get::<Option<String>, _>("lang")?.as_deref().and_then(Lang::parse),
        disabled: r.try_get::<i64, _>("disabled")? != 0,
    })
}

fn grant_from(r: &AnyRow) -> Result<(i64, Grant)> {
    let role: String = r.try_get("role")?;
    let org = r.try_get::<Option<i64>, _>("organisation_id")?.map(OrgId);
    let net = r.try_get::<Option<i64>, _>("network_id")?.map(NetworkId);
    let unit = r.try_get::<Option<i64>, _>("unit_id")?.map(UnitId);
    let bad = || StoreError::Corrupt(format!("grant {role}"));
    let g = match Role::parse(&role).ok_or_else(bad)? {
        Role::Admin => Grant::Admin,
        Role::Coordinator => Grant::Coordinator { network: net.ok_or_else(bad)? },
        Role::Hr => Grant::Hr { org: org.ok_or_else(bad)? },
        Role::Leader => Grant::Leader { org: org.ok_or_else(bad)?, unit: unit.ok_or_else(bad)? },
        Role::Employee => Grant::Employee { org: org.ok_or_else(bad)? },
    };
    Ok((r.try_get("id")?, g))
}

impl UserStore<'_> {
    pub async fn get(&self, id: UserId) -> Result<User> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1");
        user_from(&sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    pub async fn by_username(&self, username: &str) -> Result<Option<(User, Option<String>)>> {
        let sql = format!("SELECT {USER_COLS}, password_hash FROM users WHERE username = $1");
        let row = sqlx::query(&sql).bind(username).fetch_optional(&self.0.pool).await?;
        row.map(|r| Ok((user_from(&r)?, r.try_get("password_hash")?))).transpose()
    }

    pub async fn create(
        &self,
        actor: &Actor,
        username: &str,
        display_name: &str,
        password_hash: Option<&str>,
        person: Option<PersonId>,
        grants: &[Grant],
    ) -> Result<UserId> {
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (username, display_name, password_hash, person_id, created_at, disabled) VALUES ($1, $2, $3, $4, $5, 0) RETURNING id",
        )
        .bind(username)
        .bind(display_name)
        .bind(password_hash)
        .bind(person.map(|p| p.0))
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::unique(e, "username"))?;
        write_audit(&mut tx, actor, None, "create", "user", Some(id), username).await?;
        for g in grants {
            insert_grant(&mut tx, actor, UserId(id), *g).await?;
        }
        tx.commit().await?;
        Ok(UserId(id))
    }

    pub async fn set_password(&self, actor: &Actor, id: UserId, hash: &str) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(id.0).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id.0).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, None, "set-password", "user", Some(id.0), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Links the account to a person (or unlinks it), so the user sees their own profile.
    pub async fn set_person(&self, actor: &Actor, id: UserId, person: Option<PersonId>) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n = sqlx::query("UPDATE users SET person_id = $1 WHERE id = $2").bind(person.map(|p| p.0)).bind(id.0).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let detail = person.map(|p| format!("person {p}")).unwrap_or_default();
        write_audit(&mut tx, actor, None, "link-person", "user", Some(id.0), &detail).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The language the user reads Saman and their mail in.
    pub async fn set_lang(&self, actor: &Actor, id: UserId, lang: Lang) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let changed = sqlx::query("UPDATE users SET lang = $1 WHERE id = $2 AND (lang IS NULL OR lang <> $1)")
            .bind(lang.code())
            .bind(id.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed > 0 {
            write_audit(&mut tx, actor, None, "set-language", "user", Some(id.0), lang.code()).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn grants(&self, id: UserId) -> Result<Vec<Grant>> {
        Ok(self.grants_with_ids(id).await?.into_iter().map(|(_, g)| g).collect())
    }

    pub async fn grants_with_ids(&self, id: UserId) -> Result<Vec<(i64, Grant)>> {
        let rows = sqlx::query("SELECT id, role, organisation_id, network_id, unit_id FROM role_grants WHERE user_id = $1 ORDER BY id")
            .bind(id.0)
            .fetch_all(&self.0.pool)
            .await?;
        rows.iter().map(grant_from).collect()
    }

    pub async fn add_grant(&self, actor: &Actor, id: UserId, g: Grant) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        insert_grant(&mut tx, actor, id, g).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_grant(&self, actor: &Actor, id: UserId, grant_id: i64) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n = sqlx::query("DELETE FROM role_grants WHERE id = $1 AND user_id = $2").bind(grant_id).bind(id.0).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        write_audit(&mut tx, actor, None, "revoke", "user", Some(id.0), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every account with its grants, by username.
    pub async fn list(&self) -> Result<Vec<UserSummary>> {
        let sql = format!("SELECT {USER_COLS} FROM users ORDER BY username");
        let users: Vec<User> = sqlx::query(&sql).fetch_all(&self.0.pool).await?.iter().map(user_from).collect::<Result<_>>()?;
        let grants = sqlx::query("SELECT id, user_id, role, organisation_id, network_id, unit_id FROM role_grants ORDER BY id")
            .fetch_all(&self.0.pool)
            .await?;
        let mut out: Vec<UserSummary> = users.into_iter().map(|user| UserSummary { user, grants: vec![] }).collect();
        for r in &grants {
            let uid: i64 = r.try_get("user_id")?;
            if let Some(s) = out.iter_mut().find(|s| s.user.id.0 == uid) {
                s.grants.push(grant_from(r)?);
            }
        }
        Ok(out)
    }

    pub async fn create_token(&self, actor: &Actor, user: UserId, name: &str, token_hash: &str) -> Result<TokenId> {
        let mut tx = self.0.write_tx().await?;
        let id: i64 =
            sqlx::query_scalar("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(user.0)
                .bind(name)
                .bind(token_hash)
                .bind(crate::now_unix())
                .fetch_one(&mut *tx)
                .await?;
        write_audit(&mut tx, actor, None, "create", "api_token", Some(id), name).await?;
        tx.commit().await?;
        Ok(TokenId(id))
    }

    pub async fn tokens(&self, user: UserId) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query("SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = $1 ORDER BY id")
            .bind(user.0)
            .fetch_all(&self.0.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiToken {
                    id: TokenId(r.try_get("id")?),
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: r.try_get("last_used_at")?,
                })
            })
            .collect()
    }

    pub async fn delete_token(&self, actor: &Actor, user: UserId, id: TokenId) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n = sqlx::query("DELETE FROM api_tokens WHERE id = $1 AND user_id = $2").bind(id.0).bind(user.0).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        write_audit(&mut tx, actor, None, "delete", "api_token", Some(id.0), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The active user behind a token hash; marks the token used.
    pub async fn by_token_hash(&self, hash: &str) -> Result<Option<User>> {
        let sql = "SELECT u.id, u.username, u.display_name, u.person_id, u.lang, u.disabled FROM api_tokens t \
             JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.disabled = 0"
            .to_string();
        let Some(r) = sqlx::query(&sql).bind(hash).fetch_optional(&self.0.pool).await? else { return Ok(None) };
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
            .bind(crate::now_unix())
            .bind(hash)
            .execute(&self.0.pool)
            .await?;
        Ok(Some(user_from(&r)?))
    }
}

/// Grants a role, refusing one the user already holds.
pub(crate) async fn insert_grant(conn: &mut sqlx::AnyConnection, actor: &Actor, id: UserId, g: Grant) -> Result<()> {
    let (org, net, unit) = match g {
        Grant::Admin => (None, None, None),
        Grant::Coordinator { network } => (None, Some(network.0), None),
        Grant::Hr { org } | Grant::Employee { org } => (Some(org.0), None, None),
        Grant::Leader { org, unit } => (Some(org.0), None, Some(unit.0)),
    };
    let existing = sqlx::query("SELECT id, role, organisation_id, network_id, unit_id FROM role_grants WHERE user_id = $1")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    for r in &existing {
        if grant_from(r)?.1 == g {
            return Err(StoreError::Duplicate("grant"));
        }
    }
    sqlx::query("INSERT INTO role_grants (user_id, role, organisation_id, network_id, unit_id) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.0)
        .bind(g.role().code())
        .bind(org)
        .bind(net)
        .bind(unit)
        .execute(&mut *conn)
        .await?;
    write_audit(conn, actor, g.org(), "grant", "user", Some(id.0), g.role().code()).await?;
    Ok(())
}
