//! The signed-in user's own settings.

use crate::{Actor, App, Error, Result};
use saman_domain::Lang;

/// The language the user reads Saman and their mail in.
pub async fn set_language(app: &App, actor: &Actor, lang: Lang) -> Result<()> {
    Ok(app.db.users().set_lang(&actor.audit(), actor.account()?, lang).await?)
}

/// Replaces the user's secret calendar address (kept as a hash); the old one stops working.
/// Only someone with a person has a calendar.
pub async fn renew_calendar(app: &App, actor: &Actor, token_hash: &str) -> Result<()> {
    if actor.access.person.is_none() {
        return Err(Error::Forbidden);
    }
    Ok(app.db.set_calendar_token(&actor.audit(), actor.account()?, token_hash).await?)
}
