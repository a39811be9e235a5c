//! The store side of the organisation import: loading what an organisation holds into the
//! pure model, and applying a [`Plan`] in one transaction.
//!
//! Writes are chunked multi-row statements (see [`bulk`]), so a 50,000-row file is a few
//! dozen statements.

use crate::audit::{Actor, write_audit};
use crate::dates::date_from;
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::parse::Percent;
use saman_domain::{OrgId, UnitKind};
use saman_import::{Existing, ExistingPerson, ExistingPosition, ExistingUnit, PersonRef, Plan, PlanCounts, UnitRef};
use sqlx::Row;
use std::collections::BTreeSet;

pub(crate) mod bulk;

use bulk::{POSITION_COLS, Writer, bad_plan, position_values};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOutcome {
    pub counts: PlanCounts,
}

/// The organisation import, seen from the database.
pub struct ImportStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn imports(&self) -> ImportStore<'_> {
        ImportStore(self)
    }
}

fn existing_units(refs: impl Iterator<Item = Option<UnitRef>>) -> BTreeSet<i64> {
    refs.filter_map(|r| match r {
        Some(UnitRef::Existing(id)) => Some(id),
        _ => None,
    })
    .collect()
}

fn existing_people(refs: impl Iterator<Item = PersonRef>) -> BTreeSet<i64> {
    refs.filter_map(|r| match r {
        PersonRef::Existing(id) => Some(id),
        PersonRef::New(_) => None,
    })
    .collect()
}

fn kind_from(s: &str) -> Result<UnitKind> {
    UnitKind::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unit kind {s}")))
}

impl ImportStore<'_> {
    /// Every unit, person and position of the organisation, by id.
    pub async fn existing(&self, org: OrgId) -> Result<Existing> {
        let mut conn = self.0.pool.acquire().await?;
        let units =
            sqlx::query("SELECT id, code, name, parent_id, kind, leader_person_id FROM units WHERE organisation_id = $1 ORDER BY id")
                .bind(org.0)
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(|r| {
                    Ok(ExistingUnit {
                        id: r.try_get("id")?,
                        code: r.try_get("code")?,
                        name: r.try_get("name")?,
                        parent_id: r.try_get("parent_id")?,
                        kind: kind_from(&r.try_get::<String, _>("kind")?)?,
                        leader_person_id: r.try_get("leader_person_id")?,
                    })
                })
                .collect::<Result<_>>()?;
        let people = sqlx::query(
            "SELECT id, employee_number, given_name, family_name, email, birth_year FROM people \
             WHERE organisation_id = $1 ORDER BY id",
        )
        .bind(org.0)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| {
            Ok(ExistingPerson {
                id: r.try_get("id")?,
                employee_number: r.try_get("employee_number")?,
                given_name: r.try_get("given_name")?,
                family_name: r.try_get("family_name")?,
                email: r.try_get("email")?,
                birth_year: r.try_get::<Option<i64>, _>("birth_year")?.map(|y| y as i32),
            })
        })
        .collect::<Result<_>>()?;
        let positions = sqlx::query(
            "SELECT id, person_id, unit_id, external_key, title, position_code, percent_h, start_date, end_date \
             FROM positions WHERE organisation_id = $1 ORDER BY id",
        )
        .bind(org.0)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| {
            let h: i64 = r.try_get("percent_h")?;
            let end: Option<String> = r.try_get("end_date")?;
            Ok(ExistingPosition {
                id: r.try_get("id")?,
                person_id: r.try_get("person_id")?,
                unit_id: r.try_get("unit_id")?,
                external_key: r.try_get("external_key")?,
                title: r.try_get("title")?,
                position_code: r.try_get("position_code")?,
                percent: Percent::from_hundredths(h).ok_or_else(|| StoreError::Corrupt(format!("percent {h}")))?,
                start_date: date_from(&r.try_get::<String, _>("start_date")?)?,
                end_date: end.as_deref().map(date_from).transpose()?,
            })
        })
        .collect::<Result<_>>()?;
        Ok(Existing { units, people, positions })
    }

    /// Applies the whole plan in one transaction: if any part fails nothing is written.
    /// Every stored id the plan names must belong to `org` (else `NotFound`).
    pub async fn apply(&self, actor: &Actor, org: OrgId, plan: &Plan) -> Result<ImportOutcome> {
        let mut tx = self.0.write_tx().await?;
        let mut w = Writer::new(&mut tx, self.0.backend);
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1").bind(org.0).fetch_optional(&mut *w.conn).await?;
        found.ok_or(StoreError::NotFound)?;

        // Units: new ones level by level, then changes (which may move a unit under a new one).
        let parents = existing_units(plan.new_units.iter().map(|u| u.parent).chain(plan.unit_changes.iter().map(|c| c.parent)));
        w.check_owned("units", org, parents).await?;
        let new_units = w.insert_units(org, &plan.new_units).await?;
        let unit = |r: UnitRef| match r {
            UnitRef::Existing(id) => Ok(id),
            UnitRef::New(i) => new_units.get(i).copied().ok_or_else(|| bad_plan("unknown new unit")),
        };
        let mut values = Vec::with_capacity(plan.unit_changes.len() * 4);
        for c in &plan.unit_changes {
            let parent = c.parent.map(unit).transpose()?;
            values.extend([c.id.into(), parent.into(), c.name.as_str().into(), c.kind.code().into()]);
        }
        w.update_many("units", org, &["parent_id", "name", "kind"], values).await?;

        // People.
        let new_people = w.insert_people(org, &plan.new_people).await?;
        let person = |r: PersonRef| match r {
            PersonRef::Existing(id) => Ok(id),
            PersonRef::New(i) => new_people.get(i).copied().ok_or_else(|| bad_plan("unknown new person")),
        };
        let now = crate::now_unix();
        let mut values = Vec::with_capacity(plan.person_changes.len() * 7);
        for c in &plan.person_changes {
            values.extend([
                c.id.into(),
                c.given_name.as_str().into(),
                c.family_name.as_str().into(),
                c.email.as_deref().into(),
                c.birth_year.map(i64::from).into(),
                saman_domain::search::person_key(&c.given_name, &c.family_name).into(),
                now.into(),
            ]);
        }
        w.update_many("people", org, &["given_name", "family_name", "email", "birth_year", "search_name", "updated_at"], values).await?;

        // Positions: new, changed, ended.
        let units = plan.new_positions.iter().map(|p| p.unit).chain(plan.position_changes.iter().map(|c| c.unit));
        w.check_owned("units", org, existing_units(units.map(Some))).await?;
        w.check_owned("people", org, existing_people(plan.new_positions.iter().map(|p| p.person))).await?;
        let mut values = Vec::with_capacity(plan.new_positions.len() * 9);
        for p in &plan.new_positions {
            let (pe, u) = (person(p.person)?, unit(p.unit)?);
            position_values(&mut values, org, pe, u, &p.key, &p.title, p.position_code.as_deref(), p.percent, p.start_date, p.end_date);
        }
        w.insert_many("positions", &POSITION_COLS, values, "position_key").await?;
        let mut values = Vec::with_capacity(plan.position_changes.len() * 7);
        for c in &plan.position_changes {
            values.extend([
                c.id.into(),
                unit(c.unit)?.into(),
                c.title.as_str().into(),
                c.position_code.as_deref().into(),
                c.percent.hundredths().into(),
                c.start_date.to_string().into(),
                c.end_date.map(|d| d.to_string()).into(),
            ]);
        }
        let set = ["unit_id", "title", "position_code", "percent_h", "start_date", "end_date"];
        w.update_many("positions", org, &set, values).await?;
        let today = plan.today.to_string();
        let values = plan.ended_positions.iter().flat_map(|&id| [id.into(), today.as_str().into()]).collect();
        w.update_many("positions", org, &["end_date"], values).await?;

        // Leaders.
        w.check_owned("people", org, existing_people(plan.leader_changes.iter().map(|l| l.person))).await?;
        let mut values = Vec::with_capacity(plan.leader_changes.len() * 2);
        for l in &plan.leader_changes {
            values.extend([unit(l.unit)?.into(), person(l.person)?.into()]);
        }
        w.update_many("units", org, &["leader_person_id"], values).await?;

        let counts = plan.counts();
        write_audit(w.conn, actor, Some(org), "import", "organisation", Some(org.0), &summary(&counts)).await?;
        tx.commit().await?;
        Ok(ImportOutcome { counts })
    }
}

/// `units +3 ~1, people +10 ~0, positions +12 ~2 -1, leaders ~1`.
pub fn summary(c: &PlanCounts) -> String {
    format!(
        "units +{} ~{}, people +{} ~{}, positions +{} ~{} -{}, leaders ~{}",
        c.units.created,
        c.units.changed,
        c.people.created,
        c.people.changed,
        c.positions.created,
        c.positions.changed,
        c.positions.ended,
        c.leaders_changed
    )
}
