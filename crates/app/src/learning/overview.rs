//! Everything one activity's page shows, read in a fixed number of queries whatever the
//! number of cohorts.

use super::activities::activity;
use crate::access::Positions;
use crate::access::learning::Who;
use crate::{Actor, App, Result};
use saman_domain::PersonId;
use saman_store::{Activity, Cohort, CompetenceRow, Enrolment, FollowUpResults, LearningSession, Organisation};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// An activity with its cohorts, sessions, attendance and enrolments.
pub struct Overview {
    pub activity: Activity,
    pub org: Organisation,
    pub who: Who,
    pub place: Positions,
    pub view: Arc<crate::orgview::OrgView>,
    pub catalogue: Arc<Vec<CompetenceRow>>,
    pub cohorts: Vec<Cohort>,
    /// In time order, every cohort's.
    pub sessions: Vec<LearningSession>,
    /// Who attended, by session.
    pub attendance: HashMap<i64, BTreeSet<PersonId>>,
    /// In queue order, every cohort's. The page shows only the people the actor may see
    /// (`who.sees`); counts cover everyone.
    pub enrolments: Vec<Enrolment>,
    pub facilitator_names: HashMap<PersonId, String>,
    /// For HR: the organisation's people who may facilitate, by name (the first thousand).
    pub people: Vec<(PersonId, String)>,
    /// Follow-up answers; what hinders is kept for HR only.
    pub follow_up: FollowUpResults,
}

impl Overview {
    pub fn sessions_of(&self, cohort: i64) -> impl Iterator<Item = &LearningSession> {
        self.sessions.iter().filter(move |s| s.cohort == cohort)
    }

    pub fn enrolments_of(&self, cohort: i64) -> impl Iterator<Item = &Enrolment> {
        self.enrolments.iter().filter(move |e| e.cohort == cohort)
    }

    /// Sessions of the cohort the person attended.
    pub fn attended(&self, cohort: i64, person: PersonId) -> usize {
        self.sessions_of(cohort).filter(|s| self.attendance.get(&s.id).is_some_and(|ps| ps.contains(&person))).count()
    }
}

/// The activity's overview, if the actor sees it.
pub async fn overview(app: &App, actor: &Actor, id: i64) -> Result<Overview> {
    let a = activity(app, actor, id).await?;
    let who = Who::of(&actor.access, a.org);
    let store = app.db.learning();
    let cohorts = store.cohorts(a.id).await?;
    let facilitators: Vec<PersonId> = cohorts.iter().flat_map(|c| c.facilitators.iter().copied()).collect();
    let mut follow_up = store.follow_up_results(a.id).await?;
    if !who.manage {
        follow_up.hinders.clear();
    }
    let people = match who.manage {
        true => app.db.people().list(a.org, None, 1000, 0).await?.into_iter().map(|p| (p.id, p.full_name())).collect(),
        false => vec![],
    };
    Ok(Overview {
        people,
        org: app.db.orgs().organisation(a.org).await?,
        place: Positions::load(app, a.org).await?,
        view: app.orgs.get(&app.db, a.org).await?,
        catalogue: app.catalogues.get(&app.db, Some(a.org)).await?,
        sessions: store.sessions_in(a.id).await?,
        attendance: store.attendance_in(a.id).await?,
        enrolments: store.enrolments_in(a.id).await?,
        facilitator_names: app.db.people().names(&facilitators).await?,
        follow_up,
        cohorts,
        who,
        activity: a,
    })
}
