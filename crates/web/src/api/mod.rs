//! The JSON API under `/api/v1`, with its OpenAPI description generated from the
//! same code that routes it.

mod competence;
mod dto;
pub(crate) mod extract;
mod learning;
mod mentoring;
mod mobility;
mod networks;
mod orgs;
mod people;
mod requirements;

pub use extract::ApiUser;

use crate::state::AppState;
use axum::Json;
use axum::Router;
use axum::routing::get;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Saman API", version = "1", description = "Organisations, units, people and positions. Authenticate with a personal API token: `Authorization: Bearer saman_…`. Errors are JSON with a stable `code`, a `message` in the language of `Accept-Language` (nb, nn, en) and the `field` at fault."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(orgs::me))
        .routes(routes!(orgs::list_organisations, networks::create_organisation))
        .routes(routes!(networks::list_networks, networks::create_network))
        .routes(routes!(networks::invite))
        .routes(routes!(networks::invitations))
        .routes(routes!(networks::accept))
        .routes(routes!(networks::decline))
        .routes(routes!(networks::leave))
        .routes(routes!(orgs::get_organisation))
        .routes(routes!(orgs::list_units))
        .routes(routes!(orgs::get_unit))
        .routes(routes!(people::list_people, people::create_person))
        .routes(routes!(people::get_person, people::update_person))
        .routes(routes!(people::list_positions))
        .routes(routes!(people::create_position))
        .routes(routes!(competence::list_holdings, competence::save_holding))
        .routes(routes!(competence::gaps))
        .routes(routes!(competence::org_gaps))
        .routes(routes!(competence::forecast))
        .routes(routes!(requirements::list, requirements::create))
        .routes(routes!(requirements::delete))
        .routes(routes!(requirements::experts))
        .routes(routes!(learning::list, learning::create))
        .routes(routes!(learning::get))
        .routes(routes!(learning::add_cohort))
        .routes(routes!(learning::add_session))
        .routes(routes!(learning::enrolments, learning::enrol))
        .routes(routes!(learning::cancel))
        .routes(routes!(learning::attendance))
        .routes(routes!(learning::complete))
        .routes(routes!(mobility::list, mobility::create))
        .routes(routes!(mobility::get))
        .routes(routes!(mobility::apply))
        .routes(routes!(mobility::allocate))
        .routes(routes!(mobility::get_placement))
        .routes(routes!(mobility::approve))
        .routes(routes!(mobility::decline))
        .routes(routes!(mobility::agree))
        .routes(routes!(mobility::evaluate))
        .routes(routes!(mentoring::create))
        .routes(routes!(mentoring::get))
        .routes(routes!(mentoring::join))
        .routes(routes!(mentoring::match_pairs))
        // The calendar feed sits outside /api/v1 (calendar programs subscribe to it) but is described here.
        .routes(routes!(crate::learning::attendance::feed))
}

/// The OpenAPI document.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api().split_for_parts().1
}

pub fn routes() -> Router<AppState> {
    let (router, doc) = api().split_for_parts();
    let doc = std::sync::Arc::new(doc);
    router.route("/api/openapi.json", get(move || async move { Json(doc.as_ref().clone()) }))
}
