//! Bulk writes shared by the import and the demo loader: chunked multi-row inserts and
//! updates, ownership checks, and units and people created with their ids read back by
//! their unique keys (never from the order of `RETURNING` rows of a multi-row insert,
//! which neither SQLite nor PostgreSQL promises).

use crate::db::Backend;
use crate::error::{Result, StoreError};
use saman_domain::OrgId;
use saman_domain::parse::Percent;
use saman_domain::search::person_key;
use saman_import::{NewPerson, NewUnit, UnitRef};
use sqlx::any::AnyArguments;
use sqlx::{Any, AnyConnection, Row};
use std::collections::{BTreeSet, HashMap};

/// Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535.
pub(crate) const MAX_PARAMS: usize = 30_000;

/// One bound value of a bulk statement.
#[derive(Debug, Clone)]
pub(crate) enum V {
    I(Option<i64>),
    T(Option<String>),
}

impl From<i64> for V {
    fn from(v: i64) -> V {
        V::I(Some(v))
    }
}
impl From<Option<i64>> for V {
    fn from(v: Option<i64>) -> V {
        V::I(v)
    }
}
impl From<&str> for V {
    fn from(v: &str) -> V {
        V::T(Some(v.to_string()))
    }
}
impl From<Option<&str>> for V {
    fn from(v: Option<&str>) -> V {
        V::T(v.map(str::to_string))
    }
}
impl From<String> for V {
    fn from(v: String) -> V {
        V::T(Some(v))
    }
}
impl From<Option<String>> for V {
    fn from(v: Option<String>) -> V {
        V::T(v)
    }
}

type Query<'q> = sqlx::query::Query<'q, Any, AnyArguments<'q>>;

fn bind_all(mut q: Query<'_>, values: Vec<V>) -> Query<'_> {
    for v in values {
        q = match v {
            V::I(i) => q.bind(i),
            V::T(t) => q.bind(t),
        };
    }
    q
}

/// Writes placeholders in the order they appear in the SQL text, so values are bound in that
/// order: `$1, $2, …` on PostgreSQL, `?` on SQLite. (SQLite looks numbered parameters up in a
/// list, which makes a statement with 30,000 of them take quadratic time to prepare and bind.)
struct Ph {
    backend: Backend,
    n: usize,
}

impl Ph {
    fn new(backend: Backend) -> Ph {
        Ph { backend, n: 0 }
    }

    fn one(&mut self) -> String {
        match self.backend {
            Backend::Sqlite => "?".to_string(),
            Backend::Postgres => {
                self.n += 1;
                format!("${}", self.n)
            }
        }
    }

    /// `(…, …), (…, …)`: `rows` tuples of `cols` placeholders.
    fn tuples(&mut self, rows: usize, cols: usize) -> String {
        let mut s = String::with_capacity(rows * cols * 8);
        for r in 0..rows {
            s.push_str(if r == 0 { "(" } else { ", (" });
            for c in 0..cols {
                if c > 0 {
                    s.push_str(", ");
                }
                s.push_str(&self.one());
            }
            s.push(')');
        }
        s
    }
}

/// Splits row-major `values` into chunks of whole rows, each under [`MAX_PARAMS`] with `extra` more.
fn chunks(values: Vec<V>, cols: usize, extra: usize) -> Vec<Vec<V>> {
    let per = ((MAX_PARAMS - extra) / cols).max(1) * cols;
    let mut out = Vec::with_capacity(values.len() / per + 1);
    let mut it = values.into_iter().peekable();
    while it.peek().is_some() {
        out.push(it.by_ref().take(per).collect());
    }
    out
}

/// Bulk statements on one connection (normally inside the caller's transaction).
pub(crate) struct Writer<'c> {
    pub conn: &'c mut AnyConnection,
    backend: Backend,
}

impl<'c> Writer<'c> {
    pub fn new(conn: &'c mut AnyConnection, backend: Backend) -> Writer<'c> {
        Writer { conn, backend }
    }

    /// Inserts rows (`values` row-major, `cols.len()` per row) with multi-row statements.
    /// A unique violation becomes `Duplicate(what)`.
    pub async fn insert_many(&mut self, table: &str, cols: &[&str], values: Vec<V>, what: &'static str) -> Result<()> {
        let head = format!("INSERT INTO {table} ({}) VALUES ", cols.join(", "));
        for chunk in chunks(values, cols.len(), 0) {
            let sql = format!("{head}{}", Ph::new(self.backend).tuples(chunk.len() / cols.len(), cols.len()));
            bind_all(sqlx::query(&sql), chunk).execute(&mut *self.conn).await.map_err(|e| StoreError::unique(e, what))?;
        }
        Ok(())
    }

    /// Inserts rows with `tail` (an `ON CONFLICT …` clause) after the values.
    pub async fn insert_many_with(&mut self, table: &str, cols: &[&str], values: Vec<V>, tail: &str) -> Result<()> {
        let head = format!("INSERT INTO {table} ({}) VALUES ", cols.join(", "));
        for chunk in chunks(values, cols.len(), 0) {
            let sql = format!("{head}{} {tail}", Ph::new(self.backend).tuples(chunk.len() / cols.len(), cols.len()));
            bind_all(sqlx::query(&sql), chunk).execute(&mut *self.conn).await?;
        }
        Ok(())
    }

    /// Updates rows of `org` by id: each row of `values` is `[id, one value per column of set]`.
    /// `NotFound` unless every id is a row of `org` (the caller's transaction then rolls back).
    pub async fn update_many(&mut self, table: &str, org: OrgId, set: &[&str], values: Vec<V>) -> Result<()> {
        let cols = set.len() + 1;
        let sets: Vec<String> = set.iter().enumerate().map(|(i, c)| format!("{c} = v.column{}", i + 2)).collect();
        for chunk in chunks(values, cols, 1) {
            let rows = chunk.len() / cols;
            let mut ph = Ph::new(self.backend);
            // VALUES columns are called column1, column2, … on both databases.
            let tuples = ph.tuples(rows, cols);
            let sql = format!(
                "UPDATE {table} SET {} FROM (VALUES {tuples}) AS v WHERE {table}.id = v.column1 AND {table}.organisation_id = {}",
                sets.join(", "),
                ph.one()
            );
            let done = bind_all(sqlx::query(&sql), chunk).bind(org.0).execute(&mut *self.conn).await?;
            if done.rows_affected() != rows as u64 {
                return Err(StoreError::NotFound);
            }
        }
        Ok(())
    }

    /// `NotFound` unless every id is a row of `table` in `org`.
    pub async fn check_owned(&mut self, table: &str, org: OrgId, ids: BTreeSet<i64>) -> Result<()> {
        let values: Vec<V> = ids.into_iter().map(V::from).collect();
        for chunk in chunks(values, 1, 1) {
            let n = chunk.len();
            let mut ph = Ph::new(self.backend);
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE organisation_id = {} AND id IN {}", ph.one(), ph.tuples(1, n));
            let found: i64 = bind_all(sqlx::query(&sql).bind(org.0), chunk).fetch_one(&mut *self.conn).await?.try_get(0)?;
            if found != n as i64 {
                return Err(StoreError::NotFound);
            }
        }
        Ok(())
    }

    /// `key → id` for the rows of `org` whose unique `key_col` is one of `keys`.
    async fn ids_by_key(&mut self, table: &str, key_col: &str, org: OrgId, keys: Vec<String>) -> Result<HashMap<String, i64>> {
        let mut out = HashMap::with_capacity(keys.len());
        for chunk in chunks(keys.into_iter().map(V::from).collect(), 1, 1) {
            let mut ph = Ph::new(self.backend);
            let sql = format!(
                "SELECT id, {key_col} AS k FROM {table} WHERE organisation_id = {} AND {key_col} IN {}",
                ph.one(),
                ph.tuples(1, chunk.len())
            );
            for r in bind_all(sqlx::query(&sql).bind(org.0), chunk).fetch_all(&mut *self.conn).await? {
                out.insert(r.try_get("k")?, r.try_get("id")?);
            }
        }
        Ok(out)
    }
}

pub(crate) fn bad_plan(what: &str) -> StoreError {
    StoreError::Corrupt(format!("import plan: {what}"))
}

impl Writer<'_> {
    /// Creates units parents first, one multi-row insert per tree level, and returns their ids in
    /// the order given. A `New(i)` parent must come earlier in `units`.
    pub async fn insert_units(&mut self, org: OrgId, units: &[NewUnit]) -> Result<Vec<i64>> {
        let mut depth = vec![0usize; units.len()];
        for (i, u) in units.iter().enumerate() {
            if let Some(UnitRef::New(p)) = u.parent {
                depth[i] = 1 + *depth.get(p).filter(|_| p < i).ok_or_else(|| bad_plan("unit parent after child"))?;
            }
        }
        let mut ids = vec![0i64; units.len()];
        for level in 0..=depth.iter().copied().max().unwrap_or(0) {
            let members: Vec<usize> = (0..units.len()).filter(|&i| depth[i] == level).collect();
            let mut values = Vec::with_capacity(members.len() * 5);
            for &i in &members {
                let u = &units[i];
                let parent = match u.parent {
                    None => None,
                    Some(UnitRef::Existing(id)) => Some(id),
                    Some(UnitRef::New(p)) => Some(ids[p]),
                };
                values.extend([org.0.into(), parent.into(), u.code.as_str().into(), u.name.as_str().into(), u.kind.code().into()]);
            }
            self.insert_many("units", &["organisation_id", "parent_id", "code", "name", "kind"], values, "unit_code").await?;
            let codes = members.iter().map(|&i| units[i].code.clone()).collect();
            let by_code = self.ids_by_key("units", "code", org, codes).await?;
            for &i in &members {
                ids[i] = *by_code.get(&units[i].code).ok_or_else(|| bad_plan("unit not created"))?;
            }
        }
        Ok(ids)
    }

    /// Creates people and returns their ids in the order given.
    pub async fn insert_people(&mut self, org: OrgId, people: &[NewPerson]) -> Result<Vec<i64>> {
        let now = crate::now_unix();
        let mut values = Vec::with_capacity(people.len() * 9);
        for p in people {
            values.extend([
                org.0.into(),
                p.employee_number.as_str().into(),
                p.given_name.as_str().into(),
                p.family_name.as_str().into(),
                p.email.as_deref().into(),
                p.birth_year.map(i64::from).into(),
                person_key(&p.given_name, &p.family_name).into(),
                now.into(),
                now.into(),
            ]);
        }
        let cols = [
            "organisation_id",
            "employee_number",
            "given_name",
            "family_name",
            "email",
            "birth_year",
            "search_name",
            "created_at",
            "updated_at",
        ];
        self.insert_many("people", &cols, values, "employee_number").await?;
        let numbers = people.iter().map(|p| p.employee_number.clone()).collect();
        let by_number = self.ids_by_key("people", "employee_number", org, numbers).await?;
        people.iter().map(|p| by_number.get(&p.employee_number).copied().ok_or_else(|| bad_plan("person not created"))).collect()
    }
}

/// The columns of `positions` written on insert, for [`position_values`].
pub(crate) const POSITION_COLS: [&str; 9] =
    ["organisation_id", "person_id", "unit_id", "external_key", "title", "position_code", "percent_h", "start_date", "end_date"];

/// Appends one position row, in the order of [`POSITION_COLS`].
#[allow(clippy::too_many_arguments)]
pub(crate) fn position_values(
    out: &mut Vec<V>,
    org: OrgId,
    person: i64,
    unit: i64,
    key: &str,
    title: &str,
    code: Option<&str>,
    percent: Percent,
    start: chrono::NaiveDate,
    end: Option<chrono::NaiveDate>,
) {
    out.extend([
        org.0.into(),
        person.into(),
        unit.into(),
        key.into(),
        title.into(),
        code.into(),
        percent.hundredths().into(),
        start.to_string().into(),
        end.map(|d| d.to_string()).into(),
    ]);
}
