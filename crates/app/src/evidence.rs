//! Files attached to a holding as evidence. Whoever may see the person may download them;
//! whoever may edit the profile may attach and delete them.

use crate::{Actor, App, Error, Problems, Result, access};
use saman_domain::PersonId;
use saman_store::{FileInfo, Optional, Person};

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Types served as themselves; anything else is served as a download of bytes.
const SAFE_TYPES: [&str; 6] = ["application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain", "text/csv"];

/// A file as it was uploaded.
pub struct Upload {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Attaches a file to one of the person's holdings. `too_big` says the upload was cut off.
pub async fn attach(
    app: &App,
    actor: &Actor,
    person: PersonId,
    holding: Option<i64>,
    file: Option<Upload>,
    too_big: bool,
) -> Result<Person> {
    let person = access::profile_editor(app, actor, person).await?.person;
    let mut p = Problems::default();
    let own = match holding {
        Some(h) => app.db.holdings().get(h).await.optional()?.filter(|h| h.person == person.id),
        None => None,
    };
    if own.is_none() {
        p.add("holding", if holding.is_none() { "err-required" } else { "err-bad-choice" });
    }
    let file = file.filter(|f| !f.bytes.is_empty() && !f.name.is_empty());
    if too_big || file.as_ref().is_some_and(|f| f.bytes.len() > MAX_FILE_BYTES) {
        p.add("evidence_file", "err-file-too-big");
    } else if file.is_none() {
        p.add("evidence_file", "err-required");
    }
    p.done()?;
    let (Some(h), Some(f)) = (own, file) else { return Err(Error::invalid("evidence_file", "err-required")) };
    // Only the last part of a path a browser might send, and nothing that breaks a header.
    let name: String =
        f.name.rsplit(['/', '\\']).next().unwrap_or("fil").chars().filter(|c| !c.is_control() && *c != '"').take(200).collect();
    let ctype = if SAFE_TYPES.contains(&f.content_type.as_str()) { f.content_type } else { "application/octet-stream".to_string() };
    app.db.files().add(&actor.audit(), h.id, &name, &ctype, &f.bytes).await?;
    Ok(person)
}

/// A file and its bytes, if the actor may see its person.
pub async fn download(app: &App, actor: &Actor, id: i64) -> Result<(FileInfo, Vec<u8>)> {
    let f = app.db.files().info(id).await?;
    let org = access::org(app, &actor.access, f.org).await?;
    let anc = access::ancestries(app, org.id, f.person).await?;
    if !actor.access.sees_person(org.id, f.person, &anc) {
        return Err(Error::NotFound);
    }
    let bytes = app.db.files().content(id).await?;
    Ok((f, bytes))
}

/// Removes a file from one of the person's holdings.
pub async fn remove(app: &App, actor: &Actor, person: PersonId, id: i64) -> Result<Person> {
    let person = access::profile_editor(app, actor, person).await?.person;
    if app.db.files().info(id).await?.person != person.id {
        return Err(Error::NotFound);
    }
    app.db.files().delete(&actor.audit(), id).await?;
    Ok(person)
}
