//! Static files, embedded in the binary and served with long cache lifetimes
//! under a content-hashed path.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

struct Asset {
    name: &'static str,
    mime: &'static str,
    body: &'static [u8],
}

const FILES: &[Asset] = &[
    Asset { name: "designsystemet.css", mime: "text/css", body: include_bytes!(concat!(env!("OUT_DIR"), "/designsystemet.css")) },
    Asset { name: "theme.css", mime: "text/css", body: include_bytes!(concat!(env!("OUT_DIR"), "/theme.css")) },
    Asset { name: "htmx.min.js", mime: "text/javascript", body: include_bytes!(concat!(env!("OUT_DIR"), "/htmx.min.js")) },
    Asset { name: "inter-400.woff2", mime: "font/woff2", body: include_bytes!(concat!(env!("OUT_DIR"), "/inter-400.woff2")) },
    Asset { name: "inter-600.woff2", mime: "font/woff2", body: include_bytes!(concat!(env!("OUT_DIR"), "/inter-600.woff2")) },
    Asset { name: "inter-700.woff2", mime: "font/woff2", body: include_bytes!(concat!(env!("OUT_DIR"), "/inter-700.woff2")) },
    Asset { name: "saman.css", mime: "text/css", body: include_bytes!("../assets/saman.css") },
    Asset { name: "saman.js", mime: "text/javascript", body: include_bytes!("../assets/saman.js") },
    Asset { name: "favicon.svg", mime: "image/svg+xml", body: include_bytes!("../assets/favicon.svg") },
];

/// A version string that changes whenever any asset changes, used in asset URLs.
pub static VERSION: LazyLock<String> = LazyLock::new(|| {
    let mut h = Sha256::new();
    for f in FILES {
        h.update(f.body);
    }
    hex(&h.finalize()[..6])
});

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub async fn serve(Path((_version, name)): Path<(String, String)>) -> Response {
    match FILES.iter().find(|f| f.name == name) {
        Some(f) => {
            let mut r = f.body.into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(f.mime));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
            r
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn favicon() -> Response {
    serve(Path((String::new(), "favicon.svg".into()))).await
}
