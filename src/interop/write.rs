//! An [`Analysis`] → the text of a `design.toml` and the files beside it.
//!
//! Owns the form imported parts take in the design format: circles as `circle` shapes,
//! other contours as polygons, inline when small and in a points file of the package
//! (`geometry/<label>-outline.txt`, see docs/design-format.md) when they have more than
//! [`INLINE_POINTS`] points, so that a real part never pushes the manifest past its limit;
//! recognised joints as parametric slots and rect holes over `thickness` and `clearance`;
//! score lines and pockets (which the format has no operation for yet) in
//! `[extra.cutfile]`. The package is checked in memory at the parameters' bounds before it is
//! returned, and the bounds narrowed, or the joints written as drawn, when a bound would make
//! a part unbuildable. Must not touch the disk or the store.

use crate::i18n::Message;
use std::collections::BTreeMap;

use super::cutfile::{Analysis, CutFileInput, CutFileOptions, HoleOut, PartOut};
use super::joints::SlotFound;
use super::{ImportedPackage, InteropError, PackageFile};
use crate::model::{Diagnostic, format_number};

/// Rings with more points than this go to a points file.
pub const INLINE_POINTS: usize = 400;
/// Folder of the points files in the package.
pub const GEOMETRY_DIR: &str = "geometry";

fn num(x: f64) -> toml::Value {
    let r = (x * 10_000.0).round() / 10_000.0;
    toml::Value::Float(if r == 0.0 { 0.0 } else { r })
}

fn s(v: &str) -> toml::Value {
    toml::Value::String(v.to_string())
}

fn point(p: [f64; 2]) -> toml::Value {
    toml::Value::Array(vec![num(p[0]), num(p[1])])
}

/// `thickness`, `thickness + 0.25`, `thickness - 0.1`.
fn over_thickness(base: &str, delta: f64) -> String {
    let d = (delta * 1000.0).round() / 1000.0;
    if d.abs() < 0.0005 {
        base.to_string()
    } else if d > 0.0 {
        format!("{base} + {}", format_number(d))
    } else {
        format!("{base} - {}", format_number(-d))
    }
}

/// How joints are written.
#[derive(Clone, Copy)]
struct Joinery {
    thickness: f64,
    clearance: f64,
    /// Write joints as drawn (numbers) instead of over the parameters.
    fixed: bool,
}

/// Writes the package, checking it at the parameters' bounds (see the module doc).
pub(super) fn package(
    a: &Analysis,
    inputs: &[CutFileInput],
    opts: &CutFileOptions,
) -> Result<ImportedPackage, InteropError> {
    let t = a.thickness;
    let widths: Vec<f64> = a
        .parts
        .iter()
        .flat_map(|p| {
            p.slots
                .iter()
                .filter(|s| s.width_follows)
                .map(|s| s.width - t)
                .chain(p.holes.iter().filter_map(|h| h.mortise.as_ref()).map(|m| {
                    if m.x_follows {
                        m.width - t
                    } else {
                        m.height - t
                    }
                }))
        })
        .collect();
    let clearance = median(&widths).map(|c| (c * 100.0).round() / 100.0);
    let mut warnings = a.warnings.clone();
    for it in &a.items {
        warnings.extend(it.warnings.iter().cloned());
    }
    let mut notes = a.notes.clone();
    for f in &a.files {
        notes.push(
            Message::new("imp-note-file-units")
                .arg("file", &f.file)
                .arg("reason", f.units.why.clone())
                .into(),
        );
    }
    // Try the thickness range ±10 %, then ±5 %, then joints as drawn.
    let attempts = [(0.10, false), (0.05, false), (0.10, true)];
    let mut last_problems = Vec::new();
    for (range, fixed) in attempts {
        let joinery = Joinery {
            thickness: t,
            clearance: clearance.unwrap_or(0.0),
            fixed,
        };
        let (manifest, files) = manifest(
            a,
            inputs,
            opts,
            joinery,
            range,
            clearance.is_some() && !fixed,
        );
        match check(&manifest, &files, &opts.slug) {
            Ok(()) => {
                if fixed && clearance.is_some() {
                    notes.push(Message::new("imp-note-joints-as-drawn").into());
                }
                return Ok(ImportedPackage {
                    slug: opts.slug.clone(),
                    manifest,
                    files,
                    warnings,
                    notes,
                });
            }
            Err(problems) => last_problems = problems,
        }
    }
    let first = inputs.first().map(|i| i.name.clone()).unwrap_or_default();
    let detail: Vec<String> = last_problems
        .iter()
        .take(5)
        .map(ToString::to_string)
        .collect();
    Err(InteropError::invalid(
        &first,
        Message::new("refusal-import-not-a-valid-design").arg("detail", detail.join("; ")),
    ))
}

/// Parses and checks a manifest with its points files, in memory.
fn check(manifest: &str, files: &[PackageFile], slug: &str) -> Result<(), Vec<Diagnostic>> {
    let bytes: BTreeMap<&str, &[u8]> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    crate::package::validate_package_bytes(
        manifest.as_bytes(),
        std::path::Path::new(crate::package::MANIFEST),
        Some(slug),
        &|p| bytes.get(p).map(|b| b.to_vec()),
    )
    .map(|_| ())
}

fn median(v: &[f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

fn manifest(
    a: &Analysis,
    inputs: &[CutFileInput],
    opts: &CutFileOptions,
    j: Joinery,
    range: f64,
    with_clearance: bool,
) -> (String, Vec<PackageFile>) {
    let file_names: Vec<String> = inputs
        .iter()
        .map(|i| {
            i.name
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let mut doc = toml::Table::new();
    let name = opts.name.clone().unwrap_or_else(|| {
        let mut n = opts.slug.replace('-', " ");
        if let Some(first) = n.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        n
    });
    doc.insert("name".into(), s(&name));
    doc.insert("slug".into(), s(&opts.slug));
    doc.insert("version".into(), s("0.1.0"));
    let summary: String = format!(
        "Parts imported from the cut file(s) {}.",
        file_names.join(", ")
    )
    .chars()
    .take(300)
    .collect();
    doc.insert("summary".into(), s(&summary));
    doc.insert("category".into(), s("other"));
    let license = opts
        .license
        .clone()
        .unwrap_or_else(|| super::okh::UNKNOWN_LICENCE.to_string());
    doc.insert("license".into(), s(&license));
    let author = opts.author.clone().unwrap_or_else(|| "Unknown".to_string());
    doc.insert("authors".into(), toml::Value::Array(vec![s(&author)]));
    let t = j.thickness;
    let mut params = toml::Table::new();
    let mut thickness = toml::Table::new();
    thickness.insert("type".into(), s("length"));
    thickness.insert("default".into(), num(t));
    thickness.insert("min".into(), num(t * (1.0 - range)));
    thickness.insert("max".into(), num(t * (1.0 + range)));
    thickness.insert(
        "help".into(),
        s("Measured thickness of the sheet: slots follow it."),
    );
    params.insert("thickness".into(), toml::Value::Table(thickness));
    if with_clearance {
        let c = j.clearance;
        let mut clearance = toml::Table::new();
        clearance.insert("type".into(), s("length"));
        clearance.insert("default".into(), num(c));
        clearance.insert("min".into(), num(c - 0.5));
        clearance.insert("max".into(), num(c + 0.5));
        clearance.insert(
            "help".into(),
            s("Slot width beyond the sheet thickness, as drawn in the imported file."),
        );
        params.insert("clearance".into(), toml::Value::Table(clearance));
    }
    doc.insert("parameters".into(), toml::Value::Table(params));
    let mut sheet = toml::Table::new();
    sheet.insert("name".into(), s("Sheet material"));
    sheet.insert("kind".into(), s("other"));
    sheet.insert("nominal_thickness".into(), num(t));
    sheet.insert("thickness".into(), s("thickness"));
    let mut materials = toml::Table::new();
    materials.insert("sheet".into(), toml::Value::Table(sheet));
    doc.insert("materials".into(), toml::Value::Table(materials));

    let mut files = Vec::new();
    let mut out_parts = Vec::new();
    let mut scores = Vec::new();
    let mut pockets = Vec::new();
    for p in &a.parts {
        out_parts.push(toml::Value::Table(part(
            p,
            a.process,
            j,
            with_clearance,
            &mut files,
        )));
        for (pts, what) in &p.scores {
            let mut e = toml::Table::new();
            e.insert("part".into(), s(&p.label));
            e.insert("source".into(), s(what));
            e.insert(
                "points".into(),
                toml::Value::Array(pts.iter().map(|q| point(*q)).collect()),
            );
            scores.push(toml::Value::Table(e));
        }
        for (pts, depth, what) in &p.pockets {
            let mut e = toml::Table::new();
            e.insert("part".into(), s(&p.label));
            e.insert("source".into(), s(what));
            e.insert(
                "depth".into(),
                depth.map_or_else(|| s("thickness / 2"), num),
            );
            e.insert(
                "points".into(),
                toml::Value::Array(pts.iter().map(|q| point(*q)).collect()),
            );
            pockets.push(toml::Value::Table(e));
        }
    }
    doc.insert("parts".into(), toml::Value::Array(out_parts));
    let mut cut = toml::Table::new();
    cut.insert(
        "sources".into(),
        toml::Value::Array(file_names.iter().map(|n| s(n)).collect()),
    );
    let units: Vec<toml::Value> = a
        .files
        .iter()
        .map(|f| {
            let mut u = toml::Table::new();
            u.insert("file".into(), s(&f.file));
            u.insert("unit".into(), s(f.units.unit.as_str()));
            if let Some(dpi) = f.units.dpi {
                u.insert("dpi".into(), num(dpi));
            }
            u.insert(
                "mm_per_unit".into(),
                toml::Value::Float(f.units.mm_per_unit),
            );
            u.insert("decided".into(), s(&f.units.reason));
            toml::Value::Table(u)
        })
        .collect();
    cut.insert("units".into(), toml::Value::Array(units));
    if !scores.is_empty() {
        cut.insert("score".into(), toml::Value::Array(scores));
    }
    if !pockets.is_empty() {
        cut.insert("pocket".into(), toml::Value::Array(pockets));
    }
    let mut extra = toml::Table::new();
    extra.insert("cutfile".into(), toml::Value::Table(cut));
    doc.insert("extra".into(), toml::Value::Table(extra));
    let text = format!(
        "# Imported from {} by Barnraise.\n{}",
        file_names.join(", "),
        toml::to_string(&doc).unwrap_or_default()
    );
    (text, files)
}

fn part(
    p: &PartOut,
    process: crate::model::Process,
    j: Joinery,
    with_clearance: bool,
    files: &mut Vec<PackageFile>,
) -> toml::Table {
    let mut t = toml::Table::new();
    t.insert("label".into(), s(&p.label));
    let name = if p.label_from_text {
        format!("Part {}", p.label)
    } else {
        format!("Part {} ({})", p.label, p.source)
    };
    t.insert(
        "name".into(),
        s(&name.chars().take(200).collect::<String>()),
    );
    t.insert("material".into(), s("sheet"));
    if p.quantity > 1 {
        t.insert(
            "quantity".into(),
            toml::Value::Integer(i64::from(p.quantity)),
        );
    }
    t.insert("process".into(), s(process.as_str()));
    let outline = match p.outline_circle {
        Some(d) => {
            let mut c = toml::Table::new();
            c.insert("shape".into(), s("circle"));
            c.insert("diameter".into(), num(d));
            toml::Value::Table(c)
        }
        None => polygon(&p.outline, &format!("{}-outline", p.label), files),
    };
    t.insert("outline".into(), outline);
    if !p.holes.is_empty() {
        let holes: Vec<toml::Value> = p
            .holes
            .iter()
            .enumerate()
            .map(|(i, h)| {
                hole(
                    h,
                    &format!("{}-hole-{}", p.label, i + 1),
                    j,
                    with_clearance,
                    files,
                )
            })
            .collect();
        t.insert("holes".into(), toml::Value::Array(holes));
    }
    if !p.slots.is_empty() {
        let slots: Vec<toml::Value> = p
            .slots
            .iter()
            .map(|sl| slot(sl, j, with_clearance))
            .collect();
        t.insert("slots".into(), toml::Value::Array(slots));
    }
    let engrave: Vec<toml::Value> = p
        .engrave
        .iter()
        .filter(|(text, _, _)| !text.trim().is_empty())
        .map(|(text, at, h)| {
            let mut e = toml::Table::new();
            e.insert(
                "text".into(),
                s(&text.chars().take(200).collect::<String>()),
            );
            e.insert("at".into(), point(*at));
            e.insert("height".into(), num(h.clamp(1.0, 500.0)));
            toml::Value::Table(e)
        })
        .collect();
    if !engrave.is_empty() {
        t.insert("engrave".into(), toml::Value::Array(engrave));
    }
    t
}

/// A polygon inline, or from a points file when it is long.
fn polygon(pts: &[[f64; 2]], stem: &str, files: &mut Vec<PackageFile>) -> toml::Value {
    let mut c = toml::Table::new();
    c.insert("shape".into(), s("polygon"));
    if pts.len() > INLINE_POINTS {
        let path = format!("{GEOMETRY_DIR}/{stem}.txt");
        let mut text = format!(
            "# {} points in mm, x y per line: the contour of {stem} (imported)\n",
            pts.len()
        );
        for p in pts {
            text.push_str(&format!("{} {}\n", round4(p[0]), round4(p[1])));
        }
        files.push(PackageFile {
            path: path.clone(),
            bytes: text.into_bytes(),
        });
        c.insert("points_file".into(), s(&path));
    } else {
        c.insert(
            "points".into(),
            toml::Value::Array(pts.iter().map(|p| point(*p)).collect()),
        );
    }
    toml::Value::Table(c)
}

fn round4(v: f64) -> String {
    let r = (v * 10_000.0).round() / 10_000.0;
    format_number(if r == 0.0 { 0.0 } else { r })
}

fn hole(
    h: &HoleOut,
    stem: &str,
    j: Joinery,
    with_clearance: bool,
    files: &mut Vec<PackageFile>,
) -> toml::Value {
    if let Some((c, d)) = h.circle {
        let mut t = toml::Table::new();
        t.insert("shape".into(), s("circle"));
        t.insert("center".into(), point(c));
        t.insert("diameter".into(), num(d));
        return toml::Value::Table(t);
    }
    if let Some(m) = h.mortise.as_ref().filter(|_| with_clearance && !j.fixed) {
        let mut t = toml::Table::new();
        t.insert("shape".into(), s("rect"));
        t.insert("center".into(), point(m.center));
        let follow = |v: f64| {
            s(&over_thickness(
                "thickness + clearance",
                v - j.thickness - j.clearance,
            ))
        };
        if m.x_follows {
            t.insert("width".into(), follow(m.width));
            t.insert("height".into(), num(m.height));
        } else {
            t.insert("width".into(), num(m.width));
            t.insert("height".into(), follow(m.height));
        }
        if m.dogbone {
            t.insert("dogbone".into(), toml::Value::Boolean(true));
        }
        return toml::Value::Table(t);
    }
    polygon(&h.points, stem, files)
}

fn slot(sl: &SlotFound, j: Joinery, with_clearance: bool) -> toml::Value {
    let mut t = toml::Table::new();
    t.insert("at".into(), point(sl.at));
    t.insert("direction".into(), s(sl.direction.as_str()));
    let parametric = !j.fixed;
    let width = if parametric && sl.width_follows && with_clearance {
        s(&over_thickness(
            "thickness + clearance",
            sl.width - j.thickness - j.clearance,
        ))
    } else {
        num(sl.width)
    };
    let depth = if parametric && sl.depth_follows {
        s(&over_thickness("thickness", sl.depth - j.thickness))
    } else {
        num(sl.depth)
    };
    t.insert("width".into(), width);
    t.insert("depth".into(), depth);
    if sl.dogbone {
        t.insert("dogbone".into(), toml::Value::Boolean(true));
    }
    toml::Value::Table(t)
}
