//! `saman bench learning`: the learning actions of a large organisation, through the same
//! HTTP handlers people use — enrolling 600 people in one action, marking their attendance
//! and completion (which grants the competence), and the activity's progress page, warm.

use anyhow::{Result, anyhow};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use std::time::Instant;
use tower::ServiceExt;

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Sends one request; fails unless the status is the expected one.
async fn send(router: &axum::Router, req: Request<Body>, want: StatusCode) -> Result<(f64, serde_json::Value, usize)> {
    let t = Instant::now();
    let resp = router.clone().oneshot(req).await?;
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 64 * 1024 * 1024).await?;
    let took = ms(t.elapsed());
    if status != want {
        return Err(anyhow!("{status}: {}", String::from_utf8_lossy(&bytes)));
    }
    Ok((took, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null), bytes.len()))
}

fn api(method: &str, path: &str, token: &str, body: serde_json::Value) -> Result<Request<Body>> {
    Ok(Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))?)
}

pub async fn learning(employees: usize, people: usize, database_url: Option<String>, runs: usize) -> Result<()> {
    let db = crate::bench::bench_db(database_url, "learning").await?;
    let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 2026, employees });
    let t = Instant::now();
    db.load_demo(&demo, "bench").await?;
    println!("loaded {employees} employees in {:.0} ms", ms(t.elapsed()));
    let mut largest = (db.orgs().organisations().await?[0].id, 0);
    for o in db.orgs().organisations().await? {
        let n = db.people().count(o.id).await?;
        if n > largest.1 {
            largest = (o.id, n);
        }
    }
    let org = largest.0;
    let (admin, _) = db.users().by_username("admin").await?.ok_or_else(|| anyhow!("no admin"))?;
    let token = saman_web::auth::new_api_token();
    db.users().create_token(&saman_store::Actor::system("bench"), admin.id, "bench", &saman_web::auth::token_hash(&token)).await?;
    let session = saman_web::auth::random_token();
    db.sessions().create(&saman_web::auth::token_hash(&session), admin.id, "bench-csrf", chrono::Utc::now().timestamp() + 3600).await?;
    let router = saman_web::router(saman_web::AppState::new(db.clone(), saman_web::WebConfig::default()));

    let competence = db
        .competences()
        .catalogue(Some(org))
        .await?
        .into_iter()
        .find(|c| c.key == "legemiddelhandtering")
        .ok_or_else(|| anyhow!("no competence"))?;
    let body = serde_json::json!({"kind": "course", "title": "Legemiddelhåndtering", "competence_id": competence.id.0, "completion_rule": "all", "target": people});
    let (_, a, _) =
        send(&router, api("POST", &format!("/api/v1/organisations/{}/activities", org.0), &token, body)?, StatusCode::CREATED).await?;
    let activity = a["id"].as_i64().ok_or_else(|| anyhow!("no activity id"))?;
    let (_, d, _) = send(
        &router,
        api("POST", &format!("/api/v1/activities/{activity}/cohorts"), &token, serde_json::json!({"name": "Alle", "capacity": people}))?,
        StatusCode::CREATED,
    )
    .await?;
    let cohort = d["cohorts"][0]["id"].as_i64().ok_or_else(|| anyhow!("no cohort id"))?;
    let today = chrono::Utc::now().date_naive();
    let mut sessions = vec![];
    for day in [2, 1] {
        let start = (today - chrono::Duration::days(day)).format("%Y-%m-%dT09:00").to_string();
        let end = (today - chrono::Duration::days(day)).format("%Y-%m-%dT12:00").to_string();
        let (_, s, _) = send(
            &router,
            api(
                "POST",
                &format!("/api/v1/cohorts/{cohort}/sessions"),
                &token,
                serde_json::json!({"starts_at": start, "ends_at": end, "place": "Rådhuset"}),
            )?,
            StatusCode::CREATED,
        )
        .await?;
        sessions.push(s["id"].as_i64().ok_or_else(|| anyhow!("no session id"))?);
    }
    // People spread over the organisation, so progress per unit has many rows.
    let all = db.people().list(org, None, largest.1, 0).await?;
    let step = (all.len() / people).max(1);
    let ids: Vec<i64> = all.iter().step_by(step).take(people).map(|p| p.id.0).collect();

    let (enrol_ms, out, _) = send(
        &router,
        api("POST", &format!("/api/v1/cohorts/{cohort}/enrolments"), &token, serde_json::json!({"person_ids": ids}))?,
        StatusCode::CREATED,
    )
    .await?;
    let placed = out["enrolled"].as_array().map_or(0, Vec::len);
    println!("enrol {placed} people in one action: {enrol_ms:.0} ms");
    let mut attend = vec![];
    for s in &sessions {
        let (t, _, _) = send(
            &router,
            api("POST", &format!("/api/v1/sessions/{s}/attendance"), &token, serde_json::json!({"person_ids": ids}))?,
            StatusCode::OK,
        )
        .await?;
        attend.push(t);
    }
    println!("mark {placed} present at a session: {:.0} ms", median(attend));
    let (complete_ms, out, _) =
        send(&router, api("POST", &format!("/api/v1/cohorts/{cohort}/completions"), &token, serde_json::json!({}))?, StatusCode::OK)
            .await?;
    println!(
        "mark completion for {} people, granting the competence: {complete_ms:.0} ms",
        out["completed"].as_array().map_or(0, Vec::len)
    );

    let page = || {
        Request::get(format!("/learning/{activity}"))
            .header(header::COOKIE, format!("{}={session}", saman_web::session_name(false)))
            .body(Body::empty())
    };
    let (first, _, size) = send(&router, page()?, StatusCode::OK).await?;
    let mut warm = vec![];
    for _ in 0..runs {
        warm.push(send(&router, page()?, StatusCode::OK).await?.0);
    }
    println!(
        "progress page of an activity in an organisation of {} people ({size} bytes): first {first:.0} ms, warm median {:.1} ms, max {:.1} ms over {runs} runs",
        largest.1,
        median(warm.clone()),
        warm.iter().copied().fold(0.0, f64::max)
    );
    Ok(())
}
