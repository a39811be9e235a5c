//! Reading a Moodle competency-framework CSV into a catalogue.

use std::collections::{HashMap, HashSet};

use saman_domain::Lang;

use super::export::scale_values;
use super::{HEADERS, MoodleError, col, html_to_text, keys};
use crate::model::{Catalogue, Category, Competence, Kind, Scale, ScaleLevel, Text, slugify};

/// Reads a Moodle competency framework (UTF-8, with or without BOM).
///
/// Competencies with children become categories, leaves become competences (kind
/// Skill, unless the ID number is a competence of the default catalogue). Names go
/// into all three languages, except that for ID numbers known from the default
/// catalogue our translations are kept and only `lang` takes the imported text.
/// Top-level leaves are put in a category named after the framework.
pub fn import(bytes: &[u8], lang: Lang) -> Result<Catalogue, Vec<MoodleError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        vec![MoodleError::new(line, keys::ENCODING)]
    })?;
    let parsed = parse(text)?;
    check(&parsed)?;
    Ok(build(&parsed, lang))
}

struct Row {
    line: usize,
    parent: String,
    id: String,
    key: String,
    name: String,
    description: String,
    scale_values: String,
}

struct Framework {
    id: String,
    name: String,
    scale_values: String,
}

struct Parsed {
    framework: Framework,
    rows: Vec<Row>,
}

fn csv_error(e: &csv::Error) -> MoodleError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    MoodleError::new(usize::try_from(line).unwrap_or(0), keys::CSV).value(e.to_string())
}

/// Maps each of the 14 Moodle columns to its position in the file.
fn map_columns(header: &csv::StringRecord) -> Result<[Option<usize>; 14], Vec<MoodleError>> {
    fn norm(s: &str) -> String {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
    }
    let found: Vec<String> = header.iter().map(norm).collect();
    let mut map = [None; 14];
    for (i, name) in HEADERS.iter().enumerate() {
        let wanted = norm(name);
        let short = norm(name.trim_end_matches(" (optional)"));
        map[i] = found.iter().position(|f| *f == wanted || *f == short || (i == 13 && f == "taxonomies"));
    }
    if map.iter().all(Option::is_none) && header.len() == HEADERS.len() {
        // A header from another language pack: Moodle's own column order applies.
        return Ok(std::array::from_fn(Some));
    }
    let required = [col::PARENT, col::ID, col::SHORT_NAME, col::IS_FRAMEWORK];
    let errors: Vec<MoodleError> =
        required.iter().filter(|i| map[**i].is_none()).map(|i| MoodleError::new(1, keys::MISSING_COLUMN).column(HEADERS[*i])).collect();
    if errors.is_empty() { Ok(map) } else { Err(errors) }
}

/// PHP truthiness, as Moodle's importer reads "Is framework".
fn truthy(s: &str) -> bool {
    !s.is_empty() && s != "0"
}

fn parse(text: &str) -> Result<Parsed, Vec<MoodleError>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        None => return Err(vec![MoodleError::new(1, keys::EMPTY_FILE)]),
        Some(Err(e)) => return Err(vec![csv_error(&e)]),
        Some(Ok(h)) => h,
    };
    let columns = map_columns(&header)?;
    let width = header.len();
    let mut errors = Vec::new();
    let mut framework: Option<Framework> = None;
    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(&e));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let line = usize::try_from(line).unwrap_or(0);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != width {
            errors.push(MoodleError::new(line, keys::FIELD_COUNT).value(format!("{} / {width}", record.len())));
            continue;
        }
        let get = |c: usize| columns[c].and_then(|i| record.get(i)).unwrap_or("").trim();
        let scale_values = get(col::SCALE_VALUES).to_string();
        if truthy(get(col::IS_FRAMEWORK)) {
            if framework.is_some() {
                errors.push(MoodleError::new(line, keys::DUPLICATE_FRAMEWORK).column(HEADERS[col::IS_FRAMEWORK]));
            }
            framework = Some(Framework { id: get(col::ID).to_string(), name: get(col::SHORT_NAME).to_string(), scale_values });
            continue;
        }
        let format = get(col::DESCRIPTION_FORMAT);
        let raw = get(col::DESCRIPTION);
        let description = if matches!(format, "" | "0" | "1") { html_to_text(raw) } else { raw.to_string() };
        rows.push(Row {
            line,
            parent: get(col::PARENT).to_string(),
            id: get(col::ID).to_string(),
            key: slugify(get(col::ID)),
            name: get(col::SHORT_NAME).to_string(),
            description,
            scale_values,
        });
    }
    match framework {
        Some(framework) if errors.is_empty() => Ok(Parsed { framework, rows }),
        Some(_) => Err(errors),
        None => {
            errors.push(MoodleError::new(2, keys::NO_FRAMEWORK).column(HEADERS[col::IS_FRAMEWORK]));
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }
}

/// Row-level checks: ID numbers, short names, parents.
fn check(parsed: &Parsed) -> Result<(), Vec<MoodleError>> {
    let mut errors = Vec::new();
    let mut ids: HashMap<&str, &Row> = HashMap::new();
    let mut slugs: HashSet<&str> = HashSet::new();
    for row in &parsed.rows {
        let err = |key| MoodleError::new(row.line, key);
        if row.id.is_empty() {
            errors.push(err(keys::EMPTY_ID_NUMBER).column(HEADERS[col::ID]));
        } else if row.key.is_empty() {
            errors.push(err(keys::INVALID_ID_NUMBER).column(HEADERS[col::ID]).value(&row.id));
        } else if ids.contains_key(row.id.as_str()) || !slugs.insert(row.key.as_str()) {
            errors.push(err(keys::DUPLICATE_ID_NUMBER).column(HEADERS[col::ID]).value(&row.id));
        } else {
            ids.insert(&row.id, row);
        }
        if row.name.is_empty() {
            errors.push(err(keys::EMPTY_SHORT_NAME).column(HEADERS[col::SHORT_NAME]));
        }
    }
    for row in &parsed.rows {
        if row.parent.is_empty() || row.parent == parsed.framework.id {
            continue;
        }
        if !ids.contains_key(row.parent.as_str()) {
            errors.push(MoodleError::new(row.line, keys::UNKNOWN_PARENT).column(HEADERS[col::PARENT]).value(&row.parent));
            continue;
        }
        let mut at = row.parent.as_str();
        for _ in 0..=parsed.rows.len() {
            if at == row.id {
                errors.push(MoodleError::new(row.line, keys::PARENT_CYCLE).value(&row.id));
                break;
            }
            match ids.get(at) {
                Some(p) if !p.parent.is_empty() => at = &p.parent,
                _ => break,
            }
        }
    }
    errors.sort_by_key(|e| e.line);
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

fn build(parsed: &Parsed, lang: Lang) -> Catalogue {
    let defaults = crate::default_catalogue_ref();
    let fw = &parsed.framework;
    let key_of: HashMap<&str, &str> = parsed.rows.iter().map(|r| (r.id.as_str(), r.key.as_str())).collect();
    let parent_key = |row: &Row| -> Option<String> { key_of.get(row.parent.as_str()).map(|k| k.to_string()) };
    let with_children: HashSet<&str> = parsed.rows.iter().map(|r| r.parent.as_str()).collect();
    let is_category = |row: &Row| {
        with_children.contains(row.id.as_str()) || (defaults.category(&row.key).is_some() && defaults.competence(&row.key).is_none())
    };

    let mut scales = Scales { defaults, lang, scales: Vec::new(), used: Vec::new() };
    let framework_scale = scales.resolve(&fw.scale_values, &fw.name).unwrap_or_else(|| scales.use_default("achieved"));

    let root_key = {
        let base = match slugify(&fw.id) {
            s if s.is_empty() => "moodle".to_string(),
            s => s,
        };
        if key_of.values().any(|k| *k == base) { format!("{base}-framework") } else { base }
    };
    let mut cat = Catalogue::default();
    let mut need_root = false;
    for row in &parsed.rows {
        if is_category(row) {
            let mut name = defaults.category(&row.key).map(|c| c.name.clone()).unwrap_or_else(|| Text::same(""));
            localise(&mut name, lang, &row.name);
            cat.categories.push(Category { key: row.key.clone(), parent: parent_key(row), name });
            continue;
        }
        let category = parent_key(row).unwrap_or_else(|| {
            need_root = true;
            root_key.clone()
        });
        let scale = scales.resolve(&row.scale_values, &row.name).unwrap_or_else(|| framework_scale.clone());
        let mut c = defaults.competence(&row.key).cloned().unwrap_or_else(|| Competence {
            key: row.key.clone(),
            kind: Kind::Skill,
            category: String::new(),
            name: Text::same(""),
            description: None,
            scale: String::new(),
            validity_months: None,
            ladder: None,
            position_codes: Vec::new(),
            styrk08: None,
            esco_uri: None,
        });
        c.category = category;
        c.scale = scale;
        localise(&mut c.name, lang, &row.name);
        if !row.description.is_empty() {
            let d = c.description.get_or_insert_with(|| Text::same(""));
            localise(d, lang, &row.description);
        }
        cat.competences.push(c);
    }
    if need_root {
        let name = Text::same(if fw.name.is_empty() { &fw.id } else { &fw.name });
        cat.categories.insert(0, Category { key: root_key, parent: None, name });
    }
    cat.scales = scales.into_used();
    cat
}

/// Sets `lang` to `imported`; a text that was blank everywhere gets it in every language.
fn localise(text: &mut Text, lang: Lang, imported: &str) {
    if text.is_complete() {
        text.set(lang, imported);
    } else {
        *text = Text::same(imported);
    }
}

struct Scales<'a> {
    defaults: &'a Catalogue,
    lang: Lang,
    scales: Vec<Scale>,
    used: Vec<String>,
}

impl Scales<'_> {
    /// The key of the scale with these Moodle scale values, made if new; None if blank.
    fn resolve(&mut self, values: &str, owner: &str) -> Option<String> {
        let items: Vec<&str> = values.split(',').map(str::trim).filter(|s| !s.is_empty()).take(255).collect();
        if items.is_empty() {
            return None;
        }
        let compact = items.join(",");
        if let Some(s) = self.defaults.scales.iter().find(|s| scale_values(s, self.lang) == compact) {
            let key = s.key.clone();
            return Some(self.use_default(&key));
        }
        if let Some(s) = self.scales.iter().find(|s| scale_values(s, self.lang) == compact) {
            return Some(s.key.clone());
        }
        let mut n = self.scales.len() + 1;
        while self.scales.iter().any(|s| s.key == format!("moodle-scale-{n}")) {
            n += 1;
        }
        let key = format!("moodle-scale-{n}");
        let levels = items.iter().zip(1u8..).map(|(name, value)| ScaleLevel { value, name: Text::same(*name) }).collect();
        let name = if owner.is_empty() { compact.clone() } else { owner.to_string() };
        self.scales.push(Scale { key: key.clone(), name: Text::same(name), levels });
        self.used.push(key.clone());
        Some(key)
    }

    /// Marks a default scale as used and returns its key.
    fn use_default(&mut self, key: &str) -> String {
        if !self.used.iter().any(|k| k == key)
            && let Some(s) = self.defaults.scale(key)
        {
            self.scales.push(s.clone());
            self.used.push(key.to_string());
        }
        key.to_string()
    }

    fn into_used(self) -> Vec<Scale> {
        self.scales
    }
}
