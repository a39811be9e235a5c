//! The signed-in user's own settings.

use crate::grants::{NamedGrant, named};
use crate::{Actor, App, Error, Result};
use saman_domain::Lang;
use saman_store::ApiToken;

/// What the account page shows: the user's tokens and their roles by name.
pub struct Own {
    pub tokens: Vec<ApiToken>,
    pub roles: Vec<NamedGrant>,
}

/// The signed-in user's account.
pub async fn own(app: &App, actor: &Actor) -> Result<Own> {
    let tokens = app.db.users().tokens(actor.account()?).await?;
    let grants: Vec<(Option<i64>, saman_domain::Grant)> = actor.access.grants.iter().map(|g| (None, *g)).collect();
    let roles = named(app, grants).await?;
    Ok(Own { tokens, roles })
}

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

/// Makes a personal API token for `user` (one's own; an administrator or the command line
/// for anyone) and answers it: shown once, kept only as a hash.
pub async fn create_token(app: &App, actor: &Actor, user: saman_domain::UserId, name: &str) -> Result<String> {
    if actor.user != Some(user) && !actor.access.is_admin() {
        return Err(Error::Forbidden);
    }
    let name = saman_domain::parse::text(name, 100).map_err(|e| Error::invalid("name", e.key()))?;
    let token = crate::secrets::new_api_token();
    app.db.users().create_token(&actor.audit(), user, &name, &crate::secrets::token_hash(&token)).await?;
    Ok(token)
}

/// Revokes one of the actor's own tokens.
pub async fn delete_token(app: &App, actor: &Actor, id: saman_domain::TokenId) -> Result<()> {
    Ok(app.db.users().delete_token(&actor.audit(), actor.account()?, id).await?)
}
