//! The learning page: the activities of every organisation the actor sees, the actor's own
//! enrolments and whether they have a calendar feed.

use crate::access::learning::sees_activities;
use crate::{Actor, App, Result};
use saman_store::{ActivitySummary, NamedEnrolment, Organisation};

/// One organisation's activities, and whether the actor runs them (HR).
pub struct OrgActivities {
    pub org: Organisation,
    pub manage: bool,
    pub activities: Vec<ActivitySummary>,
}

pub struct Listing {
    pub orgs: Vec<OrgActivities>,
    /// The actor's own enrolments, newest first (empty when the account is no person).
    pub mine: Vec<NamedEnrolment>,
    pub has_feed: bool,
}

/// Organisations whose activities the actor sees: where they work or do HR; every one for an administrator.
pub async fn learning_orgs(app: &App, actor: &Actor) -> Result<Vec<Organisation>> {
    Ok(app.db.orgs().organisations().await?.into_iter().filter(|o| sees_activities(&actor.access, o.id)).collect())
}

/// One organisation's activities with their numbers, newest first; not found where the actor
/// may not see them.
pub async fn activities(app: &App, actor: &Actor, org: saman_domain::OrgId) -> Result<Vec<saman_store::ActivitySummary>> {
    if !sees_activities(&actor.access, org) {
        return Err(crate::Error::NotFound);
    }
    Ok(app.db.learning().activities(org, crate::clock::now_local()).await?)
}

/// What the learning page shows the actor, in one query per organisation and two more.
pub async fn listing(app: &App, actor: &Actor) -> Result<Listing> {
    let now = crate::clock::now_local();
    let mut orgs = vec![];
    for org in learning_orgs(app, actor).await? {
        let activities = app.db.learning().activities(org.id, now).await?;
        orgs.push(OrgActivities { manage: actor.access.manages_org(org.id), org, activities });
    }
    let mine = match actor.access.person {
        Some((_, person)) => app.db.learning().enrolments_of_named(person).await?,
        None => vec![],
    };
    let has_feed = match actor.user {
        Some(user) => app.db.has_calendar_token(user).await?,
        None => false,
    };
    Ok(Listing { orgs, mine, has_feed })
}
