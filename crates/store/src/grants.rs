//! Granting competence that was earned in Saman (a completed course, a placement): one
//! holding per person and competence, never lowering a level already held, with a history row.

use crate::audit::Actor;
use crate::competences::CompetenceId;
use crate::db::Backend;
use crate::error::Result;
use crate::import::bulk::{V, Writer};
use chrono::NaiveDate;
use saman_domain::{OrgId, PersonId};

/// One holding to grant or renew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Grant {
    /// The person's own organisation (holdings live with the person).
    pub org: OrgId,
    pub person: PersonId,
    pub competence: CompetenceId,
    pub level: i64,
    pub obtained: NaiveDate,
    pub expires: Option<NaiveDate>,
    pub evidence: String,
}

/// Upserts the holdings in the caller's transaction. A holding at a higher level is left as it
/// is; one at the same or a lower level is renewed (and is no longer the leader-verified one).
pub(crate) async fn grant_holdings(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    actor: &Actor,
    grants: &[Grant],
    stamp: i64,
) -> Result<()> {
    if grants.is_empty() {
        return Ok(());
    }
    // Each organisation's change counter, raised once, in the order of the organisations.
    let mut orgs: Vec<saman_domain::OrgId> = grants.iter().map(|g| g.org).collect();
    orgs.sort();
    orgs.dedup();
    let mut versions = std::collections::HashMap::new();
    for o in orgs {
        versions.insert(o, crate::changes::bump(&mut *conn, o).await?);
    }
    let mut rows: Vec<V> = Vec::with_capacity(grants.len() * 9);
    let mut events: Vec<V> = Vec::with_capacity(grants.len() * 8);
    for g in grants {
        rows.extend([
            g.org.0.into(),
            g.person.0.into(),
            g.competence.0.into(),
            g.level.into(),
            Some(g.obtained.to_string()).into(),
            g.expires.map(|d| d.to_string()).into(),
            g.evidence.as_str().into(),
            "earned".into(),
            stamp.into(),
        ]);
        events.extend([
            g.org.0.into(),
            g.person.0.into(),
            g.competence.0.into(),
            "earned".into(),
            g.level.into(),
            actor.name.as_str().into(),
            stamp.into(),
            versions.get(&g.org).copied().into(),
        ]);
    }
    let renew = "excluded.level >= holdings.level";
    let tail = format!(
        "ON CONFLICT (person_id, competence_id) DO UPDATE SET \
         level = CASE WHEN {renew} THEN excluded.level ELSE holdings.level END, \
         obtained_on = CASE WHEN {renew} THEN excluded.obtained_on ELSE holdings.obtained_on END, \
         expires_on = CASE WHEN {renew} THEN excluded.expires_on ELSE holdings.expires_on END, \
         evidence = COALESCE(holdings.evidence, excluded.evidence), \
         source = CASE WHEN {renew} THEN excluded.source ELSE holdings.source END, \
         verified_by = CASE WHEN {renew} THEN NULL ELSE holdings.verified_by END, \
         verified_at = CASE WHEN {renew} THEN NULL ELSE holdings.verified_at END, \
         updated_at = excluded.updated_at"
    );
    let mut w = Writer::new(conn, backend);
    w.insert_many_with(
        "holdings",
        &["organisation_id", "person_id", "competence_id", "level", "obtained_on", "expires_on", "evidence", "source", "updated_at"],
        rows,
        &tail,
    )
    .await?;
    w.insert_many(
        "holding_events",
        &["organisation_id", "person_id", "competence_id", "action", "level", "actor_name", "at", "version"],
        events,
        "holding_event",
    )
    .await?;
    Ok(())
}
