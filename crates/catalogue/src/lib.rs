//! Saman's competence catalogue: the model, the default catalogue that ships with
//! Saman (municipal services and hospital collaboration, in bokmål, nynorsk and
//! English), and round-tripping with Moodle's competency-framework CSV so the
//! catalogue travels to and from KS Læring and other Moodle sites.

mod model;
pub mod moodle;
mod validate;

use std::sync::OnceLock;

pub use model::{Catalogue, Category, Competence, Kind, Level, Scale, ScaleLevel, Text, is_slug, slugify};
pub use moodle::MoodleError;

/// The embedded data files, in the order they are merged.
const DATA: [(&str, &str); 7] = [
    ("catalogue.toml", include_str!("../data/catalogue.toml")),
    ("formal.toml", include_str!("../data/formal.toml")),
    ("authorisations.toml", include_str!("../data/authorisations.toml")),
    ("further.toml", include_str!("../data/further.toml")),
    ("courses.toml", include_str!("../data/courses.toml")),
    ("skills.toml", include_str!("../data/skills.toml")),
    ("experience.toml", include_str!("../data/experience.toml")),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("{file}: {message}")]
    Parse { file: &'static str, message: String },
    #[error("invalid catalogue: {}", .0.join("; "))]
    Invalid(Vec<String>),
}

/// Parses and validates the embedded default catalogue.
pub fn try_default_catalogue() -> Result<Catalogue, CatalogueError> {
    let mut catalogue = Catalogue::default();
    for (file, text) in DATA {
        let part = Catalogue::from_toml_str(text).map_err(|e| CatalogueError::Parse { file, message: e.to_string() })?;
        catalogue.extend(part);
    }
    catalogue.validate().map_err(CatalogueError::Invalid)?;
    Ok(catalogue)
}

static DEFAULT: OnceLock<Catalogue> = OnceLock::new();

/// The default catalogue that ships with Saman, parsed once.
///
/// Panics only if the embedded data is broken; `tests/default_catalogue.rs` guards that.
pub fn default_catalogue() -> Catalogue {
    default_catalogue_ref().clone()
}

/// Like [`default_catalogue`], without cloning.
pub fn default_catalogue_ref() -> &'static Catalogue {
    DEFAULT.get_or_init(|| match try_default_catalogue() {
        Ok(c) => c,
        Err(e) => panic!("the embedded default catalogue is broken: {e}"),
    })
}
