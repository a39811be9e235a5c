//! Values as callers read them, before a use case checks them.

use crate::Problems;
use saman_domain::parse::ParseError;

/// A value as the caller read it: absent, a value, or why it could not be read.
pub type Parsed<T> = std::result::Result<Option<T>, ParseError>;

/// A value typed into a form: empty (or only spaces) is absent.
pub fn typed<T>(v: &str, parse: impl Fn(&str) -> std::result::Result<T, ParseError>) -> Parsed<T> {
    match v.trim() {
        "" => Ok(None),
        v => parse(v).map(Some),
    }
}

/// A whole number typed into a form (spaces between digits allowed); empty is absent.
pub fn number(v: &str) -> Parsed<i64> {
    typed(v, |v| saman_domain::parse::whole(v, i64::MIN, i64::MAX))
}

impl Problems {
    /// A number that must lie in `lo..=hi` when given.
    pub fn within(&mut self, field: &'static str, v: Parsed<i64>, lo: i64, hi: i64) -> Option<i64> {
        match v {
            Ok(Some(n)) if (lo..=hi).contains(&n) => Some(n),
            Ok(Some(_)) => {
                self.add(field, "err-bad-number");
                None
            }
            Ok(None) => None,
            Err(e) => {
                self.add(field, e.key());
                None
            }
        }
    }

    /// A number that must be given and lie in `lo..=hi`.
    pub fn required_within(&mut self, field: &'static str, v: Parsed<i64>, lo: i64, hi: i64) -> Option<i64> {
        if matches!(v, Ok(None)) {
            self.add(field, "err-required");
            return None;
        }
        self.within(field, v, lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_outside_its_range_or_missing_when_required_is_a_problem_with_its_field() {
        let mut p = Problems::default();
        assert_eq!(p.within("a", Ok(Some(5)), 1, 5), Some(5));
        assert_eq!(p.within("b", Ok(Some(6)), 1, 5), None);
        assert_eq!(p.within("c", Ok(None), 1, 5), None);
        assert_eq!(p.required_within("d", Ok(None), 1, 5), None);
        assert_eq!(p.required_within("e", Err(ParseError::BadNumber), 1, 5), None);
        assert_eq!(p.within("f", Ok(Some(1)), 1, 5), Some(1));
        let got: Vec<_> = p.0.iter().map(|x| (x.field, x.key)).collect();
        assert_eq!(got, [("b", "err-bad-number"), ("d", "err-required"), ("e", "err-bad-number")]);
    }

    #[test]
    fn form_values_are_absent_when_blank_and_numbers_allow_spaces() {
        assert_eq!(number("  "), Ok(None));
        assert_eq!(number("1 000"), Ok(Some(1000)));
        assert_eq!(number("ti"), Err(ParseError::BadNumber));
    }
}
