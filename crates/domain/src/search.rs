//! Text folding for search: case-insensitive in every script (not only ASCII, as SQLite's
//! LOWER is), with foreign spellings of Norwegian letters folded to them (ö → ø, ä → æ)
//! and accents dropped (é → e), so "Søren", "SØREN" and "Sören" find each other.

/// Folds text for storing in a search column and for matching against it.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'ö' | 'ő' => 'ø',
            'ä' => 'æ',
            'á' | 'à' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        out.push(mapped);
    }
    out
}

/// The words of a query, folded, at most `max` of them.
pub fn terms(query: &str, max: usize) -> Vec<String> {
    fold(query).split_whitespace().filter(|t| !t.is_empty()).take(max).map(str::to_string).collect()
}

/// What is stored to find a person by name.
pub fn person_key(given: &str, family: &str) -> String {
    fold(&format!("{given} {family}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_foreign_spellings() {
        assert_eq!(fold("ØYDIS Ærlig Åsen"), "øydis ærlig åsen");
        assert_eq!(fold("Sören Müller José"), "søren muller jose");
        assert_eq!(terms("  Kari   HANSEN ", 4), vec!["kari", "hansen"]);
        assert_eq!(person_key("Øydis", "SÆTHER"), "øydis sæther");
    }
}
