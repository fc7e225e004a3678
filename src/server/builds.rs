//! Build logs in the browser: the "I built this" form (prefilled from an export job when the
//! job page leads here, which makes the build verified), posting it with photos, and the
//! photos of builds.

use crate::i18n::Message;
use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::auth::Caller;
use super::error::WebError;
use super::render::Page;
use super::state::AppState;
use crate::app::builds::{self, BuildInput};
use crate::model::Outcome;

/// Most photos one browser form carries (the request stays under [`MAX_FORM_BYTES`]).
pub const MAX_FORM_PHOTOS: usize = 4;
/// The largest "I built this" form: its photos and fields.
pub const MAX_FORM_BYTES: usize =
    MAX_FORM_PHOTOS * crate::app::designs::MAX_IMAGE_BYTES + 64 * 1024;

/// The export a form is prefilled from.
#[derive(Serialize)]
struct FromJob {
    id: String,
    title: String,
    makerspace: Option<String>,
    machine: Option<String>,
    revision: Option<String>,
}

#[derive(Serialize)]
struct BuildForm {
    slug: String,
    name: String,
    today: String,
    outcomes: Vec<&'static str>,
    makerspaces: Vec<(String, String)>,
    job: Option<FromJob>,
    /// Why the job a link named is not used (it is no longer kept, or is of another design).
    job_gone: Option<String>,
    /// The revision the cut files were made at, from a build sheet's link.
    revision: Option<String>,
    max_photos: usize,
}

/// `GET /designs/{slug}/builds/new[?job=ID]`: the "I built this" form.
pub async fn new_form(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    // A printed build sheet's code may be scanned after its job was pruned: the form is still
    // shown, and the export's manifest.json can be uploaded instead.
    let (job, job_gone) = match q.get("job").filter(|j| !j.is_empty()) {
        Some(id) => match job_for(&state, &slug, id).await {
            Ok(j) => (Some(j), None),
            Err(e) => (None, Some(e.0.message_in(super::lang::current()))),
        },
        None => (None, None),
    };
    let revision = q
        .get("revision")
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty() && r.len() <= 64 && r.chars().all(|c| c.is_ascii_hexdigit()));
    let st = state.clone();
    let s2 = slug.clone();
    let (name, makerspaces) = state
        .with_store(move |store| {
            let d = crate::app::designs::read(store, &s2, None)?;
            let spaces = st
                .makerspaces(store)?
                .iter()
                .map(|(s, m)| (s.clone(), m.name.clone()))
                .collect();
            Ok((d.design.name, spaces))
        })
        .await?;
    let job = job.map(|(status, _)| FromJob {
        id: status.id.clone(),
        title: status.title.clone(),
        makerspace: field(&status.manifest, "makerspace"),
        machine: status
            .manifest
            .as_ref()
            .and_then(|m| m["machine"]["id"].as_str().map(str::to_string)),
        revision: field(&status.manifest, "revision"),
    });
    Page::new(
        format!("I built {name}"),
        who.nav(),
        BuildForm {
            slug: slug.to_string(),
            name,
            today: crate::time::date(state.now()),
            outcomes: Outcome::ALL.iter().map(|o| o.as_str()).collect(),
            makerspaces,
            job,
            job_gone,
            revision,
            max_photos: MAX_FORM_PHOTOS,
        },
    )
    .render("build-new.html")
}

fn field(manifest: &Option<serde_json::Value>, key: &str) -> Option<String> {
    manifest
        .as_ref()
        .and_then(|m| m[key].as_str().map(str::to_string))
}

/// A finished export job of `slug` and its manifest's bytes.
async fn job_for(
    state: &AppState,
    slug: &str,
    id: &str,
) -> Result<(super::jobs::JobStatus, Vec<u8>), WebError> {
    let status = super::exports::status(state, id).await?;
    if status.slug != slug {
        return Err(WebError::bad_request(
            Message::new("error-job-of-another-design")
                .arg("id", id)
                .arg("job_slug", &status.slug)
                .arg("slug", slug),
        ));
    }
    let manifest = status.manifest.as_ref().ok_or_else(|| {
        WebError::bad_request(Message::new("error-job-not-cut-yet").arg("id", id))
    })?;
    let bytes = serde_json::to_vec(manifest).map_err(|e| WebError::internal(e.to_string()))?;
    Ok((status, bytes))
}

/// The form's fields as a build log's TOML (blank fields left out; numbers that do not read
/// as numbers kept as text, so the log's check names the field).
fn log_text(fields: &BTreeMap<String, String>) -> String {
    let mut doc = toml_edit::DocumentMut::new();
    const TEXT: &[&str] = &[
        "date",
        "revision",
        "outcome",
        "makerspace",
        "place",
        "country",
        "machine",
        "material",
        "currency",
        "changes",
        "notes",
    ];
    const NUMBERS: &[&str] = &["thickness", "hours", "cost"];
    for key in TEXT {
        if let Some(v) = fields.get(*key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            let v = if *key == "country" || *key == "currency" {
                v.to_uppercase()
            } else {
                v.replace("\r\n", "\n")
            };
            doc[key] = toml_edit::value(v);
        }
    }
    for key in NUMBERS {
        if let Some(v) = fields.get(*key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            doc[key] = match v.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => toml_edit::value(n),
                _ => toml_edit::value(v),
            };
        }
    }
    doc.to_string()
}

/// `POST /designs/{slug}/builds` (multipart: `csrf`, the log's fields, `photo` files, and
/// `job` when the build was cut from an export job's files): logs the build.
pub async fn add(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let mut fields = BTreeMap::new();
    let mut photos = Vec::new();
    let mut uploaded_manifest = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        WebError::bad_request(Message::new("error-form").arg("reason", e.to_string()))
    })? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "photo" {
            let file = field.file_name().unwrap_or_default().to_string();
            let bytes = field.bytes().await.map_err(|e| {
                WebError::bad_request(
                    Message::new("error-photo-upload-failed")
                        .arg("reason", e.to_string())
                        .arg("count", MAX_FORM_PHOTOS)
                        .arg("mb", crate::app::designs::MAX_IMAGE_BYTES / 1024 / 1024),
                )
            })?;
            // An empty file input sends an empty part with no file name.
            if bytes.is_empty() && file.is_empty() {
                continue;
            }
            if photos.len() >= MAX_FORM_PHOTOS {
                return Err(WebError::bad_request(
                    Message::new("error-too-many-photos").arg("count", MAX_FORM_PHOTOS),
                ));
            }
            photos.push((file, bytes.to_vec()));
        } else if name == "manifest" {
            let bytes = field.bytes().await.map_err(|e| {
                WebError::bad_request(
                    Message::new("error-manifest-upload-failed").arg("reason", e.to_string()),
                )
            })?;
            if bytes.len() > builds::MAX_EXPORT_MANIFEST_BYTES {
                return Err(WebError::bad_request(
                    Message::new("error-manifest-upload-too-large")
                        .arg("kb", builds::MAX_EXPORT_MANIFEST_BYTES / 1024),
                ));
            }
            if !bytes.is_empty() {
                uploaded_manifest = Some(bytes.to_vec());
            }
        } else {
            let text = field.text().await.unwrap_or_default();
            if text.len() > 20_000 {
                return Err(WebError::bad_request(
                    Message::new("error-field-too-long").arg("field", &name),
                ));
            }
            fields.insert(name, text);
        }
    }
    who.check_csrf(fields.get("csrf").map_or("", String::as_str))?;
    let manifest = match fields.get("job").filter(|j| !j.is_empty()) {
        Some(id) => Some(job_for(&state, &slug, id).await?.1),
        None => uploaded_manifest,
    };
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let input = BuildInput {
        text: log_text(&fields),
        source: Some("the form".into()),
        photos,
        manifest,
    };
    let st = state.clone();
    let actor = who.actor();
    let s2 = slug.clone();
    state
        .with_store(move |store| Ok(builds::log_build(&st.ctx(store), &actor, &s2, input)?))
        .await?;
    Ok(Redirect::to(&format!("/designs/{slug}#builds")).into_response())
}

/// `GET /designs/{slug}/builds/{id}/{name}`: a photo of a build.
pub async fn photo(
    State(state): State<AppState>,
    Path((slug, id, name)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let (bytes, ctype) = state
        .with_store(move |store| Ok(builds::photo(store, &slug, &id, &name)?))
        .await?;
    Ok(super::files::stored_picture(bytes, ctype))
}
