//! Problems found in a design, located by file, line, column and field path.
//!
//! Every check in Barnraise reports [`Diagnostic`]s instead of stopping at the first problem,
//! so a maker fixing a manifest sees all of them at once.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use serde::Serialize;

use crate::i18n::{Lang, Message, Wording};

/// A line and column in a source file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// Line number, from 1.
    pub line: u32,
    /// Column number in characters, from 1.
    pub column: u32,
}

/// Where a value came from: its field path and its position in the manifest.
///
/// Kept on every evaluated item so that problems found later (at evaluation or in the
/// geometry) still point at the line that caused them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Loc {
    /// Field path such as `parts[3].outline.width`.
    pub path: String,
    /// Position in the manifest, when the value came from one.
    pub position: Option<Position>,
}

impl Loc {
    /// A location with a path but no source position (e.g. a command-line override).
    pub fn path_only(path: impl Into<String>) -> Self {
        Loc {
            path: path.into(),
            position: None,
        }
    }

    /// A diagnostic at this location.
    pub fn problem(&self, message: impl Into<Wording>) -> Diagnostic {
        let (message, id) = message.into().into_parts();
        Diagnostic {
            file: None,
            position: self.position,
            path: self.path.clone(),
            message,
            message_id: id.map(Box::new),
        }
    }

    /// A location for a field below this one (`parts[2]` + `width`).
    pub fn child(&self, key: &str) -> Loc {
        Loc {
            path: join_path(&self.path, key),
            position: self.position,
        }
    }
}

/// One problem: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The manifest the problem is in, once known.
    pub file: Option<PathBuf>,
    /// Line and column, where the problem has one.
    pub position: Option<Position>,
    /// Field path such as `parts[3].width`; empty for the whole file.
    pub path: String,
    /// What is wrong, in English words a maker understands.
    pub message: String,
    /// The same as a catalogue message, when it has one (its English text is `message`).
    /// Serialized as its key only (`"code": "error-field-empty"`), so the JSON of a problem
    /// is the same in every language.
    #[serde(
        rename = "code",
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_code"
    )]
    pub message_id: Option<Box<Message>>,
}

fn serialize_code<S: serde::Serializer>(m: &Option<Box<Message>>, s: S) -> Result<S::Ok, S::Error> {
    match m {
        Some(m) => s.serialize_some(m.id),
        None => s.serialize_none(),
    }
}

impl Diagnostic {
    /// A problem with no location (e.g. a file that cannot be read).
    pub fn bare(message: impl Into<Wording>) -> Self {
        let (message, id) = message.into().into_parts();
        Diagnostic {
            file: None,
            position: None,
            path: String::new(),
            message,
            message_id: id.map(Box::new),
        }
    }

    /// The catalogue key of the message, when it has one: the same in every language.
    pub fn code(&self) -> Option<&'static str> {
        self.message_id.as_ref().map(|m| m.id)
    }

    /// What is wrong, in `lang` when the problem has a catalogue message, else in English.
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.message_id {
            Some(m) => m.text(lang),
            None => self.message.clone(),
        }
    }

    /// The same problem with its message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Diagnostic {
        Diagnostic {
            message: self.message_in(lang),
            ..self.clone()
        }
    }

    /// `file:line:column: path: message` with the message in `lang`.
    pub fn to_string_in(&self, lang: Lang) -> String {
        self.in_lang(lang).to_string()
    }

    /// The same problem, attributed to `file`.
    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: path: message`, leaving out the parts that are unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}:", file.display())?;
        }
        if let Some(p) = self.position {
            write!(f, "{}:{}:", p.line, p.column)?;
        }
        if self.file.is_some() || self.position.is_some() {
            f.write_str(" ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Sorts diagnostics by file and position, keeping the order of equal ones.
pub fn sort_diagnostics(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
}

/// Appends `key` to a field path, quoting keys that are not plain words.
pub fn join_path(base: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let key = if plain {
        key.to_string()
    } else {
        format!("{key:?}")
    };
    if base.is_empty() {
        key
    } else {
        format!("{base}.{key}")
    }
}

/// Converts byte offsets in a source text to line and column positions.
#[derive(Debug, Clone)]
pub struct SourceMap<'s> {
    src: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> SourceMap<'s> {
    /// Indexes the line starts of `src`.
    pub fn new(src: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap { src, line_starts }
    }

    /// The position of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.src.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self
            .src
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Position {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }

    /// A location for `path` at the start of `span`.
    pub fn loc(&self, path: &str, span: &Range<usize>) -> Loc {
        Loc {
            path: path.to_string(),
            position: Some(self.position(span.start)),
        }
    }
}

/// Finds the known word closest to `word`, if one is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let normalized = word.to_ascii_lowercase().replace('-', "_");
    let mut best: Option<(f64, &str)> = None;
    for candidate in known {
        if candidate.to_ascii_lowercase().replace('-', "_") == normalized {
            return Some(candidate);
        }
        let distance = strsim::damerau_levenshtein(word, candidate);
        let allowed = match candidate.chars().count() {
            0..=3 => 1,
            4..=8 => 2,
            _ => 3,
        };
        if distance <= allowed {
            let score = distance as f64;
            if best.is_none_or(|(s, _)| score < s) {
                best = Some((score, candidate));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// ` (did you mean 'x'?)` when a suggestion exists, else an empty string.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    did_you_mean_text(suggest(word, known))
}

/// ` (did you mean 'x'?)` for a suggestion already found, else an empty string.
pub fn did_you_mean_text(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!(" (did you mean '{s}'?)"))
        .unwrap_or_default()
}

/// "did you mean 'x'?" as a catalogue message, to pass as a message's `suggestion`
/// argument (`.arg("suggestion", suggestion_message(...))`: nothing when there is none).
/// Its text starts with a space in every language, so messages write
/// `unknown field '{ $key }'{ $suggestion }`.
pub fn suggestion_message(suggestion: Option<&str>) -> Option<Message> {
    crate::i18n::did_you_mean(suggestion)
}

/// [`suggestion_message`] for the known word closest to `word` ([`suggest`]).
pub fn suggestion<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<Message> {
    suggestion_message(suggest(word, known))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters_from_one() {
        let map = SourceMap::new("ab\nçd = 1\n");
        assert_eq!(map.position(0), Position { line: 1, column: 1 });
        assert_eq!(map.position(3), Position { line: 2, column: 1 });
        // 'ç' is two bytes but one column.
        assert_eq!(map.position(5), Position { line: 2, column: 2 });
        assert_eq!(map.position(999).line, 3);
    }

    #[test]
    fn suggestions_catch_typos_and_spelling_variants() {
        assert_eq!(suggest("widht", ["width", "height"]), Some("width"));
        assert_eq!(
            suggest("derived-from", ["derived_from"]),
            Some("derived_from")
        );
        assert_eq!(suggest("colour", ["width", "height"]), None);
    }

    #[test]
    fn suggestions_are_phrased_in_the_message_language() {
        let en = suggestion_message(Some("width")).map(|m| m.text(Lang::En));
        assert_eq!(en.as_deref(), Some(" (did you mean 'width'?)"));
        assert_eq!(did_you_mean_text(Some("width")), en.unwrap_or_default());
        let fr = suggestion_message(Some("width")).map(|m| m.text(Lang::Fr));
        assert!(fr.is_some_and(|t| t.starts_with(" (") && t.contains("'width'")));
    }

    #[test]
    fn display_has_file_line_column_path_message() {
        let d = Diagnostic {
            file: Some("designs/cart/design.toml".into()),
            position: Some(Position {
                line: 42,
                column: 7,
            }),
            path: "parts[3].width".into(),
            message: "unknown name 'widht'".into(),
            message_id: None,
        };
        assert_eq!(
            d.to_string(),
            "designs/cart/design.toml:42:7: parts[3].width: unknown name 'widht'"
        );
        assert_eq!(join_path("a", "b c"), "a.\"b c\"");
    }
}
