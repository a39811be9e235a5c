//! The three interface languages.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "nn")]
    Nn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language's own name, as shown in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nob" | "nb-no" | "no-no" => Some(Lang::Nb),
            "nn" | "nno" | "nn-no" => Some(Lang::Nn),
            "en" | "eng" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the best language from an HTTP Accept-Language header, by q-value.
    /// Any Norwegian that is not nynorsk counts as bokmål; anything else falls back to bokmål.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (pos, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok())).unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            let lang = match primary {
                "nn" => Some(Lang::Nn),
                "nb" | "no" => Some(Lang::Nb),
                "en" => Some(Lang::En),
                _ => None,
            };
            if let Some(lang) = lang {
                let better = match best {
                    None => true,
                    Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
                };
                if better && q > 0.0 {
                    best = Some((q, pos, lang));
                }
            }
        }
        best.map(|(_, _, l)| l).unwrap_or(Lang::Nb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_highest_q() {
        assert_eq!(Lang::from_accept_language("en-US,en;q=0.9,nn;q=0.95"), Lang::En);
        assert_eq!(Lang::from_accept_language("de, nn;q=0.8, en;q=0.5"), Lang::Nn);
        assert_eq!(Lang::from_accept_language("no;q=0.9,en;q=0.8"), Lang::Nb);
        assert_eq!(Lang::from_accept_language("fr"), Lang::Nb);
        assert_eq!(Lang::from_accept_language("en;q=0, nn;q=0.1"), Lang::Nn);
    }
}
