//! Bytes → table of strings. CSV in whatever encoding and separator HR systems produce,
//! or the first worksheet of a spreadsheet. Line numbers stay true to the file.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{Data, Reader};
use chrono::{Duration, NaiveDate};

use crate::error::{ImportError, ImportErrorCode};

/// Most data rows a file may have.
pub const MAX_ROWS: usize = 200_000;

/// A file as text: the header and the non-empty rows, each with its 1-based line in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    /// The line (spreadsheet row) of the header.
    pub header_line: usize,
    pub rows: Vec<(usize, Vec<String>)>,
    /// True when read from a spreadsheet: numbers there are cell values, not text.
    pub from_spreadsheet: bool,
}

/// Reads CSV or a spreadsheet (XLSX; XLS and ODS are accepted too).
pub fn read_table(bytes: &[u8], filename: &str) -> Result<Table, Vec<ImportError>> {
    read_table_max(bytes, filename, MAX_ROWS)
}

/// As [`read_table`], with another row limit.
pub fn read_table_max(bytes: &[u8], filename: &str, max_rows: usize) -> Result<Table, Vec<ImportError>> {
    if is_spreadsheet(bytes, filename) { read_spreadsheet(bytes, max_rows) } else { read_csv(bytes, max_rows) }
}

pub(crate) fn is_spreadsheet(bytes: &[u8], filename: &str) -> bool {
    let name = filename.trim().to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".ods"].iter().any(|ext| name.ends_with(ext))
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

fn error(line: usize, code: ImportErrorCode) -> Vec<ImportError> {
    vec![ImportError::new(line, code)]
}

fn is_blank(fields: &[String]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

/// Splits header from rows, refusing empty and oversized files.
fn into_table(mut lines: Vec<(usize, Vec<String>)>, from_spreadsheet: bool, max_rows: usize) -> Result<Table, Vec<ImportError>> {
    lines.retain(|(_, fields)| !is_blank(fields));
    if lines.len() < 2 {
        return Err(error(lines.first().map_or(1, |(l, _)| *l), ImportErrorCode::EmptyFile));
    }
    if lines.len() - 1 > max_rows {
        let e = ImportError::new(1, ImportErrorCode::TooManyRows).value((lines.len() - 1).to_string());
        return Err(vec![e]);
    }
    let mut rows = lines.into_iter();
    let (header_line, header) = rows.next().unwrap_or_default();
    let header = header.into_iter().map(|h| h.trim().to_string()).collect();
    Ok(Table { header, header_line, rows: rows.collect(), from_spreadsheet })
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Decodes the bytes: UTF-8 (BOM stripped), UTF-16 with BOM, else Windows-1252.
/// UTF-8, the usual case, is read where it lies rather than copied.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Vec<ImportError>> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).map(Cow::Borrowed).map_err(|_| error(1, ImportErrorCode::BadEncoding));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, had_errors) = encoding_rs::UTF_16LE.decode(bytes); // the BOM decides LE/BE
        return if had_errors { Err(error(1, ImportErrorCode::BadEncoding)) } else { Ok(text) };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    // NUL bytes mean a binary file (or UTF-16 without BOM), not text in a legacy encoding.
    if bytes.contains(&0) {
        return Err(error(1, ImportErrorCode::BadEncoding));
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(text)
}

/// The separator, judged from the first non-empty line.
fn separator(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| header.chars().filter(|&x| x == c).count();
    let (semi, comma, tab) = (count(';'), count(','), count('\t'));
    if tab > semi && tab > comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

fn read_csv(bytes: &[u8], max_rows: usize) -> Result<Table, Vec<ImportError>> {
    let mut lines = Vec::new();
    let misfits = stream_csv(bytes, max_rows, |line, fields| {
        lines.push((line, fields.iter().map(|f| f.to_string()).collect::<Vec<_>>()));
        true
    })?;
    if !misfits.is_empty() {
        return Err(crate::error::finish(misfits));
    }
    into_table(lines, false, max_rows)
}

/// Reads CSV one line at a time, keeping none: `visit` gets the header and then every later
/// non-blank line with its line number, and stops the reading by returning false. Returns
/// the lines whose number of fields differs from the header's (those are not visited; a
/// stray `;` at the end of a line is harmless), or refuses the file as a whole: empty, not
/// text, or more than `max_rows` rows.
pub(crate) fn stream_csv(
    bytes: &[u8],
    max_rows: usize,
    mut visit: impl FnMut(usize, &[&str]) -> bool,
) -> Result<Vec<ImportError>, Vec<ImportError>> {
    if bytes.is_empty() {
        return Err(error(1, ImportErrorCode::EmptyFile));
    }
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator(&text)).from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut misfits = Vec::new();
    let (mut width, mut rows, mut header_line) = (None, 0usize, None);
    // The csv crate's line counter skips empty lines, so lines are counted here from byte offsets.
    let (mut counted_to, mut line) = (0usize, 1usize);
    loop {
        let end_of_previous = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let rest = text.get(end_of_previous..).unwrap_or("");
                let start = end_of_previous + (rest.len() - rest.trim_start_matches(['\r', '\n']).len());
                line += text.get(counted_to..start).map_or(0, |t| t.matches('\n').count());
                counted_to = start;
                let mut fields: Vec<&str> = record.iter().collect();
                if fields.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                let Some(width) = width else {
                    width = Some(fields.len());
                    header_line = Some(line);
                    if !visit(line, &fields) {
                        return Ok(misfits);
                    }
                    continue;
                };
                rows += 1;
                if rows > max_rows {
                    return Err(vec![ImportError::new(1, ImportErrorCode::TooManyRows).value(format!("> {max_rows}"))]);
                }
                while fields.len() > width && fields.last().is_some_and(|f| f.trim().is_empty()) {
                    fields.pop();
                }
                if fields.len() != width {
                    misfits.push(ImportError::new(line, ImportErrorCode::WrongFieldCount).value(fields.len().to_string()));
                } else if !visit(line, &fields) {
                    return Ok(misfits);
                }
            }
            Err(_) => return Err(error(line, ImportErrorCode::BadEncoding)),
        }
    }
    if rows == 0 {
        return Err(error(header_line.unwrap_or(1), ImportErrorCode::EmptyFile));
    }
    Ok(misfits)
}

// ---------------------------------------------------------------------------------------------
// Spreadsheets

fn read_spreadsheet(bytes: &[u8], max_rows: usize) -> Result<Table, Vec<ImportError>> {
    let bad = || error(1, ImportErrorCode::BadXlsx);
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| bad())?;
    let range = match workbook.worksheet_range_at(0) {
        Some(Ok(range)) => range,
        Some(Err(_)) => return Err(bad()),
        None => return Err(error(1, ImportErrorCode::EmptyFile)),
    };
    // Header and rows come from the same used range, so their columns line up.
    let Some((first_row, _)) = range.start() else {
        return Err(error(1, ImportErrorCode::EmptyFile));
    };
    let lines: Vec<(usize, Vec<String>)> =
        range.rows().enumerate().map(|(i, cells)| (first_row as usize + i + 1, cells.iter().map(cell_text).collect())).collect();
    if lines.len() > max_rows + 1 {
        return Err(vec![ImportError::new(1, ImportErrorCode::TooManyRows).value((lines.len() - 1).to_string())]);
    }
    into_table(lines, true, max_rows)
}

/// A cell as the text a person would have typed: integers without `.0`, dates as ISO.
pub(crate) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "ja" } else { "nei" }.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => d.date().format("%Y-%m-%d").to_string(),
            _ => number_text(dt.as_f64()),
        },
        Data::DateTimeIso(s) => match s.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            Some(d) => d.format("%Y-%m-%d").to_string(),
            None => s.clone(),
        },
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 { format!("{}", f as i64) } else { format!("{f}") }
}

/// An Excel serial day number (1900 system) as a date. Kept for numbers in date columns.
pub(crate) fn excel_serial_date(serial: f64) -> Option<NaiveDate> {
    if !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(serial.trunc() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_may_have_as_many_rows_as_allowed_and_no_more() {
        let mut seen = vec![];
        let misfits = stream_csv(b"Nr;Navn\n1;a\n\n2;b\n", 2, |line, fields| {
            seen.push((line, fields.len()));
            true
        })
        .unwrap();
        assert!(misfits.is_empty());
        assert_eq!(seen, [(1, 2), (2, 2), (4, 2)], "the header, then rows by their true lines; blank lines skipped");
        let refused = stream_csv(b"Nr;Navn\n1;a\n2;b\n3;c\n", 2, |_, _| true).unwrap_err();
        assert_eq!(refused[0].code, ImportErrorCode::TooManyRows);
    }

    #[test]
    fn separator_detection() {
        assert_eq!(separator("a;b;c\n1,5;2;3"), b';');
        assert_eq!(separator("a,b,c"), b',');
        assert_eq!(separator("a\tb\tc"), b'\t');
        assert_eq!(separator("\n\na;b"), b';');
    }

    #[test]
    fn serials_and_numbers() {
        assert_eq!(excel_serial_date(46054.0), NaiveDate::from_ymd_opt(2026, 2, 1));
        assert_eq!(number_text(1234.0), "1234");
        assert_eq!(number_text(80.5), "80.5");
        assert_eq!(cell_text(&Data::Bool(true)), "ja");
    }

    #[test]
    fn blank_lines_keep_numbering() {
        let t = read_table(b"a;b\n\n1;2\n;\n\n3;4\n", "x.csv").unwrap();
        assert_eq!(t.rows, vec![(3, vec!["1".into(), "2".into()]), (6, vec!["3".into(), "4".into()])]);
    }

    #[test]
    fn multiline_quoted_field_keeps_numbering() {
        let t = read_table(b"a;b\n\"x\ny\";2\n3;4\n", "x.csv").unwrap();
        assert_eq!(t.rows[0].0, 2);
        assert_eq!(t.rows[1].0, 4);
    }

    #[test]
    fn empty_and_header_only() {
        assert_eq!(read_table(b"", "x.csv").unwrap_err()[0].code, ImportErrorCode::EmptyFile);
        assert_eq!(read_table(b"a;b\n\n", "x.csv").unwrap_err()[0].code, ImportErrorCode::EmptyFile);
        assert_eq!(read_table(b"not a zip", "x.xlsx").unwrap_err()[0].code, ImportErrorCode::BadXlsx);
    }

    #[test]
    fn crlf_and_blank_lines() {
        let t = read_table(b"a;b\r\n\r\n1;2\r\n\"x\r\ny\";3\r\n\r\n4;5", "x.csv").unwrap();
        let lines: Vec<usize> = t.rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 7]);
        assert_eq!(t.rows[1].1[0], "x\r\ny");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "a\tb\r\nø\t2\r\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let t = read_table(&bytes, "x.txt").unwrap();
        assert_eq!(t.rows, vec![(2, vec!["ø".into(), "2".into()])]);
    }
}
