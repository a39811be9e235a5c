//! The first run and networks through HTTP: the set-up link's refusals, who may register
//! organisations and networks, and who answers an invitation.

use crate::support::{PASSWORD, TestApp};
use axum::http::StatusCode;
use saman_app::App;
use serde_json::json;

fn setup_form(token: &str) -> Vec<(&str, &str)> {
    vec![
        ("token", token),
        ("display_name", "Kari Nordmann"),
        ("username", "kari"),
        ("password", PASSWORD),
        ("org_name", "Fjordvik kommune"),
        ("kind", "municipality"),
        ("org_number", "974760673"),
        ("municipality_number", "4601"),
    ]
}

#[tokio::test]
async fn an_expired_or_guessed_link_is_refused_and_a_good_one_works_once() {
    let app = TestApp::empty().await;
    let now = saman_store::now_unix();
    app.db.setup().add_token(&saman_web::auth::token_hash("gammel"), now - 7200, now - 1).await.unwrap();
    let mut c = app.client();
    let r = c.get("/setup?token=gammel").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("Start Saman på nytt"), "the refusal says what to do: {}", r.body);
    let r = c.post("/setup", &setup_form("gammel")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "an expired link cannot set up by posting either");
    assert_eq!(c.get("/setup?token=gjettet").await.status, StatusCode::NOT_FOUND);
    assert!(app.db.users().list().await.unwrap().is_empty());

    let token = saman_app::setup::begin(&App::new(app.db.clone())).await.unwrap().unwrap();
    assert_eq!(c.get(&format!("/setup?token={token}")).await.status, StatusCode::OK);
    let r = c.post("/setup", &setup_form(&token)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let home = c.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("data-step=\"import\" data-done=\"false\""), "the home page shows the next steps");
    assert!(home.body.contains("Oppsett av Fjordvik kommune"));

    let mut other = app.client();
    assert_eq!(other.get(&format!("/setup?token={token}")).await.status, StatusCode::NOT_FOUND, "the link is spent");
    let again: Vec<(&str, &str)> = setup_form(&token).into_iter().map(|(k, v)| if k == "username" { (k, "ola") } else { (k, v) }).collect();
    assert_eq!(other.post("/setup", &again).await.status, StatusCode::NOT_FOUND, "set-up is gone for good");
    assert_eq!(app.db.users().list().await.unwrap().len(), 1);
}

#[tokio::test]
async fn the_set_up_page_does_not_exist_where_an_administrator_does() {
    let app = TestApp::new().await;
    let mut c = app.client();
    assert_eq!(c.get("/setup?token=x").await.status, StatusCode::NOT_FOUND);
    assert!(saman_app::setup::begin(&App::new(app.db.clone())).await.unwrap().is_none());
}

#[tokio::test]
async fn an_administrator_without_organisations_is_shown_how_to_create_one() {
    let app = TestApp::empty().await;
    let hash = saman_web::auth::hash_password(PASSWORD).unwrap();
    let actor = saman_store::Actor::system("test");
    app.db.users().create(&actor, "kari", "Kari", Some(&hash), None, &[saman_domain::Grant::Admin]).await.unwrap();
    let mut c = app.signed_in("kari").await;
    let home = c.get("/").await;
    assert!(home.body.contains("href=\"/organisations/new\""), "{}", home.body);
    assert!(!home.body.contains("Be en administrator"), "an administrator is not told to ask an administrator");
    let import = c.get("/import").await;
    assert_eq!(import.status, StatusCode::OK, "the import page explains instead of refusing");
    assert!(import.body.contains("Opprett den først"));
    c.get("/organisations/new").await;
    let bad = c
        .post(
            "/organisations",
            &[("org_name", "Fjordvik"), ("kind", "municipality"), ("org_number", "974760674"), ("municipality_number", "46")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Organisasjonsnummeret er ikke gyldig") && bad.body.contains("Kommunenummeret er ikke gyldig"));
    let ok = c
        .post(
            "/organisations",
            &[("org_name", "Fjordvik"), ("kind", "municipality"), ("org_number", "974760673"), ("municipality_number", "4601")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert!(ok.location().ends_with("/setup"));
}

#[tokio::test]
async fn only_administrators_register_organisations_and_networks() {
    let app = TestApp::new().await;
    let mut hr = app.signed_in("hr").await;
    assert_eq!(hr.get("/organisations/new").await.status, StatusCode::FORBIDDEN);
    assert_eq!(hr.get("/networks/new").await.status, StatusCode::FORBIDDEN);
    hr.get("/").await;
    assert_eq!(
        hr.post("/organisations", &[("org_name", "X"), ("kind", "other"), ("org_number", "974760673")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(hr.post("/networks", &[("name", "Nett")]).await.status, StatusCode::FORBIDDEN);
    let token = app.token_for("hr").await;
    let body = json!({"name": "Ny", "kind": "other", "org_number": "974760673"});
    assert_eq!(hr.api("POST", "/api/v1/organisations", Some(&token), Some(body.clone())).await.status, StatusCode::FORBIDDEN);
    let admin = app.token_for("admin").await;
    let bad = hr.api("POST", "/api/v1/organisations", Some(&admin), Some(json!({"name": "Ny", "kind": "other", "org_number": "1"}))).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["field"], "org_number");
    let made = hr.api("POST", "/api/v1/organisations", Some(&admin), Some(body.clone())).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    assert_eq!(made.json()["org_number"], "974760673");
    let dup = hr.api("POST", "/api/v1/organisations", Some(&admin), Some(body)).await;
    assert_eq!(dup.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_invitation_is_answered_only_by_the_invited_organisation() {
    let app = TestApp::new().await;
    let admin = app.token_for("admin").await;
    let coordinator = app.token_for("koordinator").await;
    let hr_token = app.token_for("hr").await;
    let mut c = app.client();
    let made = c
        .api(
            "POST",
            "/api/v1/organisations",
            Some(&admin),
            Some(json!({"name": "Nabo kommune", "kind": "municipality", "org_number": "974760673", "municipality_number": "4602"})),
        )
        .await;
    let org = made.json()["id"].as_i64().unwrap();
    let networks = c.api("GET", "/api/v1/networks", Some(&coordinator), None).await.json();
    let network = networks[0]["id"].as_i64().unwrap();
    // HR elsewhere cannot invite, and does not learn of the invitation.
    let r = c.api("POST", &format!("/api/v1/networks/{network}/invitations"), Some(&hr_token), Some(json!({"organisation_id": org}))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let inv =
        c.api("POST", &format!("/api/v1/networks/{network}/invitations"), Some(&coordinator), Some(json!({"organisation_id": org}))).await;
    assert_eq!(inv.status, StatusCode::CREATED, "{}", inv.body);
    let id = inv.json()["id"].as_i64().unwrap();
    assert_eq!(inv.json()["state"], "pending");
    assert_eq!(c.api("POST", &format!("/api/v1/invitations/{id}/accept"), Some(&hr_token), None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.api("POST", &format!("/api/v1/invitations/{id}/accept"), Some(&coordinator), None).await.status, StatusCode::NOT_FOUND);
    let mut hr = app.signed_in("hr").await;
    assert_eq!(hr.get(&format!("/organisations/{org}/network")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(hr.post(&format!("/invitations/{id}/accept"), &[]).await.status, StatusCode::NOT_FOUND);
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut e = app.signed_in("ansatt").await;
    assert_eq!(e.get(&format!("/organisations/{fjordvik}/network")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(e.post(&format!("/organisations/{fjordvik}/network/leave"), &[]).await.status, StatusCode::FORBIDDEN);
    // The new organisation's administrator accepts; it is a member; a second answer is refused.
    let ok = c.api("POST", &format!("/api/v1/invitations/{id}/accept"), Some(&admin), None).await;
    assert_eq!(ok.json()["state"], "accepted");
    let twice = c.api("POST", &format!("/api/v1/invitations/{id}/decline"), Some(&admin), None).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(twice.json()["code"], "invitation-answered");
    let listed = c.api("GET", "/api/v1/networks", Some(&coordinator), None).await.json();
    assert!(listed[0]["organisation_ids"].as_array().unwrap().iter().any(|v| v.as_i64() == Some(org)));
    // It leaves through its administrator, and keeps what it had.
    assert_eq!(c.api("DELETE", &format!("/api/v1/organisations/{org}/network"), Some(&hr_token), None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.api("DELETE", &format!("/api/v1/organisations/{org}/network"), Some(&admin), None).await.status, StatusCode::NO_CONTENT);
    let coordinated = c.api("GET", &format!("/api/v1/organisations/{org}"), Some(&coordinator), None).await;
    assert_eq!(coordinated.status, StatusCode::NOT_FOUND, "the coordinator no longer sees an organisation that left");
}
