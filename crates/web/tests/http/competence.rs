//! Competence profiles, requirements and gap analysis, through pages and the API.

use crate::support::TestApp;
use axum::http::StatusCode;
use saman_domain::UnitId;
use saman_store::CompetenceRow;

async fn competence(app: &TestApp, key: &str) -> CompetenceRow {
    app.db.competences().catalogue(None).await.unwrap().into_iter().find(|c| c.key == key).unwrap_or_else(|| panic!("no {key}"))
}

/// The care home the demo's `leder` leads and `ansatt` works in.
async fn care_home(app: &TestApp) -> UnitId {
    let (u, _) = app.db.users().by_username("leder").await.unwrap().unwrap();
    match app.db.users().grants(u.id).await.unwrap().into_iter().find_map(|g| match g {
        saman_domain::Grant::Leader { unit, .. } => Some(unit),
        _ => None,
    }) {
        Some(u) => u,
        None => panic!("leder leads nothing"),
    }
}

#[tokio::test]
async fn an_employee_adds_a_holding_and_bad_input_changes_nothing() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let med = competence(&app, "legemiddelhandtering").await;
    let before = app.db.holdings().of(me).await.unwrap().len();
    let mut e = app.signed_in("ansatt").await;
    e.get(&format!("/people/{me}")).await;
    let id = med.id.to_string();
    let r = e.post(&format!("/people/{me}/holdings"), &[("competence", id.as_str()), ("level", "1"), ("obtained_on", "31.02.2025")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Ugyldig dato") && r.body.contains("href=\"#obtained_on\""), "{}", r.body);
    let r = e
        .post(
            &format!("/people/{me}/holdings"),
            &[("competence", id.as_str()), ("level", "1"), ("obtained_on", "01.02.2025"), ("expires_on", "01.01.2025")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.db.holdings().of(me).await.unwrap().len(), before, "refused input stored nothing");
    let r = e.post(&format!("/people/{me}/holdings"), &[("competence", id.as_str()), ("level", "1"), ("obtained_on", "01.02.2025")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let h = app.db.holdings().of(me).await.unwrap().into_iter().find(|h| h.competence == med.id).expect("saved");
    assert_eq!(h.source, "self");
    let months = med.validity_months.expect("medication administration has a validity period");
    assert_eq!(
        h.expires_on,
        chrono::NaiveDate::from_ymd_opt(2025, 2, 1).and_then(|d| d.checked_add_months(chrono::Months::new(months as u32))),
        "expiry follows from the validity period"
    );
    let page = e.get(&format!("/people/{me}")).await;
    assert!(page.body.contains(&med.name_nb));
    // The employee cannot confirm their own competence.
    let r = e.post(&format!("/people/{me}/holdings/{}/verify", h.id), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_leader_confirms_and_others_are_refused() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let med = competence(&app, "legemiddelhandtering").await;
    let mut e = app.signed_in("ansatt").await;
    e.get(&format!("/people/{me}")).await;
    let id = med.id.to_string();
    e.post(&format!("/people/{me}/holdings"), &[("competence", id.as_str()), ("level", "1")]).await;
    let h = app.db.holdings().of(me).await.unwrap().into_iter().find(|h| h.competence == med.id).unwrap();
    let mut leader = app.signed_in("leder").await;
    leader.get(&format!("/people/{me}")).await;
    let r = leader.post(&format!("/people/{me}/holdings/{}/verify", h.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.db.holdings().get(h.id).await.unwrap().verified_at.is_some());
    // A colleague may not touch the profile, and HR in another municipality does not see it.
    let boss = app.person_of("leder").await;
    let r = e.post(&format!("/people/{boss}/holdings"), &[("competence", id.as_str()), ("level", "1")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let mut other_hr = app.signed_in("hr.lindoy").await;
    other_hr.get("/").await;
    let r = other_hr.post(&format!("/people/{me}/holdings/{}/delete", h.id), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(app.db.holdings().get(h.id).await.is_ok());
    let history = app.db.holdings().history(me).await.unwrap();
    assert!(history.iter().any(|ev| ev.action == "verify" && ev.actor_name == "leder"));
}

#[tokio::test]
async fn gap_analysis_moves_when_holdings_change() {
    let app = TestApp::new().await;
    let unit = care_home(&app).await;
    let first_aid = competence(&app, "hlr-hjertestarter").await;
    let mut leader = app.signed_in("leder").await;
    leader.get(&format!("/units/{unit}/gaps")).await;
    let id = first_aid.id.to_string();
    let r = leader
        .post(
            &format!("/units/{unit}/requirements"),
            &[("competence", id.as_str()), ("applies_to", "unit"), ("min_count", "0"), ("min_level", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a count of 0 is refused");
    let r = leader
        .post(
            &format!("/units/{unit}/requirements"),
            &[("competence", id.as_str()), ("applies_to", "code"), ("position_code", "7174"), ("min_level", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "position-code requirements are HR's");
    let r = leader
        .post(
            &format!("/units/{unit}/requirements"),
            &[("competence", id.as_str()), ("applies_to", "unit"), ("min_count", "100"), ("min_level", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let token = app.token_for("leder").await;
    // The demo may set requirements of its own; ours is the one needing 100.
    let gaps = |c: serde_json::Value| {
        c["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["competence_key"] == "hlr-hjertestarter" && r["required"] == 100)
            .cloned()
            .unwrap()
    };
    let before = gaps(leader.api("GET", &format!("/api/v1/units/{unit}/gaps"), Some(&token), None).await.json());
    assert_eq!(before["required"], 100);
    let me = app.person_of("ansatt").await;
    let already =
        app.db.holdings().of(me).await.unwrap().iter().any(|h| h.competence == first_aid.id && h.valid_on(chrono::Utc::now().date_naive()));
    let r = leader.api("POST", &format!("/api/v1/people/{me}/holdings"), Some(&token), Some(serde_json::json!({"competence_id": first_aid.id.0, "level": 1, "obtained_on": chrono::Utc::now().date_naive().to_string()}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let after = gaps(leader.api("GET", &format!("/api/v1/units/{unit}/gaps"), Some(&token), None).await.json());
    let expected = before["covered"].as_u64().unwrap() + u64::from(!already);
    assert_eq!(after["covered"].as_u64().unwrap(), expected, "the gap analysis did not move");
    assert_eq!(after["missing"].as_u64().unwrap(), 100 - expected);
    let page = leader.get(&format!("/units/{unit}/gaps")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&first_aid.name_nb));
    let csv = leader.get(&format!("/units/{unit}/gaps.csv")).await;
    assert!(csv.body.contains(&format!("{};", first_aid.name_nb)) && csv.body.contains(&format!(";100;{expected};")), "{}", csv.body);
}

#[tokio::test]
async fn gap_names_are_hidden_from_the_coordinator_and_other_municipalities_are_refused() {
    let app = TestApp::new().await;
    let unit = care_home(&app).await;
    let mut k = app.signed_in("koordinator").await;
    let r = k.get(&format!("/units/{unit}/gaps")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Navn vises for ledere og HR."));
    let mut other = app.signed_in("hr.lindoy").await;
    assert_eq!(other.get(&format!("/units/{unit}/gaps")).await.status, StatusCode::NOT_FOUND);
    let token = app.token_for("hr.lindoy").await;
    assert_eq!(other.api("GET", &format!("/api/v1/units/{unit}/gaps"), Some(&token), None).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_catalogue_is_searchable_in_every_language_and_hr_extends_it() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let r = hr.get("/competences?q=SMITTEVERN").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("mittevern"), "case-insensitive search");
    let org = fjordvik.to_string();
    hr.get("/competences").await;
    let r = hr.post("/competences", &[("organisation", org.as_str()), ("name_nb", ""), ("kind", "course"), ("category", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let cat = saman_catalogue::default_catalogue_ref().categories[0].key.clone();
    let r = hr
        .post(
            "/competences",
            &[
                ("organisation", org.as_str()),
                ("name_nb", "Fjordvik-kurs i sjøsikkerhet"),
                ("name_nn", "Fjordvik-kurs i sjøtryggleik"),
                ("name_en", "Fjordvik sea safety course"),
                ("kind", "course"),
                ("category", cat.as_str()),
                ("validity_months", "36"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(hr.get("/competences?q=sj%C3%B8sikkerhet").await.body.contains("Fjordvik-kurs"));
    // Another municipality does not see it.
    let mut other = app.signed_in("hr.lindoy").await;
    assert!(!other.get("/competences?q=sj%C3%B8sikkerhet").await.body.contains("Fjordvik-kurs"));
    let mut e = app.signed_in("ansatt").await;
    e.get("/competences").await;
    let r = e
        .post(
            "/competences",
            &[
                ("organisation", org.as_str()),
                ("name_nb", "x"),
                ("name_nn", "x"),
                ("name_en", "x"),
                ("kind", "course"),
                ("category", cat.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_catalogue_downloads_as_a_moodle_framework_that_imports_back() {
    let app = TestApp::new().await;
    let mut hr = app.signed_in("hr").await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let r = hr.get(&format!("/competences/moodle.csv?organisation={fjordvik}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with("\"Parent ID number\"") || r.body.starts_with("Parent ID number"), "{}", &r.body[..80.min(r.body.len())]);
    let back = saman_catalogue::moodle::import(r.body.as_bytes(), saman_domain::Lang::Nb).expect("Moodle's format reads back");
    let catalogue = app.db.competences().catalogue(Some(fjordvik)).await.unwrap();
    assert_eq!(back.competences.len(), catalogue.len(), "every competence the organisation uses, once");
    assert!(back.competence("legemiddelhandtering").is_some());
}

#[tokio::test]
async fn the_forecast_shows_departures_by_horizon_and_refuses_bad_assumptions() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let root = app.db.orgs().units(fjordvik).await.unwrap().into_iter().find(|u| u.parent.is_none()).unwrap().id;
    let mut hr = app.signed_in("hr").await;
    let r = hr.get(&format!("/units/{root}/forecast")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Aldersprofil") && r.body.contains("Forventet avgang"));
    let r = hr.get(&format!("/units/{root}/forecast?turnover=80")).await;
    assert!(r.body.contains("Ugyldig verdi"), "an out-of-range assumption is named");
    let token = app.token_for("hr").await;
    let f = hr.api("GET", &format!("/api/v1/units/{root}/forecast"), Some(&token), None).await.json();
    let leavers: Vec<f64> = f["total"]["leavers"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(leavers.len(), 4);
    assert!(leavers.windows(2).all(|w| w[0] <= w[1]), "departures grow with the horizon: {leavers:?}");
    assert!(leavers[3] <= f["people"].as_f64().unwrap());
    // With no turnover and nobody retiring before 70, fewer leave.
    let calm = hr.api("GET", &format!("/api/v1/units/{root}/forecast?turnover=0&r62=0&r67=0&r70=100"), Some(&token), None).await.json();
    assert!(calm["total"]["leavers"][1].as_f64().unwrap() < leavers[1]);
    let bad = hr.api("GET", &format!("/api/v1/units/{root}/forecast?turnover=-1"), Some(&token), None).await;
    assert_eq!((bad.status, bad.json()["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("turnover")));
    let mut other = app.signed_in("hr.lindoy").await;
    assert_eq!(other.get(&format!("/units/{root}/forecast")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_gap_analysis_downloads_as_a_spreadsheet_with_the_same_numbers() {
    let app = TestApp::new().await;
    let unit = care_home(&app).await;
    let mut leader = app.signed_in("leder").await;
    let token = app.token_for("leder").await;
    let gaps = leader.api("GET", &format!("/api/v1/units/{unit}/gaps"), Some(&token), None).await.json();
    let r = leader.get(&format!("/units/{unit}/gaps.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    let table = saman_import::read_table(&r.bytes, "gaps.xlsx").expect("a spreadsheet Excel can open");
    assert_eq!(table.header[..5], ["Kompetanse", "Gjelder", "Trenger", "Har", "Mangler"]);
    let rows = gaps["requirements"].as_array().unwrap();
    assert_eq!(table.rows.len(), rows.len());
    for ((_, cells), row) in table.rows.iter().zip(rows) {
        assert_eq!(cells[2], row["required"].to_string());
        assert_eq!(cells[3], row["covered"].to_string());
        assert_eq!(cells[4], row["missing"].to_string());
    }
    let mut other = app.signed_in("ansatt.sykehus").await;
    assert_eq!(other.get(&format!("/units/{unit}/gaps.xlsx")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_forecast_downloads_per_code_and_per_unit() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let root = app.db.orgs().units(fjordvik).await.unwrap().into_iter().find(|u| u.parent.is_none()).unwrap().id;
    let mut hr = app.signed_in("hr").await;
    let page = hr.get(&format!("/units/{root}/forecast")).await;
    assert!(page.body.contains("Per enhet under"), "the page breaks the forecast down by unit");
    let r = hr.get(&format!("/units/{root}/forecast.csv")).await;
    assert_eq!(r.status, StatusCode::OK);
    let lines: Vec<&str> = r.body.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("Stillingskode eller enhet;Ansatte;Avganger innen 1 år"), "{}", lines[0]);
    assert!(lines.iter().any(|l| l.starts_with("stillingskode ")), "per position code");
    assert!(lines.len() > 3);
    assert_eq!(hr.get(&format!("/units/{root}/forecast.csv?turnover=99")).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_moodle_framework_adds_new_competences_to_the_organisation() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let export = hr.get("/competences/moodle.csv").await.body;
    let line = export.lines().find(|l| l.contains(",legemiddelhandtering,")).expect("medication administration is exported").to_string();
    let new_line = line.replacen(",legemiddelhandtering,", ",eget-demenskurs,", 1);
    let file = format!("{}\n{new_line}\n", export.trim_end());
    let before = app.db.competences().catalogue(Some(org)).await.unwrap().len();
    hr.get("/competences").await;
    let o = org.to_string();
    let r = hr.post_file_as("/competences/moodle", &[("organisation", &o)], "moodle_file", "rammeverk.csv", file.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("1 kompetanser lagt til"), "{}", r.body);
    let after = app.db.competences().catalogue(Some(org)).await.unwrap();
    assert_eq!(after.len(), before + 1);
    assert!(after.iter().any(|c| c.key == "eget-demenskurs" && c.org == Some(org)));
    // A broken file is refused with its line, and adds nothing.
    let broken = format!("{}\nnowhere,x-1,Kurs,,,,,,,,,,,\n", export.trim_end());
    let r = hr.post_file_as("/competences/moodle", &[("organisation", &o)], "moodle_file", "feil.csv", broken.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("Linje ") && r.body.contains("nowhere"), "{}", r.body);
    assert_eq!(app.db.competences().catalogue(Some(org)).await.unwrap().len(), before + 1);
    // Only HR.
    let mut leader = app.signed_in("leder").await;
    leader.get("/competences").await;
    let r = leader.post_file_as("/competences/moodle", &[("organisation", &o)], "moodle_file", "rammeverk.csv", file.as_bytes()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_whole_organisation_has_a_gap_page_and_either_teacher_education_counts() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let r = hr.get(&format!("/organisations/{org}/gaps")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Kompetansekartlegging: Fjordvik kommune"), "{}", r.body);
    assert!(r.body.contains("enheter (antallene lagt sammen)"), "unit requirements are summed per competence for the whole organisation");
    // The API gives the same totals: every unit requirement counted once, in one total.
    let api = hr.api("GET", &format!("/api/v1/organisations/{org}/gaps"), Some(&app.token_for("hr").await), None).await.json();
    let unit_rows: Vec<&serde_json::Value> = api["requirements"].as_array().unwrap().iter().filter(|r| !r["unit_id"].is_null()).collect();
    let totals = api["unit_totals"].as_array().unwrap();
    assert!(!totals.is_empty() && totals.len() < unit_rows.len(), "the demo sets the same need in several units");
    let sum = |rows: &mut dyn Iterator<Item = &serde_json::Value>, f: &str| rows.map(|x| x[f].as_u64().unwrap()).sum::<u64>();
    assert_eq!(sum(&mut totals.iter(), "units"), unit_rows.len() as u64);
    assert_eq!(sum(&mut totals.iter(), "required"), sum(&mut unit_rows.iter().copied(), "required"));
    assert_eq!(sum(&mut totals.iter(), "missing"), sum(&mut unit_rows.iter().copied(), "missing"));
    let r = hr.get(&format!("/organisations/{org}/gaps.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(saman_import::read_table(&r.bytes, "x.xlsx").is_ok());
    let mut other = app.signed_in("ansatt.sykehus").await;
    assert_eq!(
        other.get(&format!("/organisations/{org}/gaps")).await.status,
        StatusCode::NOT_FOUND,
        "another organisation's gaps are not found"
    );

    // The teacher requirement accepts either teacher education, through the page and the API.
    let one_to_seven = competence(&app, "grunnskolelaererutdanning-1-7").await;
    let reqs = app.db.competences().requirements(org).await.unwrap();
    let teachers =
        reqs.iter().find(|r| r.position_code.as_deref() == Some("7954")).expect("the demo requires teacher education of teachers");
    assert_eq!(teachers.alternatives, vec![one_to_seven.id]);
    assert!(r_has_teachers(&app, org).await, "the demo has teachers in Fjordvik");
    assert!(hr.get(&format!("/organisations/{org}/gaps")).await.body.contains(&format!("eller {}", one_to_seven.name_nb)));
    let root = app.db.orgs().units(org).await.unwrap().into_iter().find(|u| u.parent.is_none()).unwrap().id;
    let token = app.token_for("hr").await;
    let fire = competence(&app, "brannvern").await;
    let body = serde_json::json!({"competence_id": med_id(&app).await, "min_count": 2, "alternative_competence_ids": [fire.id.0]});
    let r = hr.api("POST", &format!("/api/v1/units/{root}/requirements"), Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert!(r.json().as_array().unwrap().iter().any(|x| x["alternative_competence_ids"] == serde_json::json!([fire.id.0])));
    let bad = serde_json::json!({"competence_id": fire.id.0, "min_count": 2, "alternative_competence_ids": [999999]});
    let r = hr.api("POST", &format!("/api/v1/units/{root}/requirements"), Some(&token), Some(bad)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["field"], "alternative_competence_ids");
}

async fn r_has_teachers(app: &TestApp, org: saman_domain::OrgId) -> bool {
    app.db.people().positions_in(org, None, 100_000, 0).await.unwrap().iter().any(|p| p.position_code.as_deref() == Some("7954"))
}

async fn med_id(app: &TestApp) -> i64 {
    competence(app, "legemiddelhandtering").await.id.0
}

#[tokio::test]
async fn a_holding_expires_by_the_same_rule_from_the_page_and_the_api() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let all = app.db.competences().catalogue(None).await.unwrap();
    let mut lasting = all.iter().filter(|c| c.validity_months.is_some());
    let (a, b) = (lasting.next().unwrap().clone(), lasting.next().unwrap().clone());
    let months = |c: &CompetenceRow| chrono::Months::new(c.validity_months.unwrap() as u32);
    let obtained = chrono::NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
    let mut e = app.signed_in("ansatt").await;
    let r = e
        .post(&format!("/people/{me}/holdings"), &[("competence", &a.id.0.to_string()), ("level", "1"), ("obtained_on", "31.03.2025")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let token = app.token_for("ansatt").await;
    let body = serde_json::json!({"competence_id": b.id.0, "level": 1, "obtained_on": "2025-03-31"});
    let r = e.api("POST", &format!("/api/v1/people/{me}/holdings"), Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let held = app.db.holdings().of(me).await.unwrap();
    let expiry = |c: &CompetenceRow| held.iter().find(|h| h.competence == c.id).and_then(|h| h.expires_on);
    assert_eq!(expiry(&a), obtained.checked_add_months(months(&a)), "the page counts the validity period");
    assert_eq!(expiry(&b), obtained.checked_add_months(months(&b)), "the API counts it too");
    // Obtained in the future is refused by both, naming the field.
    let tomorrow = chrono::Utc::now().date_naive() + chrono::Duration::days(2);
    let body = serde_json::json!({"competence_id": b.id.0, "level": 1, "obtained_on": tomorrow.to_string()});
    let r = e.api("POST", &format!("/api/v1/people/{me}/holdings"), Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(r.json()["field"], "obtained_on");
    let r = e
        .post(
            &format!("/people/{me}/holdings"),
            &[("competence", &b.id.0.to_string()), ("level", "1"), ("obtained_on", &tomorrow.format("%d.%m.%Y").to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(expiry(&b), app.db.holdings().of(me).await.unwrap().iter().find(|h| h.competence == b.id).and_then(|h| h.expires_on));
}

#[tokio::test]
async fn wishes_are_written_to_the_audit_log() {
    let app = TestApp::new().await;
    let me = app.person_of("ansatt").await;
    let c = competence(&app, "legemiddelhandtering").await;
    let org = app.db.people().person(me).await.unwrap().org;
    let wishes =
        |entries: Vec<saman_store::AuditEntry>| entries.into_iter().filter(|e| e.entity == "wish").map(|e| e.action).collect::<Vec<_>>();
    let before = wishes(app.db.audit().list(Some(org), 500).await.unwrap());
    let mut e = app.signed_in("ansatt").await;
    let r = e.post(&format!("/people/{me}/wishes"), &[("competence", &c.id.0.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = e.post(&format!("/people/{me}/wishes"), &[("competence", &c.id.0.to_string()), ("remove", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = wishes(app.db.audit().list(Some(org), 500).await.unwrap());
    assert_eq!(after.len(), before.len() + 2, "{after:?}");
    assert_eq!(&after[..2], ["remove".to_string(), "add".to_string()], "newest first");
}

#[tokio::test]
async fn ages_are_shown_only_to_hr_and_the_units_leaders_and_never_for_fewer_than_five() {
    let app = TestApp::new().await;
    let unit = care_home(&app).await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let root = app.db.orgs().units(fjordvik).await.unwrap().into_iter().find(|u| u.parent.is_none()).unwrap().id;
    // A colleague and the network's coordinator see the unit, not its ages.
    for user in ["ansatt", "koordinator"] {
        let mut c = app.signed_in(user).await;
        assert_eq!(c.get(&format!("/units/{unit}/forecast")).await.status, StatusCode::FORBIDDEN, "{user}");
        assert_eq!(c.get(&format!("/units/{unit}/forecast.csv")).await.status, StatusCode::FORBIDDEN, "{user}");
        let token = app.token_for(user).await;
        assert_eq!(
            c.api("GET", &format!("/api/v1/units/{unit}/forecast"), Some(&token), None).await.status,
            StatusCode::FORBIDDEN,
            "{user}"
        );
        let page = c.get(&format!("/units/{unit}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(&format!("/units/{unit}/forecast")), "{user} is not offered the forecast");
    }
    // The unit's leader does, but not for the units above.
    let mut leader = app.signed_in("leder").await;
    assert_eq!(leader.get(&format!("/units/{unit}/forecast")).await.status, StatusCode::OK);
    assert_eq!(leader.get(&format!("/units/{root}/forecast")).await.status, StatusCode::FORBIDDEN);
    // HR sees the whole organisation; every group of people in the answer has at least 5.
    let mut hr = app.signed_in("hr").await;
    let token = app.token_for("hr").await;
    let mut checked = 0;
    let mut hidden = None;
    let units = app.db.orgs().units(fjordvik).await.unwrap();
    for u in units.iter().take(60) {
        let f = hr.api("GET", &format!("/api/v1/units/{}/forecast", u.id), Some(&token), None).await;
        assert_eq!(f.status, StatusCode::OK, "{}", f.body);
        let f = f.json();
        assert_eq!(f["threshold"], 5);
        if f["shown"] == false {
            hidden = Some(u.id);
            assert_eq!(f["age_groups"].as_array().unwrap().len(), 0);
            assert!(f["total"].is_null());
            continue;
        }
        checked += 1;
        let groups = f["age_groups"].as_array().unwrap();
        assert!(groups.iter().all(|g| matches!(g["people"].as_u64().unwrap(), 0 | 5..)), "empty or at least 5: {groups:?}");
        let codes = f["codes"].as_array().unwrap();
        assert!(codes.iter().all(|c| c["people"].as_u64().unwrap() >= 5), "{codes:?}");
        if let Some(other) = f["other_codes"].as_object() {
            assert!(other["people"].as_u64().unwrap() >= 5, "{other:?}");
        }
        let known: u64 = groups.iter().map(|g| g["people"].as_u64().unwrap()).sum();
        assert_eq!(known + f["unknown_age"].as_u64().unwrap(), f["people"].as_u64().unwrap(), "every person in one age group");
    }
    assert!(checked > 0, "some units are large enough to show");
    // A unit too small to show says so instead of showing anything.
    let hidden = hidden.expect("the demo has small units");
    let page = hr.get(&format!("/units/{hidden}/forecast")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("for få personer") && !page.body.contains("Aldersprofil"), "{}", page.body);
    assert_eq!(hr.get(&format!("/units/{hidden}/forecast.csv")).await.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_spreadsheet_has_the_faglig_utvanning_sheet_it_promises_with_the_pages_people() {
    use calamine::Reader;
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let page = hr.get(&format!("/organisations/{fjordvik}/gaps")).await;
    assert_eq!(page.status, StatusCode::OK);
    let r = hr.get(&format!("/organisations/{fjordvik}/gaps.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(r.bytes.clone())).unwrap();
    assert!(book.sheet_names().contains(&"Faglig utvanning".to_string()), "{:?}", book.sheet_names());
    let sheet = book.worksheet_range("Faglig utvanning").unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0], ["Navn", "Stillingskode", "Mangler"]);
    // The demo has people in nursing positions without the nursing degree; the page lists
    // the first of the same people.
    let section = page.body.split("Faglig utvanning</h2>").nth(1).unwrap().split("<h2").next().unwrap();
    assert!(rows.len() > 1, "{rows:?}");
    for row in rows.iter().skip(1).take(5) {
        assert!(section.contains(&row[0]), "{} is on the page", row[0]);
        assert!(!row[1].is_empty() && !row[2].is_empty(), "{row:?}");
    }
    // Names are for leaders and HR: a coordinator's spreadsheet has no such sheet.
    let mut k = app.signed_in("koordinator").await;
    let r = k.get(&format!("/organisations/{fjordvik}/gaps.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    let book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(r.bytes.clone())).unwrap();
    assert!(!book.sheet_names().contains(&"Faglig utvanning".to_string()));
}

#[tokio::test]
async fn the_organisations_gap_totals_are_in_the_api_as_on_its_page() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    let token = app.token_for("hr").await;
    let r = hr.api("GET", &format!("/api/v1/organisations/{fjordvik}/gaps"), Some(&token), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let org = r.json();
    assert_eq!(org["organisation_id"], fjordvik.0);
    let rows = org["requirements"].as_array().unwrap();
    assert!(!rows.is_empty());
    // The same numbers as the organisation's gap page gives in its download.
    let csv = hr.get(&format!("/organisations/{fjordvik}/gaps.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let lines: Vec<&str> = csv.body.lines().skip(1).collect();
    assert_eq!(lines.len(), rows.len(), "{}", csv.body);
    for (line, row) in lines.iter().zip(rows) {
        let cells: Vec<&str> = line.split(';').collect();
        let numbers = format!("{};{};{}", row["required"], row["covered"], row["missing"]);
        assert!(cells.windows(3).any(|w| w.join(";") == numbers), "{line} has {numbers}");
    }
    // Every top unit together: at least as many people as the largest top unit alone.
    let tops: Vec<_> = app.db.orgs().units(fjordvik).await.unwrap().into_iter().filter(|u| u.parent.is_none()).collect();
    let mut largest = 0;
    for t in &tops {
        let unit = hr.api("GET", &format!("/api/v1/units/{}/gaps", t.id), Some(&token), None).await.json();
        largest = largest.max(unit["people"].as_u64().unwrap());
    }
    assert!(org["people"].as_u64().unwrap() >= largest);
    // Another municipality's HR is not told it exists.
    let mut other = app.signed_in("hr.lindoy").await;
    let token = app.token_for("hr.lindoy").await;
    assert_eq!(other.api("GET", &format!("/api/v1/organisations/{fjordvik}/gaps"), Some(&token), None).await.status, StatusCode::NOT_FOUND);
}
