//! Practice notes: shared with those the author chose, searchable, removed only by the author.

use crate::support::TestApp;
use axum::http::StatusCode;

const NOTE: &str = "Sidemannen viste meg hvordan hun dokumenterer sårstellet rett i journalen";

#[tokio::test]
async fn a_practice_note_reaches_those_it_was_shared_with() {
    let app = TestApp::new().await;
    let mut nurse = app.signed_in("ansatt").await;
    let page = nurse.get("/learning/notes").await;
    assert_eq!(page.status, StatusCode::OK);
    let r = nurse.post("/learning/notes", &[("body", ""), ("source", "colleague"), ("visibility", "unit")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ds-error-summary"));
    let r =
        nurse.post("/learning/notes", &[("body", NOTE), ("source", "colleague"), ("handle", "colleague"), ("visibility", "unit")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut leader = app.signed_in("leder").await;
    let mut school = app.signed_in("leder.skole").await;
    let mut lindoy = app.signed_in("hr.lindoy").await;
    let sees = |body: &str| body.contains(NOTE);
    assert!(sees(&nurse.get("/learning/notes").await.body));
    assert!(sees(&leader.get("/learning/notes").await.body), "her unit's leader");
    assert!(!sees(&school.get("/learning/notes").await.body), "not another unit");

    let id = app.db.practice_notes(app.db.people().person(app.person_of("ansatt").await).await.unwrap().org).await.unwrap()[0].id;
    nurse.get("/learning/notes").await;
    nurse.post(&format!("/learning/notes/{id}/delete"), &[]).await;
    nurse.get("/learning/notes").await;
    nurse.post("/learning/notes", &[("body", NOTE), ("source", "colleague"), ("visibility", "network")]).await;
    assert!(sees(&school.get("/learning/notes").await.body));
    assert!(sees(&lindoy.get("/learning/notes?q=s%C3%A5rstell").await.body), "the network finds it, by an inflected form");
    assert!(!sees(&lindoy.get("/learning/notes?q=brannvern").await.body), "and not by an unrelated word");

    // Only the author removes it.
    let id = app.db.practice_notes(app.db.people().person(app.person_of("ansatt").await).await.unwrap().org).await.unwrap()[0].id;
    let r = leader.post(&format!("/learning/notes/{id}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = lindoy.post(&format!("/learning/notes/{id}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = nurse.post(&format!("/learning/notes/{id}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!sees(&lindoy.get("/learning/notes").await.body));
}
