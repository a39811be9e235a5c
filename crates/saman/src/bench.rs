//! `saman bench demo`: how long generating and loading a demo network takes.

use anyhow::Result;
use std::time::Instant;

pub async fn demo(employees: usize, database_url: Option<String>) -> Result<()> {
    let url = match database_url {
        Some(u) => u,
        None => {
            let dir = std::env::temp_dir().join(format!("saman-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            format!("sqlite://{}/bench.db", dir.display())
        }
    };
    let db = crate::db::open(&url).await?;
    let t0 = Instant::now();
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 2026, employees });
    let generated = t0.elapsed();
    let hash = saman_web::auth::hash_password(saman_demo::DEMO_PASSWORD)?;
    let t1 = Instant::now();
    db.load_demo(&demo, &hash).await?;
    let loaded = t1.elapsed();
    let positions: usize = demo.orgs.iter().map(|o| o.positions.len()).sum();
    let units: usize = demo.orgs.iter().map(|o| o.units.len()).sum();
    let holdings: usize = demo.orgs.iter().map(|o| o.holdings.len()).sum();
    println!(
        "backend {:?}\temployees {employees}\tunits {units}\tpositions {positions}\tholdings {holdings}\tgenerate_ms {}\tload_ms {}",
        db.backend,
        generated.as_millis(),
        loaded.as_millis()
    );
    Ok(())
}

pub(crate) async fn bench_db(database_url: Option<String>, tag: &str) -> Result<saman_store::Db> {
    let url = match database_url {
        Some(u) => u,
        None => {
            let dir = std::env::temp_dir().join(format!("saman-bench-{tag}-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            format!("sqlite://{}/bench.db", dir.display())
        }
    };
    crate::db::open(&url).await
}

fn app(e: saman_app::Error) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `saman bench gaps`: gap analysis of the largest organisation's root, warm, and after a
/// change made through the store (as another process would); and reading every
/// organisation's facts from scratch (the full recompute).
pub async fn gaps(employees: usize, per_person: Option<usize>, database_url: Option<String>, runs: usize) -> Result<()> {
    use saman_gap::{Rung, analyse};
    let db = bench_db(database_url, "gaps").await?;
    let mut orgs = db.orgs().organisations().await?;
    if orgs.is_empty() {
        let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 2026, employees });
        let t = Instant::now();
        db.load_demo(&demo, "bench").await?;
        println!("loaded {employees} employees in {:.0} ms", ms(t.elapsed()));
        orgs = db.orgs().organisations().await?;
        if let Some(n) = per_person {
            let t = Instant::now();
            let mut added = 0;
            for o in &orgs {
                added += top_up(&db, o.id, n).await?;
            }
            println!("topped up with {added} holdings to {n} per person (by import) in {:.0} ms", ms(t.elapsed()));
        }
    } else {
        println!(
            "using the network already in the database ({} organisations; --employees and --holdings-per-person apply only to an empty one)",
            orgs.len()
        );
    }
    let today = chrono::Utc::now().date_naive();

    // Full recompute: every organisation's facts read from scratch.
    let cache = saman_web::FactsCache::default();
    let t = Instant::now();
    let mut holdings = 0;
    let mut largest = (orgs[0].id, 0usize);
    for o in &orgs {
        let f = cache.reload(&db, o.id, today).await.map_err(app)?;
        holdings += f.holdings.len();
        if f.positions.len() > largest.1 {
            largest = (o.id, f.positions.len());
        }
    }
    let full = ms(t.elapsed());
    println!("full recompute: {} organisations, {holdings} holdings in {full:.0} ms", orgs.len());
    if std::env::var_os("SAMAN_BENCH_PARTS").is_some() {
        for o in &orgs {
            let t = Instant::now();
            let h = db.holdings().facts_by_person(o.id).await?;
            let a = ms(t.elapsed());
            let t = Instant::now();
            let p = db.orgs().current_positions(o.id, today).await?;
            let b = ms(t.elapsed());
            let t = Instant::now();
            let y = db.people().birth_years(o.id).await?;
            let c = ms(t.elapsed());
            println!(
                "  org {}: holdings {} in {a:.0} ms, positions {} in {b:.0} ms, birth years {} in {c:.0} ms",
                o.id.0,
                h.len(),
                p.len(),
                y.len()
            );
        }
    }

    let org = largest.0;
    let views = saman_app::orgview::OrgCache::default();
    let view = views.get(&db, org).await.map_err(app)?;
    let catalogue = db.competences().catalogue(Some(org)).await?;
    let ladder: std::collections::HashMap<i64, Rung> =
        catalogue.iter().filter_map(|c| c.ladder.as_deref().and_then(Rung::parse).map(|r| (c.id.0, r))).collect();
    let run = |facts: &saman_web::GapFacts| {
        let reqs: Vec<saman_gap::Requirement> = facts.requirements.iter().map(saman_app::orgview::gap_requirement).collect();
        analyse(&saman_gap::Input {
            tree: &view.tree,
            root: None,
            positions: &facts.positions,
            holdings: &facts.holdings,
            requirements: &reqs,
            ladder: &ladder,
            today,
            window_days: 90,
        })
    };
    let mut warm = vec![];
    let mut report = None;
    for _ in 0..runs {
        let t = Instant::now();
        let facts = cache.get(&db, org).await.map_err(app)?;
        report = Some(run(&facts));
        warm.push(ms(t.elapsed()));
    }
    let report = report.ok_or_else(|| anyhow::anyhow!("no runs"))?;
    println!(
        "warm gap analysis of the whole largest organisation ({} people, {} requirement rows, {} holdings): median {:.1} ms, max {:.1} ms over {runs} runs",
        report.people,
        report.rows.len(),
        cache.get(&db, org).await.map_err(app)?.holdings.len(),
        median(warm.clone()),
        warm.iter().copied().fold(0.0, f64::max)
    );

    // A change through the store, then the same analysis.
    let person = db.people().list(org, None, 1, 0).await?[0].id;
    let c = catalogue.iter().find(|c| c.key == "brannvern").map(|c| c.id).ok_or_else(|| anyhow::anyhow!("no brannvern"))?;
    let mut after = vec![];
    for i in 0..runs {
        let input = saman_store::HoldingInput {
            competence: c,
            level: 1,
            obtained_on: None,
            expires_on: Some(today + chrono::Duration::days(i as i64)),
            evidence: None,
            source: "self",
        };
        db.holdings().save(&saman_store::Actor::system("bench"), org, person, &input).await?;
        let t = Instant::now();
        let facts = cache.get(&db, org).await.map_err(app)?;
        let _ = run(&facts);
        after.push(ms(t.elapsed()));
    }
    println!(
        "gap analysis right after a change: median {:.1} ms, max {:.1} ms",
        median(after.clone()),
        after.iter().copied().fold(0.0, f64::max)
    );
    Ok(())
}

/// Gives everyone in the organisation `per_person` holdings (the demo gives about 17) through
/// the holdings import: competences of the catalogue they do not hold yet, at level 1.
async fn top_up(db: &saman_store::Db, org: saman_domain::OrgId, per_person: usize) -> Result<usize> {
    let lookup = db.holdings().import_lookup(org).await?;
    let held = db.holdings().keys(org).await?;
    let mut count: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for (p, _) in &held {
        *count.entry(*p).or_default() += 1;
    }
    let mut people: Vec<i64> = lookup.people.values().copied().collect();
    people.sort_unstable();
    let catalogue: Vec<i64> = lookup.catalogue.iter().map(|c| c.id).collect();
    let mut rows = vec![];
    for (i, p) in people.iter().enumerate() {
        let mut missing = per_person.saturating_sub(count.get(p).copied().unwrap_or(0));
        for k in 0..catalogue.len() {
            if missing == 0 {
                break;
            }
            let c = catalogue[(i * 7 + k) % catalogue.len()];
            if !held.contains(&(*p, c)) {
                rows.push(saman_import::HoldingRow {
                    line: rows.len() + 2,
                    person: *p,
                    competence: c,
                    level: 1,
                    obtained_on: None,
                    expires_on: None,
                    evidence: None,
                });
                missing -= 1;
            }
        }
    }
    for chunk in rows.chunks(1_000_000) {
        db.holdings().import(&saman_store::Actor::system("bench"), org, chunk).await?;
    }
    Ok(rows.len())
}

/// `saman bench import-holdings`: a holdings file of `rows` rows for the largest
/// organisation of a demo, checked and then stored in one transaction.
pub async fn import_holdings(employees: usize, rows: usize, database_url: Option<String>) -> Result<()> {
    let db = bench_db(database_url, "import").await?;
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 2026, employees });
    db.load_demo(&demo, "bench").await?;
    let orgs = db.orgs().organisations().await?;
    let mut best = (orgs[0].id, 0);
    for o in &orgs {
        let n = db.people().count(o.id).await?;
        if n > best.1 {
            best = (o.id, n);
        }
    }
    let org = best.0;
    let lookup = db.holdings().import_lookup(org).await?;
    let mut numbers: Vec<&String> = lookup.people.keys().collect();
    numbers.sort();
    let keys: Vec<&str> = lookup.catalogue.iter().filter(|c| c.max_level == 1).map(|c| c.key.as_str()).collect();
    let per_person = rows.div_ceil(numbers.len()).min(keys.len());
    let mut csv = String::from("Ansattnummer;Kompetanse;Nivå;Oppnådd\n");
    let mut n = 0;
    'outer: for (i, num) in numbers.iter().enumerate() {
        for k in 0..per_person {
            if n == rows {
                break 'outer;
            }
            let key = keys[(i + k) % keys.len()];
            csv.push_str(&format!("{num};{key};1;2025-0{}-1{}\n", 1 + k % 9, k % 10));
            n += 1;
        }
    }
    println!("file: {n} rows, {} MB, {} people", csv.len() / 1_000_000, numbers.len());
    let t = Instant::now();
    let parsed = saman_import::parse_holdings_file(csv.as_bytes(), "bench.csv", &lookup).map_err(|e| anyhow::anyhow!("{:?}", e.first()))?;
    let checked = t.elapsed();
    let t = Instant::now();
    let out = db.holdings().import(&saman_store::Actor::system("bench"), org, &parsed).await?;
    let stored = t.elapsed();
    println!(
        "backend {:?}\trows {}\tadded {}\tupdated {}\tunchanged {}\tcheck_ms {:.0}\tstore_ms {:.0}\ttotal_ms {:.0}",
        db.backend,
        parsed.len(),
        out.added,
        out.updated,
        out.unchanged,
        ms(checked),
        ms(stored),
        ms(checked + stored)
    );
    // The same file again, as next month's export that changed little: nothing to write.
    let t = Instant::now();
    let again = db.holdings().import(&saman_store::Actor::system("bench"), org, &parsed).await?;
    println!("again: unchanged {}\tstore_ms {:.0}\ttotal_ms {:.0}", again.unchanged, ms(t.elapsed()), ms(checked + t.elapsed()));
    Ok(())
}
