//! Who is asking: a session cookie (HttpOnly, SameSite=Lax) or an `Authorization: Bearer`
//! API token, as extractors ([`MaybeCaller`], [`Caller`] which answers 401 as a page,
//! [`ApiCaller`] which answers 401 as JSON). Forms that change something carry a CSRF token:
//! the session's, or for forms anyone may send (log-in, sign-up, exports) a double-submit
//! cookie ([`FormToken`]). The client's address for limits ([`Client`]).

use crate::i18n::Message;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::error::{ApiError, WebError};
use super::state::AppState;
use crate::accounts::{SessionInfo, User};
use crate::app::Actor;

/// Session cookie name (on an http site; see [`session_cookie`]).
pub const SESSION_COOKIE: &str = "barnraise_session";
/// Double-submit CSRF cookie for forms anyone may send (on an http site).
pub const FORM_COOKIE: &str = "barnraise_form";

/// The session cookie's name: `__Host-` prefixed on https sites, so the browser only takes
/// it from this host, over https, for the whole site.
pub fn session_cookie(secure: bool) -> &'static str {
    if secure {
        "__Host-barnraise_session"
    } else {
        SESSION_COOKIE
    }
}

/// The form token cookie's name (see [`session_cookie`]).
pub fn form_cookie(secure: bool) -> &'static str {
    if secure {
        "__Host-barnraise_form"
    } else {
        FORM_COOKIE
    }
}

/// The value of cookie `name`, if sent.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Adds a cookie to a response (HttpOnly, SameSite=Lax, Secure on https sites).
pub fn set_cookie(res: &mut Response, secure: bool, name: &str, value: &str, max_age: i64) {
    let secure = if secure { "; Secure" } else { "" };
    let c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
    if let Ok(v) = HeaderValue::from_str(&c) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// A random token (128 bits, hex).
pub fn random_hex() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    let a: u64 = rng.random();
    let b: u64 = rng.random();
    format!("{a:016x}{b:016x}")
}

/// Who is asking.
#[derive(Debug, Clone)]
pub enum Caller {
    /// A browser session (forms must carry its CSRF token).
    Session(SessionInfo),
    /// A script with an API token (no CSRF: the token is not sent automatically).
    Token(User),
}

const OUT_OF_DATE: &str = "error-form-out-of-date";

impl Caller {
    /// The user.
    pub fn user(&self) -> &User {
        match self {
            Caller::Session(s) => &s.user,
            Caller::Token(u) => u,
        }
    }

    /// The caller as a use case's actor.
    pub fn actor(&self) -> Actor {
        Actor::Member(self.user().clone())
    }

    /// Checks a form's CSRF token (API tokens need none).
    pub fn check_csrf(&self, submitted: &str) -> Result<(), WebError> {
        match self {
            Caller::Session(s) if !s.check_csrf(submitted) => {
                Err(WebError::forbidden(Message::new(OUT_OF_DATE)))
            }
            _ => Ok(()),
        }
    }

    /// The navigation's view of the caller.
    pub fn nav(&self) -> Option<UserNav> {
        match self {
            Caller::Session(s) => Some(UserNav {
                username: s.user.username.clone(),
                csrf: s.csrf.clone(),
            }),
            Caller::Token(_) => None,
        }
    }
}

/// The logged-in user as pages show it: for the navigation and every form's CSRF field.
#[derive(Debug, Clone, Serialize)]
pub struct UserNav {
    /// Username.
    pub username: String,
    /// The session's CSRF token.
    pub csrf: String,
}

/// Finds the caller from the request's headers.
async fn find_caller(state: &AppState, headers: &HeaderMap) -> Result<Option<Caller>, WebError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let session = cookie(headers, session_cookie(state.secure_cookies()));
    if bearer.is_none() && session.is_none() {
        return Ok(None);
    }
    let accounts = state.accounts();
    let now = state.now();
    super::state::blocking(move || -> Result<Option<Caller>, WebError> {
        if let Some(t) = bearer {
            return Ok(accounts.user_for_api_token(&t, now)?.map(Caller::Token));
        }
        match session {
            Some(s) => Ok(accounts.session(&s, now)?.map(Caller::Session)),
            None => Ok(None),
        }
    })
    .await
}

/// The caller if logged in or holding a valid API token.
pub struct MaybeCaller(pub Option<Caller>);

impl MaybeCaller {
    /// The navigation's view.
    pub fn nav(&self) -> Option<UserNav> {
        self.0.as_ref().and_then(Caller::nav)
    }
}

impl<S> FromRequestParts<S> for MaybeCaller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        Ok(MaybeCaller(find_caller(&state, &parts.headers).await?))
    }
}

const LOG_IN: &str = "error-log-in-to-change";

impl<S> FromRequestParts<S> for Caller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        find_caller(&state, &parts.headers)
            .await?
            .ok_or_else(|| WebError::unauthorized(Message::new(LOG_IN)))
    }
}

/// A caller for the API: 401 answered as JSON, before any request body is read.
pub struct ApiCaller(pub Caller);

impl<S> FromRequestParts<S> for ApiCaller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        match find_caller(&state, &parts.headers).await? {
            Some(c) => Ok(ApiCaller(c)),
            None => Err(WebError::unauthorized(Message::new(LOG_IN)).into()),
        }
    }
}

/// A script writing through the API: an API token, checked (401, or 403 for a browser
/// session, which must use the site's forms with their CSRF token) before any body is read.
pub struct ApiWriter(pub Caller);

impl<S> FromRequestParts<S> for ApiWriter
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ApiCaller(c) = ApiCaller::from_request_parts(parts, state).await?;
        match c {
            Caller::Token(_) => Ok(ApiWriter(c)),
            Caller::Session(_) => {
                Err(WebError::forbidden(Message::new("error-api-writes-need-token")).into())
            }
        }
    }
}

/// An API caller, if any (anonymous calls allowed).
pub struct ApiMaybeCaller(pub Option<Caller>);

impl<S> FromRequestParts<S> for ApiMaybeCaller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        Ok(ApiMaybeCaller(find_caller(&state, &parts.headers).await?))
    }
}

/// The double-submit token cookie of forms anyone may send.
pub struct FormToken(pub Option<String>);

impl FormToken {
    /// Checks the token a form carried against the cookie.
    pub fn check(&self, submitted: &str) -> Result<(), WebError> {
        match &self.0 {
            Some(c) if !submitted.is_empty() && c == submitted => Ok(()),
            _ => Err(WebError::forbidden(Message::new(OUT_OF_DATE))),
        }
    }
}

impl<S> FromRequestParts<S> for FormToken
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let secure = AppState::from_ref(state).secure_cookies();
        Ok(FormToken(cookie(&parts.headers, form_cookie(secure))))
    }
}

/// A page response with a fresh double-submit token: the cookie set, the token returned for
/// the form's hidden field. The token is reused when the browser already has one.
pub fn with_form_token(
    state: &AppState,
    existing: &FormToken,
    make: impl FnOnce(&str) -> Result<Response, WebError>,
) -> Result<Response, WebError> {
    let token = existing.0.clone().unwrap_or_else(random_hex);
    let mut res = make(&token)?;
    set_cookie(
        &mut res,
        state.secure_cookies(),
        form_cookie(state.secure_cookies()),
        &token,
        3600 * 12,
    );
    Ok(res)
}

/// The client, for limits per client: the peer's IP address, IPv6 addresses by their /64
/// (one household or phone is one client). `X-Forwarded-For` is not trusted: anyone can
/// send it; behind a proxy every client shares the proxy's limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client(pub String);

/// The client key of an address.
pub fn client_key(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Client(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map_or_else(|| "local".into(), |c| client_key(c.0.ip())),
        ))
    }
}

/// A redirect that sets the session cookie (after sign-up or log-in).
pub fn logged_in(state: &AppState, token: &str) -> Response {
    let mut res = axum::response::Redirect::to("/account").into_response();
    set_cookie(
        &mut res,
        state.secure_cookies(),
        session_cookie(state.secure_cookies()),
        token,
        crate::accounts::SESSION_SECS,
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; barnraise_session=xyz; b=2"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let a: std::net::IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let b: std::net::IpAddr = "2001:db8:1:2:ffff::9".parse().expect("ip");
        assert_eq!(client_key(a), client_key(b));
        let v4: std::net::IpAddr = "::ffff:192.0.2.7".parse().expect("ip");
        assert_eq!(client_key(v4), "192.0.2.7");
    }
}
