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

const EXPORT: &str = "Ressursnr;Fornavn;Etternavn;Fødselsdato;Org.enhet;Enhetsnavn;Overordnet enhet;Stillingsbetegnelse;Stillingsprosent;Tiltredelsesdato;Nærmeste leder
900;Siri;Sjef;01.02.1970;HO;Helse og omsorg;;Kommunalsjef;100;01.01.2015;
901;Ola;Haugen;12.05.1979;SOL;Solbakken sykehjem;HO;Enhetsleder;100;01.03.2019;900
902;Kari;Lie;03.03.1990;SOL;Solbakken sykehjem;HO;Sykepleier;80;15.01.2022;901
903;Per;Berg;04.04.1985;SOL;Solbakken sykehjem;HO;Helsefagarbeider;100;01.06.2020;901
904;Anne;Dahl;05.05.1995;SOL;Solbakken sykehjem;HO;Sykepleier;60;01.09.2023;900
";

#[tokio::test]
async fn an_hr_export_imports_as_it_is_and_its_nearest_leaders_lead() {
    let app = TestApp::empty().await;
    let actor = saman_store::Actor::system("test");
    let hash = saman_web::auth::hash_password(crate::support::PASSWORD).unwrap();
    app.db.users().create(&actor, "kari", "Kari", Some(&hash), None, &[saman_domain::Grant::Admin]).await.unwrap();
    let org = app.db.orgs().create_organisation(None, "Fjordvik kommune", saman_domain::OrgKind::Municipality, None).await.unwrap();
    let mut admin = app.signed_in("kari").await;
    admin.get("/import").await;
    let r = admin.post_file("/import", &[("organisation", &org.to_string())], "visma.csv", EXPORT.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Linje 6: oppgir 900 som nærmeste leder, men enheten SOL får 901 som leder."), "{}", r.body);
    let action = r.body.split("action=\"/import/").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(admin.post(&format!("/import/{action}"), &[]).await.status, StatusCode::OK);
    let units = app.db.orgs().units(org).await.unwrap();
    let sol = units.iter().find(|u| u.code.as_deref() == Some("SOL")).unwrap();
    let ola = app.db.people().by_employee_number(org, "901").await.unwrap().unwrap();
    assert_eq!(sol.leader, Some(ola.id));
    assert_eq!(units.iter().find(|u| u.code.as_deref() == Some("HO")).unwrap().leader, None);
}

#[tokio::test]
async fn a_file_of_one_part_ends_nothing_elsewhere_and_the_preview_says_where_positions_would_end() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let today = saman_app::clock::today();
    let before = app.db.orgs().current_memberships(org, today).await.unwrap().len();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let o = org.to_string();
    let whole = hr.post_file("/import", &[("organisation", &o), ("scope", "whole")], "del.csv", FILE.as_bytes()).await;
    assert!(whole.body.contains("id=\"ended-where\""), "read as the whole organisation, the preview lists where positions end");
    hr.get("/import").await;
    let r = hr.post_file("/import", &[("organisation", &o), ("scope", "file_units")], "del.csv", FILE.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(!r.body.contains("id=\"ended-where\""), "nothing ends outside the file's units");
    assert!(r.body.contains("Stillinger andre steder blir ikke rørt"));
    let action = r.body.split("action=\"/import/").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(hr.post(&format!("/import/{action}"), &[]).await.status, StatusCode::OK);
    let after = app.db.orgs().current_memberships(org, today).await.unwrap().len();
    assert_eq!(after, before + 3, "three new positions, and every position elsewhere kept");
}
