//! Errors of the web app: a use case's [`app::Error`] (or a request the web layer refuses
//! itself) answered as a friendly HTML page ([`WebError`]) or as JSON
//! `{ "error", "status", "problems"?, "hint"? }` ([`ApiError`]). Messages and hints are
//! phrased here in the request's language; the API passes hints on as data. Nothing a user
//! sends reaches a panic.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::app::{self, ErrorKind};
use crate::hint::Hint;
use crate::i18n::{self, Arg, Lang};

/// Why a request failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct WebError(pub app::Error);

impl<E: Into<app::Error>> From<E> for WebError {
    fn from(e: E) -> Self {
        WebError(e.into())
    }
}

impl WebError {
    /// No such page or thing.
    pub fn not_found(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::not_found(message))
    }

    /// The request is malformed.
    pub fn bad_request(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::refused(message))
    }

    /// Log in first.
    pub fn unauthorized(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::new(ErrorKind::Unauthenticated, message))
    }

    /// Not allowed.
    pub fn forbidden(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::forbidden(message))
    }

    /// Too many requests.
    pub fn too_many(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::new(ErrorKind::Limited, message))
    }

    /// Our fault.
    pub fn internal(message: impl Into<app::Wording>) -> WebError {
        WebError(app::Error::internal(message))
    }

    /// The HTTP status of the error.
    pub fn status(&self) -> StatusCode {
        status_of(self.0.kind)
    }

    /// The error's kind.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }
}

/// The HTTP status of a kind of failure.
pub fn status_of(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::NotFound => StatusCode::NOT_FOUND,
        ErrorKind::Invalid => StatusCode::BAD_REQUEST,
        ErrorKind::Unauthenticated => StatusCode::UNAUTHORIZED,
        ErrorKind::Forbidden => StatusCode::FORBIDDEN,
        ErrorKind::Conflict => StatusCode::CONFLICT,
        ErrorKind::Limited => StatusCode::TOO_MANY_REQUESTS,
        ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// A hint in the browser's words: the form fields and pages that act on it, in the
/// request's language.
pub fn phrase(hint: &Hint) -> Option<String> {
    phrase_in(super::lang::current(), hint)
}

/// A hint in the browser's words, in `lang`.
pub fn phrase_in(lang: Lang, hint: &Hint) -> Option<String> {
    let t = |key: &str, args: &[(&str, Arg)]| i18n::tr(lang, key, args);
    Some(match hint {
        Hint::ChooseStock { material, stocks } if !stocks.is_empty() => t(
            "hint-choose-stock",
            &[
                ("material", material.into()),
                ("stocks", stocks.join(", ").into()),
            ],
        ),
        Hint::ChooseStock { .. } => t("hint-choose-another-makerspace", &[]),
        Hint::NameTheMaterial { materials } => t(
            "hint-name-the-material",
            &[("materials", materials.join(", ").into())],
        ),
        Hint::KnownStocks { .. } => return None,
        Hint::ChooseMachine { machines } => t(
            "hint-choose-machine",
            &[("machines", machines.join(", ").into())],
        ),
        Hint::ChooseMakerspace => t("hint-choose-makerspace", &[]),
        Hint::UseFormat { format } => {
            t("hint-use-format", &[("format", format.to_string().into())])
        }
        Hint::ChooseSheet => t("hint-choose-sheet", &[]),
        Hint::SayWhoYouAre => t("hint-log-in", &[]),
        Hint::RaiseVersion { current } => t(
            "hint-raise-version",
            &[("current", current.to_string().into())],
        ),
        Hint::ChooseAnotherSlug { .. } => t("hint-choose-another-slug", &[]),
        Hint::Fork { slug } => t("hint-fork", &[("slug", slug.to_string().into())]),
        Hint::Reload => t("hint-reload", &[]),
        Hint::RetryLater { seconds: Some(s) } => {
            t("hint-retry-in", &[("seconds", Arg::Number(*s as f64))])
        }
        Hint::RetryLater { seconds: None } => t("hint-retry-later", &[]),
        Hint::CreateStore | Hint::AddPeer { .. } => return None,
        Hint::SetLicence => t("hint-set-licence", &[]),
        Hint::ParameterRange { name } => {
            t("hint-parameter-range", &[("name", name.to_string().into())])
        }
    })
}

/// The message in the request's language (English when it chose none). Logs an internal
/// error's detail; people see a generic message.
fn public_message(e: &app::Error) -> String {
    let lang = super::lang::current();
    if e.kind == ErrorKind::Internal {
        eprintln!("barnraise serve: internal error: {}", e.message);
        i18n::tr(lang, "error-internal-message", &[])
    } else {
        e.message_in(lang)
    }
}

/// The error page's context.
#[derive(Serialize)]
struct ErrorPage {
    title: String,
    lang: &'static str,
    languages: Vec<super::lang::LangLink>,
    user: Option<()>,
    q: String,
    status: u16,
    message: String,
    problems: Vec<String>,
    advice: Option<String>,
}

/// An error shown to a person: a friendly HTML page.
impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = self.status();
        let lang = super::lang::current();
        let title = i18n::tr(
            lang,
            match status {
                StatusCode::NOT_FOUND => "error-not-found",
                StatusCode::BAD_REQUEST => "error-bad-request",
                StatusCode::UNAUTHORIZED => "error-unauthorized",
                StatusCode::FORBIDDEN => "error-forbidden",
                StatusCode::CONFLICT => "error-conflict",
                StatusCode::TOO_MANY_REQUESTS => "error-too-many",
                _ => "error-internal",
            },
            &[],
        );
        let e = &self.0;
        let page = ErrorPage {
            title: title.clone(),
            lang: lang.code(),
            languages: super::lang::links(),
            user: None,
            q: String::new(),
            status: status.as_u16(),
            message: if e.problems.is_empty() {
                public_message(e)
            } else {
                i18n::tr(lang, "error-problems", &[])
            },
            problems: e.problems.iter().map(|d| d.to_string_in(lang)).collect(),
            advice: e.hint.as_ref().and_then(phrase),
        };
        match super::render::global().and_then(|t| t.render("error.html", &page)) {
            Ok(html) => (status, axum::response::Html(html)).into_response(),
            Err(_) => (status, format!("{title}: {}", page.message)).into_response(),
        }
    }
}

/// The JSON body of every API error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in the request's language (`?lang=`, the language cookie or
    /// `Accept-Language`; English when the request chose none).
    pub error: String,
    /// The HTTP status.
    pub status: u16,
    /// The message's stable key in the catalogues (`error-no-design`, `error-internal-message`
    /// …), the same whatever the language: match on this and `status`, not on `error`'s words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// Located problems with the input, each with `code` when its message has one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<Object>)]
    pub problems: Vec<crate::model::Diagnostic>,
    /// What the caller can do, as data.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub hint: Option<Hint>,
}

/// An error answered as JSON (API routes).
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl ApiError {
    /// The JSON body.
    pub fn body(&self) -> ErrorBody {
        let e = &(self.0).0;
        ErrorBody {
            error: public_message(e),
            status: self.0.status().as_u16(),
            code: if e.kind == ErrorKind::Internal {
                Some("error-internal-message")
            } else {
                e.code()
            },
            problems: e.problems.clone(),
            hint: e.hint.clone(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0.status(), axum::Json(self.body())).into_response()
    }
}
