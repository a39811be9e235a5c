//! Server-rendered pages.

pub mod errors;

pub mod statics;

use crate::account::{session, settings as account};
use crate::admin::{audit, import, users as admin};
use crate::competence::{catalogue, evidence, forecast, gaps, gaps_xlsx, holdings_import, profile};
use crate::learning::{activity, attendance, followup, list as learning};
use crate::mentoring::programmes as mentoring;
use crate::mobility::{flows, opportunities as mobility, placement};
use crate::network::{membership, networks};
use crate::org::{create as org_create, home, orgs, people, units};
use crate::setup::{checklist, first_run};
use crate::sharing::{experts, notes};
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

/// Largest import file: a million holdings rows as CSV are about 40 MB.
const IMPORT_LIMIT: usize = 100 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/signin", get(session::form).post(session::submit))
        .route("/signout", post(session::signout))
        .route("/lang", post(session::set_lang))
        .route("/accessibility", get(statics::accessibility))
        .route("/setup", get(first_run::form).post(first_run::submit))
        .route("/organisations", get(orgs::list).post(org_create::create))
        .route("/organisations/new", get(org_create::form))
        .route("/organisations/{id}", get(orgs::show))
        .route("/organisations/{id}/setup", get(checklist::show))
        .route("/organisations/{id}/catalogue/choose", post(checklist::choose_catalogue))
        .route("/organisations/{id}/mail-test", post(checklist::test_mail))
        .route("/organisations/{id}/network", get(membership::show))
        .route("/organisations/{id}/network/leave", post(membership::leave))
        .route("/invitations/{id}/accept", post(membership::accept))
        .route("/invitations/{id}/decline", post(membership::decline))
        .route("/organisations/{id}/people", get(people::list))
        .route("/organisations/{id}/gaps", get(gaps::show_org))
        .route("/organisations/{id}/gaps.csv", get(gaps::csv_org))
        .route("/organisations/{id}/gaps.xlsx", get(gaps_xlsx::xlsx_org))
        .route("/networks", get(orgs::networks).post(networks::create))
        .route("/networks/new", get(networks::new))
        .route("/networks/{id}", get(networks::show))
        .route("/networks/{id}/invitations", post(networks::invite))
        .route("/units/{id}", get(units::show))
        .route("/units/{id}/gaps", get(gaps::show))
        .route("/units/{id}/gaps.csv", get(gaps::csv))
        .route("/units/{id}/gaps.xlsx", get(gaps_xlsx::xlsx))
        .route("/units/{id}/forecast", get(forecast::show))
        .route("/units/{id}/forecast.csv", get(forecast::csv))
        .route("/units/{id}/requirements", post(gaps::add_requirement))
        .route("/units/{id}/requirements/{rid}/delete", post(gaps::delete_requirement))
        .route("/people/{id}", get(people::show))
        .route("/people/{id}/holdings", post(profile::save))
        .route("/people/{id}/holdings/new", get(profile::new))
        .route("/people/{id}/holdings/{hid}/delete", post(profile::delete))
        .route("/people/{id}/holdings/{hid}/verify", post(profile::verify))
        .route("/people/{id}/wishes", post(profile::wish))
        .route("/people/{id}/offers", post(experts::save))
        .route("/people/{id}/offers/{oid}/delete", post(experts::delete))
        .route("/people/{id}/files", post(evidence::upload).layer(DefaultBodyLimit::max(evidence::MAX_FILE_BYTES + 64 * 1024)))
        .route("/people/{id}/files/{fid}/delete", post(evidence::delete))
        .route("/files/{id}", get(evidence::download))
        .route("/experts", get(experts::list))
        .route("/learning", get(learning::list).post(learning::create))
        .route("/learning/new", get(learning::new))
        .route("/learning/checkin", post(learning::checkin))
        .route("/learning/calendar", post(learning::calendar))
        .route("/learning/notes", get(notes::list).post(notes::create))
        .route("/learning/notes/{id}/delete", post(notes::delete))
        .route("/mobility", get(mobility::list).post(mobility::create))
        .route("/mobility/new", get(mobility::new))
        .route("/mobility/flows", get(flows::show))
        .route("/mobility/{id}", get(mobility::show))
        .route("/mobility/{id}/apply", post(mobility::apply))
        .route("/mobility/{id}/open", post(mobility::set_open))
        .route("/mobility/{id}/allocate", post(mobility::allocate))
        .route("/mentoring", get(mentoring::list).post(mentoring::create))
        .route("/mentoring/new", get(mentoring::new))
        .route("/mentoring/{id}", get(mentoring::show))
        .route("/mentoring/{id}/join", post(mentoring::join))
        .route("/mentoring/{id}/match", post(mentoring::run_matching))
        .route("/mentoring/{id}/rules", post(mentoring::set_rule))
        .route("/pairs/{id}/answer", post(mentoring::answer))
        .route("/placements/{id}", get(placement::show))
        .route("/placements/{id}/approve", post(placement::approve))
        .route("/placements/{id}/decline", post(placement::decline))
        .route("/placements/{id}/withdraw", post(placement::withdraw))
        .route("/placements/{id}/accept", post(placement::accept))
        .route("/placements/{id}/log", post(placement::add_log))
        .route("/placements/{id}/evaluate", post(placement::evaluate))
        .route("/placements/{id}/attestation", get(placement::attestation))
        .route("/learning/{id}", get(activity::show))
        .route("/learning/{id}/edit", get(learning::edit).post(learning::update))
        .route("/sessions/{id}/delete", post(attendance::delete))
        .route("/learning/{id}/cohorts", post(activity::add_cohort))
        .route("/cohorts/{id}/sessions", post(activity::add_session))
        .route("/cohorts/{id}/enrol", post(activity::enrol))
        .route("/cohorts/{id}/complete", post(attendance::complete))
        .route("/cohorts/{id}/facilitators", post(activity::add_facilitator))
        .route("/cohorts/{id}/facilitators/{pid}/delete", post(activity::remove_facilitator))
        .route("/enrolments/{id}/cancel", post(activity::cancel))
        .route("/enrolments/{id}/approve", post(activity::approve))
        .route("/enrolments/{id}/passed", post(attendance::passed))
        .route("/enrolments/{id}/goal", post(followup::goal))
        .route("/enrolments/{id}/follow-up", post(followup::answer))
        .route("/sessions/{id}", get(attendance::show).post(attendance::mark))
        .route("/sessions/{id}/calendar.ics", get(attendance::ics))
        .route("/account", get(account::show))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{id}/delete", post(account::delete_token))
        .route("/admin/users", get(admin::users).post(admin::create_user))
        .route("/admin/users/{id}", get(admin::user))
        .route("/admin/users/{id}/grants", post(admin::add_grant))
        .route("/admin/users/{id}/grants/{gid}/delete", post(admin::remove_grant))
        .route("/admin/users/{id}/password", post(admin::set_password))
        .route("/admin/users/{id}/person", post(admin::link_person))
        .route("/audit", get(audit::list))
        .route("/competences", get(catalogue::list).post(catalogue::create))
        .route("/competences/moodle.csv", get(catalogue::moodle))
        .route("/competences/moodle", post(catalogue::moodle_import).layer(DefaultBodyLimit::max(IMPORT_LIMIT)))
        .route("/import", get(import::form).post(import::upload).layer(DefaultBodyLimit::max(IMPORT_LIMIT)))
        .route("/import/template.csv", get(import::template))
        .route("/import/{draft}/apply", post(import::apply))
        .route("/import/holdings", get(holdings_import::form).post(holdings_import::upload).layer(DefaultBodyLimit::max(IMPORT_LIMIT)))
        .route("/import/holdings/template.csv", get(holdings_import::template))
        .route("/import/holdings/{draft}/apply", post(holdings_import::apply))
}
