//! Learning activities through the pages: HR builds an activity, people enrol (places, then
//! the waiting list), attendance is marked, completion grants the competence and the gap
//! analysis moves; and every step refuses those it does not belong to.

use crate::support::{Client, TestApp};
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use saman_domain::learning::EnrolStatus;
use saman_domain::{OrgId, PersonId, UnitId};

/// Oslo wall-clock time `days` from now, as a date-time field sends it.
fn at(days: i64, hour: u32) -> String {
    let d = Utc::now().with_timezone(&chrono_tz::Europe::Oslo).date_naive() + Duration::days(days);
    format!("{}T{hour:02}:00", d.format("%Y-%m-%d"))
}

fn id_from(location: &str, prefix: &str) -> i64 {
    location.trim_start_matches(prefix).split(['?', '#', '/']).next().unwrap().parse().unwrap_or_else(|_| panic!("no id in {location}"))
}

/// The unit "leder" leads (where "ansatt" works), and a catalogue competence with a validity
/// period that not everyone there holds.
async fn setting(app: &TestApp) -> (OrgId, UnitId, i64, Option<i64>) {
    let (u, _) = app.db.users().by_username("leder").await.unwrap().unwrap();
    let unit = app
        .db
        .users()
        .grants(u.id)
        .await
        .unwrap()
        .into_iter()
        .find_map(|g| match g {
            saman_domain::Grant::Leader { unit, .. } => Some(unit),
            _ => None,
        })
        .unwrap();
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let members: Vec<PersonId> =
        app.db.people().members_of(unit, Utc::now().date_naive()).await.unwrap().into_iter().map(|m| m.person).collect();
    for c in app.db.competences().catalogue(Some(org)).await.unwrap().into_iter().filter(|c| c.validity_months.is_some()) {
        let mut holders = 0;
        for p in &members {
            holders += app.db.holdings().of(*p).await.unwrap().iter().filter(|h| h.competence == c.id).count();
        }
        if holders < members.len() {
            return (org, unit, c.id.0, c.validity_months);
        }
    }
    panic!("every competence with a validity period is held by everyone");
}

/// People in the unit and below, and how many of them cover the requirement.
async fn covered(api: &mut Client, token: &str, unit: UnitId, requirement: i64) -> (usize, u64) {
    let r = api.api("GET", &format!("/api/v1/units/{}/gaps", unit.0), Some(token), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    let row = j["requirements"].as_array().unwrap().iter().find(|x| x["requirement_id"] == requirement).cloned();
    (j["people"].as_u64().unwrap() as usize, row.map_or(0, |x| x["covered"].as_u64().unwrap()))
}

#[tokio::test]
async fn an_activity_runs_from_enrolment_to_completion_and_the_gap_closes() {
    let app = TestApp::new().await;
    let (org, unit, competence, validity) = setting(&app).await;
    let token = app.token_for("hr").await;
    let mut api = app.client();
    let (headcount, _) = covered(&mut api, &token, unit, 0).await;
    assert!(headcount >= 3, "the care home has people to enrol");
    let requirement = app
        .db
        .competences()
        .add_requirement(
            &saman_store::Actor::system("test"),
            &saman_store::Requirement {
                id: 0,
                org,
                unit: Some(unit),
                position_code: None,
                competence: saman_store::CompetenceId(competence),
                min_level: 1,
                mandatory: true,
                min_count: Some(headcount as i64),
                alternatives: vec![],
            },
        )
        .await
        .unwrap();
    let (_, before) = covered(&mut api, &token, unit, requirement).await;
    assert!((before as usize) < headcount);

    let mut hr = app.signed_in("hr").await;
    let page = hr.get("/learning").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("href=\"/learning/new?org="), "HR is offered a new activity");
    let form = hr.get("/learning/new?handle=colleague").await;
    assert!(form.body.contains("Lær av sidemannen"), "a handle fills in the title");

    // A form with nothing in it says what is missing, and stores nothing.
    let before_count = app.db.learning().activities(org, saman_web_now()).await.unwrap().len();
    let r = hr.post("/learning", &[("org", &org.0.to_string()), ("kind", "course"), ("rule", "all")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ds-error-summary"));
    assert_eq!(app.db.learning().activities(org, saman_web_now()).await.unwrap().len(), before_count);

    let c = competence.to_string();
    let fields = [
        ("org", org.0.to_string()),
        ("kind", "course".into()),
        ("title", "Førstehjelp".into()),
        ("competence", c),
        ("level", "1".into()),
        ("rule", "all".into()),
        ("target", "600".into()),
    ];
    let r = hr.post("/learning", &fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let activity = id_from(r.location(), "/learning/");

    let r = hr.post(&format!("/learning/{activity}/cohorts"), &[("cohort_name", "Vårkullet"), ("capacity", "x")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "places must be a number");
    let cap = (headcount - 1).to_string();
    let r = hr.post(&format!("/learning/{activity}/cohorts"), &[("cohort_name", "Vårkullet"), ("capacity", &cap)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let cohort = app.db.learning().cohorts(activity).await.unwrap()[0].id;

    let r = hr.post(&format!("/cohorts/{cohort}/sessions"), &[("starts", &at(-2, 10)), ("ends", &at(-2, 9)), ("place", "Kantina")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a session ending before it starts is refused");
    assert!(r.body.contains("Slutten må være etter starten"));
    for day in [-2, -1] {
        let r =
            hr.post(&format!("/cohorts/{cohort}/sessions"), &[("starts", &at(day, 9)), ("ends", &at(day, 12)), ("place", "Kantina")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }

    // The nurse enrols herself; twice is refused.
    let me = app.person_of("ansatt").await;
    let mut nurse = app.signed_in("ansatt").await;
    let page = nurse.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains(&format!("action=\"/cohorts/{cohort}/enrol\"")));
    let r = nurse.post(&format!("/cohorts/{cohort}/enrol"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = nurse.post(&format!("/cohorts/{cohort}/enrol"), &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("allerede påmeldt"));

    // HR enrols the whole care home: free places first, the rest wait; never over capacity.
    hr.get(&format!("/learning/{activity}")).await;
    let r = hr.post(&format!("/cohorts/{cohort}/enrol"), &[("group", "1"), ("unit", &unit.0.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("already=1"), "{}", r.location());
    let status_count = |es: &[saman_store::Enrolment], s: EnrolStatus| es.iter().filter(|e| e.status == s).count();
    let es = app.db.learning().enrolments(cohort).await.unwrap();
    assert_eq!(status_count(&es, EnrolStatus::Enrolled), headcount - 1);
    assert_eq!(status_count(&es, EnrolStatus::Waiting), 1);

    // A place freed goes to the head of the waiting list.
    let waiting = es.iter().find(|e| e.status == EnrolStatus::Waiting).unwrap().person;
    let mine = es.iter().find(|e| e.person == me).unwrap().id;
    nurse.get(&format!("/learning/{activity}")).await;
    let r = nurse.post(&format!("/enrolments/{mine}/cancel"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let es = app.db.learning().enrolments(cohort).await.unwrap();
    assert_eq!(es.iter().find(|e| e.person == waiting).unwrap().status, EnrolStatus::Enrolled);
    assert_eq!(status_count(&es, EnrolStatus::Enrolled), headcount - 1);
    // She takes her place again, at the end of the queue.
    nurse.post(&format!("/cohorts/{cohort}/enrol"), &[]).await;
    let es = app.db.learning().enrolments(cohort).await.unwrap();
    assert_eq!(es.iter().find(|e| e.person == me).unwrap().status, EnrolStatus::Waiting);

    // Attendance at both sessions for everyone with a place but one; completion follows the rule.
    let sessions = app.db.learning().sessions(&[cohort]).await.unwrap();
    let placed: Vec<PersonId> = es.iter().filter(|e| e.status == EnrolStatus::Enrolled).map(|e| e.person).collect();
    let (absent, present) = placed.split_first().unwrap();
    for s in &sessions {
        let page = hr.get(&format!("/sessions/{}", s.id)).await;
        assert!(page.body.contains(&s.checkin_code), "the code is shown in the room");
        let f: Vec<(&str, String)> = present.iter().map(|p| ("present", p.0.to_string())).collect();
        let r = hr.post(&format!("/sessions/{}", s.id), &f.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = hr.get(&format!("/learning/{activity}")).await;
    assert_eq!(page.body.matches("Ikke begynt").count(), 1, "who has not started shows");
    let r = hr.post(&format!("/cohorts/{cohort}/complete"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains(&format!("completed={}&unmet=1", present.len())), "{}", r.location());
    let es = app.db.learning().enrolments(cohort).await.unwrap();
    assert_eq!(es.iter().find(|e| e.person == *absent).unwrap().status, EnrolStatus::Enrolled, "not completed without the rule met");
    let today = Utc::now().with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    for p in present {
        let h = app
            .db
            .holdings()
            .of(*p)
            .await
            .unwrap()
            .into_iter()
            .find(|h| h.competence.0 == competence)
            .expect("completion grants the competence");
        assert_eq!(h.obtained_on, Some(today));
        let months = chrono::Months::new(validity.unwrap() as u32);
        assert_eq!(h.expires_on, today.checked_add_months(months), "expiry follows the competence's validity");
        let history = app.db.holdings().history(*p).await.unwrap();
        assert!(history.iter().any(|e| e.action == "earned" && e.competence.0 == competence));
    }
    let (_, after) = covered(&mut api, &token, unit, requirement).await;
    assert!(after > before, "the gap analysis moves: {before} → {after}");
    let page = hr.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains(&format!("{} av 600 fullført", present.len())), "progress against the target");
}

/// An activity with nothing but a title and a rule; tests override the rest.
fn activity(title: &str, rule: saman_domain::learning::CompletionRule) -> saman_store::NewActivity {
    saman_store::NewActivity {
        kind: saman_domain::learning::ActivityKind::Course,
        handle: None,
        title: title.into(),
        description: String::new(),
        link: None,
        competence: None,
        level: None,
        rule,
        needs_approval: false,
        target: None,
        credits: None,
        follow_up_days: saman_domain::learning::FOLLOW_UP_DAYS,
    }
}

/// Now in Oslo, as the web layer reads it.
fn saman_web_now() -> chrono::NaiveDateTime {
    Utc::now().with_timezone(&chrono_tz::Europe::Oslo).naive_local()
}

#[tokio::test]
async fn each_step_refuses_those_it_does_not_belong_to() {
    let app = TestApp::new().await;
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let mut hr = app.signed_in("hr").await;
    hr.get("/learning/new").await;
    let r = hr
        .post(
            "/learning",
            &[("org", &org.0.to_string()), ("kind", "course"), ("title", "Etikk i praksis"), ("rule", "passed"), ("needs_approval", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let activity = id_from(r.location(), "/learning/");
    hr.post(&format!("/learning/{activity}/cohorts"), &[("cohort_name", "Høst"), ("capacity", "5")]).await;
    let cohort = app.db.learning().cohorts(activity).await.unwrap()[0].id;
    hr.post(&format!("/cohorts/{cohort}/sessions"), &[("starts", &at(3, 9)), ("ends", &at(3, 15)), ("place", "Rådhuset")]).await;
    let session = app.db.learning().sessions(&[cohort]).await.unwrap()[0].clone();

    // Another organisation does not see the activity at all.
    let mut other = app.signed_in("ansatt.sykehus").await;
    assert_eq!(other.get(&format!("/learning/{activity}")).await.status, StatusCode::NOT_FOUND);
    other.get("/learning").await;
    assert_eq!(other.post(&format!("/cohorts/{cohort}/enrol"), &[]).await.status, StatusCode::NOT_FOUND);

    // An employee asks for a place; it waits for her leader, not for herself.
    let me = app.person_of("ansatt").await;
    let mut nurse = app.signed_in("ansatt").await;
    nurse.get(&format!("/learning/{activity}")).await;
    assert_eq!(
        nurse.post("/learning", &[("org", &org.0.to_string()), ("kind", "course"), ("title", "x"), ("rule", "all")]).await.status,
        StatusCode::FORBIDDEN
    );
    let r = nurse.post(&format!("/cohorts/{cohort}/enrol"), &[]).await;
    assert!(r.location().contains("pending=1"), "{}", r.location());
    let e = app.db.learning().enrolments(cohort).await.unwrap().into_iter().find(|e| e.person == me).unwrap();
    assert_eq!(e.status, EnrolStatus::Pending);
    assert_eq!(nurse.post(&format!("/enrolments/{}/approve", e.id), &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        nurse.get(&format!("/sessions/{}", session.id)).await.status,
        StatusCode::FORBIDDEN,
        "only those who run the cohort mark attendance"
    );
    assert_eq!(nurse.post(&format!("/cohorts/{cohort}/complete"), &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(nurse.post(&format!("/cohorts/{cohort}/enrol"), &[("group", "1"), ("unit", "")]).await.status, StatusCode::FORBIDDEN);

    // A leader of another unit neither sees nor approves her.
    let mut school = app.signed_in("leder.skole").await;
    school.get(&format!("/learning/{activity}")).await;
    assert_eq!(school.post(&format!("/enrolments/{}/approve", e.id), &[]).await.status, StatusCode::NOT_FOUND);
    let mut leader = app.signed_in("leder").await;
    let page = leader.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains(&format!("/enrolments/{}/approve", e.id)), "her leader is asked to approve");
    assert_eq!(leader.post(&format!("/enrolments/{}/approve", e.id), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.learning().enrolment(e.id).await.unwrap().status, EnrolStatus::Enrolled);
    assert_eq!(leader.post(&format!("/enrolments/{}/approve", e.id), &[]).await.status, StatusCode::CONFLICT, "approving twice");

    // A leader enrolling her own unit still waits for approval herself.
    let (u, _) = app.db.users().by_username("leder").await.unwrap().unwrap();
    let unit = app.db.users().grants(u.id).await.unwrap().into_iter().find_map(|g| match g {
        saman_domain::Grant::Leader { unit, .. } => Some(unit),
        _ => None,
    });
    leader.get(&format!("/learning/{activity}")).await;
    let r = leader.post(&format!("/cohorts/{cohort}/enrol?by=group"), &[("group", "1"), ("unit", &unit.unwrap().0.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let boss = app.person_of("leder").await;
    let hers = app.db.learning().enrolments(cohort).await.unwrap().into_iter().find(|e| e.person == boss).unwrap();
    assert_eq!(hers.status, EnrolStatus::Pending);
    assert_eq!(
        leader.post(&format!("/enrolments/{}/approve", hers.id), &[]).await.status,
        StatusCode::FORBIDDEN,
        "nobody approves herself"
    );

    // Attendance for a session not yet held, and completion without the rule met, are refused.
    let page = hr.get(&format!("/sessions/{}", session.id)).await;
    assert!(page.body.contains("har ikke begynt"));
    let r = hr.post(&format!("/sessions/{}", session.id), &[("present", &me.0.to_string())]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(app.db.learning().attendance(cohort).await.unwrap().is_empty(), "nothing stored");
    let r = hr.post(&format!("/cohorts/{cohort}/complete"), &[]).await;
    assert!(r.location().contains("completed=0&"), "{}", r.location());
    assert_eq!(app.db.learning().enrolment(e.id).await.unwrap().status, EnrolStatus::Enrolled);

    // A facilitator HR names runs the cohort, until removed.
    let head = app.person_of("leder.skole").await;
    assert_eq!(school.get(&format!("/sessions/{}", session.id)).await.status, StatusCode::FORBIDDEN);
    hr.get(&format!("/learning/{activity}")).await;
    assert_eq!(hr.post(&format!("/cohorts/{cohort}/facilitators"), &[("facilitator", "")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        hr.post(&format!("/cohorts/{cohort}/facilitators"), &[("facilitator", &head.0.to_string())]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(school.get(&format!("/sessions/{}", session.id)).await.status, StatusCode::OK, "the facilitator opens the session");
    assert_eq!(
        school.post(&format!("/cohorts/{cohort}/facilitators/{}/delete", head.0), &[]).await.status,
        StatusCode::FORBIDDEN,
        "only HR names facilitators"
    );
    assert_eq!(hr.post(&format!("/cohorts/{cohort}/facilitators/{}/delete", head.0), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(school.get(&format!("/sessions/{}", session.id)).await.status, StatusCode::FORBIDDEN);

    // HR edits the activity and removes a session; the participant may do neither.
    assert_eq!(nurse.get(&format!("/learning/{activity}/edit")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(nurse.post(&format!("/sessions/{}/delete", session.id), &[]).await.status, StatusCode::FORBIDDEN);
    let form = hr.get(&format!("/learning/{activity}/edit")).await;
    assert!(form.body.contains("value=\"Etikk i praksis\""), "the form shows what is stored");
    let r = hr.post(&format!("/learning/{activity}/edit"), &[("kind", "course"), ("title", ""), ("rule", "passed")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = hr
        .post(
            &format!("/learning/{activity}/edit"),
            &[("kind", "course"), ("title", "Etikk i praksis, vår"), ("rule", "passed"), ("needs_approval", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.learning().activity(activity).await.unwrap().title, "Etikk i praksis, vår");

    // The session as a calendar file, in Norwegian time.
    let ics = nurse.get(&format!("/sessions/{}/calendar.ics", session.id)).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    assert!(ics.body.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo"));
    assert!(ics.body.contains(&format!("DTSTART;TZID=Europe/Oslo:{}", session.starts_at.format("%Y%m%dT%H%M%S"))));
    assert!(ics.body.contains("SUMMARY:Etikk i praksis\\, vår"));
    hr.get(&format!("/learning/{activity}")).await;
    assert_eq!(hr.post(&format!("/sessions/{}/delete", session.id), &[]).await.status, StatusCode::SEE_OTHER);
    assert!(app.db.learning().sessions(&[cohort]).await.unwrap().is_empty());
}

#[tokio::test]
async fn checking_in_with_the_code_marks_attendance_only_while_the_room_is_open() {
    let app = TestApp::new().await;
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let a = saman_store::NewActivity {
        kind: saman_domain::learning::ActivityKind::InHouse,
        ..activity("Velferdsteknologi", saman_domain::learning::CompletionRule::AtLeast(1))
    };
    let activity = app.db.learning().create_activity(&actor, org, &a).await.unwrap();
    let cohort = app.db.learning().create_cohort(&actor, activity, "Kull 1", 10, &[]).await.unwrap();
    let now = saman_web_now();
    let open =
        app.db.learning().add_session(&actor, cohort, now - Duration::minutes(10), now + Duration::hours(2), "Møterom 1").await.unwrap();
    let later = app
        .db
        .learning()
        .add_session(&actor, cohort, now + Duration::days(7), now + Duration::days(7) + Duration::hours(2), "Møterom 1")
        .await
        .unwrap();
    let me = app.person_of("ansatt").await;
    app.db.learning().enrol(&actor, cohort, &[me], None).await.unwrap();
    let open_code = app.db.learning().session(open).await.unwrap().checkin_code;
    let later_code = app.db.learning().session(later).await.unwrap().checkin_code;

    let mut nurse = app.signed_in("ansatt").await;
    nurse.get("/learning").await;
    let r = nurse.post("/learning/checkin", &[("code", "ZZZZZZ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Fant ingen samling"));
    let r = nurse.post("/learning/checkin", &[("code", &later_code)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a week early");
    let typed = open_code.to_lowercase();
    let r = nurse.post("/learning/checkin", &[("code", &format!(" {typed} "))]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Du er sjekket inn på Velferdsteknologi"));
    let att = app.db.learning().attendance(cohort).await.unwrap();
    assert!(att[&open].contains(&me));
    assert!(!att.contains_key(&later));
    // Someone not in the cohort cannot use the code.
    let mut hr = app.signed_in("hr").await;
    hr.get("/learning").await;
    assert_eq!(hr.post("/learning/checkin", &[("code", &open_code)]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_api_runs_an_activity_with_the_same_rules() {
    let app = TestApp::new().await;
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let hr = app.token_for("hr").await;
    let nurse = app.token_for("ansatt").await;
    let other = app.token_for("hr.lindoy").await;
    let mut api = app.client();
    let me = app.person_of("ansatt").await;

    let r = api
        .api(
            "POST",
            &format!("/api/v1/organisations/{}/activities", org.0),
            Some(&hr),
            Some(serde_json::json!({"kind": "course", "title": "", "completion_rule": "min:1"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["field"], "title");
    let r = api
        .api(
            "POST",
            &format!("/api/v1/organisations/{}/activities", org.0),
            Some(&nurse),
            Some(serde_json::json!({"kind": "course", "title": "Kurs"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "only HR creates activities");
    let r = api
        .api(
            "POST",
            &format!("/api/v1/organisations/{}/activities", org.0),
            Some(&other),
            Some(serde_json::json!({"kind": "course", "title": "Kurs"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "another organisation's HR does not see it");
    let r = api
        .api(
            "POST",
            &format!("/api/v1/organisations/{}/activities", org.0),
            Some(&hr),
            Some(serde_json::json!({"kind": "in_house", "title": "Velferdsteknologi", "completion_rule": "min:1", "target": 600})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let activity = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["completion_rule"], "min:1");

    let r = api
        .api(
            "POST",
            &format!("/api/v1/activities/{activity}/cohorts"),
            Some(&hr),
            Some(serde_json::json!({"name": "Kull 1", "capacity": 1})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let cohort = r.json()["cohorts"][0]["id"].as_i64().unwrap();
    let r = api
        .api(
            "POST",
            &format!("/api/v1/cohorts/{cohort}/sessions"),
            Some(&hr),
            Some(serde_json::json!({"starts_at": at(-1, 10), "ends_at": at(-1, 9), "place": "Rådhuset"})),
        )
        .await;
    assert_eq!((r.status, r.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("ends_at")));
    let r = api
        .api(
            "POST",
            &format!("/api/v1/cohorts/{cohort}/sessions"),
            Some(&hr),
            Some(serde_json::json!({"starts_at": at(-1, 9), "ends_at": at(-1, 11), "place": "Rådhuset"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let session = r.json()["id"].as_i64().unwrap();

    // One place: the nurse takes it, the next named person waits.
    let r = api.api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&nurse), Some(serde_json::json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["enrolled"], serde_json::json!([me.0]));
    let r = api.api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&nurse), Some(serde_json::json!({}))).await;
    assert_eq!((r.status, r.json()["code"].as_str()), (StatusCode::CONFLICT, Some("already-enrolled")));
    let someone = app.someone_in(org, &[me]).await;
    let r = api
        .api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&nurse), Some(serde_json::json!({"person_ids": [someone.0]})))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "an employee enrols only herself");
    let r = api
        .api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&hr), Some(serde_json::json!({"person_ids": [someone.0, me.0]})))
        .await;
    assert_eq!(r.json()["waiting"], serde_json::json!([someone.0]));
    assert_eq!(r.json()["already"], serde_json::json!([me.0]));
    let outsider = app.someone_in(app.org_id("Lindøy kommune").await, &[]).await;
    let r = api
        .api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&hr), Some(serde_json::json!({"person_ids": [outsider.0]})))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "a person from another organisation");

    // The nurse sees herself among the participants, HR sees both.
    let r = api.api("GET", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&nurse), None).await;
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    let r = api.api("GET", &format!("/api/v1/cohorts/{cohort}/enrolments"), Some(&hr), None).await;
    assert_eq!(r.json().as_array().unwrap().len(), 2);

    // Completion of someone without the rule met is refused; attendance then completion works.
    let r =
        api.api("POST", &format!("/api/v1/cohorts/{cohort}/completions"), Some(&hr), Some(serde_json::json!({"person_ids": [me.0]}))).await;
    assert_eq!((r.status, r.json()["code"].as_str()), (StatusCode::CONFLICT, Some("rule-not-met")));
    let r = api
        .api("POST", &format!("/api/v1/sessions/{session}/attendance"), Some(&nurse), Some(serde_json::json!({"person_ids": [me.0]})))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "a participant does not mark attendance");
    let r = api
        .api("POST", &format!("/api/v1/sessions/{session}/attendance"), Some(&hr), Some(serde_json::json!({"person_ids": [someone.0]})))
        .await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (StatusCode::CONFLICT, Some("not-enrolled")),
        "someone on the waiting list has no place"
    );
    let r = api
        .api("POST", &format!("/api/v1/sessions/{session}/attendance"), Some(&hr), Some(serde_json::json!({"person_ids": [me.0]})))
        .await;
    assert_eq!(r.json()["marked"], 1);
    let r = api.api("POST", &format!("/api/v1/cohorts/{cohort}/completions"), Some(&hr), Some(serde_json::json!({}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["completed"], serde_json::json!([me.0]));
    let r = api.api("GET", &format!("/api/v1/organisations/{}/activities", org.0), Some(&hr), None).await;
    let mine = r.json().as_array().unwrap().iter().find(|a| a["id"] == activity).cloned().unwrap();
    assert_eq!((mine["enrolled"].as_i64(), mine["completed"].as_i64(), mine["waiting"].as_i64()), (Some(1), Some(1), Some(1)));

    // Cancelling the waiting person changes no places; the completed nurse cannot be cancelled.
    let es = app.db.learning().enrolments(cohort).await.unwrap();
    let mine = es.iter().find(|e| e.person == me).unwrap().id;
    let r = api.api("DELETE", &format!("/api/v1/enrolments/{mine}"), Some(&nurse), None).await;
    assert_eq!((r.status, r.json()["code"].as_str()), (StatusCode::CONFLICT, Some("already-completed")));
    let r = api.api("GET", &format!("/api/v1/activities/{activity}"), Some(&other), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_personal_calendar_feed_lists_ones_sessions_behind_a_secret_address() {
    let app = TestApp::new().await;
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let a = saman_store::NewActivity {
        description: "Ta med permen".into(),
        ..activity("Demensomsorgens ABC, samling", saman_domain::learning::CompletionRule::AllSessions)
    };
    let activity = app.db.learning().create_activity(&actor, org, &a).await.unwrap();
    let cohort = app.db.learning().create_cohort(&actor, activity, "Kull", 10, &[]).await.unwrap();
    let other = app.db.learning().create_cohort(&actor, activity, "Annet kull", 10, &[]).await.unwrap();
    let t = chrono::NaiveDate::from_ymd_opt(2027, 3, 4).unwrap().and_hms_opt(9, 0, 0).unwrap();
    app.db.learning().add_session(&actor, cohort, t, t + Duration::hours(3), "Fjordtun").await.unwrap();
    app.db.learning().add_session(&actor, other, t, t + Duration::hours(3), "Et annet sted").await.unwrap();
    app.db.learning().enrol(&actor, cohort, &[app.person_of("ansatt").await], None).await.unwrap();

    let mut nurse = app.signed_in("ansatt").await;
    let page = nurse.get("/learning").await;
    assert!(page.body.contains("action=\"/learning/calendar\""));
    let r = nurse.post("/learning/calendar", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    let url = r.body.split("<code class=\"secret\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    let path = url.split_once("/calendar/").map(|(_, p)| format!("/calendar/{p}")).unwrap();
    let mut anyone = app.client();
    let feed = anyone.get(&path).await;
    assert_eq!(feed.status, StatusCode::OK, "the secret address needs no sign-in");
    assert!(feed.body.starts_with("BEGIN:VCALENDAR\r\n") && feed.body.ends_with("END:VCALENDAR\r\n"));
    let ours = app.db.learning().calendar(app.person_of("ansatt").await).await.unwrap().len();
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), ours, "every session of her cohorts");
    assert!(!feed.body.contains("Et annet sted"), "and none of a cohort she is not in");
    assert_eq!(feed.body.matches("SUMMARY:Demensomsorgens").count(), 1);
    assert!(feed.body.contains("DTSTART;TZID=Europe/Oslo:20270304T090000"));
    assert!(feed.body.contains("SUMMARY:Demensomsorgens ABC\\, samling"), "commas escaped");
    assert!(feed.body.contains("LOCATION:Fjordtun"));
    // A new address replaces the old one.
    nurse.get("/learning").await;
    nurse.post("/learning/calendar", &[]).await;
    assert_eq!(anyone.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anyone.get("/calendar/not-a-token/saman.ics").await.status, StatusCode::NOT_FOUND);
    // Each new address is in the audit log, without the secret.
    let log = app.db.audit().list(None, 200).await.unwrap();
    let made: Vec<_> = log.iter().filter(|e| e.entity == "calendar_token" && e.actor_name == "ansatt").collect();
    assert_eq!(made.len(), 2, "{made:?}");
    let secret = path.trim_start_matches("/calendar/").trim_end_matches("/saman.ics");
    assert!(made.iter().all(|e| !e.detail.contains(secret)));
}

#[tokio::test]
async fn transfer_follow_up_asks_participant_and_leader_once_each_when_due() {
    let app = TestApp::new().await;
    let org = app.db.people().person(app.person_of("ansatt").await).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let new = |title: &str, days: i64| saman_store::NewActivity {
        follow_up_days: days,
        ..activity(title, saman_domain::learning::CompletionRule::AtLeast(1))
    };
    let me = app.person_of("ansatt").await;
    let now = saman_web_now();
    let mut enrolments = vec![];
    for (title, days) in [("Forflytningsteknikk i praksis", 0), ("Ernæring hos eldre", 90)] {
        let activity = app.db.learning().create_activity(&actor, org, &new(title, days)).await.unwrap();
        let cohort = app.db.learning().create_cohort(&actor, activity, "Kull", 5, &[]).await.unwrap();
        let s = app
            .db
            .learning()
            .add_session(&actor, cohort, now - Duration::days(1), now - Duration::days(1) + Duration::hours(2), "Fjordtun")
            .await
            .unwrap();
        app.db.learning().enrol(&actor, cohort, &[me], None).await.unwrap();
        app.db.learning().mark_attendance(&actor, s, &[me], "facilitator", now).await.unwrap();
        app.db.learning().complete(&actor, cohort, None, now).await.unwrap();
        enrolments.push((activity, app.db.learning().enrolments(cohort).await.unwrap()[0].id));
    }
    let (activity, due) = enrolments[0];
    let (_, later) = enrolments[1];

    // The follow-up is sent by e-mail to her and to her leader, once.
    saman_web::notify::sweep(&app.db, Some("https://saman.fjordvik.no")).await.unwrap();
    saman_web::notify::sweep(&app.db, Some("https://saman.fjordvik.no")).await.unwrap();
    let mails = outbox(&app).await;
    let hers = app.db.people().person(app.person_of("ansatt").await).await.unwrap().email.unwrap();
    let boss = app.db.people().person(app.person_of("leder").await).await.unwrap().email.unwrap();
    let follow: Vec<_> = mails.iter().filter(|m| m.1.contains("Forflytningsteknikk i praksis")).collect();
    assert_eq!(follow.iter().filter(|m| m.0 == hers).count(), 1);
    assert_eq!(follow.iter().filter(|m| m.0 == boss).count(), 1);
    assert!(follow.iter().all(|m| m.2.contains("https://saman.fjordvik.no/learning#follow-ups")), "with a link to answer");
    assert!(!mails.iter().any(|m| m.1.contains("Ernæring hos eldre")), "not before the delay");

    let mut nurse = app.signed_in("ansatt").await;
    let page = nurse.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains(&format!("action=\"/enrolments/{due}/goal\"")));
    let r = nurse.post(&format!("/enrolments/{due}/goal"), &[("transfer_goal", " ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "an empty goal says what is missing");
    assert!(r.body.contains("ds-error-summary"));
    let r = nurse.post(&format!("/enrolments/{due}/goal"), &[("transfer_goal", "Bruke seilduk ved hver forflytning")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = nurse.get("/learning").await;
    assert!(page.body.contains(&format!("action=\"/enrolments/{due}/follow-up\"")), "a due follow-up is asked");
    assert!(page.body.contains("Bruke seilduk ved hver forflytning"), "with the goal agreed");
    assert!(!page.body.contains(&format!("action=\"/enrolments/{later}/follow-up\"")), "not before the delay");
    let r = nurse.post(&format!("/enrolments/{later}/follow-up"), &[("used", "yes")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "answering before it is due");
    let r = nurse.post(&format!("/enrolments/{due}/follow-up"), &[("used", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&format!("id=\"used-{due}-error\"")), "the message stands next to the question");
    let r =
        nurse.post(&format!("/enrolments/{due}/follow-up"), &[("used", "partly"), ("hinders", "Seilduken ligger på et annet bygg")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    nurse.get("/learning").await;
    let r = nurse.post(&format!("/enrolments/{due}/follow-up"), &[("used", "yes")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "once each");
    assert!(!nurse.get("/learning").await.body.contains(&format!("action=\"/enrolments/{due}/follow-up\"")));

    // Her leader is asked too; a leader elsewhere is not let in.
    let mut leader = app.signed_in("leder").await;
    let page = leader.get("/learning").await;
    assert!(page.body.contains(&format!("action=\"/enrolments/{due}/follow-up\"")), "the leader answers for the same course");
    assert_eq!(leader.post(&format!("/enrolments/{due}/follow-up"), &[("used", "yes")]).await.status, StatusCode::SEE_OTHER);
    let mut school = app.signed_in("leder.skole").await;
    school.get("/learning").await;
    assert_eq!(school.post(&format!("/enrolments/{due}/follow-up"), &[("used", "no")]).await.status, StatusCode::NOT_FOUND);

    // The results, without names; what hinders only for HR.
    let mut hr = app.signed_in("hr").await;
    let page = hr.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains("Seilduken ligger på et annet bygg"));
    let follow = app.db.learning().follow_up_results(activity).await.unwrap();
    assert_eq!(follow.counts.len(), 2);
    let page = nurse.get(&format!("/learning/{activity}")).await;
    assert!(page.body.contains("transfer-heading"), "everyone sees the chart");
    assert!(!page.body.contains("Seilduken ligger på et annet bygg"));
}

/// Mail waiting in the outbox: (recipient, subject, body).
async fn outbox(app: &TestApp) -> Vec<(String, String, String)> {
    let now = saman_store::now_unix() + 1_000_000_000;
    app.db.claim_mail(now, 0, 1000).await.unwrap().into_iter().map(|m| (m.recipient, m.subject, m.body)).collect()
}

#[tokio::test]
async fn people_are_told_by_e_mail_once_per_event_in_their_language() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let nurse_mail = app.db.people().person(me).await.unwrap().email.unwrap();
    let org = app.db.people().person(me).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let a = saman_store::NewActivity {
        follow_up_days: 0,
        ..activity("Tidlig oppdagelse av forverret tilstand", saman_domain::learning::CompletionRule::AtLeast(1))
    };
    let activity = app.db.learning().create_activity(&actor, org, &a).await.unwrap();
    let cohort = app.db.learning().create_cohort(&actor, activity, "Kull 1", 1, &[]).await.unwrap();
    let now = saman_web_now();
    app.db.learning().add_session(&actor, cohort, now + Duration::hours(20), now + Duration::hours(22), "Fjordtun").await.unwrap();
    let before = outbox(&app).await.len();

    // English for the nurse, who chose it.
    let (u, _) = app.db.users().by_username("ansatt").await.unwrap().unwrap();
    app.db.users().set_lang(&saman_store::Actor::system("test"), u.id, saman_domain::Lang::En).await.unwrap();
    let mut nurse = app.signed_in("ansatt").await;
    nurse.get(&format!("/learning/{activity}")).await;
    assert_eq!(nurse.post(&format!("/cohorts/{cohort}/enrol"), &[]).await.status, StatusCode::SEE_OTHER);
    let mails = outbox(&app).await;
    let mine: Vec<_> = mails.iter().filter(|m| m.0 == nurse_mail).collect();
    assert_eq!(mails.len(), before + 1);
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].1, "You have a place: Tidlig oppdagelse av forverret tilstand");
    assert!(mine[0].2.contains("Fjordtun"), "with the next session: {}", mine[0].2);

    // The next person waits; when the nurse cancels, they are told they have a place.
    let someone = app.someone_in(org, &[me]).await;
    app.db.learning().enrol(&actor, cohort, &[someone], None).await.unwrap();
    let e = app.db.learning().enrolments(cohort).await.unwrap().into_iter().find(|e| e.person == me).unwrap();
    nurse.get(&format!("/learning/{activity}")).await;
    nurse.post(&format!("/enrolments/{}/cancel", e.id), &[]).await;
    let theirs = app.db.people().person(someone).await.unwrap().email;
    let addr = theirs.expect("the demo gives everyone an e-mail address");
    assert!(
        outbox(&app).await.iter().any(|m| m.0 == addr && m.1.starts_with("Du har fått plass")),
        "promoted from the waiting list, in bokmål"
    );

    // The reminder a day before goes once, however often the sweep runs.
    saman_web::notify::sweep(&app.db, Some("https://saman.fjordvik.no")).await.unwrap();
    saman_web::notify::sweep(&app.db, Some("https://saman.fjordvik.no")).await.unwrap();
    let reminders = outbox(&app).await.into_iter().filter(|m| m.1.contains("tomorrow") || m.1.contains("i morgen")).count();
    assert_eq!(reminders, usize::from(theirs_has_mail(&app, someone).await));
}

async fn theirs_has_mail(app: &TestApp, p: PersonId) -> bool {
    app.db.people().person(p).await.unwrap().email.is_some()
}

#[tokio::test]
async fn completion_renews_a_holding_but_never_overwrites_a_better_one() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let org = app.db.people().person(me).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let skill = app
        .db
        .competences()
        .catalogue(Some(org))
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.scale == "proficiency")
        .expect("a skill on a 1–4 scale");
    let obtained = chrono::NaiveDate::from_ymd_opt(2020, 5, 1).unwrap();
    let input = saman_store::HoldingInput {
        competence: skill.id,
        level: 3,
        obtained_on: Some(obtained),
        expires_on: None,
        evidence: Some("Praksis".into()),
        source: "self",
    };
    let hid = app.db.holdings().save(&actor, org, me, &input).await.unwrap();
    app.db.holdings().verify(&actor, hid, app.db.users().by_username("leder").await.unwrap().unwrap().0.id).await.unwrap();
    let a = saman_store::NewActivity {
        kind: saman_domain::learning::ActivityKind::InHouse,
        competence: Some(skill.id),
        level: Some(1),
        follow_up_days: 90,
        ..activity("Grunnkurs", saman_domain::learning::CompletionRule::AllSessions)
    };
    let activity = app.db.learning().create_activity(&actor, org, &a).await.unwrap();
    let cohort = app.db.learning().create_cohort(&actor, activity, "Kull", 5, &[]).await.unwrap();
    app.db.learning().enrol(&actor, cohort, &[me], None).await.unwrap();
    let now = saman_web_now();
    let out = app.db.learning().complete(&actor, cohort, None, now).await.unwrap();
    assert!(out.completed.is_empty(), "every session of none is not met");
    let s = app.db.learning().add_session(&actor, cohort, now - Duration::hours(3), now - Duration::hours(1), "Fjordtun").await.unwrap();
    app.db.learning().mark_attendance(&actor, s, &[me], "facilitator", now).await.unwrap();
    assert_eq!(app.db.learning().mark_attendance(&actor, s, &[me], "checkin", now).await.unwrap(), 0, "marked twice changes nothing");
    let out = app.db.learning().complete(&actor, cohort, None, now).await.unwrap();
    assert_eq!(out.completed, vec![me]);
    let h = app.db.holdings().get(hid).await.unwrap();
    assert_eq!((h.level, h.obtained_on, h.source.as_str()), (3, Some(obtained), "verified"), "the better, verified holding stands");
    assert!(h.verified_at.is_some());
    let again = app.db.learning().complete(&actor, cohort, None, now).await.unwrap();
    assert!(again.completed.is_empty(), "completing twice grants nothing more");
}

#[tokio::test]
async fn mail_is_part_of_the_change_so_a_process_that_stops_after_the_commit_loses_none() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let nurse_mail = app.db.people().person(me).await.unwrap().email.unwrap();
    let org = app.db.people().person(me).await.unwrap().org;
    let actor = saman_store::Actor::system("test");
    let a = activity("Lindrende omsorg", saman_domain::learning::CompletionRule::AtLeast(1));
    let activity = app.db.learning().create_activity(&actor, org, &a).await.unwrap();
    let cohort = app.db.learning().create_cohort(&actor, activity, "Kull 1", 5, &[]).await.unwrap();
    // The change commits, and the process stops before it has told anyone.
    app.db.learning().enrol(&actor, cohort, &[me], None).await.unwrap();
    let told = |mails: &[(String, String, String)]| mails.iter().filter(|m| m.0 == nurse_mail && m.1.contains("Lindrende omsorg")).count();
    assert_eq!(told(&outbox(&app).await), 0);
    // Another process (or this one, a minute later) tells what was written with the change, once.
    let other = saman_web::AppState::new(app.db.clone(), saman_web::WebConfig::default());
    saman_web::notify::deliver(&other).await;
    saman_web::notify::deliver(&other).await;
    assert_eq!(told(&outbox(&app).await), 1);
    // A change that is refused leaves nothing to tell.
    let before = app.db.pending_notices(100).await.unwrap().len();
    assert!(app.db.learning().enrol(&actor, 999_999, &[me], None).await.is_err());
    assert_eq!(app.db.pending_notices(100).await.unwrap().len(), before);
}
