//! Printing: results as text or JSON, problems on stderr (and as a JSON list with `--json`),
//! hints phrased as the flags that act on them, and exit codes.

use std::io::Write;
use std::process::ExitCode;

use barnraise::app::{Error, ErrorKind};
use barnraise::hint::Hint;
use barnraise::i18n::{self, Arg, Lang};
use barnraise::model::Diagnostic;
use serde::Serialize;

/// Exit code for success.
pub const EXIT_OK: u8 = 0;
/// Exit code for a problem with the user's input.
pub const EXIT_USER: u8 = 1;
/// Exit code for an internal failure.
pub const EXIT_INTERNAL: u8 = 2;

/// Why a command ended early.
#[derive(Debug)]
pub enum Failure {
    /// A use case refused or failed.
    App(Error),
    /// Whoever read our output stopped reading (`barnraise list | head`): not a failure.
    OutputClosed,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::App(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::OutputClosed
        } else {
            Failure::App(Error::internal(e.to_string()))
        }
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        match e.io_error_kind() {
            Some(std::io::ErrorKind::BrokenPipe) => Failure::OutputClosed,
            _ => Failure::App(Error::internal(e.to_string())),
        }
    }
}

/// A problem the user can fix, with no location.
pub fn user(message: impl Into<barnraise::app::Wording>) -> Failure {
    Failure::App(Error::refused(message))
}

/// What a command returns: its exit code, or why it stopped.
pub type Outcome = Result<u8, Failure>;

/// Where results go: text for people, or JSON for scripts.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    /// `--json` was given.
    pub json: bool,
    /// `--lang`: the language of messages and build sheets.
    pub lang: Lang,
}

impl Out {
    /// Prints `value` as JSON with `--json`, else as text written by `text`.
    pub fn emit<T: Serialize>(
        self,
        value: &T,
        text: impl FnOnce(&mut dyn Write, &T) -> std::io::Result<()>,
    ) -> Result<(), Failure> {
        if self.json {
            print_json(value)
        } else {
            let stdout = std::io::stdout();
            let mut o = stdout.lock();
            Ok(text(&mut o, value)?)
        }
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// A problem as printed by `--json`.
#[derive(Debug, Serialize)]
pub struct JsonProblem<'a> {
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    path: &'a str,
    message: &'a str,
    /// The message's catalogue key, the same in every language (as the API gives it).
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
}

/// `t(key, args)`: the catalogue message `key` in `lang`, for the terminal's words.
pub fn say(lang: Lang) -> impl Fn(&str, &[(&str, Arg)]) -> String + Copy {
    move |key, args| i18n::tr(lang, key, args)
}

/// Problems as `--json` prints them.
pub fn problem_list(ds: &[Diagnostic]) -> Vec<JsonProblem<'_>> {
    ds.iter()
        .map(|d| JsonProblem {
            file: d.file.as_ref().map(|f| f.display().to_string()),
            line: d.position.map(|p| p.line),
            column: d.position.map(|p| p.column),
            path: &d.path,
            message: &d.message,
            code: d.code(),
        })
        .collect()
}

/// A hint in the terminal's words: the flags and commands that act on it, in `lang`
/// (the catalogues' `cli-hint-*` messages; flags and commands stay as typed).
pub fn phrase(lang: Lang, hint: &Hint) -> Option<String> {
    let t = say(lang);
    Some(match hint {
        Hint::ChooseStock { material, .. } => {
            t("cli-hint-choose-stock", &[("material", material.into())])
        }
        Hint::NameTheMaterial { .. } => t("cli-hint-name-the-material", &[]),
        Hint::KnownStocks { .. } => return None,
        Hint::ChooseMachine { machines } => t(
            "cli-hint-choose-machine",
            &[("machines", machines.join(", ").into())],
        ),
        Hint::ChooseMakerspace => t("cli-hint-choose-makerspace", &[]),
        Hint::UseFormat { format } => t("cli-hint-use-format", &[("format", format.into())]),
        Hint::ChooseSheet => t("cli-hint-choose-sheet", &[]),
        Hint::SayWhoYouAre => t("cli-hint-say-who-you-are", &[]),
        Hint::RaiseVersion { .. } | Hint::ChooseAnotherSlug { .. } | Hint::Reload => return None,
        Hint::Fork { slug } => t("cli-hint-fork", &[("slug", slug.into())]),
        Hint::RetryLater { seconds } => match seconds {
            Some(s) => t("cli-hint-retry-in", &[("seconds", Arg::Number(*s as f64))]),
            None => t("cli-hint-retry-later", &[]),
        },
        Hint::CreateStore => t("cli-hint-create-store", &[]),
        Hint::SetLicence => t("cli-hint-set-licence", &[]),
        Hint::AddPeer { name } => t("cli-hint-add-peer", &[("name", name.into())]),
        Hint::ParameterRange { name } => t("cli-hint-parameter-range", &[("name", name.into())]),
    })
}

/// The problems an error stands for, its message in `lang`, with its hint added to the last.
fn problems_of(e: &Error, lang: Lang) -> Vec<Diagnostic> {
    let mut ds = e.diagnostics_in(lang);
    if let (Some(text), Some(last)) = (e.hint.as_ref().and_then(|h| phrase(lang, h)), ds.last_mut())
    {
        last.message = format!("{}. {text}", last.message.trim_end_matches('.'));
    }
    ds
}

/// Prints why a command stopped and returns the exit code.
pub fn report(failure: Failure, out: Out) -> ExitCode {
    let e = match failure {
        Failure::OutputClosed => return ExitCode::from(EXIT_OK),
        Failure::App(e) => e,
    };
    if e.kind == ErrorKind::Internal {
        eprintln!(
            "barnraise: {}: {}",
            i18n::tr(out.lang, "cli-internal-error", &[]),
            e.message
        );
        return ExitCode::from(EXIT_INTERNAL);
    }
    let problems = problems_of(&e, out.lang);
    if out.json {
        let _ = print_json(&problem_list(&problems));
    }
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for p in &problems {
        let _ = writeln!(err, "{p}");
    }
    ExitCode::from(EXIT_USER)
}

/// The first 12 characters of a commit id.
pub fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}
