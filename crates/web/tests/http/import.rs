use crate::support::TestApp;
use axum::http::StatusCode;

const FILE: &str = "Ansattnummer;Fornavn;Etternavn;E-post;Fødselsår;Enhetskode;Enhet;Overordnet enhetskode;Enhetstype;Stillingstittel;Stillingskode;Stillingsprosent;Startdato;Sluttdato;Leder
50001;Ingrid;Sæther;ingrid@fjordvik.kommune.no;1970;X-HO;Helse og omsorg (ny);;sektor;Kommunalsjef;;100;01.01.2020;;ja
50002;Per;Ødegård;;1985;X-SH;Nytun sjukeheim;X-HO;enhet;Sykepleier;7174;80;15.03.2021;;nei
50003;Kari;Åsen;;1990;X-SH;Nytun sjukeheim;X-HO;enhet;Helsefagarbeider;7611;60 %;2022-08-01;;nei
";

#[tokio::test]
async fn import_previews_then_applies_and_is_idempotent() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let before = app.db.people().count(org).await.unwrap();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let o = org.to_string();
    let r = hr.post_file("/import", &[("organisation", &o)], "eksport.csv", FILE.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Kontroller importen") && r.body.contains("Nytun sjukeheim"));
    assert_eq!(app.db.people().count(org).await.unwrap(), before, "a preview must not store anything");
    let action = r.body.split("action=\"/import/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = hr.post(&format!("/import/{action}"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Importen er fullført"));
    assert_eq!(app.db.people().count(org).await.unwrap(), before + 3);
    let audit = app.db.audit().list(Some(org), 10).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "import" && e.actor_name == "hr"));
    hr.get("/import").await;
    let r = hr.post_file("/import", &[("organisation", &o)], "eksport.csv", FILE.as_bytes()).await;
    assert!(r.body.contains("Ingen endringer"), "the same file twice must change nothing: {}", r.body);
    assert_eq!(app.db.people().count(org).await.unwrap(), before + 3);
}

#[tokio::test]
async fn a_bad_file_is_refused_whole_naming_line_and_column() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let before = app.db.people().count(org).await.unwrap();
    let units_before = app.db.orgs().units(org).await.unwrap().len();
    let bad = FILE.replace("15.03.2021", "31.02.2021");
    let mut hr = app.signed_in("hr").await;
    hr.post("/lang", &[("lang", "en"), ("next", "/import")]).await;
    hr.get("/import").await;
    let o = org.to_string();
    let r = hr.post_file("/import", &[("organisation", &o)], "eksport.csv", bad.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Line 3, column Startdato"), "{}", r.body);
    assert!(r.body.contains("Invalid date"), "{}", r.body);
    assert_eq!(app.db.people().count(org).await.unwrap(), before);
    assert_eq!(app.db.orgs().units(org).await.unwrap().len(), units_before);
    let r = hr.post_file("/import", &[("organisation", &o)], "tom.csv", b"Ansattnummer;Fornavn\n").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn import_is_refused_for_another_organisation_and_for_employees() {
    let app = TestApp::new().await;
    let lindoy = app.org_id("Lindøy kommune").await;
    let before = app.db.people().count(lindoy).await.unwrap();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let o = lindoy.to_string();
    let r = hr.post_file("/import", &[("organisation", &o)], "eksport.csv", FILE.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Velg virksomheten filen gjelder."));
    assert_eq!(app.db.people().count(lindoy).await.unwrap(), before);
    let mut e = app.signed_in("ansatt").await;
    assert_eq!(e.get("/import").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_template_downloads_and_imports_cleanly() {
    let app = TestApp::new().await;
    let r = app.client().get("/import/template.csv").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Ansattnummer;Fornavn;Etternavn"));
    let rows = saman_import::parse_org_file(r.body.as_bytes(), "mal.csv", 2026).expect("the template must import");
    assert!(!rows.is_empty());
}
