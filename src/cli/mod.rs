//! The command line: flags (`flags.rs`) → the typed input of one use case of
//! [`barnraise::app`] → text or `--json` (`output.rs`). No domain logic lives here.
//!
//! Exit codes: 0 success, 1 a problem with the user's input (invalid design, bad argument),
//! 2 an internal failure.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use barnraise::app::{self, Actor};
use barnraise::hint::Hint;
use barnraise::i18n::Message;
use barnraise::model::Author;
use barnraise::store::Store;
use clap::Parser;

mod build;
mod design;
mod export;
mod flags;
mod import;
mod output;
mod parse_error;
mod project;
mod serve;
mod store;

use flags::{Cli, Command};
use output::{EXIT_OK, EXIT_USER, Failure, Out, Outcome};

/// Runs the command line and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return malformed(&e, &args),
    };
    let out = Out {
        json: cli.json,
        lang: cli.lang.unwrap_or_default(),
    };
    let env = Env {
        store: cli.store.clone(),
        out,
        lang: cli.lang,
    };
    match dispatch(cli.command, &env) {
        Ok(code) => ExitCode::from(code),
        Err(f) => output::report(f, out),
    }
}

/// A command line clap could not read: help and `--version` as clap prints them; a
/// mistake in `--lang`'s language (read from the line by hand, since clap did not finish),
/// as text or `--json`, with the usage line and a pointer to `--help`.
fn malformed(e: &clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::from(EXIT_OK);
    }
    let lang = parse_error::lang_of(args).unwrap_or_default();
    let json = args.iter().any(|a| a == "--json");
    let Some(refusal) = parse_error::refusal(e) else {
        let _ = e.print();
        return ExitCode::from(EXIT_USER);
    };
    let code = output::report(Failure::App(refusal), Out { json, lang });
    if !json {
        if let Some(usage) = parse_error::usage(e) {
            let usage = [("usage", barnraise::i18n::Arg::from(usage))];
            eprintln!("\n{}", barnraise::i18n::tr(lang, "cli-usage", &usage));
        }
        eprintln!("\n{}", barnraise::i18n::tr(lang, "cli-try-help", &[]));
    }
    code
}

/// What every command may need besides its own flags.
pub(crate) struct Env {
    /// `--store`.
    store: Option<PathBuf>,
    /// Text or JSON.
    pub out: Out,
    /// `--lang`, when given: the language of a design's texts (when it has a translation)
    /// and of build sheets.
    pub lang: Option<barnraise::i18n::Lang>,
}

impl Env {
    /// The store's location from `--store`, `$BARNRAISE_STORE` or the default data folder,
    /// and whether it is the default one.
    fn store_path(&self) -> (PathBuf, bool) {
        if let Some(p) = &self.store {
            return (p.clone(), false);
        }
        if let Some(p) = std::env::var_os("BARNRAISE_STORE").filter(|p| !p.is_empty()) {
            return (PathBuf::from(p), false);
        }
        let data = std::env::var_os("XDG_DATA_HOME")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        (data.join("barnraise").join("store.git"), true)
    }

    /// Opens the store. The default store is created on first use and seeded with the
    /// shipped designs; a named store must exist.
    pub fn open_store(&self) -> Result<Store, Failure> {
        let (path, is_default) = self.store_path();
        let (store, created) = app::seed::open_store(&path, is_default)?;
        if created {
            let path = [(
                "path",
                barnraise::i18n::Arg::from(store.path().display().to_string()),
            )];
            eprintln!(
                "{}",
                barnraise::i18n::tr(self.out.lang, "cli-created-default-store", &path)
            );
        }
        Ok(store)
    }

    /// The store's path, for commands that create it.
    pub fn store_location(&self) -> PathBuf {
        self.store_path().0
    }
}

/// The author from `--author`, else `$BARNRAISE_AUTHOR`, else `fallback`.
pub(crate) fn author(arg: Option<String>, fallback: Option<&str>) -> Result<Author, Failure> {
    let text = arg
        .or_else(|| {
            std::env::var("BARNRAISE_AUTHOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .or_else(|| fallback.map(str::to_string))
        .ok_or_else(|| {
            Failure::App(
                app::Error::refused(Message::new("refusal-cli-no-author"))
                    .with_hint(Hint::SayWhoYouAre),
            )
        })?;
    Ok(barnraise::store::parse_author(&text).map_err(app::Error::from)?)
}

/// The local actor named by `--author` (or `$BARNRAISE_AUTHOR`).
pub(crate) fn actor(arg: Option<String>) -> Result<Actor, Failure> {
    Ok(Actor::Local(author(arg, None)?))
}

/// `path` for messages.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn dispatch(command: Command, env: &Env) -> Outcome {
    match command {
        Command::Validate { paths } => design::validate(&paths, env),
        Command::Show {
            design,
            params,
            svg,
        } => design::show(&design, &params, svg.as_deref(), env),
        Command::Export(args) => export::run(args, env),
        Command::Makerspace { action } => export::makerspace(action, env),
        Command::Project { action } => project::run(action, env),
        Command::Import { kind } => import::run(kind, env),
        Command::Serve {
            addr,
            base_url,
            jobs,
        } => serve::run(&addr, base_url, jobs, env),
        Command::Admin { action } => store::admin(action, env),
        Command::Search {
            query,
            bed,
            thickness,
            makerspace,
            limit,
            page,
        } => store::search(
            app::search::SearchRequest {
                text: query,
                bed,
                thickness,
                makerspace,
                page,
                per_page: limit,
            },
            env,
        ),
        Command::Reindex => store::reindex(env),
        Command::Init { url, empty } => store::init(url.as_deref(), empty, env),
        Command::Publish {
            dir,
            author,
            message,
        } => store::publish(&dir, author.author, &message, env),
        Command::List { rev } => store::list(rev.as_deref(), env),
        Command::History { slug } => store::history(&slug, env),
        Command::Release {
            slug,
            author,
            message,
        } => store::release(&slug, author.author, &message, env),
        Command::Releases { slug } => store::releases(slug.as_deref(), env),
        Command::Fork {
            slug,
            new_slug,
            author,
            license,
        } => store::fork(&slug, &new_slug, author.author, license.as_deref(), env),
        Command::Lineage { slug } => store::lineage(&slug, env),
        Command::Contributors { slug } => store::contributors(&slug, env),
        Command::Build { action } => build::run(action, env),
        Command::Peer { action } => store::peer(action, env),
        Command::Sync { peer, author } => store::sync(peer.as_deref(), author, env),
    }
}
