//! Build logs (`builds/<slug>/<id>.toml`): what someone who built a design says about it —
//! who, when, where, on what machine and stock, at which revision and parameters, how long
//! it took and what it cost, whether it works, and what they changed — read and checked like
//! design manifests (every problem, with its line). What the log says about the store (that
//! the design and the revision exist, that parameters are the design's) is checked by the
//! use case, which knows the store; this module knows only the text.

use crate::i18n::Message;
use std::collections::BTreeMap;

use serde::Serialize;
use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Loc, Position, sort_diagnostics, suggestion};
use super::manifest::{CURRENCIES, MATERIAL_KINDS, check_slug, slug_problem};
use super::reader::{Expected, Reader, Table};

/// The largest build log accepted, in bytes.
pub const MAX_BUILD_LOG_BYTES: usize = 64 * 1024;
/// Most photos one build log may carry.
pub const MAX_BUILD_PHOTOS: usize = 12;
/// Longest free text (`changes`, `notes`), in characters.
pub const MAX_BUILD_TEXT: usize = 10_000;
/// Longest short text (`builder`, `place`, `machine`), in characters.
const MAX_SHORT_TEXT: usize = 200;
/// The only file name an export manifest is kept under beside a log.
pub const EXPORT_MANIFEST_NAME: &str = "manifest.json";

/// How the build went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Built as designed, and it works.
    Works,
    /// It works, after changes the builder describes in `changes`.
    WorksWithChanges,
    /// It did not work.
    Failed,
}

impl Outcome {
    /// Every outcome, in the order pages list them.
    pub const ALL: [Outcome; 3] = [Outcome::Works, Outcome::WorksWithChanges, Outcome::Failed];

    /// `works`, `works-with-changes` or `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Works => "works",
            Outcome::WorksWithChanges => "works-with-changes",
            Outcome::Failed => "failed",
        }
    }

    /// The outcome named `s`.
    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// True when the thing built works (with or without changes).
    pub fn works(self) -> bool {
        self != Outcome::Failed
    }
}

/// A checked build log.
#[derive(Debug, Clone, Serialize)]
pub struct BuildLog {
    /// Who built it (a name; the commit carries the address).
    pub builder: Option<String>,
    /// When it was finished, `YYYY-MM-DD`.
    pub date: String,
    /// How it went.
    pub outcome: Outcome,
    /// The store commit the design was built from.
    pub revision: Option<String>,
    /// The design's version at that commit.
    pub version: Option<String>,
    /// The makerspace (a slug in the store) where it was built.
    pub makerspace: Option<String>,
    /// Where it was built, in words, when not (only) at a makerspace of the store.
    pub place: Option<String>,
    /// Country, ISO 3166 alpha-2.
    pub country: Option<String>,
    /// The machine: an id of the makerspace's machines, or words.
    pub machine: Option<String>,
    /// Material kind, as in design manifests.
    pub material: Option<String>,
    /// Measured sheet thickness, mm.
    pub thickness: Option<f64>,
    /// Parameter values used, by name.
    pub parameters: BTreeMap<String, f64>,
    /// Hours spent, cutting and assembling.
    pub hours: Option<f64>,
    /// What it cost.
    pub cost: Option<f64>,
    /// Currency of `cost`, ISO 4217.
    pub currency: Option<String>,
    /// What the builder changed (required for `works-with-changes`).
    pub changes: Option<String>,
    /// Anything else.
    pub notes: Option<String>,
    /// Photo file names beside the log (`builds/<slug>/<id>/<name>`).
    pub photos: Vec<String>,
    /// `manifest.json` when the export's manifest is kept beside the log.
    pub export: Option<String>,
    /// Where each top-level field is in the text, for problems found later.
    #[serde(skip)]
    pub positions: BTreeMap<String, Position>,
}

impl BuildLog {
    /// The location of a top-level field (its line when the log had it).
    pub fn loc(&self, field: &str) -> Loc {
        Loc {
            path: field.to_string(),
            position: self.positions.get(field).copied(),
        }
    }
}

const KEYS: &[&str] = &[
    "builder",
    "date",
    "outcome",
    "revision",
    "version",
    "makerspace",
    "place",
    "country",
    "machine",
    "material",
    "thickness",
    "parameters",
    "hours",
    "cost",
    "currency",
    "changes",
    "notes",
    "photos",
    "export",
];

/// Parses and checks a build log's text; every problem carries its field and line.
pub fn parse_build_log(src: &str) -> Result<BuildLog, Vec<Diagnostic>> {
    if src.len() > MAX_BUILD_LOG_BYTES {
        return Err(vec![Diagnostic::bare(
            Message::new("problem-build-log-too-large")
                .arg("size", src.len())
                .arg("max", MAX_BUILD_LOG_BYTES),
        )]);
    }
    let root = super::reader::parse_toml(src)?;
    let mut r = Reader::new(src);
    let span = root.span();
    let t = Table::root(root.get_ref(), span.start..span.start);
    let log = read(&mut r, &t);
    let mut problems = r.problems;
    match log {
        Some(l) if problems.is_empty() => Ok(l),
        _ => {
            if problems.is_empty() {
                problems.push(Diagnostic::bare(Message::new("problem-build-log-unread")));
            }
            sort_diagnostics(&mut problems);
            Err(problems)
        }
    }
}

/// Whether `name` may name a photo beside a log: 1–60 lowercase letters, digits and
/// hyphens, then `.png` or `.jpg`.
pub fn is_photo_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(ext, "png" | "jpg")
        && !stem.is_empty()
        && stem.len() <= 60
        && !stem.starts_with('-')
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether `id` may name a build log: what [`check_slug`] accepts (ids are `<date>-<hash>`).
pub fn is_build_id(id: &str) -> bool {
    check_slug(id).is_ok()
}

fn read(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<BuildLog> {
    t.check_keys(r, KEYS);
    let mut positions = BTreeMap::new();
    for key in KEYS {
        if t.get(key).is_some()
            && let Some(p) = t.loc_of(r, key).position
        {
            positions.insert((*key).to_string(), p);
        }
    }
    let builder = short_text(r, t, "builder");
    let date = read_date(r, t);
    let outcome = t
        .req_string(r, "outcome")
        .and_then(|o| match Outcome::parse(&o) {
            Some(o) => Some(o),
            None => {
                let loc = t.loc_of(r, "outcome");
                let names = Outcome::ALL.map(Outcome::as_str);
                r.push(
                    loc.problem(
                        Message::new("problem-build-outcome")
                            .arg("text", o.as_str())
                            .arg("suggestion", suggestion(&o, names)),
                    ),
                );
                None
            }
        });
    let revision = t.opt_string(r, "revision").and_then(|s| {
        let s = s.trim().to_ascii_lowercase();
        if (7..=40).contains(&s.len()) && s.chars().all(|c| c.is_ascii_hexdigit()) {
            Some(s)
        } else {
            let loc = t.loc_of(r, "revision");
            r.push(loc.problem(Message::new("error-build-revision").arg("text", &s)));
            None
        }
    });
    let version = t.opt_string(r, "version").and_then(|v| {
        if semver::Version::parse(v.trim()).is_ok() {
            Some(v.trim().to_string())
        } else {
            let loc = t.loc_of(r, "version");
            r.push(loc.problem(Message::new("error-build-version").arg("text", &v)));
            None
        }
    });
    let makerspace = t
        .opt_string(r, "makerspace")
        .and_then(|m| match slug_problem(&m) {
            Ok(()) => Some(m),
            Err(e) => {
                let loc = t.loc_of(r, "makerspace");
                r.push(loc.problem(Message::new("problem-build-makerspace").arg("why", e)));
                None
            }
        });
    let place = short_text(r, t, "place");
    let country = t.opt_string(r, "country").and_then(|c| {
        if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
            Some(c)
        } else {
            let loc = t.loc_of(r, "country");
            r.push(loc.problem(Message::new("error-country-code").arg("text", &c)));
            None
        }
    });
    let machine = short_text(r, t, "machine");
    let material = t.opt_string(r, "material").and_then(|m| {
        if MATERIAL_KINDS.contains(&m.as_str()) {
            Some(m)
        } else {
            let loc = t.loc_of(r, "material");
            r.push(
                loc.problem(
                    Message::new("problem-build-material")
                        .arg("text", m.as_str())
                        .arg("suggestion", suggestion(&m, MATERIAL_KINDS.iter().copied()))
                        .arg("known", MATERIAL_KINDS.join(", ")),
                ),
            );
            None
        }
    });
    let thickness = number(r, t, "thickness", 300.0, " mm");
    let parameters = read_parameters(r, t);
    let hours = number(r, t, "hours", 10_000.0, " h");
    let cost = number(r, t, "cost", 1e9, "");
    let currency = t.opt_string(r, "currency").and_then(|c| {
        if CURRENCIES.contains(&c.as_str()) {
            Some(c)
        } else {
            let loc = t.loc_of(r, "currency");
            r.push(
                loc.problem(
                    Message::new("problem-unknown-currency")
                        .arg("text", c.as_str())
                        .arg("suggestion", suggestion(&c, CURRENCIES.iter().copied())),
                ),
            );
            None
        }
    });
    if cost.is_some() && currency.is_none() && t.get("currency").is_none() {
        let loc = t.loc_of(r, "cost");
        r.push(loc.problem(Message::new("error-build-cost-currency")));
    }
    let changes = long_text(r, t, "changes");
    if outcome == Some(Outcome::WorksWithChanges) && changes.is_none() && t.get("changes").is_none()
    {
        let loc = t.loc_of(r, "outcome");
        r.push(loc.problem(Message::new("error-build-changes-needed")));
    }
    let notes = long_text(r, t, "notes");
    let photos = read_photos(r, t);
    let export = t.opt_string(r, "export").and_then(|e| {
        if e == EXPORT_MANIFEST_NAME {
            Some(e)
        } else {
            let loc = t.loc_of(r, "export");
            r.push(loc.problem(
                Message::new("error-build-export-name").arg("name", EXPORT_MANIFEST_NAME),
            ));
            None
        }
    });
    Some(BuildLog {
        builder,
        date: date?,
        outcome: outcome?,
        revision,
        version,
        makerspace,
        place,
        country,
        machine,
        material,
        thickness,
        parameters: parameters?,
        hours,
        cost,
        currency,
        changes,
        notes,
        photos: photos?,
        export,
        positions,
    })
}

fn text(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str, max: usize) -> Option<String> {
    let s = t.opt_string(r, key)?;
    let trimmed = s.trim();
    let loc = t.loc_of(r, key);
    if trimmed.is_empty() {
        r.push(loc.problem(Message::new("error-field-empty-leave-out").arg("key", key)));
        return None;
    }
    if trimmed.chars().count() > max {
        r.push(
            loc.problem(
                Message::new("error-field-longer-than")
                    .arg("key", key)
                    .arg("max", max),
            ),
        );
        return None;
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        r.push(loc.problem(Message::new("error-field-control-characters").arg("key", key)));
        return None;
    }
    Some(trimmed.to_string())
}

fn short_text(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str) -> Option<String> {
    let s = text(r, t, key, MAX_SHORT_TEXT)?;
    if s.contains('\n') {
        let loc = t.loc_of(r, key);
        r.push(loc.problem(Message::new("error-field-one-line").arg("key", key)));
        return None;
    }
    Some(s)
}

fn long_text(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str) -> Option<String> {
    text(r, t, key, MAX_BUILD_TEXT)
}

/// An optional number in `[0, high]`.
fn number(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str, high: f64, unit: &str) -> Option<f64> {
    let node = t.get(key)?;
    let v = r.number(node, &t.child(key))?;
    if !(v.is_finite() && v >= 0.0 && v <= high) {
        let loc = t.loc_of(r, key);
        r.push(
            loc.problem(
                Message::new("problem-build-number-range")
                    .arg("key", key)
                    .arg("value", v)
                    .arg("max", high)
                    .arg("unit", unit),
            ),
        );
        return None;
    }
    Some(v)
}

/// `date`: a TOML date (`2026-11-30`) or the same as a string.
fn read_date(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<String> {
    let node = t.required(r, "date")?;
    let text = match node.get_ref() {
        DeValue::String(s) => s.trim().to_string(),
        DeValue::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
        _ => {
            r.type_error("date", &node.span(), Expected::Date, node.get_ref());
            return None;
        }
    };
    if valid_date(&text) {
        Some(text)
    } else {
        let loc = t.loc_of(r, "date");
        r.push(loc.problem(Message::new("problem-build-date").arg("text", text.as_str())));
        None
    }
}

/// `YYYY-MM-DD` with a real month and day, year 1990 to 2200.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    if !s[..4].bytes().all(|c| c.is_ascii_digit()) || !(1990..=2200).contains(&y) {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn read_parameters(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<BTreeMap<String, f64>> {
    let mut out = BTreeMap::new();
    let Some(node) = t.get("parameters") else {
        return Some(out);
    };
    let DeValue::Table(tab) = node.get_ref() else {
        r.type_error("parameters", &node.span(), Expected::Table, node.get_ref());
        return None;
    };
    if tab.len() > 200 {
        r.error(
            "parameters",
            &node.span(),
            Message::new("error-project-too-many-parameters").arg("max", 200u32),
        );
        return None;
    }
    let mut ok = true;
    for (k, value) in tab.iter() {
        let name: &str = k.get_ref();
        let path = format!("parameters.{name}");
        match r.number(value, &path) {
            Some(v) => {
                out.insert(name.to_string(), v);
            }
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_photos(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<Vec<String>> {
    let Some(node) = t.get("photos") else {
        return Some(Vec::new());
    };
    let names = r.strings(node, "photos")?;
    let mut ok = true;
    if names.len() > MAX_BUILD_PHOTOS {
        r.error(
            "photos",
            &node.span(),
            Message::new("problem-build-photos")
                .arg("count", names.len())
                .arg("max", MAX_BUILD_PHOTOS),
        );
        ok = false;
    }
    for (i, name) in names.iter().enumerate() {
        if !is_photo_name(name) {
            r.error(
                &format!("photos[{i}]"),
                &node.span(),
                Message::new("problem-build-photo-name").arg("name", name.as_str()),
            );
            ok = false;
        } else if names[..i].contains(name) {
            r.error(
                &format!("photos[{i}]"),
                &node.span(),
                Message::new("problem-listed-twice").arg("name", name.as_str()),
            );
            ok = false;
        }
    }
    ok.then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
builder = "Example Builder"
date = 2026-11-30
outcome = "works-with-changes"
makerspace = "example-space"
country = "GB"
machine = "laser"
material = "plywood"
thickness = 17.4
hours = 6.5
cost = 84.0
currency = "EUR"
changes = "Widened the entrance slot to 18.4 mm."
photos = ["hive-front.jpg"]

[parameters]
thickness = 17.4
"#;

    #[test]
    fn reads_a_good_log() {
        let log = parse_build_log(GOOD).expect("valid");
        assert_eq!(log.outcome, Outcome::WorksWithChanges);
        assert_eq!(log.date, "2026-11-30");
        assert_eq!(log.parameters["thickness"], 17.4);
        assert_eq!(log.photos, ["hive-front.jpg"]);
        assert_eq!(log.loc("outcome").position.map(|p| p.line), Some(4));
    }

    #[test]
    fn collects_every_problem_with_its_line() {
        let src = "date = \"2026-02-30\"\noutcome = \"wroks\"\nplace = \"Leeds\"\ncost = -1\ncolour = 3\n";
        let ds = parse_build_log(src).expect_err("invalid");
        let text: Vec<String> = ds.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|t| t.starts_with("1:") && t.contains("2026-02-30")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|t| t.starts_with("2:")
                && t.contains("unknown outcome 'wroks'")
                && t.contains("did you mean 'works'")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("4:") && t.contains("'cost'")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("5:") && t.contains("unknown key 'colour'")),
            "{text:?}"
        );
    }

    #[test]
    fn changes_are_required_when_it_works_with_changes() {
        let src = "date = 2026-11-30\noutcome = \"works-with-changes\"\nplace = \"Leeds\"\n";
        let ds = parse_build_log(src).expect_err("invalid");
        assert!(ds[0].message.contains("needs 'changes'"), "{ds:?}");
    }

    #[test]
    fn the_documented_example_reads() {
        let doc = include_str!("../../docs/build-log.md");
        let start = doc.find("```toml\n").expect("an example") + "```toml\n".len();
        let example = &doc[start..start + doc[start..].find("```").expect("its end")];
        let log = parse_build_log(example).unwrap_or_else(|ds| panic!("{ds:?}"));
        assert_eq!(log.outcome, Outcome::WorksWithChanges);
        assert_eq!(log.makerspace.as_deref(), Some("example-laser-club"));
    }

    #[test]
    fn dates_and_photo_names() {
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2023-02-29"));
        assert!(!valid_date("2023-13-01"));
        assert!(!valid_date("+023-01-01"));
        assert!(is_photo_name("hive-1.jpg"));
        assert!(!is_photo_name("../x.jpg"));
        assert!(!is_photo_name("x.svg"));
    }
}
