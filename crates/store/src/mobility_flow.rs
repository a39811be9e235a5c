//! Placements: one person through an opportunity. Applied → approved by the home leader (pay
//! and terms stay with the home employer, recorded) → agreed with the host (dates, learning
//! goals, contact person, tasks) → a reflection log during → evaluated by both sides, which
//! completes it and grants the competences it built.

use crate::audit::{Actor, write_audit};
use crate::db::{Backend, Db};
use crate::error::{Result, StoreError};
use crate::grants::{Grant, grant_holdings};
use crate::mobility::{MobilityStore, date};
use chrono::NaiveDate;
use saman_domain::mobility::{Direction, Period, Refusal, Side, Stage, Step, advance, has_room};
use saman_domain::{OrgId, PersonId, UnitId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placement {
    pub id: i64,
    /// The person's own organisation: the home employer.
    pub org: OrgId,
    pub person: PersonId,
    pub person_name: String,
    pub opportunity: i64,
    pub host_org: Option<OrgId>,
    pub host_unit: Option<UnitId>,
    pub stage: Stage,
    pub period: Option<Period>,
    pub motivation: String,
    pub approved_by: Option<String>,
    pub approved_at: Option<i64>,
    /// What the home leader recorded about pay and terms (which stay with the home employer).
    pub terms_note: Option<String>,
    pub goals: Option<String>,
    pub contact: Option<PersonId>,
    pub contact_name: Option<String>,
    pub tasks: Option<String>,
    pub percent: i64,
    pub decided_by: Option<String>,
    pub decline_reason: Option<String>,
    pub created_at: i64,
    pub completed_at: Option<i64>,
}

/// What the host agrees to when accepting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    /// For a request: the organisation and unit taking the person in.
    pub host: Option<(OrgId, Option<UnitId>)>,
    pub period: Period,
    pub goals: String,
    pub contact: PersonId,
    pub tasks: String,
    pub percent: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub id: i64,
    pub person: PersonId,
    pub person_name: String,
    pub body: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub side: Side,
    pub person: PersonId,
    /// 1 (not useful) to 5 (very useful).
    pub rating: i64,
    pub learnt: String,
    pub improve: Option<String>,
    pub answered_at: i64,
}

const SELECT: &str = "SELECT pl.id, pl.organisation_id, pl.person_id, pl.opportunity_id, pl.host_org_id, pl.host_unit_id, pl.stage, \
    pl.starts_on, pl.ends_on, pl.motivation, pl.approved_by, pl.approved_at, pl.terms_note, pl.goals, pl.contact_person_id, pl.tasks, \
    pl.percent, pl.decided_by, pl.decline_reason, pl.created_at, pl.completed_at, p.given_name, p.family_name, \
    c.given_name AS contact_given, c.family_name AS contact_family \
    FROM placements pl JOIN people p ON p.id = pl.person_id LEFT JOIN people c ON c.id = pl.contact_person_id";

fn from_row(r: &AnyRow) -> Result<Placement> {
    let stage: String = r.try_get("stage")?;
    let starts: Option<String> = r.try_get("starts_on")?;
    let ends: Option<String> = r.try_get("ends_on")?;
    let period = match (starts, ends) {
        (Some(s), Some(e)) => Some(Period::new(date(&s)?, date(&e)?).ok_or_else(|| StoreError::Corrupt("placement period".into()))?),
        _ => None,
    };
    let cg: Option<String> = r.try_get("contact_given")?;
    let cf: Option<String> = r.try_get("contact_family")?;
    Ok(Placement {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        person: PersonId(r.try_get("person_id")?),
        person_name: format!("{} {}", r.try_get::<String, _>("given_name")?, r.try_get::<String, _>("family_name")?),
        opportunity: r.try_get("opportunity_id")?,
        host_org: r.try_get::<Option<i64>, _>("host_org_id")?.map(OrgId),
        host_unit: r.try_get::<Option<i64>, _>("host_unit_id")?.map(UnitId),
        stage: Stage::parse(&stage).ok_or_else(|| StoreError::Corrupt(format!("stage {stage}")))?,
        period,
        motivation: r.try_get("motivation")?,
        approved_by: r.try_get("approved_by")?,
        approved_at: r.try_get("approved_at")?,
        terms_note: r.try_get("terms_note")?,
        goals: r.try_get("goals")?,
        contact: r.try_get::<Option<i64>, _>("contact_person_id")?.map(PersonId),
        contact_name: cg.zip(cf).map(|(g, f)| format!("{g} {f}")),
        tasks: r.try_get("tasks")?,
        percent: r.try_get("percent")?,
        decided_by: r.try_get("decided_by")?,
        decline_reason: r.try_get("decline_reason")?,
        created_at: r.try_get("created_at")?,
        completed_at: r.try_get("completed_at")?,
    })
}

fn refused(r: Refusal) -> StoreError {
    StoreError::Refused(r.key())
}

/// Serialises decisions on one opportunity (its places) on PostgreSQL; SQLite's write
/// transaction already holds the database.
async fn lock_opportunity(conn: &mut sqlx::AnyConnection, backend: Backend, id: i64) -> Result<()> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM opportunities WHERE id = $1 FOR UPDATE").bind(id).fetch_optional(&mut *conn).await?;
    }
    Ok(())
}

/// The stage as it is now, inside the transaction, holding the placement's row on
/// PostgreSQL (SQLite's write transaction already holds the database) so that two decisions
/// on one placement follow each other.
async fn stage_now(conn: &mut sqlx::AnyConnection, backend: Backend, id: i64) -> Result<Stage> {
    let sql = if backend == Backend::Postgres {
        "SELECT stage FROM placements WHERE id = $1 FOR UPDATE"
    } else {
        "SELECT stage FROM placements WHERE id = $1"
    };
    let s: Option<String> = sqlx::query_scalar(sql).bind(id).fetch_optional(&mut *conn).await?;
    let s = s.ok_or(StoreError::NotFound)?;
    Stage::parse(&s).ok_or_else(|| StoreError::Corrupt(format!("stage {s}")))
}

async fn periods_where(conn: &mut sqlx::AnyConnection, sql: &str, key: i64, except: i64) -> Result<Vec<Period>> {
    let rows = sqlx::query(sql).bind(key).bind(except).fetch_all(&mut *conn).await?;
    let mut out = vec![];
    for r in rows {
        let (Some(s), Some(e)) = (r.try_get::<Option<String>, _>("starts_on")?, r.try_get::<Option<String>, _>("ends_on")?) else {
            continue;
        };
        out.extend(Period::new(date(&s)?, date(&e)?));
    }
    Ok(out)
}

impl MobilityStore<'_> {
    pub async fn placement(&self, id: i64) -> Result<Placement> {
        let sql = format!("{SELECT} WHERE pl.id = $1");
        from_row(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// Everyone's placements through one opportunity, oldest first.
    pub async fn placements_of(&self, opportunity: i64) -> Result<Vec<Placement>> {
        let sql = format!("{SELECT} WHERE pl.opportunity_id = $1 ORDER BY pl.id");
        sqlx::query(&sql).bind(opportunity).fetch_all(&self.0.pool).await?.iter().map(from_row).collect()
    }

    /// The person's own placements, newest first.
    pub async fn placements_of_person(&self, person: PersonId) -> Result<Vec<Placement>> {
        let sql = format!("{SELECT} WHERE pl.person_id = $1 ORDER BY pl.id DESC");
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(from_row).collect()
    }

    /// Placements where the organisation is the home employer or the host, newest first.
    pub async fn placements_touching(&self, org: OrgId) -> Result<Vec<Placement>> {
        let sql = format!("{SELECT} WHERE pl.organisation_id = $1 OR pl.host_org_id = $1 ORDER BY pl.id DESC");
        sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await?.iter().map(from_row).collect()
    }

    /// Applies for an offered opportunity. Refused when it is closed, one's own, or when the
    /// person already has a placement on its way through it.
    pub async fn apply(
        &self,
        actor: &Actor,
        opportunity: i64,
        home: OrgId,
        person: PersonId,
        period: Option<Period>,
        motivation: &str,
    ) -> Result<i64> {
        let o = self.get(opportunity).await?;
        if o.direction != Direction::Offer || !o.open {
            return Err(refused(Refusal::Closed));
        }
        if o.person == Some(person) {
            return Err(refused(Refusal::OwnOpportunity));
        }
        let mut tx = self.0.write_tx().await?;
        lock_opportunity(&mut tx, self.0.backend, opportunity).await?;
        let stages: Vec<String> = sqlx::query_scalar("SELECT stage FROM placements WHERE opportunity_id = $1 AND person_id = $2")
            .bind(opportunity)
            .bind(person.0)
            .fetch_all(&mut *tx)
            .await?;
        if stages.iter().any(|s| Stage::parse(s).is_some_and(Stage::is_open)) {
            return Err(refused(Refusal::AlreadyApplied));
        }
        let now = crate::now_unix();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO placements (organisation_id, person_id, opportunity_id, host_org_id, host_unit_id, stage, starts_on, ends_on, motivation, percent, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'applied', $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(home.0)
        .bind(person.0)
        .bind(opportunity)
        .bind(o.org.0)
        .bind(o.unit.map(|u| u.0))
        .bind(period.map(|p| p.starts_on.to_string()))
        .bind(period.map(|p| p.ends_on.to_string()))
        .bind(motivation)
        .bind(o.percent)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(home), "apply", "placement", Some(id), &format!("opportunity {opportunity}")).await?;
        crate::notices::notice(&mut tx, "placement-applied", id, "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Moves a placement one step where no more than the stage needs checking.
    async fn step(&self, actor: &Actor, id: i64, step: Step, set: &str, texts: &[Option<String>]) -> Result<Placement> {
        let p = self.placement(id).await?;
        let mut tx = self.0.write_tx().await?;
        let from = stage_now(&mut tx, self.0.backend, id).await?;
        let to = advance(from, step).map_err(refused)?;
        // `updated_at` doubles as the time of the decision (`$2`); the stage must still be the one read.
        let sql = format!("UPDATE placements SET stage = $1, updated_at = $2{set} WHERE id = $3 AND stage = '{}'", from.code());
        let mut q = sqlx::query(&sql).bind(to.code()).bind(crate::now_unix()).bind(id);
        for t in texts {
            q = q.bind(t.clone());
        }
        if q.execute(&mut *tx).await?.rows_affected() != 1 {
            return Err(refused(Refusal::WrongStage));
        }
        write_audit(&mut tx, actor, Some(p.org), to.code(), "placement", Some(id), "").await?;
        let told = match step {
            Step::Approve => Some("placement-approved"),
            Step::Decline => Some("placement-declined"),
            Step::Withdraw => Some("placement-withdrawn"),
            _ => None,
        };
        if let Some(kind) = told {
            crate::notices::notice(&mut tx, kind, id, "").await?;
        }
        tx.commit().await?;
        self.placement(id).await
    }

    /// The home leader's yes; pay and terms stay with the home employer.
    pub async fn approve(&self, actor: &Actor, id: i64, terms_note: Option<&str>) -> Result<Placement> {
        self.step(
            actor,
            id,
            Step::Approve,
            ", approved_by = $4, approved_at = $2, terms_note = $5",
            &[Some(actor.name.clone()), terms_note.map(str::to_string)],
        )
        .await
    }

    /// A no from the home leader or the host, with the reason given.
    pub async fn decline(&self, actor: &Actor, id: i64, reason: Option<&str>) -> Result<Placement> {
        self.step(
            actor,
            id,
            Step::Decline,
            ", decided_by = $4, decline_reason = $5",
            &[Some(actor.name.clone()), reason.map(str::to_string)],
        )
        .await
    }

    pub async fn withdraw(&self, actor: &Actor, id: i64) -> Result<Placement> {
        self.step(actor, id, Step::Withdraw, "", &[]).await
    }

    /// The host's yes, with the agreement. Refused when the person already has an agreement
    /// overlapping these dates, or when the opportunity's places are taken on any of its days.
    pub async fn accept(&self, actor: &Actor, id: i64, a: &Agreement) -> Result<Placement> {
        let p = self.placement(id).await?;
        let o = self.get(p.opportunity).await?;
        let mut tx = self.0.write_tx().await?;
        lock_opportunity(&mut tx, self.0.backend, o.id).await?;
        advance(stage_now(&mut tx, self.0.backend, id).await?, Step::Accept).map_err(refused)?;
        // The person's other agreements are checked under the person's row, so two hosts
        // agreeing at once through different opportunities cannot both pass.
        if self.0.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM people WHERE id = $1 FOR UPDATE").bind(p.person.0).fetch_optional(&mut *tx).await?;
        }
        let mine = periods_where(
            &mut tx,
            "SELECT starts_on, ends_on FROM placements WHERE person_id = $1 AND stage IN ('agreed', 'completed') AND id <> $2",
            p.person.0,
            id,
        )
        .await?;
        if mine.iter().any(|m| m.overlaps(&a.period)) {
            return Err(refused(Refusal::Overlaps));
        }
        if o.direction == Direction::Offer {
            let taken = periods_where(
                &mut tx,
                "SELECT starts_on, ends_on FROM placements WHERE opportunity_id = $1 AND stage IN ('agreed', 'completed') AND id <> $2",
                o.id,
                id,
            )
            .await?;
            if !has_room(o.places, &taken, &a.period) {
                return Err(refused(Refusal::Full));
            }
        }
        let (host_org, host_unit) = match a.host {
            Some((org, unit)) => (Some(org), unit),
            None => (p.host_org, p.host_unit),
        };
        sqlx::query(
            "UPDATE placements SET stage = 'agreed', starts_on = $1, ends_on = $2, goals = $3, contact_person_id = $4, tasks = $5, percent = $6, \
             host_org_id = $7, host_unit_id = $8, decided_by = $9, updated_at = $10 WHERE id = $11 AND stage = 'approved'",
        )
        .bind(a.period.starts_on.to_string())
        .bind(a.period.ends_on.to_string())
        .bind(&a.goals)
        .bind(a.contact.0)
        .bind(&a.tasks)
        .bind(a.percent)
        .bind(host_org.map(|o| o.0))
        .bind(host_unit.map(|u| u.0))
        .bind(&actor.name)
        .bind(crate::now_unix())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        write_audit(
            &mut tx,
            actor,
            host_org.or(Some(p.org)),
            "agree",
            "placement",
            Some(id),
            &format!("{} – {}", a.period.starts_on, a.period.ends_on),
        )
        .await?;
        crate::notices::notice(&mut tx, "placement-agreed", id, "").await?;
        tx.commit().await?;
        self.placement(id).await
    }

    /// Gives approved placements their weeks from an allocation, and takes the week from those
    /// left out (they wait without one); placements no longer approved are left as they are.
    /// Returns how many got a week.
    pub async fn set_periods(&self, actor: &Actor, opportunity: i64, periods: &[(i64, Period)], left_out: &[i64]) -> Result<usize> {
        let o = self.get(opportunity).await?;
        let mut tx = self.0.write_tx().await?;
        lock_opportunity(&mut tx, self.0.backend, opportunity).await?;
        let mut n = 0;
        for (id, p) in periods {
            n += sqlx::query("UPDATE placements SET starts_on = $1, ends_on = $2, updated_at = $3 WHERE id = $4 AND opportunity_id = $5 AND stage = 'approved'")
                .bind(p.starts_on.to_string())
                .bind(p.ends_on.to_string())
                .bind(crate::now_unix())
                .bind(id)
                .bind(opportunity)
                .execute(&mut *tx)
                .await?
                .rows_affected() as usize;
        }
        for id in left_out {
            sqlx::query("UPDATE placements SET starts_on = NULL, ends_on = NULL, updated_at = $1 WHERE id = $2 AND opportunity_id = $3 AND stage = 'approved'")
                .bind(crate::now_unix())
                .bind(id)
                .bind(opportunity)
                .execute(&mut *tx)
                .await?;
        }
        write_audit(
            &mut tx,
            actor,
            Some(o.org),
            "allocate",
            "opportunity",
            Some(opportunity),
            &format!("{n} placed, {} left out", left_out.len()),
        )
        .await?;
        tx.commit().await?;
        Ok(n)
    }

    pub async fn log(&self, id: i64) -> Result<Vec<LogEntry>> {
        let rows = sqlx::query(
            "SELECT l.id, l.person_id, l.body, l.created_at, p.given_name, p.family_name FROM placement_logs l JOIN people p ON p.id = l.person_id \
             WHERE l.placement_id = $1 ORDER BY l.id",
        )
        .bind(id)
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(LogEntry {
                    id: r.try_get("id")?,
                    person: PersonId(r.try_get("person_id")?),
                    person_name: format!("{} {}", r.try_get::<String, _>("given_name")?, r.try_get::<String, _>("family_name")?),
                    body: r.try_get("body")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// Adds to the reflection log of an agreed (or completed) placement.
    pub async fn add_log(&self, actor: &Actor, id: i64, author: PersonId, body: &str) -> Result<i64> {
        let p = self.placement(id).await?;
        if !p.stage.holds_place() {
            return Err(refused(Refusal::WrongStage));
        }
        let mut tx = self.0.write_tx().await?;
        let lid: i64 = sqlx::query_scalar("INSERT INTO placement_logs (organisation_id, placement_id, person_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(p.org.0)
            .bind(id)
            .bind(author.0)
            .bind(body)
            .bind(crate::now_unix())
            .fetch_one(&mut *tx)
            .await?;
        write_audit(&mut tx, actor, Some(p.org), "create", "placement_log", Some(lid), "").await?;
        tx.commit().await?;
        Ok(lid)
    }

    pub async fn evaluations(&self, id: i64) -> Result<Vec<Evaluation>> {
        let rows = sqlx::query(
            "SELECT side, person_id, rating, learnt, improve, answered_at FROM placement_evaluations WHERE placement_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let side: String = r.try_get("side")?;
                Ok(Evaluation {
                    side: Side::parse(&side).ok_or_else(|| StoreError::Corrupt(format!("side {side}")))?,
                    person: PersonId(r.try_get("person_id")?),
                    rating: r.try_get("rating")?,
                    learnt: r.try_get("learnt")?,
                    improve: r.try_get("improve")?,
                    answered_at: r.try_get("answered_at")?,
                })
            })
            .collect()
    }

    /// Which of the placements one side has evaluated, in one query per 500.
    pub async fn evaluated_by(&self, side: Side, placements: &[i64]) -> Result<std::collections::HashSet<i64>> {
        let mut out = std::collections::HashSet::new();
        for chunk in placements.chunks(500) {
            let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
            // Ids are integers formatted here, never user text.
            let sql = format!("SELECT DISTINCT placement_id FROM placement_evaluations WHERE side = $1 AND placement_id IN ({list})");
            for r in sqlx::query(&sql).bind(side.code()).fetch_all(&self.0.pool).await? {
                out.insert(r.try_get("placement_id")?);
            }
        }
        Ok(out)
    }

    /// One side's evaluation, once the placement has begun. The second of the two completes
    /// the placement and grants the opportunity's competences (those the person's own
    /// organisation uses) as earned holdings at level 1, never lowering one held.
    /// Returns whether this completed it.
    pub async fn evaluate(&self, actor: &Actor, id: i64, e: &Evaluation, today: NaiveDate) -> Result<bool> {
        let p = self.placement(id).await?;
        let o = self.get(p.opportunity).await?;
        let mut tx = self.0.write_tx().await?;
        advance(stage_now(&mut tx, self.0.backend, id).await?, Step::Evaluate).map_err(refused)?;
        if p.period.is_none_or(|x| x.starts_on > today) {
            return Err(refused(Refusal::NotStarted));
        }
        let done: Option<i64> = sqlx::query_scalar("SELECT id FROM placement_evaluations WHERE placement_id = $1 AND side = $2")
            .bind(id)
            .bind(e.side.code())
            .fetch_optional(&mut *tx)
            .await?;
        if done.is_some() {
            return Err(refused(Refusal::AlreadyEvaluated));
        }
        let now = crate::now_unix();
        sqlx::query(
            "INSERT INTO placement_evaluations (organisation_id, placement_id, side, person_id, rating, learnt, improve, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(p.org.0)
        .bind(id)
        .bind(e.side.code())
        .bind(e.person.0)
        .bind(e.rating)
        .bind(&e.learnt)
        .bind(e.improve.as_deref())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let sides: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM placement_evaluations WHERE placement_id = $1").bind(id).fetch_one(&mut *tx).await?;
        let completed = sides >= 2;
        if completed {
            sqlx::query("UPDATE placements SET stage = 'completed', completed_at = $1, updated_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let mut grants = vec![];
            for c in &o.competences {
                if crate::competences::usable(&mut tx, p.org, *c).await? {
                    let evidence = format!(
                        "{} ({} – {})",
                        o.title,
                        p.period.map(|x| x.starts_on.format("%d.%m.%Y").to_string()).unwrap_or_default(),
                        p.period.map(|x| x.ends_on.format("%d.%m.%Y").to_string()).unwrap_or_default()
                    );
                    grants.push(Grant { org: p.org, person: p.person, competence: *c, level: 1, obtained: today, expires: None, evidence });
                }
            }
            grant_holdings(&mut tx, self.0.backend, actor, &grants, now).await?;
        }
        write_audit(&mut tx, actor, Some(p.org), "evaluate", "placement", Some(id), e.side.code()).await?;
        if completed {
            crate::notices::notice(&mut tx, "placement-completed", id, "").await?;
        }
        tx.commit().await?;
        Ok(completed)
    }
}

impl Db {
    /// The placements where any of the organisations is home or host, once (for flows).
    pub async fn placements_among(&self, orgs: &[OrgId]) -> Result<Vec<Placement>> {
        let mut out: Vec<Placement> = vec![];
        let mut seen = std::collections::HashSet::new();
        for org in orgs {
            for p in self.mobility().placements_touching(*org).await? {
                if seen.insert(p.id) {
                    out.push(p);
                }
            }
        }
        out.sort_by_key(|b| std::cmp::Reverse(b.id));
        Ok(out)
    }
}
