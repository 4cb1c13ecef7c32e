//! The seed documents and their curated facts, compiled into the binary:
//! a new database starts with them unless `--no-seeds` says otherwise.

use seedkb_core::model::DocumentFacts;
use seedkb_core::Error;

/// The seed documents and their curated facts, compiled into the binary.
pub const BUNDLED: &[(&str, &str, &str)] = &[(
    "000_c0358a9eae1db40c.facts.toml",
    include_str!("../seeds/000_c0358a9eae1db40c.facts.toml"),
    include_str!("../seeds/000_c0358a9eae1db40c.txt"),
)];

/// A fingerprint (FNV-1a) of the bundled seed files, cheap enough to check
/// on every open.
pub fn bundled_fingerprint() -> u64 {
    seedkb_core::util::fnv1a(BUNDLED.iter().flat_map(|(name, toml_src, text)| {
        name.bytes().chain(toml_src.bytes()).chain(text.bytes())
    }))
}

/// Parses the bundled seeds.
pub fn bundled() -> Result<Vec<DocumentFacts>, Error> {
    BUNDLED
        .iter()
        .map(|(name, toml_src, text)| {
            seedkb_core::ingest::facts_toml::parse(
                name,
                toml_src,
                |_| Ok(Some(text.to_string())),
                &|_| false,
            )
        })
        .collect()
}
