//! Loading a generated demo network ([`saman_demo::Demo`]) into an empty database.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use crate::import::bulk::{MAX_PARAMS, POSITION_COLS, V, Writer, position_values};
use saman_demo::{Demo, DemoGrant, DemoOrg};
use saman_domain::{OrgId, Role};
use saman_import::{NewPerson, NewUnit, UnitRef};
use sqlx::Row;
use std::collections::HashMap;

const HOLDING_COLS: [&str; 9] =
    ["organisation_id", "person_id", "competence_id", "level", "obtained_on", "expires_on", "source", "verified_at", "updated_at"];
const REQUIREMENT_COLS: [&str; 9] =
    ["organisation_id", "unit_id", "position_code", "competence_id", "min_level", "mandatory", "min_count", "created_at", "alternatives"];
const WISH_COLS: [&str; 4] = ["organisation_id", "person_id", "competence_id", "created_at"];

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

/// Counts of the competence data written.
#[derive(Default)]
struct CompetenceCounts {
    holdings: usize,
    requirements: usize,
    wishes: usize,
}

/// Writes one organisation's holdings, requirements and wishes, each with multi-row inserts
/// built a statement at a time. Competences are the shipped ones, by key.
#[allow(clippy::too_many_arguments)]
async fn insert_competence(
    w: &mut Writer<'_>,
    org: OrgId,
    o: &DemoOrg,
    person_ids: &[i64],
    unit_ids: &[i64],
    competences: &HashMap<String, i64>,
    now: i64,
    counts: &mut CompetenceCounts,
) -> Result<()> {
    let competence = |key: &str| competences.get(key).copied().ok_or_else(|| bad(&format!("competence {key} not in the catalogue")));
    let person = |i: usize| person_ids.get(i).copied().ok_or_else(|| bad("holding person"));

    for chunk in o.holdings.chunks(MAX_PARAMS / HOLDING_COLS.len()) {
        let mut values: Vec<V> = Vec::with_capacity(chunk.len() * HOLDING_COLS.len());
        for h in chunk {
            let verified_at = (h.source == "verified").then_some(now);
            values.extend([
                org.0.into(),
                person(h.person)?.into(),
                competence(&h.competence_key)?.into(),
                i64::from(h.level).into(),
                h.obtained_on.to_string().into(),
                h.expires_on.map(|d| d.to_string()).into(),
                h.source.into(),
                verified_at.into(),
                now.into(),
            ]);
        }
        w.insert_many("holdings", &HOLDING_COLS, values, "holding").await?;
    }

    let mut values: Vec<V> = Vec::with_capacity(o.requirements.len() * REQUIREMENT_COLS.len());
    for r in &o.requirements {
        let unit = match r.unit {
            Some(u) => Some(*unit_ids.get(u).ok_or_else(|| bad("requirement unit"))?),
            None => None,
        };
        let alternatives = r.alternatives.iter().map(|k| competence(k).map(|c| c.to_string())).collect::<Result<Vec<_>>>()?.join(",");
        values.extend([
            org.0.into(),
            unit.into(),
            r.position_code.as_deref().into(),
            competence(&r.competence_key)?.into(),
            i64::from(r.min_level).into(),
            i64::from(r.mandatory).into(),
            r.min_count.map(i64::from).into(),
            now.into(),
            alternatives.into(),
        ]);
    }
    w.insert_many("requirements", &REQUIREMENT_COLS, values, "requirement").await?;

    let mut values: Vec<V> = Vec::with_capacity(o.wishes.len() * WISH_COLS.len());
    for (p, key) in &o.wishes {
        values.extend([org.0.into(), person(*p)?.into(), competence(key)?.into(), now.into()]);
    }
    w.insert_many("wishes", &WISH_COLS, values, "wish").await?;

    let mut values: Vec<V> = Vec::with_capacity(o.offers.len() * 6);
    for of in &o.offers {
        values.extend([
            org.0.into(),
            person(of.person)?.into(),
            competence(&of.competence_key)?.into(),
            of.note.into(),
            of.visibility.into(),
            now.into(),
        ]);
    }
    let cols = ["organisation_id", "person_id", "competence_id", "note", "visibility", "created_at"];
    w.insert_many("expert_offers", &cols, values, "expert_offer").await?;

    counts.holdings += o.holdings.len();
    counts.requirements += o.requirements.len();
    counts.wishes += o.wishes.len();
    Ok(())
}

impl Db {
    /// Loads the whole demo in one transaction, every account with `password_hash`: the
    /// network, organisations, units, people, positions, leaders, competence holdings,
    /// requirements and wishes (against the shipped catalogue that `migrate` seeds), and the
    /// accounts. Holdings get no history rows; the one audit row sums the load up.
    /// Refuses with `Duplicate("demo")` if any organisation exists, so the data already there is kept.
    pub async fn load_demo(&self, demo: &Demo, password_hash: &str) -> Result<DemoLoaded> {
        let mut tx = self.write_tx().await?;
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

        let mut competences = HashMap::new();
        for r in sqlx::query("SELECT id, key FROM competences WHERE organisation_id IS NULL").fetch_all(&mut *w.conn).await? {
            competences.insert(r.try_get::<String, _>("key")?, r.try_get::<i64, _>("id")?);
        }
        let mut counts = CompetenceCounts::default();

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
            insert_competence(&mut w, org, o, &person_ids, &unit_ids, &competences, now, &mut counts).await?;

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
        let mut account_people = vec![];
        for a in &demo.accounts {
            let person = match a.person {
                Some((o, p)) => Some(*loaded.get(o).and_then(|l| l.people.get(p)).ok_or_else(|| bad("account person"))?),
                None => None,
            };
            account_people.extend(person.map(saman_domain::PersonId));
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
                    DemoGrant::Employee { org } => (Role::Employee, Some(org_of(org)?.id.0), None, None, Some(org_of(org)?.name.clone())),
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
            "{} organisations, {people} people, {positions} positions, {} holdings, {} requirements, {} wishes, {} accounts",
            demo.orgs.len(),
            counts.holdings,
            counts.requirements,
            counts.wishes,
            demo.accounts.len()
        );
        write_audit(w.conn, &Actor::system("demo"), None, "demo", "network", Some(network), &detail).await?;
        tx.commit().await?;
        let today = chrono::Utc::now().date_naive();
        for (o, l) in demo.orgs.iter().zip(&loaded) {
            self.load_demo_learning(l.id, o, &l.people, today).await?;
        }
        let ids: Vec<saman_domain::OrgId> = loaded.iter().map(|l| l.id).collect();
        let people: Vec<Vec<i64>> = loaded.iter().map(|l| l.people.clone()).collect();
        self.load_demo_mobility(&ids, &people, &account_people, today).await?;
        // The demo's enrolments and placements are its past, not news to mail anyone about.
        sqlx::query("UPDATE notices SET done_at = $1 WHERE done_at IS NULL").bind(crate::now_unix()).execute(&self.pool).await?;
        Ok(DemoLoaded { orgs: loaded.iter().map(|l| l.id).collect(), accounts })
    }
}
