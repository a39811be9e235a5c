//! Norwegian formats for dates and numbers, used in every interface language.

use chrono::NaiveDate;

/// `31.12.2026`
pub fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Whole numbers with a narrow no-break space between thousands: `50 000`.
pub fn int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
    if n < 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// A decimal with a comma and at most `places` decimals, trailing zeros dropped: `80,5`.
pub fn decimal(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let whole_n: i64 = whole.parse().unwrap_or(0);
    let mut out = if whole.starts_with('-') && whole_n == 0 { "−0".to_string() } else { int(whole_n) };
    if let Some(f) = frac {
        out.push(',');
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_numbers() {
        assert_eq!(int(50_000), "50\u{202f}000");
        assert_eq!(int(999), "999");
        assert_eq!(int(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(decimal(80.5, 2), "80,5");
        assert_eq!(decimal(100.0, 2), "100");
        assert_eq!(decimal(1234.25, 2), "1\u{202f}234,25");
    }

    #[test]
    fn norwegian_dates() {
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()), "05.01.2026");
    }
}
