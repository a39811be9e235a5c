use crate::support::TestApp;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn me_needs_a_valid_token_and_errors_are_json_in_the_callers_language() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let r = c.api("GET", "/api/v1/me", None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["code"], "unauthorized");
    assert_eq!(r.json()["message"], "Du må logge inn.");
    c.accept_language = Some("en".into());
    let r = c.api("GET", "/api/v1/me", Some("saman_not-a-real-token"), None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["message"], "You need to sign in.");
    let token = app.token_for("leder").await;
    let r = c.api("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let me = r.json();
    assert_eq!(me["username"], "leder");
    let roles: Vec<&str> = me["roles"].as_array().unwrap().iter().map(|g| g["role"].as_str().unwrap()).collect();
    assert!(roles.contains(&"leader") && roles.contains(&"employee"));
}

#[tokio::test]
async fn units_come_as_a_tree_with_head_counts() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let token = app.token_for("hr").await;
    let mut c = app.client();
    let r = c.api("GET", &format!("/api/v1/organisations/{fjordvik}/units"), Some(&token), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let units = r.json();
    let units = units.as_array().unwrap();
    let mut seen = std::collections::HashSet::new();
    for u in units {
        if let Some(p) = u["parent_id"].as_i64() {
            assert!(seen.contains(&p), "a parent must come before its children");
        }
        seen.insert(u["id"].as_i64().unwrap());
    }
    let roots_total: i64 = units.iter().filter(|u| u["parent_id"].is_null()).map(|u| u["head_count"].as_i64().unwrap()).sum();
    let total = app.db.orgs().head_count(fjordvik, chrono::Utc::now().date_naive()).await.unwrap();
    assert!(roots_total >= total, "sector head counts ({roots_total}) must cover everyone ({total})");
}

#[tokio::test]
async fn hr_creates_and_updates_people_with_field_errors() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let token = app.token_for("hr").await;
    let mut c = app.client();
    let path = format!("/api/v1/organisations/{fjordvik}/people");
    let r =
        c.api("POST", &path, Some(&token), Some(json!({"given_name": "Åse", "family_name": "Øvrebø", "email": "ikke-en-adresse"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["field"], "email");
    assert_eq!(r.json()["code"], "bad-email");
    let r = c.api("POST", &path, Some(&token), Some(json!({"given_name": 5}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["code"], "bad-json");
    let body = json!({"employee_number": "990001", "given_name": "Åse", "family_name": "Øvrebø", "email": "ase@fjordvik.kommune.no", "birth_year": 1971});
    let r = c.api("POST", &path, Some(&token), Some(body.clone())).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let r = c.api("POST", &path, Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["field"], "employee_number");
    let r = c
        .api(
            "PUT",
            &format!("/api/v1/people/{id}"),
            Some(&token),
            Some(json!({"employee_number": "990001", "given_name": "Åse Marie", "family_name": "Øvrebø"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(app.db.people().person(saman_domain::PersonId(id)).await.unwrap().given_name, "Åse Marie");
    let audit = app.db.audit().list(Some(fjordvik), 20).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "create" && e.entity == "person" && e.entity_id == Some(id) && e.actor_name == "hr"));
    assert!(audit.iter().any(|e| e.action == "update" && e.entity == "person" && e.entity_id == Some(id)));
}

#[tokio::test]
async fn positions_are_validated() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let person = app.person_of("ansatt").await;
    let unit = app.db.orgs().units(fjordvik).await.unwrap()[0].id;
    let token = app.token_for("hr").await;
    let mut c = app.client();
    let path = format!("/api/v1/organisations/{fjordvik}/positions");
    let base = json!({"person_id": person.0, "unit_id": unit.0, "title": "Sykepleier", "percent": 80.0, "start_date": "01.02.2026"});
    let mut bad = base.clone();
    bad["end_date"] = json!("2026-01-01");
    let r = c.api("POST", &path, Some(&token), Some(bad)).await;
    assert_eq!((r.status, r.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("end_date")));
    let mut bad = base.clone();
    bad["percent"] = json!(120);
    assert_eq!(c.api("POST", &path, Some(&token), Some(bad)).await.json()["field"], "percent");
    let mut bad = base.clone();
    bad["start_date"] = json!("31.02.2026");
    assert_eq!(c.api("POST", &path, Some(&token), Some(bad)).await.json()["code"], "bad-date");
    let r = c.api("POST", &path, Some(&token), Some(base)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["start_date"], "2026-02-01");
    let r = c.api("GET", &format!("/api/v1/people/{person}/positions"), Some(&token), None).await;
    assert!(r.json().as_array().unwrap().iter().any(|p| p["start_date"] == "2026-02-01"));
}

#[tokio::test]
async fn openapi_document_is_stable() {
    let doc = serde_json::to_value(saman_web::api::openapi()).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    insta::assert_json_snapshot!("openapi", doc);
    let app = TestApp::new().await;
    let r = app.client().get("/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), doc);
}

#[test]
fn what_the_pages_give_the_api_describes_the_calendar_feed_and_organisation_gaps() {
    let doc = serde_json::to_value(saman_web::api::openapi()).unwrap();
    let feed = &doc["paths"]["/calendar/{token}/saman.ics"]["get"];
    assert!(feed["responses"]["200"]["content"]["text/calendar"].is_object(), "{feed}");
    assert_eq!(feed["security"], serde_json::json!([{}]), "the address is the key: no token");
    assert!(doc["paths"]["/api/v1/organisations/{id}/gaps"]["get"].is_object());
}

#[tokio::test]
async fn a_database_failure_is_a_500_with_a_reference_on_pages_and_in_the_api() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let token = app.token_for("ansatt").await;
    let mut c = app.signed_in("ansatt").await;
    assert_eq!(c.get(&format!("/people/{me}")).await.status, StatusCode::OK);
    saman_store::testing::run_sql(&app.db, "ALTER TABLE holdings RENAME TO holdings_gone").await.unwrap();
    let page = c.get(&format!("/people/{me}")).await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(page.body.contains("id=\"error-reference\""), "{}", page.body);
    let api = c.api("GET", &format!("/api/v1/people/{me}/holdings"), Some(&token), None).await;
    assert_eq!(api.status, StatusCode::INTERNAL_SERVER_ERROR);
    let body = api.json();
    assert_eq!(body["code"], "internal");
    let reference = body["reference"].as_str().unwrap_or_default();
    assert_eq!(reference.len(), 8, "{body}");
    assert!(!body["message"].as_str().unwrap_or_default().contains("holdings"), "no database detail reaches the user: {body}");
    // A wrong choice on a form is still the user's problem, not ours, while the database works.
    saman_store::testing::run_sql(&app.db, "ALTER TABLE holdings_gone RENAME TO holdings").await.unwrap();
    let r = c.post(&format!("/people/{me}/holdings"), &[("competence", "999999"), ("level", "1")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
