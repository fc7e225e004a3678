//! Which unit a cut file's numbers are in, and how that was decided.
//!
//! Owns the choice between what a file declares (`$INSUNITS`, SVG `width="…mm"`), what its
//! generator implies (Inkscape ≤ 0.91 at 90 px per inch, Illustrator and CorelDraw at 72),
//! what the caller says (`units`, `dpi`), and what the geometry makes plausible: a standard
//! sheet outline (2440 × 1220 mm, 8 × 4 ft…) in one unit, parts 60 m long or a CNC job of
//! parts a few millimetres across in another. Must not read files: readers hand it the
//! declaration and the sizes they found.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// A length unit a cut file's numbers can be in.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LengthUnit {
    /// Millimetres.
    Mm,
    /// Centimetres.
    Cm,
    /// Metres.
    M,
    /// Inches.
    In,
    /// Feet.
    Ft,
    /// Points (1/72 in).
    Pt,
    /// Pixels at [`UnitsChoice::dpi`] (96 by default, the CSS px).
    Px,
}

impl LengthUnit {
    /// Millimetres in one unit (`dpi` only matters for px).
    pub fn mm(self, dpi: f64) -> f64 {
        match self {
            LengthUnit::Mm => 1.0,
            LengthUnit::Cm => 10.0,
            LengthUnit::M => 1000.0,
            LengthUnit::In => 25.4,
            LengthUnit::Ft => 304.8,
            LengthUnit::Pt => 25.4 / 72.0,
            LengthUnit::Px => 25.4 / dpi,
        }
    }

    /// `mm`, `in`, …
    pub fn as_str(self) -> &'static str {
        match self {
            LengthUnit::Mm => "mm",
            LengthUnit::Cm => "cm",
            LengthUnit::M => "m",
            LengthUnit::In => "in",
            LengthUnit::Ft => "ft",
            LengthUnit::Pt => "pt",
            LengthUnit::Px => "px",
        }
    }

    /// Parses `mm|cm|m|in|ft|pt|px` (also `inch`, `inches`, `feet`, `millimetres`…).
    pub fn parse(s: &str) -> Option<LengthUnit> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "mm" | "millimeter" | "millimeters" | "millimetre" | "millimetres" => LengthUnit::Mm,
            "cm" | "centimeter" | "centimeters" | "centimetre" | "centimetres" => LengthUnit::Cm,
            "m" | "meter" | "meters" | "metre" | "metres" => LengthUnit::M,
            "in" | "inch" | "inches" | "\"" => LengthUnit::In,
            "ft" | "foot" | "feet" | "'" => LengthUnit::Ft,
            "pt" | "point" | "points" => LengthUnit::Pt,
            "px" | "pixel" | "pixels" => LengthUnit::Px,
            _ => return None,
        })
    }

    /// The unit in words ("millimetres", "px at 96 per inch"), as a catalogue message.
    pub fn name(self, dpi: f64) -> Message {
        match self {
            LengthUnit::Mm => Message::new("imp-unit-mm"),
            LengthUnit::Cm => Message::new("imp-unit-cm"),
            LengthUnit::M => Message::new("imp-unit-m"),
            LengthUnit::In => Message::new("imp-unit-in"),
            LengthUnit::Ft => Message::new("imp-unit-ft"),
            LengthUnit::Pt => Message::new("imp-unit-pt"),
            LengthUnit::Px => Message::new("imp-unit-px").arg("dpi", dpi),
        }
    }
}

/// The caller's say on units: both `None` lets the file and its geometry decide.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct UnitsChoice {
    /// One drawing unit (DXF) or one SVG user unit is one of these.
    pub units: Option<LengthUnit>,
    /// Pixels per inch for px (96 CSS, 90 Inkscape ≤ 0.91, 72 Illustrator).
    pub dpi: Option<f64>,
}

/// How the unit was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitsSource {
    /// The caller's `units` / `dpi`.
    Option,
    /// What the file declares.
    Declared,
    /// What the file's generator implies (legacy dpi).
    Generator,
    /// Nothing declared: assumed, and plausible.
    Assumed,
    /// Nothing declared, and the default was implausible: chosen from the geometry.
    Guessed,
    /// The declaration was implausible: overridden from the geometry.
    Corrected,
}

/// The unit a file was read in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitsDecision {
    /// `mm`, `in`, `px`…
    pub unit: LengthUnit,
    /// Pixels per inch when `unit` is px.
    pub dpi: Option<f64>,
    /// Millimetres per drawing unit.
    pub mm_per_unit: f64,
    /// How it was decided.
    pub source: UnitsSource,
    /// Why, in English words (JSON output and logs keep these).
    pub reason: String,
    /// Why, as a catalogue message (`reason` is its English text), for pages and the
    /// terminal to phrase in their language.
    #[serde(skip)]
    pub why: Message,
}

impl UnitsDecision {
    fn new(
        unit: LengthUnit,
        dpi: Option<f64>,
        mm_per_unit: f64,
        source: UnitsSource,
        why: Message,
    ) -> UnitsDecision {
        UnitsDecision {
            unit,
            dpi,
            mm_per_unit,
            source,
            reason: why.text(crate::i18n::Lang::En),
            why,
        }
    }
}

/// What a reader knows about a file's units before any geometry is judged.
#[derive(Debug, Clone, PartialEq)]
pub struct Declared {
    /// The unit the file states, with the words saying where (`$INSUNITS = 4`).
    pub unit: Option<(LengthUnit, f64, Message)>,
    /// A generator's implied px density, with words (`inkscape:version 0.91: 90 px/in`).
    pub generator_dpi: Option<(f64, Message)>,
    /// What to assume when nothing is declared (DXF: mm; SVG: px).
    pub fallback: LengthUnit,
    /// What the reader scaled its geometry by (mm per unit) before the decision.
    pub applied: f64,
    /// CSS px per drawing unit (an SVG whose viewBox is not its px size); 1 for DXF.
    pub px_per_unit: f64,
}

/// Sizes (in drawing units, before any scaling by [`Declared::applied`]) a reader found,
/// for judging a unit.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Largest side of every cut contour's bounding box.
    pub cut_sizes: Vec<f64>,
    /// Width and height of rectangles that could be sheet outlines.
    pub rectangles: Vec<[f64; 2]>,
    /// The largest extent of everything drawn.
    pub extent: f64,
}

/// Standard sheet sizes, mm.
pub const SHEET_SIZES: &[[f64; 2]] = &[
    [2440.0, 1220.0],
    [2500.0, 1250.0],
    [3050.0, 1525.0],
    [2400.0, 1200.0],
    [1220.0, 610.0],
    [1250.0, 625.0],
    [600.0, 300.0],
    [600.0, 400.0],
    [1000.0, 600.0],
    [1300.0, 900.0],
];

/// Longest part a cut file plausibly holds, mm (beyond the biggest common sheet).
const LONGEST_PLAUSIBLE: f64 = 6000.0;
/// Smallest largest-part a CNC job plausibly holds, mm.
const SMALLEST_CNC: f64 = 10.0;
/// Smallest largest-part a laser job plausibly holds, mm.
const SMALLEST_LASER: f64 = 2.0;

/// Whether a rectangle of `w × h` mm is a standard sheet (either way round, within 1.5 %).
pub fn is_sheet_size(w: f64, h: f64) -> bool {
    let (a, b) = (w.max(h), w.min(h));
    SHEET_SIZES
        .iter()
        .any(|[sw, sh]| (a - sw).abs() <= 0.015 * sw && (b - sh).abs() <= 0.015 * sh && a >= 1000.0)
}

/// What a unit makes of the evidence.
struct Judgement {
    sheet: bool,
    largest: f64,
    plausible: bool,
}

fn judge(ev: &Evidence, mm: f64, cnc: bool) -> Judgement {
    let sheet = ev
        .rectangles
        .iter()
        .any(|[w, h]| is_sheet_size(w * mm, h * mm));
    let largest = ev.cut_sizes.iter().copied().fold(0.0, f64::max) * mm;
    let smallest_ok = if cnc { SMALLEST_CNC } else { SMALLEST_LASER };
    let plausible =
        largest <= LONGEST_PLAUSIBLE && (largest >= smallest_ok || ev.cut_sizes.is_empty());
    Judgement {
        sheet,
        largest,
        plausible,
    }
}

/// `v` rounded as `{:.decimals$}` writes it (halves to even, like the text it replaces).
fn rounded(v: f64, decimals: usize) -> f64 {
    format!("{v:.decimals$}").parse().unwrap_or(v)
}

/// A length in words: whole metres from 10 m, whole millimetres from 1 mm, else hundredths.
fn fmt_len(mm: f64) -> Message {
    if mm >= 10_000.0 {
        Message::new("imp-length-m").arg("m", rounded(mm / 1000.0, 0))
    } else if mm >= 1.0 {
        Message::new("imp-length-mm").arg("mm", rounded(mm, 0))
    } else {
        Message::new("imp-length-mm-fine").arg("mm", rounded(mm, 2))
    }
}

/// Decides the unit of one file. `cnc` tells which sizes are plausible. The result says how,
/// and whether the user should look (its `source` is `Guessed` or `Corrected`, or `Assumed`).
pub fn decide(
    declared: &Declared,
    evidence: &Evidence,
    choice: UnitsChoice,
    cnc: bool,
) -> UnitsDecision {
    if let Some(unit) = choice.units {
        let dpi = if unit == LengthUnit::Px {
            Some(choice.dpi.unwrap_or(96.0))
        } else {
            None
        };
        let mm = if unit == LengthUnit::Px {
            unit.mm(dpi.unwrap_or(96.0)) * declared.px_per_unit
        } else {
            unit.mm(96.0)
        };
        return UnitsDecision::new(
            unit,
            dpi,
            mm,
            UnitsSource::Option,
            Message::new("imp-units-given").arg("unit", unit.name(dpi.unwrap_or(96.0))),
        );
    }
    // What the file says, or what its generator implies, or the fallback.
    let (unit, dpi, mm, source, said) = match (&declared.unit, &declared.generator_dpi) {
        (Some((u, mm, words)), _) => (*u, None, *mm, UnitsSource::Declared, words.clone()),
        (None, Some((dpi, words))) if declared.fallback == LengthUnit::Px => {
            let dpi = choice.dpi.unwrap_or(*dpi);
            (
                LengthUnit::Px,
                Some(dpi),
                25.4 / dpi * declared.px_per_unit,
                UnitsSource::Generator,
                words.clone(),
            )
        }
        (None, _) => {
            let dpi = (declared.fallback == LengthUnit::Px).then(|| choice.dpi.unwrap_or(96.0));
            let u = declared.fallback;
            let px = if u == LengthUnit::Px {
                declared.px_per_unit
            } else {
                1.0
            };
            (
                u,
                dpi,
                u.mm(dpi.unwrap_or(96.0)) * px,
                UnitsSource::Assumed,
                Message::new("imp-units-none-in-file"),
            )
        }
    };
    let here = judge(evidence, mm, cnc);
    let candidates: Vec<(LengthUnit, Option<f64>, f64)> = if declared.fallback == LengthUnit::Px {
        let px = declared.px_per_unit;
        vec![
            (LengthUnit::Mm, None, 1.0),
            (LengthUnit::Px, Some(96.0), 25.4 / 96.0 * px),
            (LengthUnit::Px, Some(90.0), 25.4 / 90.0 * px),
            (LengthUnit::Px, Some(72.0), 25.4 / 72.0 * px),
            (LengthUnit::In, None, 25.4),
        ]
    } else {
        vec![
            (LengthUnit::Mm, None, 1.0),
            (LengthUnit::In, None, 25.4),
            (LengthUnit::M, None, 1000.0),
            (LengthUnit::Cm, None, 10.0),
            (LengthUnit::Ft, None, 304.8),
        ]
    };
    let judged: Vec<_> = candidates
        .iter()
        .filter(|(_, _, m)| (m / mm - 1.0).abs() > 1e-6)
        .map(|c| (c, judge(evidence, c.2, cnc)))
        .collect();
    let better = if here.sheet {
        None
    } else if let Some(s) = judged.iter().find(|(_, j)| j.sheet && j.plausible) {
        Some(s)
    } else if !here.plausible {
        judged.iter().find(|(_, j)| j.plausible)
    } else {
        None
    };
    let name = |u: LengthUnit, dpi: Option<f64>| u.name(dpi.unwrap_or(96.0));
    match better {
        Some(&(&(u, d, m), ref j)) => {
            let why = if j.sheet && !here.sheet {
                Message::new("imp-units-why-sheet").arg("unit", name(u, d))
            } else {
                Message::new("imp-units-why-sizes")
                    .arg("unit", name(unit, dpi))
                    .arg("largest", fmt_len(here.largest))
                    .arg("other", name(u, d))
                    .arg("other-largest", fmt_len(j.largest))
            };
            let corrected = source == UnitsSource::Declared;
            let message = if corrected {
                Message::new("imp-units-corrected")
                    .arg("said", said)
                    .arg("declared", name(unit, dpi))
            } else {
                Message::new("imp-units-guessed").arg("said", said)
            };
            UnitsDecision::new(
                u,
                d,
                m,
                if corrected {
                    UnitsSource::Corrected
                } else {
                    UnitsSource::Guessed
                },
                message
                    .arg("why", why)
                    .arg("unit", name(u, d))
                    .arg("code", unit.as_str()),
            )
        }
        _ => {
            let why = match source {
                UnitsSource::Assumed => Message::new("imp-units-assumed")
                    .arg("said", said)
                    .arg("unit", name(unit, dpi))
                    .arg("largest", fmt_len(here.largest)),
                _ if !here.plausible => Message::new("imp-units-implausible")
                    .arg("said", said)
                    .arg("unit", name(unit, dpi))
                    .arg("largest", fmt_len(here.largest)),
                _ => Message::new("imp-units-declared")
                    .arg("said", said)
                    .arg("unit", name(unit, dpi)),
            };
            UnitsDecision::new(unit, dpi, mm, source, why)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dxf(unit: Option<LengthUnit>) -> Declared {
        Declared {
            unit: unit.map(|u| {
                (
                    u,
                    u.mm(96.0),
                    Message::new("imp-units-insunits").arg("code", "4"),
                )
            }),
            generator_dpi: None,
            fallback: LengthUnit::Mm,
            applied: 1.0,
            px_per_unit: 1.0,
        }
    }

    #[test]
    fn a_sheet_outline_decides_and_absurd_sizes_are_corrected() {
        // 96 × 48 in sheet with no units: inches.
        let ev = Evidence {
            cut_sizes: vec![40.0, 20.0],
            rectangles: vec![[96.0, 48.0]],
            extent: 96.0,
        };
        let d = decide(&dxf(None), &ev, UnitsChoice::default(), true);
        assert_eq!(d.unit, LengthUnit::In);
        assert_eq!(d.source, UnitsSource::Guessed);
        // Declared metres holding mm: a 2400-unit part would be 2.4 km.
        let ev = Evidence {
            cut_sizes: vec![2400.0, 600.0],
            rectangles: vec![],
            extent: 2400.0,
        };
        let d = decide(&dxf(Some(LengthUnit::M)), &ev, UnitsChoice::default(), true);
        assert_eq!(d.unit, LengthUnit::Mm);
        assert_eq!(d.source, UnitsSource::Corrected);
        assert!(d.reason.contains("units=m"), "{}", d.reason);
        // Plausible declared units stay.
        let d = decide(
            &dxf(Some(LengthUnit::Mm)),
            &ev,
            UnitsChoice::default(),
            true,
        );
        assert_eq!(d.source, UnitsSource::Declared);
        // The caller wins.
        let d = decide(
            &dxf(Some(LengthUnit::Mm)),
            &ev,
            UnitsChoice {
                units: Some(LengthUnit::In),
                dpi: None,
            },
            true,
        );
        assert_eq!(d.mm_per_unit, 25.4);
    }

    #[test]
    fn reasons_are_messages_whose_english_is_as_it_was() {
        use crate::i18n::Lang;
        let small = Evidence {
            cut_sizes: vec![348.0, 20.0],
            rectangles: vec![],
            extent: 348.0,
        };
        let assumed = decide(&dxf(None), &small, UnitsChoice::default(), true);
        assert_eq!(
            assumed.reason,
            "no units in the file: millimetres assumed (largest part 348 mm); pass units=in \
             (or mm, cm, m, ft, pt, px) if that is wrong"
        );
        assert_eq!(assumed.why.text(Lang::En), assumed.reason);
        let fr = assumed.why.text(Lang::Fr);
        assert!(
            fr.starts_with("aucune unité dans le fichier : lu en millimètres"),
            "{fr}"
        );
        let given = decide(
            &dxf(None),
            &small,
            UnitsChoice {
                units: Some(LengthUnit::Px),
                dpi: Some(90.0),
            },
            true,
        );
        assert_eq!(given.reason, "1 unit = 1 px at 90 per inch (given)");
        assert_eq!(
            given.why.text(Lang::De),
            "Einheit: px bei 90 pro Zoll (vorgegeben)"
        );
        // Declared metres holding millimetres: 2.4 km, a length in whole metres.
        let big = Evidence {
            cut_sizes: vec![2400.0, 600.0],
            rectangles: vec![],
            extent: 2400.0,
        };
        let corrected = decide(
            &dxf(Some(LengthUnit::M)),
            &big,
            UnitsChoice::default(),
            true,
        );
        assert_eq!(
            corrected.reason,
            "$INSUNITS = 4 (metres), but read in metres the largest part would be 2400 m; in \
             millimetres it is 2400 mm: read as millimetres; pass units=m to override"
        );
        let es = corrected.why.text(Lang::Es);
        assert!(es.contains("2400 m") && es.contains("milímetros"), "{es}");
        // A sheet outline in inches; hundredths of a millimetre for tiny parts.
        let sheet = Evidence {
            cut_sizes: vec![40.0, 20.0],
            rectangles: vec![[96.0, 48.0]],
            extent: 96.0,
        };
        let guessed = decide(&dxf(None), &sheet, UnitsChoice::default(), true);
        assert_eq!(
            guessed.reason,
            "no units in the file, but a standard sheet outline is drawn in inches: read as \
             inches; pass units=mm to override"
        );
        assert_eq!(fmt_len(0.456).text(Lang::En), "0.46 mm");
        assert_eq!(fmt_len(0.456).text(Lang::Fr), "0,46 mm");
        assert_eq!(fmt_len(12_345.0).text(Lang::En), "12 m");
    }
}
