//! Points files: the corner points of a polygon kept in a file of the package
//! (`outline = { shape = "polygon", points_file = "geometry/P01-outline.txt" }`).
//!
//! Owns the file's format: one point per line, `x y` (or `x,y`) in mm, `#` starts a comment,
//! blank lines ignored; at most [`MAX_POINTS_PER_FILE`] points in at most
//! [`MAX_POINTS_FILE_BYTES`] bytes. Must not read files itself (the caller hands it bytes).

/// Largest points file, bytes (8 MiB).
pub const MAX_POINTS_FILE_BYTES: usize = 8 << 20;
/// Most points in one file.
pub const MAX_POINTS_PER_FILE: usize = 200_000;
/// Largest coordinate magnitude, mm (100 m).
const MAX_COORD: f64 = 100_000.0;

use crate::i18n::Message;

/// Parses a points file; the error names the line.
pub fn parse_points(bytes: &[u8]) -> Result<Vec<[f64; 2]>, Message> {
    if bytes.len() > MAX_POINTS_FILE_BYTES {
        return Err(Message::new("problem-points-file-too-large")
            .arg("size", bytes.len())
            .arg("max", MAX_POINTS_FILE_BYTES));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Message::new("problem-points-not-utf8").arg("byte", e.valid_up_to()))?;
    let mut points = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let nums: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|s| !s.is_empty())
            .collect();
        let parsed: Vec<f64> = nums.iter().filter_map(|n| n.parse::<f64>().ok()).collect();
        if nums.len() != 2 || parsed.len() != 2 {
            return Err(Message::new("problem-points-line")
                .arg("line", (i + 1).to_string())
                .arg("text", line));
        }
        if parsed.iter().any(|v| !v.is_finite() || v.abs() > MAX_COORD) {
            return Err(Message::new("problem-points-coordinates")
                .arg("line", (i + 1).to_string())
                .arg("max", MAX_COORD));
        }
        points.push([parsed[0], parsed[1]]);
        if points.len() > MAX_POINTS_PER_FILE {
            return Err(Message::new("problem-points-too-many").arg("max", MAX_POINTS_PER_FILE));
        }
    }
    if points.len() < 3 {
        return Err(Message::new("problem-polygon-points").arg("count", points.len()));
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_files_parse_with_comments_and_fail_with_the_line() {
        let p = parse_points(b"# outline\n0 0\n10,0\n\n10 10 # corner\n").unwrap();
        assert_eq!(p, vec![[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]);
        let e = parse_points(b"0 0\n1 x\n")
            .map_or_else(|m| m.text(crate::i18n::Lang::En), |_| String::new());
        assert!(e.starts_with("line 2"), "{e}");
        assert!(parse_points(b"0 0\n1e400 0\n2 2\n").is_err());
        assert!(parse_points(&vec![b' '; MAX_POINTS_FILE_BYTES + 1]).is_err());
    }
}
