//! STEP (ISO 10303-21, AP214 shape data) of an assembly: one B-rep solid per part copy,
//! each named by its label, written with `truck-stepio`.

use truck_modeling::Solid;
use truck_stepio::out::{CompleteStepDisplay, StepHeaderDescriptor, StepModels};

use crate::Error;

/// One named solid of the assembly, already in its assembled position.
#[derive(Debug, Clone)]
pub struct StepSolid {
    /// Name written on the solid, e.g. `WB-FIN #3`.
    pub name: String,
    /// The B-rep solid, mm.
    pub solid: Solid,
}

/// What the STEP header says about the file.
#[derive(Debug, Clone, Default)]
pub struct StepInfo {
    /// File name recorded in the header.
    pub file_name: String,
    /// ISO 8601 time stamp; pass a fixed one for reproducible files.
    pub time_stamp: String,
    /// Authors of the design.
    pub authors: Vec<String>,
    /// Organisation (e.g. the makerspace or the project).
    pub organization: String,
}

/// Writes the solids as one STEP file. Solids keep their order; the `n`-th
/// `MANIFOLD_SOLID_BREP` carries the `n`-th name.
pub fn write_step(solids: &[StepSolid], info: &StepInfo) -> Result<String, Error> {
    if solids.is_empty() {
        return Err(Error::Step("no solids to write".into()));
    }
    let compressed: Vec<_> = solids.iter().map(|s| s.solid.compress()).collect();
    let models: StepModels<'_, _, _, _> = compressed.iter().collect();
    let header = StepHeaderDescriptor {
        file_name: step_string(&info.file_name),
        time_stamp: step_string(&info.time_stamp),
        authors: if info.authors.is_empty() {
            vec!["Barnraise".into()]
        } else {
            info.authors.iter().map(|a| step_string(a)).collect()
        },
        organization: vec![if info.organization.is_empty() {
            "Barnraise".into()
        } else {
            step_string(&info.organization)
        }],
        organization_system: "Barnraise".into(),
        authorization: String::new(),
    };
    let text = CompleteStepDisplay::new(models, header.clone()).to_string();
    // truck-stepio nests the author and organisation lists in a second pair of
    // parentheses, which readers report as unresolved; write that line ourselves.
    let list = |items: &[String]| {
        items
            .iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let file_name = format!(
        "FILE_NAME('{}', '{}', ({}), ({}), 'truck-stepio', 'Barnraise', '');",
        header.file_name,
        header.time_stamp,
        list(&header.authors),
        list(&header.organization)
    );
    let text = match (text.find("FILE_NAME("), text.find("FILE_SCHEMA(")) {
        (Some(a), Some(b)) if a < b => format!("{}{file_name}\n{}", &text[..a], &text[b..]),
        _ => text,
    };
    // truck-stepio leaves every solid unnamed; name them in order.
    const UNNAMED: &str = "MANIFOLD_SOLID_BREP('',";
    let mut out = String::with_capacity(text.len() + 32 * solids.len());
    let mut rest = text.as_str();
    let mut names = solids.iter();
    while let Some(pos) = rest.find(UNNAMED) {
        out.push_str(&rest[..pos]);
        let name = names
            .next()
            .ok_or_else(|| Error::Step("more solids written than given".into()))?;
        out.push_str(&format!(
            "MANIFOLD_SOLID_BREP('{}',",
            step_string(&name.name)
        ));
        rest = &rest[pos + UNNAMED.len()..];
    }
    out.push_str(rest);
    if names.next().is_some() {
        return Err(Error::Step(
            "a solid was written without a single closed shell".into(),
        ));
    }
    Ok(out)
}

/// Encodes text for a STEP string literal: quotes and backslashes doubled, characters
/// outside printable ASCII as `\X2\hhhh\X0\` (UTF-16, ISO 10303-21 §6.4.3).
fn step_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => {
                out.push_str("\\X2\\");
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("{unit:04X}"));
                }
                out.push_str("\\X0\\");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use truck_modeling::{Point3, Vector3, builder};

    fn cube(at: f64) -> Solid {
        let v = builder::vertex(Point3::new(at, 0.0, 0.0));
        let e = builder::tsweep(&v, Vector3::unit_x());
        let f = builder::tsweep(&e, Vector3::unit_y());
        builder::tsweep(&f, Vector3::unit_z())
    }

    #[test]
    fn every_solid_is_named_in_order() {
        let solids = vec![
            StepSolid {
                name: "A-1 #1".into(),
                solid: cube(0.0),
            },
            StepSolid {
                name: "Sämaschine's".into(),
                solid: cube(5.0),
            },
        ];
        let text = write_step(
            &solids,
            &StepInfo {
                time_stamp: "2026-01-01T00:00:00".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(text.starts_with("ISO-10303-21;"));
        let a = text.find("MANIFOLD_SOLID_BREP('A-1 #1',").unwrap();
        let b = text
            .find("MANIFOLD_SOLID_BREP('S\\X2\\00E4\\X0\\maschine''s',")
            .unwrap();
        assert!(a < b);
        assert!(!text.contains("MANIFOLD_SOLID_BREP('',"));
        assert!(text.contains("2026-01-01T00:00:00"));
    }

    #[test]
    fn nothing_to_write_is_an_error() {
        assert!(write_step(&[], &StepInfo::default()).is_err());
    }
}
