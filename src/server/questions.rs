//! Questions and answers on the design page: asking, answering and hiding spam, each a form
//! posted with the session's CSRF token (the rate limit and the length bound are the use
//! case's, `app::questions`).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{Caller, MaybeCaller};
use super::error::WebError;
use super::state::AppState;
use crate::app::questions::{self, Questions};

/// An ask or answer form.
#[derive(Debug, Deserialize)]
pub struct PostForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    csrf: String,
}

/// A hide or show form.
#[derive(Debug, Deserialize)]
pub struct ModerateForm {
    #[serde(default)]
    csrf: String,
}

/// The questions on `slug`'s page as `who` sees them.
pub async fn of_design(
    state: &AppState,
    who: &MaybeCaller,
    slug: &str,
) -> Result<Questions, WebError> {
    let slug = super::request::slug(slug)?;
    let st = state.clone();
    let viewer = who.0.as_ref().map(Caller::actor);
    state
        .with_store(move |store| Ok(questions::list(&st.ctx(store), viewer.as_ref(), &slug)?))
        .await
}

fn back(slug: &str, id: i64) -> Response {
    Redirect::to(&format!("/designs/{slug}#question-{id}")).into_response()
}

/// `POST /designs/{slug}/questions`: asks a question.
pub async fn ask(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Form(f): Form<PostForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let slug = super::request::slug(&slug)?;
    let (st, actor, s2) = (state.clone(), who.actor(), slug.clone());
    let post = state
        .with_store(move |store| Ok(questions::ask(&st.ctx(store), &actor, &s2, &f.body)?))
        .await?;
    Ok(back(&slug, post.id))
}

/// `POST /designs/{slug}/questions/{id}/answers`: answers question `id`.
pub async fn answer(
    State(state): State<AppState>,
    who: Caller,
    Path((slug, id)): Path<(String, i64)>,
    Form(f): Form<PostForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let slug = super::request::slug(&slug)?;
    let (st, actor, s2) = (state.clone(), who.actor(), slug.clone());
    state
        .with_store(move |store| Ok(questions::answer(&st.ctx(store), &actor, &s2, id, &f.body)?))
        .await?;
    Ok(back(&slug, id))
}

async fn set_hidden(
    state: AppState,
    who: Caller,
    slug: String,
    id: i64,
    csrf: &str,
    hide: bool,
) -> Result<Response, WebError> {
    who.check_csrf(csrf)?;
    let slug = super::request::slug(&slug)?;
    let (st, actor, s2) = (state.clone(), who.actor(), slug.clone());
    let post = state
        .with_store(move |store| {
            Ok(questions::set_hidden(
                &st.ctx(store),
                &actor,
                &s2,
                id,
                hide,
            )?)
        })
        .await?;
    Ok(back(&slug, post.question.unwrap_or(post.id)))
}

/// `POST /designs/{slug}/questions/{id}/hide`: hides a question or answer as spam.
pub async fn hide(
    State(state): State<AppState>,
    who: Caller,
    Path((slug, id)): Path<(String, i64)>,
    Form(f): Form<ModerateForm>,
) -> Result<Response, WebError> {
    set_hidden(state, who, slug, id, &f.csrf, true).await
}

/// `POST /designs/{slug}/questions/{id}/show`: shows a hidden question or answer again.
pub async fn show(
    State(state): State<AppState>,
    who: Caller,
    Path((slug, id)): Path<(String, i64)>,
    Form(f): Form<ModerateForm>,
) -> Result<Response, WebError> {
    set_hidden(state, who, slug, id, &f.csrf, false).await
}
