//! The audit log: administrators see all of it and the state of the mail outbox; HR advisers
//! their own organisations' entries; nobody else any of it.

use crate::{Actor, App, Error, Result};
use saman_domain::Role;
use saman_store::{AuditEntry, FailedMail};

/// How many entries the log shows.
const SHOWN: usize = 200;

/// The outbox as an administrator sees it.
pub struct Outbox {
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
    /// The latest mail given up on.
    pub given_up: Vec<FailedMail>,
}

pub struct Log {
    /// Newest first.
    pub entries: Vec<AuditEntry>,
    /// For administrators only.
    pub outbox: Option<Outbox>,
}

/// The log the actor may read.
pub async fn log(app: &App, actor: &Actor) -> Result<Log> {
    let access = &actor.access;
    if access.is_admin() {
        let entries = app.db.audit().list(None, SHOWN as i64).await?;
        let (pending, sent, failed) = app.db.outbox_counts().await?;
        let given_up = app.db.failed_mail(20).await?;
        return Ok(Log { entries, outbox: Some(Outbox { pending, sent, failed, given_up }) });
    }
    if !access.has_role(Role::Hr) {
        return Err(Error::Forbidden);
    }
    let mut entries = vec![];
    for org in access.member_orgs().into_iter().filter(|o| access.manages_org(*o)) {
        entries.extend(app.db.audit().list(Some(org), SHOWN as i64).await?);
    }
    entries.sort_by_key(|b| std::cmp::Reverse(b.id));
    entries.truncate(SHOWN);
    Ok(Log { entries, outbox: None })
}
