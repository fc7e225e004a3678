//! The web app (axum + tokio): pages for people and a JSON API for scripts, over the same
//! store, search index and exports the command line uses.
//!
//! Owns: routing (`routes.rs`, every route on one screen), thin handlers (`pages.rs`,
//! `api.rs`), view structs that are both template contexts and JSON (`views.rs`), errors as
//! friendly pages or JSON (`error.rs`), embedded templates and assets, and export jobs
//! (`jobs.rs`) with a cap per client, and per-account write quotas (`quota.rs`). Must not: parse manifests, compute geometry or touch git directly; every
//! blocking call into the store, the index or the exporters runs on tokio's blocking pool.

mod account;
mod api;
mod assets;
mod error;
mod jobs;
mod pages;
mod quota;
mod routes;
mod state;
mod templates;
mod views;

pub use error::AppError;
pub use routes::router;
pub use state::{AppState, ServeConfig};

/// Serves the app on `addr` until Ctrl-C. Prints the address once listening.
pub async fn serve(state: AppState, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!("Barnraise is running at http://{local}/ (Ctrl-C stops it)");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
