//! Errors of the web app: a use case's [`app::Error`] (or a request the web layer refuses
//! itself) answered as a friendly HTML page ([`WebError`]) or as JSON
//! `{ "error", "status", "problems"?, "hint"? }` ([`ApiError`]). Hints are phrased for the
//! browser here; the API passes them on as data. Nothing a user sends reaches a panic.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::app::{self, ErrorKind};
use crate::hint::Hint;

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
    pub fn not_found(message: impl Into<String>) -> WebError {
        WebError(app::Error::not_found(message))
    }

    /// The request is malformed.
    pub fn bad_request(message: impl Into<String>) -> WebError {
        WebError(app::Error::refused(message))
    }

    /// Log in first.
    pub fn unauthorized(message: impl Into<String>) -> WebError {
        WebError(app::Error::new(ErrorKind::Unauthenticated, message))
    }

    /// Not allowed.
    pub fn forbidden(message: impl Into<String>) -> WebError {
        WebError(app::Error::forbidden(message))
    }

    /// Too many requests.
    pub fn too_many(message: impl Into<String>) -> WebError {
        WebError(app::Error::new(ErrorKind::Limited, message))
    }

    /// Our fault.
    pub fn internal(message: impl Into<String>) -> WebError {
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

/// A hint in the browser's words: the form fields and pages that act on it.
pub fn phrase(hint: &Hint) -> Option<String> {
    Some(match hint {
        Hint::ChooseStock { material, stocks } if !stocks.is_empty() => format!(
            "If a substitute will do, choose one for {material} in the export form's stock list ({})",
            stocks.join(", ")
        ),
        Hint::ChooseStock { .. } => {
            "Choose another makerspace, or none for the default machine".into()
        }
        Hint::NameTheMaterial { materials } => {
            format!(
                "Choose a stock for each material ({})",
                materials.join(", ")
            )
        }
        Hint::KnownStocks { .. } => return None,
        Hint::ChooseMachine { machines } => {
            format!("Choose one of its machines ({})", machines.join(", "))
        }
        Hint::ChooseMakerspace => "Choose the makerspace the machine belongs to".into(),
        Hint::UseFormat { format } => format!("Choose the {format} files instead"),
        Hint::ChooseSheet => "Choose a smaller sheet, or another machine".into(),
        Hint::SayWhoYouAre => "Log in first".into(),
        Hint::RaiseVersion { current } => {
            format!("Raise 'version' in design.toml above {current}")
        }
        Hint::ChooseAnotherSlug { .. } => "Choose another slug".into(),
        Hint::Fork { slug } => format!("Fork '{slug}' to change it under a new name"),
        Hint::Reload => "Reload the page and try again".into(),
        Hint::RetryLater { seconds: Some(s) } => format!("Try again in {s} s"),
        Hint::RetryLater { seconds: None } => "Try again in a moment".into(),
        Hint::CreateStore | Hint::AddPeer { .. } => return None,
        Hint::SetLicence => "Give the design a licence (an SPDX id)".into(),
        Hint::ParameterRange { name } => format!("Give {name} a value within its bounds"),
    })
}

/// Logs an internal error's detail; people see a generic message.
fn public_message(e: &app::Error) -> String {
    if e.kind == ErrorKind::Internal {
        eprintln!("barnraise serve: internal error: {}", e.message);
        "Something went wrong on our side; it has been logged. Please try again, or tell the people who run this site.".into()
    } else {
        e.message.clone()
    }
}

/// The error page's context.
#[derive(Serialize)]
struct ErrorPage {
    title: &'static str,
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
        let title = match status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::BAD_REQUEST => "That did not work",
            StatusCode::UNAUTHORIZED => "Please log in",
            StatusCode::FORBIDDEN => "Not allowed",
            StatusCode::CONFLICT => "That conflicts with what is stored",
            StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
            _ => "Something went wrong on our side",
        };
        let e = &self.0;
        let page = ErrorPage {
            title,
            user: None,
            q: String::new(),
            status: status.as_u16(),
            message: if e.problems.is_empty() {
                public_message(e)
            } else {
                "The design or its parameters have problems:".into()
            },
            problems: e.problems.iter().map(ToString::to_string).collect(),
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
    /// What went wrong.
    pub error: String,
    /// The HTTP status.
    pub status: u16,
    /// Located problems with the input.
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
