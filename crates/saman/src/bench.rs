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
    let db = crate::run::open(&url).await?;
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
