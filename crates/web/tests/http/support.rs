//! A test app with a small demo network, and a client that keeps cookies and
//! picks up the CSRF token from the last page, as a browser would.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use saman_domain::{OrgId, PersonId};
use saman_store::Db;
use std::collections::HashMap;
use tower::ServiceExt;

pub const PASSWORD: &str = saman_demo::DEMO_PASSWORD;

pub struct TestApp {
    pub db: Db,
    pub router: Router,
}

impl TestApp {
    /// A fresh database with a demo network of 120 employees.
    pub async fn new() -> TestApp {
        let db = saman_store::testing::fresh_db().await;
        let demo = saman_demo::generate(&saman_demo::DemoConfig { seed: 7, employees: 120 });
        let hash = saman_web::auth::hash_password(PASSWORD).expect("hash");
        db.load_demo(&demo, &hash).await.expect("load demo");
        let router = saman_web::router(saman_web::AppState::new(db.clone(), saman_web::WebConfig::default()));
        TestApp { db, router }
    }

    /// As [`TestApp::new`], with the web layer configured otherwise.
    pub async fn with_config(cfg: saman_web::WebConfig) -> TestApp {
        let app = TestApp::new().await;
        let router = saman_web::router(saman_web::AppState::new(app.db.clone(), cfg));
        TestApp { router, ..app }
    }

    /// A fresh database with nothing in it, as a new installation starts.
    pub async fn empty() -> TestApp {
        let db = saman_store::testing::fresh_db().await;
        let router = saman_web::router(saman_web::AppState::new(db.clone(), saman_web::WebConfig::default()));
        TestApp { db, router }
    }

    pub fn client(&self) -> Client {
        Client { router: self.router.clone(), cookies: HashMap::new(), csrf: None, accept_language: None }
    }

    pub async fn signed_in(&self, username: &str) -> Client {
        let mut c = self.client();
        c.sign_in(username, PASSWORD).await;
        c
    }

    pub async fn org_id(&self, name: &str) -> OrgId {
        self.db.orgs().organisations().await.unwrap().into_iter().find(|o| o.name == name).unwrap_or_else(|| panic!("no org {name}")).id
    }

    pub async fn person_of(&self, username: &str) -> PersonId {
        self.db.users().by_username(username).await.unwrap().unwrap().0.person.unwrap()
    }

    pub async fn token_for(&self, username: &str) -> String {
        let (u, _) = self.db.users().by_username(username).await.unwrap().unwrap();
        let token = saman_web::auth::new_api_token();
        self.db
            .users()
            .create_token(&saman_store::Actor::system("test"), u.id, "test", &saman_web::auth::token_hash(&token))
            .await
            .unwrap();
        token
    }

    /// Some person in `org` other than those given.
    pub async fn someone_in(&self, org: OrgId, not: &[PersonId]) -> PersonId {
        self.db.people().list(org, None, 500, 0).await.unwrap().into_iter().map(|p| p.id).find(|p| !not.contains(p)).unwrap()
    }
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (downloads that are not text).
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn html_lang(&self) -> Option<String> {
        let i = self.body.find("<html lang=\"")? + 12;
        Some(self.body[i..].split('"').next()?.to_string())
    }
}

pub struct Client {
    router: Router,
    cookies: HashMap<String, String>,
    pub csrf: Option<String>,
    pub accept_language: Option<String>,
}

impl Client {
    async fn send(&mut self, mut req: Request<Body>) -> Resp {
        let cookie: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if !cookie.is_empty() {
            req.headers_mut().insert(header::COOKIE, cookie.join("; ").parse().unwrap());
        }
        if let Some(l) = &self.accept_language {
            req.headers_mut().insert(header::ACCEPT_LANGUAGE, l.parse().unwrap());
        }
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        for c in headers.get_all(header::SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (pair, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = pair.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        let bytes = resp.into_body().collect().await.unwrap().to_bytes().to_vec();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(i) = body.find("name=\"csrf\" value=\"") {
            self.csrf = body[i + 19..].split('"').next().map(str::to_string);
        }
        Resp { status, headers, body, bytes }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    /// A GET as htmx sends it from a page.
    pub async fn get_htmx(&mut self, path: &str) -> Resp {
        self.send(Request::get(path).header("hx-request", "true").body(Body::empty()).unwrap()).await
    }

    /// Posts a form with the CSRF token of the last page.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone().unwrap_or_default();
        all.push(("csrf", &csrf));
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let req = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body)).unwrap();
        self.send(req).await
    }

    /// Posts a multipart form with one file.
    pub async fn post_file(&mut self, path: &str, fields: &[(&str, &str)], filename: &str, content: &[u8]) -> Resp {
        self.post_file_as(path, fields, "file", filename, content).await
    }

    /// Posts a multipart form with one file in the field `name`.
    pub async fn post_file_as(&mut self, path: &str, fields: &[(&str, &str)], name: &str, filename: &str, content: &[u8]) -> Resp {
        let boundary = "----samanTestBoundary7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = vec![];
        let csrf = self.csrf.clone().unwrap_or_default();
        for (k, v) in fields.iter().chain([("csrf", csrf.as_str())].iter()) {
            body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes());
        }
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend(content);
        body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    pub async fn sign_in(&mut self, username: &str, password: &str) -> Resp {
        self.get("/signin").await;
        let r = self.post("/signin", &[("username", username), ("password", password), ("next", "/")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in as {username} failed: {}", r.body);
        // Like a browser, follow the redirect, which also brings the session's CSRF token.
        let next = r.location().to_string();
        self.get(&next).await;
        r
    }

    pub async fn api(&mut self, method: &str, path: &str, token: Option<&str>, body: Option<serde_json::Value>) -> Resp {
        let mut b = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = match body {
            Some(j) => b.header(header::CONTENT_TYPE, "application/json").body(Body::from(j.to_string())).unwrap(),
            None => b.body(Body::empty()).unwrap(),
        };
        self.send(req).await
    }
}
