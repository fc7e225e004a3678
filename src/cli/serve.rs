//! `barnraise serve`: opens (or seeds) the store, brings the search index up to date and
//! runs the web app until Ctrl-C.

use std::net::SocketAddr;

use barnraise::i18n::Message;
use barnraise::server::{AppState, ServeConfig, serve};

use super::Env;
use super::output::{EXIT_OK, Failure, Outcome, user};

pub(super) fn run(addr: &str, base_url: Option<String>, jobs: usize, env: &Env) -> Outcome {
    let addr: SocketAddr = addr
        .parse()
        .map_err(|_| user(Message::new("refusal-cli-addr").arg("text", addr)))?;
    if !(1..=64).contains(&jobs) {
        return Err(user(
            Message::new("refusal-cli-jobs")
                .arg("jobs", jobs.to_string())
                .arg("max", 64u32),
        ));
    }
    let path = env.open_store()?.path().to_path_buf();
    let cfg = ServeConfig {
        base_url: base_url.unwrap_or_else(|| format!("http://{addr}")),
        max_jobs: jobs,
        ..ServeConfig::new(path)
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| internal(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let state = AppState::open(&cfg).map_err(|e| internal(e.to_string()))?;
        serve(state, addr, env.out.lang).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                user(Message::new("refusal-cli-addr-in-use").arg("addr", addr.to_string()))
            } else {
                internal(format!("server failed: {e}"))
            }
        })
    })?;
    Ok(EXIT_OK)
}

fn internal(message: String) -> Failure {
    Failure::App(barnraise::app::Error::internal(message))
}
