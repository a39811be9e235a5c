//! Practice notes: what people learnt from a colleague, a new hire, users or a course,
//! shared with those they chose and searchable with the same Norwegian-aware ranking as
//! the expert pool.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::input;
use saman_app::records::NOTE_SOURCES;
use saman_app::sharing::{self, NoteDraft};
use saman_domain::experts::OfferText;
use saman_domain::learning::HANDLES;
use serde::Deserialize;

pub struct NoteView {
    pub id: i64,
    pub body: String,
    pub author: String,
    pub organisation: String,
    pub source: String,
    pub handle: Option<String>,
    pub competence: Option<String>,
    pub when: String,
    pub own: bool,
    score: u32,
}

#[derive(Template)]
#[template(path = "notes.html")]
struct NotesPage<'a> {
    ctx: &'a Ctx,
    q: String,
    notes: Vec<NoteView>,
    total: usize,
    can_write: bool,
    sources: Vec<(&'static str, String)>,
    handles: Vec<(&'static str, String)>,
    competences: Vec<(i64, String)>,
    f: NoteForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default, Clone)]
pub struct NoteForm {
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub handle: String,
    #[serde(default)]
    pub competence: String,
    #[serde(default)]
    pub visibility: String,
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

const PAGE: usize = 50;

/// Notes the user may see that match the query, best first (newest first without a query).
async fn visible(state: &AppState, s: &SignedIn, ctx: &Ctx, q: &str) -> Result<Vec<NoteView>, AppError> {
    let query = saman_domain::experts::Query::new(q);
    let mut out = vec![];
    for x in sharing::notes(state, &s.actor()).await? {
        let (n, c) = (x.note, x.competence.as_ref());
        let names: Vec<&str> =
            c.map(|c| vec![c.name_nb.as_str(), c.name_nn.as_str(), c.name_en.as_str(), c.key.as_str()]).unwrap_or_default();
        let handle = n.handle.as_deref().map(|h| ctx.t(&format!("handle-{h}")));
        let mut text_names = names.clone();
        if let Some(h) = &handle {
            text_names.push(h);
        }
        let Some(score) = query.score(&OfferText { competence: text_names, note: &n.body, person: &n.person_name }) else { continue };
        out.push(NoteView {
            id: n.id,
            own: x.own,
            author: n.person_name,
            organisation: x.org.name,
            source: ctx.t(&format!("note-source-{}", n.source.replace('_', "-"))),
            handle,
            competence: c.map(|c| c.name(ctx.lang).to_string()),
            when: ctx.datetime(&n.created_at),
            body: n.body,
            score,
        });
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then(b.id.cmp(&a.id)));
    Ok(out)
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(sq): Query<SearchQuery>) -> Result<Response, AppError> {
    render(&state, &ctx, sq.q, NoteForm { visibility: "org".into(), ..NoteForm::default() }, FieldErrors::default()).await
}

async fn render(state: &AppState, ctx: &Ctx, q: String, f: NoteForm, errors: FieldErrors) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let q: String = q.trim().chars().take(200).collect();
    let mut notes = visible(state, s, ctx, &q).await?;
    let total = notes.len();
    notes.truncate(PAGE);
    let competences = match s.access.person {
        Some((org, _)) => crate::competence::options(ctx.lang, &state.catalogue(Some(org)).await?),
        None => vec![],
    };
    let sources = NOTE_SOURCES.iter().map(|x| (*x, ctx.t(&format!("note-source-{}", x.replace('_', "-"))))).collect();
    let handles = HANDLES.iter().enumerate().map(|(i, h)| (*h, format!("{}. {}", i + 1, ctx.t(&format!("handle-{h}"))))).collect();
    let has_errors = errors.any();
    let mut r =
        page(ctx, &NotesPage { ctx, q, notes, total, can_write: s.access.person.is_some(), sources, handles, competences, f, errors })?;
    if has_errors {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<NoteForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let d = NoteDraft {
        body: f.body.clone(),
        source: f.source.clone(),
        handle: f.handle.clone(),
        competence: input::number(&f.competence),
        visibility: f.visibility.clone(),
    };
    match sharing::add_note(&state, &s.actor(), &d).await {
        Ok(_) => Ok(Redirect::to("/learning/notes").into_response()),
        Err(saman_app::Error::Invalid(p)) => {
            let e = FieldErrors::from_problems_named(ctx.lang, &p, |f| {
                let label = match f {
                    "body" => "field-note",
                    "source" => "field-note-source",
                    "handle" => "field-handle",
                    _ => "field-competence",
                };
                (f.to_string(), label.to_string())
            });
            render(&state, &ctx, String::new(), f, e).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Only the author removes a note.
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    sharing::delete_note(&state, &s.actor(), id).await?;
    Ok(Redirect::to("/learning/notes").into_response())
}
