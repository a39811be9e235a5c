//! Roles with the names of what they apply to, as people read them.

use crate::{App, Result};
use saman_domain::Grant;

/// A role and the names of its organisation or network and (for a leader) its unit.
#[derive(Debug, Clone)]
pub struct NamedGrant {
    /// The grant's row, where it has one (an account's roles; not a token's scope).
    pub id: Option<i64>,
    pub grant: Grant,
    /// The organisation's or the network's name.
    pub place: Option<String>,
    /// A leader's unit.
    pub unit: Option<String>,
}

/// Names each grant's organisation, network and unit.
pub async fn named(app: &App, grants: impl IntoIterator<Item = (Option<i64>, Grant)>) -> Result<Vec<NamedGrant>> {
    let orgs = app.db.orgs().organisations().await?;
    let networks = app.db.orgs().networks().await?;
    let mut out = vec![];
    for (id, grant) in grants {
        let mut place = grant.org().and_then(|o| orgs.iter().find(|x| x.id == o)).map(|o| o.name.clone());
        if let Grant::Coordinator { network } = grant {
            place = networks.iter().find(|n| n.id == network).map(|n| n.name.clone());
        }
        let unit = match grant {
            Grant::Leader { unit, .. } => Some(app.db.orgs().unit(unit).await?.name),
            _ => None,
        };
        out.push(NamedGrant { id, grant, place, unit });
    }
    Ok(out)
}
