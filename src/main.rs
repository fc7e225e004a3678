//! The `barnraise` binary: the command-line front end. It parses arguments (`cli::flags`),
//! calls one use case of [`barnraise::app`] per command, and prints the result as text or
//! `--json`. Exit codes: 0 success, 1 a problem with the user's input, 2 an internal failure.

#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args_os())
}
