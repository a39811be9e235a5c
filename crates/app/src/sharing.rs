//! What people share of themselves: offers to the expert pool and practice notes. Only the
//! person offers their own competence or writes their own note, and only they withdraw it.

mod seen;

pub use seen::{SeenNote, SeenOffer, notes, offers};

use crate::access;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::experts::Visibility;
use saman_domain::learning::HANDLES;
use saman_domain::{OrgId, PersonId, parse};
use saman_store::{CompetenceId, NOTE_SOURCES, NewNote, Optional, Person};

/// The person, if it is the actor themself: offers and notes are theirs alone.
async fn own(app: &App, actor: &Actor, person: PersonId) -> Result<Person> {
    let r = access::profile_editor(app, actor, person).await?;
    if actor.access.person == Some((r.person.org, r.person.id)) { Ok(r.person) } else { Err(Error::Forbidden) }
}

/// A competence the organisation may use, or a problem with the field.
async fn usable(
    app: &App,
    org: OrgId,
    c: Parsed<i64>,
    field: &'static str,
    required: bool,
    p: &mut Problems,
) -> Result<Option<CompetenceId>> {
    match c {
        Ok(None) => {
            if required {
                p.add(field, "err-required");
            }
            Ok(None)
        }
        Ok(Some(id)) => match app.db.competences().visible(org, CompetenceId(id)).await.optional()? {
            Some(c) => Ok(Some(c.id)),
            None => {
                p.add(field, "err-bad-choice");
                Ok(None)
            }
        },
        Err(_) => {
            p.add(field, "err-bad-choice");
            Ok(None)
        }
    }
}

/// The person offers a competence to the expert pool, with a note and who may see it
/// (the organisation when not said).
pub async fn offer(app: &App, actor: &Actor, person: PersonId, competence: Parsed<i64>, note: &str, visibility: &str) -> Result<Person> {
    let person = own(app, actor, person).await?;
    let mut p = Problems::default();
    let c = usable(app, person.org, competence, "competence", true, &mut p).await?;
    let note = p.check("note", parse::optional_text(note, 300)).flatten();
    p.done()?;
    let Some(c) = c else { return Err(Error::invalid("competence", "err-required")) };
    let visibility = Visibility::parse(visibility).unwrap_or(Visibility::Org);
    app.db.experts().save(&actor.audit(), person.org, person.id, c, note.as_deref(), visibility).await?;
    Ok(person)
}

/// The person withdraws one of their offers.
pub async fn withdraw(app: &App, actor: &Actor, person: PersonId, offer: i64) -> Result<Person> {
    let person = own(app, actor, person).await?;
    if app.db.experts().get(offer).await?.person != person.id {
        return Err(Error::NotFound);
    }
    app.db.experts().delete(&actor.audit(), offer).await?;
    Ok(person)
}

/// A practice note as someone wrote it.
#[derive(Debug, Clone)]
pub struct NoteDraft {
    pub body: String,
    /// Where it was learnt: one of the note sources.
    pub source: String,
    /// One of the twelve handles, or empty.
    pub handle: String,
    pub competence: Parsed<i64>,
    pub visibility: String,
}

/// The actor writes a practice note about what they learnt.
pub async fn add_note(app: &App, actor: &Actor, d: &NoteDraft) -> Result<i64> {
    let Some((org, person)) = actor.access.person else { return Err(Error::Forbidden) };
    let mut p = Problems::default();
    let body = p.check("body", parse::text(&d.body, 1000));
    let source = NOTE_SOURCES.iter().find(|x| **x == d.source).copied();
    if source.is_none() {
        p.add("source", if d.source.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let handle = match d.handle.as_str() {
        "" => None,
        h if HANDLES.contains(&h) => Some(h.to_string()),
        _ => {
            p.add("handle", "err-bad-choice");
            None
        }
    };
    let competence = usable(app, org, d.competence, "competence", false, &mut p).await?;
    p.done()?;
    let (Some(body), Some(source)) = (body, source) else { return Err(Error::invalid("body", "err-required")) };
    let visibility = Visibility::parse(&d.visibility).unwrap_or(Visibility::Org);
    Ok(app.db.add_practice_note(&actor.audit(), org, person, &NewNote { body, source, handle, competence, visibility }).await?)
}

/// Only the author removes a note; someone else in the organisation is refused, anyone
/// further away is not told it exists.
pub async fn delete_note(app: &App, actor: &Actor, id: i64) -> Result<()> {
    let n = app.db.practice_note(id).await?;
    if actor.access.person != Some((n.org, n.person)) {
        return Err(if actor.access.member_orgs().contains(&n.org) || actor.access.is_admin() {
            Error::Forbidden
        } else {
            Error::NotFound
        });
    }
    Ok(app.db.delete_practice_note(&actor.audit(), id).await?)
}
