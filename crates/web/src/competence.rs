//! Helpers the competence pages share: names in the user's language, scale level
//! names, and who may change whose profile.

pub mod catalogue;
pub mod evidence;
pub mod forecast;
pub mod gaps;
pub mod gaps_xlsx;
pub mod holdings_import;
pub mod profile;
use saman_app::records::CompetenceRow;
use saman_catalogue::default_catalogue_ref;
use saman_domain::Lang;

/// The name of a level on a competence's scale, e.g. "God" for 3 on the proficiency scale.
pub fn level_name(lang: Lang, scale: &str, value: i64) -> String {
    default_catalogue_ref()
        .scale(scale)
        .and_then(|s| u8::try_from(value).ok().and_then(|v| s.level(v)))
        .map(|l| l.name.get(lang).to_string())
        .unwrap_or_else(|| value.to_string())
}

/// Options for choosing a competence: (id, name), by name in the user's language.
pub fn options(lang: Lang, cat: &[CompetenceRow]) -> Vec<(i64, String)> {
    let mut v: Vec<(i64, String)> = cat.iter().map(|c| (c.id.0, c.name(lang).to_string())).collect();
    v.sort_by_key(|a| a.1.to_lowercase());
    v
}
