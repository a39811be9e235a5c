//! Helpers the competence pages share: names in the user's language, scale level
//! names, and who may change whose profile.

use saman_catalogue::default_catalogue_ref;
use saman_domain::Lang;
use saman_store::CompetenceRow;

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

/// Up to three competences chosen in a form (`competence_1` … `competence_3`), each one that
/// `known` accepts; an empty choice is skipped and a repeat counts once. A wrong one is an
/// error on its own field.
pub fn choices(lang: Lang, e: &mut crate::formerr::FieldErrors, values: [&str; 3], known: impl Fn(i64) -> bool) -> Vec<i64> {
    let mut out = vec![];
    for (field, v) in ["competence_1", "competence_2", "competence_3"].into_iter().zip(values) {
        if v.is_empty() {
            continue;
        }
        match v.parse::<i64>().ok().filter(|id| known(*id)) {
            Some(id) if !out.contains(&id) => out.push(id),
            Some(_) => {}
            None => e.add(lang, field, "field-competence", "err-bad-choice"),
        }
    }
    out
}
