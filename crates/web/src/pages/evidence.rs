//! Files attached to a holding as evidence: upload, download, delete. Whoever may see the
//! person may download; whoever may edit the profile may attach and delete.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty, check_csrf};
use crate::formerr::FieldErrors;
use crate::pages::profile::{ancestries, editable, new_page};
use crate::scope;
use crate::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use saman_store::Optional;

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Types served as themselves; anything else is served as a download of bytes.
const SAFE_TYPES: [&str; 6] = ["application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain", "text/csv"];

pub async fn upload(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>, mut mp: Multipart) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (mut csrf, mut holding, mut file) = (None, None, None);
    let mut too_big = false;
    while let Some(field) = mp.next_field().await.map_err(|_| AppError::bad("err-bad-form", "evidence_file"))? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("holding") => holding = field.text().await.ok().and_then(|s| s.parse::<i64>().ok()),
            Some("evidence_file") => {
                let name = field.file_name().unwrap_or("").to_string();
                let ctype = field.content_type().unwrap_or("application/octet-stream").to_string();
                match field.bytes().await {
                    Ok(b) => file = Some((name, ctype, b)),
                    Err(_) => too_big = true,
                }
            }
            _ => {}
        }
    }
    check_csrf(&ctx, csrf.as_deref())?;
    let (person, anc) = editable(&state, s, id).await?;
    let mut e = FieldErrors::default();
    let own = match holding {
        Some(h) => state.db.holdings().get(h).await.optional()?.filter(|h| h.person == person.id),
        None => None,
    };
    if own.is_none() {
        e.add(ctx.lang, "holding", "field-competence", if holding.is_none() { "err-required" } else { "err-bad-choice" });
    }
    let file = file.filter(|(name, _, b)| !b.is_empty() && !name.is_empty());
    if too_big || file.as_ref().is_some_and(|(_, _, b)| b.len() > MAX_FILE_BYTES) {
        e.add(ctx.lang, "evidence_file", "field-file", "err-file-too-big");
    } else if file.is_none() {
        e.add(ctx.lang, "evidence_file", "field-file", "err-required");
    }
    let (Some(h), Some((name, ctype, bytes)), false) = (own, file, e.any()) else {
        return new_page(&state, &ctx, s, person, &anc, e).await;
    };
    // Only the last part of a path a browser might send, and nothing that breaks a header.
    let name: String =
        name.rsplit(['/', '\\']).next().unwrap_or("fil").chars().filter(|c| !c.is_control() && *c != '"').take(200).collect();
    let ctype = if SAFE_TYPES.contains(&ctype.as_str()) { ctype } else { "application/octet-stream".to_string() };
    state.db.files().add(&ctx.actor(), h.id, &name, &ctype, &bytes).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}

pub async fn download(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let f = state.db.files().info(id).await?;
    let org = scope::org(&state, &s.access, f.org).await?;
    let anc = ancestries(&state, org.id, f.person).await?;
    if !s.access.sees_person(org.id, f.person, &anc) {
        return Err(AppError::NotFound);
    }
    let bytes = state.db.files().content(id).await?;
    let ascii: String = f.filename.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_ ".contains(c) { c } else { '_' }).collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{}", percent_encode(&f.filename));
    Ok((
        [
            (header::CONTENT_TYPE, f.content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// RFC 5987 encoding of a file name.
fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, fid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (person, _) = editable(&state, s, id).await?;
    let f = state.db.files().info(fid).await?;
    if f.person != person.id {
        return Err(AppError::NotFound);
    }
    state.db.files().delete(&ctx.actor(), fid).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}
