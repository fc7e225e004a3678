//! The `barnraise` binary: hands the arguments to [`barnraise::cli`] and exits with its code.

fn main() {
    std::process::exit(barnraise::cli::run(std::env::args_os()));
}
