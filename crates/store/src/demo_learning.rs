//! Loads the demo's learning activities through the same store calls people's actions use,
//! so cohorts, waiting lists, attendance and granted competence are as real as any.

use crate::audit::Actor;
use crate::competences::CompetenceId;
use crate::db::Db;
use crate::error::{Result, StoreError};
use crate::learning::NewActivity;
use chrono::{Duration, NaiveDateTime};
use saman_demo::DemoOrg;
use saman_domain::learning::{ActivityKind, CompletionRule};
use saman_domain::{OrgId, PersonId};
use sqlx::Row;

impl Db {
    /// Adds an organisation's demo activities. `people` maps the demo's person indices to ids;
    /// session days count from `today`.
    pub(crate) async fn load_demo_learning(&self, org: OrgId, o: &DemoOrg, people: &[i64], today: chrono::NaiveDate) -> Result<()> {
        let actor = Actor::system("demo");
        let learning = self.learning();
        let person = |i: usize| people.get(i).copied().map(PersonId).ok_or(StoreError::Corrupt("demo person index".into()));
        let now = chrono::Utc::now().naive_utc() + Duration::hours(2);
        for a in &o.activities {
            let competence = match a.competence {
                Some(key) => sqlx::query("SELECT id FROM competences WHERE key = $1 AND organisation_id IS NULL")
                    .bind(key)
                    .fetch_optional(&self.pool)
                    .await?
                    .map(|r| r.try_get::<i64, _>("id").map(CompetenceId))
                    .transpose()?,
                None => None,
            };
            let new = NewActivity {
                kind: ActivityKind::parse(a.kind).ok_or(StoreError::Corrupt("demo activity kind".into()))?,
                handle: a.handle.map(str::to_string),
                title: a.title.to_string(),
                description: a.description.to_string(),
                link: a.link.map(str::to_string),
                competence,
                level: competence.map(|_| 1),
                rule: CompletionRule::parse(a.rule).ok_or(StoreError::Corrupt("demo completion rule".into()))?,
                needs_approval: a.needs_approval,
                target: a.target,
                credits: None,
                follow_up_days: a.follow_up_days,
            };
            let activity = learning.create_activity(&actor, org, &new).await?;
            for c in &a.cohorts {
                let facilitator = c.facilitator.map(person).transpose()?;
                let cohort = learning.create_cohort(&actor, activity, c.name, c.capacity, facilitator.as_slice()).await?;
                let mut sessions = vec![];
                for s in &c.sessions {
                    let starts: NaiveDateTime = (today + Duration::days(s.day)).and_hms_opt(s.start_hour, 0, 0).unwrap_or_default();
                    let id = learning.add_session(&actor, cohort, starts, starts + Duration::hours(s.hours), s.place).await?;
                    sessions.push((id, starts));
                }
                let enrolled = c.enrolled.iter().map(|i| person(*i)).collect::<Result<Vec<_>>>()?;
                learning.enrol(&actor, cohort, &enrolled, None).await?;
                let attending = c.attending.iter().map(|i| person(*i)).collect::<Result<Vec<_>>>()?;
                for (id, starts) in &sessions {
                    if *starts <= now && !attending.is_empty() {
                        learning.mark_attendance(&actor, *id, &attending, "facilitator", now).await?;
                    }
                }
                if !c.completed.is_empty() {
                    let completed = c.completed.iter().map(|i| person(*i)).collect::<Result<Vec<_>>>()?;
                    learning.complete(&actor, cohort, Some(&completed), now).await?;
                    // Completed when the last session was held, as it would have been.
                    let ago = c.sessions.iter().map(|s| -s.day).filter(|d| *d > 0).min().unwrap_or(0);
                    sqlx::query("UPDATE enrolments SET completed_at = completed_at - $1 WHERE cohort_id = $2 AND status = 'completed'")
                        .bind(ago * 86_400)
                        .bind(cohort)
                        .execute(&self.pool)
                        .await?;
                }
            }
        }
        Ok(())
    }
}
