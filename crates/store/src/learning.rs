//! Learning activities: cohorts with their sessions, enrolment with a waiting list, and
//! attendance. Completion and what it grants live in `learning_completion`.

use crate::audit::{Actor, write_audit};
use crate::competences::CompetenceId;
use crate::db::{Backend, Db};
use crate::error::{Result, StoreError};
use crate::import::bulk::{V, Writer};
use chrono::NaiveDateTime;
use saman_domain::learning::{ActivityKind, CompletionRule, EnrolStatus, admit, checkin_code, promotions};
use saman_domain::{OrgId, PersonId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::{BTreeSet, HashMap};

/// Session times as stored: Europe/Oslo wall-clock.
pub use saman_domain::learning::TIME_FORMAT;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub id: i64,
    pub org: OrgId,
    pub kind: ActivityKind,
    /// One of the twelve handles, for a learning-in-practice measure.
    pub handle: Option<String>,
    pub title: String,
    pub description: String,
    pub link: Option<String>,
    /// The competence completion grants, at `level`.
    pub competence: Option<CompetenceId>,
    pub level: Option<i64>,
    pub rule: CompletionRule,
    /// Self-enrolment waits for the leader's approval.
    pub needs_approval: bool,
    /// How many people the programme is meant to reach.
    pub target: Option<i64>,
    pub credits: Option<i64>,
    /// Days after completion when participant and leader are asked whether it is used.
    pub follow_up_days: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActivity {
    pub kind: ActivityKind,
    pub handle: Option<String>,
    pub title: String,
    pub description: String,
    pub link: Option<String>,
    pub competence: Option<CompetenceId>,
    pub level: Option<i64>,
    pub rule: CompletionRule,
    pub needs_approval: bool,
    pub target: Option<i64>,
    pub credits: Option<i64>,
    pub follow_up_days: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cohort {
    pub id: i64,
    pub org: OrgId,
    pub activity: i64,
    pub name: String,
    pub capacity: i64,
    /// Who runs the cohort: sessions, attendance, passing, completion.
    pub facilitators: Vec<PersonId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LearningSession {
    pub id: i64,
    pub org: OrgId,
    pub cohort: i64,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub place: String,
    #[serde(skip)]
    pub checkin_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enrolment {
    pub id: i64,
    pub org: OrgId,
    pub cohort: i64,
    pub person: PersonId,
    pub person_name: String,
    pub status: EnrolStatus,
    pub passed: bool,
    pub completed_at: Option<i64>,
    /// What should change in practice, agreed by participant and leader before.
    pub transfer_goal: Option<String>,
}

/// An enrolment with the names a list of them shows.
#[derive(Debug, Clone)]
pub struct NamedEnrolment {
    pub enrolment: Enrolment,
    pub cohort_name: String,
    pub activity: i64,
    pub activity_title: String,
}

/// What one enrolment action did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EnrolOutcome {
    pub enrolled: Vec<PersonId>,
    pub waiting: Vec<PersonId>,
    pub pending: Vec<PersonId>,
    /// Already in the cohort: left as they were.
    pub already: Vec<PersonId>,
}

/// An activity with its numbers, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivitySummary {
    pub activity: Activity,
    pub enrolled: i64,
    pub completed: i64,
    pub waiting: i64,
    pub next_session: Option<NaiveDateTime>,
}

pub struct LearningStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn learning(&self) -> LearningStore<'_> {
        LearningStore(self)
    }
}

const ACTIVITY_COLS: &str = "id, organisation_id, kind, handle, title, description, link, competence_id, level, completion_rule, needs_approval, target, credits, follow_up_days";

pub(crate) fn time_from(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, TIME_FORMAT).map_err(|_| StoreError::Corrupt(format!("time {s}")))
}

fn activity_from(r: &AnyRow) -> Result<Activity> {
    let kind: String = r.try_get("kind")?;
    let rule: String = r.try_get("completion_rule")?;
    Ok(Activity {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        kind: ActivityKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("activity kind {kind}")))?,
        handle: r.try_get("handle")?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        link: r.try_get("link")?,
        competence: r.try_get::<Option<i64>, _>("competence_id")?.map(CompetenceId),
        level: r.try_get("level")?,
        rule: CompletionRule::parse(&rule).ok_or_else(|| StoreError::Corrupt(format!("completion rule {rule}")))?,
        needs_approval: r.try_get::<i64, _>("needs_approval")? != 0,
        target: r.try_get("target")?,
        credits: r.try_get("credits")?,
        follow_up_days: r.try_get("follow_up_days")?,
    })
}

fn cohort_from(r: &AnyRow) -> Result<Cohort> {
    Ok(Cohort {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        activity: r.try_get("activity_id")?,
        name: r.try_get("name")?,
        capacity: r.try_get("capacity")?,
        facilitators: vec![],
    })
}

fn session_from(r: &AnyRow) -> Result<LearningSession> {
    Ok(LearningSession {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        cohort: r.try_get("cohort_id")?,
        starts_at: time_from(&r.try_get::<String, _>("starts_at")?)?,
        ends_at: time_from(&r.try_get::<String, _>("ends_at")?)?,
        place: r.try_get("place")?,
        checkin_code: r.try_get("checkin_code")?,
    })
}

fn enrolment_from(r: &AnyRow) -> Result<Enrolment> {
    let status: String = r.try_get("status")?;
    let given: String = r.try_get("given_name")?;
    let family: String = r.try_get("family_name")?;
    Ok(Enrolment {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        cohort: r.try_get("cohort_id")?,
        person: PersonId(r.try_get("person_id")?),
        person_name: format!("{given} {family}"),
        status: EnrolStatus::parse(&status).ok_or_else(|| StoreError::Corrupt(format!("enrolment status {status}")))?,
        passed: r.try_get::<i64, _>("passed")? != 0,
        completed_at: r.try_get("completed_at")?,
        transfer_goal: r.try_get("transfer_goal")?,
    })
}

const ENROLMENT_SELECT: &str = "SELECT e.id, e.organisation_id, e.cohort_id, e.person_id, e.status, e.passed, e.completed_at, e.transfer_goal, p.given_name, p.family_name \
    FROM enrolments e JOIN people p ON p.id = e.person_id";

impl LearningStore<'_> {
    pub async fn activity(&self, id: i64) -> Result<Activity> {
        let sql = format!("SELECT {ACTIVITY_COLS} FROM activities WHERE id = $1");
        activity_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// The organisation's activities with their numbers, newest first.
    pub async fn activities(&self, org: OrgId, today: NaiveDateTime) -> Result<Vec<ActivitySummary>> {
        let sql = format!("SELECT {ACTIVITY_COLS} FROM activities WHERE organisation_id = $1 ORDER BY id DESC");
        let acts: Vec<Activity> =
            sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await?.iter().map(activity_from).collect::<Result<_>>()?;
        let counts = sqlx::query(
            "SELECT c.activity_id, e.status, COUNT(*) AS n FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id \
             WHERE e.organisation_id = $1 GROUP BY c.activity_id, e.status",
        )
        .bind(org.0)
        .fetch_all(&self.0.pool)
        .await?;
        let mut by: HashMap<(i64, String), i64> = HashMap::new();
        for r in counts {
            by.insert((r.try_get("activity_id")?, r.try_get("status")?), r.try_get("n")?);
        }
        let next = sqlx::query(
            "SELECT c.activity_id, MIN(s.starts_at) AS next FROM learning_sessions s JOIN cohorts c ON c.id = s.cohort_id \
             WHERE s.organisation_id = $1 AND s.starts_at >= $2 GROUP BY c.activity_id",
        )
        .bind(org.0)
        .bind(today.format(TIME_FORMAT).to_string())
        .fetch_all(&self.0.pool)
        .await?;
        let mut next_by: HashMap<i64, NaiveDateTime> = HashMap::new();
        for r in next {
            next_by.insert(r.try_get("activity_id")?, time_from(&r.try_get::<String, _>("next")?)?);
        }
        let n = |id: i64, s: EnrolStatus| by.get(&(id, s.code().to_string())).copied().unwrap_or(0);
        Ok(acts
            .into_iter()
            .map(|a| ActivitySummary {
                enrolled: n(a.id, EnrolStatus::Enrolled) + n(a.id, EnrolStatus::Completed),
                completed: n(a.id, EnrolStatus::Completed),
                waiting: n(a.id, EnrolStatus::Waiting),
                next_session: next_by.get(&a.id).copied(),
                activity: a,
            })
            .collect())
    }

    pub async fn create_activity(&self, actor: &Actor, org: OrgId, a: &NewActivity) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        if let Some(c) = a.competence
            && !crate::competences::usable(&mut tx, org, c).await?
        {
            return Err(StoreError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO activities (organisation_id, kind, handle, title, description, link, competence_id, level, completion_rule, needs_approval, target, credits, \
             follow_up_days, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(org.0)
        .bind(a.kind.code())
        .bind(a.handle.as_deref())
        .bind(&a.title)
        .bind(&a.description)
        .bind(a.link.as_deref())
        .bind(a.competence.map(|c| c.0))
        .bind(a.level)
        .bind(a.rule.code())
        .bind(i64::from(a.needs_approval))
        .bind(a.target)
        .bind(a.credits)
        .bind(a.follow_up_days)
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(org), "create", "activity", Some(id), &a.title).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes an activity. Completions already granted stay as they are.
    pub async fn update_activity(&self, actor: &Actor, id: i64, a: &NewActivity) -> Result<()> {
        let old = self.activity(id).await?;
        let mut tx = self.0.write_tx().await?;
        if let Some(c) = a.competence
            && !crate::competences::usable(&mut tx, old.org, c).await?
        {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "UPDATE activities SET kind = $1, handle = $2, title = $3, description = $4, link = $5, competence_id = $6, level = $7, completion_rule = $8, \
             needs_approval = $9, target = $10, credits = $11, follow_up_days = $12 WHERE id = $13",
        )
        .bind(a.kind.code())
        .bind(a.handle.as_deref())
        .bind(&a.title)
        .bind(&a.description)
        .bind(a.link.as_deref())
        .bind(a.competence.map(|c| c.0))
        .bind(a.level)
        .bind(a.rule.code())
        .bind(i64::from(a.needs_approval))
        .bind(a.target)
        .bind(a.credits)
        .bind(a.follow_up_days)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(old.org), "update", "activity", Some(id), &a.title).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a session, with the attendance marked at it.
    pub async fn delete_session(&self, actor: &Actor, id: i64) -> Result<()> {
        let s = self.session(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM attendance WHERE session_id = $1").bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM learning_sessions WHERE id = $1").bind(id).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(s.org), "delete", "learning_session", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn cohorts(&self, activity: i64) -> Result<Vec<Cohort>> {
        let rows = sqlx::query("SELECT id, organisation_id, activity_id, name, capacity FROM cohorts WHERE activity_id = $1 ORDER BY id")
            .bind(activity)
            .fetch_all(&self.0.pool)
            .await?;
        let mut out = vec![];
        for r in rows {
            let mut c = cohort_from(&r)?;
            c.facilitators = self.facilitators(c.id).await?;
            out.push(c);
        }
        Ok(out)
    }

    pub async fn cohort(&self, id: i64) -> Result<Cohort> {
        let r = sqlx::query("SELECT id, organisation_id, activity_id, name, capacity FROM cohorts WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.0.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut c = cohort_from(&r)?;
        c.facilitators = self.facilitators(c.id).await?;
        Ok(c)
    }

    async fn facilitators(&self, cohort: i64) -> Result<Vec<PersonId>> {
        Ok(sqlx::query_scalar::<_, i64>("SELECT person_id FROM cohort_facilitators WHERE cohort_id = $1 ORDER BY id")
            .bind(cohort)
            .fetch_all(&self.0.pool)
            .await?
            .into_iter()
            .map(PersonId)
            .collect())
    }

    /// Adds a cohort with its facilitators, in one transaction.
    pub async fn create_cohort(&self, actor: &Actor, activity: i64, name: &str, capacity: i64, facilitators: &[PersonId]) -> Result<i64> {
        let a = self.activity(activity).await?;
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cohorts (organisation_id, activity_id, name, capacity, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(a.org.0)
        .bind(activity)
        .bind(name)
        .bind(capacity)
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        for f in facilitators {
            add_facilitator(&mut tx, a.org, id, *f).await?;
        }
        write_audit(&mut tx, actor, Some(a.org), "create", "cohort", Some(id), name).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Adds a facilitator, who must work in the cohort's organisation.
    pub async fn add_facilitator(&self, actor: &Actor, cohort: i64, person: PersonId) -> Result<()> {
        let c = self.cohort(cohort).await?;
        let mut tx = self.0.write_tx().await?;
        add_facilitator(&mut tx, c.org, cohort, person).await?;
        write_audit(&mut tx, actor, Some(c.org), "facilitator", "cohort", Some(cohort), "").await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_facilitator(&self, actor: &Actor, cohort: i64, person: PersonId) -> Result<()> {
        let c = self.cohort(cohort).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM cohort_facilitators WHERE cohort_id = $1 AND person_id = $2")
            .bind(cohort)
            .bind(person.0)
            .execute(&mut *tx)
            .await?;
        write_audit(&mut tx, actor, Some(c.org), "unfacilitator", "cohort", Some(cohort), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sessions of the given cohorts, in time order.
    pub async fn sessions(&self, cohorts: &[i64]) -> Result<Vec<LearningSession>> {
        let mut out = vec![];
        for c in cohorts {
            let rows = sqlx::query(
                "SELECT id, organisation_id, cohort_id, starts_at, ends_at, place, checkin_code FROM learning_sessions WHERE cohort_id = $1 ORDER BY starts_at, id",
            )
            .bind(c)
            .fetch_all(&self.0.pool)
            .await?;
            for r in rows {
                out.push(session_from(&r)?);
            }
        }
        out.sort_by_key(|s| (s.starts_at, s.id));
        Ok(out)
    }

    /// Every session of every cohort of an activity, in time order, in one query.
    pub async fn sessions_in(&self, activity: i64) -> Result<Vec<LearningSession>> {
        sqlx::query(
            "SELECT s.id, s.organisation_id, s.cohort_id, s.starts_at, s.ends_at, s.place, s.checkin_code FROM learning_sessions s \
             JOIN cohorts c ON c.id = s.cohort_id WHERE c.activity_id = $1 ORDER BY s.starts_at, s.id",
        )
        .bind(activity)
        .fetch_all(&self.0.pool)
        .await?
        .iter()
        .map(session_from)
        .collect()
    }

    /// Every enrolment in every cohort of an activity, in queue order, in one query.
    pub async fn enrolments_in(&self, activity: i64) -> Result<Vec<Enrolment>> {
        let sql = format!("{ENROLMENT_SELECT} JOIN cohorts c ON c.id = e.cohort_id WHERE c.activity_id = $1 ORDER BY e.queued_at, e.id");
        sqlx::query(&sql).bind(activity).fetch_all(&self.0.pool).await?.iter().map(enrolment_from).collect()
    }

    /// Who attended each session of every cohort of an activity, in one query.
    pub async fn attendance_in(&self, activity: i64) -> Result<HashMap<i64, BTreeSet<PersonId>>> {
        let rows = sqlx::query(
            "SELECT a.session_id, a.person_id FROM attendance a JOIN learning_sessions s ON s.id = a.session_id \
             JOIN cohorts c ON c.id = s.cohort_id WHERE c.activity_id = $1",
        )
        .bind(activity)
        .fetch_all(&self.0.pool)
        .await?;
        let mut out: HashMap<i64, BTreeSet<PersonId>> = HashMap::new();
        for r in rows {
            out.entry(r.try_get("session_id")?).or_default().insert(PersonId(r.try_get("person_id")?));
        }
        Ok(out)
    }

    pub async fn session(&self, id: i64) -> Result<LearningSession> {
        let r = sqlx::query(
            "SELECT id, organisation_id, cohort_id, starts_at, ends_at, place, checkin_code FROM learning_sessions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.0.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        session_from(&r)
    }

    /// Adds a session with a fresh check-in code. The caller has checked that it ends after it starts.
    pub async fn add_session(&self, actor: &Actor, cohort: i64, starts: NaiveDateTime, ends: NaiveDateTime, place: &str) -> Result<i64> {
        let c = self.cohort(cohort).await?;
        let code = checkin_code(rand::random::<u64>());
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO learning_sessions (organisation_id, cohort_id, starts_at, ends_at, place, checkin_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(c.org.0)
        .bind(cohort)
        .bind(starts.format(TIME_FORMAT).to_string())
        .bind(ends.format(TIME_FORMAT).to_string())
        .bind(place)
        .bind(code)
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(c.org), "create", "learning_session", Some(id), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Everyone in the cohort (cancelled too), waiting list in queue order.
    pub async fn enrolments(&self, cohort: i64) -> Result<Vec<Enrolment>> {
        let sql = format!("{ENROLMENT_SELECT} WHERE e.cohort_id = $1 ORDER BY e.queued_at, e.id");
        sqlx::query(&sql).bind(cohort).fetch_all(&self.0.pool).await?.iter().map(enrolment_from).collect()
    }

    pub async fn enrolment(&self, id: i64) -> Result<Enrolment> {
        let sql = format!("{ENROLMENT_SELECT} WHERE e.id = $1");
        enrolment_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// A person's enrolments, newest first.
    pub async fn enrolments_of(&self, person: PersonId) -> Result<Vec<Enrolment>> {
        let sql = format!("{ENROLMENT_SELECT} WHERE e.person_id = $1 ORDER BY e.id DESC");
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(enrolment_from).collect()
    }

    /// A person's enrolments with their activity's and cohort's names, newest first, in one query.
    pub async fn enrolments_of_named(&self, person: PersonId) -> Result<Vec<NamedEnrolment>> {
        let sql = "SELECT e.id, e.organisation_id, e.cohort_id, e.person_id, e.status, e.passed, e.completed_at, e.transfer_goal, \
             p.given_name, p.family_name, c.name AS cohort_name, a.id AS activity_id, a.title AS activity_title \
             FROM enrolments e JOIN people p ON p.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id \
             JOIN activities a ON a.id = c.activity_id WHERE e.person_id = $1 ORDER BY e.id DESC";
        let rows = sqlx::query(sql).bind(person.0).fetch_all(&self.0.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(NamedEnrolment {
                    enrolment: enrolment_from(r)?,
                    cohort_name: r.try_get("cohort_name")?,
                    activity: r.try_get("activity_id")?,
                    activity_title: r.try_get("activity_title")?,
                })
            })
            .collect()
    }

    /// Enrols people in a cohort in one transaction: free places first, in the given order,
    /// then the waiting list; never over capacity. The `pending` person, if among them, waits
    /// for their leader's approval instead. People already in the cohort are left as they are and reported;
    /// a cancelled enrolment is taken up again at the end of the queue. Everyone must work
    /// in the cohort's organisation.
    pub async fn enrol(&self, actor: &Actor, cohort: i64, people: &[PersonId], pending: Option<PersonId>) -> Result<EnrolOutcome> {
        let c = self.cohort(cohort).await?;
        let mut tx = self.0.write_tx().await?;
        lock_cohort(&mut tx, self.0.backend, cohort).await?;
        let mut seen = BTreeSet::new();
        let people: Vec<PersonId> = people.iter().copied().filter(|p| seen.insert(*p)).collect();
        Writer::new(&mut tx, self.0.backend).check_owned("people", c.org, seen.iter().map(|p| p.0).collect()).await?;
        let existing: HashMap<i64, (i64, EnrolStatus)> = current(&mut tx, cohort).await?;
        let taken = existing.values().filter(|(_, s)| s.takes_place()).count() as u32;
        let mut out = EnrolOutcome::default();
        let fresh: Vec<PersonId> = people
            .into_iter()
            .filter(|p| match existing.get(&p.0) {
                Some((_, s)) if s.active() => {
                    out.already.push(*p);
                    false
                }
                _ => true,
            })
            .collect();
        // The one who waits for approval takes no place yet; the rest are admitted in order.
        let waits = |p: &PersonId| Some(*p) == pending;
        let mut admitted = admit(u32::try_from(c.capacity).unwrap_or(0), taken, fresh.iter().filter(|p| !waits(p)).count()).into_iter();
        let statuses: Vec<EnrolStatus> =
            fresh.iter().map(|p| if waits(p) { EnrolStatus::Pending } else { admitted.next().unwrap_or(EnrolStatus::Waiting) }).collect();
        let now = crate::now_unix();
        let mut rows: Vec<V> = vec![];
        for (p, s) in fresh.iter().zip(&statuses) {
            match s {
                EnrolStatus::Enrolled => out.enrolled.push(*p),
                EnrolStatus::Waiting => out.waiting.push(*p),
                _ => out.pending.push(*p),
            }
            if let Some((id, _)) = existing.get(&p.0) {
                sqlx::query(
                    "UPDATE enrolments SET status = $1, passed = 0, queued_at = $2, enrolled_by = $3, completed_at = NULL WHERE id = $4",
                )
                .bind(s.code())
                .bind(now)
                .bind(&actor.name)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            } else {
                rows.extend([
                    c.org.0.into(),
                    cohort.into(),
                    p.0.into(),
                    s.code().into(),
                    0i64.into(),
                    now.into(),
                    actor.name.as_str().into(),
                    now.into(),
                ]);
            }
        }
        const COLS: [&str; 8] = ["organisation_id", "cohort_id", "person_id", "status", "passed", "queued_at", "enrolled_by", "created_at"];
        Writer::new(&mut tx, self.0.backend).insert_many("enrolments", &COLS, rows, "enrolment").await?;
        let detail = format!("{} enrolled, {} waiting, {} pending", out.enrolled.len(), out.waiting.len(), out.pending.len());
        write_audit(&mut tx, actor, Some(c.org), "enrol", "cohort", Some(cohort), &detail).await?;
        let told = format!(
            "enrolled={};waiting={};pending={}",
            crate::people_list(&out.enrolled),
            crate::people_list(&out.waiting),
            crate::people_list(&out.pending)
        );
        crate::notices::notice(&mut tx, "enrolled", cohort, &told).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// The leader approves a pending enrolment: it takes a free place or joins the waiting list.
    pub async fn approve(&self, actor: &Actor, enrolment: i64) -> Result<EnrolStatus> {
        let e = self.enrolment(enrolment).await?;
        if e.status != EnrolStatus::Pending {
            return Err(StoreError::Refused("err-not-pending"));
        }
        let c = self.cohort(e.cohort).await?;
        let mut tx = self.0.write_tx().await?;
        lock_cohort(&mut tx, self.0.backend, c.id).await?;
        let existing = current(&mut tx, c.id).await?;
        let taken = existing.values().filter(|(_, s)| s.takes_place()).count() as u32;
        let status = admit(u32::try_from(c.capacity).unwrap_or(0), taken, 1)[0];
        let n = sqlx::query("UPDATE enrolments SET status = $1, queued_at = $2 WHERE id = $3 AND status = 'pending'")
            .bind(status.code())
            .bind(crate::now_unix())
            .bind(enrolment)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::Refused("err-not-pending"));
        }
        write_audit(&mut tx, actor, Some(e.org), "approve", "enrolment", Some(enrolment), status.code()).await?;
        let list = crate::people_list(&[e.person]);
        let told =
            if status.takes_place() { format!("enrolled={list};waiting=;pending=") } else { format!("enrolled=;waiting={list};pending=") };
        crate::notices::notice(&mut tx, "enrolled", c.id, &told).await?;
        tx.commit().await?;
        Ok(status)
    }

    /// Cancels an enrolment; a place it frees goes to the head of the waiting list.
    /// Returns who moved up.
    pub async fn cancel(&self, actor: &Actor, enrolment: i64) -> Result<Vec<PersonId>> {
        let e = self.enrolment(enrolment).await?;
        match e.status {
            EnrolStatus::Cancelled => return Err(StoreError::Refused("err-already-cancelled")),
            EnrolStatus::Completed => return Err(StoreError::Refused("err-already-completed")),
            _ => {}
        }
        let c = self.cohort(e.cohort).await?;
        let mut tx = self.0.write_tx().await?;
        lock_cohort(&mut tx, self.0.backend, c.id).await?;
        let n = sqlx::query("UPDATE enrolments SET status = 'cancelled' WHERE id = $1 AND status NOT IN ('cancelled', 'completed')")
            .bind(enrolment)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::Refused("err-already-completed"));
        }
        let promoted = promote(&mut tx, &c).await?;
        write_audit(&mut tx, actor, Some(e.org), "cancel", "enrolment", Some(enrolment), &format!("{} promoted", promoted.len())).await?;
        if !promoted.is_empty() {
            crate::notices::notice(&mut tx, "promoted", c.id, &crate::people_list(&promoted)).await?;
        }
        tx.commit().await?;
        Ok(promoted)
    }

    /// Marks people present at a session that has started. Everyone must be enrolled in the
    /// session's cohort; marking someone twice changes nothing.
    pub async fn mark_attendance(&self, actor: &Actor, session: i64, people: &[PersonId], how: &str, now: NaiveDateTime) -> Result<usize> {
        self.attend(actor, session, people, how, now, false).await
    }

    /// Sets who was present at a session that has started: those named are marked, everyone
    /// else's mark is removed, in one transaction. Answers how many were newly marked.
    pub async fn set_attendance(&self, actor: &Actor, session: i64, present: &[PersonId], now: NaiveDateTime) -> Result<usize> {
        self.attend(actor, session, present, "facilitator", now, true).await
    }

    async fn attend(&self, actor: &Actor, session: i64, people: &[PersonId], how: &str, now: NaiveDateTime, exact: bool) -> Result<usize> {
        let s = self.session(session).await?;
        if s.starts_at > now {
            return Err(StoreError::Refused("err-session-not-held"));
        }
        let mut tx = self.0.write_tx().await?;
        let existing = current(&mut tx, s.cohort).await?;
        if people.iter().any(|p| !existing.get(&p.0).is_some_and(|(_, st)| st.takes_place())) {
            return Err(StoreError::Refused("err-not-enrolled"));
        }
        let already: BTreeSet<i64> = sqlx::query_scalar("SELECT person_id FROM attendance WHERE session_id = $1")
            .bind(session)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
        let now_unix = crate::now_unix();
        let mut rows: Vec<V> = vec![];
        let mut added = BTreeSet::new();
        for p in people {
            if !already.contains(&p.0) && added.insert(p.0) {
                rows.extend([s.org.0.into(), session.into(), p.0.into(), how.into(), now_unix.into()]);
            }
        }
        // A check-in and the facilitator's mark may cross; the second changes nothing.
        Writer::new(&mut tx, self.0.backend)
            .insert_many_with(
                "attendance",
                &["organisation_id", "session_id", "person_id", "how", "at"],
                rows,
                "ON CONFLICT (session_id, person_id) DO NOTHING",
            )
            .await?;
        let mut removed = 0;
        if exact {
            for p in already.iter().filter(|p| !people.contains(&PersonId(**p))) {
                sqlx::query("DELETE FROM attendance WHERE session_id = $1 AND person_id = $2")
                    .bind(session)
                    .bind(*p)
                    .execute(&mut *tx)
                    .await?;
                removed += 1;
            }
        }
        let what = format!("{} marked, {removed} unmarked", added.len());
        write_audit(&mut tx, actor, Some(s.org), "attend", "learning_session", Some(session), &what).await?;
        tx.commit().await?;
        Ok(added.len())
    }

    /// Who attended each session of the cohort.
    pub async fn attendance(&self, cohort: i64) -> Result<HashMap<i64, BTreeSet<PersonId>>> {
        let rows = sqlx::query(
            "SELECT a.session_id, a.person_id FROM attendance a JOIN learning_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1",
        )
        .bind(cohort)
        .fetch_all(&self.0.pool)
        .await?;
        let mut out: HashMap<i64, BTreeSet<PersonId>> = HashMap::new();
        for r in rows {
            out.entry(r.try_get("session_id")?).or_default().insert(PersonId(r.try_get("person_id")?));
        }
        Ok(out)
    }

    /// The session a check-in code belongs to, among sessions of cohorts the person is enrolled in.
    pub async fn session_by_code(&self, person: PersonId, code: &str) -> Result<LearningSession> {
        let r = sqlx::query(
            "SELECT s.id, s.organisation_id, s.cohort_id, s.starts_at, s.ends_at, s.place, s.checkin_code FROM learning_sessions s \
             JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.person_id = $1 AND e.status IN ('enrolled', 'completed') \
             WHERE s.checkin_code = $2 ORDER BY s.starts_at DESC",
        )
        .bind(person.0)
        .bind(code)
        .fetch_optional(&self.0.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        session_from(&r)
    }

    /// The facilitator marks whether a participant passed.
    pub async fn set_passed(&self, actor: &Actor, enrolment: i64, passed: bool) -> Result<()> {
        let e = self.enrolment(enrolment).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("UPDATE enrolments SET passed = $1 WHERE id = $2").bind(i64::from(passed)).bind(enrolment).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(e.org), if passed { "pass" } else { "unpass" }, "enrolment", Some(enrolment), "").await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn add_facilitator(conn: &mut sqlx::AnyConnection, org: OrgId, cohort: i64, person: PersonId) -> Result<()> {
    let person_org: Option<i64> =
        sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1").bind(person.0).fetch_optional(&mut *conn).await?;
    if person_org != Some(org.0) {
        return Err(StoreError::NotFound);
    }
    sqlx::query("INSERT INTO cohort_facilitators (organisation_id, cohort_id, person_id) VALUES ($1, $2, $3) ON CONFLICT (cohort_id, person_id) DO NOTHING")
        .bind(org.0)
        .bind(cohort)
        .bind(person.0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Serialises enrolment changes per cohort: SQLite's write transactions already run one at a
/// time (`BEGIN IMMEDIATE`); PostgreSQL locks the cohort's row.
pub(crate) async fn lock_cohort(conn: &mut sqlx::AnyConnection, backend: Backend, cohort: i64) -> Result<()> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM cohorts WHERE id = $1 FOR UPDATE").bind(cohort).fetch_optional(&mut *conn).await?;
    }
    Ok(())
}

/// Each person's enrolment in the cohort: (enrolment id, status).
async fn current(conn: &mut sqlx::AnyConnection, cohort: i64) -> Result<HashMap<i64, (i64, EnrolStatus)>> {
    let rows = sqlx::query("SELECT id, person_id, status FROM enrolments WHERE cohort_id = $1").bind(cohort).fetch_all(&mut *conn).await?;
    let mut out = HashMap::with_capacity(rows.len());
    for r in rows {
        let s: String = r.try_get("status")?;
        out.insert(
            r.try_get("person_id")?,
            (r.try_get("id")?, EnrolStatus::parse(&s).ok_or_else(|| StoreError::Corrupt(format!("enrolment status {s}")))?),
        );
    }
    Ok(out)
}

/// Moves people up from the waiting list into free places, first come first served.
async fn promote(conn: &mut sqlx::AnyConnection, c: &Cohort) -> Result<Vec<PersonId>> {
    let existing = current(conn, c.id).await?;
    let taken = existing.values().filter(|(_, s)| s.takes_place()).count() as u32;
    let waiting: Vec<(i64, i64)> =
        sqlx::query("SELECT id, person_id FROM enrolments WHERE cohort_id = $1 AND status = 'waiting' ORDER BY queued_at, id")
            .bind(c.id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("person_id")?)))
            .collect::<Result<_>>()?;
    let n = promotions(u32::try_from(c.capacity).unwrap_or(0), taken, waiting.len());
    let mut out = vec![];
    for (id, person) in waiting.into_iter().take(n) {
        sqlx::query("UPDATE enrolments SET status = 'enrolled' WHERE id = $1").bind(id).execute(&mut *conn).await?;
        out.push(PersonId(person));
    }
    Ok(out)
}
