//! The expert pool ("ressursbank"): search among colleagues' offers to share what they
//! know, and a person's own offers.

use crate::competence::level_name;
use crate::competence::profile::editable;
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::{input, sharing};
use saman_domain::PersonId;
use saman_domain::experts::OfferText;
use serde::{Deserialize, Serialize};

/// One offer found, as the searcher may see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Hit {
    pub person_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub organisation_id: i64,
    pub organisation: String,
    pub competence_id: i64,
    pub competence: String,
    /// The person's level, in words, if they hold the competence.
    pub level: Option<String>,
    /// A leader has confirmed the competence.
    pub verified: bool,
    pub note: Option<String>,
    pub score: u32,
    /// The searcher may open the person's page.
    #[serde(skip)]
    pub linked: bool,
    /// The competence's names in every language and its key, for matching.
    #[serde(skip)]
    pub search_names: Vec<String>,
}

/// Offers the user may see that match the query (all of them for an empty query), best first.
pub async fn search(
    state: &AppState,
    s: &SignedIn,
    lang: saman_domain::Lang,
    q: &str,
    competence: Option<i64>,
) -> Result<Vec<Hit>, AppError> {
    Ok(rank(visible(state, s, lang).await?, q, competence))
}

/// Ranks offers against a query, dropping those that do not match.
pub fn rank(hits: Vec<Hit>, q: &str, competence: Option<i64>) -> Vec<Hit> {
    let query = saman_domain::experts::Query::new(q);
    let mut out: Vec<Hit> = hits
        .into_iter()
        .filter(|h| competence.is_none_or(|c| c == h.competence_id))
        .filter_map(|mut h| {
            let text = OfferText {
                competence: h.search_names.iter().map(String::as_str).collect(),
                note: h.note.as_deref().unwrap_or(""),
                person: &h.name,
            };
            h.score = query.score(&text)?;
            Some(h)
        })
        .collect();
    out.sort_by(|a, b| {
        b.score.cmp(&a.score).then(b.verified.cmp(&a.verified)).then(b.level.is_some().cmp(&a.level.is_some())).then(a.name.cmp(&b.name))
    });
    out
}

/// Every offer the user may see, unranked.
pub async fn visible(state: &AppState, s: &SignedIn, lang: saman_domain::Lang) -> Result<Vec<Hit>, AppError> {
    Ok(sharing::offers(state, &s.actor())
        .await?
        .into_iter()
        .map(|x| {
            let (o, c) = (x.offer, x.competence);
            Hit {
                search_names: vec![c.name_nb.clone(), c.name_nn.clone(), c.name_en.clone(), c.key.clone()],
                person_id: o.person.0,
                linked: x.linked,
                name: o.person_name,
                email: o.email,
                organisation_id: x.org.id.0,
                organisation: x.org.name,
                competence_id: c.id.0,
                competence: c.name(lang).to_string(),
                level: o.level.map(|l| level_name(lang, &c.scale, l)),
                verified: o.verified,
                note: o.note,
                score: 0,
            }
        })
        .collect())
}

/// Offers shown on the page: the best matches; searching narrows the rest.
const PAGE: usize = 48;

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    competence: String,
}

#[derive(Template)]
#[template(path = "experts.html")]
struct ExpertsPage<'a> {
    ctx: &'a Ctx,
    q: String,
    competence: Option<i64>,
    options: Vec<(i64, String)>,
    hits: Vec<Hit>,
    /// Matches in all; the page shows the best [`PAGE`].
    total: usize,
    own: Option<PersonId>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(sq): Query<SearchQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let competence = sq.competence.parse::<i64>().ok();
    let q = sq.q.trim().chars().take(200).collect::<String>();
    let all = visible(&state, s, ctx.lang).await?;
    // The competences on offer, for narrowing the search.
    let mut options: Vec<(i64, String)> = all.iter().map(|h| (h.competence_id, h.competence.clone())).collect();
    options.sort_by_key(|a| a.1.to_lowercase());
    options.dedup();
    let mut hits = rank(all, &q, competence);
    let total = hits.len();
    hits.truncate(PAGE);
    let own = s.access.person.map(|(_, p)| p);
    page(&ctx, &ExpertsPage { ctx: &ctx, q, competence, options, hits, total, own })
}

#[derive(Deserialize)]
pub struct OfferForm {
    #[serde(default)]
    offer_competence: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    visibility: String,
}

/// The person offers their own competence: it is their choice, and theirs to withdraw.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<OfferForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match sharing::offer(&state, &s.actor(), PersonId(id), input::number(&f.offer_competence), &f.note, &f.visibility).await {
        Ok(person) => Ok(Redirect::to(&format!("/people/{}#offers", person.id)).into_response()),
        Err(saman_app::Error::Invalid(p)) => {
            let e = FieldErrors::from_problems_named(ctx.lang, &p, |f| match f {
                "competence" => ("offer_competence".into(), "field-competence".into()),
                f => (f.to_string(), "field-offer-note".into()),
            });
            let (person, anc) = editable(&state, s, id).await?;
            crate::competence::profile::new_page(&state, &ctx, s, person, &anc, e).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, oid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let person = sharing::withdraw(&state, &s.actor(), PersonId(id), oid).await?;
    Ok(Redirect::to(&format!("/people/{}#offers", person.id)).into_response())
}
