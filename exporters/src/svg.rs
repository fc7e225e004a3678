//! SVG in millimetres: `width="…mm"`, a mm `viewBox`, so 1 user unit = 1 mm in every
//! reader (never a 72/90/96 dpi guess).

use std::fmt::Write;

use crate::drawing::{Drawing, Item, Operation};

/// How the drawing is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Laser convention: hairline red `#FF0000` cut, blue `#0000FF` score, black engrave.
    Laser,
    /// A picture for people: filled plywood-coloured parts with dark outlines.
    Preview,
}

fn num(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes `drawing` as an SVG document.
pub fn write(drawing: &Drawing, style: Style) -> String {
    let (w, h) = (drawing.width, drawing.height);
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}mm" height="{}mm" viewBox="0 0 {} {}">"#,
        num(w),
        num(h),
        num(w),
        num(h)
    );
    if style == Style::Preview {
        let _ = writeln!(
            out,
            r##"<rect x="0" y="0" width="{}" height="{}" fill="#fbfaf6"/>"##,
            num(w),
            num(h)
        );
    }
    let flip = |p: [f64; 2]| [p[0], h - p[1]];
    for item in &drawing.items {
        match item {
            Item::Shape { rings, operation } => {
                let mut d = String::new();
                for ring in rings {
                    for (i, p) in ring.iter().enumerate() {
                        let [x, y] = flip(*p);
                        let _ = write!(
                            d,
                            "{}{} {} ",
                            if i == 0 { "M" } else { "L" },
                            num(x),
                            num(y)
                        );
                    }
                    d.push_str("Z ");
                }
                let paint = match (style, operation) {
                    (Style::Laser, Operation::Cut) => {
                        r##"fill="none" stroke="#FF0000" stroke-width="0.05""##
                    }
                    (Style::Laser, Operation::Score) => {
                        r##"fill="none" stroke="#0000FF" stroke-width="0.05""##
                    }
                    (Style::Laser, Operation::Engrave) => r##"fill="#000000" stroke="none""##,
                    (Style::Preview, _) => {
                        r##"fill="#e8c98f" fill-rule="evenodd" stroke="#5a4630" stroke-width="1.2""##
                    }
                };
                let _ = writeln!(out, r#"<path d="{}" {paint}/>"#, d.trim_end());
            }
            Item::Text {
                text,
                at,
                height,
                operation,
            } => {
                let [x, y] = flip(*at);
                let fill = match (style, operation) {
                    (Style::Laser, Operation::Cut) => "#FF0000",
                    (Style::Laser, Operation::Score) => "#0000FF",
                    _ => "#000000",
                };
                // Cap height ≈ 0.7 × font size for sans-serif faces.
                let _ = writeln!(
                    out,
                    r#"<text x="{}" y="{}" font-family="sans-serif" font-size="{}" text-anchor="middle" dominant-baseline="central" fill="{fill}">{}</text>"#,
                    num(x),
                    num(y),
                    num(height / 0.7),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_in_millimetres_and_y_is_flipped() {
        let d = Drawing {
            width: 600.0,
            height: 400.0,
            items: vec![
                Item::Shape {
                    rings: vec![vec![
                        [10.0, 10.0],
                        [110.0, 10.0],
                        [110.0, 60.0],
                        [10.0, 60.0],
                    ]],
                    operation: Operation::Cut,
                },
                Item::Text {
                    text: "A<1>".into(),
                    at: [60.0, 35.0],
                    height: 7.0,
                    operation: Operation::Engrave,
                },
            ],
        };
        let svg = write(&d, Style::Laser);
        assert!(svg.contains(r#"width="600mm" height="400mm" viewBox="0 0 600 400""#));
        assert!(svg.contains("M10 390 L110 390 L110 340 L10 340 Z"), "{svg}");
        assert!(svg.contains(r##"stroke="#FF0000""##));
        assert!(svg.contains("A&lt;1&gt;"));
        assert!(svg.contains(r#"font-size="10""#));
    }
}
