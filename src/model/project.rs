//! Projects (`projects/<slug>/project.toml`): several designs cut together as one job — which
//! designs, how many of each and at which parameters — read and checked like design manifests
//! (every problem, with its field and line). Whether a design exists in the store and whether
//! the parameters are its own and within its bounds is checked by the use case, which knows
//! the store; the positions kept here let it point at the line.

use crate::i18n::Message;
use std::collections::BTreeMap;

use serde::Serialize;
use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Loc, sort_diagnostics};
use super::manifest::slug_problem;
use super::reader::{Expected, Reader, Table};

/// The file name of a project inside its folder.
pub const PROJECT_FILE: &str = "project.toml";
/// The largest `project.toml` accepted, in bytes.
pub const MAX_PROJECT_BYTES: usize = 64 * 1024;
/// Most design entries one project may list.
pub const MAX_PROJECT_DESIGNS: usize = 50;
/// Most copies of one design in a project.
pub const MAX_PROJECT_QUANTITY: u32 = 100;
/// Longest project name, in characters.
const MAX_NAME: usize = 120;
/// Longest notes, in characters.
const MAX_NOTES: usize = 10_000;

/// A checked project.
#[derive(Debug, Clone, Serialize)]
pub struct Project {
    /// Human name.
    pub name: String,
    /// Identifier, equal to the project's folder name.
    pub slug: String,
    /// Version; every published change raises it.
    pub version: semver::Version,
    /// Free notes for whoever cuts the job.
    pub notes: String,
    /// The project this one was forked from, if any.
    pub derived_from: Option<ProjectOrigin>,
    /// The designs, in the order given.
    pub designs: Vec<ProjectDesign>,
}

/// Where a forked project came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectOrigin {
    /// The original project's slug.
    pub slug: String,
    /// The store commit it was forked at.
    pub revision: Option<String>,
}

/// One design of a project.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectDesign {
    /// The design's slug in the store.
    pub slug: String,
    /// Copies to cut (1 to [`MAX_PROJECT_QUANTITY`]).
    pub quantity: u32,
    /// Parameter values by name (checked against the design by the use case).
    pub params: BTreeMap<String, f64>,
    /// Where the entry is (`designs[1]`, its line).
    #[serde(skip)]
    pub loc: Loc,
    /// Where its `slug` is.
    #[serde(skip)]
    pub slug_loc: Loc,
    /// Where each parameter is.
    #[serde(skip)]
    pub param_locs: BTreeMap<String, Loc>,
}

impl ProjectDesign {
    /// The location of parameter `name` (the entry's when it has no line of its own).
    pub fn param_loc(&self, name: &str) -> Loc {
        self.param_locs
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.loc.child(&format!("params.{name}")))
    }
}

impl Project {
    /// Part-design copies in all.
    pub fn copies(&self) -> u32 {
        self.designs.iter().map(|d| d.quantity).sum()
    }

    /// The project as `project.toml` text (what `new`, `add` and `fork` write).
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("name = {}\n", quote(&self.name)));
        out.push_str(&format!("slug = {}\n", quote(&self.slug)));
        out.push_str(&format!("version = {}\n", quote(&self.version.to_string())));
        if !self.notes.is_empty() {
            out.push_str(&format!("notes = {}\n", quote(&self.notes)));
        }
        if let Some(o) = &self.derived_from {
            out.push_str("\n[derived_from]\n");
            out.push_str(&format!("slug = {}\n", quote(&o.slug)));
            if let Some(r) = &o.revision {
                out.push_str(&format!("revision = {}\n", quote(r)));
            }
        }
        for d in &self.designs {
            out.push_str("\n[[designs]]\n");
            out.push_str(&format!("slug = {}\n", quote(&d.slug)));
            out.push_str(&format!("quantity = {}\n", d.quantity));
            if !d.params.is_empty() {
                let params: Vec<String> = d
                    .params
                    .iter()
                    .map(|(k, v)| format!("{k} = {}", super::format_number(*v)))
                    .collect();
                out.push_str(&format!("params = {{ {} }}\n", params.join(", ")));
            }
        }
        out
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

const KEYS: &[&str] = &[
    "name",
    "slug",
    "version",
    "notes",
    "derived_from",
    "designs",
];
const DESIGN_KEYS: &[&str] = &["slug", "quantity", "params"];

/// Parses and checks `project.toml` text. `folder` is the folder's name when known: the slug
/// must equal it. Every problem carries its field and line.
pub fn parse_project(src: &str, folder: Option<&str>) -> Result<Project, Vec<Diagnostic>> {
    if src.len() > MAX_PROJECT_BYTES {
        return Err(vec![Diagnostic::bare(
            Message::new("problem-project-too-large")
                .arg("size", src.len())
                .arg("max", MAX_PROJECT_BYTES),
        )]);
    }
    let root = super::reader::parse_toml(src)?;
    let mut r = Reader::new(src);
    let span = root.span();
    let t = Table::root(root.get_ref(), span.start..span.start);
    let project = read(&mut r, &t, folder);
    let mut problems = r.problems;
    match project {
        Some(p) if problems.is_empty() => Ok(p),
        _ => {
            if problems.is_empty() {
                problems.push(Diagnostic::bare(Message::new("problem-project-unread")));
            }
            sort_diagnostics(&mut problems);
            Err(problems)
        }
    }
}

fn read(r: &mut Reader<'_>, t: &Table<'_, '_>, folder: Option<&str>) -> Option<Project> {
    t.check_keys(r, KEYS);
    let name = text(r, t, "name", MAX_NAME, true);
    let slug = t.req_string(r, "slug").and_then(|s| {
        let loc = t.loc_of(r, "slug");
        if let Err(e) = slug_problem(&s) {
            r.push(loc.problem(e));
            return None;
        }
        if let Some(f) = folder
            && f != s
        {
            r.push(
                loc.problem(
                    Message::new("error-project-slug-folder")
                        .arg("slug", &s)
                        .arg("folder", f),
                ),
            );
            return None;
        }
        Some(s)
    });
    let version = t
        .req_string(r, "version")
        .and_then(|v| match semver::Version::parse(v.trim()) {
            Ok(v) => Some(v),
            Err(_) => {
                let loc = t.loc_of(r, "version");
                r.push(loc.problem(Message::new("error-project-version").arg("text", &v)));
                None
            }
        });
    let notes = if t.get("notes").is_some() {
        text(r, t, "notes", MAX_NOTES, false)
    } else {
        Some(String::new())
    };
    let derived_from = read_origin(r, t);
    let designs = read_designs(r, t);
    Some(Project {
        name: name?,
        slug: slug?,
        version: version?,
        notes: notes?,
        derived_from: derived_from?,
        designs: designs?,
    })
}

fn text(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    max: usize,
    one_line: bool,
) -> Option<String> {
    let s = t.req_string(r, key)?;
    let s = s.trim().to_string();
    let loc = t.loc_of(r, key);
    if s.is_empty() && one_line {
        r.push(loc.problem(Message::new("error-field-empty").arg("key", key)));
        return None;
    }
    if s.chars().count() > max {
        r.push(
            loc.problem(
                Message::new("error-field-longer-than")
                    .arg("key", key)
                    .arg("max", max),
            ),
        );
        return None;
    }
    if s.chars()
        .any(|c| c.is_control() && (one_line || (c != '\n' && c != '\t')))
    {
        r.push(loc.problem(Message::new("error-field-control-characters").arg("key", key)));
        return None;
    }
    Some(s)
}

fn read_origin(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<Option<ProjectOrigin>> {
    let Some(node) = t.get("derived_from") else {
        return Some(None);
    };
    let o = r.table(node, "derived_from", &["slug", "revision"])?;
    let slug = o
        .req_string(r, "slug")
        .and_then(|s| match slug_problem(&s) {
            Ok(()) => Some(s),
            Err(e) => {
                let loc = o.loc_of(r, "slug");
                r.push(loc.problem(e));
                None
            }
        });
    let revision = o.opt_string(r, "revision");
    Some(Some(ProjectOrigin {
        slug: slug?,
        revision,
    }))
}

fn read_designs(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<Vec<ProjectDesign>> {
    let node = t.required(r, "designs")?;
    let array = r.array(node, "designs")?;
    if array.is_empty() {
        r.error(
            "designs",
            &node.span(),
            Message::new("error-project-no-designs"),
        );
        return None;
    }
    if array.len() > MAX_PROJECT_DESIGNS {
        r.error(
            "designs",
            &node.span(),
            Message::new("error-project-too-many-designs")
                .arg("count", array.len())
                .arg("max", MAX_PROJECT_DESIGNS),
        );
        return None;
    }
    let mut out = Vec::with_capacity(array.len());
    let mut seen: Vec<String> = Vec::new();
    let mut ok = true;
    for (i, item) in array.iter().enumerate() {
        let path = format!("designs[{i}]");
        let Some(d) = r.table(item, &path, DESIGN_KEYS) else {
            ok = false;
            continue;
        };
        let loc = d.loc(r);
        let slug_loc = d.loc_of(r, "slug");
        let slug = d.req_string(r, "slug").and_then(|s| {
            let sloc = d.loc_of(r, "slug");
            if let Err(e) = slug_problem(&s) {
                r.push(sloc.problem(e));
                return None;
            }
            if seen.contains(&s) {
                r.push(sloc.problem(Message::new("error-project-listed-twice").arg("slug", &s)));
                return None;
            }
            seen.push(s.clone());
            Some(s)
        });
        let quantity = match d.get("quantity") {
            None => Some(1),
            Some(q) => {
                let qloc = d.loc_of(r, "quantity");
                match q.get_ref() {
                    DeValue::Integer(_) => match r.number(q, &d.child("quantity")) {
                        Some(v) if (1.0..=f64::from(MAX_PROJECT_QUANTITY)).contains(&v) => {
                            Some(v as u32)
                        }
                        Some(v) => {
                            r.push(
                                qloc.problem(
                                    Message::new("error-project-quantity")
                                        .arg("quantity", v)
                                        .arg("max", MAX_PROJECT_QUANTITY),
                                ),
                            );
                            None
                        }
                        None => None,
                    },
                    other => {
                        r.type_error(
                            &d.child("quantity"),
                            &q.span(),
                            Expected::WholeNumber,
                            other,
                        );
                        None
                    }
                }
            }
        };
        let params = read_params(r, &d);
        match (slug, quantity, params) {
            (Some(slug), Some(quantity), Some((params, param_locs))) => out.push(ProjectDesign {
                slug,
                quantity,
                params,
                loc,
                slug_loc,
                param_locs,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

type Params = (BTreeMap<String, f64>, BTreeMap<String, Loc>);

fn read_params(r: &mut Reader<'_>, d: &Table<'_, '_>) -> Option<Params> {
    let mut values = BTreeMap::new();
    let mut locs = BTreeMap::new();
    let Some(node) = d.get("params") else {
        return Some((values, locs));
    };
    let path = d.child("params");
    let DeValue::Table(tab) = node.get_ref() else {
        r.type_error(&path, &node.span(), Expected::Table, node.get_ref());
        return None;
    };
    if tab.len() > 200 {
        r.error(
            &path,
            &node.span(),
            Message::new("error-project-too-many-parameters").arg("max", 200u32),
        );
        return None;
    }
    let mut ok = true;
    for (k, value) in tab.iter() {
        let name: &str = k.get_ref();
        let p = format!("{path}.{name}");
        match r.number(value, &p) {
            Some(v) => {
                locs.insert(name.to_string(), r.loc(&p, &value.span()));
                values.insert(name.to_string(), v);
            }
            None => ok = false,
        }
    }
    ok.then_some((values, locs))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "Market garden Saturday batch"
slug = "market-garden"
version = "1.0.0"
notes = "Example notes."

[[designs]]
slug = "top-bar-hive-kenyan"
quantity = 3

[[designs]]
slug = "potting-bench"
quantity = 2
params = { bench_length = 1200 }
"#;

    #[test]
    fn reads_a_project() {
        let p = parse_project(GOOD, Some("market-garden")).unwrap();
        assert_eq!(p.designs.len(), 2);
        assert_eq!(p.copies(), 5);
        assert_eq!(p.designs[1].params["bench_length"], 1200.0);
        assert_eq!(
            p.designs[1]
                .param_loc("bench_length")
                .position
                .unwrap()
                .line,
            14
        );
        let again = parse_project(&p.to_toml(), None).unwrap();
        assert_eq!(again.designs[1].params, p.designs[1].params);
        assert_eq!(again.name, p.name);
    }

    #[test]
    fn every_problem_is_located() {
        let bad = r#"
name = "X batch"
slug = "x-batch"
version = "one"
colour = "red"

[[designs]]
slug = "potting-bench"
quantity = 0

[[designs]]
slug = "potting-bench"
quantity = 101
params = { depth = "deep" }
"#;
        let ds = parse_project(bad, Some("other")).unwrap_err();
        let text: Vec<String> = ds.iter().map(ToString::to_string).collect();
        let all = text.join("\n");
        assert!(all.contains("4:") && all.contains("version 'one'"), "{all}");
        assert!(all.contains("unknown key 'colour'"), "{all}");
        assert!(all.contains("differs from the project's folder"), "{all}");
        assert!(all.contains("9:") && all.contains("quantity 0"), "{all}");
        assert!(all.contains("quantity 101"), "{all}");
        assert!(all.contains("listed twice"), "{all}");
        assert!(all.contains("designs[1].params.depth"), "{all}");
        assert!(ds.iter().all(|d| d.position.is_some()), "{all}");
    }

    #[test]
    fn typos_get_a_suggestion() {
        let src = "name = \"A\"\nslug = \"ab\"\nversion = \"1.0.0\"\n[[designs]]\nslug = \"potting-bench\"\nquantiy = 2\n";
        let ds = parse_project(src, None).unwrap_err();
        assert!(
            ds[0].message.contains("did you mean 'quantity'"),
            "{:?}",
            ds
        );
        assert_eq!(ds[0].position.unwrap().line, 6);
    }
}
