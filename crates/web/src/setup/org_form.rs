//! The organisation fields, shared by the set-up page and the new-organisation page.

use crate::ctx::Ctx;
use saman_app::orgs::OrgDraft;
use saman_domain::OrgKind;
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
pub struct OrgFields {
    #[serde(default)]
    pub org_name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub org_number: String,
    #[serde(default)]
    pub municipality_number: String,
}

impl OrgFields {
    pub fn draft(&self) -> OrgDraft {
        OrgDraft {
            name: self.org_name.clone(),
            kind: self.kind.clone(),
            org_number: self.org_number.clone(),
            municipality_number: self.municipality_number.clone(),
        }
    }

    /// Each kind's code, name, and whether it is the one chosen (a municipality by default).
    pub fn kinds(&self, ctx: &Ctx) -> Vec<(&'static str, String, bool)> {
        let chosen = if self.kind.is_empty() { OrgKind::Municipality.code() } else { self.kind.as_str() };
        OrgKind::ALL.iter().map(|k| (k.code(), ctx.t(&format!("org-kind-{}", k.code())), k.code() == chosen)).collect()
    }
}

/// The form's id and label for a field a use case names (the organisation's name is
/// `org_name` beside a person's name on the set-up page).
pub fn field_name(f: &str) -> (String, String) {
    match f {
        "name" => ("org_name".into(), "field-org-name".into()),
        "kind" => ("kind".into(), "field-org-kind".into()),
        f => (f.to_string(), format!("field-{}", f.replace('_', "-"))),
    }
}
