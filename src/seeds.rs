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

/// A fingerprint (FNV-1a) of the bundled seed files, checked on every
/// open: computed when the binary is built (hashing the 150 KB at run
/// time was ~1% of a one-shot process's CPU).
pub fn bundled_fingerprint() -> u64 {
    BUNDLED_FINGERPRINT
}

/// How this seedkb reads the seed files, counted in their fingerprint: a
/// new reading of the same files (round 63: a fact file's `[document]`
/// header became facts of the document) changes the fingerprint, so a
/// database an older seedkb seeded is seeded again when next opened.
const READING: &[u8] = b"reading 2";

const BUNDLED_FINGERPRINT: u64 = {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < BUNDLED.len() {
        let (name, toml_src, text) = BUNDLED[i];
        h = fnv1a_more(h, name.as_bytes());
        h = fnv1a_more(h, toml_src.as_bytes());
        h = fnv1a_more(h, text.as_bytes());
        i += 1;
    }
    fnv1a_more(h, READING)
};

/// `util::fnv1a` continued over `bytes`, at compile time.
const fn fnv1a_more(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
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

#[cfg(test)]
mod tests {
    /// The fingerprint is stored in every database: the one computed at
    /// build time must be what `util::fnv1a` gives the same bytes.
    #[test]
    fn the_built_fingerprint_is_fnv1a_of_the_bundled_files() {
        let at_run_time = seedkb_core::util::fnv1a(
            super::BUNDLED
                .iter()
                .flat_map(|(name, toml_src, text)| {
                    name.bytes().chain(toml_src.bytes()).chain(text.bytes())
                })
                .chain(super::READING.iter().copied()),
        );
        assert_eq!(super::bundled_fingerprint(), at_run_time);
    }
}
