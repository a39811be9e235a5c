//! Completion: who has met an activity's rule, marking them completed, and granting the
//! competence the activity builds — so the gap analysis moves.

use crate::audit::{Actor, write_audit};
use crate::error::{Result, StoreError};
use crate::grants::{Grant, grant_holdings};
use crate::import::bulk::MAX_PARAMS;
use crate::learning::{Enrolment, LearningStore};
use chrono::{Months, NaiveDateTime};
use saman_domain::PersonId;
use saman_domain::learning::{EnrolStatus, Unmet};
use serde::Serialize;
use std::collections::HashMap;

/// What a completion run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompletionOutcome {
    pub completed: Vec<PersonId>,
    /// Enrolled but not (yet) meeting the rule, with what is missing.
    pub unmet: Vec<(PersonId, Unmet)>,
    /// Holdings granted or renewed.
    pub granted: usize,
}

/// One participant's standing against the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub enrolment: Enrolment,
    pub attended: u32,
    #[serde(skip)]
    pub check: Result<(), Unmet>,
}

impl LearningStore<'_> {
    /// Every enrolled or completed participant of the cohort with their attendance and
    /// whether they meet the rule now.
    pub async fn standings(&self, cohort: i64, now: NaiveDateTime) -> Result<Vec<Standing>> {
        let c = self.cohort(cohort).await?;
        let a = self.activity(c.activity).await?;
        let sessions = self.sessions(&[cohort]).await?;
        let total = sessions.len() as u32;
        let held = sessions.iter().filter(|s| s.starts_at <= now).count() as u32;
        let attendance = self.attendance(cohort).await?;
        let mut attended: HashMap<PersonId, u32> = HashMap::new();
        for people in attendance.values() {
            for p in people {
                *attended.entry(*p).or_default() += 1;
            }
        }
        Ok(self
            .enrolments(cohort)
            .await?
            .into_iter()
            .filter(|e| e.status.takes_place())
            .map(|e| {
                let n = attended.get(&e.person).copied().unwrap_or(0);
                Standing { check: a.rule.check(total, held, n, e.passed), attended: n, enrolment: e }
            })
            .collect())
    }

    /// Marks completed everyone enrolled in the cohort (or only `only`) who meets the rule,
    /// and grants the activity's competence: obtained today, expiring after the competence's
    /// validity period, never lowering a level already held. All in one transaction.
    pub async fn complete(&self, actor: &Actor, cohort: i64, only: Option<&[PersonId]>, now: NaiveDateTime) -> Result<CompletionOutcome> {
        let c = self.cohort(cohort).await?;
        let a = self.activity(c.activity).await?;
        let mut out = CompletionOutcome::default();
        let mut done: Vec<&Enrolment> = vec![];
        let standings = self.standings(cohort, now).await?;
        for s in &standings {
            if s.enrolment.status != EnrolStatus::Enrolled || only.is_some_and(|o| !o.contains(&s.enrolment.person)) {
                continue;
            }
            match s.check {
                Ok(()) => done.push(&s.enrolment),
                Err(u) => out.unmet.push((s.enrolment.person, u)),
            }
        }
        if let Some(o) = only
            && o.iter().any(|p| !standings.iter().any(|s| s.enrolment.person == *p))
        {
            return Err(StoreError::Refused("err-not-enrolled"));
        }
        let today = now.date();
        let competence = match a.competence {
            Some(id) => Some(self.0.competences().get(id).await?),
            None => None,
        };
        let mut tx = self.0.write_tx().await?;
        crate::learning::lock_cohort(&mut tx, self.0.backend, cohort).await?;
        let stamp = crate::now_unix();
        // Only rows still enrolled are completed (and only those get the competence).
        let mut changed: Vec<PersonId> = vec![];
        for chunk in done.chunks(MAX_PARAMS - 2) {
            let list = (0..chunk.len()).map(|i| format!("${}", i + 3)).collect::<Vec<_>>().join(", ");
            let sql = format!(
                "UPDATE enrolments SET status = 'completed', completed_at = $1 WHERE cohort_id = $2 AND status = 'enrolled' AND id IN ({list}) RETURNING person_id"
            );
            let mut q = sqlx::query_scalar::<_, i64>(&sql).bind(stamp).bind(cohort);
            for e in chunk {
                q = q.bind(e.id);
            }
            changed.extend(q.fetch_all(&mut *tx).await?.into_iter().map(PersonId));
        }
        changed.sort();
        let done: Vec<&Enrolment> = done.into_iter().filter(|e| changed.binary_search(&e.person).is_ok()).collect();
        if let Some(comp) = &competence {
            let level = a.level.unwrap_or(1);
            let expires = comp.validity_months.and_then(|m| today.checked_add_months(Months::new(u32::try_from(m).unwrap_or(0))));
            let grants: Vec<Grant> = done
                .iter()
                .map(|e| Grant {
                    org: a.org,
                    person: e.person,
                    competence: comp.id,
                    level,
                    obtained: today,
                    expires,
                    evidence: a.title.clone(),
                })
                .collect();
            grant_holdings(&mut tx, self.0.backend, actor, &grants, stamp).await?;
            out.granted = done.len();
        }
        out.completed = done.iter().map(|e| e.person).collect();
        write_audit(&mut tx, actor, Some(a.org), "complete", "cohort", Some(cohort), &format!("{} completed", out.completed.len())).await?;
        tx.commit().await?;
        Ok(out)
    }
}
