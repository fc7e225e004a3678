//! Importing cut files in the browser: upload DXF or SVG files, review what was found
//! (drawn to scale, with labels and warnings), switch units, untick what is not a part, set
//! name, licence, authors and source, then create the design. The review calls the same
//! use cases (and so the same checks) as `barnraise import`.
//!
//! Uploads wait as drafts in memory, per account, for [`DRAFT_HOURS`] hours.

use crate::i18n::{self, Lang, Message};
use crate::model::format_number;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::auth::{Caller, random_hex};
use super::error::WebError;
use super::render::Page;
use super::state::{AppState, blocking};
use crate::app::imports::{self, Destination, Provenance};
use crate::interop::cutfile::{
    CutFileInput, CutFileOptions, ImportPreview, ItemKind, ProcessChoice,
};
use crate::interop::units::{LengthUnit, UnitsChoice};

/// Files one import may hold.
pub const MAX_FILES: usize = 4;
/// Bytes one import may hold (the upload's body limit too).
pub const MAX_UPLOAD_BYTES: usize = 16 << 20;
/// Drafts one account may keep.
const DRAFTS_PER_ACCOUNT: usize = 3;
/// Drafts kept in all.
const MAX_DRAFTS: usize = 32;
/// How long a draft waits.
pub const DRAFT_HOURS: u64 = 2;

/// Uploaded files waiting for review.
pub struct Draft {
    owner: i64,
    files: Vec<CutFileInput>,
    created: Instant,
}

/// The drafts of the server.
#[derive(Default)]
pub struct Drafts(Mutex<HashMap<String, Arc<Draft>>>);

fn poisoned<T>(_: std::sync::PoisonError<T>) -> WebError {
    WebError::internal("a worker panicked while holding the drafts")
}

impl Drafts {
    /// Keeps `files` for `owner`; returns the draft's id.
    fn put(&self, owner: i64, files: Vec<CutFileInput>) -> Result<String, WebError> {
        let mut map = self.0.lock().map_err(poisoned)?;
        let ttl = Duration::from_secs(DRAFT_HOURS * 3600);
        map.retain(|_, d| d.created.elapsed() < ttl);
        if map.values().filter(|d| d.owner == owner).count() >= DRAFTS_PER_ACCOUNT {
            // The account's oldest draft makes room.
            if let Some(oldest) = map
                .iter()
                .filter(|(_, d)| d.owner == owner)
                .min_by_key(|(_, d)| d.created)
                .map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        if map.len() >= MAX_DRAFTS {
            return Err(WebError::too_many(Message::new("error-too-many-drafts")));
        }
        let id = random_hex();
        map.insert(
            id.clone(),
            Arc::new(Draft {
                owner,
                files,
                created: Instant::now(),
            }),
        );
        Ok(id)
    }

    /// The draft `id` of `owner`, or 404.
    fn get(&self, id: &str, owner: i64) -> Result<Arc<Draft>, WebError> {
        let map = self.0.lock().map_err(poisoned)?;
        match map.get(id) {
            Some(d) if d.owner == owner => Ok(d.clone()),
            _ => Err(WebError::not_found(Message::new("error-no-draft"))),
        }
    }

    /// Forgets draft `id`.
    fn remove(&self, id: &str) {
        if let Ok(mut map) = self.0.lock() {
            map.remove(id);
        }
    }
}

/// The upload page.
#[derive(Serialize)]
struct UploadPage {
    max_files: usize,
    max_mb: usize,
}

/// `GET /import`: upload cut files.
pub async fn form(who: Caller) -> Result<Response, WebError> {
    Page::new(
        "Import cut files",
        who.nav(),
        UploadPage {
            max_files: MAX_FILES,
            max_mb: MAX_UPLOAD_BYTES >> 20,
        },
    )
    .render("import.html")
}

/// `POST /import` (multipart: `files`, `csrf`): keeps the files as a draft and shows its
/// review.
pub async fn upload(
    State(state): State<AppState>,
    who: Caller,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let (mut csrf, mut files, mut total) = (String::new(), Vec::new(), 0usize);
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        WebError::bad_request(Message::new("error-upload").arg("reason", e.to_string()))
    })? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("files") => {
                let name = field.file_name().unwrap_or("drawing").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    WebError::bad_request(
                        Message::new("error-import-upload-failed")
                            .arg("reason", e.to_string())
                            .arg("mb", MAX_UPLOAD_BYTES >> 20),
                    )
                })?;
                if bytes.is_empty() {
                    continue;
                }
                total += bytes.len();
                if files.len() >= MAX_FILES || total > MAX_UPLOAD_BYTES {
                    return Err(WebError::bad_request(
                        Message::new("error-import-too-large")
                            .arg("count", MAX_FILES)
                            .arg("mb", MAX_UPLOAD_BYTES >> 20),
                    ));
                }
                // Only the file name is kept, never a path the browser sent.
                let base = std::path::Path::new(&name)
                    .file_name()
                    .map_or_else(|| "drawing".into(), |n| n.to_string_lossy().into_owned());
                files.push(CutFileInput {
                    name: base.into(),
                    bytes: bytes.to_vec(),
                });
            }
            _ => {}
        }
    }
    who.check_csrf(&csrf)?;
    if files.is_empty() {
        return Err(WebError::bad_request(Message::new(
            "error-choose-import-file",
        )));
    }
    let id = state.0.drafts.put(who.user().id, files)?;
    Ok(Redirect::to(&format!("/import/{id}")).into_response())
}

/// The review form's fields (query string of the review, body of the create).
#[derive(Debug, Clone, Default)]
struct ReviewFields {
    slug: String,
    name: String,
    license: String,
    author: String,
    source: String,
    units: String,
    dpi: String,
    process: String,
    thickness: String,
    /// Whether the form was submitted (then unticked items are left out).
    reviewed: bool,
    /// Item ids ticked as parts.
    keep: BTreeSet<String>,
}

impl ReviewFields {
    fn read(form: &BTreeMap<String, String>) -> ReviewFields {
        let get = |k: &str| {
            form.get(k)
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        ReviewFields {
            slug: get("slug"),
            name: get("name"),
            license: get("license"),
            author: get("author"),
            source: get("source"),
            units: get("units"),
            dpi: get("dpi"),
            process: get("process"),
            thickness: get("thickness"),
            reviewed: form.contains_key("reviewed"),
            keep: form
                .keys()
                .filter_map(|k| k.strip_prefix("keep."))
                .map(str::to_string)
                .collect(),
        }
    }

    fn number(what: &str, s: &str) -> Result<Option<f64>, WebError> {
        if s.is_empty() {
            return Ok(None);
        }
        s.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v > 0.0 && *v <= 1000.0)
            .map(Some)
            .ok_or_else(|| {
                WebError::bad_request(
                    Message::new("error-not-a-positive-number")
                        .arg("what", what)
                        .arg("text", s),
                )
            })
    }

    /// The importer's options; `ids` are the items the previous review listed.
    fn options(&self, who: &Caller, ids: &[String]) -> Result<CutFileOptions, WebError> {
        let units = match self.units.as_str() {
            "" | "auto" => None,
            u => Some(LengthUnit::parse(u).ok_or_else(|| {
                WebError::bad_request(Message::new("error-unknown-unit").arg("unit", u))
            })?),
        };
        let exclude = if self.reviewed {
            ids.iter()
                .filter(|i| !self.keep.contains(*i))
                .cloned()
                .collect()
        } else {
            BTreeSet::new()
        };
        Ok(CutFileOptions {
            slug: if self.slug.is_empty() {
                "imported-design".into()
            } else {
                self.slug.clone()
            },
            name: Some(self.name.clone()).filter(|n| !n.is_empty()),
            thickness: Self::number("thickness", &self.thickness)?,
            process: if self.process == "cnc" {
                ProcessChoice::Cnc
            } else {
                ProcessChoice::Laser
            },
            license: Some(self.license.clone()).filter(|l| !l.is_empty()),
            author: Some(self.author.clone())
                .filter(|a| !a.is_empty())
                .or_else(|| Some(who.actor().author().to_string())),
            units: UnitsChoice {
                units,
                dpi: Self::number("dpi", &self.dpi)?,
            },
            exclude,
            ..CutFileOptions::default()
        })
    }

    fn provenance(&self) -> Result<Option<Provenance>, WebError> {
        if self.source.is_empty() {
            return Ok(None);
        }
        Ok(Some(Provenance::parse(&self.source)?))
    }
}

/// An item as the review lists it.
#[derive(Serialize)]
struct ItemView {
    id: String,
    kind: String,
    is_part: bool,
    label: String,
    quantity: u32,
    size: String,
    source: String,
    file: String,
    warnings: Vec<String>,
    joints: Vec<String>,
    kept: bool,
}

/// One drawn item.
#[derive(Serialize)]
struct Shape {
    d: String,
    class: &'static str,
    label: String,
    x: String,
    y: String,
}

/// The drawing: every item to scale, y up.
#[derive(Serialize)]
struct DrawingView {
    view_box: String,
    width_mm: String,
    height_mm: String,
    shapes: Vec<Shape>,
    /// A 100 mm (or 1 m) scale bar.
    bar: String,
    bar_label: String,
    font: String,
}

/// What an item is, in `lang`.
fn kind_name(k: ItemKind, lang: Lang) -> String {
    let key = match k {
        ItemKind::Part => "imp-item-part",
        ItemKind::SheetOutline => "imp-item-sheet-outline",
        ItemKind::NonCut => "imp-item-non-cut",
        ItemKind::Engraving => "imp-item-engraving",
        ItemKind::Score => "imp-item-score",
    };
    i18n::tr(lang, key, &[])
}

fn drawing(p: &ImportPreview) -> DrawingView {
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for it in &p.items {
        for pt in it.rings.iter().flatten() {
            for k in 0..2 {
                lo[k] = lo[k].min(pt[k]);
                hi[k] = hi[k].max(pt[k]);
            }
        }
    }
    if lo[0] > hi[0] {
        (lo, hi) = ([0.0, 0.0], [100.0, 100.0]);
    }
    let (w, h) = ((hi[0] - lo[0]).max(1.0), (hi[1] - lo[1]).max(1.0));
    let pad = w.max(h) * 0.03;
    let n = |v: f64| format_number((v * 10.0).round() / 10.0);
    let y = |v: f64| hi[1] - v + pad;
    let x = |v: f64| v - lo[0] + pad;
    let shapes = p
        .items
        .iter()
        .map(|it| {
            let mut d = String::new();
            for ring in &it.rings {
                for (i, pt) in ring.iter().enumerate() {
                    d.push_str(&format!(
                        "{}{} {} ",
                        if i == 0 { 'M' } else { 'L' },
                        n(x(pt[0])),
                        n(y(pt[1]))
                    ));
                }
                d.push_str("Z ");
            }
            let c = it.rings.first().map_or([0.0, 0.0], |r| {
                let k = r.len().max(1) as f64;
                [
                    r.iter().map(|p| p[0]).sum::<f64>() / k,
                    r.iter().map(|p| p[1]).sum::<f64>() / k,
                ]
            });
            Shape {
                d: d.trim_end().to_string(),
                class: if it.excluded {
                    "excluded"
                } else {
                    match it.kind {
                        ItemKind::Part => "part",
                        ItemKind::SheetOutline => "sheet",
                        _ => "other",
                    }
                },
                label: it.label.clone().unwrap_or_default(),
                x: n(x(c[0])),
                y: n(y(c[1])),
            }
        })
        .collect();
    let bar_len = if w > 2000.0 { 1000.0 } else { 100.0 };
    DrawingView {
        view_box: format!("0 0 {} {}", n(w + 2.0 * pad), n(h + 2.0 * pad)),
        width_mm: n(w),
        height_mm: n(h),
        shapes,
        bar: format!("M{} {} h{}", n(pad), n(h + 1.5 * pad), n(bar_len)),
        bar_label: if bar_len >= 1000.0 {
            "1 m".into()
        } else {
            "100 mm".into()
        },
        font: n((w.max(h) / 60.0).max(3.0)),
    }
}

/// Joints grouped: `26 × finger 5.8 mm`, in `lang`.
fn joint_summary(joints: &[crate::interop::cutfile::ParametricJoint], lang: Lang) -> Vec<String> {
    // Grouped by kind and width as English wrote them, so the order is the same in every
    // language.
    let mut counts: BTreeMap<(&'static str, String), (f64, usize)> = BTreeMap::new();
    for j in joints {
        let width = (j.width * 100.0).round() / 100.0;
        let entry = counts
            .entry((j.kind, format_number(width)))
            .or_insert((width, 0));
        entry.1 += 1;
    }
    counts
        .into_iter()
        .map(|((kind, _), (width, n))| {
            Message::new("imp-joint-group")
                .arg("count", n)
                .arg("kind", kind)
                .arg("width", width)
                .text(lang)
        })
        .collect()
}

/// The review page.
#[derive(Serialize)]
struct ReviewPage {
    id: String,
    files: Vec<(String, String, String)>,
    items: Vec<ItemView>,
    drawing: DrawingView,
    thickness: String,
    thickness_shown: String,
    thickness_source: String,
    warnings: Vec<String>,
    notes: Vec<String>,
    joints: String,
    slug: String,
    name: String,
    license: String,
    author: String,
    source: String,
    units: String,
    dpi: String,
    process: String,
    problems: Vec<String>,
}

fn review_page(
    id: &str,
    p: &ImportPreview,
    f: &ReviewFields,
    who: &Caller,
    problems: Vec<String>,
) -> ReviewPage {
    let lang = super::lang::current();
    ReviewPage {
        id: id.to_string(),
        files: p
            .files
            .iter()
            .map(|r| {
                (
                    r.file.clone(),
                    r.units.unit.as_str().to_string(),
                    r.units.why.text(lang),
                )
            })
            .collect(),
        items: p
            .items
            .iter()
            .map(|it| ItemView {
                id: it.id.clone(),
                kind: kind_name(it.kind, lang),
                is_part: it.kind == ItemKind::Part,
                label: it.label.clone().unwrap_or_default(),
                quantity: it.quantity,
                size: Message::new("imp-item-size")
                    .arg("width", it.size_mm[0].round())
                    .arg("height", it.size_mm[1].round())
                    .text(lang),
                source: it.source.clone(),
                file: it.file.clone(),
                warnings: it.warnings.iter().map(|w| w.to_string_in(lang)).collect(),
                joints: joint_summary(&it.parametric, lang),
                kept: it.kind == ItemKind::Part && !it.excluded,
            })
            .collect(),
        drawing: drawing(p),
        // A form field's value: a machine number, as browsers read it.
        thickness: format_number(p.thickness),
        thickness_shown: i18n::short_number(lang, p.thickness),
        thickness_source: p.thickness_source.text(lang),
        warnings: p.warnings.iter().map(|w| w.to_string_in(lang)).collect(),
        notes: p.notes.iter().map(|n| n.text(lang)).collect(),
        joints: Message::new("imp-joints-follow")
            .arg("slots", p.joints.slots)
            .arg("fingers", p.joints.fingers)
            .arg("mortises", p.joints.mortises)
            .text(lang),
        slug: f.slug.clone(),
        name: f.name.clone(),
        license: f.license.clone(),
        author: if f.author.is_empty() {
            who.actor().author().to_string()
        } else {
            f.author.clone()
        },
        source: f.source.clone(),
        units: f.units.clone(),
        dpi: f.dpi.clone(),
        process: if f.process.is_empty() {
            "laser".into()
        } else {
            f.process.clone()
        },
        problems,
    }
}

/// The preview of draft `id` with the form's choices. The ids excluded are those of the
/// items the form listed and left unticked.
async fn preview_of(
    state: &AppState,
    who: &Caller,
    id: &str,
    f: &ReviewFields,
) -> Result<ImportPreview, WebError> {
    let draft = state.0.drafts.get(id, who.user().id)?;
    let permit = state.check_permit().await?;
    let first = f.options(who, &[])?;
    let f = f.clone();
    let who = who.clone();
    blocking(move || {
        let _permit = permit;
        let all = imports::preview_cut_files(&draft.files, &first)?;
        if !f.reviewed {
            return Ok::<_, WebError>(all);
        }
        let ids: Vec<String> = all.items.iter().map(|i| i.id.clone()).collect();
        Ok(imports::preview_cut_files(
            &draft.files,
            &f.options(&who, &ids)?,
        )?)
    })
    .await
}

/// `GET /import/{id}`: what the files hold, with the form's choices applied.
pub async fn review(
    State(state): State<AppState>,
    who: Caller,
    Path(id): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let f = ReviewFields::read(&q);
    let p = preview_of(&state, &who, &id, &f).await?;
    let page = review_page(&id, &p, &f, &who, Vec::new());
    Page::new("Review the import", who.nav(), page).render("import-review.html")
}

/// `POST /import/{id}/create`: imports with the reviewed choices and creates the design
/// (the creator maintains it); problems are shown on the review.
pub async fn create(
    State(state): State<AppState>,
    who: Caller,
    Path(id): Path<String>,
    Form(form): Form<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    who.check_csrf(form.get("csrf").map_or("", String::as_str))?;
    let f = ReviewFields::read(&form);
    let p = preview_of(&state, &who, &id, &f).await?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        Instant::now(),
    )?;
    let ids: Vec<String> = p.items.iter().map(|i| i.id.clone()).collect();
    let options = f.options(&who, &ids)?;
    let source = f.provenance()?;
    let draft = state.0.drafts.get(&id, who.user().id)?;
    let bytes = draft.files.iter().map(|f| f.bytes.len() as u64).sum();
    super::quota::take_storage(&state, who.user().id, bytes).await?;
    let st = state.clone();
    let actor = who.actor();
    let done = state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            let dest = Destination {
                out: None,
                publish: Some((ctx, &actor)),
            };
            Ok(imports::import_cut_inputs(
                &draft.files,
                &options,
                source.as_ref(),
                &dest,
            )?)
        })
        .await?;
    if done.published.is_some() {
        state.0.drafts.remove(&id);
        return Ok(Redirect::to(&format!("/designs/{}", done.package.slug)).into_response());
    }
    let lang = super::lang::current();
    let problems = done.problems.iter().map(|d| d.to_string_in(lang)).collect();
    let page = review_page(&id, &p, &f, &who, problems);
    let mut res = Page::new("Review the import", who.nav(), page).render("import-review.html")?;
    *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    Ok(res)
}
