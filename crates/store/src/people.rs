//! People and their positions.

use crate::audit::{Actor, write_audit};
use crate::dates::date_from;
use crate::db::Db;
use crate::error::{Result, StoreError};
use chrono::NaiveDate;
use saman_domain::parse::Percent;
use saman_domain::search;
use saman_domain::{OrgId, PersonId, PositionId, UnitId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: PersonId,
    pub org: OrgId,
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// The editable fields of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonPatch {
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    pub id: PositionId,
    pub org: OrgId,
    pub person: PersonId,
    pub unit: UnitId,
    pub unit_name: String,
    pub external_key: Option<String>,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

impl Position {
    pub fn is_current(&self, today: NaiveDate) -> bool {
        self.start_date <= today && self.end_date.is_none_or(|e| e >= today)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionInput {
    pub person: PersonId,
    pub unit: UnitId,
    pub external_key: Option<String>,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

/// A person working in a unit, as listed on the unit page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitMember {
    pub person: PersonId,
    pub name: String,
    pub title: String,
    pub percent: Percent,
}

pub struct PeopleStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn people(&self) -> PeopleStore<'_> {
        PeopleStore(self)
    }
}

const PERSON_COLS: &str = "id, organisation_id, employee_number, given_name, family_name, email, birth_year";
const POSITION_COLS: &str = "p.id, p.organisation_id, p.person_id, p.unit_id, u.name AS unit_name, p.external_key, \
     p.title, p.position_code, p.percent_h, p.start_date, p.end_date";

fn person_from(r: &AnyRow) -> Result<Person> {
    Ok(Person {
        id: PersonId(r.try_get("id")?),
        org: OrgId(r.try_get("organisation_id")?),
        employee_number: r.try_get("employee_number")?,
        given_name: r.try_get("given_name")?,
        family_name: r.try_get("family_name")?,
        email: r.try_get("email")?,
        birth_year: r.try_get::<Option<i64>, _>("birth_year")?.map(|y| y as i32),
    })
}

fn position_from(r: &AnyRow) -> Result<Position> {
    let end: Option<String> = r.try_get("end_date")?;
    let h: i64 = r.try_get("percent_h")?;
    Ok(Position {
        id: PositionId(r.try_get("id")?),
        org: OrgId(r.try_get("organisation_id")?),
        person: PersonId(r.try_get("person_id")?),
        unit: UnitId(r.try_get("unit_id")?),
        unit_name: r.try_get("unit_name")?,
        external_key: r.try_get("external_key")?,
        title: r.try_get("title")?,
        position_code: r.try_get("position_code")?,
        percent: Percent::from_hundredths(h).ok_or_else(|| StoreError::Corrupt(format!("percent {h}")))?,
        start_date: date_from(&r.try_get::<String, _>("start_date")?)?,
        end_date: end.as_deref().map(date_from).transpose()?,
    })
}

impl PeopleStore<'_> {
    pub async fn person(&self, id: PersonId) -> Result<Person> {
        let sql = format!("SELECT {PERSON_COLS} FROM people WHERE id = $1");
        let r = sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        person_from(&r)
    }

    /// People of an organisation, by family name. With a query, each of its words must
    /// be part of the name (in any case, æ, ø and å included) or be the employee number.
    pub async fn list(&self, org: OrgId, query: Option<&str>, limit: i64, offset: i64) -> Result<Vec<Person>> {
        let terms = query.map(|q| search::terms(q, 5)).unwrap_or_default();
        let mut sql = format!("SELECT {PERSON_COLS} FROM people WHERE organisation_id = $1");
        for i in 0..terms.len() {
            let (like, exact) = (4 + 2 * i, 5 + 2 * i);
            sql.push_str(&format!(" AND (search_name LIKE ${like} ESCAPE '\\' OR employee_number = ${exact})"));
        }
        sql.push_str(" ORDER BY family_name, given_name, id LIMIT $2 OFFSET $3");
        let mut q = sqlx::query(&sql).bind(org.0).bind(limit).bind(offset);
        for t in &terms {
            let escaped = t.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            q = q.bind(format!("%{escaped}%")).bind(t.clone());
        }
        q.fetch_all(&self.0.pool).await?.iter().map(person_from).collect()
    }

    /// Birth years of the organisation's people, where known.
    pub async fn birth_years(&self, org: OrgId) -> Result<std::collections::HashMap<PersonId, i32>> {
        const SQL: &str = "SELECT id, birth_year FROM people WHERE organisation_id = $1 AND birth_year IS NOT NULL";
        // Many rows for gap analysis' full read: read past sqlx on both databases.
        if self.0.backend == crate::Backend::Postgres {
            use crate::copy_out::{int, pg_copy};
            // Only an id is formatted into the query.
            let mut out = std::collections::HashMap::new();
            pg_copy(self.0, &SQL.replace("$1", &org.0.to_string()), 2, |f| {
                let year = i32::try_from(int(f[1])?).map_err(|_| crate::StoreError::Corrupt("birth year".into()))?;
                out.insert(PersonId(int(f[0])?), year);
                Ok(())
            })
            .await?;
            return Ok(out);
        }
        self.0
            .sqlite_direct(move |c| {
                let mut stmt = c.prepare(SQL)?;
                let rows = stmt.query_map([org.0], |r| Ok((PersonId(r.get(0)?), r.get::<_, i32>(1)?)))?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            })
            .await
    }

    /// Full names of the given people, in as few queries as the list allows.
    pub async fn names(&self, ids: &[PersonId]) -> Result<std::collections::HashMap<PersonId, String>> {
        let mut out = std::collections::HashMap::with_capacity(ids.len());
        let mut ids: Vec<i64> = ids.iter().map(|p| p.0).collect();
        ids.sort_unstable();
        ids.dedup();
        for chunk in ids.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT id, given_name, family_name FROM people WHERE id IN ({})", placeholders.join(", "));
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            for r in q.fetch_all(&self.0.pool).await? {
                let given: String = r.try_get("given_name")?;
                let family: String = r.try_get("family_name")?;
                out.insert(PersonId(r.try_get("id")?), format!("{given} {family}"));
            }
        }
        Ok(out)
    }

    /// The person with this employee number in the organisation.
    pub async fn by_employee_number(&self, org: OrgId, number: &str) -> Result<Option<Person>> {
        let sql = format!("SELECT {PERSON_COLS} FROM people WHERE organisation_id = $1 AND employee_number = $2");
        sqlx::query(&sql).bind(org.0).bind(number.trim()).fetch_optional(&self.0.pool).await?.as_ref().map(person_from).transpose()
    }

    pub async fn count(&self, org: OrgId) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE organisation_id = $1").bind(org.0).fetch_one(&self.0.pool).await?)
    }

    pub async fn create(&self, actor: &Actor, org: OrgId, p: &PersonPatch) -> Result<PersonId> {
        let mut tx = self.0.write_tx().await?;
        let now = crate::now_unix();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO people (organisation_id, employee_number, given_name, family_name, email, birth_year, created_at, updated_at, search_name) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id",
        )
        .bind(org.0)
        .bind(p.employee_number.as_deref())
        .bind(&p.given_name)
        .bind(&p.family_name)
        .bind(p.email.as_deref())
        .bind(p.birth_year.map(i64::from))
        .bind(now)
        .bind(search::person_key(&p.given_name, &p.family_name))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::unique(e, "employee_number"))?;
        write_audit(&mut tx, actor, Some(org), "create", "person", Some(id), &format!("{} {}", p.given_name, p.family_name)).await?;
        tx.commit().await?;
        Ok(PersonId(id))
    }

    pub async fn update(&self, actor: &Actor, id: PersonId, p: &PersonPatch) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let org: Option<i64> = sqlx::query_scalar(
            "UPDATE people SET employee_number = $1, given_name = $2, family_name = $3, email = $4, birth_year = $5, updated_at = $6, \
             search_name = $8 WHERE id = $7 RETURNING organisation_id",
        )
        .bind(p.employee_number.as_deref())
        .bind(&p.given_name)
        .bind(&p.family_name)
        .bind(p.email.as_deref())
        .bind(p.birth_year.map(i64::from))
        .bind(crate::now_unix())
        .bind(id.0)
        .bind(search::person_key(&p.given_name, &p.family_name))
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| StoreError::unique(e, "employee_number"))?;
        let org = org.ok_or(StoreError::NotFound)?;
        write_audit(&mut tx, actor, Some(OrgId(org)), "update", "person", Some(id.0), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every position a person holds or held, newest first.
    pub async fn positions_of(&self, person: PersonId) -> Result<Vec<Position>> {
        let sql = format!(
            "SELECT {POSITION_COLS} FROM positions p JOIN units u ON u.id = p.unit_id \
             WHERE p.person_id = $1 ORDER BY p.start_date DESC, p.id"
        );
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(position_from).collect()
    }

    pub async fn position(&self, id: PositionId) -> Result<Position> {
        let sql = format!("SELECT {POSITION_COLS} FROM positions p JOIN units u ON u.id = p.unit_id WHERE p.id = $1");
        let r = sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        position_from(&r)
    }

    /// Positions in an organisation, optionally only in one unit.
    pub async fn positions_in(&self, org: OrgId, unit: Option<UnitId>, limit: i64, offset: i64) -> Result<Vec<Position>> {
        let sql = format!(
            "SELECT {POSITION_COLS} FROM positions p JOIN units u ON u.id = p.unit_id \
             WHERE p.organisation_id = $1 AND ($2 IS NULL OR p.unit_id = $2) ORDER BY p.id LIMIT $3 OFFSET $4"
        );
        let rows = sqlx::query(&sql).bind(org.0).bind(unit.map(|u| u.0)).bind(limit).bind(offset).fetch_all(&self.0.pool).await?;
        rows.iter().map(position_from).collect()
    }

    /// People with a current position directly in the unit, by name.
    pub async fn members_of(&self, unit: UnitId, today: NaiveDate) -> Result<Vec<UnitMember>> {
        let rows = sqlx::query(
            "SELECT pe.id, pe.given_name, pe.family_name, p.title, p.percent_h FROM positions p \
             JOIN people pe ON pe.id = p.person_id \
             WHERE p.unit_id = $1 AND p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date >= $2) \
             ORDER BY pe.family_name, pe.given_name, pe.id",
        )
        .bind(unit.0)
        .bind(today.to_string())
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let given: String = r.try_get("given_name")?;
                let family: String = r.try_get("family_name")?;
                let h: i64 = r.try_get("percent_h")?;
                Ok(UnitMember {
                    person: PersonId(r.try_get("id")?),
                    name: format!("{given} {family}"),
                    title: r.try_get("title")?,
                    percent: Percent::from_hundredths(h).ok_or_else(|| StoreError::Corrupt(format!("percent {h}")))?,
                })
            })
            .collect()
    }

    pub async fn create_position(&self, actor: &Actor, org: OrgId, p: &PositionInput) -> Result<PositionId> {
        let mut tx = self.0.write_tx().await?;
        let person_org: Option<i64> =
            sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1").bind(p.person.0).fetch_optional(&mut *tx).await?;
        let unit_org: Option<i64> =
            sqlx::query_scalar("SELECT organisation_id FROM units WHERE id = $1").bind(p.unit.0).fetch_optional(&mut *tx).await?;
        if person_org != Some(org.0) || unit_org != Some(org.0) {
            return Err(StoreError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO positions (organisation_id, person_id, unit_id, external_key, title, position_code, percent_h, start_date, end_date) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(org.0)
        .bind(p.person.0)
        .bind(p.unit.0)
        .bind(p.external_key.as_deref())
        .bind(&p.title)
        .bind(p.position_code.as_deref())
        .bind(p.percent.hundredths())
        .bind(p.start_date.to_string())
        .bind(p.end_date.map(|d| d.to_string()))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::unique(e, "position_key"))?;
        write_audit(&mut tx, actor, Some(org), "create", "position", Some(id), &p.title).await?;
        tx.commit().await?;
        Ok(PositionId(id))
    }
}
