//! Errors of the web app, as friendly HTML pages or as JSON `{ "error", "status" }` for the
//! API. Nothing a user sends reaches a panic: every failure is one of these.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::model::Diagnostic;
use crate::search::SearchError;
use crate::store::StoreError;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such page, design, makerspace or job.
    #[error("{0}")]
    NotFound(String),
    /// The request is malformed or asks for something impossible (message says what).
    #[error("{0}")]
    BadRequest(String),
    /// Problems with a design or its parameters, each with its field and line.
    #[error("{}", .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
    /// Log in first.
    #[error("{0}")]
    Unauthorized(String),
    /// Logged in, but not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// The request conflicts with the current state (e.g. a version not raised).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts; try later.
    #[error("{0}")]
    TooMany(String),
    /// Our fault.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) | AppError::Invalid(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The JSON body of an API error.
    pub fn json_body(&self) -> serde_json::Value {
        let message = match self {
            AppError::Internal(detail) => {
                eprintln!("barnraise serve: internal error: {detail}");
                "something went wrong on our side; it has been logged".to_string()
            }
            e => e.to_string(),
        };
        let mut body = serde_json::json!({
            "error": message,
            "status": self.status().as_u16(),
        });
        if let AppError::Invalid(ds) = self {
            body["problems"] = serde_json::to_value(ds).unwrap_or_default();
        }
        body
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { .. } | StoreError::NoRevision(_) => {
                AppError::NotFound(e.to_string())
            }
            StoreError::Refused(m) if m.starts_with("no makerspace") => AppError::NotFound(m),
            StoreError::Invalid(ds) => AppError::Invalid(ds),
            e if e.is_user_error() => AppError::Conflict(e.to_string()),
            e => AppError::Internal(e.to_string()),
        }
    }
}

impl From<SearchError> for AppError {
    fn from(e: SearchError) -> Self {
        if e.is_user_error() {
            AppError::BadRequest(e.to_string())
        } else {
            AppError::Internal(e.to_string())
        }
    }
}

impl From<crate::export::ExportError> for AppError {
    fn from(e: crate::export::ExportError) -> Self {
        match e {
            crate::export::ExportError::Design(ds) => AppError::Invalid(ds),
            e if e.is_user_error() => AppError::BadRequest(e.to_string()),
            e => AppError::Internal(e.to_string()),
        }
    }
}

/// An error shown to a person: a friendly HTML page.
impl IntoResponse for AppError {
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
        let problems: Vec<String> = match &self {
            AppError::Invalid(ds) => ds.iter().map(ToString::to_string).collect(),
            _ => vec![],
        };
        let message = match &self {
            AppError::Invalid(_) => "The design or its parameters have problems:".to_string(),
            AppError::Internal(detail) => {
                eprintln!("barnraise serve: internal error: {detail}");
                "Something went wrong on our side; it has been logged. Please try again, or tell the people who run this site.".to_string()
            }
            e => e.to_string(),
        };
        let page = super::templates::global().and_then(|t| {
            t.render(
                "error.html",
                serde_json::json!({
                    "status": status.as_u16(),
                    "title": title,
                    "message": message,
                    "problems": problems,
                }),
            )
        });
        match page {
            Ok(html) => (status, axum::response::Html(html)).into_response(),
            Err(_) => (status, format!("{title}: {message}")).into_response(),
        }
    }
}

/// An error answered as JSON (API routes).
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0.status(), axum::Json(self.0.json_body())).into_response()
    }
}
