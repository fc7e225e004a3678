//! SVG in millimetres: `width="…mm"`, a mm `viewBox`, so 1 user unit = 1 mm in every
//! reader (never a 72/90/96 dpi guess).

use svg::node::element::{Path, Rectangle, Text};

use crate::drawing::{Drawing, Item, Operation};
use crate::util::{clean_text, num, svg_document};

/// How the drawing is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Laser convention: hairline red `#FF0000` cut, blue `#0000FF` score, black engrave.
    Laser,
    /// A picture for people: filled plywood-coloured parts with dark outlines.
    Preview,
}

/// A shape's path.
fn shape(rings: &[Vec<[f64; 2]>], operation: Operation, style: Style, h: f64) -> Path {
    let mut d = String::new();
    for ring in rings {
        for (i, p) in ring.iter().enumerate() {
            d.push_str(&format!(
                "{}{} {} ",
                if i == 0 { "M" } else { "L" },
                num(p[0]),
                num(h - p[1])
            ));
        }
        d.push_str("Z ");
    }
    let path = Path::new().set("d", d.trim_end().to_string());
    match (style, operation) {
        (Style::Laser, Operation::Cut | Operation::Score) => path
            .set("fill", "none")
            .set(
                "stroke",
                if operation == Operation::Cut {
                    "#FF0000"
                } else {
                    "#0000FF"
                },
            )
            .set("stroke-width", "0.05"),
        (Style::Laser, Operation::Engrave) => path.set("fill", "#000000").set("stroke", "none"),
        (Style::Preview, _) => path
            .set("fill", "#e8c98f")
            .set("fill-rule", "evenodd")
            .set("stroke", "#5a4630")
            .set("stroke-width", "1.2"),
    }
}

/// A text centred on `at`, `height` its cap height.
fn label(text: &str, at: [f64; 2], height: f64, fill: &str, h: f64) -> Text {
    // Cap height ≈ 0.7 × font size for sans-serif faces.
    Text::new(clean_text(text))
        .set("x", num(at[0]))
        .set("y", num(h - at[1]))
        .set("font-family", "sans-serif")
        .set("font-size", num(height / 0.7))
        .set("text-anchor", "middle")
        .set("dominant-baseline", "central")
        .set("fill", fill.to_string())
}

/// Writes `drawing` as an SVG document.
pub fn write(drawing: &Drawing, style: Style) -> String {
    let (w, h) = (drawing.width, drawing.height);
    let mut doc = svg_document(w, h);
    if style == Style::Preview {
        doc = doc.add(
            Rectangle::new()
                .set("x", 0)
                .set("y", 0)
                .set("width", num(w))
                .set("height", num(h))
                .set("fill", "#fbfaf6"),
        );
    }
    for item in &drawing.items {
        doc = match item {
            Item::Shape { rings, operation } => doc.add(shape(rings, *operation, style, h)),
            Item::Text {
                text,
                at,
                height,
                operation,
            } => {
                let fill = match (style, operation) {
                    (Style::Laser, Operation::Cut) => "#FF0000",
                    (Style::Laser, Operation::Score) => "#0000FF",
                    _ => "#000000",
                };
                doc.add(label(text, *at, *height, fill, h))
            }
        };
    }
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{doc}\n")
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
        assert!(
            svg.contains(r#"height="400mm" viewBox="0 0 600 400" width="600mm""#),
            "{svg}"
        );
        assert!(svg.contains("M10 390 L110 390 L110 340 L10 340 Z"), "{svg}");
        assert!(svg.contains(r##"stroke="#FF0000""##));
        assert!(svg.contains("A&lt;1&gt;"));
        assert!(svg.contains(r#"font-size="10""#));
    }
}
