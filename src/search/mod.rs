//! Search: a tantivy index derived from the store, never the source of truth.
//!
//! Owns the schema (declared once, in [`Fields`]), turning stored designs into documents
//! (evaluated at their defaults so "fits my machine" uses real part sizes), queries with
//! filters and facet counts, snippets, and keeping the index in step with the store: the
//! index records the store commit it reflects and re-indexes only designs that changed
//! since. A missing, corrupt or outdated index is rebuilt from the store.

pub mod query;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::cost::{self, PriceBook};
use crate::geometry;
use crate::i18n::Message;
use crate::model::Design;
use crate::store::{Store, StoreError};

pub use query::{FILTERS, MAX_QUERY_LEN, SearchQuery, parse_query};

/// Version of the schema; an index written with another version is rebuilt.
const SCHEMA_VERSION: &str = "barnraise-search-5";
/// File in the index folder naming the schema version and the store commit indexed.
const MARKER: &str = "barnraise-commit";

/// Why a search or an index update failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query is malformed; the message says how.
    #[error("{}", .0.text(crate::i18n::Lang::En))]
    BadQuery(Message),
    /// The store could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// tantivy failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// An indexing thread failed.
    #[error("search index: {0}")]
    Internal(String),
    /// The index folder could not be used.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The failure.
        source: std::io::Error,
    },
}

impl SearchError {
    /// What went wrong as a catalogue message, when a person can act on it.
    pub fn message(&self) -> Option<Message> {
        match self {
            SearchError::BadQuery(m) => Some(m.clone()),
            _ => None,
        }
    }

    /// True when the user can fix it.
    pub fn is_user_error(&self) -> bool {
        match self {
            SearchError::BadQuery(_) => true,
            SearchError::Store(e) => e.is_user_error(),
            _ => false,
        }
    }
}

/// Every field of the index, declared in one place.
#[derive(Debug, Clone, Copy)]
struct Fields {
    slug: Field,
    name: Field,
    tags: Field,
    summary: Field,
    description: Field,
    authors: Field,
    category: Field,
    license: Field,
    material: Field,
    process: Field,
    thickness: Field,
    max_long: Field,
    max_short: Field,
    part_count: Field,
    material_cost: Field,
    cost: Field,
    currency: Field,
    updated: Field,
    fork_of: Field,
    forks: Field,
    built: Field,
    built_works: Field,
    built_at: Field,
    /// Per language (in [`LANGUAGES`] order): the name, and the other texts (summary,
    /// description, parts, BOM items, tools, steps), each analysed for that language.
    names: [Field; 5],
    texts: [Field; 5],
    /// The translated names and summaries (stored JSON), so cards speak the page's language.
    localized: Field,
}

/// The languages whose texts the index analyses separately, with their tokenizer: tantivy's
/// Snowball stemmers for English, French, Spanish and German (accents folded after
/// stemming, so "ecole" finds "école"); Swahili has no stemmer, so words are only
/// lower-cased.
const LANGUAGES: [(&str, &str); 5] = [
    ("en", "en_stem"),
    ("fr", "fr_stem"),
    ("es", "es_stem"),
    ("sw", "sw_plain"),
    ("de", "de_stem"),
];

/// Registers the tokenizers of [`LANGUAGES`] that tantivy does not have by default.
fn register_tokenizers(index: &Index) {
    use tantivy::tokenizer::{
        AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
        TextAnalyzer,
    };
    let stem = |lang: Language| {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(lang))
            .filter(AsciiFoldingFilter)
            .build()
    };
    let m = index.tokenizers();
    m.register("fr_stem", stem(Language::French));
    m.register("es_stem", stem(Language::Spanish));
    m.register("de_stem", stem(Language::German));
    m.register(
        "sw_plain",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let text = |stored: bool| {
            let o = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("en_stem")
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            if stored { o.set_stored() } else { o }
        };
        let facet = || FacetOptions::default().set_stored();
        let analysed = |tokenizer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let names =
            LANGUAGES.map(|(code, tok)| b.add_text_field(&format!("name_{code}"), analysed(tok)));
        let texts =
            LANGUAGES.map(|(code, tok)| b.add_text_field(&format!("text_{code}"), analysed(tok)));
        let fields = Fields {
            slug: b.add_text_field("slug", STRING | STORED),
            name: b.add_text_field("name", text(true)),
            tags: b.add_text_field("tags", text(true)),
            summary: b.add_text_field("summary", text(true)),
            description: b.add_text_field("description", text(true)),
            authors: b.add_text_field("authors", text(true)),
            category: b.add_facet_field("category", facet()),
            license: b.add_facet_field("license", facet()),
            material: b.add_facet_field("material", facet()),
            process: b.add_facet_field("process", facet()),
            thickness: b.add_facet_field("thickness", facet()),
            max_long: b.add_f64_field("max_long", INDEXED | FAST | STORED),
            max_short: b.add_f64_field("max_short", INDEXED | FAST | STORED),
            part_count: b.add_u64_field("part_count", INDEXED | FAST | STORED),
            material_cost: b.add_f64_field("material_cost", STORED),
            cost: b.add_f64_field("cost", INDEXED | FAST | STORED),
            currency: b.add_text_field("currency", STRING | STORED),
            updated: b.add_i64_field("updated", INDEXED | FAST | STORED),
            fork_of: b.add_text_field("fork_of", STRING | STORED),
            forks: b.add_u64_field("forks", INDEXED | FAST | STORED),
            built: b.add_u64_field("built", INDEXED | FAST | STORED),
            built_works: b.add_u64_field("built_works", INDEXED | FAST | STORED),
            built_at: b.add_facet_field("built_at", facet()),
            names,
            texts,
            localized: b.add_text_field("localized", STORED),
        };
        (b.build(), fields)
    }
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Design slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Summary.
    pub summary: String,
    /// Category.
    pub category: String,
    /// Licence.
    pub license: String,
    /// Relevance score.
    pub score: f32,
    /// Matched words in context (or the summary when none matched).
    pub snippet: Snippet,
    /// Parts to cut.
    pub part_count: u64,
    /// Estimated cost ([`crate::cost::estimate`]): hardware plus sheet material.
    pub cost: f64,
    /// Of that, sheet material, when every material has a price in the design's currency
    /// among the store's makerspaces; `None` when some material has none.
    pub material_cost: Option<f64>,
    /// Currency of `cost`.
    pub currency: String,
    /// Largest part, long and short side (mm).
    pub largest_part: [f64; 2],
    /// Slug of the design it was forked from.
    pub fork_of: Option<String>,
    /// Number of forks in this store.
    pub forks: u64,
    /// Valid build logs of it in this store.
    pub built: u64,
    /// Of those, builds that work (as designed or with changes).
    pub built_works: u64,
    /// Name and summary in the design's other languages, by language code.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, LocalText>,
}

/// A design's name and summary in one of its translations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct LocalText {
    /// The name.
    pub name: String,
    /// The summary.
    pub summary: String,
}

/// A piece of text with the words that matched marked, as byte ranges into `text`. Front
/// ends render it: the web escapes the text and marks the ranges, the terminal prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text (no markup).
    pub text: String,
    /// `[start, end)` byte ranges of matched words, in order, on character boundaries.
    pub highlights: Vec<[usize; 2]>,
}

impl Snippet {
    /// Plain text with nothing marked.
    pub fn plain(text: &str) -> Snippet {
        Snippet {
            text: text.to_string(),
            highlights: Vec::new(),
        }
    }

    /// The text split into `(piece, matched)` runs, in order.
    pub fn runs(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &[a, b] in &self.highlights {
            let (Some(before), Some(hit)) = (self.text.get(at..a), self.text.get(a..b)) else {
                continue;
            };
            if !before.is_empty() {
                out.push((before, false));
            }
            out.push((hit, true));
            at = b;
        }
        if let Some(rest) = self.text.get(at..).filter(|r| !r.is_empty()) {
            out.push((rest, false));
        }
        out
    }
}

/// A page of results with facet counts over all matches.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    /// Number of matching designs.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<Hit>,
    /// `facet → [(value, count)]` for category, license, material, process and `built_at`
    /// (the makerspaces and countries where logged builds were made).
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

/// What an update did.
#[derive(Debug, Clone, Serialize)]
pub struct UpdateReport {
    /// True when everything was re-indexed.
    pub rebuilt: bool,
    /// Designs (re)indexed.
    pub indexed: usize,
    /// Designs removed from the index.
    pub removed: usize,
    /// Designs skipped because they are invalid.
    pub invalid: Vec<String>,
    /// Store commit the index now reflects.
    pub commit: Option<String>,
}

/// The search index of one store.
pub struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Sheet prices from the store's makerspaces, for material cost estimates.
    prices: PriceBook,
}

/// The sheet prices of the store's makerspaces.
fn prices_of(store: &Store) -> PriceBook {
    let spaces = store.makerspaces(None).unwrap_or_default();
    PriceBook::from_makerspaces(spaces.iter().filter_map(|e| e.makerspace.as_ref()))
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("dir", &self.dir)
            .finish()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SearchError + '_ {
    move |source| SearchError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl SearchIndex {
    /// The index folder used for a store: beside its git data.
    pub fn default_dir(store: &Store) -> PathBuf {
        store.path().join("barnraise-index")
    }

    /// Opens the index in `dir`, creating it empty when it is missing, unreadable or of
    /// another schema version (it is derived data: the next [`SearchIndex::update`]
    /// rebuilds it).
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = Fields::schema();
        let marker = std::fs::read_to_string(dir.join(MARKER)).unwrap_or_default();
        let usable = marker.starts_with(SCHEMA_VERSION);
        let index = match usable.then(|| Index::open_in_dir(dir)) {
            Some(Ok(index)) if index.schema() == schema => index,
            _ => {
                if dir.exists() {
                    std::fs::remove_dir_all(dir).map_err(io(dir))?;
                }
                std::fs::create_dir_all(dir).map_err(io(dir))?;
                Index::create_in_dir(dir, schema)?
            }
        };
        register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            prices: PriceBook::default(),
        })
    }

    /// The store commit this index reflects, if it reflects one.
    pub fn indexed_commit(&self) -> Option<String> {
        let marker = std::fs::read_to_string(self.dir.join(MARKER)).ok()?;
        let (version, commit) = marker.trim().split_once(' ')?;
        (version == SCHEMA_VERSION && !commit.is_empty()).then(|| commit.to_string())
    }

    /// Brings the index up to the store's `main`: only designs changed since the indexed
    /// commit are re-indexed; with no usable record, everything is.
    pub fn update(&mut self, store: &Store) -> Result<UpdateReport, SearchError> {
        let head = store.head_id()?;
        let indexed = self.indexed_commit();
        if indexed.is_some() && indexed == head {
            return Ok(UpdateReport {
                rebuilt: false,
                indexed: 0,
                removed: 0,
                invalid: Vec::new(),
                commit: head,
            });
        }
        // Stock prices feed cost estimates: when a makerspace changed, rebuild everything.
        let builds_changed = match &indexed {
            Some(c) => store.builds_changed_since(c).ok(),
            None => None,
        };
        let prices_moved = match &indexed {
            Some(c) => store.makerspaces_id(Some(c)).ok() != store.makerspaces_id(None).ok(),
            None => true,
        };
        let changed = match &indexed {
            Some(c) if !prices_moved => store.changed_since(c).ok(),
            _ => None,
        };
        match (changed, builds_changed) {
            (Some(slugs), Some(built)) => self.reindex_changed(store, slugs, built, head),
            _ => self.reindex(store, None, head),
        }
    }

    /// Re-indexes everything from the store.
    pub fn rebuild(&mut self, store: &Store) -> Result<UpdateReport, SearchError> {
        let head = store.head_id()?;
        self.reindex(store, None, head)
    }

    fn reindex(
        &mut self,
        store: &Store,
        only: Option<Vec<String>>,
        head: Option<String>,
    ) -> Result<UpdateReport, SearchError> {
        self.prices = prices_of(store);
        let entries = store.list(None)?;
        let times = store.last_changed()?;
        // Fork counts: children per parent slug.
        let mut forks: BTreeMap<String, u64> = BTreeMap::new();
        for e in &entries {
            if let Some(df) = e.design.as_ref().and_then(|d| d.derived_from.as_ref()) {
                *forks.entry(df.slug.clone()).or_default() += 1;
            }
        }
        // Build tallies per design (valid logs, those that work, where they were built).
        let tallies: BTreeMap<String, Tally> = store
            .all_builds(None)?
            .into_iter()
            .map(|(slug, logs)| (slug, Tally::of(&logs)))
            .collect();
        let rebuilt = only.is_none();
        // A changed fork changes its parent's fork count: re-index parents too.
        let targets: Option<BTreeSet<String>> = only.map(|slugs| {
            let mut set: BTreeSet<String> = slugs.into_iter().collect();
            for e in &entries {
                if set.contains(&e.slug)
                    && let Some(df) = e.design.as_ref().and_then(|d| d.derived_from.as_ref())
                {
                    set.insert(df.slug.clone());
                }
            }
            set
        });
        let writer: IndexWriter = self.index.writer(50_000_000)?;
        let mut report = UpdateReport {
            rebuilt,
            indexed: 0,
            removed: 0,
            invalid: Vec::new(),
            commit: head.clone(),
        };
        match &targets {
            None => {
                writer.delete_all_documents()?;
            }
            Some(set) => {
                for slug in set {
                    writer.delete_term(Term::from_field_text(self.fields.slug, slug));
                    if !entries.iter().any(|e| &e.slug == slug) {
                        report.removed += 1;
                    }
                }
            }
        }
        let todo: Vec<&crate::store::DesignEntry> = entries
            .iter()
            .filter(|e| targets.as_ref().is_none_or(|t| t.contains(&e.slug)))
            .collect();
        // Evaluating designs (geometry included) is the expensive part: use every core.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = todo.len().div_ceil(threads).max(1);
        let writer_ref = &writer;
        let this = &*self;
        let results: Vec<Result<(usize, Vec<String>), SearchError>> = std::thread::scope(|s| {
            let handles: Vec<_> = todo
                .chunks(chunk)
                .map(|part| {
                    let times = &times;
                    let forks = &forks;
                    let tallies = &tallies;
                    s.spawn(move || {
                        let mut indexed = 0;
                        let mut invalid = Vec::new();
                        for e in part {
                            let doc = e.design.as_ref().and_then(|design| {
                                let time = times.get(&e.slug).copied().unwrap_or(0);
                                this.document(
                                    design,
                                    time,
                                    forks.get(&e.slug).copied().unwrap_or(0),
                                    tallies.get(&e.slug).unwrap_or(&Tally::default()),
                                )
                            });
                            match doc {
                                Some(doc) => {
                                    writer_ref.add_document(doc)?;
                                    indexed += 1;
                                }
                                None => invalid.push(e.slug.clone()),
                            }
                        }
                        Ok((indexed, invalid))
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        Err(SearchError::Internal("an indexing thread panicked".into()))
                    })
                })
                .collect()
        });
        for r in results {
            let (n, invalid) = r?;
            report.indexed += n;
            report.invalid.extend(invalid);
        }
        report.invalid.sort();
        self.finish(writer, head)?;
        Ok(report)
    }

    /// Re-indexes only `slugs` (changed since the indexed commit), reading nothing else from
    /// the store: fork counts come from the index itself (`fork_of` terms), so the parents of
    /// changed forks are refreshed too. O(changed designs), not O(store).
    fn reindex_changed(
        &mut self,
        store: &Store,
        slugs: Vec<String>,
        built: Vec<String>,
        head: Option<String>,
    ) -> Result<UpdateReport, SearchError> {
        let f = self.fields;
        self.prices = prices_of(store);
        let time = store.head_time()?.unwrap_or(0);
        let mut report = UpdateReport {
            rebuilt: false,
            indexed: 0,
            removed: 0,
            invalid: Vec::new(),
            commit: head.clone(),
        };
        // Parents whose fork count may change: old parents (from the index) and new ones.
        let mut parents: BTreeSet<String> = BTreeSet::new();
        for slug in &slugs {
            if let Some(doc) = self.stored(slug)?
                && let Some(p) = doc.get_first(f.fork_of).and_then(|v| v.as_str())
            {
                parents.insert(p.to_string());
            }
        }
        let mut designs = Vec::new();
        for slug in &slugs {
            match store.read(slug, None) {
                Ok(d) => designs.push(d.design),
                Err(StoreError::NotFound { .. }) => report.removed += 1,
                Err(StoreError::Invalid(_)) => report.invalid.push(slug.clone()),
                Err(e) => return Err(e.into()),
            }
        }
        for d in &designs {
            if let Some(df) = &d.derived_from {
                parents.insert(df.slug.clone());
            }
        }
        let changed: BTreeSet<&String> = slugs.iter().collect();
        let mut refresh: Vec<Design> = designs.clone();
        for p in parents.iter().filter(|p| !changed.contains(p)) {
            if let Ok(d) = store.read(p, None) {
                refresh.push(d.design);
            }
        }
        // Designs whose build logs changed: their tallies, keeping when they were updated.
        for b in built
            .iter()
            .filter(|b| !changed.contains(b) && !parents.contains(*b))
        {
            if let Ok(d) = store.read(b, None) {
                refresh.push(d.design);
            }
        }
        // Fork counts without an intermediate commit: forks in the index that did not change,
        // plus the changed designs that now name the parent.
        let searcher = self.reader.searcher();
        let unchanged_forks = |parent: &str| -> Result<u64, SearchError> {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.fork_of, parent),
                    IndexRecordOption::Basic,
                )),
            )];
            for slug in &slugs {
                clauses.push((
                    Occur::MustNot,
                    Box::new(TermQuery::new(
                        Term::from_field_text(f.slug, slug),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
            Ok(searcher.search(&BooleanQuery::new(clauses), &Count)? as u64)
        };
        let writer: IndexWriter = self.index.writer(50_000_000)?;
        for slug in &slugs {
            writer.delete_term(Term::from_field_text(f.slug, slug));
        }
        for d in &refresh {
            let new_forks = designs
                .iter()
                .filter(|c| c.derived_from.as_ref().is_some_and(|df| df.slug == d.slug))
                .count() as u64;
            let forks = unchanged_forks(&d.slug)? + new_forks;
            let updated = match self.stored(&d.slug)? {
                Some(doc) if !changed.contains(&d.slug) => doc
                    .get_first(f.updated)
                    .and_then(|v| v.as_i64())
                    .unwrap_or(time),
                _ => time,
            };
            writer.delete_term(Term::from_field_text(f.slug, &d.slug));
            let logs: Vec<crate::model::BuildLog> = store
                .builds(&d.slug, None)?
                .into_iter()
                .filter_map(|b| b.log)
                .collect();
            match self.document(d, updated, forks, &Tally::of(&logs)) {
                Some(doc) => {
                    writer.add_document(doc)?;
                    report.indexed += 1;
                }
                None => report.invalid.push(d.slug.clone()),
            }
        }
        self.finish(writer, head)?;
        Ok(report)
    }

    /// Commits the writer, records the store commit now reflected, and reloads the reader.
    fn finish(&mut self, mut writer: IndexWriter, head: Option<String>) -> Result<(), SearchError> {
        writer.commit()?;
        drop(writer);
        let marker = format!("{SCHEMA_VERSION} {}\n", head.unwrap_or_default());
        std::fs::write(self.dir.join(MARKER), marker).map_err(io(&self.dir))?;
        self.reader.reload()?;
        Ok(())
    }

    /// The stored document of `slug`, if indexed.
    fn stored(&self, slug: &str) -> Result<Option<TantivyDocument>, SearchError> {
        let searcher = self.reader.searcher();
        let q = TermQuery::new(
            Term::from_field_text(self.fields.slug, slug),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(searcher.doc(*addr)?)),
            None => Ok(None),
        }
    }

    /// The document for a design, evaluated at its defaults; `None` if it does not evaluate.
    fn document(
        &self,
        d: &Design,
        updated: i64,
        forks: u64,
        tally: &Tally,
    ) -> Option<TantivyDocument> {
        let f = &self.fields;
        let ev = d.evaluate(&BTreeMap::new()).ok()?;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.slug, &d.slug);
        doc.add_text(f.name, &d.name);
        for t in &d.tags {
            doc.add_text(f.tags, t);
        }
        doc.add_text(f.summary, &d.summary);
        doc.add_text(f.description, &d.description);
        for a in &d.authors {
            doc.add_text(f.authors, &a.name);
        }
        doc.add_facet(f.category, Facet::from_path([d.category.as_str()]));
        doc.add_facet(f.license, Facet::from_path([d.license.as_str()]));
        let used: BTreeSet<&str> = d.parts.iter().map(|p| p.material.as_str()).collect();
        let mut kinds = BTreeSet::new();
        let mut thicknesses = BTreeSet::new();
        for m in d.materials.iter().filter(|m| used.contains(m.id.as_str())) {
            kinds.insert(m.kind.clone());
            thicknesses.insert(thickness_key(m.nominal_thickness));
        }
        for k in kinds {
            doc.add_facet(f.material, Facet::from_path([k.as_str()]));
        }
        for t in thicknesses {
            doc.add_facet(f.thickness, Facet::from_path([t.as_str()]));
        }
        let processes: BTreeSet<&str> = d.parts.iter().map(|p| p.process.as_str()).collect();
        for p in processes {
            doc.add_facet(f.process, Facet::from_path([p]));
        }
        let (mut long, mut short) = (0.0f64, 0.0f64);
        for part in &ev.parts {
            let prof = geometry::part_profile(part).ok()?;
            let [w, h] = prof.size();
            long = long.max(w.max(h));
            short = short.max(w.min(h));
        }
        let areas = cost::material_areas(&ev)?;
        let estimate = cost::estimate(d, &ev, &areas, &self.prices);
        let material_cost = estimate.material.unwrap_or(-1.0);
        doc.add_f64(f.material_cost, material_cost);
        doc.add_f64(f.max_long, long);
        doc.add_f64(f.max_short, short);
        doc.add_u64(f.part_count, ev.part_count());
        doc.add_f64(f.cost, estimate.total);
        doc.add_text(f.currency, &d.currency);
        doc.add_i64(f.updated, updated);
        if let Some(df) = &d.derived_from {
            doc.add_text(f.fork_of, &df.slug);
        }
        doc.add_u64(f.forks, forks);
        doc.add_u64(f.built, tally.built);
        doc.add_u64(f.built_works, tally.works);
        for place in &tally.places {
            doc.add_facet(f.built_at, Facet::from_path([place.as_str()]));
        }
        let mut localized = BTreeMap::new();
        for lang in d.languages() {
            let Some(i) = LANGUAGES.iter().position(|(code, _)| *code == lang) else {
                continue;
            };
            // English originals are already analysed in English in the fields above; the
            // same words twice would rank English designs above the others.
            if lang == "en" && !d.translations.contains_key("en") {
                continue;
            }
            let l = d.localized(&lang);
            doc.add_text(f.names[i], &l.name);
            let mut text = vec![l.summary.as_str(), l.description.as_str()];
            text.extend(l.parts.iter().map(|p| p.name.as_str()));
            text.extend(l.bom.iter().map(|b| b.item.as_str()));
            text.extend(l.assembly.tools.iter().map(String::as_str));
            for s in &l.assembly.steps {
                text.push(&s.title);
                text.push(&s.text);
            }
            doc.add_text(f.texts[i], text.join("\n"));
            if d.translations.contains_key(&lang) {
                localized.insert(
                    lang.clone(),
                    LocalText {
                        name: l.name.clone(),
                        summary: l.summary.clone(),
                    },
                );
            }
        }
        if !localized.is_empty() {
            doc.add_text(
                f.localized,
                serde_json::to_string(&localized).unwrap_or_default(),
            );
        }
        Some(doc)
    }

    /// Runs a query: text with relevance (name and tags count most), filters, "fits my
    /// machine", facet counts and a page of hits.
    pub fn search(&self, q: &SearchQuery) -> Result<Results, SearchError> {
        let exact = self.search_with(q, false)?;
        // Typo tolerance for short queries, only when the words as typed find (almost)
        // nothing: fuzzy matching walks the whole term dictionary, so it is the fallback.
        let short = q.text.split_whitespace().count() <= 3 && !q.text.contains('"');
        if !q.text.trim().is_empty() && short && exact.total < 3 {
            let fuzzy = self.search_with(q, true)?;
            if fuzzy.total > exact.total {
                return Ok(fuzzy);
            }
        }
        Ok(exact)
    }

    /// The query a search runs (filters as clauses) and its text part (for snippets).
    #[allow(clippy::type_complexity)]
    fn plan_query(
        &self,
        searcher: &tantivy::Searcher,
        q: &SearchQuery,
        fuzzy: bool,
    ) -> Result<(Box<dyn Query>, Option<Box<dyn Query>>), SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut text_query: Option<Box<dyn Query>> = None;
        if !q.text.trim().is_empty() {
            // The original texts, and every language's texts with that language's analyser,
            // so a design is found by words of any language it is written in.
            let mut fields = vec![f.name, f.tags, f.summary, f.description, f.authors];
            fields.extend(f.names);
            fields.extend(f.texts);
            let mut parser = QueryParser::for_index(&self.index, fields);
            parser.set_field_boost(f.name, 4.0);
            for n in f.names {
                parser.set_field_boost(n, 4.0);
                if fuzzy {
                    parser.set_field_fuzzy(n, false, 1, true);
                }
            }
            parser.set_field_boost(f.tags, 3.0);
            parser.set_field_boost(f.summary, 1.5);
            // Typo tolerance: one edit on names and tags.
            if fuzzy {
                parser.set_field_fuzzy(f.name, false, 1, true);
                parser.set_field_fuzzy(f.tags, false, 1, true);
            }
            let parsed = parser.parse_query(&q.text).map_err(|e| {
                SearchError::BadQuery(
                    Message::new("refusal-search-unreadable-query")
                        .arg("query", &q.text)
                        .arg("reason", e.to_string()),
                )
            })?;
            text_query = Some(parsed.box_clone());
            clauses.push((Occur::Must, parsed));
        }
        let facet_term = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_facet(field, &Facet::from_path([value])),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(v) = &q.category {
            clauses.push((Occur::Must, facet_term(f.category, v)));
        }
        if let Some(v) = &q.license {
            clauses.push((Occur::Must, facet_term(f.license, v)));
        }
        if let Some(v) = &q.material {
            clauses.push((Occur::Must, facet_term(f.material, v)));
        }
        if let Some(v) = &q.process {
            clauses.push((Occur::Must, facet_term(f.process, v)));
        }
        if let Some(v) = &q.author {
            let parser = QueryParser::for_index(&self.index, vec![f.authors]);
            let parsed = parser.parse_query(v).map_err(|e| {
                SearchError::BadQuery(
                    Message::new("refusal-search-unreadable-author")
                        .arg("author", v)
                        .arg("reason", e.to_string()),
                )
            })?;
            clauses.push((Occur::Must, parsed));
        }
        let range = |field: Field, lo: Option<f64>, hi: Option<f64>| -> Box<dyn Query> {
            let bound = |v: Option<f64>| match v {
                Some(v) => std::ops::Bound::Included(Term::from_field_f64(field, v)),
                None => std::ops::Bound::Unbounded,
            };
            Box::new(RangeQuery::new(bound(lo), bound(hi)))
        };
        let at_least = |field: Field, n: u64| -> Box<dyn Query> {
            Box::new(RangeQuery::new(
                std::ops::Bound::Included(Term::from_field_u64(field, n)),
                std::ops::Bound::Unbounded,
            ))
        };
        if let Some(n) = q.built_min {
            clauses.push((Occur::Must, at_least(f.built, n)));
        }
        if let Some(n) = q.built_works_min {
            clauses.push((Occur::Must, at_least(f.built_works, n)));
        }
        if let Some(v) = &q.built_at {
            // A makerspace slug as written, or a country code in capitals.
            let mut either: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Should, facet_term(f.built_at, v))];
            if v.to_ascii_uppercase() != *v {
                either.push((
                    Occur::Should,
                    facet_term(f.built_at, &v.to_ascii_uppercase()),
                ));
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        if q.cost_min.is_some() || q.cost_max.is_some() {
            clauses.push((Occur::Must, range(f.cost, q.cost_min, q.cost_max)));
        }
        if let Some([a, b]) = q.bed {
            // Every part fits the bed, turned if need be: the longest part side fits the long
            // side of the bed and the largest short side fits its short side.
            let (long, short) = (a.max(b), a.min(b));
            clauses.push((Occur::Must, range(f.max_long, None, Some(long))));
            clauses.push((Occur::Must, range(f.max_short, None, Some(short))));
        }
        if !q.thickness.is_empty() {
            // Available stock: exclude designs needing any other thickness.
            let available: BTreeSet<String> =
                q.thickness.iter().map(|t| thickness_key(*t)).collect();
            let mut all = FacetCollector::for_field("thickness");
            all.add_facet(Facet::root());
            let counts = searcher.search(&AllQuery, &all)?;
            for (facet, _) in counts.get(Facet::root()) {
                let value = facet
                    .to_path()
                    .last()
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                if !available.contains(&value) {
                    clauses.push((Occur::MustNot, facet_term(f.thickness, &value)));
                }
            }
            if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        Ok((query, text_query))
    }

    /// One search: the planned query, a page of hits, total and facet counts.
    fn search_with(&self, q: &SearchQuery, fuzzy: bool) -> Result<Results, SearchError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let (query, text_query) = self.plan_query(&searcher, q, fuzzy)?;
        let facet_collector = |name: &str| {
            let mut c = FacetCollector::for_field(name);
            c.add_facet(Facet::root());
            c
        };
        let limit = q.limit.clamp(1, 100);
        let has_text = text_query.is_some();
        let (top, total, ((cat, lic, mat, proc_), at)) = searcher.search(
            &*query,
            &(
                // Relevance, nudged up for designs others have forked and, more, for designs
                // people built and say work. Filters alone do not rank: every match scores 1
                // before the nudge.
                TopDocs::with_limit(limit).and_offset(q.offset).tweak_score(
                    move |segment: &tantivy::SegmentReader| {
                        let forks = segment.fast_fields().u64("forks").ok();
                        let works = segment.fast_fields().u64("built_works").ok();
                        move |doc: tantivy::DocId, score: tantivy::Score| {
                            let n = forks.as_ref().and_then(|c| c.first(doc)).unwrap_or(0) as f32;
                            let w = works.as_ref().and_then(|c| c.first(doc)).unwrap_or(0) as f32;
                            let base = if has_text { score } else { 1.0 };
                            base * (1.0 + 0.1 * n.ln_1p()) * (1.0 + 0.25 * w.ln_1p())
                        }
                    },
                ),
                Count,
                (
                    (
                        facet_collector("category"),
                        facet_collector("license"),
                        facet_collector("material"),
                        facet_collector("process"),
                    ),
                    facet_collector("built_at"),
                ),
            ),
        )?;
        let facets = facet_counts([
            ("category", cat),
            ("license", lic),
            ("material", mat),
            ("process", proc_),
            ("built_at", at),
        ]);
        let snippets = match &text_query {
            Some(tq) => {
                let mut g = SnippetGenerator::create(&searcher, &**tq, f.description)?;
                g.set_max_num_chars(180);
                Some(g)
            }
            None => None,
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            hits.push(self.hit(&doc, score, snippets.as_ref()));
        }
        // Equal scores (filter-only queries) come back in index order, which depends on how
        // the index was built: order them by slug so every index answers alike.
        // Scores are compared at 1e-4: summing clause scores in another order differs in the
        // last bits.
        let key = |s: f32| (f64::from(s) * 1e4).round() as i64;
        hits.sort_by(|a, b| {
            key(b.score)
                .cmp(&key(a.score))
                .then_with(|| a.slug.cmp(&b.slug))
        });
        Ok(Results {
            total,
            hits,
            facets,
        })
    }

    /// A hit from its stored document.
    fn hit(&self, doc: &TantivyDocument, score: f32, snippets: Option<&SnippetGenerator>) -> Hit {
        let f = &self.fields;
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let facet = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_facet())
                // Stored facets are encoded with NUL between levels; ours have one level.
                .and_then(|p| p.rsplit('\u{0}').next())
                .unwrap_or_default()
                .to_string()
        };
        let num = |field: Field| doc.get_first(field).and_then(|v| v.as_f64()).unwrap_or(0.0);
        let whole = |field: Field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0);
        let summary = text(f.summary);
        let snippet = snippets
            .as_ref()
            .map(|g| g.snippet_from_doc(doc))
            .filter(|s| !s.is_empty())
            .map(|s| Snippet {
                text: s.fragment().to_string(),
                highlights: s
                    .highlighted()
                    .iter()
                    .map(|r| [r.start, r.end])
                    .filter(|[a, b]| {
                        a < b
                            && s.fragment().is_char_boundary(*a)
                            && s.fragment().is_char_boundary(*b)
                    })
                    .collect(),
            })
            .unwrap_or_else(|| Snippet::plain(&summary));
        let fork_of = text(f.fork_of);
        Hit {
            slug: text(f.slug),
            name: text(f.name),
            summary,
            category: facet(f.category),
            license: facet(f.license),
            score,
            snippet,
            part_count: whole(f.part_count),
            cost: num(f.cost),
            material_cost: {
                let m = num(f.material_cost);
                (m >= 0.0).then_some(m)
            },
            currency: text(f.currency),
            largest_part: [num(f.max_long), num(f.max_short)],
            fork_of: (!fork_of.is_empty()).then_some(fork_of),
            forks: whole(f.forks),
            built: whole(f.built),
            built_works: whole(f.built_works),
            translations: serde_json::from_str(&text(f.localized)).unwrap_or_default(),
        }
    }
}

/// What a design's valid build logs say, for its document.
#[derive(Debug, Clone, Default)]
struct Tally {
    built: u64,
    works: u64,
    /// Makerspace slugs and country codes (in capitals) where it was built.
    places: BTreeSet<String>,
}

impl Tally {
    fn of(logs: &[crate::model::BuildLog]) -> Tally {
        let mut t = Tally {
            built: logs.len() as u64,
            works: logs.iter().filter(|l| l.outcome.works()).count() as u64,
            places: BTreeSet::new(),
        };
        for l in logs {
            if let Some(m) = l.makerspace.as_deref().filter(|m| !m.trim().is_empty()) {
                t.places.insert(m.trim().to_string());
            }
            if let Some(c) = l.country.as_deref().filter(|c| !c.trim().is_empty()) {
                t.places.insert(c.trim().to_ascii_uppercase());
            }
        }
        t
    }
}

/// Facet values with their counts, most common first.
fn facet_counts(
    collected: [(&str, tantivy::collector::FacetCounts); 5],
) -> BTreeMap<String, Vec<(String, u64)>> {
    let mut facets = BTreeMap::new();
    for (name, counts) in collected {
        let mut values: Vec<(String, u64)> = counts
            .get(Facet::root())
            .map(|(facet, n)| {
                (
                    facet
                        .to_path()
                        .last()
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    n,
                )
            })
            .collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        facets.insert(name.to_string(), values);
    }
    facets
}

/// `18`, `2.5`: the facet value for a nominal thickness.
fn thickness_key(t: f64) -> String {
    crate::model::format_number((t * 100.0).round() / 100.0)
}
