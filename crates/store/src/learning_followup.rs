//! Transfer follow-up (the twelfth handle): before an activity, participant and leader agree
//! what should change in practice; some time after completion each is asked whether it is
//! used and what hinders it.

use crate::audit::{Actor, write_audit};
use crate::error::{Result, StoreError};
use crate::learning::LearningStore;
use saman_domain::learning::{Respondent, Used, follow_up_due};
use saman_domain::{OrgId, PersonId};
use sqlx::Row;

/// A follow-up waiting for an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueFollowUp {
    pub enrolment: i64,
    pub activity: i64,
    pub title: String,
    pub person: PersonId,
    pub person_name: String,
    pub goal: Option<String>,
    pub completed_at: i64,
}

/// An activity's follow-up answers: `(respondent, used, count)` and what hinders, without names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpResults {
    pub counts: Vec<(Respondent, Used, i64)>,
    pub hinders: Vec<String>,
}

impl LearningStore<'_> {
    /// Sets (or clears) what should change in practice.
    pub async fn set_goal(&self, actor: &Actor, enrolment: i64, goal: Option<&str>) -> Result<()> {
        let e = self.enrolment(enrolment).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("UPDATE enrolments SET transfer_goal = $1 WHERE id = $2").bind(goal).bind(enrolment).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(e.org), "goal", "enrolment", Some(enrolment), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Completed enrolments in the organisation whose follow-up is due and not yet answered
    /// by `who`; with `people`, only theirs.
    pub async fn due_follow_ups(&self, org: OrgId, who: Respondent, people: Option<&[PersonId]>, now: i64) -> Result<Vec<DueFollowUp>> {
        let rows = sqlx::query(
            "SELECT e.id, e.person_id, e.transfer_goal, e.completed_at, a.id AS activity_id, a.title, a.follow_up_days, p.given_name, p.family_name \
             FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN activities a ON a.id = c.activity_id JOIN people p ON p.id = e.person_id \
             WHERE e.organisation_id = $1 AND e.status = 'completed' \
             AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.enrolment_id = e.id AND f.respondent = $2) ORDER BY e.completed_at, e.id",
        )
        .bind(org.0)
        .bind(who.code())
        .fetch_all(&self.0.pool)
        .await?;
        let mut out = vec![];
        for r in rows {
            let person = PersonId(r.try_get("person_id")?);
            let completed_at: i64 = r.try_get::<Option<i64>, _>("completed_at")?.unwrap_or(0);
            if !follow_up_due(completed_at, r.try_get("follow_up_days")?, now) || people.is_some_and(|ps| !ps.contains(&person)) {
                continue;
            }
            let given: String = r.try_get("given_name")?;
            let family: String = r.try_get("family_name")?;
            out.push(DueFollowUp {
                enrolment: r.try_get("id")?,
                activity: r.try_get("activity_id")?,
                title: r.try_get("title")?,
                person,
                person_name: format!("{given} {family}"),
                goal: r.try_get("transfer_goal")?,
                completed_at,
            });
        }
        Ok(out)
    }

    /// Records one answer. Each respondent answers once, and only once the follow-up is due.
    #[allow(clippy::too_many_arguments)]
    pub async fn answer_follow_up(
        &self,
        actor: &Actor,
        enrolment: i64,
        who: Respondent,
        by: PersonId,
        used: Used,
        hinders: Option<&str>,
        now: i64,
    ) -> Result<()> {
        let e = self.enrolment(enrolment).await?;
        let c = self.cohort(e.cohort).await?;
        let a = self.activity(c.activity).await?;
        if !e.completed_at.is_some_and(|t| follow_up_due(t, a.follow_up_days, now)) {
            return Err(StoreError::Refused("err-follow-up-not-due"));
        }
        let mut tx = self.0.write_tx().await?;
        sqlx::query(
            "INSERT INTO follow_ups (organisation_id, enrolment_id, respondent, person_id, used, hinders, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(e.org.0)
        .bind(enrolment)
        .bind(who.code())
        .bind(by.0)
        .bind(used.code())
        .bind(hinders)
        .bind(crate::now_unix())
        .execute(&mut *tx)
        .await
        .map_err(|err| match StoreError::unique(err, "follow_up") {
            StoreError::Duplicate(_) => StoreError::Refused("err-already-answered"),
            other => other,
        })?;
        write_audit(&mut tx, actor, Some(e.org), "answer", "enrolment", Some(enrolment), who.code()).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn follow_up_results(&self, activity: i64) -> Result<FollowUpResults> {
        let rows = sqlx::query(
            "SELECT f.respondent, f.used, f.hinders FROM follow_ups f JOIN enrolments e ON e.id = f.enrolment_id JOIN cohorts c ON c.id = e.cohort_id \
             WHERE c.activity_id = $1 ORDER BY f.id",
        )
        .bind(activity)
        .fetch_all(&self.0.pool)
        .await?;
        let mut out = FollowUpResults::default();
        for r in rows {
            let (who, used): (String, String) = (r.try_get("respondent")?, r.try_get("used")?);
            let (Some(who), Some(used)) = (Respondent::parse(&who), Used::parse(&used)) else { continue };
            match out.counts.iter_mut().find(|(w, u, _)| *w == who && *u == used) {
                Some(x) => x.2 += 1,
                None => out.counts.push((who, used, 1)),
            }
            if let Some(h) = r.try_get::<Option<String>, _>("hinders")?.filter(|h| !h.trim().is_empty()) {
                out.hinders.push(h);
            }
        }
        Ok(out)
    }
}
