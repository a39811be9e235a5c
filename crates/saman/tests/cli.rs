//! The command line, run as a user would: a real binary against a real database.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use std::process::{Command, Output};

fn saman(db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saman"))
        .args(args)
        .env("SAMAN_DATABASE_URL", db_url)
        .env("SAMAN_PASSWORD", "et-langt-passord")
        .env("SAMAN_LOG", "error")
        .output()
        .expect("run saman")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A fresh database URL for this test (SQLite file, or PostgreSQL with SAMAN_TEST_DATABASE_URL).
async fn fresh_url() -> (saman_store::Db, String) {
    saman_store::testing::fresh_db_with_url().await
}

#[tokio::test]
async fn users_are_created_listed_and_given_new_passwords() {
    let (db, url) = fresh_url().await;
    let o = saman(&url, &["user", "create", "kari.admin", "--display-name", "Kari Admin", "--role", "admin"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = saman(&url, &["user", "create", "kari.admin"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("already taken"), "{}", text(&o));
    let o = saman(&url, &["user", "list"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "kari.admin\tadmin\t\n", "one tab-separated line: username, roles, organisations");
    let o = saman(&url, &["user", "set-password", "kari.admin"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = saman(&url, &["token", "create", "--user", "kari.admin"]);
    let token = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert!(token.starts_with("saman_"), "{}", text(&o));
    let u = db.users().by_token_hash(&saman_web::auth::token_hash(&token)).await.unwrap().expect("the printed token works");
    assert_eq!(u.username, "kari.admin");
}

#[tokio::test]
async fn a_bad_import_file_exits_non_zero_naming_line_and_column_and_changes_nothing() {
    let (db, url) = fresh_url().await;
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 1, employees: 40 });
    db.load_demo(&demo, "x").await.unwrap();
    let org = db.orgs().organisations().await.unwrap()[0].id;
    let listed = String::from_utf8_lossy(&saman(&url, &["org", "list"]).stdout).to_string();
    assert!(listed.lines().any(|l| l.starts_with(&format!("{org}\t"))), "org list: {listed}");
    let before = db.people().count(org).await.unwrap();
    let dir = std::env::temp_dir().join(format!("saman-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("feil.csv");
    std::fs::write(&bad, saman_import::TEMPLATE_CSV.replace("01.03.2019", "32.03.2019")).unwrap();
    let o = saman(&url, &["import", "org", bad.to_str().unwrap(), "--organisation", &org.to_string(), "--lang", "nn"]);
    assert!(!o.status.success());
    let msg = text(&o);
    assert!(msg.contains("Linje 3, kolonne Startdato") && msg.contains("Ugyldig dato"), "{msg}");
    assert_eq!(db.people().count(org).await.unwrap(), before);
    let good = dir.join("ok.csv");
    std::fs::write(&good, saman_import::TEMPLATE_CSV).unwrap();
    let o = saman(&url, &["import", "org", good.to_str().unwrap(), "--organisation", &org.to_string()]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(db.people().count(org).await.unwrap(), before + 2);
    let o = saman(&url, &["import", "org", good.to_str().unwrap(), "--organisation", &org.to_string()]);
    assert!(o.status.success());
    assert!(text(&o).contains("units +0 ~0, people +0 ~0, positions +0 ~0 -0"), "a second import must change nothing: {}", text(&o));
}

#[tokio::test]
async fn holdings_import_refuses_a_bad_file_whole_and_applies_a_good_one() {
    let (db, url) = fresh_url().await;
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 1, employees: 40 });
    db.load_demo(&demo, "x").await.unwrap();
    let org = db.orgs().organisations().await.unwrap()[0].id;
    let people = db.people().list(org, None, 2, 0).await.unwrap();
    let (a, b) = (people[0].employee_number.clone().unwrap(), people[1].employee_number.clone().unwrap());
    let dir = std::env::temp_dir().join(format!("saman-cli-h-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("feil.csv");
    std::fs::write(&bad, format!("Ansattnummer;Kompetanse;Nivå\n{a};brannvern;1\n{b};brannvern;9\n")).unwrap();
    let before = db.holdings().keys(org).await.unwrap();
    let o = saman(&url, &["import", "holdings", bad.to_str().unwrap(), "--organisation", &org.to_string(), "--lang", "en"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("Line 3, column Nivå"), "{}", text(&o));
    assert_eq!(db.holdings().keys(org).await.unwrap(), before, "a refused file writes nothing");
    let good = dir.join("ok.csv");
    std::fs::write(&good, format!("Ansattnummer;Kompetanse\n{a};brannvern\n{b};brannvern\n")).unwrap();
    let o = saman(&url, &["import", "holdings", good.to_str().unwrap(), "--organisation", &org.to_string()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("2 rows checked"), "{}", text(&o));
    let fire = db.competences().catalogue(None).await.unwrap().into_iter().find(|c| c.key == "brannvern").unwrap().id.0;
    let after = db.holdings().keys(org).await.unwrap();
    assert!(after.contains(&(people[0].id.0, fire)) && after.contains(&(people[1].id.0, fire)));
}

#[tokio::test]
async fn unknown_database_urls_are_refused() {
    let o = saman("mysql://localhost/x", &["migrate"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("unsupported database url"), "{}", text(&o));
}

#[test]
fn match_solve_prints_the_optimum_and_names_bad_lines() {
    let dir = std::env::temp_dir().join(format!("saman-match-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("i.txt");
    // Two mentees, two mentors; the cheap diagonal costs 1 + 1.
    std::fs::write(&file, "# example\nleft 2\nright 2\n0 0 1\n0 1 5\n1 0 4\n1 1 1\n").unwrap();
    let pairs = dir.join("pairs.txt");
    let o = Command::new(env!("CARGO_BIN_EXE_saman"))
        .args(["match", "solve", file.to_str().unwrap(), "--out", pairs.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("cost 2 assigned 2 solve_ms "), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&pairs).unwrap(), "0 0\n1 1\n");
    std::fs::write(&file, "left 2\nright 2\n0 7 1\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_saman")).args(["match", "solve", file.to_str().unwrap()]).output().unwrap();
    assert!(!o.status.success());
    assert!(text(&o).contains("line 3"), "{}", text(&o));
}

#[tokio::test]
async fn setup_then_organisations_and_a_network_from_the_command_line() {
    let (db, url) = fresh_url().await;
    let args =
        ["setup", "--username", "kari", "--organisation", "Fjordvik kommune", "--org-number", "974760673", "--municipality-number", "4601"];
    let o = saman(&url, &args);
    assert!(o.status.success(), "{}", text(&o));
    let o = saman(&url, &args);
    assert!(!o.status.success(), "set-up runs once");
    assert!(text(&o).contains("already been set up"), "{}", text(&o));
    let o = saman(&url, &["org", "create", "Helse Fjord HF", "--kind", "hospital_trust", "--org-number", "983658726"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("organisation number is not valid"), "{}", text(&o));
    let o = saman(&url, &["org", "create", "Helse Fjord HF", "--kind", "hospital_trust", "--org-number", "983 658 725"]);
    assert!(o.status.success(), "{}", text(&o));
    let hospital = String::from_utf8_lossy(&o.stdout).trim().to_string();
    let o = saman(&url, &["network", "create", "Fjordnettverket", "--coordinator", "kari"]);
    assert!(o.status.success(), "{}", text(&o));
    let network = String::from_utf8_lossy(&o.stdout).trim().to_string();
    let o = saman(&url, &["network", "invite", "--network", &network, "--organisation", &hospital]);
    assert!(o.status.success(), "{}", text(&o));
    let o = saman(&url, &["network", "invite", "--network", &network, "--organisation", &hospital]);
    assert!(text(&o).contains("already been invited"), "{}", text(&o));
    let pending = db.networks().invitations_to(saman_domain::OrgId(hospital.parse().unwrap())).await.unwrap();
    assert_eq!(pending.len(), 1);
    let (kari, _) = db.users().by_username("kari").await.unwrap().unwrap();
    let grants = db.users().grants(kari.id).await.unwrap();
    assert!(grants.contains(&saman_domain::Grant::Admin));
    assert!(grants.contains(&saman_domain::Grant::Coordinator { network: saman_domain::NetworkId(network.parse().unwrap()) }));
}

#[tokio::test]
async fn an_import_reads_a_layout_with_the_mapping_named_or_made_for_its_headers() {
    use saman_import::{Column, Mapping};
    let (db, url) = fresh_url().await;
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 2, employees: 30 });
    db.load_demo(&demo, "x").await.unwrap();
    let org = db.orgs().organisations().await.unwrap()[0].id;
    let before = db.people().count(org).await.unwrap();
    let dir = std::env::temp_dir().join(format!("saman-cli-map-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("lonn.csv");
    std::fs::write(&file, "Nr;Navn 1;Navn 2;Avd;Avd tekst;Rolle;Andel;Fra\n81;Åse;Li;Z-1;Tunet;Assistent;50;01.01.2024\n").unwrap();
    let (f, o) = (file.to_str().unwrap(), org.to_string());
    let out = saman(&url, &["import", "org", f, "--organisation", &o, "--dry-run"]);
    assert!(!out.status.success(), "unknown headers are refused without a mapping");
    assert!(text(&out).contains("Ansattnummer"), "{}", text(&out));
    let out = saman(&url, &["import", "org", f, "--organisation", &o, "--mapping", "Lønn"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("no column mapping named \"Lønn\" (it has: none)"), "{}", text(&out));

    let codes = [Column::EmployeeNumber, Column::GivenName, Column::FamilyName, Column::UnitCode, Column::UnitName, Column::Title];
    let mut choices: Vec<(&str, Option<Column>)> =
        ["Nr", "Navn 1", "Navn 2", "Avd", "Avd tekst", "Rolle"].into_iter().zip(codes.map(Some)).collect();
    choices.extend([("Andel", Some(Column::Percent)), ("Fra", Some(Column::StartDate))]);
    db.mappings().save(&saman_store::Actor::system("test"), org, "Lønn", &Mapping::new(choices.clone())).await.unwrap();
    let out = saman(&url, &["import", "org", f, "--organisation", &o, "--mapping", "Lønn"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("columns read with the mapping \"Lønn\""));
    assert_eq!(db.people().count(org).await.unwrap(), before + 1);

    // Without --mapping, the mapping made for exactly these headers is used.
    std::fs::write(&file, "Nr;Navn 1;Navn 2;Avd;Avd tekst;Rolle;Andel;Fra\n82;Bo;Ek;Z-1;Tunet;Assistent;50;01.01.2024\n").unwrap();
    let out = saman(&url, &["import", "org", f, "--organisation", &o, "--scope", "file_units"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(db.people().count(org).await.unwrap(), before + 2);
}
