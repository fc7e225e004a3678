//! Updates from peers on the design page: the maintainers see each pending update and accept
//! or refuse it (POST with the CSRF token), through `app::peers`.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{Caller, MaybeCaller};
use super::error::WebError;
use super::state::AppState;
use crate::app::peers;
use crate::store::PendingUpdate;

/// The pending updates of `slug` the viewer may decide on (none for anyone else).
pub async fn pending_of(
    state: &AppState,
    who: &MaybeCaller,
    slug: &str,
) -> Result<Vec<PendingUpdate>, WebError> {
    let Some(actor) = who.0.as_ref().map(Caller::actor) else {
        return Ok(Vec::new());
    };
    let slug = super::request::slug(slug)?;
    let st = state.clone();
    state
        .with_store(move |store| Ok(peers::pending_for(&st.ctx(store), Some(&actor), &slug)?))
        .await
}

/// The decision form: its CSRF token.
#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    csrf: String,
}

async fn decide(
    state: AppState,
    who: Caller,
    slug: String,
    peer: String,
    accept: bool,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let actor = who.actor();
    let st = state.clone();
    let to = format!("/designs/{slug}");
    state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            if accept {
                peers::accept(&ctx, &actor, &peer, &slug)?;
            } else {
                peers::refuse(&ctx, &actor, &peer, &slug)?;
            }
            Ok(())
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

/// `POST /designs/{slug}/peer-updates/{peer}/accept`: the peer's version goes on `main`.
pub async fn accept(
    State(state): State<AppState>,
    who: Caller,
    Path((slug, peer)): Path<(String, String)>,
    Form(f): Form<DecideForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    decide(state, who, slug, peer, true).await
}

/// `POST /designs/{slug}/peer-updates/{peer}/refuse`: the update is dropped and not offered
/// again.
pub async fn refuse(
    State(state): State<AppState>,
    who: Caller,
    Path((slug, peer)): Path<(String, String)>,
    Form(f): Form<DecideForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    decide(state, who, slug, peer, false).await
}
