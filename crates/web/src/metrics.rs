//! Request counters in Prometheus' text format. Hand-written: a handful of atomics
//! do not justify a metrics framework.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

#[derive(Default)]
pub struct Metrics {
    by_class: [AtomicU64; 5],
    duration_micros: AtomicU64,
    requests: AtomicU64,
    signins_failed: AtomicU64,
}

impl Metrics {
    pub fn observe(&self, status: u16, micros: u64) {
        let class = (status / 100).clamp(1, 5) as usize - 1;
        self.by_class[class].fetch_add(1, Relaxed);
        self.requests.fetch_add(1, Relaxed);
        self.duration_micros.fetch_add(micros, Relaxed);
    }

    pub fn signin_failed(&self) {
        self.signins_failed.fetch_add(1, Relaxed);
    }

    pub fn render(&self, db_up: bool) -> String {
        let mut s = String::new();
        s.push_str("# HELP saman_http_requests_total HTTP requests answered, by status class.\n");
        s.push_str("# TYPE saman_http_requests_total counter\n");
        for (i, c) in self.by_class.iter().enumerate() {
            s.push_str(&format!("saman_http_requests_total{{class=\"{}xx\"}} {}\n", i + 1, c.load(Relaxed)));
        }
        s.push_str("# HELP saman_http_request_duration_seconds Time spent answering HTTP requests.\n");
        s.push_str("# TYPE saman_http_request_duration_seconds summary\n");
        s.push_str(&format!(
            "saman_http_request_duration_seconds_sum {}\nsaman_http_request_duration_seconds_count {}\n",
            self.duration_micros.load(Relaxed) as f64 / 1e6,
            self.requests.load(Relaxed)
        ));
        s.push_str("# HELP saman_signin_failures_total Failed sign-in attempts.\n# TYPE saman_signin_failures_total counter\n");
        s.push_str(&format!("saman_signin_failures_total {}\n", self.signins_failed.load(Relaxed)));
        s.push_str("# HELP saman_database_up Whether the database answered.\n# TYPE saman_database_up gauge\n");
        s.push_str(&format!("saman_database_up {}\n", u8::from(db_up)));
        s
    }
}
