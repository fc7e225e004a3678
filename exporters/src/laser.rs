//! Laser-cutter SVG from a [`CutSheet`], in the LightBurn / RDWorks / Inkscape convention.
//!
//! - Units: `width="…mm" height="…mm"` and a mm `viewBox`, so 1 user unit = 1 mm.
//! - Colour is the operation: pure red `#FF0000` hairline = cut (insides and outsides),
//!   pure blue `#0000FF` hairline = score, black `#000000` fill = engrave (pockets, labels).
//! - Each part is a `<g id="part-{label}-{instance}" data-label="{label}">` holding its
//!   Inside contours first, then scores, pockets and labels, then its Outside contour last,
//!   so the part does not drop before its holes are cut.
//! - Every contour is its own closed `<path d="M … L … Z"/>` with a
//!   `data-kind="inside|outside|score|pocket"` attribute.
//! - The sheet's y axis points up, SVG's down: `y_svg = height − y`.

use svg::Document;
use svg::node::element::{Group, Path, Text, Title};

use crate::cut::{ContourKind, CutContour, CutPart, CutSheet, CutText};
use crate::util::{clean_text, drawable, num, svg_document};

/// Stroke width of cut and score lines, mm (a hairline for laser software).
const HAIRLINE: &str = "0.05";

/// Writes `sheet` as a laser-cutting SVG document.
///
/// Never fails: contours with fewer than two points or with a non-finite coordinate, and
/// labels with a non-finite position, size or rotation, are left out (the G-code and DXF
/// writers refuse such input instead). A non-finite sheet size is written as 0.
pub fn write_svg(sheet: &CutSheet) -> String {
    let h = sheet.height;
    let mut doc: Document = svg_document(sheet.width, h)
        .set("version", "1.1")
        .add(Title::new(clean_text(&sheet.title)));
    for part in &sheet.parts {
        doc = doc.add(part_group(part, h));
    }
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{doc}\n")
}

/// One part's group: insides, then scores, pockets and labels, then outsides.
fn part_group(part: &CutPart, h: f64) -> Group {
    let mut g = Group::new()
        .set(
            "id",
            format!("part-{}-{}", id_safe(&part.label), part.instance),
        )
        .set("data-label", clean_text(&part.label).replace('"', "'"));
    for kind in [ContourKind::Inside, ContourKind::Score, ContourKind::Pocket] {
        for contour in part.contours.iter().filter(|c| c.kind == kind) {
            if let Some(p) = contour_path(contour, h) {
                g = g.add(p);
            }
        }
    }
    for text in &part.texts {
        if let Some(t) = label(text, h) {
            g = g.add(t);
        }
    }
    for contour in part
        .contours
        .iter()
        .filter(|c| c.kind == ContourKind::Outside)
    {
        if let Some(p) = contour_path(contour, h) {
            g = g.add(p);
        }
    }
    g
}

/// One contour as a closed path, or nothing if it cannot be drawn.
fn contour_path(contour: &CutContour, h: f64) -> Option<Path> {
    if !drawable(contour) {
        return None;
    }
    let mut d = String::new();
    for (i, p) in contour.points.iter().enumerate() {
        d.push_str(&format!(
            "{}{} {} ",
            if i == 0 { "M" } else { "L" },
            num(p[0]),
            num(h - p[1])
        ));
    }
    d.push('Z');
    let path = Path::new().set("d", d);
    Some(match contour.kind {
        ContourKind::Inside | ContourKind::Outside | ContourKind::Score => path
            .set(
                "data-kind",
                match contour.kind {
                    ContourKind::Inside => "inside",
                    ContourKind::Outside => "outside",
                    _ => "score",
                },
            )
            .set("fill", "none")
            .set(
                "stroke",
                if contour.kind == ContourKind::Score {
                    "#0000FF"
                } else {
                    "#FF0000"
                },
            )
            .set("stroke-width", HAIRLINE),
        ContourKind::Pocket => path
            .set("data-kind", "pocket")
            .set("fill", "#000000")
            .set("stroke", "none"),
    })
}

/// One engraved label, centred on its position, or nothing if it is not finite.
fn label(text: &CutText, h: f64) -> Option<Text> {
    let [x, y] = text.at;
    if ![x, y, text.height, text.rotation]
        .iter()
        .all(|v| v.is_finite())
        || text.height <= 0.0
    {
        return None;
    }
    let (x, y) = (num(x), num(h - y));
    // Cap height ≈ 0.7 × font size for sans-serif faces.
    let mut t = Text::new(clean_text(&text.text))
        .set("x", x.clone())
        .set("y", y.clone())
        .set("font-family", "sans-serif")
        .set("font-size", num(text.height / 0.7))
        .set("text-anchor", "middle")
        .set("dominant-baseline", "central")
        .set("fill", "#000000");
    if num(text.rotation) != "0" {
        // Counter-clockwise on the sheet is clockwise in SVG's y-down frame.
        t = t.set(
            "transform",
            format!("rotate({} {x} {y})", num(-text.rotation)),
        );
    }
    Some(t)
}

/// A label usable inside an `id` attribute: ASCII letters, digits, `-`, `_`, `.`; anything
/// else becomes `_`.
fn id_safe(label: &str) -> String {
    let s: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() { "_".into() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64, kind: ContourKind) -> CutContour {
        CutContour {
            points: vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
            kind,
            depth: 17.4,
            tabs: false,
        }
    }

    fn sheet() -> CutSheet {
        CutSheet {
            width: 600.0,
            height: 400.0,
            thickness: 17.4,
            index: 1,
            title: "Bench <v2> & \"friends\"".into(),
            parts: vec![
                CutPart {
                    label: "A1".into(),
                    instance: 2,
                    // Outside listed first on purpose: the writer must reorder.
                    contours: vec![
                        rect(10.0, 10.0, 110.0, 60.0, ContourKind::Outside),
                        rect(20.0, 20.0, 30.0, 30.0, ContourKind::Inside),
                        rect(40.0, 20.0, 50.0, 30.0, ContourKind::Pocket),
                        rect(60.0, 20.0, 70.0, 30.0, ContourKind::Score),
                        rect(80.0, 20.0, 90.0, 30.0, ContourKind::Inside),
                    ],
                    texts: vec![CutText {
                        text: "A1 <top>".into(),
                        at: [60.0, 35.0],
                        height: 7.0,
                        rotation: 90.0,
                    }],
                },
                CutPart {
                    label: "B 2/x".into(),
                    instance: 1,
                    contours: vec![rect(200.0, 10.0, 300.0, 60.0, ContourKind::Outside)],
                    texts: vec![CutText {
                        text: "B".into(),
                        at: [250.0, 35.0],
                        height: 3.5,
                        rotation: 0.0,
                    }],
                },
            ],
        }
    }

    #[test]
    fn millimetre_units_title_and_flip() {
        let svg = write_svg(&sheet());
        assert!(
            svg.contains(r#"height="400mm" version="1.1" viewBox="0 0 600 400" width="600mm""#),
            "{svg}"
        );
        assert!(
            svg.contains("<title>Bench &lt;v2&gt; &amp; \"friends\"</title>"),
            "{svg}"
        );
        assert!(
            svg.contains(r#"d="M10 390 L110 390 L110 340 L10 340 Z""#),
            "{svg}"
        );
    }

    #[test]
    fn colours_and_kinds() {
        let svg = write_svg(&sheet());
        let line = |kind: &str| {
            svg.split('<')
                .find(|l| l.contains(&format!(r#"data-kind="{kind}""#)))
                .unwrap_or_default()
                .to_string()
        };
        assert!(line("inside").contains(r##"stroke="#FF0000""##));
        assert!(line("inside").contains(r#"fill="none""#));
        assert!(line("inside").contains(r#"stroke-width="0.05""#));
        assert!(line("outside").contains(r##"stroke="#FF0000""##));
        assert!(line("score").contains(r##"stroke="#0000FF""##));
        assert!(line("pocket").contains(r##"fill="#000000""##));
        assert_eq!(svg.matches("<path ").count(), 6);
        assert_eq!(svg.matches(" Z\"").count(), 6, "every path closed");
    }

    #[test]
    fn insides_before_outside_within_each_part() {
        let svg = write_svg(&sheet());
        let group = svg
            .split(r#"<g data-label="A1" id="part-A1-2">"#)
            .nth(1)
            .and_then(|rest| rest.split("</g>").next())
            .unwrap_or_default();
        let kinds: Vec<&str> = group
            .split('<')
            .filter_map(|l| l.split(r#"data-kind=""#).nth(1))
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(kinds, ["inside", "inside", "score", "pocket", "outside"]);
        assert!(
            svg.contains(r#"<g data-label="B 2/x" id="part-B_2_x-1">"#),
            "{svg}"
        );
    }

    #[test]
    fn texts_are_centred_scaled_rotated_and_escaped() {
        let svg = write_svg(&sheet());
        let flat = svg.replace('\n', "");
        assert!(flat.contains(
            r##"<text dominant-baseline="central" fill="#000000" font-family="sans-serif" font-size="10" text-anchor="middle" transform="rotate(-90 60 365)" x="60" y="365">A1 &lt;top&gt;</text>"##
        ), "{svg}");
        assert!(svg.contains(r#"font-size="5""#));
        let b = flat
            .split("<text")
            .find(|l| l.contains(">B</text>"))
            .unwrap_or_default();
        assert!(!b.contains("transform"), "{b}");
    }

    #[test]
    fn bad_input_does_not_panic() {
        let mut s = sheet();
        s.parts[0].contours.push(CutContour {
            points: vec![],
            kind: ContourKind::Inside,
            depth: f64::NAN,
            tabs: true,
        });
        s.parts[0].contours.push(CutContour {
            points: vec![[f64::NAN, 1.0], [2.0, 3.0], [4.0, 5.0]],
            kind: ContourKind::Outside,
            depth: 1.0,
            tabs: false,
        });
        s.parts[0].texts.push(CutText {
            text: "bad\u{0}".into(),
            at: [f64::INFINITY, 0.0],
            height: 1.0,
            rotation: 0.0,
        });
        s.parts.push(CutPart {
            label: String::new(),
            instance: 0,
            contours: vec![],
            texts: vec![],
        });
        s.width = f64::NAN;
        let svg = write_svg(&s);
        assert_eq!(svg.matches("<path ").count(), 6);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert!(svg.contains(r#"width="0mm""#));
        assert!(svg.contains(r#"<g data-label="" id="part-_-0""#), "{svg}");
    }

    #[test]
    fn control_characters_are_dropped() {
        let mut s = sheet();
        s.title = "a\u{1}b".into();
        assert!(write_svg(&s).contains("<title>ab</title>"));
    }
}
