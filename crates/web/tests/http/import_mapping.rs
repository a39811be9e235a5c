use crate::support::TestApp;
use axum::http::StatusCode;

/// A payroll export whose headers Saman does not know.
const ODD: &str = "Nr;Navn 1;Navn 2;Avd;Avd tekst;Rolle;Andel;Fra;Merknad
70001;Astrid;Vik;Q-BU;Bukollektivet;Miljøarbeider;100;01.02.2021;fast
70002;Jon;Rud;Q-BU;Bukollektivet;Vernepleier;75;2023-05-01;
";

/// The choices for `ODD`'s columns, in order, as the mapping form sends them.
const CHOICES: [&str; 9] = ["employee_number", "given_name", "family_name", "unit_code", "unit_name", "title", "percent", "start_date", ""];

fn draft_of(location: &str) -> String {
    location.trim_start_matches("/import/").trim_end_matches("/columns").to_string()
}

#[tokio::test]
async fn an_unknown_layout_is_mapped_once_kept_by_name_and_read_the_same_way_next_time() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let before = app.db.people().count(org).await.unwrap();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let o = org.to_string();
    let r = hr.post_file("/import", &[("organisation", &o)], "lonn.csv", ODD.as_bytes()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().ends_with("/columns"), "{}", r.location());
    let draft = draft_of(r.location());

    let page = hr.get(r.location()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Hvilken kolonne er hva?"));
    assert!(page.body.contains("<div class=\"sample\">Bukollektivet</div>"), "the first rows are shown under their column");
    assert!(page.body.contains("Ansattnummer: <strong>ikke valgt ennå</strong>"), "{}", page.body);
    assert!(page.body.contains(">Startdato *</option>"), "required fields are marked");

    // A required field left out is named, and nothing is stored.
    let mut fields: Vec<(String, String)> = CHOICES.iter().enumerate().map(|(i, c)| (format!("col-{i}"), c.to_string())).collect();
    fields[7].1 = String::new();
    let sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = hr.post(&format!("/import/{draft}/columns"), &sent).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Kolonnen «Startdato» mangler"), "{}", r.body);
    assert!(r.body.contains("value=\"\" selected") || !r.body.contains("value=\"start_date\" selected"), "the choices sent are kept");
    assert!(app.db.mappings().list(org).await.unwrap().is_empty());

    // Mapped and named: the preview reads the file with it, and applying stores it.
    fields[7].1 = "start_date".into();
    let mut sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    sent.push(("name", "Lønnssystemet"));
    let r = hr.post(&format!("/import/{draft}/columns"), &sent).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let preview = hr.get(r.location()).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(preview.body.contains("Kolonnene ble lest med koblingen din."), "{}", preview.body);
    assert!(preview.body.contains("Astrid Vik (70001)"));
    assert_eq!(app.db.people().count(org).await.unwrap(), before, "a preview stores nothing");
    let r = hr.post(&format!("/import/{draft}/apply"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.db.people().count(org).await.unwrap(), before + 2);
    let saved = app.db.mappings().list(org).await.unwrap();
    assert_eq!(saved.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Lønnssystemet"]);
    assert!(app.db.audit().list(Some(org), 20).await.unwrap().iter().any(|e| e.entity == "import_mapping" && e.actor_name == "hr"));

    // Next month's file with the same columns goes straight to the preview, read the same way.
    let next = ODD.replace("Miljøarbeider", "Miljøterapeut");
    let form = hr.get("/import").await;
    assert!(form.body.contains("Lønnssystemet"), "the saved mapping is listed");
    let r = hr.post_file("/import", &[("organisation", &o)], "lonn-mars.csv", next.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Kolonnene ble lest med den lagrede koblingen «Lønnssystemet»."), "{}", r.body);
    assert!(r.body.contains("Kontroller importen"));
}

#[tokio::test]
async fn a_named_mapping_can_be_chosen_and_an_unknown_name_is_refused() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let choices = CHOICES.iter().zip(ODD.lines().next().unwrap().split(';')).map(|(c, h)| (h, saman_import::Column::from_code(c)));
    let mapping = saman_import::Mapping::new(choices);
    app.db.mappings().save(&saman_store::Actor::system("test"), org, "Lønn", &mapping).await.unwrap();
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let o = org.to_string();
    // The mapping is chosen by name even though the file has a column more.
    let wider = ODD.replace("Merknad", "Merknad;Ekstra").replace("fast\n", "fast;x\n").replace("2023-05-01;\n", "2023-05-01;;\n");
    let r = hr.post_file("/import", &[("organisation", &o), ("mapping", "Lønn")], "lonn.csv", wider.as_bytes()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("«Lønn»"), "{}", r.body);
    hr.get("/import").await;
    let r = hr.post_file("/import", &[("organisation", &o), ("mapping", "Finnes ikke")], "lonn.csv", ODD.as_bytes()).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn another_organisations_draft_and_mappings_are_out_of_reach() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let mut hr = app.signed_in("hr").await;
    hr.get("/import").await;
    let r = hr.post_file("/import", &[("organisation", &org.to_string())], "lonn.csv", ODD.as_bytes()).await;
    let columns = r.location().to_string();
    let draft = draft_of(&columns);
    let mapping = saman_import::Mapping::new([("Nr", Some(saman_import::Column::EmployeeNumber))]);
    let id = app.db.mappings().save(&saman_store::Actor::system("test"), org, "Fjordvik", &mapping).await.unwrap();

    let mut other = app.signed_in("hr.lindoy").await;
    assert_eq!(other.get(&columns).await.status, StatusCode::NOT_FOUND, "someone else's upload is not shown");
    assert_eq!(other.get(&format!("/import/{draft}")).await.status, StatusCode::NOT_FOUND);
    other.get("/import").await;
    let sent: Vec<(String, String)> = CHOICES.iter().enumerate().map(|(i, c)| (format!("col-{i}"), c.to_string())).collect();
    let sent: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(other.post(&format!("/import/{draft}/columns"), &sent).await.status, StatusCode::NOT_FOUND);
    let r = other.post(&format!("/import/mappings/{id}/delete"), &[("organisation", &org.to_string())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "another organisation's mappings are not reachable");
    let lindoy = app.org_id("Lindøy kommune").await;
    let r = other.post(&format!("/import/mappings/{id}/delete"), &[("organisation", &lindoy.to_string())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "a mapping of another organisation is not found through one's own");
    assert_eq!(app.db.mappings().list(org).await.unwrap().len(), 1, "nothing was deleted");

    let mut e = app.signed_in("ansatt").await;
    assert_eq!(e.get(&columns).await.status, StatusCode::NOT_FOUND);

    // The owner deletes it.
    hr.get("/import").await;
    let r = hr.post(&format!("/import/mappings/{id}/delete"), &[("organisation", &org.to_string())]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Koblingen «Fjordvik» er slettet."));
    assert!(app.db.mappings().list(org).await.unwrap().is_empty());
}
