//! Catalogue consistency checks.

use std::collections::{HashMap, HashSet};

use crate::model::{Catalogue, Kind, Text, is_slug};

impl Catalogue {
    /// Checks that keys are unique slugs, references resolve, the category tree has no
    /// cycles, scale values run 1..=n, and every text has all three languages.
    /// Returns every problem found, in English, for the people maintaining the data.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut errors = Vec::new();
        self.check_scales(&mut errors);
        self.check_categories(&mut errors);
        self.check_competences(&mut errors);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    fn check_scales(&self, errors: &mut Vec<String>) {
        let mut seen = HashSet::new();
        for scale in &self.scales {
            let key = &scale.key;
            check_key("scale", key, &mut seen, errors);
            check_text(&format!("scale {key}"), "name", &scale.name, errors);
            if scale.levels.is_empty() {
                errors.push(format!("scale {key}: has no levels"));
            }
            for (i, level) in scale.levels.iter().enumerate() {
                let expected = i + 1;
                if usize::from(level.value) != expected {
                    errors.push(format!(
                        "scale {key}: level {} has value {}, expected {expected} (values run 1..=n, low to high)",
                        i + 1,
                        level.value
                    ));
                }
                check_text(&format!("scale {key} level {}", level.value), "name", &level.name, errors);
            }
        }
    }

    fn check_categories(&self, errors: &mut Vec<String>) {
        let mut seen = HashSet::new();
        for cat in &self.categories {
            check_key("category", &cat.key, &mut seen, errors);
            check_text(&format!("category {}", cat.key), "name", &cat.name, errors);
            if let Some(parent) = &cat.parent
                && self.category(parent).is_none()
            {
                errors.push(format!("category {}: unknown parent {parent}", cat.key));
            }
        }
        let parents: HashMap<&str, Option<&str>> = self.categories.iter().map(|c| (c.key.as_str(), c.parent.as_deref())).collect();
        for cat in &self.categories {
            let mut at = cat.parent.as_deref();
            let mut steps = 0;
            while let Some(key) = at {
                steps += 1;
                if key == cat.key || steps > parents.len() {
                    errors.push(format!("category {}: parent chain loops", cat.key));
                    break;
                }
                at = parents.get(key).copied().flatten();
            }
        }
    }

    fn check_competences(&self, errors: &mut Vec<String>) {
        let category_keys: HashSet<&str> = self.categories.iter().map(|c| c.key.as_str()).collect();
        let mut seen = HashSet::new();
        for c in &self.competences {
            let key = &c.key;
            let what = format!("competence {key}");
            check_key("competence", key, &mut seen, errors);
            if category_keys.contains(key.as_str()) {
                errors.push(format!("{what}: key is also a category key"));
            }
            if !category_keys.contains(c.category.as_str()) {
                errors.push(format!("{what}: unknown category {}", c.category));
            }
            if self.scale(&c.scale).is_none() {
                errors.push(format!("{what}: unknown scale {}", c.scale));
            }
            check_text(&what, "name", &c.name, errors);
            if let Some(d) = &c.description {
                check_text(&what, "description", d, errors);
            }
            match (c.kind, c.ladder) {
                (Kind::FormalEducation, None) => {
                    errors.push(format!("{what}: formal education needs a ladder rung"));
                }
                (kind, Some(_)) if kind != Kind::FormalEducation => {
                    errors.push(format!("{what}: only formal education has a ladder rung"));
                }
                _ => {}
            }
            if c.validity_months == Some(0) {
                errors.push(format!("{what}: validity_months must be at least 1"));
            }
            for code in &c.position_codes {
                if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                    errors.push(format!("{what}: position code {code:?} is not a number"));
                }
            }
            if let Some(code) = &c.styrk08
                && (code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()))
            {
                errors.push(format!("{what}: STYRK-08 code {code:?} is not four digits"));
            }
            if let Some(uri) = &c.esco_uri
                && !uri.starts_with("http://data.europa.eu/esco/")
            {
                errors.push(format!("{what}: ESCO URI {uri:?} is not an ESCO concept URI"));
            }
        }
    }
}

fn check_key<'a>(what: &str, key: &'a str, seen: &mut HashSet<&'a str>, errors: &mut Vec<String>) {
    if !is_slug(key) {
        errors.push(format!("{what} {key:?}: key is not a slug of [a-z0-9-]"));
    }
    if !seen.insert(key) {
        errors.push(format!("{what} {key}: duplicate key"));
    }
}

fn check_text(owner: &str, field: &str, text: &Text, errors: &mut Vec<String>) {
    for (lang, value) in [("nb", &text.nb), ("nn", &text.nn), ("en", &text.en)] {
        if value.trim().is_empty() {
            errors.push(format!("{owner}: {field} is empty in {lang}"));
        }
    }
}
