//! Preview images: an isometric, shaded view of meshes, rendered in software to PNG.
//!
//! A small z-buffer rasterizer: no GPU, no fonts, no network. The scene is seen from the
//! front right, above (the classic isometric view), lit by two lights, with dark outlines
//! where parts meet and at sharp edges, and rendered at twice the size then averaged down
//! for smooth edges.

use std::io::Cursor;

use crate::Error;
use crate::mesh::{Mesh, Transform};

/// Supersampling factor per axis.
const SS: usize = 2;
/// Outlines where neighbouring surface normals differ by more than this (cosine of 35°).
const CREASE_COS: f32 = 0.82;

/// What the image is painted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// Opaque white.
    White,
    /// Fully transparent.
    Transparent,
}

/// Size and background of a preview.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PreviewOptions {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// What is behind the object.
    pub background: Background,
}

impl Default for PreviewOptions {
    fn default() -> Self {
        PreviewOptions {
            width: 800,
            height: 600,
            background: Background::White,
        }
    }
}

/// One object of the scene: a mesh placed by a transform, in one colour.
#[derive(Debug, Clone, Copy)]
pub struct PreviewItem<'a> {
    /// The mesh in its own coordinates.
    pub mesh: &'a Mesh,
    /// Where it goes.
    pub transform: Transform,
    /// Its base colour (sRGB).
    pub color: [u8; 3],
}

/// Largest preview side in pixels.
pub const MAX_PREVIEW_SIDE: u32 = 4096;

/// Renders the items to a PNG (RGBA, 8 bits per channel).
pub fn render_preview(items: &[PreviewItem<'_>], opts: &PreviewOptions) -> Result<Vec<u8>, Error> {
    for (name, v) in [("width", opts.width), ("height", opts.height)] {
        if v == 0 || v > MAX_PREVIEW_SIDE {
            return Err(Error::BadSheet {
                name,
                value: f64::from(v),
                reason: format!("a preview side must be 1 to {MAX_PREVIEW_SIDE} pixels"),
            });
        }
    }
    let rgba = render_rgba(items, opts);
    let img = image::RgbaImage::from_raw(opts.width, opts.height, rgba)
        .ok_or_else(|| Error::Png("image buffer has the wrong size".into()))?;
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| Error::Png(e.to_string()))?;
    Ok(out.into_inner())
}

/// A PNG preview at half its width and height (each pixel the mean of a 2 × 2 block), for
/// a thumbnail that costs no second render.
pub fn halve_png(png: &[u8]) -> Result<Vec<u8>, Error> {
    let img = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .map_err(|e| Error::Png(e.to_string()))?
        .to_rgba8();
    let (w, h) = ((img.width() / 2).max(1), (img.height() / 2).max(1));
    let mut out = image::RgbaImage::new(w, h);
    for (x, y, px) in out.enumerate_pixels_mut() {
        let mut sum = [0u32; 4];
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let sx = (2 * x + dx).min(img.width() - 1);
            let sy = (2 * y + dy).min(img.height() - 1);
            for (s, c) in sum.iter_mut().zip(img.get_pixel(sx, sy).0) {
                *s += u32::from(c);
            }
        }
        // The mean of four bytes is a byte.
        px.0 = sum.map(|s| u8::try_from((s + 2) / 4).unwrap_or(u8::MAX));
    }
    let mut buf = Cursor::new(Vec::new());
    out.write_to(&mut buf, image::ImageFormat::Png)
        .map_err(|e| Error::Png(e.to_string()))?;
    Ok(buf.into_inner())
}

struct View {
    right: [f64; 3],
    up: [f64; 3],
    dir: [f64; 3],
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

fn normalize(a: [f64; 3]) -> [f64; 3] {
    let l = dot(a, a).sqrt();
    if l > 0.0 { a.map(|x| x / l) } else { a }
}

impl View {
    /// Seen from the front right, above: the camera sits at (1, −1, 1) looking at the origin.
    fn isometric() -> View {
        let dir = normalize([-1.0, 1.0, -1.0]);
        let right = normalize(cross(dir, [0.0, 0.0, 1.0]));
        let up = cross(right, dir);
        View { right, up, dir }
    }
}

/// Renders to a straight RGBA buffer of `width × height`.
fn render_rgba(items: &[PreviewItem<'_>], opts: &PreviewOptions) -> Vec<u8> {
    let (w, h) = (opts.width as usize * SS, opts.height as usize * SS);
    let view = View::isometric();
    // Project every vertex once.
    let projected: Vec<Vec<[f64; 3]>> = items
        .iter()
        .map(|it| {
            it.mesh
                .positions
                .iter()
                .map(|&p| {
                    let q = it.transform.apply(p);
                    [dot(q, view.right), dot(q, view.up), dot(q, view.dir)]
                })
                .collect()
        })
        .collect();
    let mut lo = [f64::INFINITY; 3];
    let mut hi = [f64::NEG_INFINITY; 3];
    for p in projected.iter().flatten() {
        if p.iter().all(|v| v.is_finite()) {
            for k in 0..3 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
    }
    let mut color = vec![[0f32; 3]; w * h];
    let mut depth = vec![f32::INFINITY; w * h];
    let mut normal = vec![[0f32; 3]; w * h];
    let mut object = vec![u32::MAX; w * h];
    if lo[0].is_finite() {
        let span = (hi[0] - lo[0]).max(hi[1] - lo[1]).max(1e-9);
        let scale = ((w as f64 * 0.92) / (hi[0] - lo[0]).max(span * 1e-3))
            .min((h as f64 * 0.92) / (hi[1] - lo[1]).max(span * 1e-3));
        let cx = (lo[0] + hi[0]) / 2.0;
        let cy = (lo[1] + hi[1]) / 2.0;
        let to_px = |p: [f64; 3]| -> [f64; 3] {
            [
                w as f64 / 2.0 + (p[0] - cx) * scale,
                h as f64 / 2.0 - (p[1] - cy) * scale,
                p[2],
            ]
        };
        let key = normalize([-0.35, -0.6, 1.0]);
        let fill = normalize([0.8, 0.2, 0.3]);
        for (oi, (it, pts)) in items.iter().zip(&projected).enumerate() {
            let base = it.color.map(|c| f32::from(c) / 255.0);
            for t in &it.mesh.triangles {
                let Some([a, b, c]) = t
                    .iter()
                    .map(|&i| pts.get(i as usize).copied())
                    .collect::<Option<Vec<_>>>()
                    .and_then(|v| <[[f64; 3]; 3]>::try_from(v).ok())
                else {
                    continue;
                };
                // The world normal of the triangle, turned towards the camera.
                let wa = it.mesh.positions[t[0] as usize];
                let wb = it.mesh.positions[t[1] as usize];
                let wc = it.mesh.positions[t[2] as usize];
                let (wa, wb, wc) = (
                    it.transform.apply(wa),
                    it.transform.apply(wb),
                    it.transform.apply(wc),
                );
                let mut n = normalize(cross(
                    [wb[0] - wa[0], wb[1] - wa[1], wb[2] - wa[2]],
                    [wc[0] - wa[0], wc[1] - wa[1], wc[2] - wa[2]],
                ));
                if dot(n, view.dir) > 0.0 {
                    n = n.map(|x| -x);
                }
                let light = 0.38 + 0.52 * dot(n, key).max(0.0) + 0.18 * dot(n, fill).max(0.0);
                let shade = base.map(|c| (c * light as f32).min(1.0));
                let nf = n.map(|x| x as f32);
                raster_triangle([to_px(a), to_px(b), to_px(c)], w, h, |idx, z| {
                    if z < depth[idx] {
                        depth[idx] = z;
                        color[idx] = shade;
                        normal[idx] = nf;
                        object[idx] = oi as u32;
                    }
                });
            }
        }
        // Outlines: where the object changes, at creases, and at the silhouette.
        let depth_jump = ((hi[2] - lo[2]) * 0.02) as f32;
        let mut edge = vec![false; w * h];
        for y in 0..h {
            for x in 0..w {
                let i = y * w + x;
                for j in [(x + 1 < w).then(|| i + 1), (y + 1 < h).then(|| i + w)]
                    .into_iter()
                    .flatten()
                {
                    let (oa, ob) = (object[i], object[j]);
                    if oa == u32::MAX && ob == u32::MAX {
                        continue;
                    }
                    let n_dot: f32 = (0..3).map(|k| normal[i][k] * normal[j][k]).sum();
                    if oa != ob || n_dot < CREASE_COS || (depth[i] - depth[j]).abs() > depth_jump {
                        // Draw the line on the nearer side.
                        let k = if depth[i] <= depth[j] { i } else { j };
                        edge[k] = true;
                    }
                }
            }
        }
        for (c, e) in color.iter_mut().zip(&edge) {
            if *e {
                *c = c.map(|v| v * 0.3);
            }
        }
    }
    // Average SS × SS samples into each pixel.
    let (ow, oh) = (opts.width as usize, opts.height as usize);
    let mut out = vec![0u8; ow * oh * 4];
    let samples = (SS * SS) as f32;
    for y in 0..oh {
        for x in 0..ow {
            let mut rgb = [0f32; 3];
            let mut covered = 0f32;
            for sy in 0..SS {
                for sx in 0..SS {
                    let i = (y * SS + sy) * w + x * SS + sx;
                    if object[i] != u32::MAX {
                        covered += 1.0;
                        for k in 0..3 {
                            rgb[k] += color[i][k];
                        }
                    } else if opts.background == Background::White {
                        for v in &mut rgb {
                            *v += 1.0;
                        }
                    }
                }
            }
            let o = (y * ow + x) * 4;
            let (alpha, div) = match opts.background {
                Background::White => (1.0, samples),
                Background::Transparent => (covered / samples, covered.max(1.0)),
            };
            for k in 0..3 {
                out[o + k] = ((rgb[k] / div).clamp(0.0, 1.0) * 255.0).round() as u8;
            }
            out[o + 3] = (alpha * 255.0).round() as u8;
        }
    }
    out
}

/// Calls `plot(index, depth)` for every pixel centre inside the triangle (screen x, y and
/// depth per corner) with the interpolated depth.
fn raster_triangle(p: [[f64; 3]; 3], w: usize, h: usize, mut plot: impl FnMut(usize, f32)) {
    let area =
        (p[1][0] - p[0][0]) * (p[2][1] - p[0][1]) - (p[2][0] - p[0][0]) * (p[1][1] - p[0][1]);
    if area.abs() < 1e-12 || !area.is_finite() {
        return;
    }
    let min_x = p
        .iter()
        .map(|q| q[0])
        .fold(f64::INFINITY, f64::min)
        .floor()
        .max(0.0);
    let max_x = p
        .iter()
        .map(|q| q[0])
        .fold(f64::NEG_INFINITY, f64::max)
        .ceil()
        .min(w as f64 - 1.0);
    let min_y = p
        .iter()
        .map(|q| q[1])
        .fold(f64::INFINITY, f64::min)
        .floor()
        .max(0.0);
    let max_y = p
        .iter()
        .map(|q| q[1])
        .fold(f64::NEG_INFINITY, f64::max)
        .ceil()
        .min(h as f64 - 1.0);
    if min_x > max_x || min_y > max_y {
        return;
    }
    for y in min_y as usize..=max_y as usize {
        let py = y as f64 + 0.5;
        for x in min_x as usize..=max_x as usize {
            let px = x as f64 + 0.5;
            let w0 = ((p[2][0] - p[1][0]) * (py - p[1][1]) - (p[2][1] - p[1][1]) * (px - p[1][0]))
                / area;
            let w1 = ((p[0][0] - p[2][0]) * (py - p[2][1]) - (p[0][1] - p[2][1]) * (px - p[2][0]))
                / area;
            let w2 = 1.0 - w0 - w1;
            if w0 < -1e-9 || w1 < -1e-9 || w2 < -1e-9 {
                continue;
            }
            let z = (w0 * p[0][2] + w1 * p[1][2] + w2 * p[2][2]) as f32;
            plot(y * w + x, z);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slab(w: f64, d: f64, t: f64) -> Mesh {
        Mesh::test_box(w, d, t)
    }

    fn covered(png: &[u8], bg: Background) -> (u32, u32, usize) {
        let img = image::load_from_memory(png).unwrap().to_rgba8();
        let n = img
            .pixels()
            .filter(|p| match bg {
                Background::White => p.0 != [255, 255, 255, 255],
                Background::Transparent => p.0[3] != 0,
            })
            .count();
        (img.width(), img.height(), n)
    }

    #[test]
    fn a_slab_fills_a_good_part_of_the_picture() {
        let m = slab(100.0, 60.0, 18.0);
        let items = [PreviewItem {
            mesh: &m,
            transform: Transform::IDENTITY,
            color: [222, 184, 135],
        }];
        for bg in [Background::White, Background::Transparent] {
            let png = render_preview(
                &items,
                &PreviewOptions {
                    background: bg,
                    ..Default::default()
                },
            )
            .unwrap();
            let (w, h, n) = covered(&png, bg);
            assert_eq!((w, h), (800, 600));
            assert!(n as f64 > 0.2 * 800.0 * 600.0, "{n}");
        }
    }

    #[test]
    fn a_halved_preview_covers_a_quarter_of_the_pixels() {
        let m = slab(100.0, 60.0, 18.0);
        let items = [PreviewItem {
            mesh: &m,
            transform: Transform::IDENTITY,
            color: [222, 184, 135],
        }];
        let png = render_preview(&items, &PreviewOptions::default()).unwrap();
        let (_, _, big) = covered(&png, Background::White);
        let (w, h, small) = covered(&halve_png(&png).unwrap(), Background::White);
        assert_eq!((w, h), (400, 300));
        let ratio = small as f64 * 4.0 / big as f64;
        assert!((0.9..1.1).contains(&ratio), "{small} of {big}");
        assert!(halve_png(b"not a png").is_err());
    }

    #[test]
    fn thickness_changes_the_picture() {
        let thin = slab(100.0, 60.0, 12.0);
        let thick = slab(100.0, 60.0, 18.0);
        let render = |m: &Mesh| {
            render_preview(
                &[PreviewItem {
                    mesh: m,
                    transform: Transform::IDENTITY,
                    color: [222, 184, 135],
                }],
                &PreviewOptions::default(),
            )
            .unwrap()
        };
        assert_ne!(render(&thin), render(&thick));
    }

    #[test]
    fn empty_scenes_and_bad_sizes() {
        let png = render_preview(&[], &PreviewOptions::default()).unwrap();
        assert_eq!(covered(&png, Background::White).2, 0);
        let bad = PreviewOptions {
            width: 0,
            ..Default::default()
        };
        assert!(render_preview(&[], &bad).is_err());
    }
}
