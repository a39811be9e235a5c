//! Practice notes: short notes of what someone learnt (from a colleague, a new hire, users,
//! a course), tagged with a competence and a handle, shared with the unit, the organisation
//! or the network.

use crate::audit::{Actor, write_audit};
use crate::competences::CompetenceId;
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::experts::Visibility;
use saman_domain::{OrgId, PersonId};
use sqlx::Row;
use sqlx::any::AnyRow;

/// Where what was learnt came from.
pub const NOTE_SOURCES: [&str; 5] = ["colleague", "new_hire", "users", "course", "other"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeNote {
    pub id: i64,
    pub org: OrgId,
    pub person: PersonId,
    pub person_name: String,
    pub body: String,
    pub source: String,
    pub handle: Option<String>,
    pub competence: Option<CompetenceId>,
    pub visibility: Visibility,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNote {
    pub body: String,
    pub source: &'static str,
    pub handle: Option<String>,
    pub competence: Option<CompetenceId>,
    pub visibility: Visibility,
}

const SELECT: &str = "SELECT n.id, n.organisation_id, n.person_id, n.body, n.source, n.handle, n.competence_id, n.visibility, n.created_at, \
    p.given_name, p.family_name FROM practice_notes n JOIN people p ON p.id = n.person_id";

fn note_from(r: &AnyRow) -> Result<PracticeNote> {
    let vis: String = r.try_get("visibility")?;
    let given: String = r.try_get("given_name")?;
    let family: String = r.try_get("family_name")?;
    Ok(PracticeNote {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        person: PersonId(r.try_get("person_id")?),
        person_name: format!("{given} {family}"),
        body: r.try_get("body")?,
        source: r.try_get("source")?,
        handle: r.try_get("handle")?,
        competence: r.try_get::<Option<i64>, _>("competence_id")?.map(CompetenceId),
        visibility: Visibility::parse(&vis).ok_or_else(|| StoreError::Corrupt(format!("visibility {vis}")))?,
        created_at: r.try_get("created_at")?,
    })
}

impl Db {
    /// The organisation's notes, newest first; the caller filters by who may see each.
    pub async fn practice_notes(&self, org: OrgId) -> Result<Vec<PracticeNote>> {
        let sql = format!("{SELECT} WHERE n.organisation_id = $1 ORDER BY n.id DESC");
        sqlx::query(&sql).bind(org.0).fetch_all(&self.pool).await?.iter().map(note_from).collect()
    }

    pub async fn practice_note(&self, id: i64) -> Result<PracticeNote> {
        let sql = format!("{SELECT} WHERE n.id = $1");
        note_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// Adds a note by the person; the competence must be one the organisation may use.
    pub async fn add_practice_note(&self, actor: &Actor, org: OrgId, person: PersonId, n: &NewNote) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        if let Some(c) = n.competence
            && !crate::competences::usable(&mut tx, org, c).await?
        {
            return Err(StoreError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO practice_notes (organisation_id, person_id, body, source, handle, competence_id, visibility, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(org.0)
        .bind(person.0)
        .bind(&n.body)
        .bind(n.source)
        .bind(n.handle.as_deref())
        .bind(n.competence.map(|c| c.0))
        .bind(n.visibility.code())
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(org), "create", "practice_note", Some(id), n.visibility.code()).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete_practice_note(&self, actor: &Actor, id: i64) -> Result<()> {
        let n = self.practice_note(id).await?;
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM practice_notes WHERE id = $1").bind(id).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(n.org), "delete", "practice_note", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }
}
