//! G-code for GRBL routers from a [`CutSheet`].
//!
//! Conventions:
//! - Millimetres (`G21`), absolute coordinates (`G90`), XY plane (`G17`), feed in mm/min
//!   (`G94`). X/Y are the sheet's coordinates (origin at its lower-left corner, y up);
//!   Z = 0 is the top of the sheet, negative into the material.
//! - The contours are already offset by the tool radius by the caller; no cutter
//!   compensation is used.
//! - Order: scores and pockets first (the part is still held by the whole sheet), then
//!   every Inside contour of every part, then the Outside contours; within one kind the
//!   parts keep their order.
//! - Every contour: rapid to safe Z, rapid above its first point, then depth passes at
//!   `min(k × pass_depth, final depth)`, each going once round the closed contour back to
//!   its start. The final depth of through cuts (Inside/Outside) is `depth + overcut`, of
//!   pockets and scores `depth`.
//! - Pockets are *not* area-cleared: the tool only follows the pocket's contour at the
//!   pocket depth (a ring one tool wide). Clearing the inside needs an offset or raster
//!   strategy this writer does not have.
//! - Holding tabs: on contours with `tabs`, passes deeper than `thickness − tab_height`
//!   rise to `Z = −(thickness − tab_height)` across `tab_count` stretches of `tab_width`
//!   centred at perimeter fractions `(i + 0.5) / tab_count`.
//! - Engraved labels (`CutText`) are not written: GRBL has no fonts.
//! - Comments are `( … )`; parentheses, control and non-ASCII characters are removed or
//!   replaced in user text, and long titles are shortened.

use std::fmt::Write;

use crate::cut::{CncSettings, ContourKind, CutContour, CutPart, CutSheet};
use crate::error::Error;
use crate::util::{check_contour, contour_name, finite, num};

/// The most depth passes one contour may need before the writer refuses (a guard against a
/// pass depth typed in metres or microns).
pub const MAX_PASSES: u32 = 1000;
/// The most holding tabs on one contour.
pub const MAX_TABS: u32 = 1000;
/// Seconds to wait after `M3` for the spindle to reach speed before the first plunge.
pub const SPINDLE_DWELL_S: f64 = 2.0;
/// Longest user text kept in a comment (GRBL senders struggle with long lines).
const MAX_COMMENT: usize = 70;
/// Tolerance for comparing depths, mm.
const EPS: f64 = 1e-6;

/// One contour to cut, with everything worked out before writing.
struct Job<'a> {
    part: &'a CutPart,
    index: usize,
    contour: &'a CutContour,
    /// Final depth, mm (positive).
    depth: f64,
    /// Pass depths, mm (positive, increasing, last == `depth`).
    passes: Vec<f64>,
    /// Tab stretches along the perimeter (start, end), mm; empty without tabs.
    tabs: Vec<(f64, f64)>,
}

/// Writes `sheet` as GRBL G-code using the machine settings `cnc`.
///
/// Fails, naming the numbers, if a setting is out of range (`pass_depth`, `feed` or
/// `plunge_feed` ≤ 0, `safe_z` ≤ 0, `overcut` < 0, `z_min` ≥ 0, `spindle_rpm` < 0, tab
/// settings unusable while a contour asks for tabs), if any coordinate or depth is not
/// finite, if a depth is ≤ 0, if a cut would go below `z_min`, or if tabs do not fit on a
/// contour. Contours with fewer than two points are skipped (nothing to cut).
pub fn write_gcode(sheet: &CutSheet, cnc: &CncSettings) -> Result<String, Error> {
    check_settings(cnc)?;
    let jobs = plan(sheet, cnc)?;

    let mut out = String::new();
    let _ = writeln!(out, "(Barnraise G-code for GRBL)");
    let _ = writeln!(out, "({})", comment(&sheet.title));
    let _ = writeln!(
        out,
        "(sheet {}: {} x {} mm, thickness {} mm; Z0 = sheet top, X0 Y0 = lower-left corner)",
        sheet.index,
        num(sheet.width),
        num(sheet.height),
        num(sheet.thickness)
    );
    let _ = writeln!(
        out,
        "(tool {} mm, feed {}, plunge {}, pass depth {} mm)",
        num(cnc.tool_diameter),
        num(cnc.feed),
        num(cnc.plunge_feed),
        num(cnc.pass_depth)
    );
    out.push_str("G21\nG90\nG17\nG94\n");
    let safe = num(cnc.safe_z);
    let _ = writeln!(out, "G0 Z{safe}");
    let _ = writeln!(out, "M3 S{}", num(cnc.spindle_rpm));
    let _ = writeln!(out, "G4 P{}", num(SPINDLE_DWELL_S));

    for job in &jobs {
        write_job(&mut out, job, sheet, cnc);
    }

    let _ = writeln!(out, "G0 Z{safe}");
    out.push_str("M5\nG0 X0 Y0\nM2\n");
    Ok(out)
}

/// Checks the settings every job needs.
fn check_settings(cnc: &CncSettings) -> Result<(), Error> {
    let bad = |name: &'static str, value: f64, reason: &str| Error::BadSetting {
        name,
        value,
        reason: reason.to_string(),
    };
    let positive = [
        ("feed", cnc.feed),
        ("plunge_feed", cnc.plunge_feed),
        ("pass_depth", cnc.pass_depth),
        ("safe_z", cnc.safe_z),
    ];
    for (name, value) in positive {
        if !value.is_finite() || value <= 0.0 {
            return Err(bad(name, value, "must be a number greater than 0"));
        }
    }
    for (name, value) in [("overcut", cnc.overcut), ("spindle_rpm", cnc.spindle_rpm)] {
        if !value.is_finite() || value < 0.0 {
            return Err(bad(name, value, "must be a number ≥ 0"));
        }
    }
    if !cnc.z_min.is_finite() || cnc.z_min >= 0.0 {
        return Err(bad(
            "z_min",
            cnc.z_min,
            "must be a negative number (the deepest Z below the sheet top)",
        ));
    }
    Ok(())
}

/// Checks the tab settings, once a contour asks for tabs.
fn check_tab_settings(sheet: &CutSheet, cnc: &CncSettings) -> Result<(), Error> {
    if cnc.tab_count > MAX_TABS {
        return Err(Error::BadSetting {
            name: "tab_count",
            value: f64::from(cnc.tab_count),
            reason: format!("at most {MAX_TABS} tabs per contour"),
        });
    }
    if !cnc.tab_width.is_finite() || cnc.tab_width <= 0.0 {
        return Err(Error::BadSetting {
            name: "tab_width",
            value: cnc.tab_width,
            reason: "must be a number greater than 0".into(),
        });
    }
    if !sheet.thickness.is_finite() || sheet.thickness <= 0.0 {
        return Err(Error::BadSheet {
            name: "thickness",
            value: sheet.thickness,
            reason: "must be a number greater than 0 to place tabs".into(),
        });
    }
    if !cnc.tab_height.is_finite() || cnc.tab_height <= 0.0 || cnc.tab_height >= sheet.thickness {
        return Err(Error::BadSetting {
            name: "tab_height",
            value: cnc.tab_height,
            reason: format!(
                "must be greater than 0 and less than the sheet thickness {} mm",
                sheet.thickness
            ),
        });
    }
    Ok(())
}

/// Orders, checks and works out every contour's passes and tabs.
fn plan<'a>(sheet: &'a CutSheet, cnc: &CncSettings) -> Result<Vec<Job<'a>>, Error> {
    let rank = |kind: ContourKind| match kind {
        ContourKind::Score | ContourKind::Pocket => 0,
        ContourKind::Inside => 1,
        ContourKind::Outside => 2,
    };
    let mut selected: Vec<(usize, &CutPart, usize, &CutContour)> = Vec::new();
    for part in &sheet.parts {
        for (index, contour) in part.contours.iter().enumerate() {
            if contour.points.len() >= 2 {
                selected.push((rank(contour.kind), part, index, contour));
            }
        }
    }
    // Stable: parts and contours keep their order within a rank.
    selected.sort_by_key(|(rank, ..)| *rank);

    let wants_tabs = cnc.tab_count > 0 && selected.iter().any(|(.., c)| c.tabs);
    if wants_tabs {
        check_tab_settings(sheet, cnc)?;
    }

    let mut jobs = Vec::with_capacity(selected.len());
    for (_, part, index, contour) in selected {
        check_contour(part, index, contour)?;
        let through = matches!(contour.kind, ContourKind::Inside | ContourKind::Outside);
        let overcut = if through { cnc.overcut } else { 0.0 };
        let depth = contour.depth + overcut;
        if -depth < cnc.z_min - EPS {
            return Err(Error::TooDeep {
                what: contour_name(part, index),
                depth: contour.depth,
                overcut,
                total: depth,
                z_min: cnc.z_min,
            });
        }
        let ratio = depth / cnc.pass_depth;
        if ratio > f64::from(MAX_PASSES) {
            return Err(Error::TooManyPasses {
                what: contour_name(part, index),
                passes: ratio.ceil(),
                pass_depth: cnc.pass_depth,
                max: MAX_PASSES,
            });
        }
        // `ratio` is finite, positive and at most MAX_PASSES here.
        let count = ((ratio - EPS).ceil() as u32).max(1);
        let passes = (1..=count)
            .map(|k| (f64::from(k) * cnc.pass_depth).min(depth))
            .map(|d| if d > depth - EPS { depth } else { d })
            .collect();
        let tabs = if wants_tabs && contour.tabs {
            tabs_on(part, index, contour, cnc)?
        } else {
            Vec::new()
        };
        jobs.push(Job {
            part,
            index,
            contour,
            depth,
            passes,
            tabs,
        });
    }
    Ok(jobs)
}

/// The perimeter of a closed contour, closing segment included.
fn perimeter(points: &[[f64; 2]]) -> f64 {
    segments(points).map(|(a, b)| dist(a, b)).sum()
}

/// The segments of a closed contour, the closing one last.
fn segments(points: &[[f64; 2]]) -> impl Iterator<Item = ([f64; 2], [f64; 2])> + '_ {
    points
        .iter()
        .zip(points.iter().skip(1).chain(points.first()))
        .map(|(a, b)| (*a, *b))
}

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (b[0] - a[0]).hypot(b[1] - a[1])
}

/// Tab stretches (start, end) along the perimeter, in increasing order.
fn tabs_on(
    part: &CutPart,
    index: usize,
    contour: &CutContour,
    cnc: &CncSettings,
) -> Result<Vec<(f64, f64)>, Error> {
    let length = perimeter(&contour.points);
    let n = f64::from(cnc.tab_count);
    let what = || contour_name(part, index);
    finite(|| format!("{}, perimeter", what()), length)?;
    if cnc.tab_width * n >= length {
        return Err(Error::TabsDoNotFit {
            what: what(),
            count: cnc.tab_count,
            width: cnc.tab_width,
            perimeter: length,
        });
    }
    Ok((0..cnc.tab_count)
        .map(|i| {
            let centre = (f64::from(i) + 0.5) / n * length;
            (centre - cnc.tab_width / 2.0, centre + cnc.tab_width / 2.0)
        })
        .collect())
}

/// Writes one contour: approach, passes, and back to safe Z.
fn write_job(out: &mut String, job: &Job<'_>, sheet: &CutSheet, cnc: &CncSettings) {
    let kind = match job.contour.kind {
        ContourKind::Inside => "inside",
        ContourKind::Outside => "outside",
        ContourKind::Pocket => "pocket",
        ContourKind::Score => "score",
    };
    let _ = writeln!(
        out,
        "({kind} part {} #{} contour {}: depth {} mm, {} pass{}{})",
        comment(&job.part.label),
        job.part.instance,
        job.index + 1,
        num(job.depth),
        job.passes.len(),
        if job.passes.len() == 1 { "" } else { "es" },
        if job.tabs.is_empty() {
            String::new()
        } else {
            format!(", {} tabs", job.tabs.len())
        }
    );
    let points = &job.contour.points;
    let Some(start) = points.first() else {
        return;
    };
    let _ = writeln!(out, "G0 Z{}", num(cnc.safe_z));
    let _ = writeln!(out, "G0 X{} Y{}", num(start[0]), num(start[1]));
    let tab_z = -(sheet.thickness - cnc.tab_height);
    let mut state = State {
        z: cnc.safe_z,
        feed: None,
    };
    for &depth in &job.passes {
        let z = -depth;
        state.plunge(out, z, cnc);
        let tabs: &[(f64, f64)] = if z < tab_z - EPS { &job.tabs } else { &[] };
        traverse(out, points, tabs, z, tab_z, &mut state, cnc);
    }
    // The next contour (or the program end) starts by lifting to safe Z.
}

/// The modal state the writer tracks to avoid repeating itself.
struct State {
    z: f64,
    feed: Option<f64>,
}

impl State {
    /// `F…` if the feed changes, else nothing.
    fn feed_word(&mut self, feed: f64) -> String {
        if self.feed == Some(feed) {
            String::new()
        } else {
            self.feed = Some(feed);
            format!(" F{}", num(feed))
        }
    }

    /// A vertical G1 move to `z` at plunge feed, if not there already.
    fn plunge(&mut self, out: &mut String, z: f64, cnc: &CncSettings) {
        if (self.z - z).abs() > EPS {
            let f = self.feed_word(cnc.plunge_feed);
            let _ = writeln!(out, "G1 Z{}{f}", num(z));
            self.z = z;
        }
    }

    /// A G1 move in XY at cutting feed.
    fn cut_to(&mut self, out: &mut String, p: [f64; 2], cnc: &CncSettings) {
        let f = self.feed_word(cnc.feed);
        let _ = writeln!(out, "G1 X{} Y{}{f}", num(p[0]), num(p[1]));
    }
}

/// One pass round the closed contour at `z`, rising to `tab_z` across `tabs`.
fn traverse(
    out: &mut String,
    points: &[[f64; 2]],
    tabs: &[(f64, f64)],
    z: f64,
    tab_z: f64,
    state: &mut State,
    cnc: &CncSettings,
) {
    let bounds: Vec<f64> = tabs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let in_tab = |s: f64| tabs.iter().any(|&(a, b)| s > a && s < b);
    let mut next_bound = 0;
    let mut s0 = 0.0;
    for (a, b) in segments(points) {
        let len = dist(a, b);
        if len <= 0.0 {
            continue;
        }
        let s1 = s0 + len;
        let mut from = s0;
        loop {
            // Skip boundaries already behind us.
            while bounds.get(next_bound).is_some_and(|&t| t <= from + EPS) {
                next_bound += 1;
            }
            let to = match bounds.get(next_bound) {
                Some(&t) if t < s1 - EPS => t,
                _ => s1,
            };
            let target = if in_tab((from + to) / 2.0) { tab_z } else { z };
            state.plunge(out, target, cnc);
            let t = (to - s0) / len;
            let p = if to >= s1 {
                b
            } else {
                [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
            };
            state.cut_to(out, p, cnc);
            if to >= s1 {
                break;
            }
            from = to;
        }
        s0 = s1;
    }
    state.plunge(out, z, cnc);
}

/// User text made safe for a `( … )` comment: no parentheses, ASCII only, one line, short.
fn comment(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .map(|c| match c {
            c if c.is_control() => ' ',
            c if !c.is_ascii() => '?',
            c => c,
        })
        .take(MAX_COMMENT)
        .collect();
    cleaned.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cut::CutText;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64, kind: ContourKind, depth: f64) -> CutContour {
        CutContour {
            points: vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
            kind,
            depth,
            tabs: false,
        }
    }

    fn cnc() -> CncSettings {
        CncSettings {
            tool_diameter: 6.0,
            spindle_rpm: 18000.0,
            feed: 1500.0,
            plunge_feed: 300.0,
            pass_depth: 6.0,
            safe_z: 5.0,
            overcut: 0.5,
            z_min: -19.5,
            tab_width: 8.0,
            tab_height: 4.0,
            tab_count: 4,
        }
    }

    fn sheet() -> CutSheet {
        let mut tabbed = rect(200.0, 10.0, 300.0, 60.0, ContourKind::Outside, 17.4);
        tabbed.tabs = true;
        CutSheet {
            width: 600.0,
            height: 400.0,
            thickness: 17.4,
            index: 2,
            title: "Bench (v2) Sämaschine".into(),
            parts: vec![
                CutPart {
                    label: "A(1)".into(),
                    instance: 1,
                    contours: vec![
                        rect(10.0, 10.0, 110.0, 60.0, ContourKind::Outside, 17.4),
                        rect(20.0, 20.0, 30.0, 30.0, ContourKind::Inside, 17.4),
                        rect(40.0, 20.0, 50.0, 30.0, ContourKind::Pocket, 3.0),
                        rect(60.0, 20.0, 70.0, 30.0, ContourKind::Score, 0.5),
                    ],
                    texts: vec![CutText {
                        text: "A1".into(),
                        at: [60.0, 35.0],
                        height: 7.0,
                        rotation: 0.0,
                    }],
                },
                CutPart {
                    label: "B".into(),
                    instance: 1,
                    contours: vec![
                        tabbed,
                        rect(220.0, 20.0, 240.0, 40.0, ContourKind::Inside, 17.4),
                        CutContour {
                            points: vec![],
                            kind: ContourKind::Inside,
                            depth: f64::NAN,
                            tabs: true,
                        },
                    ],
                    texts: vec![],
                },
            ],
        }
    }

    /// One parsed motion line.
    #[derive(Debug, Clone, Copy)]
    struct Move {
        rapid: bool,
        x: f64,
        y: f64,
        z: f64,
    }

    /// A contour block: the kind from its comment and its moves.
    #[derive(Debug)]
    struct Block {
        kind: String,
        moves: Vec<Move>,
    }

    /// A tiny G-code reader: modal G0/G1, absolute X/Y/Z, `( … )` comments.
    fn parse(code: &str) -> (Vec<Move>, Vec<Block>) {
        let (mut x, mut y, mut z) = (0.0, 0.0, 0.0);
        let mut rapid = true;
        let mut all = Vec::new();
        let mut blocks: Vec<Block> = Vec::new();
        for line in code.lines() {
            if let Some(c) = line.strip_prefix('(') {
                assert!(line.ends_with(')'), "comment closed: {line}");
                assert!(!c[..c.len() - 1].contains(['(', ')']), "no nesting: {line}");
                let kind = c.split_whitespace().next().unwrap_or_default();
                if ["inside", "outside", "pocket", "score"].contains(&kind) {
                    blocks.push(Block {
                        kind: kind.to_string(),
                        moves: vec![],
                    });
                }
                continue;
            }
            let mut moved = false;
            for word in line.split_whitespace() {
                let (letter, value) = word.split_at(1);
                let value: f64 = value.parse().expect("number");
                match letter {
                    "G" if value == 0.0 => rapid = true,
                    "G" if value == 1.0 => rapid = false,
                    "X" => (x, moved) = (value, true),
                    "Y" => (y, moved) = (value, true),
                    "Z" => (z, moved) = (value, true),
                    _ => {}
                }
            }
            if moved {
                let m = Move { rapid, x, y, z };
                all.push(m);
                if let Some(b) = blocks.last_mut() {
                    b.moves.push(m);
                }
            }
        }
        (all, blocks)
    }

    /// Number of passes in a block: how often the tool reaches a new lowest Z.
    fn passes(block: &Block) -> usize {
        let mut lowest = f64::INFINITY;
        let mut count = 0;
        for m in &block.moves {
            if m.z < lowest - 1e-9 {
                lowest = m.z;
                if m.z < 0.0 {
                    count += 1;
                }
            }
        }
        count
    }

    fn gcode(sheet: &CutSheet, cnc: &CncSettings) -> String {
        match write_gcode(sheet, cnc) {
            Ok(code) => code,
            Err(e) => panic!("G-code refused: {e}"),
        }
    }

    #[test]
    fn header_and_footer() {
        let code = gcode(&sheet(), &cnc());
        assert!(code.contains("(Bench v2 S?maschine)\n"), "{code}");
        let header = "G21\nG90\nG17\nG94\nG0 Z5\nM3 S18000\nG4 P2\n";
        assert!(code.contains(header), "{code}");
        assert!(code.ends_with("G0 Z5\nM5\nG0 X0 Y0\nM2\n"), "{code}");
        assert!(code.contains("(inside part A1 #1 contour 2"), "{code}");
        assert!(!code.contains("NaN") && !code.contains("inf"));
    }

    #[test]
    fn moves_stay_on_the_sheet_and_within_z_limits() {
        let (sheet, cnc) = (sheet(), cnc());
        let (moves, _) = parse(&gcode(&sheet, &cnc));
        for m in &moves {
            assert!((0.0..=sheet.width).contains(&m.x), "{m:?}");
            assert!((0.0..=sheet.height).contains(&m.y), "{m:?}");
            assert!(m.z <= cnc.safe_z, "{m:?}");
            if m.rapid {
                assert!(m.z >= 0.0, "no rapid moves inside the material: {m:?}");
            }
        }
        let min_z = moves.iter().map(|m| m.z).fold(f64::INFINITY, f64::min);
        assert!((min_z - -(17.4 + 0.5)).abs() < 1e-9, "{min_z}");
        assert!(min_z >= cnc.z_min);
    }

    #[test]
    fn order_is_engraving_then_insides_then_outsides() {
        let (_, blocks) = parse(&gcode(&sheet(), &cnc()));
        let kinds: Vec<&str> = blocks.iter().map(|b| b.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["pocket", "score", "inside", "inside", "outside", "outside"]
        );
        // Within a kind, part order: A's outside (x from 10) before B's (x from 200).
        assert_eq!(blocks[4].moves.get(1).map(|m| m.x), Some(10.0));
        assert_eq!(blocks[5].moves.get(1).map(|m| m.x), Some(200.0));
    }

    #[test]
    fn passes_and_depths() {
        let (_, blocks) = parse(&gcode(&sheet(), &cnc()));
        let expected = |kind: &str| match kind {
            "inside" | "outside" => (17.9f64 / 6.0).ceil() as usize,
            _ => 1,
        };
        for b in &blocks {
            assert_eq!(passes(b), expected(&b.kind), "{b:?}");
            // Every pass closes the contour: the last cutting move ends at the start.
            let first_cut = b.moves.iter().position(|m| !m.rapid).unwrap_or_default();
            let start = first_cut.checked_sub(1).and_then(|i| b.moves.get(i));
            let last_cut = b.moves.iter().rev().find(|m| !m.rapid);
            assert_eq!(start.map(|m| (m.x, m.y)), last_cut.map(|m| (m.x, m.y)));
        }
        let zs: Vec<f64> = blocks[2]
            .moves
            .iter()
            .filter(|m| !m.rapid && m.z < 0.0)
            .map(|m| m.z)
            .collect();
        for z in [-6.0, -12.0, -17.9] {
            assert!(zs.contains(&z), "{zs:?}");
        }
        assert!(blocks[0].moves.iter().all(|m| m.z >= -3.0));
        assert!(blocks[1].moves.iter().all(|m| m.z >= -0.5));

        // An exact multiple of the pass depth gives exactly that many passes.
        let mut c = cnc();
        c.overcut = 0.6;
        c.z_min = -18.0;
        let (_, blocks) = parse(&gcode(&sheet(), &c));
        assert_eq!(passes(&blocks[2]), 3);
    }

    #[test]
    fn tabs_rise_over_evenly_spaced_stretches() {
        let (_, blocks) = parse(&gcode(&sheet(), &cnc()));
        let tab_z = -13.4;
        let tabbed = &blocks[5];
        // Only the last pass (17.9 mm) goes deeper than 13.4 mm, so only it has tabs.
        let rises = tabbed
            .moves
            .windows(2)
            .filter(|w| w[1].z == tab_z && w[0].z < tab_z)
            .count();
        assert_eq!(rises, 4, "{tabbed:?}");
        let mut across = 0.0;
        for w in tabbed.moves.windows(2) {
            if w[0].z == tab_z && w[1].z == tab_z {
                across += (w[1].x - w[0].x).hypot(w[1].y - w[0].y);
            }
        }
        assert!((across - 4.0 * 8.0).abs() < 1e-6, "{across}");
        // Perimeter 300 mm: first tab centred at 37.5 mm, i.e. (233.5..241.5, 10).
        assert!(
            tabbed
                .moves
                .iter()
                .any(|m| m.z == tab_z && m.x == 233.5 && m.y == 10.0)
        );
        // Contours without tabs never stop at the tab height.
        assert!(blocks[4].moves.iter().all(|m| m.z != tab_z));
    }

    #[test]
    fn refuses_bad_settings_and_input() {
        let s = sheet();
        let mut c = cnc();
        c.z_min = -17.5;
        let err = write_gcode(&s, &c)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("17.4") && err.contains("0.5") && err.contains("-17.5"),
            "{err}"
        );

        for (field, value) in [
            ("pass_depth", 0.0),
            ("feed", -1.0),
            ("plunge_feed", f64::NAN),
        ] {
            let mut c = cnc();
            match field {
                "pass_depth" => c.pass_depth = value,
                "feed" => c.feed = value,
                _ => c.plunge_feed = value,
            }
            assert!(
                matches!(write_gcode(&s, &c), Err(Error::BadSetting { name, .. }) if name == field)
            );
        }

        let mut bad = sheet();
        bad.parts[1].contours[1].points[1][0] = f64::INFINITY;
        assert!(matches!(
            write_gcode(&bad, &cnc()),
            Err(Error::NonFinite { .. })
        ));

        let mut c = cnc();
        c.tab_count = 40;
        assert!(matches!(
            write_gcode(&s, &c),
            Err(Error::TabsDoNotFit { .. })
        ));

        let mut c = cnc();
        c.tab_height = 17.4;
        assert!(matches!(
            write_gcode(&s, &c),
            Err(Error::BadSetting {
                name: "tab_height",
                ..
            })
        ));

        let mut c = cnc();
        c.pass_depth = 1e-6;
        assert!(matches!(
            write_gcode(&s, &c),
            Err(Error::TooManyPasses { .. })
        ));
    }

    #[test]
    fn empty_sheet_is_just_header_and_footer() {
        let mut s = sheet();
        s.parts.clear();
        s.title = "((()))\n".into();
        let (moves, blocks) = parse(&gcode(&s, &cnc()));
        assert!(blocks.is_empty());
        assert_eq!(moves.len(), 3);
    }

    #[test]
    fn comment_cleaning() {
        assert_eq!(comment("a(b)c\nd é"), "abc d ?");
        assert_eq!(comment(&"x".repeat(200)).len(), MAX_COMMENT);
    }
}
