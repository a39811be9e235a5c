//! The expert pool and evidence files: who sees what, through pages and the API.

use crate::support::TestApp;
use axum::http::StatusCode;

const NOTE: &str = "Viser gjerne hvordan vi gjør sårstell";

/// Searches as a signed-in user (one sign-in each: sign-ins are rate-limited per client).
async fn finds(c: &mut crate::support::Client) -> bool {
    let r = c.get("/experts?q=s%C3%A5rstellet").await;
    assert_eq!(r.status, StatusCode::OK);
    r.body.contains(NOTE)
}

fn as_refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn an_offer_is_seen_by_those_the_person_chose() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let h = app.db.holdings().of(me).await.unwrap().into_iter().next().expect("the demo employee holds something");
    let c = h.competence.to_string();
    let mut e = app.signed_in("ansatt").await;
    let form = e.get(&format!("/people/{me}/holdings/new")).await;
    assert!(form.body.contains("id=\"offer\""), "the employee is offered the form");
    let r = e.post(&format!("/people/{me}/offers"), &[("offer_competence", ""), ("note", NOTE), ("visibility", "unit")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a competence must be chosen");
    assert!(app.db.experts().of(me).await.unwrap().is_empty());
    let offer = |vis: &'static str| [("offer_competence", c.clone()), ("note", NOTE.to_string()), ("visibility", vis.to_string())];
    let fields = |f: &[(&'static str, String); 3]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let r = e.post(&format!("/people/{me}/offers"), &as_refs(&fields(&offer("unit")))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut leader = app.signed_in("leder").await;
    let mut school = app.signed_in("leder.skole").await;
    let mut lindoy = app.signed_in("hr.lindoy").await;
    let mut hospital = app.signed_in("ansatt.sykehus").await;

    assert!(finds(&mut e).await, "the person sees their own offer");
    assert!(finds(&mut leader).await, "the leader of the unit sees a unit offer");
    assert!(!finds(&mut school).await, "another unit does not");
    assert!(!finds(&mut lindoy).await, "another organisation does not");

    e.post(&format!("/people/{me}/offers"), &as_refs(&fields(&offer("org")))).await;
    assert_eq!(app.db.experts().of(me).await.unwrap().len(), 1, "one offer per competence, changed in place");
    assert!(finds(&mut school).await, "the organisation sees an organisation offer");
    assert!(!finds(&mut lindoy).await);

    e.post(&format!("/people/{me}/offers"), &as_refs(&fields(&offer("network")))).await;
    assert!(finds(&mut lindoy).await, "the network sees a network offer");
    assert!(finds(&mut hospital).await);

    // Through the API, with the same rule.
    let token = app.token_for("hr.lindoy").await;
    let mut api = app.client();
    let r = api.api("GET", "/api/v1/experts?q=s%C3%A5rstell", Some(&token), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let hits = r.json();
    let hit = hits.as_array().unwrap().iter().find(|x| x["note"] == NOTE).expect("found through the API");
    assert_eq!(hit["person_id"], me.0);
    assert!(hit["score"].as_u64().unwrap() > 0);

    // Only the person offers and withdraws.
    leader.get(&format!("/people/{me}")).await;
    let r = leader.post(&format!("/people/{me}/offers"), &[("offer_competence", c.as_str()), ("visibility", "org")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    hospital.get("/").await;
    let r = hospital.post(&format!("/people/{me}/offers"), &[("offer_competence", c.as_str()), ("visibility", "org")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let id = app.db.experts().of(me).await.unwrap()[0].id;
    let r = leader.post(&format!("/people/{me}/offers/{id}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = e.post(&format!("/people/{me}/offers/{id}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!finds(&mut lindoy).await, "a withdrawn offer is gone");
}

#[tokio::test]
async fn evidence_files_are_seen_by_those_who_see_the_person() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let h = app.db.holdings().of(me).await.unwrap().into_iter().next().unwrap();
    let hid = h.id.to_string();
    let mut e = app.signed_in("ansatt").await;
    e.get(&format!("/people/{me}/holdings/new")).await;
    let r = e.post_file_as(&format!("/people/{me}/files"), &[("holding", hid.as_str())], "evidence_file", "", b"").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ds-error-summary") && r.body.contains("href=\"#evidence_file\""), "{}", r.body);
    let pdf = b"%PDF-1.4 kursbevis";
    let r = e.post_file_as(&format!("/people/{me}/files"), &[("holding", hid.as_str())], "evidence_file", "Kursbevis ø.pdf", pdf).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let files = app.db.files().of_person(me).await.unwrap();
    assert_eq!(files.len(), 1);
    let fid = files[0].id;
    let page = e.get(&format!("/people/{me}")).await;
    assert!(page.body.contains(&format!("/files/{fid}")) && page.body.contains("Kursbevis ø.pdf"));
    let r = e.get(&format!("/files/{fid}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body.as_bytes(), pdf);
    assert!(r.headers[axum::http::header::CONTENT_DISPOSITION].to_str().unwrap().contains("attachment"));
    assert_eq!(app.signed_in("leder").await.get(&format!("/files/{fid}")).await.status, StatusCode::OK, "the leader sees it");
    assert_eq!(app.signed_in("ansatt.sykehus").await.get(&format!("/files/{fid}")).await.status, StatusCode::NOT_FOUND);
    let mut other = app.signed_in("leder.skole").await;
    assert_eq!(other.get(&format!("/files/{fid}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.post(&format!("/people/{me}/files/{fid}/delete"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(e.post(&format!("/people/{me}/files/{fid}/delete"), &[]).await.status, StatusCode::SEE_OTHER);
    assert!(app.db.files().of_person(me).await.unwrap().is_empty());
}
