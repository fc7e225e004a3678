//! Open Know-How manifests: OKH-LOSH `okh.toml` and OKH v1 `okh.yml` in, `okh.toml` out.
//!
//! Import maps every field with a Barnraise equivalent onto `design.toml` and keeps the rest,
//! with OKH's own spelling, under `[extra.okh]`, so that [`write_okh`] can give it back.
//! Real manifests are messy: every problem becomes a located warning and the import goes on;
//! only text that is not TOML/YAML at all fails (for that file alone).
//!
//! OKH parts carry no 2D geometry (they point at CAD files), so they cannot become
//! Barnraise cut parts: they are kept as `[[extra.okh.part]]` tables (name, material,
//! thickness, tsdc, files) and reported in the import's notes; their DXF/SVG files can be
//! brought in with `barnraise import dxf|svg`.

use std::path::Path;

use serde::Serialize;

use super::tree::{self, Node, Value};
use super::{ImportedPackage, InteropError, PackageFile, read_limited, slugify};
use crate::geometry;
use crate::i18n::{Message, Wording};
use crate::model::{Design, Diagnostic, EvaluatedDesign, Position, parse_author};

/// Largest manifest read, in bytes (real ones are a few KiB).
pub const MAX_OKH_BYTES: u64 = 1 << 20;
/// Largest readme copied into the description, in bytes.
const MAX_README_BYTES: u64 = 256 << 10;
/// Largest image copied into the package, in bytes (the store's per-file limit).
const MAX_IMAGE_BYTES: u64 = crate::store::MAX_FILE_BYTES;
/// Length units OKH values are written in, with their factor to millimetres.
const LENGTH_UNITS: &[(&str, f64)] = &[
    ("mm", 1.0),
    ("cm", 10.0),
    ("m", 1000.0),
    ("in", 25.4),
    ("\"", 25.4),
];
/// Mass units, with their factor to grams.
const MASS_UNITS: &[(&str, f64)] = &[
    ("g", 1.0),
    ("kg", 1000.0),
    ("lb", 453.592),
    ("lbs", 453.592),
];
/// The `okhv` written by [`write_okh`].
pub const OKH_VERSION: &str = "OKH-LOSHv1.0";

/// Which OKH dialect a manifest is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Dialect {
    /// OKH-LOSH, TOML.
    Losh,
    /// OKH v1, YAML.
    V1,
}

impl Dialect {
    /// The dialect a file name suggests: `.yml` / `.yaml` is v1, anything else LOSH.
    pub fn of_path(path: &Path) -> Dialect {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("yml") || e.eq_ignore_ascii_case("yaml") => {
                Dialect::V1
            }
            _ => Dialect::Losh,
        }
    }
}

/// Keys Barnraise maps onto design.toml fields (LOSH and v1 spellings).
const MAPPED: &[&str] = &[
    "name",
    "title",
    "version",
    "license",
    "licensor",
    "contributors",
    "function",
    "description",
    "keywords",
    "readme",
    "image",
    "documentation-language",
    "manifest-language",
    "technology-readiness-level",
    "documentation-readiness-level",
    "fork-of",
    "variant-of",
];

/// OKH keys without a Barnraise equivalent, kept verbatim in `[extra.okh]`.
const KEPT: &[&str] = &[
    "okhv",
    "repo",
    "release",
    "organization",
    "tsdc",
    "technology-specific-documentation-criteria",
    "bom",
    "manufacturing-instructions",
    "user-manual",
    "source",
    "export",
    "auxiliary",
    "outer-dimensions",
    "mass",
    "part",
    "attestation",
    "standard-compliance",
    "cpc-patent-class",
    "publication",
    "spdx-license",
    "admin-name",
    // OKH v1
    "intended-use",
    "project-link",
    "documentation-home",
    "health-safety-notice",
    "contact",
    "development-stage",
    "made",
    "made-independently",
    "date-created",
    "date-updated",
    "manifest-author",
    "manifest-creation-date",
    "design-files",
    "schematics",
    "making-instructions",
    "operating-instructions",
    "tool-list",
    "software",
    "standards-used",
    "sub-parts",
    "derivative-of",
    "id",
];

/// Common non-SPDX spellings of licences, by their letters and digits only, lowercased.
const LICENCE_SPELLINGS: &[(&str, &str)] = &[
    ("cernohls", "CERN-OHL-S-2.0"),
    ("cernohls2", "CERN-OHL-S-2.0"),
    ("cernohlsv2", "CERN-OHL-S-2.0"),
    ("cernohls20", "CERN-OHL-S-2.0"),
    ("cernohlsv20", "CERN-OHL-S-2.0"),
    ("cernohlw", "CERN-OHL-W-2.0"),
    ("cernohlw2", "CERN-OHL-W-2.0"),
    ("cernohlwv2", "CERN-OHL-W-2.0"),
    ("cernohlw20", "CERN-OHL-W-2.0"),
    ("cernohlwv20", "CERN-OHL-W-2.0"),
    ("cernohlp", "CERN-OHL-P-2.0"),
    ("cernohlp2", "CERN-OHL-P-2.0"),
    ("cernohlpv2", "CERN-OHL-P-2.0"),
    ("cernohlp20", "CERN-OHL-P-2.0"),
    ("cernohlpv20", "CERN-OHL-P-2.0"),
    ("cernohl12", "CERN-OHL-1.2"),
    ("cernohlv12", "CERN-OHL-1.2"),
    ("ccbysa4", "CC-BY-SA-4.0"),
    ("ccbysa40", "CC-BY-SA-4.0"),
    ("ccbysav4", "CC-BY-SA-4.0"),
    ("creativecommonsattributionsharealike40", "CC-BY-SA-4.0"),
    ("ccby4", "CC-BY-4.0"),
    ("ccby40", "CC-BY-4.0"),
    ("ccbyv4", "CC-BY-4.0"),
    ("creativecommonsattribution40", "CC-BY-4.0"),
    ("ccbyncsa4", "CC-BY-NC-SA-4.0"),
    ("ccbyncsa40", "CC-BY-NC-SA-4.0"),
    ("cc0", "CC0-1.0"),
    ("cc010", "CC0-1.0"),
    ("tapr", "TAPR-OHL-1.0"),
    ("taprohl", "TAPR-OHL-1.0"),
    ("taprohl10", "TAPR-OHL-1.0"),
    ("gpl3", "GPL-3.0-or-later"),
    ("gplv3", "GPL-3.0-or-later"),
    ("gpl30", "GPL-3.0-or-later"),
    ("gnugplv3", "GPL-3.0-or-later"),
    ("mit", "MIT"),
    ("mitlicense", "MIT"),
    ("apache2", "Apache-2.0"),
    ("apache20", "Apache-2.0"),
    ("apachelicense20", "Apache-2.0"),
];

/// The licence set when a manifest's licence cannot be read: valid SPDX, and plainly not a
/// real grant, so the maker sees it must be fixed before publishing.
pub const UNKNOWN_LICENCE: &str = "LicenseRef-unknown";

/// Reads an OKH manifest file and turns it into a design package.
///
/// Relative paths (readme, images) are resolved next to the manifest; files that exist are
/// copied into the package. `Err` only when the file cannot be read or is not TOML/YAML.
pub fn import_file(path: &Path) -> Result<ImportedPackage, InteropError> {
    let bytes = read_limited(path, MAX_OKH_BYTES)?;
    let src = decode(&bytes, path)?;
    import_str(&src, Dialect::of_path(path), path, path.parent())
}

fn decode(bytes: &[u8], path: &Path) -> Result<String, InteropError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes)
        .map(str::to_string)
        .map_err(|e| InteropError::Invalid {
            path: path.to_path_buf(),
            problem: Diagnostic::bare(
                Message::new("refusal-import-okh-not-utf8").arg("offset", e.valid_up_to()),
            )
            .in_file(path),
        })
}

/// Turns manifest text into a design package. `file` names it in warnings; `base` is the
/// folder relative paths are resolved in (`None`: no files are copied).
pub fn import_str(
    src: &str,
    dialect: Dialect,
    file: &Path,
    base: Option<&Path>,
) -> Result<ImportedPackage, InteropError> {
    let invalid = |d: Diagnostic| InteropError::Invalid {
        path: file.to_path_buf(),
        problem: d.in_file(file),
    };
    let (root, mut warnings) = match dialect {
        Dialect::Losh => (tree::from_toml(src).map_err(invalid)?, Vec::new()),
        Dialect::V1 => tree::from_yaml(src).map_err(invalid)?,
    };
    if !matches!(root.value, Value::Map(_)) {
        return Err(invalid(Diagnostic::bare(Message::new(
            "refusal-import-okh-not-a-table",
        ))));
    }
    let mut m = Mapper {
        warnings: Vec::new(),
        notes: Vec::new(),
        files: Vec::new(),
        base,
    };
    let toml_text = m.map(&root, dialect);
    warnings.append(&mut m.warnings);
    let warnings = warnings.into_iter().map(|d| d.in_file(file)).collect();
    Ok(ImportedPackage {
        slug: toml_text.0,
        manifest: toml_text.1,
        files: m.files,
        warnings,
        notes: m.notes,
    })
}

/// Walks the OKH tree and builds `design.toml`.
struct Mapper<'a> {
    warnings: Vec<Diagnostic>,
    notes: Vec<Wording>,
    files: Vec<PackageFile>,
    base: Option<&'a Path>,
}

impl Mapper<'_> {
    fn warn(&mut self, key: &str, at: Position, message: impl Into<Wording>) {
        let (message, id) = message.into().into_parts();
        self.warnings.push(Diagnostic {
            file: None,
            position: Some(at),
            path: key.to_string(),
            message,
            message_id: id.map(Box::new),
        });
    }

    /// A single text: strings as they are, numbers as written, the first of an array
    /// (with a warning), nothing for null or tables.
    fn text(&mut self, key: &str, node: &Node) -> Option<String> {
        match &node.value {
            Value::Seq(items) => {
                let first = items.iter().find_map(Node::scalar_text);
                if items.len() > 1 {
                    self.warn(key, node.position, Message::new("imp-okh-list-first"));
                }
                first
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            }
            Value::Map(_) => {
                self.warn(key, node.position, Message::new("imp-okh-table-ignored"));
                None
            }
            _ => node
                .scalar_text()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
        }
    }

    /// A list of texts: an array, or a single string (split on commas when `split`).
    fn texts(&mut self, key: &str, node: &Node, split: bool) -> Vec<String> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| self.text(key, n)).collect(),
            Value::Str(s) if split => s
                .split([',', ';'])
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect(),
            _ => self.text(key, node).into_iter().collect(),
        }
    }

    fn map(&mut self, root: &Node, dialect: Dialect) -> (String, String) {
        let Value::Map(entries) = &root.value else {
            return (String::new(), String::new());
        };
        let at = |key: &str| root.get(key);
        let mut extra = toml::Table::new();
        for (key, node) in entries {
            if MAPPED.contains(&key.as_str()) {
                continue;
            }
            if !KEPT.contains(&key.as_str()) {
                let hint = crate::model::suggestion(key, MAPPED.iter().chain(KEPT.iter()).copied());
                self.warn(
                    key,
                    node.position,
                    Message::new("imp-okh-unknown-field").arg("suggestion", hint),
                );
            }
            if let Some(v) = self.kept_value(key, node) {
                extra.insert(key.clone(), v);
            }
        }

        // name
        let name_key = if dialect == Dialect::V1 && at("name").is_none() {
            "title"
        } else {
            "name"
        };
        let mut name = at(name_key).and_then(|n| self.text(name_key, n));
        if name.is_none() && name_key == "name" {
            name = at("title").and_then(|n| self.text("title", n));
        }
        let name = match name {
            Some(n) => clip(&n, 120, |msg| self.warn(name_key, root.position, msg)),
            None => {
                self.warn(name_key, root.position, Message::new("imp-okh-no-name"));
                "Imported design".to_string()
            }
        };
        // A Barnraise link `<store>/designs/<slug>` (what `write_okh` writes) keeps the slug.
        let slug = at("repo")
            .and_then(Node::scalar_text)
            .and_then(|r| {
                let r = r.trim().trim_end_matches('/').to_string();
                let (_, slug) = r.rsplit_once("/designs/")?;
                crate::model::check_slug(slug)
                    .is_ok()
                    .then(|| slug.to_string())
            })
            .unwrap_or_else(|| slugify(&name));

        // version
        let version = match at("version") {
            Some(n) => match self.text("version", n) {
                Some(v) => match semver_of(&v) {
                    Some((s, exact)) => {
                        if !exact {
                            self.warn(
                                "version",
                                n.position,
                                Message::new("imp-okh-version-padded")
                                    .arg("text", &v)
                                    .arg("version", &s),
                            );
                            extra.insert("version".into(), toml::Value::String(v));
                        }
                        s
                    }
                    None => {
                        self.warn(
                            "version",
                            n.position,
                            Message::new("imp-okh-not-a-version").arg("text", &v),
                        );
                        extra.insert("version".into(), toml::Value::String(v));
                        "0.1.0".into()
                    }
                },
                None => "0.1.0".into(),
            },
            None => {
                self.warn("version", root.position, Message::new("imp-okh-no-version"));
                "0.1.0".into()
            }
        };

        // licence (v1: a table of hardware / documentation / software licences)
        let license = self.licence(root, &mut extra);

        // authors
        let mut authors: Vec<String> = Vec::new();
        for key in ["licensor", "contributors"] {
            if let Some(n) = at(key) {
                for a in self.people(key, n) {
                    if !authors.contains(&a) {
                        authors.push(a);
                    }
                }
            }
        }
        if authors.is_empty() {
            let fallback = at("organization")
                .and_then(|n| self.text("organization", n))
                .unwrap_or_else(|| "Unknown".to_string());
            self.warn(
                "licensor",
                root.position,
                Message::new("imp-okh-no-licensor").arg("author", &fallback),
            );
            authors.push(fallback);
        }

        // function → summary (+ description)
        let fn_key = if at("function").is_some() {
            "function"
        } else {
            "description"
        };
        let function = at(fn_key).and_then(|n| self.text(fn_key, n));
        let mut description = String::new();
        let summary = match &function {
            Some(f) => {
                let flat = f.split_whitespace().collect::<Vec<_>>().join(" ");
                if flat.chars().count() > 300 || flat != *f {
                    extra.insert("function".into(), toml::Value::String(f.clone()));
                    description = f.clone();
                }
                shorten(&flat, 300)
            }
            None => {
                self.warn(fn_key, root.position, Message::new("imp-okh-no-function"));
                name.clone()
            }
        };

        // tags
        let tags = at("keywords")
            .map(|n| self.texts("keywords", n, true))
            .unwrap_or_default();

        // readme
        if let Some(n) = at("readme") {
            let readmes = self.texts("readme", n, false);
            if let Some(v) = n.to_toml() {
                extra.insert("readme".into(), v);
            }
            if description.is_empty()
                && let Some(text) = readmes.iter().find_map(|r| self.local_text(r))
            {
                description = text;
            }
        }

        // images
        let mut images = Vec::new();
        let mut remote_images = Vec::new();
        if let Some(n) = at("image") {
            for img in self.texts("image", n, false) {
                match self.copy_image(&img) {
                    Ok(path) => images.push(path),
                    Err(why) => {
                        if !img.contains("://") {
                            self.warn(
                                "image",
                                n.position,
                                Message::new("imp-okh-image-kept").arg("why", why),
                            );
                        }
                        remote_images.push(toml::Value::String(img));
                    }
                }
            }
        }
        if !remote_images.is_empty() {
            extra.insert("image".into(), toml::Value::Array(remote_images));
        }

        let language = ["documentation-language", "manifest-language"]
            .into_iter()
            .find_map(|k| at(k).map(|n| (k, n)))
            .and_then(|(k, n)| {
                let t = self.text(k, n)?;
                match language_tag(&t) {
                    Some(tag) => Some(tag),
                    None => {
                        self.warn(
                            k,
                            n.position,
                            Message::new("imp-okh-not-a-language").arg("text", &t),
                        );
                        extra.insert(k.to_string(), toml::Value::String(t));
                        None
                    }
                }
            });
        let trl = self.level(root, "technology-readiness-level", "OTRL", 8, &mut extra);
        let odrl = self.level(root, "documentation-readiness-level", "ODRL", 4, &mut extra);

        // lineage
        let derived_from = ["fork-of", "variant-of"]
            .into_iter()
            .find_map(|k| at(k).map(|n| (k, n)))
            .and_then(|(k, n)| {
                let link = match &n.value {
                    Value::Map(_) => n
                        .get("web")
                        .or_else(|| n.get("repo"))
                        .or_else(|| n.get("title"))
                        .and_then(|v| self.text(k, v)),
                    _ => self.text(k, n),
                }?;
                if let Some(v) = n.to_toml() {
                    extra.insert(k.to_string(), v);
                }
                derived_from_link(&link)
            });

        // parts
        if let Some(n) = at("part") {
            let parts = self.parts(n);
            if !parts.is_empty() {
                self.notes.push(
                    Message::new("imp-okh-note-parts")
                        .arg("count", parts.len())
                        .into(),
                );
            }
            extra.insert("part".into(), toml::Value::Array(parts));
        }

        // write design.toml
        let mut doc = toml::Table::new();
        let s = |v: &str| toml::Value::String(v.to_string());
        doc.insert("name".into(), s(&name));
        doc.insert("slug".into(), s(&slug));
        doc.insert("version".into(), s(&version));
        doc.insert("summary".into(), s(&summary));
        if !description.is_empty() {
            doc.insert("description".into(), s(&description));
        }
        doc.insert("category".into(), s("other"));
        if !tags.is_empty() {
            doc.insert(
                "tags".into(),
                toml::Value::Array(tags.iter().map(|t| s(t)).collect()),
            );
        }
        doc.insert("license".into(), s(&license));
        doc.insert(
            "authors".into(),
            toml::Value::Array(authors.iter().map(|a| s(a)).collect()),
        );
        if let Some(lang) = language {
            doc.insert("documentation-language".into(), s(&lang));
        }
        if let Some(l) = trl {
            doc.insert("technology-readiness-level".into(), s(&l));
        }
        if let Some(l) = odrl {
            doc.insert("documentation-readiness-level".into(), s(&l));
        }
        if !images.is_empty() {
            doc.insert(
                "images".into(),
                toml::Value::Array(images.iter().map(|i| s(i)).collect()),
            );
        }
        if let Some((slug, store)) = derived_from {
            let mut t = toml::Table::new();
            t.insert("slug".into(), s(&slug));
            if let Some(store) = store {
                t.insert("store".into(), s(&store));
            }
            doc.insert("derived_from".into(), toml::Value::Table(t));
        }
        let mut okh = toml::Table::new();
        okh.insert("okh".into(), toml::Value::Table(extra));
        doc.insert("extra".into(), toml::Value::Table(okh));
        let text = toml::to_string(&doc).unwrap_or_default();
        (
            slug,
            format!("# Imported from an Open Know-How manifest by Barnraise.\n{text}"),
        )
    }

    fn kept_value(&mut self, key: &str, node: &Node) -> Option<toml::Value> {
        match key {
            "mass" => self
                .measure(key, node, MASS_UNITS)
                .map(toml::Value::Float)
                .or_else(|| node.to_toml()),
            "outer-dimensions" => Some(self.dimensions(key, node)),
            "part" => None, // handled with the parts
            "tsdc" | "technology-specific-documentation-criteria" => Some(toml::Value::Array(
                self.texts(key, node, true)
                    .into_iter()
                    .map(toml::Value::String)
                    .collect(),
            )),
            _ => node.to_toml(),
        }
    }

    /// A number in the unit OKH uses (mm, g). Text such as `"3.2 kg"` or `"90 cm"` is
    /// converted with a warning; anything else is dropped with a warning.
    fn measure(&mut self, key: &str, node: &Node, units: &[(&str, f64)]) -> Option<f64> {
        let base = units.first().map_or("", |u| u.0);
        match &node.value {
            Value::Int(_) | Value::Float(_) => return node.number(),
            Value::Str(text) => {
                let t = text.trim().to_ascii_lowercase();
                let split = t
                    .find(|c: char| {
                        !(c.is_ascii_digit() || c == '.' || c == ',' || c == '-' || c == '+')
                    })
                    .unwrap_or(t.len());
                let (num, unit) = t.split_at(split);
                let unit = unit.trim();
                let factor = if unit.is_empty() {
                    Some(1.0)
                } else {
                    units.iter().find(|(u, _)| *u == unit).map(|(_, f)| *f)
                };
                if let (Ok(x), Some(f)) = (num.replace(',', ".").parse::<f64>(), factor)
                    && x.is_finite()
                {
                    let value = x * f;
                    self.warn(
                        key,
                        node.position,
                        Message::new("imp-okh-text-number")
                            .arg("text", text)
                            .arg("value", value)
                            .arg("unit", base),
                    );
                    return Some(value);
                }
            }
            _ => {}
        }
        self.warn(
            key,
            node.position,
            Message::new("imp-okh-not-a-number").arg("unit", base),
        );
        None
    }

    fn dimensions(&mut self, key: &str, node: &Node) -> toml::Value {
        let mut t = toml::Table::new();
        match &node.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    if let Some(x) = self.measure(&format!("{key}.{k}"), v, LENGTH_UNITS) {
                        t.insert(k.clone(), toml::Value::Float(x));
                    }
                }
            }
            _ => self.warn(
                key,
                node.position,
                Message::new("imp-okh-dimensions-not-a-table"),
            ),
        }
        toml::Value::Table(t)
    }

    fn parts(&mut self, node: &Node) -> Vec<toml::Value> {
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Map(_) => vec![node],
            _ => {
                self.warn(
                    "part",
                    node.position,
                    Message::new("imp-okh-parts-not-tables"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (i, p) in items.into_iter().enumerate() {
            let key = format!("part[{i}]");
            let Value::Map(entries) = &p.value else {
                self.warn(&key, p.position, Message::new("imp-okh-part-not-a-table"));
                continue;
            };
            let mut t = toml::Table::new();
            for (k, v) in entries {
                let value = match k.as_str() {
                    "thickness-mm" | "thickness" | "smallest-inner-radius-mm" => self
                        .measure(&format!("{key}.{k}"), v, LENGTH_UNITS)
                        .map(toml::Value::Float),
                    "mass" => self
                        .measure(&format!("{key}.{k}"), v, MASS_UNITS)
                        .map(toml::Value::Float),
                    "outer-dimensions" => Some(self.dimensions(&format!("{key}.{k}"), v)),
                    "tsdc" => Some(toml::Value::Array(
                        self.texts(k, v, true)
                            .into_iter()
                            .map(toml::Value::String)
                            .collect(),
                    )),
                    _ => v.to_toml(),
                };
                let k = if k == "thickness" {
                    "thickness-mm"
                } else {
                    k.as_str()
                };
                if let Some(v) = value {
                    t.insert(k.to_string(), v);
                }
            }
            if !t.contains_key("name") {
                self.warn(&key, p.position, Message::new("imp-okh-part-no-name"));
            }
            out.push(toml::Value::Table(t));
        }
        out
    }

    fn licence(&mut self, root: &Node, extra: &mut toml::Table) -> String {
        let Some(n) = root.get("license") else {
            self.warn(
                "license",
                root.position,
                Message::new("imp-okh-no-licence").arg("licence", UNKNOWN_LICENCE),
            );
            return UNKNOWN_LICENCE.to_string();
        };
        let (key, node) = match &n.value {
            Value::Map(_) => {
                if let Some(v) = n.to_toml() {
                    extra.insert("license".into(), v);
                }
                match n.get("hardware").or_else(|| n.get("documentation")) {
                    Some(h) => ("license.hardware", h),
                    None => {
                        self.warn(
                            "license",
                            n.position,
                            Message::new("imp-okh-no-hardware-licence")
                                .arg("licence", UNKNOWN_LICENCE),
                        );
                        return UNKNOWN_LICENCE.to_string();
                    }
                }
            }
            _ => ("license", n),
        };
        let Some(text) = self.text(key, node) else {
            self.warn(
                key,
                node.position,
                Message::new("imp-okh-empty-licence").arg("licence", UNKNOWN_LICENCE),
            );
            return UNKNOWN_LICENCE.to_string();
        };
        match spdx_licence(&text) {
            Some(s) if s == text => s,
            Some(s) => {
                self.warn(
                    key,
                    node.position,
                    Message::new("imp-okh-licence-spelling")
                        .arg("text", &text)
                        .arg("licence", &s),
                );
                s
            }
            None => {
                self.warn(
                    key,
                    node.position,
                    Message::new("imp-okh-licence-unknown")
                        .arg("text", &text)
                        .arg("licence", UNKNOWN_LICENCE),
                );
                extra.entry("license").or_insert(toml::Value::String(text));
                UNKNOWN_LICENCE.to_string()
            }
        }
    }

    fn people(&mut self, key: &str, node: &Node) -> Vec<String> {
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        let mut out = Vec::new();
        for item in items {
            let text = match &item.value {
                Value::Map(_) => {
                    let name = item.get("name").and_then(|n| self.text(key, n));
                    let email = item.get("email").and_then(|n| self.text(key, n));
                    match (name, email) {
                        (Some(n), Some(e)) => Some(format!("{n} <{e}>")),
                        (Some(n), None) => Some(n),
                        _ => None,
                    }
                }
                Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                    self.warn(
                        key,
                        item.position,
                        Message::new("imp-okh-number-not-a-name"),
                    );
                    None
                }
                _ => self.text(key, item),
            };
            let Some(text) = text else { continue };
            // "Name <email>" with a mailto or a URL in brackets is still a name.
            match parse_author(&text) {
                Some(a) => out.push(a.to_string()),
                None => {
                    let name = text.split('<').next().unwrap_or("").trim().to_string();
                    match parse_author(&name) {
                        Some(a) => {
                            self.warn(
                                key,
                                item.position,
                                Message::new("imp-okh-author-name-used")
                                    .arg("text", &text)
                                    .arg("name", &name),
                            );
                            out.push(a.to_string());
                        }
                        None => self.warn(
                            key,
                            item.position,
                            Message::new("imp-okh-not-a-name").arg("text", &text),
                        ),
                    }
                }
            }
        }
        out
    }

    fn level(
        &mut self,
        root: &Node,
        key: &str,
        prefix: &str,
        max: u32,
        extra: &mut toml::Table,
    ) -> Option<String> {
        let n = root.get(key)?;
        let t = self.text(key, n)?;
        let upper = t.to_ascii_uppercase();
        let star = upper.ends_with('*') && prefix == "ODRL";
        let digits: String = upper
            .trim_start_matches(prefix)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        match digits.parse::<u32>() {
            Ok(d) if (1..=max).contains(&d) => {
                let level = format!("{prefix}-{d}{}", if star { "*" } else { "" });
                if level != t {
                    self.warn(
                        key,
                        n.position,
                        Message::new("imp-okh-level-read-as")
                            .arg("text", &t)
                            .arg("level", &level),
                    );
                }
                Some(level)
            }
            _ => {
                self.warn(
                    key,
                    n.position,
                    Message::new("imp-okh-level-unknown")
                        .arg("text", &t)
                        .arg("prefix", prefix)
                        .arg("max", max),
                );
                extra.insert(key.to_string(), toml::Value::String(t));
                None
            }
        }
    }

    /// Text of a small local file next to the manifest (a readme).
    fn local_text(&mut self, rel: &str) -> Option<String> {
        let path = self.local_path(rel).ok()?;
        let bytes = read_limited(&path, MAX_README_BYTES).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// A relative path that stays inside the manifest's folder and names a file.
    fn local_path(&self, rel: &str) -> Result<std::path::PathBuf, Message> {
        let path_message = |id: &'static str, rel: &str| Message::new(id).arg("path", rel);
        let base = self
            .base
            .ok_or_else(|| path_message("imp-okh-path-not-a-url", rel))?;
        if rel.contains("://") {
            return Err(path_message("imp-okh-path-is-a-url", rel));
        }
        let rel = rel.trim_start_matches("./");
        if rel.starts_with('/') || rel.split(['/', '\\']).any(|c| c == "..") {
            return Err(path_message("imp-okh-path-leaves", rel));
        }
        let path = base.join(rel);
        let root = base
            .canonicalize()
            .map_err(|e| Message::new("imp-detail").arg("detail", e.to_string()))?;
        match path.canonicalize() {
            Ok(real) if real.starts_with(&root) && real.is_file() => Ok(real),
            Ok(_) => Err(path_message("imp-okh-path-not-a-file", rel)),
            Err(_) => Err(path_message("imp-okh-path-missing", rel)),
        }
    }

    fn copy_image(&mut self, rel: &str) -> Result<String, Message> {
        let path = self.local_path(rel)?;
        let bytes = read_limited(&path, MAX_IMAGE_BYTES).map_err(|e| {
            e.message()
                .unwrap_or_else(|| Message::new("imp-detail").arg("detail", e.to_string()))
        })?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "image".into());
        let clean: String = file_name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let target = format!("images/{clean}");
        if !self.files.iter().any(|f| f.path == target) {
            self.files.push(PackageFile {
                path: target.clone(),
                bytes,
            });
        }
        Ok(target)
    }
}

/// An SPDX expression for a licence as written: itself if valid, else the SPDX form of a
/// common spelling (`"CERN OHL S v2"` → `CERN-OHL-S-2.0`), else `None`.
pub fn spdx_licence(text: &str) -> Option<String> {
    let t = text.trim();
    if spdx::Expression::parse(t).is_ok() {
        return Some(t.to_string());
    }
    let key: String = t
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let key = key.trim_end_matches("license").trim_end_matches("licence");
    if let Some((_, id)) = LICENCE_SPELLINGS.iter().find(|(k, _)| *k == key) {
        return Some((*id).to_string());
    }
    if let Some((l, _)) = spdx::imprecise_license_id(t) {
        return Some(l.name.to_string());
    }
    None
}

/// `1.2.3` → exact; `v1.2`, `1.2`, `2` → padded (not exact).
fn semver_of(v: &str) -> Option<(String, bool)> {
    if semver::Version::parse(v).is_ok() {
        return Some((v.to_string(), true));
    }
    let t = v.trim().trim_start_matches(['v', 'V']);
    let nums: Vec<&str> = t.split('.').collect();
    if nums.is_empty()
        || nums.len() > 3
        || nums
            .iter()
            .any(|n| n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let mut parts: Vec<u64> = nums.iter().filter_map(|n| n.parse().ok()).collect();
    parts.resize(3, 0);
    Some((format!("{}.{}.{}", parts[0], parts[1], parts[2]), false))
}

fn language_tag(t: &str) -> Option<String> {
    let lower = t.trim().to_ascii_lowercase();
    let named = match lower.as_str() {
        "english" => Some("en"),
        "german" | "deutsch" => Some("de"),
        "french" | "français" | "francais" => Some("fr"),
        "spanish" | "español" | "espanol" => Some("es"),
        "portuguese" | "português" => Some("pt"),
        "italian" | "italiano" => Some("it"),
        _ => None,
    };
    if let Some(n) = named {
        return Some(n.to_string());
    }
    let t = t.trim().replace('_', "-");
    let mut parts = t.split('-');
    let primary = parts.next().unwrap_or("");
    let ok = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then(|| {
        let mut it = t.split('-');
        let mut out = it.next().unwrap_or("").to_ascii_lowercase();
        for p in it {
            out.push('-');
            if p.len() == 2 {
                out.push_str(&p.to_ascii_uppercase());
            } else {
                out.push_str(p);
            }
        }
        out
    })
}

/// A `fork-of` link → (slug, store). A Barnraise link `<store>/designs/<slug>` gives both;
/// anything else gives a slug made from its last path segment.
fn derived_from_link(link: &str) -> Option<(String, Option<String>)> {
    let trimmed = link.trim().trim_end_matches('/').trim_end_matches(".git");
    if let Some((store, slug)) = trimmed.rsplit_once("/designs/")
        && crate::model::check_slug(slug).is_ok()
    {
        return Some((slug.to_string(), Some(store.to_string())));
    }
    let last = trimmed.rsplit('/').next().unwrap_or(trimmed);
    let slug = slugify(last);
    let store = link.contains("://").then(|| link.trim().to_string());
    Some((slug, store))
}

fn clip(s: &str, max: usize, mut warn: impl FnMut(Message)) -> String {
    if s.chars().count() > max {
        warn(Message::new("imp-okh-too-long").arg("max", max));
        shorten(s, max)
    } else {
        s.to_string()
    }
}

/// At most `max` characters, cut at a word and marked with `…`.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// Where the exported design lives and what to call its repository.
#[derive(Debug, Clone, Default)]
pub struct OkhTarget {
    /// URL of the design's source (OKH `repo`), e.g. `<store-url>/designs/<slug>`. A `repo`
    /// kept from an import (`[extra.okh] repo`) wins.
    pub repo: String,
    /// URL of the store the design lives in, for `fork-of` links of designs derived from a
    /// design of the same store (`derived_from` without `store`).
    pub store_url: String,
}

/// Why [`write_okh`] could not write a manifest.
#[derive(Debug, thiserror::Error)]
pub enum OkhExportError {
    /// A required OKH field would be empty.
    #[error("the OKH manifest needs '{0}', which is empty for this design")]
    Missing(&'static str),
    /// The TOML writer failed (should not happen for these values).
    #[error("cannot write TOML: {0}")]
    Toml(String),
}

/// Writes an OKH-LOSH `okh.toml` for a design.
///
/// Takes the parsed `design` (name, version, licence, authors, summary, readiness levels,
/// lineage, images and `[extra.okh]` kept from an import) and, when given, the design
/// `evaluated` at its defaults for the parts: each becomes a `[[part]]` with `tsdc`
/// (`LAS` for laser, `CNC` for CNC), `material`, `thickness-mm` and `outer-dimensions`
/// (its flat size and the thickness). Every required OKH-LOSH field is present; the
/// result is valid TOML and imports back with [`import_str`] to the same metadata.
pub fn write_okh(
    design: &Design,
    evaluated: Option<&EvaluatedDesign>,
    target: &OkhTarget,
) -> Result<String, OkhExportError> {
    let kept = match design.extra.get("okh") {
        Some(toml::Value::Table(t)) => t.clone(),
        _ => toml::Table::new(),
    };
    let s = |v: &str| toml::Value::String(v.to_string());
    let mut doc = toml::Table::new();
    doc.insert("okhv".into(), s(OKH_VERSION));
    doc.insert("name".into(), s(&design.name));
    // A repo kept from an import wins; OKH v1 manifests name theirs `project-link`.
    let repo = ["repo", "project-link", "documentation-home"]
        .iter()
        .find_map(|k| match kept.get(*k) {
            Some(toml::Value::String(r)) if !r.trim().is_empty() => Some(r.clone()),
            _ => None,
        })
        .unwrap_or_else(|| target.repo.clone());
    doc.insert("repo".into(), s(&repo));
    doc.insert("version".into(), s(&design.version.to_string()));
    doc.insert("license".into(), s(&design.license));
    let authors: Vec<toml::Value> = design.authors.iter().map(|a| s(&a.to_string())).collect();
    match authors.len() {
        0 => return Err(OkhExportError::Missing("licensor")),
        1 => doc.insert("licensor".into(), authors[0].clone()),
        _ => doc.insert("licensor".into(), toml::Value::Array(authors)),
    };
    let function = match kept.get("function") {
        Some(toml::Value::String(f)) if !f.trim().is_empty() => f.clone(),
        _ => design.summary.clone(),
    };
    doc.insert("function".into(), s(&function));
    doc.insert(
        "documentation-language".into(),
        s(&design.documentation_language),
    );
    if let Some(l) = &design.technology_readiness_level {
        doc.insert("technology-readiness-level".into(), s(l));
    }
    if let Some(l) = &design.documentation_readiness_level {
        doc.insert("documentation-readiness-level".into(), s(l));
    }
    let mut images: Vec<toml::Value> = design.images.iter().map(|i| s(&i.path)).collect();
    if let Some(toml::Value::Array(more)) = kept.get("image") {
        images.extend(more.iter().cloned());
    }
    if !images.is_empty() {
        doc.insert("image".into(), toml::Value::Array(images));
    }
    if let Some(fork) = kept.get("fork-of") {
        doc.insert("fork-of".into(), fork.clone());
    } else if let Some(d) = &design.derived_from {
        let store = d.store.as_deref().unwrap_or(&target.store_url);
        doc.insert(
            "fork-of".into(),
            s(&format!(
                "{}/designs/{}",
                store.trim_end_matches('/'),
                d.slug
            )),
        );
    }

    let mut tsdc: Vec<String> = match kept.get("tsdc") {
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    if let Some(ev) = evaluated {
        for p in &ev.parts {
            let code = match p.process {
                crate::model::Process::Laser => "LAS",
                crate::model::Process::Cnc => "CNC",
            };
            if !tsdc.iter().any(|t| t == code) {
                tsdc.push(code.to_string());
            }
            let mut t = toml::Table::new();
            t.insert("name".into(), s(&format!("{} {}", p.label, p.name)));
            let material = ev
                .materials
                .iter()
                .find(|m| m.id == p.material)
                .map_or(p.material.as_str(), |m| m.name.as_str());
            t.insert("material".into(), s(material));
            t.insert("tsdc".into(), s(code));
            t.insert(
                "thickness-mm".into(),
                toml::Value::Float(round3(p.thickness)),
            );
            if let Ok(profile) = geometry::part_profile(p) {
                let [w, h] = profile.size();
                let mut dims = toml::Table::new();
                dims.insert("width".into(), toml::Value::Float(round3(w)));
                dims.insert("depth".into(), toml::Value::Float(round3(h)));
                dims.insert("height".into(), toml::Value::Float(round3(p.thickness)));
                t.insert("outer-dimensions".into(), toml::Value::Table(dims));
            }
            if p.quantity > 1 {
                t.insert(
                    "quantity".into(),
                    toml::Value::Integer(i64::from(p.quantity)),
                );
            }
            parts.push(toml::Value::Table(t));
        }
    }
    if parts.is_empty()
        && let Some(toml::Value::Array(kept_parts)) = kept.get("part")
    {
        parts = kept_parts.clone();
    }
    if !tsdc.is_empty() {
        doc.insert(
            "tsdc".into(),
            toml::Value::Array(tsdc.iter().map(|t| s(t)).collect()),
        );
    }
    // Everything else kept from an import goes back as it came.
    for (k, v) in &kept {
        if !doc.contains_key(k) && !matches!(k.as_str(), "part" | "function" | "version") {
            doc.insert(k.clone(), v.clone());
        }
    }
    if !parts.is_empty() {
        doc.insert("part".into(), toml::Value::Array(parts));
    }
    for key in ["okhv", "name", "repo", "version", "license", "function"] {
        let empty = doc
            .get(key)
            .and_then(toml::Value::as_str)
            .is_none_or(|v| v.trim().is_empty());
        if empty {
            return Err(OkhExportError::Missing(match key {
                "okhv" => "okhv",
                "name" => "name",
                "repo" => "repo",
                "version" => "version",
                "license" => "license",
                _ => "function",
            }));
        }
    }
    toml::to_string(&doc).map_err(|e| OkhExportError::Toml(e.to_string()))
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(src: &str, dialect: Dialect) -> ImportedPackage {
        import_str(src, dialect, Path::new("okh.toml"), None).unwrap()
    }

    #[test]
    fn licence_spellings_map_to_spdx() {
        assert_eq!(spdx_licence("CERN OHL S v2").unwrap(), "CERN-OHL-S-2.0");
        assert_eq!(spdx_licence("CERN-OHL-S-2.0").unwrap(), "CERN-OHL-S-2.0");
        assert_eq!(spdx_licence("cc by-sa 4.0").unwrap(), "CC-BY-SA-4.0");
        assert_eq!(spdx_licence("GPLv3").unwrap(), "GPL-3.0-or-later");
        assert!(spdx_licence("do what you like, mostly").is_none());
        assert!(spdx::Expression::parse(UNKNOWN_LICENCE).is_ok());
    }

    #[test]
    fn versions_are_padded_to_semver() {
        assert_eq!(semver_of("1.2.3"), Some(("1.2.3".into(), true)));
        assert_eq!(semver_of("v1.2"), Some(("1.2.0".into(), false)));
        assert_eq!(semver_of("beta"), None);
    }

    #[test]
    fn minimal_manifest_becomes_a_valid_design() {
        let p = import(
            "okhv = \"OKH-LOSHv1.0\"\nname = \"Tiny Box\"\nrepo = \"https://example.org/box\"\nversion = \"1.0.0\"\nlicense = \"CC0-1.0\"\nlicensor = \"Ann <ann@example.org>\"\nfunction = \"A box.\"\n",
            Dialect::Losh,
        );
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let d = crate::model::parse_manifest(&p.manifest, Some(&p.slug)).unwrap();
        assert_eq!(d.slug, "tiny-box");
        assert_eq!(d.authors[0].to_string(), "Ann <ann@example.org>");
        assert_eq!(
            d.extra["okh"]["repo"].as_str(),
            Some("https://example.org/box")
        );
    }

    #[test]
    fn messy_values_are_warnings_with_lines() {
        let p = import(
            "name = [\"Cart\", \"Other\"]\nversion = 2\nlicense = \"CERN OHL S v2\"\nlicensor = [\"Bo\", 3]\nfunction = \"Carries.\"\ncolour = \"red\"\ntechnology-readiness-level = \"otrl 4\"\n",
            Dialect::Losh,
        );
        let lines: Vec<u32> = p
            .warnings
            .iter()
            .filter_map(|w| w.position.map(|p| p.line))
            .collect();
        assert!(
            lines.contains(&1) && lines.contains(&2) && lines.contains(&3) && lines.contains(&6),
            "{:?}",
            p.warnings
        );
        let d = crate::model::parse_manifest(&p.manifest, None).unwrap();
        assert_eq!(d.name, "Cart");
        assert_eq!(d.version.to_string(), "2.0.0");
        assert_eq!(d.license, "CERN-OHL-S-2.0");
        assert_eq!(d.technology_readiness_level.as_deref(), Some("OTRL-4"));
        assert_eq!(d.extra["okh"]["colour"].as_str(), Some("red"));
    }

    #[test]
    fn warnings_and_notes_are_messages_in_every_language() {
        use crate::i18n::Lang;
        let p = import(
            "name = \"Cart\"\nversion = \"v2\"\nlicense = \"Beerware-ish\"\nlicensor = [\"Bo <nope\", 3]\nlicence = \"x\"\nmass = \"3.2 kg\"\ndocumentation-readiness-level = \"three\"\n[[part]]\nthickness = \"4 mm\"\n",
            Dialect::Losh,
        );
        assert!(p.warnings.len() >= 7, "{:?}", p.warnings);
        for w in &p.warnings {
            let m = w
                .message_id
                .as_deref()
                .unwrap_or_else(|| panic!("no message: {w}"));
            assert_eq!(m.text(Lang::En), w.message, "{w}");
            for lang in [Lang::Fr, Lang::Es, Lang::Sw, Lang::De] {
                assert_ne!(w.message_in(lang), w.message, "{lang:?}: {w}");
            }
        }
        let english: Vec<&str> = p.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            english.contains(&"unknown OKH field (did you mean 'license'?); kept in [extra.okh]"),
            "{english:?}"
        );
        assert!(english.contains(&"'3.2 kg' is text, not a number: read as 3200 g"));
        let fr: Vec<String> = p.warnings.iter().map(|w| w.message_in(Lang::Fr)).collect();
        assert!(
            fr.iter()
                .any(|w| w == "« 3.2 kg » est du texte, pas un nombre : lu comme 3\u{202f}200 g"),
            "{fr:?}"
        );
        assert!(
            fr.iter().any(|w| w.starts_with("champ OKH inconnu (")),
            "{fr:?}"
        );
        assert_eq!(p.notes.len(), 1);
        assert!(
            p.notes[0]
                .english()
                .starts_with("1 OKH part(s) have no 2D geometry")
        );
        assert!(
            p.notes[0]
                .text(Lang::De)
                .starts_with("1 OKH-Teil hat keine 2D-Geometrie")
        );
        // A long name is shortened, and said so in the language asked for.
        let long = format!("name = \"{}\"\n", "word ".repeat(40));
        let p = import(&long, Dialect::Losh);
        let w = p.warnings.iter().find(|w| w.path == "name").unwrap();
        assert_eq!(w.message, "longer than 120 characters: shortened");
        assert_eq!(w.message_in(Lang::Es), "más de 120 caracteres: acortado");
    }

    #[test]
    fn not_toml_is_an_error() {
        let e = import_str("name = = 3", Dialect::Losh, Path::new("x/okh.toml"), None).unwrap_err();
        assert!(e.to_string().contains("invalid TOML"), "{e}");
    }
}
