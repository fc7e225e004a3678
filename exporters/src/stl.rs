//! Binary STL: the triangle soup every slicer, mesh viewer and CAD package reads.
//!
//! Units are millimetres (STL has no unit field; mm is what slicers and viewers assume).

use crate::Error;
use crate::mesh::Mesh;

/// Writes `mesh` as binary STL. `name` goes into the 80-byte header (ASCII, truncated).
///
/// Refuses a mesh with a non-finite coordinate or more triangles than STL can count.
pub fn write_stl(mesh: &Mesh, name: &str) -> Result<Vec<u8>, Error> {
    let count = u32::try_from(mesh.triangles.len()).map_err(|_| Error::BadSheet {
        name: "triangles",
        value: mesh.triangles.len() as f64,
        reason: "binary STL holds at most 4294967295 triangles".into(),
    })?;
    for (i, p) in mesh.positions.iter().enumerate() {
        for (k, v) in p.iter().enumerate() {
            if !v.is_finite() {
                return Err(Error::NonFinite {
                    what: format!("mesh vertex {i}, {}", ["x", "y", "z"][k]),
                    value: *v,
                });
            }
        }
    }
    let mut out = Vec::with_capacity(84 + 50 * mesh.triangles.len());
    let mut header = [b' '; 80];
    let text = format!("binary STL, mm: {name}");
    for (slot, b) in header.iter_mut().zip(
        text.bytes()
            .map(|b| if b.is_ascii_graphic() { b } else { b' ' }),
    ) {
        *slot = b;
    }
    // "solid" at the start makes some readers take a binary file for ASCII.
    if header.starts_with(b"solid") {
        header[0] = b'S';
    }
    out.extend_from_slice(&header);
    out.extend_from_slice(&count.to_le_bytes());
    for t in &mesh.triangles {
        let [a, b, c] = t.map(|i| mesh.positions.get(i as usize).copied().unwrap_or([0.0; 3]));
        let u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
        let v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
        let n = [
            u[1] * v[2] - u[2] * v[1],
            u[2] * v[0] - u[0] * v[2],
            u[0] * v[1] - u[1] * v[0],
        ];
        let len = (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt();
        let n = if len > 0.0 {
            n.map(|x| x / len)
        } else {
            [0.0; 3]
        };
        for x in n.iter().chain(a.iter()).chain(b.iter()).chain(c.iter()) {
            out.extend_from_slice(&(*x as f32).to_le_bytes());
        }
        out.extend_from_slice(&0u16.to_le_bytes());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_triangle_is_134_bytes_with_its_normal() {
        let mesh = Mesh {
            positions: vec![[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
            triangles: vec![[0, 1, 2]],
        };
        let bytes = write_stl(&mesh, "tri").unwrap();
        assert_eq!(bytes.len(), 84 + 50);
        assert_eq!(u32::from_le_bytes(bytes[80..84].try_into().unwrap()), 1);
        let nz = f32::from_le_bytes(bytes[92..96].try_into().unwrap());
        assert_eq!(nz, 1.0);
        assert!(!bytes.starts_with(b"solid"));
    }

    #[test]
    fn non_finite_vertices_are_refused() {
        let mesh = Mesh {
            positions: vec![[f64::NAN, 0.0, 0.0]],
            triangles: vec![],
        };
        assert!(matches!(
            write_stl(&mesh, "x"),
            Err(Error::NonFinite { .. })
        ));
    }
}
