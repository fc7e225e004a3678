//! Accounts: sign up, log in and out, the account page and API tokens.

use crate::i18n::Message;
use std::collections::BTreeMap;

use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::auth::{
    Caller, Client, FormToken, cookie, logged_in, session_cookie, set_cookie, with_form_token,
};
use super::error::WebError;
use super::render::Page;
use super::state::{AppState, blocking};
use super::views::ProposalView;
use crate::app::{self, ErrorKind};

/// What a sign-up or log-in form shows again after a problem.
#[derive(Debug, Default, Serialize)]
struct FormValues {
    username: String,
    display_name: String,
    email: String,
}

/// The sign-up and log-in pages.
#[derive(Serialize)]
struct CredentialsPage {
    values: FormValues,
    error: Option<String>,
    form_token: String,
}

fn credentials_page(
    state: &AppState,
    token: &FormToken,
    template: &str,
    title: &str,
    values: FormValues,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let mut res = with_form_token(state, token, |t| {
        Page::new(
            title,
            None,
            CredentialsPage {
                values,
                error,
                form_token: t.to_string(),
            },
        )
        .render(template)
    })?;
    *res.status_mut() = status;
    Ok(res)
}

/// `GET /signup`.
pub async fn signup_form(
    State(state): State<AppState>,
    token: FormToken,
) -> Result<Response, WebError> {
    credentials_page(
        &state,
        &token,
        "signup.html",
        &super::lang::t("title-signup"),
        FormValues::default(),
        None,
        StatusCode::OK,
    )
}

/// Sign-up form fields.
#[derive(Debug, Deserialize)]
pub struct SignupForm {
    username: String,
    #[serde(default)]
    display_name: String,
    email: String,
    password: String,
    #[serde(default)]
    form_token: String,
}

/// `POST /signup`: creates the account and logs in.
pub async fn signup(
    State(state): State<AppState>,
    token: FormToken,
    client: Client,
    Form(f): Form<SignupForm>,
) -> Result<Response, WebError> {
    token.check(&f.form_token)?;
    let values = FormValues {
        username: f.username.clone(),
        display_name: f.display_name.clone(),
        email: f.email.clone(),
    };
    let accounts = state.accounts();
    let permit = state.hash_permit().await?;
    let now = state.now();
    let s = app::accounts::SignUp {
        username: f.username,
        display_name: f.display_name,
        email: f.email,
        password: f.password,
    };
    let result = blocking(move || {
        let _permit = permit;
        Ok::<_, WebError>(app::accounts::sign_up(&accounts, &s, &client.0, now))
    })
    .await?;
    match result {
        Ok((_, session)) => Ok(logged_in(&state, &session.token)),
        Err(e) if matches!(e.kind, ErrorKind::Invalid | ErrorKind::Conflict) => credentials_page(
            &state,
            &token,
            "signup.html",
            &super::lang::t("title-signup"),
            values,
            Some(e.message_in(super::lang::current())),
            StatusCode::BAD_REQUEST,
        ),
        Err(e) => Err(e.into()),
    }
}

/// `GET /login`.
pub async fn login_form(
    State(state): State<AppState>,
    token: FormToken,
) -> Result<Response, WebError> {
    credentials_page(
        &state,
        &token,
        "login.html",
        &super::lang::t("title-login"),
        FormValues::default(),
        None,
        StatusCode::OK,
    )
}

/// Log-in form fields.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    #[serde(default)]
    form_token: String,
}

/// `POST /login` (rate-limited per username and per client).
pub async fn login(
    State(state): State<AppState>,
    token: FormToken,
    client: Client,
    Form(f): Form<LoginForm>,
) -> Result<Response, WebError> {
    token.check(&f.form_token)?;
    let accounts = state.accounts();
    let username = f.username.clone();
    let permit = state.hash_permit().await?;
    let now = state.now();
    let result = blocking(move || {
        let _permit = permit;
        Ok::<_, WebError>(app::accounts::log_in(
            &accounts,
            &f.username,
            &f.password,
            &client.0,
            now,
        ))
    })
    .await?;
    let values = FormValues {
        username,
        ..FormValues::default()
    };
    match result {
        Ok(session) => Ok(logged_in(&state, &session.token)),
        Err(e) if e.kind == ErrorKind::Limited => credentials_page(
            &state,
            &token,
            "login.html",
            &super::lang::t("title-login"),
            values,
            Some(super::lang::t("error-log-in-limited")),
            StatusCode::TOO_MANY_REQUESTS,
        ),
        Err(e) if e.kind == ErrorKind::Unauthenticated => credentials_page(
            &state,
            &token,
            "login.html",
            &super::lang::t("title-login"),
            values,
            Some(super::lang::t("error-log-in-wrong")),
            StatusCode::UNAUTHORIZED,
        ),
        Err(e) => Err(e.into()),
    }
}

/// CSRF-only form.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    who: Caller,
    headers: axum::http::HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    if let Some(token) = cookie(&headers, session_cookie(state.secure_cookies())) {
        let accounts = state.accounts();
        blocking(move || app::accounts::log_out(&accounts, &token)).await?;
    }
    Ok(logged_out(&state))
}

/// Home, with the session cookie cleared.
fn logged_out(state: &AppState) -> Response {
    let mut res = Redirect::to("/").into_response();
    set_cookie(
        &mut res,
        state.secure_cookies(),
        session_cookie(state.secure_cookies()),
        "",
        0,
    );
    res
}

/// An API token as listed.
#[derive(Serialize)]
struct TokenRow {
    id: i64,
    name: String,
    created_at: i64,
    expires_at: Option<i64>,
}

/// The account page.
#[derive(Serialize)]
struct AccountPage {
    username: String,
    display_name: String,
    email: String,
    designs: Vec<String>,
    reviews: Vec<ProposalView>,
    tokens: Vec<TokenRow>,
}

/// `GET /account`: your designs, proposals to review, API tokens.
pub async fn account(State(state): State<AppState>, who: Caller) -> Result<Response, WebError> {
    let actor = who.actor();
    let st = state.clone();
    let (overview, reviews) = state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            let accounts = st.accounts();
            Ok((
                app::accounts::overview(&accounts, &actor)?,
                app::proposals::to_review(&ctx, &actor)?,
            ))
        })
        .await?;
    let u = who.user();
    let page = AccountPage {
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        email: u.email.clone(),
        designs: overview.designs,
        reviews: reviews.iter().map(ProposalView::from).collect(),
        tokens: overview
            .tokens
            .iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name.clone(),
                created_at: t.created_at,
                expires_at: t.expires_at,
            })
            .collect(),
    };
    Page::new("Your account", who.nav(), page).render("account.html")
}

/// The new token page.
#[derive(Serialize)]
struct TokenPage {
    token: String,
}

/// `POST /account/tokens`: a new API token, shown once.
pub async fn new_token(
    State(state): State<AppState>,
    who: Caller,
    Form(f): Form<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    who.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    let name = f.get("name").cloned().unwrap_or_else(|| "script".into());
    let accounts = state.accounts();
    let actor = who.actor();
    let now = state.now();
    let token = blocking(move || app::accounts::new_token(&accounts, &actor, &name, now)).await?;
    Page::new("New API token", who.nav(), TokenPage { token }).render("token.html")
}

/// Password form fields.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    current: String,
    new: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /account/password`: a new password; every session ends, this browser gets a new one.
pub async fn change_password(
    State(state): State<AppState>,
    who: Caller,
    Form(f): Form<PasswordForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let accounts = state.accounts();
    let permit = state.hash_permit().await?;
    let actor = who.actor();
    let now = state.now();
    let session = blocking(move || {
        let _permit = permit;
        app::accounts::change_password(&accounts, &actor, &f.current, &f.new, now)
    })
    .await
    .map_err(|e| match e.kind() {
        ErrorKind::Unauthenticated => {
            WebError::forbidden(Message::new("error-current-password-wrong"))
        }
        _ => e,
    })?;
    Ok(logged_in(&state, &session.token))
}

/// `POST /account/logout-everywhere`: ends every session of the account.
pub async fn logout_everywhere(
    State(state): State<AppState>,
    who: Caller,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let accounts = state.accounts();
    let actor = who.actor();
    blocking(move || app::accounts::log_out_everywhere(&accounts, &actor)).await?;
    Ok(logged_out(&state))
}

/// `POST /account/tokens/{id}/revoke`.
pub async fn revoke_token(
    State(state): State<AppState>,
    who: Caller,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let accounts = state.accounts();
    let actor = who.actor();
    blocking(move || app::accounts::revoke_token(&accounts, &actor, id)).await?;
    Ok(Redirect::to("/account").into_response())
}
