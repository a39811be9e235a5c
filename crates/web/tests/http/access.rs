//! Refusals: what each role must not see or do, through pages and the API.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn a_leader_cannot_read_a_person_in_another_municipality() {
    let app = TestApp::new().await;
    let lindoy = app.org_id("Lindøy kommune").await;
    let stranger = app.someone_in(lindoy, &[]).await;
    let mut leader = app.signed_in("leder").await;
    assert_eq!(leader.get(&format!("/people/{stranger}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(leader.get(&format!("/organisations/{lindoy}")).await.status, StatusCode::NOT_FOUND);
    let token = app.token_for("leder").await;
    let r = leader.api("GET", &format!("/api/v1/people/{stranger}"), Some(&token), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["code"], "not_found");
}

#[tokio::test]
async fn a_leader_sees_people_in_the_units_they_lead() {
    let app = TestApp::new().await;
    let nurse = app.person_of("ansatt").await;
    let mut leader = app.signed_in("leder").await;
    let r = leader.get(&format!("/people/{nurse}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn an_employee_sees_their_own_profile_but_not_a_colleagues() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let boss = app.person_of("leder").await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut e = app.signed_in("ansatt").await;
    assert_eq!(e.get(&format!("/people/{me}")).await.status, StatusCode::OK);
    assert_eq!(e.get(&format!("/people/{boss}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(e.get(&format!("/organisations/{fjordvik}/people")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(e.get("/admin/users").await.status, StatusCode::FORBIDDEN);
    assert_eq!(e.get("/import").await.status, StatusCode::FORBIDDEN);
    assert_eq!(e.get("/audit").await.status, StatusCode::FORBIDDEN);
    assert_eq!(e.get("/networks").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn hr_manages_only_their_own_organisation() {
    let app = TestApp::new().await;
    let lindoy = app.org_id("Lindøy kommune").await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    assert_eq!(hr.get(&format!("/organisations/{fjordvik}/people")).await.status, StatusCode::OK);
    assert_eq!(hr.get(&format!("/organisations/{lindoy}/people")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(hr.get("/admin/users").await.status, StatusCode::FORBIDDEN);
    let token = app.token_for("hr").await;
    let r = hr.api("GET", &format!("/api/v1/organisations/{lindoy}/people"), Some(&token), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let body = serde_json::json!({"given_name": "Per", "family_name": "Inntrenger"});
    let r = hr.api("POST", &format!("/api/v1/organisations/{lindoy}/people"), Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(app.db.people().list(lindoy, Some("Inntrenger"), 10, 0).await.unwrap().len(), 0);
}

#[tokio::test]
async fn the_coordinator_sees_the_network_but_no_people() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let someone = app.someone_in(fjordvik, &[]).await;
    let mut k = app.signed_in("koordinator").await;
    let nets = k.get("/networks").await;
    assert_eq!(nets.status, StatusCode::OK);
    for name in ["Fjordvik kommune", "Lindøy kommune", "Storeli kommune", "Helse Fjordvik HF"] {
        assert!(nets.body.contains(name), "{name} missing from the network page");
    }
    assert_eq!(k.get(&format!("/organisations/{fjordvik}")).await.status, StatusCode::OK);
    assert_eq!(k.get(&format!("/people/{someone}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(k.get(&format!("/organisations/{fjordvik}/people")).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn unit_pages_show_people_only_to_those_allowed() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let units = app.db.orgs().units(fjordvik).await.unwrap();
    let sector = units.iter().find(|u| u.parent.is_none()).unwrap();
    let mut e = app.signed_in("ansatt").await;
    let r = e.get(&format!("/units/{}", sector.id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("vises for ledere, HR og de som jobber her"), "an employee must not see a sector's people");
    let mut hr = app.signed_in("hr").await;
    let r = hr.get(&format!("/units/{}", sector.id)).await;
    assert!(!r.body.contains("vises for ledere, HR og de som jobber her"));
}

#[tokio::test]
async fn a_removed_role_takes_effect_at_once() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let people = format!("/organisations/{fjordvik}/people");
    assert_eq!(hr.get(&people).await.status, StatusCode::OK);
    let (u, _) = app.db.users().by_username("hr").await.unwrap().unwrap();
    let (gid, _) = app
        .db
        .users()
        .grants_with_ids(u.id)
        .await
        .unwrap()
        .into_iter()
        .find(|(_, g)| *g == saman_domain::Grant::Hr { org: fjordvik })
        .unwrap();
    let mut admin = app.signed_in("admin").await;
    admin.get(&format!("/admin/users/{}", u.id)).await;
    let r = admin.post(&format!("/admin/users/{}/grants/{gid}/delete", u.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(hr.get(&people).await.status, StatusCode::FORBIDDEN, "the signed-in user kept a removed role");
}
