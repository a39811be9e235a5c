//! Signing in and out: sessions for the browser, personal tokens for the API. Who someone
//! is, with the grants and person their access is decided by.

use crate::secrets::{random_token, token_hash, verify_password};
use crate::{Actor, App, Result};
use saman_domain::{Access, OrgId};
use saman_store::User;

/// A user who has proved who they are, with what decides their access.
#[derive(Debug, Clone)]
pub struct Known {
    pub user: User,
    pub access: Access,
}

/// A new browser session: its secret (for the cookie only; kept as a hash) and its user.
pub struct Started {
    pub token: String,
    pub known: Known,
}

async fn known(app: &App, user: User, person_org: Option<OrgId>) -> Result<Known> {
    let grants = app.db.users().grants(user.id).await?;
    let person = match (user.person, person_org) {
        (Some(p), Some(o)) => Some((o, p)),
        (Some(p), None) => Some((app.db.people().person(p).await?.org, p)),
        _ => None,
    };
    Ok(Known { user, access: Access { grants, person } })
}

/// Checks a username and password; on success starts a session lasting `hours` and records
/// the sign-in. `None` when the name, the password or the account is not good, without saying which.
pub async fn sign_in(app: &App, username: &str, password: &str, hours: i64) -> Result<Option<Started>> {
    let found = app.db.users().by_username(username).await?;
    let hash = found.as_ref().and_then(|(_, h)| h.clone());
    let password = password.to_string();
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, hash.as_deref())).await.unwrap_or(false);
    let user = match found {
        Some((u, _)) if ok && !u.disabled => u,
        _ => return Ok(None),
    };
    let token = random_token();
    let expires = saman_store::now_unix() + hours * 3600;
    app.db.sessions().create(&token_hash(&token), user.id, &random_token(), expires).await?;
    let actor = Actor::user(user.id, &user.username, Access::default());
    app.db.audit().record(&actor.audit(), None, "signin", "user", Some(user.id.0), "").await?;
    Ok(Some(Started { token, known: known(app, user, None).await? }))
}

/// The user of a live session (by its secret's hash) and the session's CSRF secret.
pub async fn session(app: &App, hash: &str) -> Result<Option<(Known, String)>> {
    match app.db.sessions().get_with_user(hash).await? {
        Some((session, user, person_org)) => Ok(Some((known(app, user, person_org).await?, session.csrf))),
        None => Ok(None),
    }
}

/// Ends a session.
pub async fn sign_out(app: &App, hash: &str) -> Result<()> {
    Ok(app.db.sessions().delete(hash).await?)
}

/// The user a personal API token belongs to, if the token is good and the account enabled.
pub async fn by_token(app: &App, token: &str) -> Result<Option<Known>> {
    match app.db.users().by_token_hash(&token_hash(token)).await? {
        Some(user) => Ok(Some(known(app, user, None).await?)),
        None => Ok(None),
    }
}
