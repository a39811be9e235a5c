//! Reading every holding of an organisation at once, for gap analysis' full read. Both
//! databases are read on connections of their own, the organisation's people split in two
//! halves read at the same time: on SQLite through rusqlite (sqlx passes each row from a
//! worker thread through a channel), on PostgreSQL by binary COPY (see [`crate::copy_out`]).

use crate::db::Backend;
use crate::error::{Result, StoreError};
use crate::holdings::HoldingStore;
use chrono::NaiveDate;
use saman_domain::{OrgId, PersonId};

/// One holding as gap analysis reads it: competence id, level, expiry.
pub type Fact = (crate::CompetenceId, i64, Option<NaiveDate>);

/// Holdings grouped by person, people in id order.
pub type ByPerson = Vec<(PersonId, Vec<Fact>)>;

impl HoldingStore<'_> {
    /// Every holding in an organisation, by person.
    pub async fn facts_by_person(&self, org: OrgId) -> Result<ByPerson> {
        let db = self.0;
        let range: (Option<i64>, Option<i64>) =
            sqlx::query_as("SELECT MIN(person_id), MAX(person_id) FROM holdings WHERE organisation_id = $1")
                .bind(org.0)
                .fetch_one(&db.pool)
                .await?;
        let (Some(lo), Some(hi)) = range else { return Ok(vec![]) };
        let mid = lo + (hi - lo) / 2;
        let (first, second) = match db.backend {
            Backend::Sqlite => tokio::try_join!(
                db.sqlite_direct(move |c| sqlite_read(c, org, lo, mid)),
                db.sqlite_direct(move |c| sqlite_read(c, org, mid + 1, hi))
            )?,
            Backend::Postgres => {
                // Each half on a task of its own, so that both are parsed at once too.
                let half = |from, to| {
                    let db = db.clone();
                    tokio::spawn(async move { pg_read(&db, org, from, to).await })
                };
                let (a, b) = (half(lo, mid), half(mid + 1, hi));
                let task = |e: tokio::task::JoinError| StoreError::Task(e.to_string());
                (a.await.map_err(task)??, b.await.map_err(task)??)
            }
        };
        let mut out = first;
        out.extend(second);
        Ok(in_person_order(out))
    }
}

/// Rows mostly come a person at a time; this puts the groups in person order and joins a
/// person's groups where they did not.
fn in_person_order(mut groups: ByPerson) -> ByPerson {
    if groups.windows(2).all(|w| w[0].0.0 < w[1].0.0) {
        return groups;
    }
    groups.sort_by_key(|g| g.0.0);
    let mut out = ByPerson::with_capacity(groups.len());
    for (person, facts) in groups {
        match out.last_mut() {
            Some((p, held)) if *p == person => held.extend(facts),
            _ => out.push((person, facts)),
        }
    }
    out
}

/// Adds a row to the grouping, joining it to the last group if it is the same person's.
fn push(out: &mut ByPerson, person: i64, fact: Fact) {
    match out.last_mut() {
        Some((p, facts)) if p.0 == person => facts.push(fact),
        _ => {
            // Room for a typical person's holdings (17 in the demo) at once.
            let mut facts = Vec::with_capacity(24);
            facts.push(fact);
            out.push((PersonId(person), facts));
        }
    }
}

/// `YYYY-MM-DD` as stored, without going through a format string.
fn date(b: &[u8]) -> Result<NaiveDate> {
    let bad = || StoreError::Corrupt(format!("date {}", String::from_utf8_lossy(b)));
    let num = |s: &[u8]| s.iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let (Some(y), Some(m), Some(d)) = (num(&b[..4]), num(&b[5..7]), num(&b[8..])) else { return Err(bad()) };
    NaiveDate::from_ymd_opt(i32::try_from(y).map_err(|_| bad())?, m, d).ok_or_else(bad)
}

/// In no particular order: asking for person order made PostgreSQL sort when it misjudged
/// how many rows a range holds.
const SELECT: &str = "SELECT person_id, competence_id, level, expires_on FROM holdings \
                      WHERE organisation_id = $1 AND person_id BETWEEN $2 AND $3";

fn sqlite_read(conn: &rusqlite::Connection, org: OrgId, from: i64, to: i64) -> Result<ByPerson> {
    use rusqlite::types::ValueRef;
    let mut stmt = conn.prepare(&SELECT.replace('$', "?"))?;
    let mut rows = stmt.query((org.0, from, to))?;
    let mut out = ByPerson::new();
    while let Some(r) = rows.next()? {
        let expires = match r.get_ref(3)? {
            ValueRef::Text(t) => Some(date(t)?),
            _ => None,
        };
        push(&mut out, r.get(0)?, (crate::CompetenceId(r.get(1)?), r.get(2)?, expires));
    }
    Ok(out)
}

async fn pg_read(db: &crate::Db, org: OrgId, from: i64, to: i64) -> Result<ByPerson> {
    use crate::copy_out::{int, pg_copy};
    // Ids are integers formatted here, never user text.
    let sql = SELECT.replace("$1", &org.0.to_string()).replace("$2", &from.to_string()).replace("$3", &to.to_string());
    let mut out = ByPerson::new();
    pg_copy(db, &sql, 4, |f| {
        let expires = f[3].map(date).transpose()?;
        push(&mut out, int(f[0])?, (crate::CompetenceId(int(f[1])?), int(f[2])?, expires));
        Ok(())
    })
    .await?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_stored() {
        assert_eq!(date(b"2026-02-28").unwrap(), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
        for bad in [&b"2026-02-30"[..], b"2026-2-28", b"20260228", b"2026-02-2x", b""] {
            assert!(date(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn groups_put_in_person_order_and_joined() {
        let f = |c| (crate::CompetenceId(c), 1, None);
        let groups = vec![(PersonId(5), vec![f(1)]), (PersonId(2), vec![f(2)]), (PersonId(5), vec![f(3)])];
        assert_eq!(in_person_order(groups), vec![(PersonId(2), vec![f(2)]), (PersonId(5), vec![f(1), f(3)])]);
    }
}
