//! People's competence: holdings (with their history and who verified them) and what
//! they want to develop.

use crate::audit::{Actor, write_audit};
use crate::competences::CompetenceId;
use crate::dates::date_from;
use crate::db::Db;
use crate::error::{Result, StoreError};
use chrono::NaiveDate;
use saman_domain::{OrgId, PersonId, UserId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Where a holding came from.
pub const SOURCES: [&str; 4] = ["self", "verified", "imported", "earned"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holding {
    pub id: i64,
    pub org: OrgId,
    pub person: PersonId,
    pub competence: CompetenceId,
    pub level: i64,
    pub obtained_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub evidence: Option<String>,
    pub source: String,
    pub verified_at: Option<i64>,
}

impl Holding {
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        self.expires_on.is_none_or(|e| e >= day)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldingInput {
    pub competence: CompetenceId,
    pub level: i64,
    pub obtained_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub evidence: Option<String>,
    pub source: &'static str,
}

/// One fact for gap analysis: who holds what, at which level, until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoldingFact {
    pub person: PersonId,
    pub competence: CompetenceId,
    pub level: i64,
    pub expires_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoldingEvent {
    pub competence: CompetenceId,
    pub action: String,
    pub level: Option<i64>,
    /// The level before, where an import changed a holding.
    pub before: Option<i64>,
    pub actor_name: String,
    pub at: i64,
}

pub struct HoldingStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn holdings(&self) -> HoldingStore<'_> {
        HoldingStore(self)
    }
}

const COLS: &str = "id, organisation_id, person_id, competence_id, level, obtained_on, expires_on, evidence, source, verified_at";

fn holding_from(r: &AnyRow) -> Result<Holding> {
    let obtained: Option<String> = r.try_get("obtained_on")?;
    let expires: Option<String> = r.try_get("expires_on")?;
    Ok(Holding {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        person: PersonId(r.try_get("person_id")?),
        competence: CompetenceId(r.try_get("competence_id")?),
        level: r.try_get("level")?,
        obtained_on: obtained.as_deref().map(date_from).transpose()?,
        expires_on: expires.as_deref().map(date_from).transpose()?,
        evidence: r.try_get("evidence")?,
        source: r.try_get("source")?,
        verified_at: r.try_get("verified_at")?,
    })
}

async fn event(
    conn: &mut sqlx::AnyConnection,
    org: OrgId,
    person: PersonId,
    c: CompetenceId,
    action: &str,
    level: Option<i64>,
    actor: &Actor,
) -> Result<()> {
    let version = crate::changes::bump(&mut *conn, org).await?;
    sqlx::query(
        "INSERT INTO holding_events (organisation_id, person_id, competence_id, action, level, actor_name, at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(org.0)
    .bind(person.0)
    .bind(c.0)
    .bind(action)
    .bind(level)
    .bind(&actor.name)
    .bind(crate::now_unix())
    .bind(version)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl HoldingStore<'_> {
    pub async fn of(&self, person: PersonId) -> Result<Vec<Holding>> {
        let sql = format!("SELECT {COLS} FROM holdings WHERE person_id = $1 ORDER BY id");
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(holding_from).collect()
    }

    pub async fn get(&self, id: i64) -> Result<Holding> {
        let sql = format!("SELECT {COLS} FROM holdings WHERE id = $1");
        holding_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// Adds a holding, or updates the person's holding of the same competence.
    pub async fn save(&self, actor: &Actor, org: OrgId, person: PersonId, h: &HoldingInput) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        let person_org: Option<i64> =
            sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1").bind(person.0).fetch_optional(&mut *tx).await?;
        let comp_ok = crate::competences::usable(&mut tx, org, h.competence).await?;
        if person_org != Some(org.0) || !comp_ok {
            return Err(StoreError::NotFound);
        }
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM holdings WHERE person_id = $1 AND competence_id = $2")
            .bind(person.0)
            .bind(h.competence.0)
            .fetch_optional(&mut *tx)
            .await?;
        let now = crate::now_unix();
        let obtained = h.obtained_on.map(|d| d.to_string());
        let expires = h.expires_on.map(|d| d.to_string());
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE holdings SET level = $1, obtained_on = $2, expires_on = $3, evidence = $4, source = $5, verified_by = NULL, \
                     verified_at = NULL, updated_at = $6 WHERE id = $7",
                )
                .bind(h.level)
                .bind(obtained)
                .bind(expires)
                .bind(h.evidence.as_deref())
                .bind(h.source)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                event(&mut tx, org, person, h.competence, "update", Some(h.level), actor).await?;
                id
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO holdings (organisation_id, person_id, competence_id, level, obtained_on, expires_on, evidence, source, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(org.0)
                .bind(person.0)
                .bind(h.competence.0)
                .bind(h.level)
                .bind(obtained)
                .bind(expires)
                .bind(h.evidence.as_deref())
                .bind(h.source)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                event(&mut tx, org, person, h.competence, "add", Some(h.level), actor).await?;
                id
            }
        };
        write_audit(&mut tx, actor, Some(org), "save", "holding", Some(id), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete(&self, actor: &Actor, id: i64) -> Result<()> {
        let h = self.get(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM holdings WHERE id = $1").bind(id).execute(&mut *tx).await?;
        event(&mut tx, h.org, h.person, h.competence, "delete", None, actor).await?;
        write_audit(&mut tx, actor, Some(h.org), "delete", "holding", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A leader confirms the holding.
    pub async fn verify(&self, actor: &Actor, id: i64, by: UserId) -> Result<()> {
        let h = self.get(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("UPDATE holdings SET source = 'verified', verified_by = $1, verified_at = $2 WHERE id = $3")
            .bind(by.0)
            .bind(crate::now_unix())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        event(&mut tx, h.org, h.person, h.competence, "verify", Some(h.level), actor).await?;
        write_audit(&mut tx, actor, Some(h.org), "verify", "holding", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The person's latest changes, newest first: changes one at a time, and each import's
    /// changes (one entry per import, see [`saman_import::holdings_diff`]) spread out per competence.
    pub async fn history(&self, person: PersonId) -> Result<Vec<HoldingEvent>> {
        const LIMIT: usize = 50;
        let rows = sqlx::query(
            "SELECT competence_id, action, level, actor_name, at, version FROM holding_events WHERE person_id = $1 ORDER BY id DESC LIMIT 50",
        )
        .bind(person.0)
        .fetch_all(&self.0.pool)
        .await?;
        let mut events = Vec::with_capacity(rows.len());
        for r in &rows {
            let event = HoldingEvent {
                competence: CompetenceId(r.try_get("competence_id")?),
                action: r.try_get("action")?,
                level: r.try_get("level")?,
                before: None,
                actor_name: r.try_get("actor_name")?,
                at: r.try_get("at")?,
            };
            events.push((r.try_get::<Option<i64>, _>("version")?.unwrap_or(0), event));
        }
        let imports =
            sqlx::query("SELECT changes, actor_name, at, version FROM holding_imports WHERE person_id = $1 ORDER BY id DESC LIMIT 50")
                .bind(person.0)
                .fetch_all(&self.0.pool)
                .await?;
        for r in &imports {
            let (actor_name, at, version): (String, i64, i64) = (r.try_get("actor_name")?, r.try_get("at")?, r.try_get("version")?);
            for c in saman_import::PersonChanges::changes_from_json(&r.try_get::<String, _>("changes")?) {
                let event = HoldingEvent {
                    competence: CompetenceId(c.competence),
                    action: "import".into(),
                    level: Some(c.level),
                    before: c.before.map(|b| b.level),
                    actor_name: actor_name.clone(),
                    at,
                };
                events.push((version, event));
            }
        }
        // Newest first; a stable sort keeps each source's own order within one version.
        events.sort_by_key(|e| std::cmp::Reverse((e.1.at, e.0)));
        events.truncate(LIMIT);
        Ok(events.into_iter().map(|(_, e)| e).collect())
    }

    pub async fn wishes(&self, person: PersonId) -> Result<Vec<CompetenceId>> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT competence_id FROM wishes WHERE person_id = $1 ORDER BY id")
            .bind(person.0)
            .fetch_all(&self.0.pool)
            .await?;
        Ok(ids.into_iter().map(CompetenceId).collect())
    }

    /// Marks (or unmarks) a competence the person wants to develop; audited like every change.
    pub async fn set_wish(&self, actor: &Actor, org: OrgId, person: PersonId, c: CompetenceId, wanted: bool) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let changed = if wanted {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM wishes WHERE person_id = $1 AND competence_id = $2")
                .bind(person.0)
                .bind(c.0)
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_none() {
                sqlx::query("INSERT INTO wishes (organisation_id, person_id, competence_id, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(org.0)
                    .bind(person.0)
                    .bind(c.0)
                    .bind(crate::now_unix())
                    .execute(&mut *tx)
                    .await?;
            }
            exists.is_none()
        } else {
            sqlx::query("DELETE FROM wishes WHERE person_id = $1 AND competence_id = $2")
                .bind(person.0)
                .bind(c.0)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                > 0
        };
        if changed {
            let action = if wanted { "add" } else { "remove" };
            write_audit(&mut tx, actor, Some(org), action, "wish", Some(person.0), &format!("competence {}", c.0)).await?;
        }
        tx.commit().await?;
        Ok(())
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
