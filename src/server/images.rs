//! Images of a design: uploads (PNG or JPEG by content, at most 5 MB; SVG refused),
//! published by a maintainer or proposed by anyone else, and serving them.

use crate::i18n::Message;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::auth::Caller;
use super::error::WebError;
use super::state::AppState;
use crate::app::designs::{self, MAX_IMAGE_BYTES, Publication};

/// `POST /designs/{slug}/images` (multipart: `image` file, `csrf`): adds a PNG or JPEG to
/// the design as a new patch version.
pub async fn upload(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let (mut csrf, mut file, mut name) = (String::new(), None, String::new());
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        WebError::bad_request(Message::new("error-upload").arg("reason", e.to_string()))
    })? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("image") => {
                name = field.file_name().unwrap_or("image").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    WebError::bad_request(
                        Message::new("error-image-upload-failed")
                            .arg("reason", e.to_string())
                            .arg("mb", MAX_IMAGE_BYTES / 1024 / 1024),
                    )
                })?;
                file = Some(bytes);
            }
            _ => {}
        }
    }
    who.check_csrf(&csrf)?;
    let bytes = file.ok_or_else(|| WebError::bad_request(Message::new("error-choose-image")))?;
    // A refused file does not count against the quota.
    designs::check_image(&bytes)?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Upload,
        std::time::Instant::now(),
    )?;
    super::quota::take_storage(&state, who.user().id, bytes.len() as u64).await?;
    let st = state.clone();
    let actor = who.actor();
    let done = state
        .with_store(move |store| {
            Ok(designs::add_image(
                &st.ctx(store),
                &actor,
                &slug,
                &name,
                &bytes,
            )?)
        })
        .await?;
    Ok(match done {
        Publication::Published(p) => Redirect::to(&format!("/designs/{}", p.slug)).into_response(),
        Publication::Proposed(p) => Redirect::to(&format!("/proposals/{}", p.id)).into_response(),
    })
}

/// `GET /designs/{slug}/images/{name}`: an image of the design.
pub async fn image(
    State(state): State<AppState>,
    Path((slug, name)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let (bytes, ctype) = state
        .with_store(move |store| Ok(designs::image(store, &slug, &name)?))
        .await?;
    Ok(super::files::stored_picture(bytes, ctype))
}
