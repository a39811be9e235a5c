use crate::support::{Client, TestApp};
use axum::http::StatusCode;
use saman_domain::Lang;
use std::collections::{BTreeSet, VecDeque};

const ACCOUNTS: [&str; 8] = ["admin", "koordinator", "hr", "hr.lindoy", "leder", "leder.skole", "ansatt", "ansatt.sykehus"];

fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.starts_with('/') && !h.starts_with("//") && !h.starts_with("/assets/") && !h.starts_with("/api/"))
        .map(|h| h.split('#').next().unwrap_or(h).replace("&amp;", "&"))
        .filter(|h| {
            let p = h.split('?').next().unwrap_or("");
            !p.ends_with(".csv") && !p.ends_with(".xlsx") && !p.ends_with(".ics")
        })
        .collect()
}

/// Visits every page reachable from the front page (bounded), checking each one.
async fn crawl(c: &mut Client, lang: Lang, limit: usize) -> BTreeSet<String> {
    let keys = saman_i18n::keys(lang);
    let mut seen = BTreeSet::new();
    // One page of each kind (ids replaced), so the bounded crawl reaches every template.
    let mut kinds = BTreeSet::new();
    let mut queue = VecDeque::from(["/".to_string()]);
    while let Some(path) = queue.pop_front() {
        let kind: String = path.split('?').next().unwrap_or("").chars().map(|c| if c.is_ascii_digit() { 'N' } else { c }).collect();
        if seen.len() >= limit || seen.contains(&path) || !kinds.insert(kind) {
            continue;
        }
        seen.insert(path.clone());
        let r = c.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path} in {}", lang.code());
        assert_eq!(r.html_lang().as_deref(), Some(lang.code()), "{path}");
        for k in &keys {
            // A message id right after a tag, not followed by more of a word: an untranslated string.
            let needle = format!(">{k}");
            for (i, _) in r.body.match_indices(&needle) {
                let next = r.body[i + needle.len()..].chars().next().unwrap_or(' ');
                assert!(next.is_alphanumeric() || next == '-', "{path} shows the raw message id {k}");
            }
        }
        assert!(
            !r.body.contains("unit-kind-") && !r.body.contains("org-kind-") && !r.body.contains(">role-"),
            "{path} has an untranslated id"
        );
        let mut ids = BTreeSet::new();
        for id in r.body.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()) {
            assert!(ids.insert(id.to_string()), "{path} has the id {id} twice");
        }
        for l in links(&r.body) {
            if !seen.contains(&l) {
                queue.push_back(l);
            }
        }
    }
    kinds
}

#[tokio::test]
async fn every_page_of_every_role_renders_in_all_three_languages() {
    let app = TestApp::new().await;
    for account in ACCOUNTS {
        let mut c = app.signed_in(account).await;
        for lang in Lang::ALL {
            c.post("/lang", &[("lang", lang.code()), ("next", "/")]).await;
            let kinds = crawl(&mut c, lang, 40).await;
            assert!(kinds.len() >= 4, "{account} reached only {kinds:?}");
            if account == "hr" {
                for k in ["/units/N/gaps", "/competences", "/people/N", "/import", "/organisations/N/people"] {
                    assert!(kinds.contains(k), "hr never reached {k}: {kinds:?}");
                }
            }
        }
    }
}

#[tokio::test]
async fn the_organisation_page_shows_the_unit_tree_with_head_counts() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let people = app.db.orgs().head_count(fjordvik, chrono::Utc::now().date_naive()).await.unwrap();
    assert!(people > 0);
    let mut hr = app.signed_in("hr").await;
    let r = hr.get(&format!("/organisations/{fjordvik}")).await;
    assert_eq!(r.status, StatusCode::OK);
    for sector in ["Helse og omsorg", "Oppvekst og utdanning", "Barnehage", "Tekniske tjenester", "Kultur", "Administrasjon"] {
        assert!(r.body.contains(sector), "sector {sector} missing");
    }
    assert!(r.body.contains(&format!("<dd>{people}</dd>")), "the total head count {people} is not shown");
}

#[tokio::test]
async fn admin_creates_a_user_and_gets_field_errors_for_bad_input() {
    let app = TestApp::new().await;
    let mut a = app.signed_in("admin").await;
    a.get("/admin/users").await;
    let r = a.post("/admin/users", &[("username", ""), ("display_name", ""), ("password", "kort")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ds-error-summary") && r.body.contains("href=\"#username\""), "no linked error summary");
    assert!(r.body.contains("Passordet må ha minst 10 tegn."));
    assert!(r.body.contains("aria-invalid=\"true\""));
    let r =
        a.post("/admin/users", &[("username", "kari.nordmann"), ("display_name", "Kari Nordmann"), ("password", "et-langt-passord")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    a.get("/admin/users").await;
    let r = a.post("/admin/users", &[("username", "kari.nordmann"), ("display_name", "Kari"), ("password", "et-langt-passord")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Brukernavnet er allerede i bruk."));
    let mut kari = app.client();
    kari.sign_in("kari.nordmann", "et-langt-passord").await;
    assert!(kari.get("/").await.body.contains("Be en administrator"), "a user without roles is told what to do");
}

#[tokio::test]
async fn admin_grants_and_removes_roles() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let (u, _) = app.db.users().by_username("ansatt").await.unwrap().unwrap();
    let mut a = app.signed_in("admin").await;
    a.get(&format!("/admin/users/{}", u.id)).await;
    let r = a.post(&format!("/admin/users/{}/grants", u.id), &[("role", "hr"), ("organisation", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Velg virksomheten rollen gjelder."));
    let org = fjordvik.to_string();
    let r = a.post(&format!("/admin/users/{}/grants", u.id), &[("role", "hr"), ("organisation", org.as_str())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let grants = app.db.users().grants_with_ids(u.id).await.unwrap();
    let (gid, _) = grants.iter().find(|(_, g)| *g == saman_domain::Grant::Hr { org: fjordvik }).expect("granted");
    a.get(&format!("/admin/users/{}", u.id)).await;
    let r = a.post(&format!("/admin/users/{}/grants/{gid}/delete", u.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app.db.users().grants(u.id).await.unwrap().contains(&saman_domain::Grant::Hr { org: fjordvik }));
}

#[tokio::test]
async fn people_search_finds_by_name() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let someone = app.db.people().person(app.someone_in(fjordvik, &[]).await).await.unwrap();
    let mut hr = app.signed_in("hr").await;
    let r = hr.get(&format!("/organisations/{fjordvik}/people?q={}", someone.family_name.replace(' ', "+"))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(&someone.given_name));
    let r = hr.get(&format!("/organisations/{fjordvik}/people?q=zzzyyyxxx")).await;
    assert!(r.body.contains("Ingen personer passer søket."));
    // Case folds for æ, ø and å too (SQLite's LOWER does not), words in any order.
    let patch = saman_store::PersonPatch {
        employee_number: Some("770077".into()),
        given_name: "Øydis".into(),
        family_name: "Ærlig-Åsen".into(),
        email: None,
        birth_year: None,
    };
    app.db.people().create(&saman_store::Actor::system("test"), fjordvik, &patch).await.unwrap();
    for q in ["%C3%B8YDIS", "%C3%A6rlig+%C3%B8ydis", "770077", "%C3%85SEN"] {
        let r = hr.get(&format!("/organisations/{fjordvik}/people?q={q}")).await;
        assert!(r.body.contains("Ærlig-Åsen"), "the search {q} did not find Øydis");
    }
    let r = hr.get(&format!("/organisations/{fjordvik}/people?q=%25")).await;
    assert!(r.body.contains("Ingen personer passer søket."), "a % must be matched literally");
}

#[tokio::test]
async fn health_metrics_and_unknown_pages() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let r = c.get("/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let r = c.get("/metrics").await;
    assert!(r.body.contains("saman_http_requests_total") && r.body.contains("saman_database_up 1"));
    let mut hr = app.signed_in("hr").await;
    let r = hr.get("/finnes-ikke").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("Fant ikke siden"));
    assert!(r.body.contains("href=\"/account\""), "an error page keeps the user's navigation");
    let r = hr.get("/people/abc").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("Fant ikke siden"));
}

#[tokio::test]
async fn admin_links_an_account_to_an_employee() {
    let app = TestApp::new().await;
    let fjordvik = app.org_id("Fjordvik kommune").await;
    let person = app.db.people().person(app.someone_in(fjordvik, &[]).await).await.unwrap();
    let number = person.employee_number.clone().unwrap();
    let id = app.db.users().create(&saman_store::Actor::system("test"), "ny.ansatt", "Ny", None, None, &[]).await.unwrap();
    let mut a = app.signed_in("admin").await;
    a.get(&format!("/admin/users/{id}")).await;
    let org = fjordvik.to_string();
    let r = a.post(&format!("/admin/users/{id}/person"), &[("organisation", org.as_str()), ("employee_number", "finnes-ikke")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Fant ingen ansatt med det nummeret"));
    assert_eq!(app.db.users().get(id).await.unwrap().person, None);
    let r = a.post(&format!("/admin/users/{id}/person"), &[("organisation", org.as_str()), ("employee_number", number.as_str())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.users().get(id).await.unwrap().person, Some(person.id));
    a.get(&format!("/admin/users/{id}")).await;
    let r = a.post(&format!("/admin/users/{id}/person"), &[("organisation", ""), ("employee_number", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "an empty form does not unlink by accident");
    assert_eq!(app.db.users().get(id).await.unwrap().person, Some(person.id));
    let r = a.post(&format!("/admin/users/{id}/person"), &[("unlink", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.users().get(id).await.unwrap().person, None);
    let mut hr = app.signed_in("hr").await;
    assert_eq!(hr.get(&format!("/admin/users/{id}")).await.status, StatusCode::FORBIDDEN, "only administrators link accounts");
}
