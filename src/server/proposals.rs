//! Proposals: the page comparing a proposed design.toml with the current one, and the
//! maintainers' accept and refuse.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::auth::{Caller, MaybeCaller};
use super::error::WebError;
use super::render::Page;
use super::state::AppState;
use super::views::ProposalView;
use crate::app::proposals::{self, DiffLine};

/// The proposal page.
#[derive(Serialize)]
struct ProposalPage {
    proposal: ProposalView,
    proposer: String,
    commit: String,
    diff: Vec<DiffLine>,
    may_decide: bool,
}

/// `GET /proposals/{id}`: the proposed design.toml beside the current one; maintainers may
/// accept or refuse.
pub async fn show(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let viewer = who.0.as_ref().map(Caller::actor);
    let st = state.clone();
    let v = state
        .with_store(move |store| Ok(proposals::view(&st.ctx(store), viewer.as_ref(), id)?))
        .await?;
    let page = ProposalPage {
        proposal: ProposalView::from(&v.proposal),
        proposer: v.proposer.unwrap_or_else(|| "a former account".into()),
        commit: v.commit,
        diff: v.diff,
        may_decide: v.may_decide,
    };
    Page::new(
        format!("Proposal: {}", page.proposal.title),
        who.nav(),
        page,
    )
    .render("proposal.html")
}

/// Decision form fields.
#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    csrf: String,
}

/// Accepts (`accept`) or refuses proposal `id` for `who`.
pub async fn decide_for(
    state: &AppState,
    who: &Caller,
    id: i64,
    accept: bool,
    reason: String,
) -> Result<ProposalView, WebError> {
    let st = state.clone();
    let actor = who.actor();
    state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            let p = if accept {
                proposals::accept(&ctx, &actor, id)?
            } else {
                proposals::refuse(&ctx, &actor, id, &reason)?
            };
            Ok(ProposalView::from(&p))
        })
        .await
}

/// `POST /proposals/{id}/accept`: publishes the proposal (the proposer is the author).
pub async fn accept(
    State(state): State<AppState>,
    who: Caller,
    Path(id): Path<i64>,
    Form(f): Form<DecideForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    decide_for(&state, &who, id, true, String::new()).await?;
    Ok(Redirect::to(&format!("/proposals/{id}")).into_response())
}

/// `POST /proposals/{id}/refuse`.
pub async fn refuse(
    State(state): State<AppState>,
    who: Caller,
    Path(id): Path<i64>,
    Form(f): Form<DecideForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    decide_for(&state, &who, id, false, f.reason).await?;
    Ok(Redirect::to(&format!("/proposals/{id}")).into_response())
}
