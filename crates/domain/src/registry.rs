//! Numbers from Norway's public registers, checked as the registers check them.

use crate::parse::ParseError;

const ORG_NUMBER_WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// The modulus-11 check digit Brønnøysundregistrene gives the eight digits before it, or
/// `None` where the remainder leaves 10 (no organisation number has those eight digits).
pub fn org_number_check_digit(first_eight: [u32; 8]) -> Option<u32> {
    let sum: u32 = first_eight.iter().zip(ORG_NUMBER_WEIGHTS).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        c => Some(c),
    }
}

/// An organisation number (organisasjonsnummer): nine digits whose last is the modulus-11
/// check digit of the others. People write it with spaces (`964 965 226`) or as `NO 964965226
/// MVA`; those are accepted and the nine digits kept.
pub fn org_number(s: &str) -> Result<String, ParseError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(ParseError::Required);
    }
    let upper = t.to_uppercase();
    let core = upper.strip_prefix("NO").unwrap_or(&upper);
    let core = core.strip_suffix("MVA").unwrap_or(core);
    let digits: Vec<u32> = core.chars().filter(|c| !c.is_whitespace() && *c != '.').map(|c| c.to_digit(10).unwrap_or(99)).collect();
    if digits.len() != 9 || digits.iter().any(|d| *d > 9) {
        return Err(ParseError::BadOrgNumber);
    }
    let mut first = [0u32; 8];
    first.copy_from_slice(&digits[..8]);
    if org_number_check_digit(first) != Some(digits[8]) {
        return Err(ParseError::BadOrgNumber);
    }
    Ok(digits.iter().map(|d| char::from(b'0' + *d as u8)).collect())
}

/// A municipality number (kommunenummer): four digits, the first two the county's
/// (`0301` Oslo, `4601` Bergen, `5001` Trondheim). Counties are numbered from 03 to 56.
pub fn municipality_number(s: &str) -> Result<String, ParseError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(ParseError::Required);
    }
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::BadMunicipalityNumber);
    }
    let county: u32 = t[..2].parse().map_err(|_| ParseError::BadMunicipalityNumber)?;
    let rest: u32 = t[2..].parse().map_err(|_| ParseError::BadMunicipalityNumber)?;
    if !(3..=56).contains(&county) || rest == 0 {
        return Err(ParseError::BadMunicipalityNumber);
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_organisation_numbers_pass_and_keep_nine_digits() {
        // Oslo kommune, KS, and a third registered number.
        assert_eq!(org_number("974760673"), Ok("974760673".into()));
        assert_eq!(org_number("983 658 725"), Ok("983658725".into()));
        assert_eq!(org_number("NO 971032146 MVA"), Ok("971032146".into()));
        assert_eq!(org_number("971.032.146"), Ok("971032146".into()));
    }

    #[test]
    fn a_wrong_check_digit_length_or_letter_is_refused() {
        assert_eq!(org_number("974760674"), Err(ParseError::BadOrgNumber));
        assert_eq!(org_number("97476067"), Err(ParseError::BadOrgNumber));
        assert_eq!(org_number("9747606730"), Err(ParseError::BadOrgNumber));
        assert_eq!(org_number("97476067A"), Err(ParseError::BadOrgNumber));
        assert_eq!(org_number("  "), Err(ParseError::Required));
    }

    #[test]
    fn eight_digits_whose_remainder_leaves_ten_have_no_check_digit() {
        // 3·1 + 2·0 + … chosen so that the weighted sum is 1 modulo 11.
        let first = [0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(org_number_check_digit(first), Some(0));
        let ten = [0, 0, 0, 0, 0, 0, 0, 6]; // 6·2 = 12 → 11 − 1 = 10
        assert_eq!(org_number_check_digit(ten), None);
        let five = [0, 0, 0, 0, 0, 0, 0, 3]; // 3·2 = 6 → 11 − 6 = 5
        assert_eq!(org_number_check_digit(five), Some(5));
        assert!(org_number("000000060").is_err() && org_number("000000061").is_err());
        assert_eq!(org_number("000000035"), Ok("000000035".into()));
    }

    #[test]
    fn municipality_numbers_are_four_digits_under_a_county() {
        assert_eq!(municipality_number("0301"), Ok("0301".into()));
        assert_eq!(municipality_number(" 4601 "), Ok("4601".into()));
        assert_eq!(municipality_number("5001"), Ok("5001".into()));
        assert_eq!(municipality_number("301"), Err(ParseError::BadMunicipalityNumber));
        assert_eq!(municipality_number("0200"), Err(ParseError::BadMunicipalityNumber));
        assert_eq!(municipality_number("5700"), Err(ParseError::BadMunicipalityNumber));
        assert_eq!(municipality_number("4600"), Err(ParseError::BadMunicipalityNumber));
        assert_eq!(municipality_number("46O1"), Err(ParseError::BadMunicipalityNumber));
        assert_eq!(municipality_number(""), Err(ParseError::Required));
    }
}
