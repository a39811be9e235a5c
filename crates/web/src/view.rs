//! What every page template can call on its context, and the one function that
//! turns a template into a response.

use crate::cookies;
use crate::ctx::Ctx;
use crate::error::AppError;
use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDate;
use saman_domain::{Lang, Role, format};
use saman_i18n::{Arg, t, t_args};

pub struct NavItem {
    pub href: String,
    pub label: String,
    pub current: bool,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    /// A message with one named argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        t_args(self.lang, key, &[(name, Arg::from(value))])
    }

    /// A message with two named arguments.
    pub fn t2n(&self, key: &str, a: &str, va: &str, b: &str, vb: &str) -> String {
        t_args(self.lang, key, &[(a, Arg::from(va)), (b, Arg::from(vb))])
    }

    /// A message with a count, for plurals.
    pub fn tn(&self, key: &str, count: &i64) -> String {
        t_args(self.lang, key, &[("count", Arg::Num(*count)), ("formatted", Arg::Str(format::int(*count)))])
    }

    /// A message with a count and a total.
    pub fn t2(&self, key: &str, count: &usize, total: &usize) -> String {
        t_args(self.lang, key, &[("count", Arg::from(*count)), ("total", Arg::from(*total))])
    }

    pub fn int(&self, n: &i64) -> String {
        format::int(*n)
    }

    pub fn uint(&self, n: &usize) -> String {
        format::int(i64::try_from(*n).unwrap_or(i64::MAX))
    }

    pub fn date(&self, d: &NaiveDate) -> String {
        format::date(*d)
    }

    pub fn datetime(&self, unix: &i64) -> String {
        chrono::DateTime::from_timestamp(*unix, 0)
            .map(|d| d.with_timezone(&chrono_tz::Europe::Oslo).format("%d.%m.%Y %H:%M").to_string())
            .unwrap_or_default()
    }

    pub fn percent(&self, p: &saman_domain::parse::Percent) -> String {
        format!("{}\u{a0}%", format::decimal(p.as_f64(), 2))
    }

    pub fn langs(&self) -> &'static [Lang] {
        &Lang::ALL
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn display_name(&self) -> &str {
        self.user.as_ref().map(|s| s.user.display_name.as_str()).unwrap_or("")
    }

    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }

    pub fn asset(&self, name: &str) -> String {
        format!("/assets/{}/{name}", *crate::assets::VERSION)
    }

    /// The main navigation for this user.
    pub fn nav(&self) -> Vec<NavItem> {
        let Some(s) = &self.user else { return vec![] };
        let mut items: Vec<(&str, String)> = vec![("nav-home", "/".into())];
        if let Some((_, person)) = s.access.person {
            items.push(("nav-my-profile", format!("/people/{person}")));
        }
        items.push(("nav-organisations", "/organisations".into()));
        items.push(("nav-competences", "/competences".into()));
        items.push(("nav-experts", "/experts".into()));
        items.push(("nav-learning", "/learning".into()));
        items.push(("nav-mobility", "/mobility".into()));
        if s.access.is_admin() || s.access.has_role(Role::Coordinator) {
            items.push(("nav-networks", "/networks".into()));
        }
        if s.access.is_admin() || s.access.has_role(Role::Hr) {
            items.push(("nav-import", "/import".into()));
            items.push(("nav-audit", "/audit".into()));
        }
        if s.access.is_admin() {
            items.push(("nav-admin", "/admin/users".into()));
        }
        items.push(("nav-account", "/account".into()));
        items
            .into_iter()
            .map(|(key, href)| {
                let current = if href == "/" { self.path == "/" } else { self.path == href || self.path.starts_with(&format!("{href}/")) };
                NavItem { label: self.t(key), href, current }
            })
            .collect()
    }
}

/// Renders a page template into a response, setting the CSRF cookie when one was made.
pub fn page<T: Template>(ctx: &Ctx, tpl: &T) -> Result<Response, AppError> {
    let html = tpl.render().map_err(|e| AppError::internal("template failed", &e))?;
    let mut resp = Html(html).into_response();
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if ctx.set_csrf_cookie {
        let c = cookies::set(cookies::csrf_name(ctx.secure), &ctx.csrf, ctx.secure, true, None);
        if let Ok(v) = HeaderValue::from_str(&c) {
            h.append(header::SET_COOKIE, v);
        }
    }
    Ok(resp)
}
