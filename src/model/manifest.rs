//! `design.toml` text → [`Design`], with every problem reported at its line.

use crate::i18n::Message;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostic, Loc, sort_diagnostics, suggestion};
use super::expr::{Expr, RESERVED_NAMES};
use super::reader::{Expected, Node, Reader, Scope, Table};
use super::{
    Assembly, Author, BomLine, Computed, DerivedFrom, Design, Direction, EngraveSpec, FileRef,
    Grain, HoleSpec, Material, ParamType, Parameter, Part, PlacementRepeat, PlacementSpec,
    PointExpr, Process, Repeat, SegmentSpec, ShapeSpec, SlotSpec, Step, StepText, TabSpec,
    Translation,
};

/// Design categories (the search facet).
pub const CATEGORIES: &[&str] = &[
    "farm-tool",
    "structure",
    "furniture",
    "beekeeping",
    "storage",
    "garden",
    "workshop",
    "animal-care",
    "energy",
    "kitchen",
    "other",
];

/// Sheet material kinds.
pub const MATERIAL_KINDS: &[&str] = &[
    "plywood",
    "osb",
    "mdf",
    "hardboard",
    "acrylic",
    "hdpe",
    "polycarbonate",
    "aluminium",
    "steel",
    "cardboard",
    "solid-wood",
    "other",
];

/// ISO 4217 codes accepted for costs (the common ones; extend as makerspaces need).
pub const CURRENCIES: &[&str] = &[
    "EUR", "GBP", "USD", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "RON", "BGN", "INR", "KES", "UGX", "TZS", "RWF", "ETB", "NGN", "GHS", "ZAR", "BRL", "ARS",
    "MXN", "CLP", "COP", "PEN", "JPY", "CNY", "KRW", "IDR", "PHP", "VND", "THB", "MYR", "TRY",
];

const UNITS: &[&str] = &["pcs", "m", "m2", "kg", "l", "set", "pack"];

const ROOT_KEYS: &[&str] = &[
    "name",
    "slug",
    "version",
    "summary",
    "description",
    "category",
    "tags",
    "license",
    "authors",
    "derived_from",
    "documentation-language",
    "technology-readiness-level",
    "documentation-readiness-level",
    "images",
    "currency",
    "parameters",
    "computed",
    "materials",
    "parts",
    "bom",
    "assembly",
    "extra",
    "translations",
];

const PART_KEYS: &[&str] = &[
    "label",
    "name",
    "material",
    "quantity",
    "process",
    "grain",
    "rotations",
    "outline",
    "holes",
    "slots",
    "tabs",
    "engrave",
    "placements",
];

/// Parses and checks a manifest's text. `folder_name` (the package folder) must equal the
/// slug when given.
///
/// Returns the design, or every problem found. Diagnostics carry positions but no file name;
/// the caller adds it.
pub fn parse_manifest(src: &str, folder_name: Option<&str>) -> Result<Design, Vec<Diagnostic>> {
    let root = super::reader::parse_toml(src)?;
    let mut r = Reader::new(src);
    let design = read_design(&mut r, root.get_ref(), root.span(), folder_name);
    let mut problems = r.problems;
    if let Some(d) = &design {
        problems.extend(super::limits::unbounded_counts(d));
    }
    match design {
        Some(mut d) if problems.is_empty() => {
            if src.contains("extra") {
                d.extra = extra_table(src);
            }
            Ok(d)
        }
        _ => {
            if problems.is_empty() {
                problems.push(Diagnostic::bare(Message::new("problem-manifest-unread")));
            }
            sort_diagnostics(&mut problems);
            Err(problems)
        }
    }
}

fn read_design(
    r: &mut Reader<'_>,
    root: &DeTable<'_>,
    span: std::ops::Range<usize>,
    folder_name: Option<&str>,
) -> Option<Design> {
    let t = Table::root(root, span.start..span.start);
    t.check_keys(r, ROOT_KEYS);

    let name = t
        .req_string(r, "name")
        .and_then(|s| check_text(r, &t, "name", s, 120));
    let slug = t.req_string(r, "slug").and_then(|s| {
        let loc = t.loc_of(r, "slug");
        match slug_problem(&s) {
            Err(why) => {
                r.push(loc.problem(why));
                None
            }
            Ok(()) => {
                if let Some(folder) = folder_name
                    && folder != s
                {
                    r.push(
                        loc.problem(
                            Message::new("error-manifest-slug-folder")
                                .arg("slug", &s)
                                .arg("folder", folder),
                        ),
                    );
                }
                Some(s)
            }
        }
    });
    let version = t
        .req_string(r, "version")
        .and_then(|s| match semver::Version::parse(s.trim()) {
            Ok(v) => Some(v),
            Err(e) => {
                let loc = t.loc_of(r, "version");
                r.push(
                    loc.problem(
                        Message::new("error-manifest-not-semver")
                            .arg("text", &s)
                            .arg("reason", e.to_string()),
                    ),
                );
                None
            }
        });
    let summary = t
        .req_string(r, "summary")
        .and_then(|s| check_text(r, &t, "summary", s, 300));
    let description = t.opt_string(r, "description").unwrap_or_default();
    let category = t.req_string(r, "category").and_then(|s| {
        if CATEGORIES.contains(&s.as_str()) {
            Some(s)
        } else {
            let loc = t.loc_of(r, "category");
            r.push(
                loc.problem(
                    Message::new("problem-unknown-category")
                        .arg("text", s.as_str())
                        .arg("suggestion", suggestion(&s, CATEGORIES.iter().copied()))
                        .arg("known", CATEGORIES.join(", ")),
                ),
            );
            None
        }
    });
    let tags = t
        .get("tags")
        .and_then(|n| r.strings(n, "tags"))
        .unwrap_or_default();
    let license = t.req_string(r, "license").and_then(|s| {
        let loc = t.loc_of(r, "license");
        match check_license(&s) {
            Ok(()) => Some(s.trim().to_string()),
            Err(why) => {
                r.push(loc.problem(why));
                None
            }
        }
    });
    let authors = read_authors(r, &t);
    let derived_from = read_derived_from(r, &t);
    let documentation_language =
        match t.opt_string(r, "documentation-language") {
            Some(lang) => {
                if !is_language_tag(&lang) {
                    let loc = t.loc_of(r, "documentation-language");
                    r.push(loc.problem(
                        Message::new("error-manifest-not-a-language-tag").arg("text", &lang),
                    ));
                }
                lang
            }
            None => "en".to_string(),
        };
    let technology_readiness_level = read_level(r, &t, "technology-readiness-level", "OTRL", 1..=8);
    let documentation_readiness_level =
        read_level(r, &t, "documentation-readiness-level", "ODRL", 1..=4);
    let images = read_file_list(r, &t, "images");
    let currency = match t.opt_string(r, "currency") {
        Some(c) => check_currency(r, t.loc_of(r, "currency"), c),
        None => "EUR".to_string(),
    };

    let parameters = read_parameters(r, &t);
    let computed_names: Vec<String> = match t.get("computed").map(|n| n.get_ref()) {
        Some(DeValue::Table(tab)) => tab.iter().map(|(k, _)| k.get_ref().to_string()).collect(),
        _ => Vec::new(),
    };
    let mut names: Vec<&str> = parameters.iter().map(|p| p.name.as_str()).collect();
    names.extend(computed_names.iter().map(String::as_str));
    let scope = Scope::new(names);
    let computed = read_computed(r, &t, &parameters, &scope);
    let materials = read_materials(r, &t, &scope);
    let (parts, labels) = read_parts(r, &t, &scope, &materials);
    let bom = read_bom(r, &t, &scope, &currency);
    let assembly = read_assembly(r, &t, &labels);
    let extra = check_extra(r, &t);
    let translations = read_translations(r, &t, &documentation_language, &labels, &bom, &assembly);

    if !parts.is_empty() && materials.is_empty() && t.get("materials").is_none() {
        let loc = t.loc(r);
        r.push(
            loc.child("materials")
                .problem(Message::new("error-manifest-no-materials")),
        );
    }

    Some(Design {
        name: name?,
        slug: slug?,
        version: version?,
        summary: summary?,
        description,
        category: category?,
        tags,
        license: license?,
        authors,
        derived_from,
        documentation_language,
        technology_readiness_level,
        documentation_readiness_level,
        images,
        currency,
        parameters,
        computed,
        materials,
        parts,
        bom,
        assembly,
        extra,
        translations,
    })
}

/// Languages a design's texts may be translated into: those of the interface.
pub const TRANSLATION_LANGUAGES: &[&str] = &["en", "fr", "es", "sw", "de"];

/// `[translations.<lang>]`: each language one of [`TRANSLATION_LANGUAGES`] (not the
/// original's), each part label, BOM item and step referenced one the design has.
fn read_translations(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    original: &str,
    labels: &[String],
    bom: &[BomLine],
    assembly: &Assembly,
) -> BTreeMap<String, Translation> {
    let mut out = BTreeMap::new();
    let Some(node) = t.get("translations") else {
        return out;
    };
    let toml::de::DeValue::Table(inner) = node.get_ref() else {
        r.error(
            "translations",
            &node.span(),
            Message::new("problem-translations-not-a-table"),
        );
        return out;
    };
    let all = Table::root(inner, node.span()).at("translations");
    let original = original
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_ascii_lowercase();
    for (lang, span, node) in all.entries() {
        let path = all.child(&lang);
        if !TRANSLATION_LANGUAGES.contains(&lang.as_str()) {
            r.error(
                &path,
                &span,
                Message::new("problem-translation-language")
                    .arg("code", lang.as_str())
                    .arg(
                        "suggestion",
                        suggestion(&lang, TRANSLATION_LANGUAGES.iter().copied()),
                    )
                    .arg("known", TRANSLATION_LANGUAGES.join(", ")),
            );
            continue;
        }
        if lang == original {
            r.error(
                &path,
                &span,
                Message::new("problem-translation-original").arg("code", lang.as_str()),
            );
            continue;
        }
        let Some(tt) = r.table(
            node,
            &path,
            &[
                "name",
                "summary",
                "description",
                "tools",
                "steps",
                "parts",
                "bom",
            ],
        ) else {
            continue;
        };
        let mut tr = Translation {
            name: tt
                .opt_string(r, "name")
                .and_then(|s| check_text(r, &tt, "name", s, 120)),
            summary: tt
                .opt_string(r, "summary")
                .and_then(|s| check_text(r, &tt, "summary", s, 300)),
            description: tt.opt_string(r, "description"),
            ..Translation::default()
        };
        if let Some(n) = tt.get("tools")
            && let Some(tools) = r.strings(n, &tt.child("tools"))
        {
            if tools.len() == assembly.tools.len() {
                tr.tools = tools;
            } else {
                r.error(
                    &tt.child("tools"),
                    &n.span(),
                    Message::new("problem-translation-tools")
                        .arg("count", tools.len())
                        .arg("tools", assembly.tools.len()),
                );
            }
        }
        if let Some(n) = tt.get("parts")
            && let toml::de::DeValue::Table(inner) = n.get_ref()
        {
            // Keys are part labels, checked against the parts.
            let parts = Table::root(inner, n.span());
            for (label, kspan, v) in parts.entries() {
                let vpath = format!("{}.{label}", tt.child("parts"));
                if !labels.contains(&label) {
                    r.error(
                        &vpath,
                        &kspan,
                        Message::new("problem-no-such-label")
                            .arg("label", label.as_str())
                            .arg(
                                "suggestion",
                                suggestion(&label, labels.iter().map(String::as_str)),
                            ),
                    );
                    continue;
                }
                if let Some(name) = r.string(v, &vpath) {
                    tr.parts.insert(label, name);
                }
            }
        } else if let Some(n) = tt.get("parts") {
            r.error(
                &tt.child("parts"),
                &n.span(),
                Message::new("problem-translation-parts-not-a-table"),
            );
        }
        if let Some(n) = tt.get("bom")
            && let toml::de::DeValue::Table(inner) = n.get_ref()
        {
            let items: Vec<&str> = bom.iter().map(|b| b.item.as_str()).collect();
            let table = Table::root(inner, n.span());
            for (item, kspan, v) in table.entries() {
                let vpath = format!("{}.\"{item}\"", tt.child("bom"));
                if !items.contains(&item.as_str()) {
                    r.error(
                        &vpath,
                        &kspan,
                        Message::new("problem-no-such-bom-item")
                            .arg("item", item.as_str())
                            .arg("suggestion", suggestion(&item, items.iter().copied())),
                    );
                    continue;
                }
                if let Some(text) = r.string(v, &vpath) {
                    tr.bom.insert(item, text);
                }
            }
        } else if let Some(n) = tt.get("bom") {
            r.error(
                &tt.child("bom"),
                &n.span(),
                Message::new("problem-translation-bom-not-a-table"),
            );
        }
        let steps = assembly.steps.len();
        for_each_table(r, &tt, "steps", |r, node, spath| {
            let Some(st) = r.table(node, &spath, &["step", "title", "text"]) else {
                return;
            };
            let position: usize = spath
                .rsplit('[')
                .next()
                .and_then(|s| s.trim_end_matches(']').parse().ok())
                .unwrap_or(0);
            let index = match st.get("step") {
                Some(n) => match r.number(n, &st.child("step")) {
                    Some(v) if v.fract() == 0.0 && v >= 1.0 => v as usize - 1,
                    Some(v) => {
                        r.error(
                            &st.child("step"),
                            &n.span(),
                            Message::new("problem-not-a-step-number").arg("value", v),
                        );
                        return;
                    }
                    None => return,
                },
                None => position,
            };
            if index >= steps {
                let loc = st.loc(r);
                r.push(
                    loc.problem(
                        Message::new("error-manifest-no-such-step")
                            .arg("step", index + 1)
                            .arg("steps", steps),
                    ),
                );
                return;
            }
            let text = StepText {
                title: st.opt_string(r, "title"),
                text: st.opt_string(r, "text"),
            };
            tr.steps.insert(index, text);
        });
        out.insert(lang, tr);
    }
    out
}

/// `[extra]`: a free-form table that Barnraise keeps but does not interpret (fields of
/// imported formats without a Barnraise equivalent, e.g. `[extra.okh]`). Only its type is
/// checked here; [`extra_table`] reads its contents once the manifest is known to be valid.
fn check_extra(r: &mut Reader<'_>, t: &Table<'_, '_>) -> toml::Table {
    if let Some(node) = t.get("extra")
        && !matches!(node.get_ref(), DeValue::Table(_))
    {
        let loc = t.loc_of(r, "extra");
        r.push(loc.problem(Message::new("error-manifest-extra-not-a-table")));
    }
    toml::Table::new()
}

/// The contents of `[extra]`, by re-parsing the (already valid) manifest with serde.
fn extra_table(src: &str) -> toml::Table {
    match toml::from_str::<toml::Table>(src) {
        Ok(mut root) => match root.remove("extra") {
            Some(toml::Value::Table(extra)) => extra,
            _ => toml::Table::new(),
        },
        Err(_) => toml::Table::new(),
    }
}

fn check_text(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    s: String,
    max: usize,
) -> Option<String> {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        let loc = t.loc_of(r, key);
        r.push(loc.problem(Message::new("error-field-empty").arg("key", key)));
        return None;
    }
    let n = trimmed.chars().count();
    if n > max {
        let loc = t.loc_of(r, key);
        r.push(
            loc.problem(
                Message::new("error-field-too-many-characters")
                    .arg("key", key)
                    .arg("count", n)
                    .arg("max", max),
            ),
        );
        return None;
    }
    if trimmed.chars().any(char::is_control) {
        let loc = t.loc_of(r, key);
        r.push(loc.problem(Message::new("error-field-control-characters").arg("key", key)));
        return None;
    }
    Some(trimmed.to_string())
}

/// Checks a slug: lowercase letters, digits, single inner hyphens, 2–64 characters.
pub fn check_slug(s: &str) -> Result<(), String> {
    slug_problem(s).map_err(|m| m.text(crate::i18n::Lang::En))
}

/// What is wrong with a slug, as a catalogue message ([`check_slug`] in English).
pub fn slug_problem(s: &str) -> Result<(), Message> {
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if s.len() < 2
        || s.len() > 64
        || !ok_chars
        || s.starts_with('-')
        || s.ends_with('-')
        || s.contains("--")
    {
        return Err(Message::new("problem-slug").arg("text", s));
    }
    Ok(())
}

fn check_license(s: &str) -> Result<(), Message> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Message::new("problem-licence-empty"));
    }
    match spdx::Expression::parse(s) {
        Ok(_) => Ok(()),
        Err(e) => {
            let hint = match spdx::imprecise_license_id(s) {
                Some((l, _)) => super::diagnostic::suggestion_message(Some(l.name)),
                None => Some(Message::new("problem-licence-hint")),
            };
            // The reason is the spdx crate's, in English.
            Err(Message::new("problem-licence-invalid")
                .arg("text", s)
                .arg("reason", e.reason.to_string())
                .arg("hint", hint))
        }
    }
}

fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn read_level(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    prefix: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Option<String> {
    let s = t.opt_string(r, key)?;
    let number = s
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('-'))
        .map(|n| n.trim_end_matches('*'))
        .and_then(|n| n.parse::<u32>().ok());
    match number {
        Some(n) if range.contains(&n) => Some(s),
        _ => {
            let loc = t.loc_of(r, key);
            r.push(
                loc.problem(
                    Message::new("error-manifest-readiness-level")
                        .arg("text", &s)
                        .arg("prefix", prefix)
                        .arg("first", range.start().to_string())
                        .arg("last", range.end().to_string()),
                ),
            );
            None
        }
    }
}

fn check_currency(r: &mut Reader<'_>, loc: Loc, c: String) -> String {
    if !CURRENCIES.contains(&c.as_str()) {
        r.push(
            loc.problem(
                Message::new("problem-unknown-currency")
                    .arg("text", c.as_str())
                    .arg("suggestion", suggestion(&c, CURRENCIES.iter().copied())),
            ),
        );
    }
    c
}

fn read_authors(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Vec<Author> {
    let Some(node) = t.required(r, "authors") else {
        return Vec::new();
    };
    let Some(list) = r.strings(node, "authors") else {
        return Vec::new();
    };
    if list.is_empty() {
        r.error("authors", &node.span(), Message::new("problem-no-authors"));
    }
    let mut authors = Vec::new();
    for (i, s) in list.iter().enumerate() {
        match parse_author(s) {
            Some(a) => authors.push(a),
            None => r.error(
                &format!("authors[{i}]"),
                &node.span(),
                Message::new("problem-author").arg("text", s.as_str()),
            ),
        }
    }
    authors
}

/// Parses `Name` or `Name <email>`.
pub fn parse_author(s: &str) -> Option<Author> {
    let s = s.trim();
    if s.is_empty() || s.chars().any(char::is_control) {
        return None;
    }
    match s.find('<') {
        Some(open) => {
            let rest = s[open + 1..].strip_suffix('>')?;
            let name = s[..open].trim();
            if name.is_empty() || !rest.contains('@') || rest.contains(['<', '>', ' ']) {
                return None;
            }
            Some(Author {
                name: name.to_string(),
                email: Some(rest.to_string()),
            })
        }
        None if !s.contains('>') => Some(Author {
            name: s.to_string(),
            email: None,
        }),
        None => None,
    }
}

fn read_derived_from(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<DerivedFrom> {
    let node = t.get("derived_from")?;
    let d = r.table(node, "derived_from", &["slug", "revision", "store"])?;
    let slug = d.req_string(r, "slug")?;
    if let Err(why) = slug_problem(&slug) {
        let loc = d.loc_of(r, "slug");
        r.push(loc.problem(why));
    }
    Some(DerivedFrom {
        slug,
        revision: d.opt_string(r, "revision"),
        store: d.opt_string(r, "store"),
    })
}

/// Checks a package-relative path: no absolute paths, `..`, `.git` or odd characters.
pub fn check_relative_path(p: &str) -> Result<(), String> {
    path_problem(p).map_err(|m| m.text(crate::i18n::Lang::En))
}

/// What is wrong with a package-relative path, as a catalogue message
/// ([`check_relative_path`] in English).
pub fn path_problem(p: &str) -> Result<(), Message> {
    let problem = |id| Err(Message::new(id).arg("path", p));
    if p.is_empty() {
        return Err(Message::new("problem-path-empty"));
    }
    if p.starts_with('/') || p.starts_with('\\') || p.contains(':') {
        return problem("problem-path-absolute");
    }
    if p.contains('\\') {
        return problem("problem-path-backslash");
    }
    if p.chars().any(char::is_control) {
        return problem("problem-path-control-characters");
    }
    for component in p.split('/') {
        if component.is_empty() || component == "." || component == ".." {
            return problem("problem-path-components");
        }
        if component.eq_ignore_ascii_case(".git") {
            return problem("problem-path-git");
        }
    }
    Ok(())
}

fn read_file_ref(r: &mut Reader<'_>, node: &Node<'_>, path: &str) -> Option<FileRef> {
    let s = r.string(node, path)?;
    let loc = r.loc(path, &node.span());
    match path_problem(&s) {
        Ok(()) => Some(FileRef { path: s, loc }),
        Err(why) => {
            r.push(loc.problem(why));
            None
        }
    }
}

fn read_file_list(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str) -> Vec<FileRef> {
    let Some(node) = t.get(key) else {
        return Vec::new();
    };
    if let DeValue::String(_) = node.get_ref() {
        // Reuse the "write [..]" hint.
        r.strings(node, key);
        return Vec::new();
    }
    let Some(array) = r.array(node, key) else {
        return Vec::new();
    };
    array
        .iter()
        .enumerate()
        .filter_map(|(i, item)| read_file_ref(r, item, &format!("{key}[{i}]")))
        .collect()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && s.len() <= 40
}

fn check_name(r: &mut Reader<'_>, path: &str, span: &std::ops::Range<usize>, name: &str) -> bool {
    if !is_identifier(name) {
        r.error(
            path,
            span,
            Message::new("problem-name-invalid").arg("name", name),
        );
        return false;
    }
    if RESERVED_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        r.error(
            path,
            span,
            Message::new("problem-name-reserved").arg("name", name),
        );
        return false;
    }
    true
}

fn read_parameters(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Vec<Parameter> {
    let Some(node) = t.get("parameters") else {
        return Vec::new();
    };
    let DeValue::Table(params) = node.get_ref() else {
        r.type_error("parameters", &node.span(), Expected::Table, node.get_ref());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in params.iter() {
        let name: &str = key.get_ref();
        let path = format!("parameters.{name}");
        if !check_name(r, &path, &key.span(), name) {
            continue;
        }
        let Some(p) = r.table(value, &path, &["type", "default", "min", "max", "help"]) else {
            continue;
        };
        let Some(kind_s) = p.req_string(r, "type") else {
            continue;
        };
        let kind = match kind_s.as_str() {
            "length" => ParamType::Length,
            "count" => ParamType::Count,
            "angle" => ParamType::Angle,
            "bool" => ParamType::Bool,
            other => {
                let loc = p.loc_of(r, "type");
                r.push(
                    loc.problem(
                        Message::new("problem-parameter-type")
                            .arg("text", other)
                            .arg(
                                "suggestion",
                                suggestion(other, ["length", "count", "angle", "bool"]),
                            ),
                    ),
                );
                continue;
            }
        };
        let read_bound = |r: &mut Reader<'_>, key: &str| -> Option<f64> {
            let node = p.get(key)?;
            if kind == ParamType::Bool {
                r.error(
                    &p.child(key),
                    &node.span(),
                    Message::new("problem-bool-parameter-bound").arg("key", key),
                );
                return None;
            }
            r.number(node, &p.child(key))
        };
        let min = read_bound(r, "min");
        let max = read_bound(r, "max");
        let default = match p.required(r, "default") {
            None => continue,
            Some(node) => {
                let dpath = p.child("default");
                let v = if kind == ParamType::Bool {
                    r.boolean(node, &dpath).map(|b| if b { 1.0 } else { 0.0 })
                } else {
                    r.number(node, &dpath)
                };
                let Some(v) = v else { continue };
                let loc = r.loc(&dpath, &node.span());
                if kind == ParamType::Count && v.fract() != 0.0 {
                    r.push(
                        loc.problem(Message::new("error-manifest-count-not-whole").arg("value", v)),
                    );
                }
                if let (Some(lo), Some(hi)) = (min, max)
                    && lo > hi
                {
                    let l = p.loc_of(r, "min");
                    r.push(
                        l.problem(
                            Message::new("error-manifest-min-above-max")
                                .arg("min", lo)
                                .arg("max", hi),
                        ),
                    );
                }
                if let Some(lo) = min.filter(|lo| v < *lo) {
                    r.push(
                        loc.problem(
                            Message::new("error-manifest-default-below-min")
                                .arg("value", v)
                                .arg("min", lo),
                        ),
                    );
                }
                if let Some(hi) = max.filter(|hi| v > *hi) {
                    r.push(
                        loc.problem(
                            Message::new("error-manifest-default-above-max")
                                .arg("value", v)
                                .arg("max", hi),
                        ),
                    );
                }
                v
            }
        };
        let help = p.opt_string(r, "help").unwrap_or_default();
        out.push(Parameter {
            name: name.to_string(),
            kind,
            default,
            min,
            max,
            help,
            loc: r.loc(&path, &key.span()),
        });
    }
    out
}

fn read_computed(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    parameters: &[Parameter],
    scope: &Scope<'_>,
) -> Vec<Computed> {
    let Some(node) = t.get("computed") else {
        return Vec::new();
    };
    let DeValue::Table(tab) = node.get_ref() else {
        r.type_error("computed", &node.span(), Expected::Table, node.get_ref());
        return Vec::new();
    };
    let mut exprs: Vec<Computed> = Vec::new();
    let mut spans = HashMap::new();
    for (key, value) in tab.iter() {
        let name: &str = key.get_ref();
        let path = format!("computed.{name}");
        if !check_name(r, &path, &key.span(), name) {
            continue;
        }
        if parameters.iter().any(|p| p.name == name) {
            r.error(
                &path,
                &key.span(),
                Message::new("problem-computed-is-parameter").arg("name", name),
            );
            continue;
        }
        spans.insert(name.to_string(), key.span());
        if let Some(expr) = r.expr(value, &path, scope) {
            exprs.push(Computed {
                name: name.to_string(),
                expr,
            });
        }
    }
    order_computed(r, exprs, parameters)
}

/// Orders computed values so each comes after those it uses; reports cycles.
fn order_computed(
    r: &mut Reader<'_>,
    exprs: Vec<Computed>,
    parameters: &[Parameter],
) -> Vec<Computed> {
    let mut walk = TopoWalk {
        exprs: &exprs,
        index: exprs
            .iter()
            .enumerate()
            .map(|(i, c)| (c.name.as_str(), i))
            .collect(),
        parameters,
        state: vec![Visit::New; exprs.len()],
        stack: Vec::new(),
        order: Vec::new(),
        cycles: Vec::new(),
    };
    for i in 0..exprs.len() {
        if walk.state[i] == Visit::New {
            walk.visit(i);
        }
    }
    let TopoWalk { order, cycles, .. } = walk;
    let mut in_cycle = BTreeSet::new();
    for cycle in cycles {
        in_cycle.extend(cycle.iter().copied());
        let first = cycle[0];
        let mut names: Vec<&str> = cycle.iter().map(|&k| exprs[k].name.as_str()).collect();
        names.push(exprs[first].name.as_str());
        r.push(
            exprs[first].expr.loc.problem(
                Message::new("error-manifest-computed-loop").arg("names", names.join(" → ")),
            ),
        );
    }
    let mut slots: Vec<Option<Computed>> = exprs.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter(|i| !in_cycle.contains(i))
        .filter_map(|i| slots[i].take())
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Visit {
    New,
    OnStack,
    Done,
}

/// Depth-first walk over computed values for [`order_computed`].
struct TopoWalk<'a> {
    exprs: &'a [Computed],
    index: BTreeMap<&'a str, usize>,
    parameters: &'a [Parameter],
    state: Vec<Visit>,
    stack: Vec<usize>,
    order: Vec<usize>,
    cycles: Vec<Vec<usize>>,
}

impl TopoWalk<'_> {
    fn visit(&mut self, i: usize) {
        self.state[i] = Visit::OnStack;
        self.stack.push(i);
        for name in self.exprs[i].expr.names() {
            if self.parameters.iter().any(|p| &p.name == name) {
                continue;
            }
            let Some(&j) = self.index.get(name.as_str()) else {
                continue;
            };
            match self.state[j] {
                Visit::New => self.visit(j),
                Visit::OnStack => {
                    let from = self.stack.iter().position(|&k| k == j).unwrap_or(0);
                    self.cycles.push(self.stack[from..].to_vec());
                }
                Visit::Done => {}
            }
        }
        self.stack.pop();
        self.state[i] = Visit::Done;
        self.order.push(i);
    }
}

/// Whether `id` can name a table entry (a material, a machine, a stock item): 1–40
/// lowercase letters, digits, `-` and `_`.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn read_materials(r: &mut Reader<'_>, t: &Table<'_, '_>, scope: &Scope<'_>) -> Vec<Material> {
    let Some(node) = t.get("materials") else {
        return Vec::new();
    };
    let DeValue::Table(tab) = node.get_ref() else {
        r.type_error("materials", &node.span(), Expected::Table, node.get_ref());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in tab.iter() {
        let id: &str = key.get_ref();
        let path = format!("materials.{id}");
        let id_ok = is_valid_id(id);
        if !id_ok {
            r.error(
                &path,
                &key.span(),
                Message::new("problem-material-id").arg("id", id),
            );
            continue;
        }
        let Some(m) = r.table(
            value,
            &path,
            &["name", "kind", "nominal_thickness", "thickness", "grain"],
        ) else {
            continue;
        };
        let name = m.req_string(r, "name");
        let kind = m.req_string(r, "kind").and_then(|k| {
            if MATERIAL_KINDS.contains(&k.as_str()) {
                Some(k)
            } else {
                let loc = m.loc_of(r, "kind");
                r.push(
                    loc.problem(
                        Message::new("problem-material-kind")
                            .arg("text", k.as_str())
                            .arg("suggestion", suggestion(&k, MATERIAL_KINDS.iter().copied()))
                            .arg("known", MATERIAL_KINDS.join(", ")),
                    ),
                );
                None
            }
        });
        let nominal = m.required(r, "nominal_thickness").and_then(|n| {
            let v = r.number(n, &m.child("nominal_thickness"))?;
            if v <= 0.0 || v > 200.0 {
                r.error(
                    &m.child("nominal_thickness"),
                    &n.span(),
                    Message::new("problem-nominal-thickness")
                        .arg("value", v)
                        .arg("max", 200u32),
                );
                return None;
            }
            Some(v)
        });
        let thickness = m.req_expr(r, "thickness", scope);
        let grain = m.bool_or(r, "grain", false);
        if let (Some(name), Some(kind), Some(nominal_thickness), Some(thickness)) =
            (name, kind, nominal, thickness)
        {
            out.push(Material {
                id: id.to_string(),
                name,
                kind,
                nominal_thickness,
                thickness,
                grain,
                loc: r.loc(&path, &key.span()),
            });
        }
    }
    out
}

fn read_pointexpr(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    scope: &Scope<'_>,
) -> Option<PointExpr> {
    t.req_point(r, key, scope).map(|[x, y]| PointExpr { x, y })
}

fn read_opt_pointexpr(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    scope: &Scope<'_>,
) -> Option<Option<PointExpr>> {
    match t.get(key) {
        None => Some(None),
        Some(node) => r
            .point(node, &t.child(key), scope)
            .map(|[x, y]| Some(PointExpr { x, y })),
    }
}

/// Whether a shape is read as an outline (origin-anchored) or a hole (centred).
#[derive(Clone, Copy, PartialEq)]
enum ShapeRole {
    Outline,
    Hole,
}

fn shape_keys(shape: &str, role: ShapeRole) -> Vec<&'static str> {
    let mut keys = vec!["shape"];
    match shape {
        "rect" => keys.extend(["width", "height", "corner_radius"]),
        "circle" => keys.push("diameter"),
        "polygon" => keys.extend(["points", "points_file"]),
        "path" => keys.extend(["start", "segments"]),
        _ => {}
    }
    if role == ShapeRole::Hole {
        if matches!(shape, "rect" | "circle") {
            keys.push("center");
        }
        keys.extend(["dogbone", "repeat", "polar"]);
    }
    keys
}

/// Reads a shape table (outline or hole); returns the shape and the table, from which holes
/// read their extra keys.
fn read_shape_table<'a, 'i>(
    r: &mut Reader<'_>,
    node: &'a Node<'i>,
    path: &str,
    scope: &Scope<'_>,
    role: ShapeRole,
) -> Option<(ShapeSpec, Table<'a, 'i>)> {
    let shape_name = match node.get_ref() {
        DeValue::Table(tab) => match tab.get("shape").map(|n| n.get_ref()) {
            Some(DeValue::String(s)) => s.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    let known = shape_keys(&shape_name, role);
    let t = r.table(node, path, &known)?;
    let shape = t.req_string(r, "shape")?;
    let spec = match shape.as_str() {
        "rect" => {
            let width = t.req_expr(r, "width", scope);
            let height = t.req_expr(r, "height", scope);
            let corner_radius = t.opt_expr(r, "corner_radius", scope);
            let center = if role == ShapeRole::Hole {
                Some(read_pointexpr(r, &t, "center", scope)?)
            } else {
                None
            };
            ShapeSpec::Rect {
                width: width?,
                height: height?,
                corner_radius,
                center,
            }
        }
        "circle" => {
            let diameter = t.req_expr(r, "diameter", scope);
            let center = if role == ShapeRole::Hole {
                Some(read_pointexpr(r, &t, "center", scope)?)
            } else {
                None
            };
            ShapeSpec::Circle {
                diameter: diameter?,
                center,
            }
        }
        "polygon" if t.get("points_file").is_some() => {
            if t.get("points").is_some() {
                let loc = t.loc_of(r, "points_file");
                r.push(loc.problem(Message::new("error-manifest-points-or-file")));
                return None;
            }
            let node = t.get("points_file")?;
            let file = read_file_ref(r, node, &t.child("points_file"))?;
            ShapeSpec::PointsFile {
                file,
                points: std::sync::Arc::new(Vec::new()),
            }
        }
        "polygon" => {
            let node = t.required(r, "points")?;
            let ppath = t.child("points");
            let array = r.array(node, &ppath)?;
            if array.len() < 3 {
                r.error(
                    &ppath,
                    &node.span(),
                    Message::new("problem-polygon-points").arg("count", array.len()),
                );
                return None;
            }
            let mut points = Vec::new();
            let mut ok = true;
            for (i, p) in array.iter().enumerate() {
                match r.point(p, &format!("{ppath}[{i}]"), scope) {
                    Some([x, y]) => points.push(PointExpr { x, y }),
                    None => ok = false,
                }
            }
            if !ok {
                return None;
            }
            ShapeSpec::Polygon { points }
        }
        "path" => {
            let start = read_pointexpr(r, &t, "start", scope);
            let node = t.required(r, "segments")?;
            let spath = t.child("segments");
            let array = r.array(node, &spath)?;
            if array.len() < 2 {
                r.error(&spath, &node.span(), Message::new("problem-path-segments"));
                return None;
            }
            let mut segments = Vec::new();
            let mut ok = true;
            for (i, s) in array.iter().enumerate() {
                let sp = format!("{spath}[{i}]");
                let Some(seg) = r.table(s, &sp, &["to", "center", "direction"]) else {
                    ok = false;
                    continue;
                };
                let to = read_pointexpr(r, &seg, "to", scope);
                let center = read_opt_pointexpr(r, &seg, "center", scope);
                let clockwise = match seg.opt_string(r, "direction").as_deref() {
                    None | Some("ccw") => false,
                    Some("cw") => true,
                    Some(other) => {
                        let loc = seg.loc_of(r, "direction");
                        r.push(loc.problem(
                            Message::new("error-manifest-arc-direction").arg("text", other),
                        ));
                        false
                    }
                };
                if seg.get("direction").is_some() && seg.get("center").is_none() {
                    let loc = seg.loc_of(r, "direction");
                    r.push(loc.problem(Message::new("error-manifest-direction-without-arc")));
                }
                match (to, center) {
                    (Some(to), Some(center)) => segments.push(SegmentSpec {
                        to,
                        center,
                        clockwise,
                        loc: seg.loc(r),
                    }),
                    _ => ok = false,
                }
            }
            if !ok {
                return None;
            }
            ShapeSpec::Path {
                start: start?,
                segments,
            }
        }
        other => {
            let loc = t.loc_of(r, "shape");
            r.push(
                loc.problem(
                    Message::new("problem-unknown-shape")
                        .arg("text", other)
                        .arg(
                            "suggestion",
                            suggestion(other, ["rect", "circle", "polygon", "path"]),
                        ),
                ),
            );
            return None;
        }
    };
    Some((spec, t))
}

fn read_repeat(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    scope: &Scope<'_>,
    allow_polar: bool,
) -> Option<Option<Repeat>> {
    let linear = t.get("repeat");
    let polar = if allow_polar { t.get("polar") } else { None };
    if linear.is_some() && polar.is_some() {
        let loc = t.loc_of(r, "polar");
        r.push(loc.problem(Message::new("error-manifest-repeat-or-polar")));
        return None;
    }
    if let Some(node) = linear {
        let rt = r.table(node, &t.child("repeat"), &["count", "step"])?;
        let count = rt.req_expr(r, "count", scope);
        let step = read_pointexpr(r, &rt, "step", scope);
        return Some(Some(Repeat::Linear {
            count: count?,
            step: step?,
        }));
    }
    if let Some(node) = polar {
        let rt = r.table(node, &t.child("polar"), &["count", "center", "angle"])?;
        let count = rt.req_expr(r, "count", scope);
        let center = read_pointexpr(r, &rt, "center", scope);
        let angle = rt
            .opt_expr(r, "angle", scope)
            .unwrap_or_else(|| Expr::constant(360.0, rt.loc(r).child("angle")));
        return Some(Some(Repeat::Polar {
            count: count?,
            center: center?,
            angle,
        }));
    }
    Some(None)
}

fn read_direction(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<Direction> {
    let s = t.req_string(r, "direction")?;
    match s.as_str() {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        "left" => Some(Direction::Left),
        "right" => Some(Direction::Right),
        other => {
            let loc = t.loc_of(r, "direction");
            r.push(
                loc.problem(Message::new("problem-direction").arg("text", other).arg(
                    "suggestion",
                    suggestion(other, ["up", "down", "left", "right"]),
                )),
            );
            None
        }
    }
}

fn for_each_table<'a, 'i>(
    r: &mut Reader<'_>,
    part: &Table<'a, 'i>,
    key: &str,
    mut f: impl FnMut(&mut Reader<'_>, &'a Node<'i>, String),
) {
    let Some(node) = part.get(key) else { return };
    let path = part.child(key);
    let Some(array) = r.array(node, &path) else {
        return;
    };
    for (i, item) in array.iter().enumerate() {
        f(r, item, format!("{path}[{i}]"));
    }
}

/// Reads the parts. Also returns every label written, including those of parts with
/// problems, so later checks do not repeat a problem already reported.
fn read_parts(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    scope: &Scope<'_>,
    materials: &[Material],
) -> (Vec<Part>, Vec<String>) {
    let mut out = Vec::new();
    let mut labels: HashMap<String, String> = HashMap::new();
    let Some(node) = t.get("parts") else {
        return (out, Vec::new());
    };
    let Some(array) = r.array(node, "parts") else {
        return (out, Vec::new());
    };
    for (i, item) in array.iter().enumerate() {
        let path = format!("parts[{i}]");
        if let Some(part) = read_part(r, item, &path, scope, materials, &mut labels) {
            out.push(part);
        }
    }
    (out, labels.into_keys().collect())
}

/// Reads one part; `labels` maps labels seen so far to the part path that used them.
fn read_part(
    r: &mut Reader<'_>,
    node: &Node<'_>,
    path: &str,
    scope: &Scope<'_>,
    materials: &[Material],
    labels: &mut HashMap<String, String>,
) -> Option<Part> {
    let p = r.table(node, path, PART_KEYS)?;
    let label = p.req_string(r, "label").and_then(|l| {
        let ok = !l.is_empty()
            && l.chars().count() <= 24
            && l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            if let Some(first) = labels.get(&l) {
                let loc = p.loc_of(r, "label");
                r.push(
                    loc.problem(
                        Message::new("error-manifest-duplicate-label")
                            .arg("label", &l)
                            .arg("first", first),
                    ),
                );
            } else {
                labels.insert(l.clone(), path.to_string());
            }
            Some(l)
        } else {
            let loc = p.loc_of(r, "label");
            r.push(loc.problem(Message::new("error-manifest-label-form").arg("label", &l)));
            None
        }
    });
    let name = p.req_string(r, "name");
    let material_id = p.req_string(r, "material").and_then(|m| {
        if materials.iter().any(|x| x.id == m) {
            Some(m)
        } else {
            let loc = p.loc_of(r, "material");
            let ids: Vec<&str> = materials.iter().map(|x| x.id.as_str()).collect();
            r.push(
                loc.problem(
                    Message::new("problem-unknown-material")
                        .arg("id", m.as_str())
                        .arg("suggestion", suggestion(&m, ids.iter().copied())),
                ),
            );
            None
        }
    });
    let quantity = p
        .opt_expr(r, "quantity", scope)
        .unwrap_or_else(|| Expr::constant(1.0, p.loc(r).child("quantity")));
    let process = p.req_string(r, "process").and_then(|s| match s.as_str() {
        "laser" => Some(Process::Laser),
        "cnc" => Some(Process::Cnc),
        other => {
            let loc = p.loc_of(r, "process");
            r.push(
                loc.problem(
                    Message::new("problem-process")
                        .arg("text", other)
                        .arg("suggestion", suggestion(other, ["laser", "cnc"])),
                ),
            );
            None
        }
    });
    let grain = match p.opt_string(r, "grain").as_deref() {
        None => None,
        Some("x") => Some(Grain::X),
        Some("y") => Some(Grain::Y),
        Some(other) => {
            let loc = p.loc_of(r, "grain");
            r.push(loc.problem(Message::new("error-manifest-grain").arg("text", other)));
            None
        }
    };
    if let (Some(_), Some(mid)) = (grain, &material_id)
        && materials.iter().any(|m| &m.id == mid && !m.grain)
    {
        let loc = p.loc_of(r, "grain");
        r.push(
            loc.problem(Message::new("error-manifest-material-has-no-grain").arg("material", mid)),
        );
    }
    let rotations = match p.get("rotations") {
        // Sheet grain runs along the sheet's long side (x when nesting): a part whose grain
        // runs along its own y must turn a quarter.
        None => match grain {
            Some(Grain::X) => vec![0, 180],
            Some(Grain::Y) => vec![90, 270],
            None => vec![0, 90, 180, 270],
        },
        Some(node) => read_rotations(r, node, &p.child("rotations")),
    };
    let outline = p
        .required(r, "outline")
        .and_then(|n| read_shape_table(r, n, &p.child("outline"), scope, ShapeRole::Outline))
        .map(|(shape, _)| shape);

    let mut holes = Vec::new();
    for_each_table(r, &p, "holes", |r, node, hpath| {
        let Some((shape, ht)) = read_shape_table(r, node, &hpath, scope, ShapeRole::Hole) else {
            return;
        };
        let dogbone = ht.bool_or(r, "dogbone", false);
        let Some(repeat) = read_repeat(r, &ht, scope, true) else {
            return;
        };
        holes.push(HoleSpec {
            shape,
            dogbone,
            repeat,
            loc: r.loc(&hpath, &node.span()),
        });
    });
    let mut slots = Vec::new();
    for_each_table(r, &p, "slots", |r, node, spath| {
        let Some(st) = r.table(
            node,
            &spath,
            &["at", "direction", "width", "depth", "dogbone", "repeat"],
        ) else {
            return;
        };
        let at = read_pointexpr(r, &st, "at", scope);
        let direction = read_direction(r, &st);
        let width = st.req_expr(r, "width", scope);
        let depth = st.req_expr(r, "depth", scope);
        let dogbone = st.bool_or(r, "dogbone", false);
        let repeat = read_repeat(r, &st, scope, false);
        if let (Some(at), Some(direction), Some(width), Some(depth), Some(repeat)) =
            (at, direction, width, depth, repeat)
        {
            slots.push(SlotSpec {
                at,
                direction,
                width,
                depth,
                dogbone,
                repeat,
                loc: st.loc(r),
            });
        }
    });
    let mut tabs = Vec::new();
    for_each_table(r, &p, "tabs", |r, node, tpath| {
        let Some(tt) = r.table(
            node,
            &tpath,
            &["at", "direction", "width", "length", "repeat"],
        ) else {
            return;
        };
        let at = read_pointexpr(r, &tt, "at", scope);
        let direction = read_direction(r, &tt);
        let width = tt.req_expr(r, "width", scope);
        let length = tt.req_expr(r, "length", scope);
        let repeat = read_repeat(r, &tt, scope, false);
        if let (Some(at), Some(direction), Some(width), Some(length), Some(repeat)) =
            (at, direction, width, length, repeat)
        {
            tabs.push(TabSpec {
                at,
                direction,
                width,
                length,
                repeat,
                loc: tt.loc(r),
            });
        }
    });
    let mut engrave = Vec::new();
    for_each_table(r, &p, "engrave", |r, node, epath| {
        let Some(et) = r.table(node, &epath, &["text", "at", "height", "angle"]) else {
            return;
        };
        let text = et.req_string(r, "text").and_then(|s| {
            if s.trim().is_empty() || s.chars().any(char::is_control) || s.chars().count() > 80 {
                let loc = et.loc_of(r, "text");
                r.push(loc.problem(Message::new("error-manifest-engraving-length")));
                None
            } else {
                Some(s)
            }
        });
        let at = read_pointexpr(r, &et, "at", scope);
        let height = et
            .opt_expr(r, "height", scope)
            .unwrap_or_else(|| Expr::constant(6.0, et.loc(r).child("height")));
        let angle = et
            .opt_expr(r, "angle", scope)
            .unwrap_or_else(|| Expr::constant(0.0, et.loc(r).child("angle")));
        if let (Some(text), Some(at)) = (text, at) {
            engrave.push(EngraveSpec {
                text,
                at,
                height,
                angle,
                loc: et.loc(r),
            });
        }
    });
    let mut placements = Vec::new();
    for_each_table(r, &p, "placements", |r, node, ppath| {
        let Some(pt) = r.table(node, &ppath, &["at", "rotate", "repeat"]) else {
            return;
        };
        let at = pt
            .required(r, "at")
            .and_then(|n| r.triple(n, &pt.child("at"), scope));
        let rotate = match pt.get("rotate") {
            Some(n) => r.triple(n, &pt.child("rotate"), scope),
            None => {
                let l = pt.loc(r).child("rotate");
                Some([0.0, 0.0, 0.0].map(|v| Expr::constant(v, l.clone())))
            }
        };
        let repeat = match pt.get("repeat") {
            None => Some(None),
            Some(n) => r
                .table(n, &pt.child("repeat"), &["count", "step"])
                .and_then(|rt| {
                    let count = rt.req_expr(r, "count", scope);
                    let step = rt
                        .required(r, "step")
                        .and_then(|n| r.triple(n, &rt.child("step"), scope));
                    Some(Some(PlacementRepeat {
                        count: count?,
                        step: step?,
                    }))
                }),
        };
        if let (Some(at), Some(rotate), Some(repeat)) = (at, rotate, repeat) {
            placements.push(PlacementSpec {
                at,
                rotate,
                repeat,
                loc: pt.loc(r),
            });
        }
    });

    Some(Part {
        label: label?,
        name: name?,
        material: material_id?,
        quantity,
        process: process?,
        grain,
        rotations,
        outline: outline?,
        outline_loc: p.loc_of(r, "outline"),
        holes,
        slots,
        tabs,
        engrave,
        placements,
        loc: p.loc(r),
    })
}

fn read_rotations(r: &mut Reader<'_>, node: &Node<'_>, path: &str) -> Vec<u16> {
    let Some(array) = r.array(node, path) else {
        return vec![0];
    };
    let mut out = Vec::new();
    for (i, item) in array.iter().enumerate() {
        let ipath = format!("{path}[{i}]");
        if let Some(v) = r.number(item, &ipath) {
            match v as i64 {
                a @ (0 | 90 | 180 | 270) if v.fract() == 0.0 => {
                    let a = a as u16;
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
                _ => r.error(
                    &ipath,
                    &item.span(),
                    Message::new("problem-rotation").arg("value", v),
                ),
            }
        }
    }
    if out.is_empty() && array.is_empty() {
        r.error(path, &node.span(), Message::new("problem-rotations-empty"));
    }
    out
}

fn read_bom(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    scope: &Scope<'_>,
    currency: &str,
) -> Vec<BomLine> {
    let Some(node) = t.get("bom") else {
        return Vec::new();
    };
    let Some(array) = r.array(node, "bom") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in array.iter().enumerate() {
        let path = format!("bom[{i}]");
        let Some(b) = r.table(
            item,
            &path,
            &[
                "item",
                "quantity",
                "unit",
                "unit_cost",
                "currency",
                "supplier",
                "notes",
            ],
        ) else {
            continue;
        };
        let name = b.req_string(r, "item");
        let quantity = b.req_expr(r, "quantity", scope);
        let unit = match b.opt_string(r, "unit") {
            None => Some("pcs".to_string()),
            Some(u) if UNITS.contains(&u.as_str()) => Some(u),
            Some(u) => {
                let loc = b.loc_of(r, "unit");
                r.push(
                    loc.problem(
                        Message::new("problem-unknown-unit")
                            .arg("text", u.as_str())
                            .arg("suggestion", suggestion(&u, UNITS.iter().copied()))
                            .arg("known", UNITS.join(", ")),
                    ),
                );
                None
            }
        };
        let unit_cost = b.required(r, "unit_cost").and_then(|n| {
            let v = r.number(n, &b.child("unit_cost"))?;
            if v < 0.0 {
                r.error(
                    &b.child("unit_cost"),
                    &n.span(),
                    Message::new("problem-unit-cost-negative").arg("value", v),
                );
                return None;
            }
            Some(v)
        });
        let line_currency = match b.opt_string(r, "currency") {
            Some(c) => check_currency(r, b.loc_of(r, "currency"), c),
            None => currency.to_string(),
        };
        let supplier = b.opt_string(r, "supplier");
        let notes = b.opt_string(r, "notes");
        if let (Some(item), Some(quantity), Some(unit), Some(unit_cost)) =
            (name, quantity, unit, unit_cost)
        {
            out.push(BomLine {
                item,
                quantity,
                unit,
                unit_cost,
                currency: line_currency,
                supplier,
                notes,
                loc: b.loc(r),
            });
        }
    }
    out
}

fn read_assembly(r: &mut Reader<'_>, t: &Table<'_, '_>, labels: &[String]) -> Assembly {
    let Some(node) = t.get("assembly") else {
        return Assembly::default();
    };
    let Some(a) = r.table(node, "assembly", &["tools", "steps"]) else {
        return Assembly::default();
    };
    let tools = a
        .get("tools")
        .and_then(|n| r.strings(n, "assembly.tools"))
        .unwrap_or_default();
    let mut steps = Vec::new();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    for_each_table(r, &a, "steps", |r, node, spath| {
        let Some(st) = r.table(node, &spath, &["title", "text", "parts", "image"]) else {
            return;
        };
        let title = st.req_string(r, "title");
        let text = st.req_string(r, "text");
        let used = st
            .get("parts")
            .and_then(|n| r.strings(n, &st.child("parts")))
            .unwrap_or_default();
        for (i, label) in used.iter().enumerate() {
            if !labels.contains(&label.as_str()) {
                let loc = st.loc_of(r, "parts");
                r.push(Diagnostic {
                    path: format!("{}[{i}]", st.child("parts")),
                    ..loc.problem(
                        Message::new("problem-no-such-label")
                            .arg("label", label.as_str())
                            .arg("suggestion", suggestion(label, labels.iter().copied())),
                    )
                });
            }
        }
        let image = st
            .get("image")
            .and_then(|n| read_file_ref(r, n, &st.child("image")));
        if let (Some(title), Some(text)) = (title, text) {
            steps.push(Step {
                title,
                text,
                parts: used,
                image,
                loc: st.loc(r),
            });
        }
    });
    Assembly { tools, steps }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_parse_with_and_without_email() {
        assert_eq!(
            parse_author("Example Maker <maker@example.org>")
                .unwrap()
                .email
                .as_deref(),
            Some("maker@example.org")
        );
        assert_eq!(parse_author("Tomasz Wójcik").unwrap().name, "Tomasz Wójcik");
        assert!(parse_author("Bad <no-at>").is_none());
        assert!(parse_author("").is_none());
    }

    #[test]
    fn slugs_and_paths_are_checked() {
        assert!(check_slug("compost-sieve").is_ok());
        for bad in ["a", "Compost", "-x", "x-", "a--b", "a_b", "../x"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
        assert!(check_relative_path("images/a.svg").is_ok());
        for bad in [
            "/etc/passwd",
            "../x.svg",
            "a/../b",
            ".git/config",
            "C:/x",
            "a\\b",
            "",
        ] {
            assert!(check_relative_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn licences_are_spdx_checked() {
        assert!(check_license("CC-BY-SA-4.0").is_ok());
        assert!(check_license("CERN-OHL-S-2.0").is_ok());
        assert!(check_license("CC-BY-4.0 OR MIT").is_ok());
        assert!(check_license("CC-BY-NC-SA-4.0").is_ok());
        let err = check_license("CC BY SA").map_err(|m| m.text(crate::i18n::Lang::En));
        assert!(err.as_ref().is_err_and(|e| e.contains("SPDX")), "{err:?}");
    }
}
