//! `barnraise serve`: opens (or seeds) the store, brings the search index up to date and
//! runs the web app until Ctrl-C.

use std::net::SocketAddr;

use super::store::open;
use super::{CliError, EXIT_OK, StoreArg};
use crate::model::Diagnostic;
use crate::server::{AppState, ServeConfig, serve};

pub(super) fn run(
    addr: &str,
    base_url: Option<String>,
    jobs: usize,
    admins: Vec<String>,
    store: &StoreArg,
) -> Result<i32, CliError> {
    let addr: SocketAddr = addr.parse().map_err(|_| {
        CliError::User(vec![Diagnostic::bare(format!(
            "--addr '{addr}' is not HOST:PORT, e.g. 127.0.0.1:8080"
        ))])
    })?;
    if !(1..=64).contains(&jobs) {
        return Err(CliError::User(vec![Diagnostic::bare(format!(
            "--jobs {jobs}: give 1 to 64"
        ))]));
    }
    let st = open(store)?;
    let path = st.path().to_path_buf();
    drop(st);
    let cfg = ServeConfig {
        jobs_dir: std::env::temp_dir().join(format!("barnraise-jobs-{}", std::process::id())),
        store: path,
        base_url: base_url.unwrap_or_else(|| format!("http://{addr}")),
        max_jobs: jobs,
        accounts: None,
        admins,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Internal(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let state = AppState::open(&cfg).map_err(|e| CliError::Internal(e.to_string()))?;
        serve(state, addr).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                CliError::User(vec![Diagnostic::bare(format!(
                    "{addr} is in use: another program (or another barnraise serve) listens there; choose another with --addr"
                ))])
            } else {
                CliError::Internal(format!("server failed: {e}"))
            }
        })
    })?;
    let _ = std::fs::remove_dir_all(&cfg.jobs_dir);
    Ok(EXIT_OK)
}
