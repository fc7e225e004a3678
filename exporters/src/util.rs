//! Small helpers shared by the writers: number formatting, text cleaning, input checks.

use crate::cut::{CutContour, CutPart};
use crate::error::Error;

/// Formats `v` with at most 3 decimals, trailing zeros trimmed, never `-0`.
/// Non-finite values (which callers are expected to reject first) are written as `0`.
pub(crate) fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".into()
    } else {
        s.to_string()
    }
}

/// Text with the characters XML 1.0 forbids removed (escaping is the `svg` crate's).
pub(crate) fn clean_text(text: &str) -> String {
    text.chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r')
                || !(c.is_control() || *c == '\u{FFFE}' || *c == '\u{FFFF}')
        })
        .collect()
}

/// An SVG document in millimetres: `width="…mm"`, `height="…mm"` and a mm `viewBox`, so one
/// user unit is one millimetre in every reader (never a 72/90/96 dpi guess).
pub(crate) fn svg_document(width: f64, height: f64) -> svg::Document {
    let (w, h) = (num(width), num(height));
    svg::Document::new()
        .set("width", format!("{w}mm"))
        .set("height", format!("{h}mm"))
        .set("viewBox", format!("0 0 {w} {h}"))
}

/// A human-readable name for contour `index` (0-based) of `part`, for error messages.
pub(crate) fn contour_name(part: &CutPart, index: usize) -> String {
    format!(
        "part {} #{}, contour {} ({:?})",
        part.label,
        part.instance,
        index + 1,
        part.contours
            .get(index)
            .map(|c| c.kind)
            .unwrap_or(crate::ContourKind::Outside)
    )
}

/// Fails with [`Error::NonFinite`] unless `value` is finite.
pub(crate) fn finite(what: impl FnOnce() -> String, value: f64) -> Result<f64, Error> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::NonFinite {
            what: what(),
            value,
        })
    }
}

/// Checks that every point of a contour is finite and that its depth is finite and positive.
pub(crate) fn check_contour(
    part: &CutPart,
    index: usize,
    contour: &CutContour,
) -> Result<(), Error> {
    for (i, p) in contour.points.iter().enumerate() {
        for (axis, v) in ["x", "y"].iter().zip(p) {
            finite(
                || format!("{}, point {}, {axis}", contour_name(part, index), i + 1),
                *v,
            )?;
        }
    }
    finite(
        || format!("{}, depth", contour_name(part, index)),
        contour.depth,
    )?;
    if contour.depth <= 0.0 {
        return Err(Error::BadDepth {
            what: contour_name(part, index),
            depth: contour.depth,
        });
    }
    Ok(())
}

/// Whether a contour has something to cut: at least two points, all finite.
pub(crate) fn drawable(contour: &CutContour) -> bool {
    contour.points.len() >= 2
        && contour
            .points
            .iter()
            .all(|p| p[0].is_finite() && p[1].is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_trimmed_and_never_negative_zero() {
        assert_eq!(num(600.0), "600");
        assert_eq!(num(17.4), "17.4");
        assert_eq!(num(0.12345), "0.123");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(-2.5), "-2.5");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
        assert_eq!(num(0.0), "0");
    }
}
