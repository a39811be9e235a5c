//! Moodle competency-framework CSV, as read by the admin tool "Import competency
//! framework" (`tool_lpimportcsv`) and written by its exporter.
//!
//! Fourteen columns in a fixed order; the first data row is the framework itself
//! (`Is framework` = 1) and carries the framework's scale; every other row is a
//! competency whose `Parent ID number` gives the hierarchy. Saman's categories become
//! parent competencies (ID number = category key) and its competences their children
//! (ID number = competence key).

mod export;
mod import;

pub use export::export;
pub use import::import;

use serde::Serialize;

/// The header row exactly as Moodle's English language pack writes it
/// (`admin/tool/lpimportcsv/lang/en/tool_lpimportcsv.php`).
pub const HEADERS: [&str; 14] = [
    "Parent ID number",
    "ID number",
    "Short name",
    "Description",
    "Description format",
    "Scale values",
    "Scale configuration",
    "Rule type (optional)",
    "Rule outcome (optional)",
    "Rule config (optional)",
    "Cross-referenced competency ID numbers",
    "Exported ID (optional)",
    "Is framework",
    "Taxonomy",
];

/// Column positions in [`HEADERS`].
pub(crate) mod col {
    pub const PARENT: usize = 0;
    pub const ID: usize = 1;
    pub const SHORT_NAME: usize = 2;
    pub const DESCRIPTION: usize = 3;
    pub const DESCRIPTION_FORMAT: usize = 4;
    pub const SCALE_VALUES: usize = 5;
    pub const IS_FRAMEWORK: usize = 12;
}

/// Moodle's FORMAT_HTML, the description format Moodle itself exports.
pub(crate) const FORMAT_HTML: &str = "1";

/// One problem in an imported file. `message_key` is a Fluent message id; `line` is
/// the 1-based line in the file where the offending row starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}: {message_key}{}{}",
    column.as_ref().map(|c| format!(" [{c}]")).unwrap_or_default(),
    value.as_ref().map(|v| format!(" ({v})")).unwrap_or_default())]
pub struct MoodleError {
    pub line: usize,
    pub column: Option<String>,
    pub message_key: &'static str,
    pub value: Option<String>,
}

impl MoodleError {
    pub(crate) fn new(line: usize, message_key: &'static str) -> MoodleError {
        MoodleError { line, column: None, message_key, value: None }
    }

    pub(crate) fn column(mut self, column: &str) -> MoodleError {
        self.column = Some(column.to_string());
        self
    }

    pub(crate) fn value(mut self, value: impl Into<String>) -> MoodleError {
        self.value = Some(value.into());
        self
    }
}

/// Message keys used in [`MoodleError::message_key`].
pub mod keys {
    pub const ENCODING: &str = "moodle-err-encoding";
    pub const EMPTY_FILE: &str = "moodle-err-empty-file";
    pub const CSV: &str = "moodle-err-csv";
    pub const MISSING_COLUMN: &str = "moodle-err-missing-column";
    pub const FIELD_COUNT: &str = "moodle-err-field-count";
    pub const NO_FRAMEWORK: &str = "moodle-err-no-framework";
    pub const DUPLICATE_FRAMEWORK: &str = "moodle-err-duplicate-framework";
    pub const EMPTY_ID_NUMBER: &str = "moodle-err-empty-id-number";
    pub const INVALID_ID_NUMBER: &str = "moodle-err-invalid-id-number";
    pub const DUPLICATE_ID_NUMBER: &str = "moodle-err-duplicate-id-number";
    pub const EMPTY_SHORT_NAME: &str = "moodle-err-empty-short-name";
    pub const UNKNOWN_PARENT: &str = "moodle-err-unknown-parent";
    pub const PARENT_CYCLE: &str = "moodle-err-parent-cycle";
}

/// Wraps plain text as a minimal HTML paragraph.
pub(crate) fn text_to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 7);
    out.push_str("<p>");
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out.push_str("</p>");
    out
}

/// Reduces Moodle HTML to plain text: `<br>` and paragraph ends become newlines,
/// other tags are dropped, common entities decoded, whitespace at the ends trimmed.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('>') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + len].trim().to_ascii_lowercase();
        if tag.starts_with("br") || tag == "/p" || tag == "/div" || tag == "/li" {
            out.push('\n');
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&amp;", "&");
    decoded.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_round_trip() {
        let text = "Legemiddel & <dose> \"riktig\"\nandre linje";
        assert_eq!(html_to_text(&text_to_html(text)), text);
        assert_eq!(html_to_text("<p>Level 1<br></p>"), "Level 1");
    }
}
