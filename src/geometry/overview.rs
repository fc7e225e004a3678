//! A picture of every part of a design, laid out in rows with its label and count: the
//! image shipped with designs and shown before anyone exports cut files.

use barnraise_exporters::{Drawing, Item, Operation};

use super::part_profile;
use crate::model::{Diagnostic, EvaluatedDesign};

/// Space around and between parts, mm.
const GAP: f64 = 40.0;

/// Lays out one copy of each part, tallest first, in rows no wider than the widest part
/// or 2440 mm, whichever is larger; each part is labelled `LABEL ×quantity` below it.
pub fn overview(design: &EvaluatedDesign) -> Result<Drawing, Vec<Diagnostic>> {
    let mut profiles = Vec::new();
    for part in &design.parts {
        profiles.push((part, part_profile(part)?));
    }
    let widest = profiles
        .iter()
        .map(|(_, p)| p.size()[0])
        .fold(0.0, f64::max);
    let row_limit = widest.max(2440.0);
    let text_h = (widest / 40.0).clamp(6.0, 40.0);
    let mut order: Vec<usize> = (0..profiles.len()).collect();
    order.sort_by(|&a, &b| profiles[b].1.size()[1].total_cmp(&profiles[a].1.size()[1]));

    // Rows top-down; y grows downward here and is flipped at the end.
    let mut placed: Vec<(usize, f64, f64)> = Vec::new();
    let (mut x, mut y, mut row_h, mut width) = (GAP, GAP, 0.0_f64, 0.0_f64);
    for i in order {
        let [w, h] = profiles[i].1.size();
        // Room for the label too (sans-serif: about 0.6 em per character, em = height / 0.7).
        let label_chars = profiles[i].0.label.chars().count() + 3;
        let w = w.max(label_chars as f64 * 0.6 * text_h / 0.7);
        if x > GAP && x + w > row_limit + GAP {
            x = GAP;
            y += row_h + GAP;
            row_h = 0.0;
        }
        placed.push((i, x, y));
        x += w + GAP;
        width = width.max(x);
        row_h = row_h.max(h + text_h * 2.0);
    }
    let height = y + row_h + GAP;
    let mut drawing = Drawing {
        width,
        height,
        items: Vec::new(),
    };
    for (i, px, py) in placed {
        let (part, prof) = &profiles[i];
        let [w, h] = prof.size();
        let label_chars = part.label.chars().count() + 3;
        let slot_w = w.max(label_chars as f64 * 0.6 * text_h / 0.7);
        let px = px + (slot_w - w) / 2.0;
        let [bx, by] = [prof.bounds[0], prof.bounds[1]];
        // Part top edge at py (downward), so its lower-left in y-up coordinates:
        let ox = px - bx;
        let oy = height - (py + h) - by;
        let ring = |ls: &geo::LineString<f64>| -> Vec<[f64; 2]> {
            ls.0.iter().map(|c| [c.x + ox, c.y + oy]).collect()
        };
        let mut rings = vec![ring(prof.polygon.exterior())];
        rings.extend(prof.polygon.interiors().iter().map(ring));
        drawing.items.push(Item::Shape {
            rings,
            operation: Operation::Cut,
        });
        drawing.items.push(Item::Text {
            text: format!("{} ×{}", part.label, part.quantity),
            at: [px + w / 2.0, height - (py + h + text_h * 1.1)],
            height: text_h,
            operation: Operation::Engrave,
        });
    }
    Ok(drawing)
}
