//! The one error type of the use cases: what kind of failure it is (so each front end can
//! pick an exit code or a status), a message in plain words with no front-end vocabulary, the
//! located problems when the input had them, and a structured [`Hint`].
//!
//! A message is English text and, for every refusal a person can meet, also a catalogue
//! [`Message`] (an `error-…` key with arguments) whose English text it is: the front ends
//! phrase it in their language with [`Error::message_in`].

use crate::accounts::AccountsError;
use crate::export::ExportError;
use crate::hint::Hint;
use crate::i18n::{Lang, Message};
use crate::interop::InteropError;
use crate::model::Diagnostic;
use crate::search::SearchError;
use crate::store::StoreError;

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The design, makerspace, proposal, job or revision does not exist.
    NotFound,
    /// The input has problems (see [`Error::problems`]) or asks for something impossible.
    Invalid,
    /// Not signed in, or the credentials are wrong.
    Unauthenticated,
    /// Signed in, but not allowed.
    Forbidden,
    /// The request conflicts with what is stored (a version not raised, a slug taken).
    Conflict,
    /// Too many requests: try again later.
    Limited,
    /// Our failure (the machine, the repository, a bug), not the user's.
    Internal,
}

impl ErrorKind {
    /// True when the user can do something about it.
    pub fn is_user_error(self) -> bool {
        self != ErrorKind::Internal
    }
}

/// Why a use case failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// What went wrong, in plain English words.
    pub message: String,
    /// The same as a catalogue message, when it has one (its English text is `message`);
    /// boxed, so that results stay small.
    pub message_id: Option<Box<Message>>,
    /// Located problems with the input (a manifest, a profile, parameters), if any.
    pub problems: Vec<Diagnostic>,
    /// What the user can do about it.
    pub hint: Option<Hint>,
}

/// The result of a use case.
pub type Result<T, E = Error> = std::result::Result<T, E>;

pub use crate::i18n::Wording;

impl Error {
    /// An error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<Wording>) -> Error {
        let (message, id) = message.into().into_parts();
        Error {
            kind,
            message,
            message_id: id.map(Box::new),
            problems: Vec::new(),
            hint: None,
        }
    }

    /// The message in `lang`: the catalogue's words when it has an id (or, for one
    /// problem, that problem's), else the English.
    pub fn message_in(&self, lang: Lang) -> String {
        match (&self.message_id, self.problems.as_slice()) {
            (Some(m), _) => m.text(lang),
            (None, [one]) if self.message == one.to_string() => one.to_string_in(lang),
            (None, _) => self.message.clone(),
        }
    }

    /// The message's catalogue key (`error-no-design`, say; a single problem's when the
    /// error is that problem), the same in every language: what scripts match on.
    pub fn code(&self) -> Option<&'static str> {
        match (&self.message_id, self.problems.as_slice()) {
            (Some(m), _) => Some(m.id),
            (None, [one]) if self.message == one.to_string() => one.code(),
            (None, _) => None,
        }
    }

    /// Problems with the input, each with its field and line.
    pub fn invalid(problems: Vec<Diagnostic>) -> Error {
        let (message, message_id) = match problems.as_slice() {
            [one] => (one.to_string(), None),
            many => {
                let m = Message::new("error-problem-count").arg("count", many.len());
                (m.text(Lang::En), Some(Box::new(m)))
            }
        };
        Error {
            kind: ErrorKind::Invalid,
            message,
            message_id,
            problems,
            hint: None,
        }
    }

    /// A request that cannot be carried out as asked.
    pub fn refused(message: impl Into<Wording>) -> Error {
        Error::new(ErrorKind::Invalid, message)
    }

    /// Something that does not exist.
    pub fn not_found(message: impl Into<Wording>) -> Error {
        Error::new(ErrorKind::NotFound, message)
    }

    /// Not allowed.
    pub fn forbidden(message: impl Into<Wording>) -> Error {
        Error::new(ErrorKind::Forbidden, message)
    }

    /// Conflicts with what is stored.
    pub fn conflict(message: impl Into<Wording>) -> Error {
        Error::new(ErrorKind::Conflict, message)
    }

    /// Our failure.
    pub fn internal(message: impl Into<Wording>) -> Error {
        Error::new(ErrorKind::Internal, message)
    }

    /// The same error with a hint.
    pub fn with_hint(mut self, hint: Hint) -> Error {
        self.hint = Some(hint);
        self
    }

    /// The problems, or the message as one unlocated problem.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics_in(Lang::En)
    }

    /// The problems in `lang`, or the message in `lang` as one unlocated problem.
    pub fn diagnostics_in(&self, lang: Lang) -> Vec<Diagnostic> {
        if self.problems.is_empty() {
            vec![Diagnostic {
                message_id: self.message_id.clone(),
                ..Diagnostic::bare(self.message_in(lang))
            }]
        } else {
            self.problems.iter().map(|d| d.in_lang(lang)).collect()
        }
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        let hint = match &e {
            StoreError::VersionNotRaised { current, .. } => Some(Hint::RaiseVersion {
                current: current.clone(),
            }),
            StoreError::SlugTaken(slug) => Some(Hint::ChooseAnotherSlug { slug: slug.clone() }),
            StoreError::ProposalStale(_) => Some(Hint::Reload),
            StoreError::NotAStore(_) => Some(Hint::CreateStore),
            StoreError::NoPeer { name, .. } => Some(Hint::AddPeer { name: name.clone() }),
            _ => None,
        };
        let kind = match &e {
            StoreError::NotFound { .. }
            | StoreError::NoProject { .. }
            | StoreError::NoRevision(_)
            | StoreError::NoMakerspace { .. }
            | StoreError::NoPeer { .. }
            | StoreError::NoPendingUpdate { .. } => ErrorKind::NotFound,
            StoreError::Invalid(ds) => return Error::invalid(ds.clone()),
            StoreError::VersionNotRaised { .. }
            | StoreError::SlugTaken(_)
            | StoreError::ProposalStale(_)
            | StoreError::VersionWouldNotRise { .. } => ErrorKind::Conflict,
            StoreError::Refused(_) | StoreError::NotAStore(_) => ErrorKind::Conflict,
            StoreError::Git(_) | StoreError::Io { .. } => ErrorKind::Internal,
        };
        let mut error = Error::new(kind, e.to_string());
        error.hint = hint;
        if let Some(m) = e.message() {
            error = Error {
                message_id: Some(Box::new(m)),
                ..error
            };
        }
        error
    }
}

impl From<ExportError> for Error {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Design(ds) => Error::invalid(ds),
            ExportError::Unbuildable { message, hint } => Error {
                hint,
                ..Error::refused(message)
            },
            ExportError::Nest(e) => Error::refused(e.message()),
            ExportError::Cut(c) => Error::refused(c.message()),
            e @ (ExportError::Write { .. } | ExportError::Internal(_)) => {
                Error::internal(e.to_string())
            }
        }
    }
}

impl From<SearchError> for Error {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Store(s) => s.into(),
            SearchError::BadQuery(m) => Error::refused(m),
            e => Error::internal(e.to_string()),
        }
    }
}

impl From<AccountsError> for Error {
    fn from(e: AccountsError) -> Self {
        let kind = match &e {
            AccountsError::Invalid { .. } => ErrorKind::Invalid,
            AccountsError::Taken { .. } | AccountsError::Conflict(_) => ErrorKind::Conflict,
            AccountsError::BadLogin => ErrorKind::Unauthenticated,
            AccountsError::RateLimited { .. } | AccountsError::Limited { .. } => ErrorKind::Limited,
            AccountsError::NotFound { .. } => ErrorKind::NotFound,
            AccountsError::Forbidden(_) => ErrorKind::Forbidden,
            _ => ErrorKind::Internal,
        };
        let hint = match &e {
            AccountsError::RateLimited { retry_after_secs }
            | AccountsError::Limited {
                retry_after_secs, ..
            } => Some(Hint::RetryLater {
                seconds: Some(*retry_after_secs),
            }),
            _ => None,
        };
        let error = match e.message() {
            Some(m) if kind != ErrorKind::Internal => Error::new(kind, m),
            _ => Error::new(kind, e.to_string()),
        };
        Error { hint, ..error }
    }
}

impl From<InteropError> for Error {
    fn from(e: InteropError) -> Self {
        match e {
            InteropError::Unreadable { path, message } => Error::refused(
                Message::new("error-unreadable")
                    .arg("path", path.display().to_string())
                    .arg("reason", message),
            ),
            InteropError::TooLarge { path, size, limit } => Error::refused(
                Message::new("error-file-too-large")
                    .arg("path", path.display().to_string())
                    .arg("size", size)
                    .arg("limit", limit),
            ),
            InteropError::Invalid { problem, .. } => Error::invalid(vec![problem]),
        }
    }
}
