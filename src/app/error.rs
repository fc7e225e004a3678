//! The one error type of the use cases: what kind of failure it is (so each front end can
//! pick an exit code or a status), a message in plain words with no front-end vocabulary, the
//! located problems when the input had them, and a structured [`Hint`].

use crate::accounts::AccountsError;
use crate::export::ExportError;
use crate::hint::Hint;
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
    /// What went wrong, in plain words.
    pub message: String,
    /// Located problems with the input (a manifest, a profile, parameters), if any.
    pub problems: Vec<Diagnostic>,
    /// What the user can do about it.
    pub hint: Option<Hint>,
}

/// The result of a use case.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            problems: Vec::new(),
            hint: None,
        }
    }

    /// Problems with the input, each with its field and line.
    pub fn invalid(problems: Vec<Diagnostic>) -> Error {
        let message = match problems.as_slice() {
            [one] => one.to_string(),
            many => format!("{} problem(s)", many.len()),
        };
        Error {
            kind: ErrorKind::Invalid,
            message,
            problems,
            hint: None,
        }
    }

    /// A request that cannot be carried out as asked.
    pub fn refused(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Invalid, message)
    }

    /// Something that does not exist.
    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::NotFound, message)
    }

    /// Not allowed.
    pub fn forbidden(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Forbidden, message)
    }

    /// Conflicts with what is stored.
    pub fn conflict(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Conflict, message)
    }

    /// Our failure.
    pub fn internal(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Internal, message)
    }

    /// The same error with a hint.
    pub fn with_hint(mut self, hint: Hint) -> Error {
        self.hint = Some(hint);
        self
    }

    /// The problems, or the message as one unlocated problem.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        if self.problems.is_empty() {
            vec![Diagnostic::bare(self.message.clone())]
        } else {
            self.problems.clone()
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
        Error {
            kind,
            message: e.to_string(),
            problems: Vec::new(),
            hint,
        }
    }
}

impl From<ExportError> for Error {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Design(ds) => Error::invalid(ds),
            ExportError::Unbuildable { message, hint } => Error {
                kind: ErrorKind::Invalid,
                message,
                problems: Vec::new(),
                hint,
            },
            e @ (ExportError::Cut(_) | ExportError::Nest(_)) => Error::refused(e.to_string()),
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
            e if e.is_user_error() => Error::refused(e.to_string()),
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
            AccountsError::RateLimited { retry_after_secs }
            | AccountsError::Limited {
                retry_after_secs, ..
            } => {
                return Error::new(ErrorKind::Limited, e.to_string()).with_hint(Hint::RetryLater {
                    seconds: Some(*retry_after_secs),
                });
            }
            AccountsError::NotFound { .. } => ErrorKind::NotFound,
            AccountsError::Forbidden(_) => ErrorKind::Forbidden,
            _ => ErrorKind::Internal,
        };
        Error::new(kind, e.to_string())
    }
}

impl From<InteropError> for Error {
    fn from(e: InteropError) -> Self {
        match e {
            InteropError::Unreadable { .. } => Error::refused(e.to_string()),
            e @ InteropError::TooLarge { .. } => Error::refused(e.to_string()),
            InteropError::Invalid { problem, .. } => Error::invalid(vec![problem]),
        }
    }
}
