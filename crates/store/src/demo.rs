//! Loading a generated demo network ([`saman_demo::Demo`]) into an empty database.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use crate::import::bulk::{POSITION_COLS, V, Writer, position_values};
use saman_demo::{Demo, DemoGrant};
use saman_domain::{OrgId, Role};
use saman_import::{NewPerson, NewUnit, UnitRef};

/// What [`Db::load_demo`] created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoLoaded {
    /// In the order of `Demo::orgs`.
    pub orgs: Vec<OrgId>,
    /// `(username, roles)` in the order of `Demo::accounts`, e.g. `("leder", "leader (…), employee (…)")`.
    pub accounts: Vec<(String, String)>,
}

/// Ids created for one organisation.
struct LoadedOrg {
    id: OrgId,
    name: String,
    units: Vec<i64>,
    unit_names: Vec<String>,
    people: Vec<i64>,
}

fn bad(what: &str) -> StoreError {
    StoreError::Corrupt(format!("demo: {what}"))
}

impl Db {
    /// Loads the whole demo in one transaction, every account with `password_hash`.
    /// Refuses with `Duplicate("demo")` if any organisation exists, so the data already there is kept.
    pub async fn load_demo(&self, demo: &Demo, password_hash: &str) -> Result<DemoLoaded> {
        let mut tx = self.pool.begin().await?;
        let mut w = Writer::new(&mut tx, self.backend);
        let orgs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations").fetch_one(&mut *w.conn).await?;
        if orgs > 0 {
            return Err(StoreError::Duplicate("demo"));
        }
        let now = crate::now_unix();
        let network: i64 = sqlx::query_scalar("INSERT INTO networks (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(&demo.network_name)
            .bind(now)
            .fetch_one(&mut *w.conn)
            .await?;

        let mut loaded = Vec::with_capacity(demo.orgs.len());
        let (mut people, mut positions) = (0, 0);
        for o in &demo.orgs {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organisations (network_id, name, kind, org_number, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(network)
            .bind(&o.name)
            .bind(o.kind.code())
            .bind(&o.org_number)
            .bind(now)
            .fetch_one(&mut *w.conn)
            .await
            .map_err(|e| StoreError::unique(e, "org_number"))?;
            let org = OrgId(id);

            let units: Vec<NewUnit> = o
                .units
                .iter()
                .map(|u| NewUnit { code: u.code.clone(), name: u.name.clone(), kind: u.kind, parent: u.parent.map(UnitRef::New) })
                .collect();
            let unit_ids = w.insert_units(org, &units).await?;
            let new_people: Vec<NewPerson> = o
                .people
                .iter()
                .map(|p| NewPerson {
                    employee_number: p.employee_number.clone(),
                    given_name: p.given_name.clone(),
                    family_name: p.family_name.clone(),
                    email: Some(p.email.clone()),
                    birth_year: Some(p.birth_year),
                })
                .collect();
            let person_ids = w.insert_people(org, &new_people).await?;

            let mut values = Vec::with_capacity(o.positions.len() * POSITION_COLS.len());
            for p in &o.positions {
                let (Some(person), Some(&person_id), Some(unit), Some(&unit_id)) =
                    (o.people.get(p.person), person_ids.get(p.person), o.units.get(p.unit), unit_ids.get(p.unit))
                else {
                    return Err(bad("position index"));
                };
                // The key an import of the same person and unit without Stillingsnummer derives.
                let key = format!("{}/{}", person.employee_number, unit.code);
                let code = Some(p.position_code.as_str());
                position_values(&mut values, org, person_id, unit_id, &key, &p.title, code, p.percent, p.start_date, None);
            }
            w.insert_many("positions", &POSITION_COLS, values, "position_key").await?;

            let mut values: Vec<V> = Vec::new();
            for (i, u) in o.units.iter().enumerate() {
                if let Some(leader) = u.leader {
                    let person = person_ids.get(leader).ok_or_else(|| bad("leader index"))?;
                    values.extend([unit_ids[i].into(), (*person).into()]);
                }
            }
            w.update_many("units", org, &["leader_person_id"], values).await?;

            people += o.people.len();
            positions += o.positions.len();
            loaded.push(LoadedOrg {
                id: org,
                name: o.name.clone(),
                units: unit_ids,
                unit_names: o.units.iter().map(|u| u.name.clone()).collect(),
                people: person_ids,
            });
        }

        let mut accounts = Vec::with_capacity(demo.accounts.len());
        for a in &demo.accounts {
            let person = match a.person {
                Some((o, p)) => Some(*loaded.get(o).and_then(|l| l.people.get(p)).ok_or_else(|| bad("account person"))?),
                None => None,
            };
            let user: i64 = sqlx::query_scalar(
                "INSERT INTO users (username, display_name, password_hash, person_id, created_at, disabled) \
                 VALUES ($1, $2, $3, $4, $5, 0) RETURNING id",
            )
            .bind(&a.username)
            .bind(&a.display_name)
            .bind(password_hash)
            .bind(person)
            .bind(now)
            .fetch_one(&mut *w.conn)
            .await
            .map_err(|e| StoreError::unique(e, "username"))?;
            let mut roles = Vec::with_capacity(a.grants.len());
            for g in &a.grants {
                let org_of = |o: usize| loaded.get(o).ok_or_else(|| bad("grant organisation"));
                let (role, org, net, unit, scope) = match *g {
                    DemoGrant::Admin => (Role::Admin, None, None, None, None),
                    DemoGrant::Coordinator => (Role::Coordinator, None, Some(network), None, Some(demo.network_name.clone())),
                    DemoGrant::Hr { org } => (Role::Hr, Some(org_of(org)?.id.0), None, None, Some(org_of(org)?.name.clone())),
                    DemoGrant::Employee { org } => {
                        (Role::Employee, Some(org_of(org)?.id.0), None, None, Some(org_of(org)?.name.clone()))
                    }
                    DemoGrant::Leader { org, unit } => {
                        let l = org_of(org)?;
                        let (Some(&id), Some(name)) = (l.units.get(unit), l.unit_names.get(unit)) else {
                            return Err(bad("grant unit"));
                        };
                        (Role::Leader, Some(l.id.0), None, Some(id), Some(format!("{}: {name}", l.name)))
                    }
                };
                sqlx::query("INSERT INTO role_grants (user_id, role, organisation_id, network_id, unit_id) VALUES ($1, $2, $3, $4, $5)")
                    .bind(user)
                    .bind(role.code())
                    .bind(org)
                    .bind(net)
                    .bind(unit)
                    .execute(&mut *w.conn)
                    .await?;
                roles.push(match scope {
                    Some(s) => format!("{} ({s})", role.code()),
                    None => role.code().to_string(),
                });
            }
            accounts.push((a.username.clone(), roles.join(", ")));
        }

        let detail = format!(
            "{} organisations, {people} people, {positions} positions, {} accounts",
            demo.orgs.len(),
            demo.accounts.len()
        );
        write_audit(w.conn, &Actor::system("demo"), None, "demo", "network", Some(network), &detail).await?;
        tx.commit().await?;
        Ok(DemoLoaded { orgs: loaded.iter().map(|l| l.id).collect(), accounts })
    }
}
