//! Mobility through the pages: a school offers job shadowing, a care-home worker applies,
//! her leader approves, the school agrees dates and a contact, both sides evaluate, the
//! competence lands in her profile and the attestation prints — and every step refuses
//! those it does not belong to.

use crate::support::{Client, TestApp};
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use saman_domain::{Grant, UnitId};

fn id_from(location: &str, prefix: &str) -> i64 {
    location.trim_start_matches(prefix).split(['?', '#', '/']).next().unwrap().parse().unwrap_or_else(|_| panic!("no id in {location}"))
}

fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).format("%Y-%m-%d").to_string()
}

async fn led_unit(app: &TestApp, username: &str) -> UnitId {
    let (u, _) = app.db.users().by_username(username).await.unwrap().unwrap();
    app.db
        .users()
        .grants(u.id)
        .await
        .unwrap()
        .into_iter()
        .find_map(|g| match g {
            Grant::Leader { unit, .. } => Some(unit),
            _ => None,
        })
        .unwrap()
}

/// The school leader offers job shadowing to the network, building a catalogue competence;
/// returns the opportunity and the competence.
async fn offer(app: &TestApp, school: &mut Client, title: &str, extra: &[(&str, &str)]) -> (i64, i64) {
    let unit = led_unit(app, "leder.skole").await;
    let org = app.db.orgs().unit(unit).await.unwrap().org;
    let competence =
        app.db.competences().catalogue(Some(org)).await.unwrap().into_iter().find(|c| c.validity_months.is_none()).unwrap().id.0;
    let host = format!("unit:{}", unit.0);
    let c = competence.to_string();
    let mut fields = vec![
        ("direction", "offer"),
        ("kind", "hospitation"),
        ("title", title),
        ("description", "Bli med i klasserommet og se hvordan vi jobber med tilpasset opplæring."),
        ("host", host.as_str()),
        ("reach", "network"),
        ("places", "1"),
        ("percent", "100"),
        ("competence_1", c.as_str()),
    ];
    fields.extend_from_slice(extra);
    let r = school.post("/mobility", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    (id_from(r.location(), "/mobility/"), competence)
}

#[tokio::test]
async fn a_placement_runs_from_application_to_attestation_and_builds_the_profile() {
    let app = TestApp::new().await;
    let mut school = app.signed_in("leder.skole").await;
    let (opp, competence) = offer(&app, &mut school, "Hospitering i 5. klasse", &[]).await;

    // The care-home worker finds it and applies with proposed dates.
    let mut nurse = app.signed_in("ansatt").await;
    let list = nurse.get("/mobility").await;
    assert!(list.body.contains("Hospitering i 5. klasse"), "the offer is listed for the network");
    let (from, to) = (day(-2), day(2));
    let r = nurse
        .post(
            &format!("/mobility/{opp}/apply"),
            &[("starts_on", &from), ("ends_on", &to), ("motivation", "Jeg vil lære mer om tilpasset opplæring.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pid = id_from(r.location(), "/placements/");
    let again = nurse.post(&format!("/mobility/{opp}/apply"), &[("motivation", "En gang til")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "applying twice is refused");
    assert!(again.body.contains("allerede en søknad"), "{}", again.body);

    // The host cannot agree before the home leader has approved.
    let early = school
        .post(
            &format!("/placements/{pid}/accept"),
            &[("starts_on", &from), ("ends_on", &to), ("goals", "Se"), ("tasks", "Delta"), ("percent", "100"), ("contact", "1")],
        )
        .await;
    assert_ne!(early.status, StatusCode::SEE_OTHER, "no agreement before approval");
    // Nobody outside the placement sees it; the participant does not approve herself.
    let mut lindoy = app.signed_in("hr.lindoy").await;
    assert_eq!(lindoy.get(&format!("/placements/{pid}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lindoy.post(&format!("/placements/{pid}/approve"), &[("note", "")]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(nurse.post(&format!("/placements/{pid}/approve"), &[("note", "")]).await.status, StatusCode::FORBIDDEN);

    // Her leader approves; pay and terms stay at home.
    let mut leader = app.signed_in("leder").await;
    let todo = leader.get("/mobility").await;
    assert!(todo.body.contains(&format!("/placements/{pid}")), "the approval waits on the leader's list");
    let unconfirmed = leader.post(&format!("/placements/{pid}/approve"), &[("note", "Vikar er satt inn.")]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY, "approval confirms that pay and terms stay at home");
    assert!(unconfirmed.body.contains("href=\"#terms\""));
    let r = leader.post(&format!("/placements/{pid}/approve"), &[("terms", "1"), ("note", "Vikar er satt inn.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = app.db.mobility().placement(pid).await.unwrap();
    assert_eq!(p.stage.code(), "approved");
    assert_eq!(p.terms_note.as_deref(), Some("Vikar er satt inn."));
    assert_eq!(
        leader.post(&format!("/placements/{pid}/accept"), &[("starts_on", &from)]).await.status,
        StatusCode::FORBIDDEN,
        "the home leader is not the host"
    );

    // The school agrees dates, goals, tasks and a contact person.
    let contact = app.person_of("leder.skole").await.0.to_string();
    let page = school.get(&format!("/placements/{pid}")).await;
    assert!(page.body.contains("action=\"/placements/") && page.body.contains("/accept\""), "the host sees the agreement form");
    let bad = school
        .post(
            &format!("/placements/{pid}/accept"),
            &[("starts_on", &to), ("ends_on", &from), ("goals", ""), ("tasks", "x"), ("percent", "100"), ("contact", &contact)],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#ends_on\"") && bad.body.contains("href=\"#goals\""), "errors are named next to the fields");
    let r = school
        .post(
            &format!("/placements/{pid}/accept"),
            &[
                ("starts_on", &from),
                ("ends_on", &to),
                ("goals", "Se tilpasset opplæring i praksis"),
                ("tasks", "Observere undervisning, delta i planlegging"),
                ("percent", "100"),
                ("contact", &contact),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(app.db.mobility().placement(pid).await.unwrap().stage.code(), "agreed");

    // Once agreed, nobody declines it: the home leader and the host are told the stage is
    // wrong, by the page and the API alike; someone without a say is refused.
    for (client, user) in [(&mut leader, "leder"), (&mut school, "leder.skole")] {
        let page = client.post(&format!("/placements/{pid}/decline"), &[("note", "Likevel ikke")]).await;
        assert_eq!(page.status, StatusCode::CONFLICT, "{user}: {}", page.body);
        let token = app.token_for(user).await;
        let api = client
            .api("POST", &format!("/api/v1/placements/{pid}/decline"), Some(&token), Some(serde_json::json!({"note": "Likevel ikke"})))
            .await;
        assert_eq!(api.status, StatusCode::CONFLICT, "{user}: {}", api.body);
        assert_eq!(api.json()["code"], "mobility-refused-wrong-stage");
    }
    let token = app.token_for("ansatt").await;
    let api = nurse.api("POST", &format!("/api/v1/placements/{pid}/decline"), Some(&token), Some(serde_json::json!({"note": "Nei"}))).await;
    assert_eq!(api.status, StatusCode::FORBIDDEN);
    assert_eq!(nurse.post(&format!("/placements/{pid}/decline"), &[("note", "Nei")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.mobility().placement(pid).await.unwrap().stage.code(), "agreed");

    // The reflection log is hers and the contact's, not her leader's.
    let r = nurse.post(&format!("/placements/{pid}/log"), &[("body", "Dag 1: elevene fikk velge oppgaver selv.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(school.get(&format!("/placements/{pid}")).await.body.contains("elevene fikk velge"));
    assert!(!leader.get(&format!("/placements/{pid}")).await.body.contains("elevene fikk velge"), "the home leader does not read the log");
    assert_eq!(leader.post(&format!("/placements/{pid}/log"), &[("body", "x")]).await.status, StatusCode::FORBIDDEN);

    // Both sides evaluate; the second completes it and grants the competence.
    assert_eq!(
        leader.post(&format!("/placements/{pid}/evaluate"), &[("rating", "5"), ("learnt", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
    let r = nurse
        .post(&format!("/placements/{pid}/evaluate"), &[("rating", "5"), ("learnt", "Nye måter å dele opp oppgaver på."), ("improve", "")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let twice = nurse.post(&format!("/placements/{pid}/evaluate"), &[("rating", "4"), ("learnt", "igjen")]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY, "one evaluation per side");
    assert_eq!(
        nurse.get(&format!("/placements/{pid}/attestation")).await.status,
        StatusCode::CONFLICT,
        "no attestation before both sides have evaluated"
    );
    let r = school.post(&format!("/placements/{pid}/evaluate"), &[("rating", "4"), ("learnt", "Hun bidro med mye fra helsefaget.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = app.db.mobility().placement(pid).await.unwrap();
    assert_eq!(p.stage.code(), "completed");
    let held = app.db.holdings().of(p.person).await.unwrap();
    let h = held.iter().find(|h| h.competence.0 == competence).expect("the competence is in her profile");
    assert!(h.evidence.as_deref().unwrap_or_default().contains("Hospitering i 5. klasse"), "the placement is the evidence");

    let att = nurse.get(&format!("/placements/{pid}/attestation")).await;
    assert_eq!(att.status, StatusCode::OK);
    assert!(
        att.body.contains("Observere undervisning, delta i planlegging") && att.body.contains("100&nbsp;%"),
        "the attestation has tasks and percent"
    );
    assert_eq!(lindoy.get(&format!("/placements/{pid}/attestation")).await.status, StatusCode::NOT_FOUND);

    // The leader sees her lent out; the school sees her received; the coordinator sees numbers only.
    let name = p.person_name.clone();
    let flows = leader.get("/mobility/flows").await;
    assert_eq!(flows.status, StatusCode::OK);
    assert!(flows.body.contains(&name), "lent out from the care home");
    assert!(school.get("/mobility/flows").await.body.contains(&name), "received at the school");
    let mut coordinator = app.signed_in("koordinator").await;
    let network = coordinator.get("/mobility/flows").await;
    assert_eq!(network.status, StatusCode::OK);
    assert!(!network.body.contains(&name), "the coordinator sees flows, not people");
    assert_eq!(nurse.get("/mobility/flows").await.status, StatusCode::FORBIDDEN);
}

async fn agree(c: &mut Client, p: i64, from: &str, to: &str, contact: &str) -> crate::support::Resp {
    c.post(
        &format!("/placements/{p}/accept"),
        &[("starts_on", from), ("ends_on", to), ("goals", "Mål"), ("tasks", "Oppgaver"), ("percent", "100"), ("contact", contact)],
    )
    .await
}

#[tokio::test]
async fn places_and_dates_are_checked_when_the_host_agrees() {
    let app = TestApp::new().await;
    let mut school = app.signed_in("leder.skole").await;
    let year = (Utc::now().date_naive() + Duration::days(400)).format("%Y").to_string();
    let (opp, _) = offer(&app, &mut school, "Fast hospiteringsuke", &[("weeks", "12, 13"), ("year", year.as_str())]).await;
    let o = app.db.mobility().get(opp).await.unwrap();
    assert_eq!(o.periods.len(), 2, "two fixed weeks");
    let week12 = o.periods[0].starts_on.to_string();
    let (w12_from, w12_to) = (o.periods[0].starts_on.to_string(), o.periods[0].ends_on.to_string());

    // Two people from the care home apply for the same week; one place.
    let mut nurse = app.signed_in("ansatt").await;
    let r = nurse.post(&format!("/mobility/{opp}/apply"), &[("period", &week12), ("motivation", "Lære")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let first = id_from(r.location(), "/placements/");
    let missing = nurse.post(&format!("/mobility/{opp}/apply"), &[("period", "2001-01-01"), ("motivation", "Lære")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY, "a week that is not offered is refused");

    let actor = saman_store::Actor::system("test");
    let other = {
        let me = app.person_of("ansatt").await;
        let org = app.db.people().person(me).await.unwrap().org;
        app.someone_in(org, &[me, app.person_of("leder").await, app.person_of("leder.skole").await, app.person_of("hr").await]).await
    };
    let home = app.db.people().person(other).await.unwrap().org;
    let second = app.db.mobility().apply(&actor, opp, home, other, Some(o.periods[0]), "Lære").await.unwrap();
    for p in [first, second] {
        app.db.mobility().approve(&actor, p, None).await.unwrap();
    }
    let contact = app.person_of("leder.skole").await.0.to_string();
    let r = agree(&mut school, first, &w12_from, &w12_to, &contact).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let full = agree(&mut school, second, &w12_from, &w12_to, &contact).await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY, "the one place is taken that week");
    assert!(full.body.contains("Alle plassene er tatt"), "{}", full.body);
    assert_eq!(app.db.mobility().placement(second).await.unwrap().stage.code(), "approved", "nothing changed");

    // The first person cannot be agreed elsewhere in the same days.
    let (opp2, _) = offer(&app, &mut school, "Besøk på biblioteket", &[]).await;
    let me = app.person_of("ansatt").await;
    let org = app.db.people().person(me).await.unwrap().org;
    let p3 = app.db.mobility().apply(&actor, opp2, org, me, None, "Se").await.unwrap();
    app.db.mobility().approve(&actor, p3, None).await.unwrap();
    let overlap = agree(&mut school, p3, &w12_from, &w12_to, &contact).await;
    assert_eq!(overlap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(overlap.body.contains("overlapper"), "{}", overlap.body);
    let w13 = (o.periods[1].starts_on.to_string(), o.periods[1].ends_on.to_string());
    let ok = agree(&mut school, p3, &w13.0, &w13.1, &contact).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "another week is free: {}", ok.body);
}

#[tokio::test]
async fn a_request_goes_to_the_leader_then_any_host_in_reach_may_take_it_up() {
    let app = TestApp::new().await;
    let mut nurse = app.signed_in("ansatt").await;
    let r = nurse
        .post(
            "/mobility",
            &[
                ("direction", "request"),
                ("kind", "rotation"),
                ("title", "Rotasjon til skole"),
                ("description", "Vil lære om elever med særskilte behov."),
                ("reach", "org"),
                ("percent", "50"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let opp = id_from(r.location(), "/mobility/");
    let p = app.db.mobility().placements_of(opp).await.unwrap();
    assert_eq!(p.len(), 1, "the request is her placement");
    let pid = p[0].id;
    assert_eq!(p[0].stage.code(), "applied");

    // Outside the organisation nobody sees an organisation-wide request.
    let mut hospital = app.signed_in("ansatt.sykehus").await;
    assert_eq!(hospital.get(&format!("/mobility/{opp}")).await.status, StatusCode::NOT_FOUND);
    assert!(!hospital.get("/mobility").await.body.contains("Rotasjon til skole"));

    let mut school = app.signed_in("leder.skole").await;
    assert!(!school.get(&format!("/placements/{pid}")).await.body.contains("/accept\""), "no host before her leader approves");
    let mut leader = app.signed_in("leder").await;
    assert_eq!(leader.post(&format!("/placements/{pid}/approve"), &[("terms", "1"), ("note", "")]).await.status, StatusCode::SEE_OTHER);

    let page = school.get(&format!("/placements/{pid}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let unit = led_unit(&app, "leder.skole").await;
    let org = app.db.orgs().unit(unit).await.unwrap().org;
    let host_unit = format!("{}:{}", org.0, unit.0);
    assert!(page.body.contains(&host_unit), "the school leader may take her in at the school");
    let contact = app.person_of("leder.skole").await.0.to_string();
    let r = school
        .post(
            &format!("/placements/{pid}/accept"),
            &[
                ("host_unit", &host_unit),
                ("starts_on", &day(30)),
                ("ends_on", &day(60)),
                ("goals", "Mål"),
                ("tasks", "Assistent i klassen"),
                ("percent", "50"),
                ("contact", &contact),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = app.db.mobility().placement(pid).await.unwrap();
    assert_eq!((p.stage.code(), p.host_unit, p.percent), ("agreed", Some(unit), 50));
    let before = nurse.post(&format!("/placements/{pid}/evaluate"), &[("rating", "3"), ("learnt", "Tidlig")]).await;
    assert_eq!(before.status, StatusCode::UNPROCESSABLE_ENTITY, "no evaluation before the period begins");
}

#[tokio::test]
async fn the_api_takes_a_placement_through_the_same_steps_and_refusals() {
    let app = TestApp::new().await;
    let (school, nurse, leader, outsider) =
        (app.token_for("leder.skole").await, app.token_for("ansatt").await, app.token_for("leder").await, app.token_for("hr.lindoy").await);
    let unit = led_unit(&app, "leder.skole").await;
    let mut api = app.client();
    let r = api
        .api(
            "POST",
            "/api/v1/opportunities",
            Some(&school),
            Some(serde_json::json!({
                "kind": "visit", "title": "Besøk i 3. klasse", "description": "Se lesestunden.", "unit_id": unit.0,
                "reach": "org", "places": 1, "weeks": "10-11", "year": 2030
            })),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let opp = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["periods"].as_array().unwrap().len(), 2);
    let bad = api
        .api(
            "POST",
            "/api/v1/opportunities",
            Some(&school),
            Some(
                serde_json::json!({"kind": "visit", "title": "x", "description": "y", "unit_id": unit.0, "reach": "org", "weeks": "uke 9"}),
            ),
        )
        .await;
    assert_eq!((bad.status, bad.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("weeks")));
    assert_eq!(
        api.api("GET", &format!("/api/v1/opportunities/{opp}"), Some(&outsider), None).await.status,
        StatusCode::NOT_FOUND,
        "reach is the organisation"
    );

    let week10 = r.json()["periods"][0]["starts_on"].as_str().unwrap().to_string();
    let r = api
        .api(
            "POST",
            &format!("/api/v1/opportunities/{opp}/applications"),
            Some(&nurse),
            Some(serde_json::json!({"starts_on": week10, "motivation": "Lære"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let pid = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["stage"], "applied");
    let twice = api
        .api(
            "POST",
            &format!("/api/v1/opportunities/{opp}/applications"),
            Some(&nurse),
            Some(serde_json::json!({"starts_on": week10, "motivation": "Igjen"})),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(
        api.api("POST", &format!("/api/v1/placements/{pid}/approve"), Some(&nurse), Some(serde_json::json!({}))).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        api.api("POST", &format!("/api/v1/placements/{pid}/approve"), Some(&outsider), Some(serde_json::json!({}))).await.status,
        StatusCode::NOT_FOUND
    );
    let unconfirmed =
        api.api("POST", &format!("/api/v1/placements/{pid}/approve"), Some(&leader), Some(serde_json::json!({"note": "OK"}))).await;
    assert_eq!((unconfirmed.status, unconfirmed.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("terms_confirmed")));
    let r = api
        .api(
            "POST",
            &format!("/api/v1/placements/{pid}/approve"),
            Some(&leader),
            Some(serde_json::json!({"note": "OK", "terms_confirmed": true})),
        )
        .await;
    assert_eq!((r.status, r.json()["stage"].as_str()), (StatusCode::OK, Some("approved")), "{}", r.body);
    let contact = app.person_of("leder.skole").await.0;
    let agreement =
        serde_json::json!({"starts_on": week10, "ends_on": week10, "goals": "Se", "tasks": "Observere", "contact_person_id": contact});
    let r = api.api("POST", &format!("/api/v1/placements/{pid}/agreement"), Some(&school), Some(agreement.clone())).await;
    assert_eq!((r.status, r.json()["stage"].as_str()), (StatusCode::OK, Some("agreed")), "{}", r.body);
    let again = api.api("POST", &format!("/api/v1/placements/{pid}/agreement"), Some(&school), Some(agreement)).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "an agreed placement is not agreed twice");
    let early = api
        .api(
            "POST",
            &format!("/api/v1/placements/{pid}/evaluations"),
            Some(&nurse),
            Some(serde_json::json!({"rating": 4, "learnt": "Mye"})),
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "not before the period begins: {}", early.body);
    let got = api.api("GET", &format!("/api/v1/placements/{pid}"), Some(&nurse), None).await;
    assert_eq!((got.status, got.json()["terms_note"].as_str()), (StatusCode::OK, Some("OK")));
}

#[tokio::test]
async fn an_open_call_shares_the_fixed_weeks_among_the_approved_applicants() {
    let app = TestApp::new().await;
    let mut school = app.signed_in("leder.skole").await;
    let year = (Utc::now().date_naive() + Duration::days(400)).format("%Y").to_string();
    let (opp, _) = offer(&app, &mut school, "Hospiteringsuker", &[("weeks", "20, 21"), ("year", year.as_str())]).await;
    let o = app.db.mobility().get(opp).await.unwrap();
    let (w20, w21) = (o.periods[0], o.periods[1]);

    // Through the page: one asks for week 20, one for any week.
    let mut nurse = app.signed_in("ansatt").await;
    let page = nurse.get(&format!("/mobility/{opp}")).await;
    assert!(page.body.contains("value=\"any\""), "an applicant may take any of the weeks");
    let r = nurse.post(&format!("/mobility/{opp}/apply"), &[("period", "any"), ("motivation", "Hvilken som helst uke passer")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let flexible = id_from(r.location(), "/placements/");
    assert_eq!(app.db.mobility().placement(flexible).await.unwrap().period, None);

    let actor = saman_store::Actor::system("test");
    let me = app.person_of("ansatt").await;
    let org = app.db.people().person(me).await.unwrap().org;
    let accounts = [me, app.person_of("leder").await, app.person_of("leder.skole").await, app.person_of("hr").await];
    let a = app.someone_in(org, &accounts).await;
    let b = app.someone_in(org, &[accounts.as_slice(), &[a]].concat()).await;
    let first = app.db.mobility().apply(&actor, opp, org, a, Some(w20), "Uke 20").await.unwrap();
    let second = app.db.mobility().apply(&actor, opp, org, b, Some(w20), "Uke 20 også").await.unwrap();
    for p in [flexible, first, second] {
        app.db.mobility().approve(&actor, p, None).await.unwrap();
    }
    assert_eq!(
        nurse.post(&format!("/mobility/{opp}/allocate"), &[]).await.status,
        StatusCode::FORBIDDEN,
        "only the host shares out the weeks"
    );
    let r = school.post(&format!("/mobility/{opp}/allocate"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().contains("allocated=2&left=1"), "{}", r.location());
    let weeks = |p: i64| {
        let db = app.db.clone();
        async move { db.mobility().placement(p).await.unwrap().period }
    };
    let (f, x, y) = (weeks(flexible).await, weeks(first).await, weeks(second).await);
    assert_eq!(f, Some(w21), "the flexible one takes the other week, so one of the two gets week 20");
    assert!(
        x == Some(w20) && y.is_none() || y == Some(w20) && x.is_none(),
        "one place in week 20; the other waits without a week: {x:?} {y:?}"
    );
    let school_token = app.token_for("leder.skole").await;
    let again = app.client().api("POST", &format!("/api/v1/opportunities/{opp}/allocation"), Some(&school_token), None).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(
        (again.json()["placed"].as_array().unwrap().len(), again.json()["left_out"].as_array().unwrap().len()),
        (2, 1),
        "the same allocation again"
    );
    let shown = school.get(r.location()).await;
    assert!(shown.body.contains("2 søkere fikk en uke") && shown.body.contains("Én fikk ikke plass"), "{}", shown.body);
}
