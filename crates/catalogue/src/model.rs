//! The catalogue's types: texts in three languages, kinds, the skill-mix ladder,
//! scales, categories and competences.

use saman_domain::Lang;
use serde::{Deserialize, Serialize};

/// A text in bokmål, nynorsk and English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nb: String,
    pub nn: String,
    pub en: String,
}

impl Text {
    pub fn new(nb: impl Into<String>, nn: impl Into<String>, en: impl Into<String>) -> Text {
        Text { nb: nb.into(), nn: nn.into(), en: en.into() }
    }

    /// The same text in all three languages (e.g. a name read from a foreign system).
    pub fn same(text: impl Into<String>) -> Text {
        let text = text.into();
        Text { nb: text.clone(), nn: text.clone(), en: text }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        }
    }

    pub fn set(&mut self, lang: Lang, text: impl Into<String>) {
        let slot = match lang {
            Lang::Nb => &mut self.nb,
            Lang::Nn => &mut self.nn,
            Lang::En => &mut self.en,
        };
        *slot = text.into();
    }

    /// True when every language has some non-blank text.
    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|l| !self.get(*l).trim().is_empty())
    }
}

/// What sort of competence this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FormalEducation,
    Authorisation,
    FurtherEducation,
    Course,
    Skill,
    Experience,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::FormalEducation, Kind::Authorisation, Kind::FurtherEducation, Kind::Course, Kind::Skill, Kind::Experience];

    pub fn code(self) -> &'static str {
        match self {
            Kind::FormalEducation => "formal_education",
            Kind::Authorisation => "authorisation",
            Kind::FurtherEducation => "further_education",
            Kind::Course => "course",
            Kind::Skill => "skill",
            Kind::Experience => "experience",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Kind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// The skill-mix ladder, "frå ufaglært til faglært" and on to specialist. Ordered low → high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Unskilled,
    Skilled,
    HigherVocational,
    Bachelor,
    MasterSpecialist,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::Unskilled, Level::Skilled, Level::HigherVocational, Level::Bachelor, Level::MasterSpecialist];

    pub fn code(self) -> &'static str {
        match self {
            Level::Unskilled => "unskilled",
            Level::Skilled => "skilled",
            Level::HigherVocational => "higher_vocational",
            Level::Bachelor => "bachelor",
            Level::MasterSpecialist => "master_specialist",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Level::ALL.into_iter().find(|l| l.code() == s)
    }
}

/// A rating scale; `levels` run low → high with values 1..=n.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub key: String,
    pub name: Text,
    pub levels: Vec<ScaleLevel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub value: u8,
    pub name: Text,
}

impl Scale {
    pub fn level(&self, value: u8) -> Option<&ScaleLevel> {
        self.levels.iter().find(|l| l.value == value)
    }

    pub fn max_value(&self) -> u8 {
        self.levels.iter().map(|l| l.value).max().unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// Stable slug, unique across competences and categories, `[a-z0-9-]`.
    pub key: String,
    pub kind: Kind,
    pub category: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub scale: String,
    /// How long a holding stays valid, e.g. 24 for medication administration refreshers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_months: Option<u32>,
    /// Formal education's rung on the skill-mix ladder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ladder: Option<Level>,
    /// KS position codes (stillingskoder) this competence is typical for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub position_codes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub styrk08: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esco_uri: Option<String>,
}

/// Scales, a category tree and the competences in it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(default)]
    pub scales: Vec<Scale>,
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub competences: Vec<Competence>,
}

impl Catalogue {
    pub fn competence(&self, key: &str) -> Option<&Competence> {
        self.competences.iter().find(|c| c.key == key)
    }

    pub fn scale(&self, key: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.key == key)
    }

    pub fn category(&self, key: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.key == key)
    }

    /// Direct subcategories of `parent` (`None` for the top level), in catalogue order.
    pub fn subcategories<'a>(&'a self, parent: Option<&'a str>) -> impl Iterator<Item = &'a Category> + 'a {
        self.categories.iter().filter(move |c| c.parent.as_deref() == parent)
    }

    /// Competences directly in `category`, in catalogue order.
    pub fn competences_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Competence> + 'a {
        self.competences.iter().filter(move |c| c.category == category)
    }

    /// Adds everything from `other` after what is already here.
    pub fn extend(&mut self, other: Catalogue) {
        self.scales.extend(other.scales);
        self.categories.extend(other.categories);
        self.competences.extend(other.competences);
    }

    /// Parses a catalogue (or part of one) from TOML with `[[scales]]`, `[[categories]]`
    /// and `[[competences]]` tables.
    pub fn from_toml_str(s: &str) -> Result<Catalogue, toml::de::Error> {
        toml::from_str(s)
    }

    pub fn to_toml_string(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(self)
    }
}

/// True for a non-empty slug of `[a-z0-9-]` that neither starts nor ends with `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Turns any identifier into a slug: lower case, Norwegian letters folded, anything
/// else a single `-`. May return an empty string.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for ch in s.chars().flat_map(char::to_lowercase) {
        let folded: &str = match ch {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "o",
            'å' | 'á' | 'à' => "a",
            'é' | 'è' => "e",
            'ü' => "u",
            _ => "",
        };
        if !folded.is_empty() {
            out.push_str(folded);
            dash = false;
        } else if ch.is_ascii_lowercase() || ch.is_ascii_digit() {
            out.push(ch);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
