//! Shared state of the web app: the store (a small pool of handles), the search index, the
//! templates, a preview cache and the export jobs.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use axum::body::Bytes;

use crate::accounts::Accounts;
use crate::search::SearchIndex;
use crate::store::{MakerspaceEntry, Store};

use super::error::AppError;
use super::jobs::Jobs;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The store (a git repository).
    pub store: PathBuf,
    /// Public base URL, for links in build sheets and OKH manifests.
    pub base_url: String,
    /// Export jobs that may run at once.
    pub max_jobs: usize,
    /// Where export jobs write their files.
    pub jobs_dir: PathBuf,
    /// The accounts database (default: `<store>.accounts.sqlite3` beside the store).
    pub accounts: Option<PathBuf>,
    /// Usernames that maintain the designs nobody else maintains (the shipped ones).
    pub admins: Vec<String>,
}

impl ServeConfig {
    /// The accounts database file.
    pub fn accounts_path(&self) -> PathBuf {
        self.accounts.clone().unwrap_or_else(|| {
            let stem = self
                .store
                .file_stem()
                .map_or_else(|| "store".into(), |s| s.to_string_lossy().into_owned());
            self.store
                .with_file_name(format!("{stem}.accounts.sqlite3"))
        })
    }
}

/// Everything handlers share; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    pub(crate) search: RwLock<SearchIndex>,
    pub(crate) base_url: String,
    pub(crate) previews: Mutex<HashMap<String, Bytes>>,
    views: Mutex<HashMap<String, Arc<DesignPage>>>,
    spaces: Mutex<Option<CachedSpaces>>,
    parsed: Mutex<HashMap<String, Arc<crate::model::Design>>>,
    pub(crate) jobs: Jobs,
    pub(crate) accounts: Arc<Accounts>,
    admins: Arc<Vec<String>>,
    /// Password hashing (argon2, 19 MiB each) at once: sign-ups and log-ins beyond wait.
    hashing: Arc<tokio::sync::Semaphore>,
    /// Manifest checks (every parameter bound evaluated) at once.
    checking: Arc<tokio::sync::Semaphore>,
    /// Held while a proposal is decided.
    decisions: tokio::sync::Mutex<()>,
    /// Per-account limits on uploads and changes.
    pub(crate) quotas: super::quota::Quotas,
}

/// The parsed makerspace profiles and the id of the `makerspaces/` tree they came from.
type CachedSpaces = (Option<String>, Arc<Vec<MakerspaceEntry>>);

/// A design page's view and its extras (forks, contributors, makerspaces).
pub(crate) type DesignPage = (super::views::DesignView, serde_json::Value);

/// Previews (and page views) kept in memory before the cache is emptied.
const MAX_CACHED_PREVIEWS: usize = 256;

impl AppState {
    /// Opens the store and its search index (brought up to date) and loads the templates.
    pub fn open(cfg: &ServeConfig) -> Result<AppState, AppError> {
        let handles = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
        let mut stores = Vec::with_capacity(handles);
        for _ in 0..handles {
            stores.push(Mutex::new(Store::open(&cfg.store)?));
        }
        let first = stores[0].lock().map_err(poisoned)?;
        let mut search = SearchIndex::open(&SearchIndex::default_dir(&first))?;
        search.update(&first)?;
        drop(first);
        let _ = super::account::SECURE_COOKIES.set(cfg.base_url.starts_with("https://"));
        let accounts = Arc::new(Accounts::open(&cfg.accounts_path())?);
        accounts.fail_interrupted_jobs(super::account::now())?;
        Ok(AppState(Arc::new(Inner {
            stores,
            next: AtomicUsize::new(0),
            search: RwLock::new(search),
            base_url: cfg.base_url.trim_end_matches('/').to_string(),
            previews: Mutex::new(HashMap::new()),
            views: Mutex::new(HashMap::new()),
            spaces: Mutex::new(None),
            parsed: Mutex::new(HashMap::new()),
            jobs: Jobs::new(cfg.jobs_dir.clone(), cfg.max_jobs, accounts.clone()),
            accounts,
            admins: Arc::new(cfg.admins.iter().map(|a| a.trim().to_lowercase()).collect()),
            hashing: Arc::new(tokio::sync::Semaphore::new(4)),
            checking: Arc::new(tokio::sync::Semaphore::new(2)),
            decisions: tokio::sync::Mutex::new(()),
            quotas: super::quota::Quotas::default(),
        })))
    }

    /// Runs `f` with a store handle on the blocking pool.
    pub(crate) async fn with_store<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, AppError> + Send + 'static,
    {
        let state = self.clone();
        blocking(move || {
            let n = state.0.stores.len();
            let start = state.0.next.fetch_add(1, Ordering::Relaxed) % n;
            // A free handle if there is one; else wait for the next in turn.
            for k in 0..n {
                if let Ok(store) = state.0.stores[(start + k) % n].try_lock() {
                    return f(&store);
                }
            }
            let store = state.0.stores[start].lock().map_err(poisoned)?;
            f(&store)
        })
        .await
    }

    /// Runs `f` with a store handle and the search index (brought up to the store's head
    /// first) on the blocking pool.
    pub(crate) async fn with_search<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&Store, &SearchIndex) -> Result<T, AppError> + Send + 'static,
    {
        let state = self.clone();
        self.with_store(move |store| {
            let head = store.head_id()?;
            let stale = {
                let index = state.0.search.read().map_err(poisoned)?;
                index.indexed_commit() != head
            };
            if stale {
                let mut index = state.0.search.write().map_err(poisoned)?;
                if index.indexed_commit() != head {
                    index.update(store)?;
                }
            }
            let index = state.0.search.read().map_err(poisoned)?;
            f(store, &index)
        })
        .await
    }

    /// A cached preview, if any.
    pub(crate) fn cached_preview(&self, key: &str) -> Result<Option<Bytes>, AppError> {
        Ok(self.0.previews.lock().map_err(poisoned)?.get(key).cloned())
    }

    /// A cached preview, or `make` it and cache it.
    pub(crate) fn preview(
        &self,
        key: &str,
        make: impl FnOnce() -> Result<Vec<u8>, AppError>,
    ) -> Result<Bytes, AppError> {
        if let Some(p) = self.0.previews.lock().map_err(poisoned)?.get(key) {
            return Ok(p.clone());
        }
        let png = Bytes::from(make()?);
        let mut cache = self.0.previews.lock().map_err(poisoned)?;
        if cache.len() >= MAX_CACHED_PREVIEWS {
            cache.clear();
        }
        cache.insert(key.to_string(), png.clone());
        Ok(png)
    }

    /// A cached design page view (keyed by slug, store head and query).
    pub(crate) fn cached_view(&self, key: &str) -> Result<Option<Arc<DesignPage>>, AppError> {
        Ok(self.0.views.lock().map_err(poisoned)?.get(key).cloned())
    }

    /// Caches a design page view.
    pub(crate) fn cache_view(&self, key: String, view: DesignPage) -> Result<(), AppError> {
        let mut cache = self.0.views.lock().map_err(poisoned)?;
        if cache.len() >= MAX_CACHED_PREVIEWS {
            cache.clear();
        }
        cache.insert(key, Arc::new(view));
        Ok(())
    }

    /// Design `slug` at `rev` (a published commit, or `main`), parsed once per package tree;
    /// returns it with the tree's id.
    pub(crate) fn design(
        &self,
        store: &Store,
        slug: &str,
        rev: Option<&str>,
    ) -> Result<(Arc<crate::model::Design>, String), AppError> {
        let tree = store.design_tree_id(slug, rev)?;
        if let Some(d) = self.0.parsed.lock().map_err(poisoned)?.get(&tree) {
            return Ok((d.clone(), tree));
        }
        let d = Arc::new(store.read(slug, rev)?.design);
        let mut cache = self.0.parsed.lock().map_err(poisoned)?;
        if cache.len() >= MAX_CACHED_PREVIEWS {
            cache.clear();
        }
        cache.insert(tree.clone(), d.clone());
        Ok((d, tree))
    }

    /// The store's makerspace profiles, parsed once per version of `makerspaces/`.
    pub(crate) fn makerspaces(&self, store: &Store) -> Result<Arc<Vec<MakerspaceEntry>>, AppError> {
        let id = store.makerspaces_id(None)?;
        if let Some((cached, list)) = self.0.spaces.lock().map_err(poisoned)?.as_ref()
            && *cached == id
        {
            return Ok(list.clone());
        }
        let list = Arc::new(store.makerspaces(None)?);
        *self.0.spaces.lock().map_err(poisoned)? = Some((id, list.clone()));
        Ok(list)
    }

    /// A permit to hash a password, or 503 when too many are waiting.
    pub(crate) async fn hash_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, AppError> {
        let wait = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            self.0.hashing.clone().acquire_owned(),
        );
        match wait.await {
            Ok(Ok(p)) => Ok(p),
            _ => Err(AppError::TooMany(
                "the server is busy with other log-ins; try again in a moment".into(),
            )),
        }
    }

    /// A permit to check a manifest from the browser.
    pub(crate) async fn check_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, AppError> {
        self.0
            .checking
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The lock held while a proposal is decided.
    pub(crate) async fn decision_lock(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.0.decisions.lock().await
    }

    /// The site's admins (usernames).
    pub(crate) fn admins(&self) -> Arc<Vec<String>> {
        self.0.admins.clone()
    }

    /// The accounts database.
    pub(crate) fn accounts(&self) -> Arc<Accounts> {
        self.0.accounts.clone()
    }

    /// The public base URL (no trailing slash).
    pub(crate) fn base_url(&self) -> &str {
        &self.0.base_url
    }
}

/// Runs blocking work (SQLite, argon2, git, geometry) on tokio's blocking pool. Its error,
/// or a worker that panicked, becomes an [`AppError`].
pub(crate) async fn blocking<T, E>(
    f: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, AppError>
where
    T: Send + 'static,
    E: Into<AppError> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AppError::Internal(format!("worker failed: {e}")))?
        .map_err(Into::into)
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> AppError {
    AppError::Internal("a worker panicked while holding a lock".into())
}
