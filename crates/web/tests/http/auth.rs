use crate::support::{PASSWORD, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn sign_in_and_out() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let r = c.get("/").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/signin?next=/");
    c.sign_in("hr", PASSWORD).await;
    let home = c.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Fjordvik kommune"), "{}", home.body);
    let out = c.post("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/").await.status, StatusCode::SEE_OTHER, "still signed in after signing out");
    let audit = app.db.audit().list(None, 50).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "signin" && e.actor_name == "hr"));
}

#[tokio::test]
async fn wrong_password_is_refused_in_the_users_language() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.accept_language = Some("nn-NO,nn;q=0.9".into());
    c.get("/signin").await;
    let r = c.post("/signin", &[("username", "hr"), ("password", "feil passord")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("Feil brukarnamn eller passord."), "{}", r.body);
    assert_eq!(r.html_lang().as_deref(), Some("nn"));
    assert_eq!(c.get("/").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sign_in_is_rate_limited() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/signin").await;
    for _ in 0..10 {
        let r = c.post("/signin", &[("username", "admin"), ("password", "gjetning12345")]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let r = c.post("/signin", &[("username", "admin"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "the right password must not get through once limited");
    assert!(r.body.contains("For mange forsøk"), "{}", r.body);
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/signin").await;
    let r = c.post_raw("/signin", &[("username", "admin"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = c.post_raw("/signin", &[("username", "admin"), ("password", PASSWORD), ("csrf", "x".repeat(43).as_str())]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut signed = app.signed_in("admin").await;
    let r = signed.post_raw("/admin/users", &[("username", "ny.bruker"), ("display_name", "Ny"), ("password", "langt-passord-1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app.db.users().by_username("ny.bruker").await.unwrap().is_none(), "a refused form must change nothing");
}

#[tokio::test]
async fn language_follows_the_browser_then_the_users_choice() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.accept_language = Some("en-GB,en;q=0.9".into());
    let r = c.get("/signin").await;
    assert_eq!(r.html_lang().as_deref(), Some("en"));
    assert!(r.body.contains("Sign in"));
    c.sign_in("leder", PASSWORD).await;
    let r = c.post("/lang", &[("lang", "nn"), ("next", "/organisations")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/organisations");
    let page = c.get("/organisations").await;
    assert_eq!(page.html_lang().as_deref(), Some("nn"));
    assert!(page.body.contains("Organisasjonar"));
    // Remembered for the user: a new browser that prefers English still gets nynorsk after sign-in.
    let mut other = app.client();
    other.accept_language = Some("en".into());
    other.sign_in("leder", PASSWORD).await;
    assert_eq!(other.get("/").await.html_lang().as_deref(), Some("nn"));
    // The change is in the audit log, once: choosing the same language again changes nothing.
    other.get("/").await;
    other.post("/lang", &[("lang", "nn"), ("next", "/")]).await;
    let log = app.db.audit().list(None, 100).await.unwrap();
    let changes: Vec<_> = log.iter().filter(|e| e.action == "set-language" && e.actor_name == "leder").collect();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].detail, "nn");
}

#[tokio::test]
async fn sign_in_goes_back_to_the_page_asked_for_but_never_off_site() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/signin?next=/organisations").await;
    let r = c.post("/signin", &[("username", "hr"), ("password", PASSWORD), ("next", "/organisations")]).await;
    assert_eq!(r.location(), "/organisations");
    let mut c = app.client();
    c.get("/signin").await;
    let r = c.post("/signin", &[("username", "hr"), ("password", PASSWORD), ("next", "//evil.example/")]).await;
    assert_eq!(r.location(), "/");
}

#[tokio::test]
async fn sign_in_and_language_refuse_the_usual_redirect_bypasses() {
    let app = TestApp::new().await;
    let bypasses = [
        "/\t/evil.example",
        "/\tevil.example",
        "/\\evil.example",
        "/%5Cevil.example",
        "/%2F/evil.example",
        "/\n/evil.example",
        "https://evil.example",
    ];
    for bad in bypasses {
        let mut c = app.client();
        c.get("/signin").await;
        let r = c.post("/signin", &[("username", "hr"), ("password", PASSWORD), ("next", bad)]).await;
        assert_eq!(r.location(), "/", "sign-in with {bad:?}");
        // Signed in, the sign-in page sends one on at once: the query is decoded first.
        let r = c.get(&format!("/signin?next={}", saman_web::error::urlencode(bad))).await;
        assert_eq!(r.location(), "/", "signed in, {bad:?}");
        c.get("/").await;
        let r = c.post("/lang", &[("lang", "nn"), ("next", bad)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location(), "/", "language with {bad:?}");
    }
}

#[tokio::test]
async fn security_headers_are_set() {
    let app = TestApp::new().await;
    let r = app.client().get("/signin").await;
    let h = |n: &str| r.headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert!(h("content-security-policy").contains("default-src 'self'"));
    assert_eq!(h("x-content-type-options"), "nosniff");
    assert_eq!(h("x-frame-options"), "DENY");
    let cookie = r.headers.get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
}
