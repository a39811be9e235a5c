//! Writing a catalogue as a Moodle competency-framework CSV.

use std::collections::{HashMap, HashSet};

use saman_domain::Lang;

use super::{FORMAT_HTML, HEADERS, text_to_html};
use crate::model::{Catalogue, Competence, Scale};

/// Writes `cat` as a Moodle competency framework in `lang`: one framework row
/// (ID number `framework_id`, short name `framework_name`) carrying the most used
/// scale, then categories as parent competencies and competences as their children.
/// A competence whose scale differs from the framework's carries its own scale, as
/// Moodle does for competencies that override the framework scale.
pub fn export(cat: &Catalogue, lang: Lang, framework_id: &str, framework_name: &str) -> String {
    let framework_scale = framework_scale(cat);
    let scale_ids: HashMap<&str, usize> = cat.scales.iter().enumerate().map(|(i, s)| (s.key.as_str(), i + 1)).collect();

    let mut w = Writer { out: String::new(), exported: 0 };
    w.row(&HEADERS.map(String::from));

    let (values, config) = match framework_scale {
        Some(s) => (scale_values(s, lang), scale_configuration(s, scale_ids.get(s.key.as_str()))),
        None => (String::new(), String::new()),
    };
    let taxonomy = vec!["competency"; depth(cat).max(4)].join(",");
    w.row(&[
        String::new(),
        framework_id.to_string(),
        framework_name.to_string(),
        String::new(),
        FORMAT_HTML.to_string(),
        values,
        config,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        "1".to_string(),
        taxonomy,
    ]);

    let mut ctx = Ctx { cat, lang, framework_scale, scale_ids, written: HashSet::new() };
    for top in cat.subcategories(None) {
        ctx.category(&mut w, &top.key, "");
    }
    // Anything not reached from the top (only in an invalid catalogue) still goes out.
    for c in &cat.categories {
        if !ctx.written.contains(c.key.as_str()) {
            let parent = c.parent.as_deref().unwrap_or("");
            ctx.category(&mut w, &c.key, parent);
        }
    }
    let category_keys: HashSet<&str> = cat.categories.iter().map(|c| c.key.as_str()).collect();
    for c in cat.competences.iter().filter(|c| !category_keys.contains(c.category.as_str())) {
        ctx.competence(&mut w, c, "");
    }
    w.out
}

struct Ctx<'a> {
    cat: &'a Catalogue,
    lang: Lang,
    framework_scale: Option<&'a Scale>,
    scale_ids: HashMap<&'a str, usize>,
    written: HashSet<&'a str>,
}

impl<'a> Ctx<'a> {
    fn category(&mut self, w: &mut Writer, key: &'a str, parent: &str) {
        if !self.written.insert(key) {
            return;
        }
        let Some(cat) = self.cat.category(key) else { return };
        w.competency(parent, key, cat.name.get(self.lang), "", "", "");
        for c in self.cat.competences_in(key) {
            self.competence(w, c, key);
        }
        let children: Vec<&'a str> = self.cat.subcategories(Some(key)).map(|c| c.key.as_str()).collect();
        for child in children {
            self.category(w, child, key);
        }
    }

    fn competence(&self, w: &mut Writer, c: &Competence, parent: &str) {
        let description = c.description.as_ref().map(|d| text_to_html(d.get(self.lang))).unwrap_or_default();
        let own_scale = self.cat.scale(&c.scale).filter(|s| self.framework_scale.map(|f| f.key != s.key).unwrap_or(true));
        let (values, config) = match own_scale {
            Some(s) => (scale_values(s, self.lang), scale_configuration(s, self.scale_ids.get(s.key.as_str()))),
            None => (String::new(), String::new()),
        };
        w.competency(parent, &c.key, c.name.get(self.lang), &description, &values, &config);
    }
}

struct Writer {
    out: String,
    exported: usize,
}

impl Writer {
    fn competency(&mut self, parent: &str, id: &str, name: &str, description: &str, scale_values: &str, scale_config: &str) {
        self.exported += 1;
        self.row(&[
            parent.to_string(),
            id.to_string(),
            name.to_string(),
            description.to_string(),
            FORMAT_HTML.to_string(),
            scale_values.to_string(),
            scale_config.to_string(),
            String::new(),
            "0".to_string(),
            "null".to_string(),
            String::new(),
            self.exported.to_string(),
            String::new(),
            String::new(),
        ]);
    }

    fn row(&mut self, fields: &[String]) {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_field(&mut self.out, field);
        }
        self.out.push('\n');
    }
}

fn push_field(out: &mut String, field: &str) {
    let needs_quotes = field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs_quotes {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The scale used by most competences (ties go to the scale listed first).
fn framework_scale(cat: &Catalogue) -> Option<&Scale> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in &cat.competences {
        *counts.entry(c.scale.as_str()).or_default() += 1;
    }
    let mut best: Option<(&Scale, usize)> = None;
    for s in &cat.scales {
        let n = counts.get(s.key.as_str()).copied().unwrap_or(0);
        if best.map(|(_, b)| n > b).unwrap_or(true) {
            best = Some((s, n));
        }
    }
    best.map(|(s, _)| s)
}

/// Moodle's compact scale items: level names joined by commas (a comma inside a
/// name would split it, so it becomes a semicolon).
pub(crate) fn scale_values(scale: &Scale, lang: Lang) -> String {
    scale.levels.iter().map(|l| l.name.get(lang).replace(',', ";")).collect::<Vec<_>>().join(",")
}

/// Moodle's scale configuration JSON: the scale id (remapped by Moodle on import),
/// then per item whether it is the default (the lowest) and whether it counts as
/// proficient (everything above the lowest; the only item of a one-item scale).
fn scale_configuration(scale: &Scale, scale_id: Option<&usize>) -> String {
    let mut json = format!("[{{\"scaleid\":\"{}\"}}", scale_id.copied().unwrap_or(1));
    let single = scale.levels.len() == 1;
    for (i, _) in scale.levels.iter().enumerate() {
        let id = i + 1;
        let default = u8::from(id == 1);
        let proficient = u8::from(single || id > 1);
        json.push_str(&format!(",{{\"id\":{id},\"scaledefault\":{default},\"proficient\":{proficient}}}"));
    }
    json.push(']');
    json
}

/// Depth of the competency tree: category levels plus one for competences.
fn depth(cat: &Catalogue) -> usize {
    let mut max = 0;
    for c in &cat.categories {
        let mut d = 1;
        let mut at = c.parent.as_deref();
        while let Some(key) = at {
            d += 1;
            if d > cat.categories.len() + 1 {
                break;
            }
            at = cat.category(key).and_then(|p| p.parent.as_deref());
        }
        max = max.max(d);
    }
    max + 1
}
