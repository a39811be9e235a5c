//! Import errors: each names the file line, the column (by its canonical name) and the
//! offending value, and carries a stable code that doubles as a Fluent message id.

use saman_domain::parse::ParseError;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Why a file (or one cell of it) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportErrorCode {
    EmptyFile,
    TooManyRows,
    BadXlsx,
    BadEncoding,
    WrongFieldCount,
    MissingColumn,
    DuplicateColumn,
    Cell(ParseError),
    EndBeforeStart,
    DuplicatePosition,
    UnitConflict,
    PersonConflict,
    UnknownParent,
    UnitCycle,
    TwoLeaders,
    BadFlag,
    UnknownPerson,
    UnknownCompetence,
    BadLevel,
    ExpiresBeforeObtained,
    DuplicateHolding,
}

impl ImportErrorCode {
    /// Every code that has its own `import-err-*` message (all but `Cell`).
    pub const OWN_MESSAGES: [ImportErrorCode; 20] = [
        ImportErrorCode::EmptyFile,
        ImportErrorCode::TooManyRows,
        ImportErrorCode::BadXlsx,
        ImportErrorCode::BadEncoding,
        ImportErrorCode::WrongFieldCount,
        ImportErrorCode::MissingColumn,
        ImportErrorCode::DuplicateColumn,
        ImportErrorCode::EndBeforeStart,
        ImportErrorCode::DuplicatePosition,
        ImportErrorCode::UnitConflict,
        ImportErrorCode::PersonConflict,
        ImportErrorCode::UnknownParent,
        ImportErrorCode::UnitCycle,
        ImportErrorCode::TwoLeaders,
        ImportErrorCode::BadFlag,
        ImportErrorCode::UnknownPerson,
        ImportErrorCode::UnknownCompetence,
        ImportErrorCode::BadLevel,
        ImportErrorCode::ExpiresBeforeObtained,
        ImportErrorCode::DuplicateHolding,
    ];

    /// The Fluent message id. Cell errors reuse the domain's `err-*` messages.
    pub fn key(&self) -> &'static str {
        match self {
            ImportErrorCode::EmptyFile => "import-err-empty-file",
            ImportErrorCode::TooManyRows => "import-err-too-many-rows",
            ImportErrorCode::BadXlsx => "import-err-bad-xlsx",
            ImportErrorCode::BadEncoding => "import-err-bad-encoding",
            ImportErrorCode::WrongFieldCount => "import-err-wrong-field-count",
            ImportErrorCode::MissingColumn => "import-err-missing-column",
            ImportErrorCode::DuplicateColumn => "import-err-duplicate-column",
            ImportErrorCode::Cell(e) => e.key(),
            ImportErrorCode::EndBeforeStart => "import-err-end-before-start",
            ImportErrorCode::DuplicatePosition => "import-err-duplicate-position",
            ImportErrorCode::UnitConflict => "import-err-unit-conflict",
            ImportErrorCode::PersonConflict => "import-err-person-conflict",
            ImportErrorCode::UnknownParent => "import-err-unknown-parent",
            ImportErrorCode::UnitCycle => "import-err-unit-cycle",
            ImportErrorCode::TwoLeaders => "import-err-two-leaders",
            ImportErrorCode::BadFlag => "import-err-bad-flag",
            ImportErrorCode::UnknownPerson => "import-err-unknown-person",
            ImportErrorCode::UnknownCompetence => "import-err-unknown-competence",
            ImportErrorCode::BadLevel => "import-err-bad-level",
            ImportErrorCode::ExpiresBeforeObtained => "import-err-expires-before-obtained",
            ImportErrorCode::DuplicateHolding => "import-err-duplicate-holding",
        }
    }

    /// The stable kebab-case code used in JSON (`missing-column`, `bad-date`, …).
    pub fn code(&self) -> &'static str {
        match self {
            ImportErrorCode::Cell(e) => e.code(),
            other => other.key().trim_start_matches("import-err-"),
        }
    }
}

/// One reason the file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line in the file (the spreadsheet row number for XLSX).
    pub line: usize,
    /// The canonical column name (`Startdato`), when the error belongs to one column.
    pub column: Option<String>,
    pub code: ImportErrorCode,
    /// The offending value as written, or for conflicts the line it conflicts with.
    pub value: Option<String>,
}

/// Longest value echoed back in an error.
const MAX_VALUE_CHARS: usize = 100;

impl ImportError {
    pub fn new(line: usize, code: ImportErrorCode) -> ImportError {
        ImportError { line, column: None, code, value: None }
    }

    pub fn column(mut self, column: &str) -> ImportError {
        self.column = Some(column.to_string());
        self
    }

    /// Attaches the value, trimmed and cut to a readable length; empty values are left out.
    pub fn value(mut self, value: impl AsRef<str>) -> ImportError {
        let v = value.as_ref().trim();
        if !v.is_empty() {
            let mut s: String = v.chars().take(MAX_VALUE_CHARS).collect();
            if v.chars().count() > MAX_VALUE_CHARS {
                s.push('…');
            }
            self.value = Some(s);
        }
        self
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.code.code())?;
        if let Some(v) = &self.value {
            write!(f, " ({v})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// JSON shape: `{"line": 4, "column": "Startdato", "code": "bad-date", "key": "err-bad-date", "value": "31.02.2026"}`.
impl Serialize for ImportError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ImportError", 5)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("code", self.code.code())?;
        s.serialize_field("key", self.code.key())?;
        s.serialize_field("value", &self.value)?;
        s.end()
    }
}

/// Errors are capped so a completely wrong file does not produce a million lines.
pub const MAX_ERRORS: usize = 100;

/// Sorts by line (stable, so errors within a line keep column order) and caps the list.
pub(crate) fn finish(mut errors: Vec<ImportError>) -> Vec<ImportError> {
    errors.sort_by_key(|e| e.line);
    errors.truncate(MAX_ERRORS);
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_codes() {
        assert_eq!(ImportErrorCode::MissingColumn.key(), "import-err-missing-column");
        assert_eq!(ImportErrorCode::MissingColumn.code(), "missing-column");
        assert_eq!(ImportErrorCode::Cell(ParseError::BadDate).key(), "err-bad-date");
        assert_eq!(ImportErrorCode::Cell(ParseError::BadDate).code(), "bad-date");
        let e = ImportError::new(4, ImportErrorCode::Cell(ParseError::BadDate)).column("Startdato").value(" 31.02.2026 ");
        assert_eq!(e.to_string(), "line 4, column Startdato: bad-date (31.02.2026)");
    }
}
