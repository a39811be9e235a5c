//! The expert pool: people's offers to share a competence, and who may see them.

use crate::audit::{Actor, write_audit};
use crate::competences::CompetenceId;
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::experts::Visibility;
use saman_domain::{OrgId, PersonId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// An offer, with what the pool shows of the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub id: i64,
    pub org: OrgId,
    pub person: PersonId,
    pub competence: CompetenceId,
    pub note: Option<String>,
    pub visibility: Visibility,
    pub person_name: String,
    pub email: Option<String>,
    /// The person's level in the competence, if they hold it.
    pub level: Option<i64>,
    /// The holding is confirmed by a leader.
    pub verified: bool,
}

pub struct ExpertStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn experts(&self) -> ExpertStore<'_> {
        ExpertStore(self)
    }
}

const SELECT: &str = "SELECT o.id, o.organisation_id, o.person_id, o.competence_id, o.note, o.visibility, p.given_name, p.family_name, p.email, \
    h.level, h.source FROM expert_offers o JOIN people p ON p.id = o.person_id \
    LEFT JOIN holdings h ON h.person_id = o.person_id AND h.competence_id = o.competence_id";

fn offer_from(r: &AnyRow) -> Result<Offer> {
    let vis: String = r.try_get("visibility")?;
    let given: String = r.try_get("given_name")?;
    let family: String = r.try_get("family_name")?;
    let source: Option<String> = r.try_get("source")?;
    Ok(Offer {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        person: PersonId(r.try_get("person_id")?),
        competence: CompetenceId(r.try_get("competence_id")?),
        note: r.try_get("note")?,
        visibility: Visibility::parse(&vis).ok_or_else(|| StoreError::Corrupt(format!("visibility {vis}")))?,
        person_name: format!("{given} {family}"),
        email: r.try_get("email")?,
        level: r.try_get("level")?,
        verified: source.as_deref() == Some("verified"),
    })
}

impl ExpertStore<'_> {
    pub async fn of(&self, person: PersonId) -> Result<Vec<Offer>> {
        let sql = format!("{SELECT} WHERE o.person_id = $1 ORDER BY o.id");
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(offer_from).collect()
    }

    pub async fn get(&self, id: i64) -> Result<Offer> {
        let sql = format!("{SELECT} WHERE o.id = $1");
        offer_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// Every offer in these organisations; the caller filters by who may see each.
    pub async fn in_orgs(&self, orgs: &[OrgId]) -> Result<Vec<Offer>> {
        let mut out = vec![];
        for org in orgs {
            let sql = format!("{SELECT} WHERE o.organisation_id = $1");
            for r in sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await? {
                out.push(offer_from(&r)?);
            }
        }
        Ok(out)
    }

    /// The current units of everyone with an offer in the organisation.
    pub async fn units(
        &self,
        org: OrgId,
        today: chrono::NaiveDate,
    ) -> Result<std::collections::HashMap<PersonId, Vec<saman_domain::UnitId>>> {
        let rows = sqlx::query(
            "SELECT person_id, unit_id FROM positions WHERE organisation_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2) \
             AND person_id IN (SELECT person_id FROM expert_offers WHERE organisation_id = $1)",
        )
        .bind(org.0)
        .bind(today.to_string())
        .fetch_all(&self.0.pool)
        .await?;
        let mut out: std::collections::HashMap<PersonId, Vec<saman_domain::UnitId>> = std::collections::HashMap::new();
        for r in rows {
            out.entry(PersonId(r.try_get("person_id")?)).or_default().push(saman_domain::UnitId(r.try_get("unit_id")?));
        }
        Ok(out)
    }

    /// Adds an offer, or changes the person's offer for the same competence.
    pub async fn save(
        &self,
        actor: &Actor,
        org: OrgId,
        person: PersonId,
        competence: CompetenceId,
        note: Option<&str>,
        visibility: Visibility,
    ) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        let person_org: Option<i64> =
            sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1").bind(person.0).fetch_optional(&mut *tx).await?;
        if person_org != Some(org.0) || !crate::competences::usable(&mut tx, org, competence).await? {
            return Err(StoreError::NotFound);
        }
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM expert_offers WHERE person_id = $1 AND competence_id = $2")
            .bind(person.0)
            .bind(competence.0)
            .fetch_optional(&mut *tx)
            .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query("UPDATE expert_offers SET note = $1, visibility = $2 WHERE id = $3").bind(note).bind(visibility.code()).bind(id).execute(&mut *tx).await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO expert_offers (organisation_id, person_id, competence_id, note, visibility, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(org.0)
                .bind(person.0)
                .bind(competence.0)
                .bind(note)
                .bind(visibility.code())
                .bind(crate::now_unix())
                .fetch_one(&mut *tx)
                .await?
            }
        };
        write_audit(&mut tx, actor, Some(org), "save", "expert_offer", Some(id), visibility.code()).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete(&self, actor: &Actor, id: i64) -> Result<()> {
        let o = self.get(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM expert_offers WHERE id = $1").bind(id).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(o.org), "delete", "expert_offer", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }
}
