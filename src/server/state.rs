//! Shared state of the web app: a small pool of store handles, the search index (brought up
//! to the store's head when it moves), bounded caches keyed by what their content follows
//! from, the export jobs, the accounts database, limits on concurrent heavy work, and the
//! clock. Handlers reach the store only through [`AppState::with_store`] (on tokio's blocking
//! pool) and the use cases of [`crate::app`].

use crate::i18n::Message;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use axum::body::Bytes;

use crate::accounts::Accounts;
use crate::app::{self, Ctx};
use crate::model::{Design, Makerspace, Slug};
use crate::search::SearchIndex;
use crate::store::Store;

use super::error::WebError;
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
    /// Where export jobs write their files (default: a private temporary folder, 0700 with
    /// a random name, removed when the server stops).
    pub jobs_dir: Option<PathBuf>,
    /// The accounts database (default: `<store>.accounts.sqlite3` beside the store).
    pub accounts: Option<PathBuf>,
}

impl ServeConfig {
    /// The defaults for a store: local address, two jobs at once.
    pub fn new(store: PathBuf) -> ServeConfig {
        ServeConfig {
            store,
            base_url: "http://127.0.0.1:8080".into(),
            max_jobs: 2,
            jobs_dir: None,
            accounts: None,
        }
    }

    /// The accounts database file.
    pub fn accounts_path(&self) -> PathBuf {
        self.accounts
            .clone()
            .unwrap_or_else(|| app::accounts::database_beside(&self.store))
    }
}

/// Everything handlers share; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    search: RwLock<SearchIndex>,
    base_url: String,
    secure: bool,
    caches: Caches,
    pub(crate) jobs: Jobs,
    accounts: Arc<Accounts>,
    /// Password hashing (argon2, 19 MiB each) at once: sign-ups and log-ins beyond wait.
    hashing: Gate,
    /// Manifest checks (every parameter bound evaluated) at once.
    checking: Gate,
    /// Pictures and 3D files rendered at once.
    rendering: Gate,
    /// Per-account limits on uploads and changes.
    pub(crate) quotas: super::quota::Quotas,
    /// Cut-file imports waiting for review.
    pub(crate) drafts: super::imports::Drafts,
    /// The private folder of export jobs, removed with the state.
    _jobs_folder: Option<tempfile::TempDir>,
}

/// Entries a cache keeps before it is emptied.
const MAX_CACHED: usize = 256;

/// A bounded map: emptied when full (the entries are cheap to make again, and their keys
/// are canonical so junk in a request cannot create new ones faster than real requests).
struct Cache<V>(Mutex<HashMap<String, V>>);

impl<V: Clone> Cache<V> {
    fn new() -> Cache<V> {
        Cache(Mutex::new(HashMap::new()))
    }

    fn get(&self, key: &str) -> Result<Option<V>, WebError> {
        Ok(self.0.lock().map_err(poisoned)?.get(key).cloned())
    }

    fn put(&self, key: String, value: V) -> Result<(), WebError> {
        let mut map = self.0.lock().map_err(poisoned)?;
        if map.len() >= MAX_CACHED {
            map.clear();
        }
        map.insert(key, value);
        Ok(())
    }
}

/// The parsed makerspace profiles and the id of the `makerspaces/` tree they came from.
type Spaces = (Option<String>, Arc<Vec<(String, Makerspace)>>);

struct Caches {
    /// Rendered pictures and files, by design tree and canonical parameters.
    files: Cache<Bytes>,
    /// Design page views, by store head, revision and canonical parameters.
    pages: Cache<Arc<super::views::DesignPageView>>,
    /// Parsed designs, by package tree id.
    designs: Cache<Arc<Design>>,
    /// Makerspace profiles, by the id of their tree.
    spaces: Mutex<Option<Spaces>>,
}

/// A design read for a request: parsed once per package tree.
#[derive(Clone)]
pub struct Read {
    /// The design.
    pub design: Arc<Design>,
    /// Its package tree id.
    pub tree: String,
    /// The commit it was read at.
    pub commit: String,
}

impl AppState {
    /// Opens the store and its search index (brought up to date), the accounts database,
    /// and finishes any proposal accept that a crash cut short.
    pub fn open(cfg: &ServeConfig) -> Result<AppState, WebError> {
        let handles = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
        let mut stores = Vec::with_capacity(handles);
        for _ in 0..handles {
            stores.push(Mutex::new(Store::open(&cfg.store)?));
        }
        let first = stores[0].lock().map_err(poisoned)?;
        let search = app::search::open_index(&first)?;
        let accounts = Arc::new(Accounts::open(&cfg.accounts_path())?);
        let ctx = Ctx {
            store: &first,
            accounts: Some(&accounts),
            now: crate::time::now(),
        };
        app::proposals::reconcile(&ctx)?;
        app::proposals::collect(&ctx)?;
        drop(first);
        accounts.fail_interrupted_jobs(crate::time::now())?;
        let (jobs_dir, jobs_folder) = match &cfg.jobs_dir {
            Some(d) => (d.clone(), None),
            None => {
                let t = tempfile::Builder::new()
                    .prefix("barnraise-jobs-")
                    .tempdir()
                    .map_err(|e| WebError::internal(format!("cannot make a jobs folder: {e}")))?;
                (t.path().to_path_buf(), Some(t))
            }
        };
        Ok(AppState(Arc::new(Inner {
            stores,
            next: AtomicUsize::new(0),
            search: RwLock::new(search),
            base_url: cfg.base_url.trim_end_matches('/').to_string(),
            secure: cfg.base_url.starts_with("https://"),
            caches: Caches {
                files: Cache::new(),
                pages: Cache::new(),
                designs: Cache::new(),
                spaces: Mutex::new(None),
            },
            jobs: Jobs::new(jobs_dir, cfg.max_jobs, accounts.clone()),
            accounts,
            hashing: Gate::new(4, 32),
            checking: Gate::new(2, 16),
            rendering: Gate::new(2, 64),
            quotas: super::quota::Quotas::default(),
            drafts: super::imports::Drafts::default(),
            _jobs_folder: jobs_folder,
        })))
    }

    /// Runs `f` with a store handle on the blocking pool.
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, WebError> + Send + 'static,
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
    pub async fn with_search<T, F>(&self, f: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Store, &SearchIndex) -> Result<T, WebError> + Send + 'static,
    {
        let state = self.clone();
        self.with_store(move |store| {
            let current = {
                let index = state.0.search.read().map_err(poisoned)?;
                app::search::is_current(store, &index)?
            };
            if !current {
                let mut index = state.0.search.write().map_err(poisoned)?;
                app::search::refresh(store, &mut index)?;
            }
            let index = state.0.search.read().map_err(poisoned)?;
            f(store, &index)
        })
        .await
    }

    /// The use cases' context over `store`.
    pub fn ctx<'a>(&'a self, store: &'a Store) -> Ctx<'a> {
        Ctx {
            store,
            accounts: Some(&self.0.accounts),
            now: self.now(),
        }
    }

    /// Design `slug` at `rev` (a published revision, default `main`), parsed once per
    /// package tree.
    pub fn design(&self, store: &Store, slug: &Slug, rev: Option<&str>) -> Result<Read, WebError> {
        let (tree, commit) = app::designs::tree_id(store, slug, rev)?;
        if let Some(design) = self.0.caches.designs.get(&tree)? {
            return Ok(Read {
                design,
                tree,
                commit,
            });
        }
        let design = Arc::new(app::designs::read(store, slug, Some(&commit))?.design);
        self.0.caches.designs.put(tree.clone(), design.clone())?;
        Ok(Read {
            design,
            tree,
            commit,
        })
    }

    /// The store's valid makerspace profiles, parsed once per version of `makerspaces/`.
    pub fn makerspaces(&self, store: &Store) -> Result<Arc<Vec<(String, Makerspace)>>, WebError> {
        let id = store.makerspaces_id(None)?;
        if let Some((cached, list)) = self.0.caches.spaces.lock().map_err(poisoned)?.as_ref()
            && *cached == id
        {
            return Ok(list.clone());
        }
        let list = Arc::new(app::designs::profiles(store)?);
        *self.0.caches.spaces.lock().map_err(poisoned)? = Some((id, list.clone()));
        Ok(list)
    }

    /// A cached picture or file, if any.
    pub fn cached_file(&self, key: &str) -> Result<Option<Bytes>, WebError> {
        self.0.caches.files.get(key)
    }

    /// Caches a picture or file.
    pub fn cache_file(&self, key: String, bytes: Bytes) -> Result<(), WebError> {
        self.0.caches.files.put(key, bytes)
    }

    /// A cached design page view.
    pub fn cached_page(
        &self,
        key: &str,
    ) -> Result<Option<Arc<super::views::DesignPageView>>, WebError> {
        self.0.caches.pages.get(key)
    }

    /// Caches a design page view.
    pub fn cache_page(
        &self,
        key: String,
        view: Arc<super::views::DesignPageView>,
    ) -> Result<(), WebError> {
        self.0.caches.pages.put(key, view)
    }

    /// A permit to hash a password, or 429 when too many are waiting.
    pub async fn hash_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, WebError> {
        permit(&self.0.hashing, "error-busy-log-ins").await
    }

    /// A permit to check a manifest from the browser.
    pub async fn check_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, WebError> {
        permit(&self.0.checking, "error-busy-checking").await
    }

    /// A permit to render a picture or a 3D file.
    pub async fn render_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, WebError> {
        permit(&self.0.rendering, "error-busy-drawing").await
    }

    /// The accounts database.
    pub fn accounts(&self) -> Arc<Accounts> {
        self.0.accounts.clone()
    }

    /// The public base URL (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.0.base_url
    }

    /// Whether cookies carry `Secure` (the site is served over https).
    pub fn secure_cookies(&self) -> bool {
        self.0.secure
    }

    /// The time now, unix seconds.
    pub fn now(&self) -> i64 {
        crate::time::now()
    }
}

/// A bounded queue for costly work: `running` at once, at most `waiting` more in line.
/// Beyond that, or after [`GATE_WAIT`] in line, the request is refused with 429: the
/// refusal depends on how many are asking, not on how slow the machine is today (a home
/// page with fifty cold previews waits its turn instead of failing).
struct Gate {
    sem: Arc<tokio::sync::Semaphore>,
    in_line: Arc<AtomicUsize>,
    waiting: usize,
}

/// The longest a request waits in a [`Gate`]'s line.
const GATE_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

impl Gate {
    fn new(running: usize, waiting: usize) -> Gate {
        Gate {
            sem: Arc::new(tokio::sync::Semaphore::new(running)),
            in_line: Arc::new(AtomicUsize::new(0)),
            waiting,
        }
    }
}

/// Leaves the line when dropped (also when the request is cancelled while waiting).
struct InLine(Arc<AtomicUsize>);

impl Drop for InLine {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Waits in `gate`'s line for a permit, or refuses with the message `busy`.
async fn permit(
    gate: &Gate,
    busy: &'static str,
) -> Result<tokio::sync::OwnedSemaphorePermit, WebError> {
    if let Ok(p) = gate.sem.clone().try_acquire_owned() {
        return Ok(p);
    }
    if gate.in_line.fetch_add(1, Ordering::AcqRel) >= gate.waiting {
        gate.in_line.fetch_sub(1, Ordering::AcqRel);
        return Err(WebError::too_many(Message::new(busy)));
    }
    let _in_line = InLine(gate.in_line.clone());
    match tokio::time::timeout(GATE_WAIT, gate.sem.clone().acquire_owned()).await {
        Ok(Ok(p)) => Ok(p),
        _ => Err(WebError::too_many(Message::new(busy))),
    }
}

/// Runs blocking work (SQLite, argon2, git, geometry) on tokio's blocking pool. Its error,
/// or a worker that panicked, becomes a [`WebError`].
pub async fn blocking<T, E>(
    f: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, WebError>
where
    T: Send + 'static,
    E: Into<WebError> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| WebError::internal(format!("worker failed: {e}")))?
        .map_err(Into::into)
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> WebError {
    WebError::internal("a worker panicked while holding a lock")
}
