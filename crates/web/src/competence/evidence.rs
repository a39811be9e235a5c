//! Files attached to a holding as evidence: upload, download, delete. Whoever may see the
//! person may download; whoever may edit the profile may attach and delete.

use crate::competence::profile::{editable, new_page};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty, check_csrf};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::evidence;
use saman_domain::PersonId;

pub use saman_app::evidence::MAX_FILE_BYTES;

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
    let file = file.map(|(name, content_type, bytes)| evidence::Upload { name, content_type, bytes: bytes.to_vec() });
    match evidence::attach(&state, &s.actor(), PersonId(id), holding, file, too_big).await {
        Ok(person) => Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response()),
        Err(saman_app::Error::Invalid(p)) => {
            let e = FieldErrors::from_problems_named(ctx.lang, &p, |f| {
                (f.to_string(), if f == "holding" { "field-competence".to_string() } else { "field-file".to_string() })
            });
            let (person, anc) = editable(&state, s, id).await?;
            new_page(&state, &ctx, s, person, &anc, e).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn download(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (f, bytes) = evidence::download(&state, &s.actor(), id).await?;
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
    let person = evidence::remove(&state, &s.actor(), PersonId(id), fid).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}
