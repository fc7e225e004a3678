//! A malformed command line, said in `--lang`'s language: clap finds what is wrong (an
//! unknown flag or command, a bad value, a missing argument), this phrases it from the
//! catalogue, as a refusal like any other (text or `--json`, exit code 1). Help and
//! `--version` are printed by clap as they are; kinds of errors not listed here keep
//! clap's English words.

use barnraise::app;
use barnraise::i18n::{self, Lang, Message};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// `--lang X` or `--lang=X` as given, before clap reads the line (which failed).
pub fn lang_of<T: AsRef<std::ffi::OsStr>>(args: &[T]) -> Option<Lang> {
    let mut words = args.iter().map(|a| a.as_ref().to_string_lossy());
    while let Some(w) = words.next() {
        if w == "--" {
            return None;
        }
        if let Some(v) = w.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
        if w == "--lang" {
            return words.next().and_then(|v| Lang::parse(&v));
        }
    }
    None
}

fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn texts(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

/// What is wrong, as a catalogue message; `None` for kinds clap says best itself.
pub fn message(e: &clap::Error) -> Option<Message> {
    let arg = || text(e, ContextKind::InvalidArg).unwrap_or_default();
    let m = match e.kind() {
        ErrorKind::UnknownArgument => Message::new("refusal-cli-unknown-argument")
            .arg("arg", arg())
            .arg(
                "suggestion",
                i18n::did_you_mean(text(e, ContextKind::SuggestedArg).as_deref()),
            ),
        ErrorKind::InvalidSubcommand => Message::new("refusal-cli-unknown-command")
            .arg(
                "command",
                text(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )
            .arg(
                "suggestion",
                i18n::did_you_mean(text(e, ContextKind::SuggestedSubcommand).as_deref()),
            ),
        ErrorKind::InvalidValue => {
            let valid = texts(e, ContextKind::ValidValue);
            let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
            if valid.is_empty() {
                Message::new("refusal-cli-empty-value").arg("arg", arg())
            } else {
                Message::new("refusal-cli-invalid-value")
                    .arg("arg", arg())
                    .arg("value", value)
                    .arg("valid", valid.join(", "))
            }
        }
        ErrorKind::ValueValidation => {
            let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
            let arg = arg();
            // Ours: the language itself.
            if arg.starts_with("--lang") {
                Message::new("refusal-cli-no-language")
                    .arg("value", value)
                    .arg("valid", Lang::codes())
            } else {
                Message::new("refusal-cli-bad-value")
                    .arg("arg", arg)
                    .arg("value", value)
            }
        }
        ErrorKind::MissingRequiredArgument => Message::new("refusal-cli-missing-argument")
            .arg("args", texts(e, ContextKind::InvalidArg).join(", ")),
        ErrorKind::MissingSubcommand => Message::new("refusal-cli-missing-command"),
        ErrorKind::ArgumentConflict => Message::new("refusal-cli-conflict")
            .arg("arg", arg())
            .arg("other", texts(e, ContextKind::PriorArg).join(", ")),
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            Message::new("refusal-cli-unexpected-value").arg("arg", arg())
        }
        _ => return None,
    };
    Some(m)
}

/// The refusal for a malformed command line.
pub fn refusal(e: &clap::Error) -> Option<app::Error> {
    message(e).map(app::Error::refused)
}

/// The usage line clap found for the command that failed, if any, without clap's English
/// "Usage:".
pub fn usage(e: &clap::Error) -> Option<String> {
    let u = text(e, ContextKind::Usage)?;
    let u = u.trim();
    Some(u.strip_prefix("Usage:").unwrap_or(u).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn error_of(args: &[&str]) -> clap::Error {
        crate::cli::flags::Cli::try_parse_from(args).expect_err("a malformed line")
    }

    #[test]
    fn the_language_is_found_before_clap_reads_the_line() {
        assert_eq!(lang_of(&["barnraise", "--lang", "fr", "x"]), Some(Lang::Fr));
        assert_eq!(lang_of(&["barnraise", "list", "--lang=de"]), Some(Lang::De));
        assert_eq!(lang_of(&["barnraise", "--", "--lang", "fr"]), None);
        assert_eq!(lang_of(&["barnraise", "--lang"]), None);
        assert_eq!(lang_of(&["barnraise", "--lang", "xx"]), None);
    }

    #[test]
    fn malformed_lines_are_phrased_in_every_language() {
        let cases = [
            (
                vec!["barnraise", "exprot"],
                "refusal-cli-unknown-command",
                "exprot",
            ),
            (
                vec!["barnraise", "list", "--jsn"],
                "refusal-cli-unknown-argument",
                "--json",
            ),
            (
                vec!["barnraise", "--lang", "xx", "list"],
                "refusal-cli-no-language",
                "xx",
            ),
            (
                vec!["barnraise", "show"],
                "refusal-cli-missing-argument",
                "DESIGN",
            ),
        ];
        for (args, code, word) in cases {
            let e = error_of(&args);
            let m = message(&e).unwrap_or_else(|| panic!("{args:?}: {:?} not phrased", e.kind()));
            assert_eq!(m.id, code, "{args:?}");
            for lang in Lang::ALL {
                let t = m.text(lang);
                assert!(t.contains(word), "{args:?} in {lang:?}: {t}");
                assert!(!t.contains('⟦'), "{t}");
            }
            assert_ne!(m.text(Lang::Fr), m.text(Lang::En), "{args:?}");
        }
    }
}
