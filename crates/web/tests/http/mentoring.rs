//! Mentoring programmes through the pages and the API: HR creates a programme, people sign
//! up, the matching pairs them optimally — never with their own leader — each pair sees why,
//! a declined pair is re-matched without touching accepted ones, and only the coordinator
//! runs it.

use crate::support::TestApp;
use axum::http::StatusCode;
use saman_domain::mentoring::PairState;

fn id_from(location: &str, prefix: &str) -> i64 {
    location.trim_start_matches(prefix).split(['?', '#', '/']).next().unwrap().parse().unwrap_or_else(|_| panic!("no id in {location}"))
}

#[tokio::test]
async fn a_programme_pairs_people_across_units_never_with_their_own_leader() {
    let app = TestApp::new().await;
    let mut hr = app.signed_in("hr").await;
    let r = hr
        .post(
            "/mentoring",
            &[
                ("title", "Første år som sykepleier"),
                ("description", "Mentor for nyutdannede."),
                ("kind", "mentoring"),
                ("reach", "org"),
                ("across_units", "preferred"),
                ("across_professions", "any"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = id_from(r.location(), "/mentoring/");

    let join = |role: &'static str, cap: &'static str, goals: &'static str| vec![("role", role), ("capacity", cap), ("goals", goals)];
    for (user, fields) in [
        ("leder", join("mentor", "1", "Dele erfaring med turnus og veiledning")),
        ("leder.skole", join("mentor", "1", "Veiledning av nye kolleger")),
        ("ansatt", join("mentee", "", "Trenger veiledning i første turnus")),
    ] {
        let mut c = app.signed_in(user).await;
        let r = c.post(&format!("/mentoring/{id}/join"), &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{user}: {}", r.body);
    }
    let r = hr.post(&format!("/mentoring/{id}/join"), &join("mentee", "", "Lære om ledelse")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut nurse = app.signed_in("ansatt").await;
    let twice = nurse.post(&format!("/mentoring/{id}/join"), &join("mentor", "2", "x")).await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "once per person");
    let bad = app
        .signed_in("leder.skole")
        .await
        .post(&format!("/mentoring/{id}/join"), &[("role", "mentor"), ("capacity", "0"), ("goals", "")])
        .await;
    assert_ne!(bad.status, StatusCode::SEE_OTHER);

    // Only the coordinator matches; outside the organisation the programme does not exist.
    assert_eq!(nurse.post(&format!("/mentoring/{id}/match"), &[]).await.status, StatusCode::FORBIDDEN);
    let mut lindoy = app.signed_in("hr.lindoy").await;
    assert_eq!(lindoy.get(&format!("/mentoring/{id}")).await.status, StatusCode::NOT_FOUND);

    assert_eq!(hr.post(&format!("/mentoring/{id}/match"), &[]).await.status, StatusCode::SEE_OTHER);
    let people = app.db.mentoring().participants(id).await.unwrap();
    let part = |user_person: saman_domain::PersonId| people.iter().find(|x| x.person == user_person).unwrap().id;
    let (leader, school, me, hr_p) = (
        part(app.person_of("leder").await),
        part(app.person_of("leder.skole").await),
        part(app.person_of("ansatt").await),
        part(app.person_of("hr").await),
    );
    let pairs = app.db.mentoring().pairs(id).await.unwrap();
    let live: Vec<(i64, i64)> = pairs.iter().filter(|x| x.state != PairState::Declined).map(|x| (x.mentor, x.mentee)).collect();
    assert!(!live.contains(&(leader, me)), "never one's own leader: {live:?}");
    assert_eq!(live.len(), 2, "both mentees paired: {live:?}");
    assert!(live.contains(&(school, me)) && live.contains(&(leader, hr_p)));
    let mine = pairs.iter().find(|x| x.mentee == me).unwrap();
    assert!(
        mine.reasons
            .iter()
            .any(|r| matches!(r, saman_domain::mentoring::Reason::SharedGoals(w) if w.iter().any(|x| x.starts_with("veiledning")))),
        "{:?}",
        mine.reasons
    );

    // She sees why; the coordinator cannot lock her with her own leader.
    let page = nurse.get("/mentoring").await;
    assert!(page.body.contains("Felles mål") && page.body.contains("På tvers av enheter"), "the pair says why");
    let lock =
        hr.post(&format!("/mentoring/{id}/rules"), &[("mentor", &leader.to_string()), ("mentee", &me.to_string()), ("rule", "lock")]).await;
    assert_eq!(lock.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(lock.body.contains("Reglene tillater ikke"), "{}", lock.body);

    // The leader and HR accept their pair; then she declines hers and is re-matched without touching it.
    let hr_pair = pairs.iter().find(|x| x.mentee == hr_p).unwrap().id;
    assert_eq!(nurse.post(&format!("/pairs/{hr_pair}/answer"), &[("answer", "yes")]).await.status, StatusCode::NOT_FOUND, "not her pair");
    assert_eq!(
        app.signed_in("leder").await.post(&format!("/pairs/{hr_pair}/answer"), &[("answer", "yes")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(hr.post(&format!("/pairs/{hr_pair}/answer"), &[("answer", "yes")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.mentoring().pair(hr_pair).await.unwrap().state, PairState::Accepted);
    let r = nurse.post(&format!("/pairs/{}/answer", mine.id), &[("answer", "no")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = app.db.mentoring().pairs(id).await.unwrap();
    assert_eq!(after.iter().find(|x| x.id == hr_pair).unwrap().state, PairState::Accepted, "the accepted pair stays");
    assert!(
        !after.iter().any(|x| x.mentee == me && x.state != PairState::Declined),
        "the declined pair is not proposed again, and her leader is not allowed: {after:?}"
    );
    let coord = hr.get(&format!("/mentoring/{id}")).await;
    let name = app.db.people().person(app.person_of("ansatt").await).await.unwrap();
    assert!(
        coord.body.contains("Uten par ennå") && coord.body.contains(&name.given_name),
        "the coordinator sees who is left without a pair"
    );
}

#[tokio::test]
async fn the_programme_api_refuses_those_it_does_not_belong_to() {
    let app = TestApp::new().await;
    let (hr, nurse, outsider) = (app.token_for("hr").await, app.token_for("ansatt").await, app.token_for("hr.lindoy").await);
    let mut api = app.client();
    let r = api
        .api(
            "POST",
            "/api/v1/programmes",
            Some(&hr),
            Some(serde_json::json!({"title": "Nye ledere", "description": "Mentor for nye ledere."})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        api.api("POST", "/api/v1/programmes", Some(&nurse), Some(serde_json::json!({"title": "x", "description": "y"}))).await.status,
        StatusCode::FORBIDDEN
    );
    let bad = api
        .api(
            "POST",
            &format!("/api/v1/programmes/{id}/participants"),
            Some(&nurse),
            Some(serde_json::json!({"role": "mentor", "goals": "Dele"})),
        )
        .await;
    assert_eq!((bad.status, bad.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("capacity")));
    let r = api
        .api(
            "POST",
            &format!("/api/v1/programmes/{id}/participants"),
            Some(&nurse),
            Some(serde_json::json!({"role": "mentee", "goals": "Lære ledelse"})),
        )
        .await;
    assert_eq!((r.status, r.json()["mentees"].as_u64()), (StatusCode::CREATED, Some(1)));
    assert_eq!(api.api("GET", &format!("/api/v1/programmes/{id}"), Some(&outsider), None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.api("POST", &format!("/api/v1/programmes/{id}/match"), Some(&nurse), None).await.status, StatusCode::FORBIDDEN);
    let r = api.api("POST", &format!("/api/v1/programmes/{id}/match"), Some(&hr), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["unmatched"].as_array().unwrap().len(), 1, "no mentor yet");
}
