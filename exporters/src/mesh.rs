//! A neutral triangle mesh: what the STL writer and the preview renderer take.

/// A triangle mesh in mm. Triangles are counter-clockwise seen from outside, so a closed
/// mesh has a positive [`volume`](Mesh::volume).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mesh {
    /// Vertex positions `[x, y, z]`, mm.
    pub positions: Vec<[f64; 3]>,
    /// Triangles as indices into `positions`.
    pub triangles: Vec<[u32; 3]>,
}

/// A rigid motion: `p' = rotation · p + translation`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    /// Rows of the 3 × 3 rotation matrix.
    pub rotation: [[f64; 3]; 3],
    /// Translation, mm.
    pub translation: [f64; 3],
}

impl Transform {
    /// The identity.
    pub const IDENTITY: Transform = Transform {
        rotation: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
        translation: [0.0; 3],
    };

    /// Rotations about x, then y, then z (degrees, right-hand rule, fixed axes), then a
    /// translation: `p' = at + Rz · Ry · Rx · p`.
    pub fn from_placement(at: [f64; 3], rotate_deg: [f64; 3]) -> Transform {
        let [ax, ay, az] = rotate_deg.map(f64::to_radians);
        let rx = [
            [1.0, 0.0, 0.0],
            [0.0, ax.cos(), -ax.sin()],
            [0.0, ax.sin(), ax.cos()],
        ];
        let ry = [
            [ay.cos(), 0.0, ay.sin()],
            [0.0, 1.0, 0.0],
            [-ay.sin(), 0.0, ay.cos()],
        ];
        let rz = [
            [az.cos(), -az.sin(), 0.0],
            [az.sin(), az.cos(), 0.0],
            [0.0, 0.0, 1.0],
        ];
        let mut rotation = mat_mul(&rz, &mat_mul(&ry, &rx));
        // Snap values within 1e-12 of 0 or ±1, so right angles give exact permutations.
        for row in &mut rotation {
            for v in row.iter_mut() {
                for target in [0.0, 1.0, -1.0] {
                    if (*v - target).abs() < 1e-12 {
                        *v = target;
                    }
                }
            }
        }
        Transform {
            rotation,
            translation: at,
        }
    }

    /// Where `p` goes.
    pub fn apply(&self, p: [f64; 3]) -> [f64; 3] {
        let r = &self.rotation;
        let t = &self.translation;
        [
            r[0][0] * p[0] + r[0][1] * p[1] + r[0][2] * p[2] + t[0],
            r[1][0] * p[0] + r[1][1] * p[1] + r[1][2] * p[2] + t[1],
            r[2][0] * p[0] + r[2][1] * p[1] + r[2][2] * p[2] + t[2],
        ]
    }

    /// The 4 × 4 matrix in row-major order.
    pub fn matrix(&self) -> [[f64; 4]; 4] {
        let r = &self.rotation;
        let t = &self.translation;
        [
            [r[0][0], r[0][1], r[0][2], t[0]],
            [r[1][0], r[1][1], r[1][2], t[1]],
            [r[2][0], r[2][1], r[2][2], t[2]],
            [0.0, 0.0, 0.0, 1.0],
        ]
    }
}

fn mat_mul(a: &[[f64; 3]; 3], b: &[[f64; 3]; 3]) -> [[f64; 3]; 3] {
    let mut out = [[0.0; 3]; 3];
    for (i, row) in out.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = (0..3).map(|k| a[i][k] * b[k][j]).sum();
        }
    }
    out
}

impl Mesh {
    /// Signed volume in mm³ (divergence theorem); positive for a closed, outward mesh.
    pub fn volume(&self) -> f64 {
        self.triangles
            .iter()
            .map(|t| {
                let [a, b, c] = t.map(|i| self.positions[i as usize]);
                (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                    + a[2] * (b[0] * c[1] - b[1] * c[0]))
                    / 6.0
            })
            .sum()
    }

    /// Axis-aligned bounds `(min, max)`, or `None` for an empty mesh.
    pub fn bounds(&self) -> Option<([f64; 3], [f64; 3])> {
        let first = *self.positions.first()?;
        let mut lo = first;
        let mut hi = first;
        for p in &self.positions {
            for k in 0..3 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        Some((lo, hi))
    }

    /// A copy moved by `t`.
    pub fn transformed(&self, t: &Transform) -> Mesh {
        Mesh {
            positions: self.positions.iter().map(|&p| t.apply(p)).collect(),
            triangles: self.triangles.clone(),
        }
    }

    /// Appends `other` (its indices shifted).
    pub fn append(&mut self, other: &Mesh) {
        let base = self.positions.len() as u32;
        self.positions.extend_from_slice(&other.positions);
        self.triangles
            .extend(other.triangles.iter().map(|t| t.map(|i| i + base)));
    }

    /// True when every edge is shared by exactly two triangles running it in opposite
    /// directions: the mesh is closed and consistently oriented.
    pub fn is_closed(&self) -> bool {
        use std::collections::HashMap;
        let mut edges: HashMap<(u32, u32), i32> = HashMap::new();
        for t in &self.triangles {
            for k in 0..3 {
                let (a, b) = (t[k], t[(k + 1) % 3]);
                *edges.entry((a, b)).or_insert(0) += 1;
            }
        }
        edges
            .iter()
            .all(|(&(a, b), &n)| n == 1 && edges.get(&(b, a)) == Some(&1))
    }
}

#[cfg(test)]
impl Mesh {
    /// A closed box `[0, w] × [0, d] × [0, t]`, outward-facing, for tests.
    pub(crate) fn test_box(w: f64, d: f64, t: f64) -> Mesh {
        let positions = vec![
            [0.0, 0.0, 0.0],
            [w, 0.0, 0.0],
            [w, d, 0.0],
            [0.0, d, 0.0],
            [0.0, 0.0, t],
            [w, 0.0, t],
            [w, d, t],
            [0.0, d, t],
        ];
        let triangles = vec![
            [0, 2, 1],
            [0, 3, 2],
            [4, 5, 6],
            [4, 6, 7],
            [0, 1, 5],
            [0, 5, 4],
            [1, 2, 6],
            [1, 6, 5],
            [2, 3, 7],
            [2, 7, 6],
            [3, 0, 4],
            [3, 4, 7],
        ];
        Mesh {
            positions,
            triangles,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cube() -> Mesh {
        Mesh::test_box(1.0, 1.0, 1.0)
    }

    #[test]
    fn unit_cube_is_closed_with_volume_one() {
        let c = cube();
        assert!(c.is_closed());
        assert!((c.volume() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn rotations_keep_volume_and_follow_the_right_hand_rule() {
        let t = Transform::from_placement([10.0, 0.0, 0.0], [0.0, 0.0, 90.0]);
        assert_eq!(t.apply([1.0, 0.0, 0.0]), [10.0, 1.0, 0.0]);
        let t = Transform::from_placement([0.0; 3], [90.0, 0.0, 0.0]);
        assert_eq!(t.apply([0.0, 1.0, 0.0]), [0.0, 0.0, 1.0]);
        // x first, then z: the local y axis goes to z, then stays.
        let t = Transform::from_placement([0.0; 3], [90.0, 0.0, 90.0]);
        assert_eq!(t.apply([1.0, 0.0, 0.0]), [0.0, 1.0, 0.0]);
        assert_eq!(t.apply([0.0, 1.0, 0.0]), [0.0, 0.0, 1.0]);
        assert_eq!(t.apply([0.0, 0.0, 1.0]), [1.0, 0.0, 0.0]);
        let moved = cube().transformed(&Transform::from_placement(
            [5.0, 6.0, 7.0],
            [30.0, 40.0, 50.0],
        ));
        assert!((moved.volume() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn an_open_mesh_is_not_closed() {
        let mut c = cube();
        c.triangles.pop();
        assert!(!c.is_closed());
    }
}
