//! Importing holdings: preview, apply, all-or-nothing, and who may.

use crate::support::TestApp;
use axum::http::StatusCode;

async fn numbers(app: &TestApp, org: saman_domain::OrgId) -> Vec<String> {
    app.db.people().list(org, None, 3, 0).await.unwrap().into_iter().filter_map(|p| p.employee_number).collect()
}

#[tokio::test]
async fn holdings_import_previews_then_applies() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let n = numbers(&app, org).await;
    let file = format!(
        "Ansattnummer;Kompetanse;Nivå;Oppnådd;Utløper;Dokumentasjon\n{};brannvern;;01.03.2026;;Kurs hos brannvesenet\n{};Brannvern;;02.03.2026;;\n{};brannvern;;03.03.2026;;\n",
        n[0], n[1], n[2]
    );
    let person = app.db.people().by_employee_number(org, &n[0]).await.unwrap().unwrap().id;
    let fire = app.db.competences().catalogue(None).await.unwrap().into_iter().find(|c| c.key == "brannvern").unwrap();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import/holdings").await;
    let o = org.to_string();
    let r = hr.post_file("/import/holdings", &[("organisation", &o)], "kurs.csv", file.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Kontroller importen") && r.body.contains("Brannvern"), "{}", r.body);
    let before = app.db.holdings().of(person).await.unwrap();
    assert!(
        before.iter().all(|h| h.competence != fire.id || h.obtained_on != chrono::NaiveDate::from_ymd_opt(2026, 3, 1)),
        "a preview stores nothing"
    );
    let action = r.body.split("action=\"/import/holdings/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = hr.post(&format!("/import/holdings/{action}"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Importen er fullført"), "{}", r.body);
    let h = app.db.holdings().of(person).await.unwrap().into_iter().find(|h| h.competence == fire.id).expect("imported");
    assert_eq!(
        (h.source.as_str(), h.obtained_on, h.evidence.as_deref()),
        ("imported", chrono::NaiveDate::from_ymd_opt(2026, 3, 1), Some("Kurs hos brannvesenet"))
    );
    assert!(h.expires_on.is_some(), "fire safety has a validity period, so the expiry follows from it");
    let history = app.db.holdings().history(person).await.unwrap();
    assert!(history.iter().any(|e| e.action == "import" && e.competence == fire.id), "the import is in the person's history");
    let page = hr.get(&format!("/people/{person}")).await;
    assert!(page.body.contains("Endringshistorikk") && page.body.contains("Importert"), "the history is shown");
}

#[tokio::test]
async fn a_bad_holdings_file_changes_nothing_and_names_each_line() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let lindoy = app.org_id("Lindøy kommune").await;
    let n = numbers(&app, org).await;
    let other = numbers(&app, lindoy).await;
    let file = format!(
        "Ansattnummer;Kompetanse;Nivå;Oppnådd;Utløper\n{};brannvern;;01.03.2026;;\n{};brannvern;;;\n{};finnes-ikke;;;\n{};brannvern;;01.03.2026;01.01.2026\n{};brannvern;;;\n",
        n[0], other[0], n[1], n[2], n[0]
    );
    let count = |app: &TestApp| {
        let db = app.db.clone();
        async move { db.holdings().keys(org).await.unwrap().len() }
    };
    let before = count(&app).await;
    let mut hr = app.signed_in("hr").await;
    hr.post("/lang", &[("lang", "en"), ("next", "/import/holdings")]).await;
    hr.get("/import/holdings").await;
    let o = org.to_string();
    let r = hr.post_file("/import/holdings", &[("organisation", &o)], "kurs.csv", file.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for expected in [
        "Line 3, column Ansattnummer: No employee in this organisation has the number",
        "Line 4, column Kompetanse: “finnes-ikke” is not in the catalogue",
        "Line 5, column Utløper: The expiry date is before the date obtained",
        "Line 6, column Kompetanse: The same person and competence are also on line 2",
    ] {
        assert!(r.body.contains(expected), "missing «{expected}» in {}", r.body);
    }
    assert_eq!(count(&app).await, before, "nothing is stored from a refused file");
}

#[tokio::test]
async fn only_hr_imports_holdings() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let lindoy = app.org_id("Lindøy kommune").await;
    let n = numbers(&app, org).await;
    let file = format!("Ansattnummer;Kompetanse\n{};brannvern\n", n[0]);
    let mut e = app.signed_in("leder").await;
    assert_eq!(e.get("/import/holdings").await.status, StatusCode::FORBIDDEN);
    // HR in Lindøy cannot import into Fjordvik: the organisation is not theirs to choose.
    let mut hr = app.signed_in("hr.lindoy").await;
    hr.get("/import/holdings").await;
    let o = org.to_string();
    let r = hr.post_file("/import/holdings", &[("organisation", &o)], "kurs.csv", file.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!r.body.contains("Kontroller importen"));
    let _ = lindoy;
}

#[tokio::test]
async fn a_long_import_shows_its_progress_to_whoever_started_it_and_then_its_result() {
    // Confirming answers at once with the progress page, as a long import does.
    let app = TestApp::with_config(saman_web::WebConfig { import_wait: std::time::Duration::ZERO, ..Default::default() }).await;
    let org = app.org_id("Fjordvik kommune").await;
    let n = numbers(&app, org).await;
    let file = format!("Ansattnummer;Kompetanse;Nivå\n{};brannvern;\n{};brannvern;\n", n[0], n[1]);
    let mut hr = app.signed_in("hr").await;
    hr.get("/import/holdings").await;
    let r = hr.post_file("/import/holdings", &[("organisation", &org.to_string())], "kurs.csv", file.as_bytes()).await;
    let action = r.body.split("action=\"/import/holdings/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let draft = action.trim_end_matches("/apply").to_string();
    let r = hr.post(&format!("/import/holdings/{action}"), &[]).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, format!("/import/holdings/{draft}/progress").as_str()));
    let progress = format!("/import/holdings/{draft}/progress");

    // Nobody else sees it.
    let mut other = app.signed_in("hr.lindoy").await;
    assert_eq!(other.get(&progress).await.status, StatusCode::NOT_FOUND);

    // The page asks until the import is done, then loads itself again.
    let mut polls = 0;
    loop {
        let r = hr.get_htmx(&progress).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        if r.headers.get("hx-refresh").is_some() {
            break;
        }
        assert!(r.body.contains("Rader kontrollert") && r.body.contains("<progress"), "{}", r.body);
        polls += 1;
        assert!(polls < 200, "the import never finished");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let r = hr.get(&progress).await;
    assert!(r.body.contains("Importen er fullført"), "{}", r.body);
    assert_eq!(hr.get(&progress).await.status, StatusCode::NOT_FOUND, "the result is shown once");

    // The same file again changes nothing, and says so.
    let r = hr.post_file("/import/holdings", &[("organisation", &org.to_string())], "kurs.csv", file.as_bytes()).await;
    let action = r.body.split("action=\"/import/holdings/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = hr.post(&format!("/import/holdings/{action}"), &[]).await;
    let mut r = hr.get(r.location()).await;
    while r.body.contains("<progress") {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        r = hr.get(&progress.replace(&draft, action.trim_end_matches("/apply"))).await;
    }
    assert!(r.body.contains("0 lagt til og 0 oppdatert") && r.body.contains("2 rader sa det Saman allerede hadde"), "{}", r.body);
}
