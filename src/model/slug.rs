//! A validated slug: the name of a design or makerspace in URLs, folders and the store.

use serde::Serialize;

use super::manifest::slug_problem;
use crate::i18n::Message;

/// 2–64 lowercase letters, digits and single inner hyphens (`compost-sifter`). Once made,
/// a `Slug` is safe as a folder name, a git path component and a URL segment.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    /// Checks `s` (surrounding white space trimmed); the error says what a slug may hold.
    pub fn parse(s: &str) -> Result<Slug, Message> {
        let s = s.trim();
        slug_problem(s)?;
        Ok(Slug(s.to_string()))
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Slug {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_valid_slugs_are_made() {
        assert_eq!(
            Slug::parse(" compost-sifter ").map(|s| s.to_string()),
            Ok("compost-sifter".into())
        );
        for bad in ["", "a", "A-b", "a--b", "-a", "a/b", "../x", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
