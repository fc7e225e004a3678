//! View structs: what pages show and what the API returns, built from the use cases'
//! results. They are the API's contract (documented in the OpenAPI document), not the
//! domain's serialisation: a field here changes only on purpose.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use crate::accounts::Proposal;
use crate::app::designs::{DesignLineage, Facts, History};
use crate::app::search::SearchResults;
use crate::cost::CostEstimate;
use crate::model::{Design, Makerspace, ParamType, format_number};
use crate::search::Hit;

/// One run of a snippet: plain text, or a word that matched.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SnippetRun {
    /// The text.
    pub text: String,
    /// Whether it matched the query.
    pub hit: bool,
}

/// A design in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DesignCard {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// One-line summary.
    pub summary: String,
    /// Category.
    pub category: String,
    /// SPDX licence.
    pub license: String,
    /// Forks in this store.
    pub forks: u64,
    /// Build logs of it in this store.
    pub built: u64,
    /// Of those, builds that work.
    pub built_works: u64,
    /// Part copies to cut.
    pub part_count: u64,
    /// Estimated cost: hardware plus sheet material (the design page's figure too).
    pub cost: f64,
    /// Of that, sheet material, when the makerspaces price it.
    pub material_cost: Option<f64>,
    /// Currency of `cost`.
    pub currency: String,
    /// The design it was forked from.
    pub fork_of: Option<String>,
    /// Matched words in context (search), else the summary.
    pub snippet: Vec<SnippetRun>,
    /// Name and summary in the design's other languages, by language code (the page
    /// shows its own language's, `intl` in the templates).
    #[schema(value_type = Object)]
    pub translations: BTreeMap<String, crate::search::LocalText>,
}

impl From<&Hit> for DesignCard {
    fn from(h: &Hit) -> Self {
        DesignCard {
            slug: h.slug.clone(),
            name: h.name.clone(),
            summary: h.summary.clone(),
            category: h.category.clone(),
            license: h.license.clone(),
            forks: h.forks,
            built: h.built,
            built_works: h.built_works,
            part_count: h.part_count,
            cost: h.cost,
            material_cost: h.material_cost,
            currency: h.currency.clone(),
            fork_of: h.fork_of.clone(),
            translations: h.translations.clone(),
            snippet: h
                .snippet
                .runs()
                .into_iter()
                .map(|(t, hit)| SnippetRun {
                    text: t.to_string(),
                    hit,
                })
                .collect(),
        }
    }
}

/// Cards of hits.
pub fn cards(hits: &[Hit]) -> Vec<DesignCard> {
    hits.iter().map(DesignCard::from).collect()
}

/// A facet value and how many matching designs have it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FacetCount {
    /// The value (`tools`, `CC-BY-SA-4.0`, …).
    pub value: String,
    /// Matching designs with it.
    pub count: u64,
}

/// Search results (the page and `GET /api/v1/search`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchView {
    /// The search box as typed.
    pub q: String,
    /// "Fits my machine" bed, as typed.
    pub bed: String,
    /// Stocked thicknesses, as typed.
    pub thickness: String,
    /// "Buildable at" makerspace slug.
    pub makerspace: String,
    /// The whole query run, filters included.
    pub query: String,
    /// Matching designs in all.
    pub total: usize,
    /// This page's designs.
    pub hits: Vec<DesignCard>,
    /// Facet counts over all matches.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
    /// This page, from 1.
    pub page: usize,
    /// Pages in all.
    pub pages: usize,
}

/// Facet counts as views.
pub fn facets(f: &BTreeMap<String, Vec<(String, u64)>>) -> BTreeMap<String, Vec<FacetCount>> {
    f.iter()
        .map(|(k, vs)| {
            (
                k.clone(),
                vs.iter()
                    .map(|(value, count)| FacetCount {
                        value: value.clone(),
                        count: *count,
                    })
                    .collect(),
            )
        })
        .collect()
}

impl SearchView {
    /// The view of `results` for the form as typed.
    pub fn new(
        q: &str,
        bed: &str,
        thickness: &str,
        makerspace: &str,
        r: &SearchResults,
    ) -> SearchView {
        SearchView {
            q: q.to_string(),
            bed: bed.to_string(),
            thickness: thickness.to_string(),
            makerspace: makerspace.to_string(),
            query: r.query.clone(),
            total: r.total,
            hits: cards(&r.hits),
            facets: facets(&r.facets),
            page: r.page,
            pages: r.pages,
        }
    }
}

/// A parameter on the design page's form.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ParamView {
    /// Name (the form field).
    pub name: String,
    /// Value used now.
    pub value: f64,
    /// Default.
    pub default: f64,
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// `mm`, `°` or empty.
    pub unit: String,
    /// Step for the number input.
    pub step: String,
    /// Help text.
    pub help: String,
}

/// A line of the cut list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartRow {
    /// Label.
    pub label: String,
    /// Name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Material id.
    pub material: String,
    /// Thickness, mm.
    pub thickness: f64,
    /// Bounding box width, mm.
    pub width: f64,
    /// Bounding box height, mm.
    pub height: f64,
    /// Net area of one copy (outline less holes and slots), mm².
    pub area: f64,
    /// `laser` or `cnc`.
    pub process: String,
}

/// A BOM line.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BomRow {
    /// What to buy.
    pub item: String,
    /// How many (formatted).
    pub quantity: String,
    /// Unit.
    pub unit: String,
    /// Cost of one.
    pub unit_cost: f64,
    /// Line total.
    pub total: f64,
    /// Currency.
    pub currency: String,
}

/// A design's estimated cost ([`crate::cost::estimate`]).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CostView {
    /// Hardware from the bill of materials.
    pub hardware: f64,
    /// Sheet material, when the makerspaces price it.
    pub material: Option<f64>,
    /// Hardware plus material.
    pub total: f64,
    /// Currency.
    pub currency: String,
}

impl From<&CostEstimate> for CostView {
    fn from(c: &CostEstimate) -> Self {
        CostView {
            hardware: c.hardware,
            material: c.material,
            total: c.total,
            currency: c.currency.clone(),
        }
    }
}

/// What the sheets for one material would cost at one makerspace (an estimate before
/// nesting: the build sheet counts real sheets).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SheetEstimateView {
    /// Makerspace slug.
    pub makerspace: String,
    /// Makerspace name.
    pub name: String,
    /// The design's material id.
    pub material: String,
    /// The matching stock, or `None` when the space has none.
    pub stock: Option<String>,
    /// Sheets needed.
    pub sheets: u32,
    /// Price of those sheets.
    pub cost: f64,
    /// Currency.
    pub currency: String,
}

/// An assembly step.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StepView {
    /// Title.
    pub title: String,
    /// What to do.
    pub text: String,
}

/// A contributor to a design.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContributorView {
    /// Name.
    pub name: String,
    /// Commits.
    pub commits: usize,
    /// First commit, unix seconds.
    pub first: i64,
    /// Last commit, unix seconds.
    pub last: i64,
}

impl From<&crate::store::Contributor> for ContributorView {
    fn from(c: &crate::store::Contributor) -> Self {
        ContributorView {
            name: c.name.clone(),
            commits: c.commits,
            first: c.first,
            last: c.last,
        }
    }
}

/// Everything the design page shows (also `GET /api/v1/designs/{slug}`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DesignView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Version.
    pub version: String,
    /// Store commit read.
    pub commit: String,
    /// Summary.
    pub summary: String,
    /// Markdown description as sanitised HTML (no remote images).
    pub description_html: String,
    /// Category.
    pub category: String,
    /// Tags.
    pub tags: Vec<String>,
    /// SPDX licence.
    pub license: String,
    /// What the licence asks, in plain words.
    pub obligations: Vec<String>,
    /// Selling what you make is allowed.
    pub commercial_use: bool,
    /// Forks must keep the licence.
    pub share_alike: bool,
    /// Authors as `Name <email>`.
    pub authors: Vec<String>,
    /// Forked from (slug), if any.
    pub forked_from: Option<String>,
    /// Revision forked from.
    pub forked_at: Option<String>,
    /// Store forked from, when another store.
    pub forked_store: Option<String>,
    /// Parameters with the values used.
    pub parameters: Vec<ParamView>,
    /// Cut list.
    pub parts: Vec<PartRow>,
    /// Part copies.
    pub part_count: u64,
    /// Bill of materials.
    pub bom: Vec<BomRow>,
    /// BOM totals per currency.
    pub bom_totals: BTreeMap<String, f64>,
    /// Estimated cost (the same figure cards and search show).
    pub cost: CostView,
    /// Sheets and their cost per makerspace.
    pub sheet_estimates: Vec<SheetEstimateView>,
    /// Tools needed.
    pub tools: Vec<String>,
    /// Assembly steps.
    pub steps: Vec<StepView>,
    /// Image file names under `images/` (photos and drawings).
    pub images: Vec<String>,
    /// Forks of it in this store.
    pub forks: Vec<String>,
    /// Everyone who committed to it and its ancestors.
    pub contributors: Vec<ContributorView>,
    /// Query string of the parameters and revision (`rev=…&thickness=12`), for links.
    pub query: String,
    /// The language of the texts shown (`fr`): the page's, when the design has it.
    pub language: String,
    /// The language the design was written in.
    pub original_language: String,
    /// Every language the design's texts are in, the original first.
    pub languages: Vec<String>,
}

/// Markdown to HTML with anything dangerous removed (scripts, event handlers, styles) and
/// no images from other sites (they would tell them who reads the page).
pub fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new(text);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .attribute_filter(|element, attribute, value| {
            let remote = value.contains("//") || value.contains(':');
            if element == "img" && attribute == "src" && remote {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(&html)
        .to_string()
}

fn unit(kind: ParamType) -> String {
    match kind {
        ParamType::Length => "mm".into(),
        ParamType::Angle => "°".into(),
        _ => String::new(),
    }
}

fn step(kind: ParamType) -> String {
    match kind {
        ParamType::Count | ParamType::Bool => "1".into(),
        _ => "any".into(),
    }
}

/// The design page's view of a design at its parameters.
pub fn design_view(
    design: &Design,
    commit: &str,
    facts: &Facts,
    overrides: &crate::app::Overrides,
    extras: DesignExtras,
) -> DesignView {
    let lic = crate::licence::summary(&design.license);
    let values = overrides.values();
    DesignView {
        slug: design.slug.clone(),
        name: design.name.clone(),
        version: design.version.to_string(),
        commit: commit.to_string(),
        summary: design.summary.clone(),
        description_html: markdown(&design.description),
        category: design.category.clone(),
        tags: design.tags.clone(),
        license: design.license.clone(),
        obligations: lic.obligations,
        commercial_use: lic.commercial_use,
        share_alike: lic.share_alike,
        authors: design.authors.iter().map(ToString::to_string).collect(),
        forked_from: design.derived_from.as_ref().map(|d| d.slug.clone()),
        forked_at: design
            .derived_from
            .as_ref()
            .and_then(|d| d.revision.clone()),
        forked_store: design
            .derived_from
            .as_ref()
            .and_then(|d| d.store.clone())
            .filter(|s| Some(s) != extras.own_store.as_ref()),
        parameters: design
            .parameters
            .iter()
            .map(|p| ParamView {
                name: p.name.clone(),
                value: values.get(&p.name).copied().unwrap_or(p.default),
                default: p.default,
                min: p.min,
                max: p.max,
                unit: unit(p.kind),
                step: step(p.kind),
                help: p.help.clone(),
            })
            .collect(),
        parts: facts
            .parts
            .iter()
            .map(|p| PartRow {
                label: p.label.clone(),
                name: p.name.clone(),
                quantity: p.quantity,
                material: p.material.clone(),
                thickness: p.thickness,
                width: p.width,
                height: p.height,
                area: p.area,
                process: p.process.to_string(),
            })
            .collect(),
        part_count: facts.part_count,
        bom: facts
            .ev
            .bom
            .iter()
            .map(|b| BomRow {
                item: b.item.clone(),
                quantity: format_number(b.quantity),
                unit: b.unit.clone(),
                unit_cost: b.unit_cost,
                total: b.total,
                currency: b.currency.clone(),
            })
            .collect(),
        bom_totals: facts.ev.bom_totals(),
        cost: CostView::from(&facts.cost),
        sheet_estimates: facts
            .sheets
            .iter()
            .flat_map(|(slug, name, ests)| {
                ests.iter().map(move |e| SheetEstimateView {
                    makerspace: slug.clone(),
                    name: name.clone(),
                    material: e.material.clone(),
                    stock: e.stock.clone(),
                    sheets: e.sheets,
                    cost: e.cost,
                    currency: e.currency.clone(),
                })
            })
            .collect(),
        tools: design.assembly.tools.clone(),
        steps: design
            .assembly
            .steps
            .iter()
            .map(|s| StepView {
                title: s.title.clone(),
                text: s.text.clone(),
            })
            .collect(),
        images: design
            .images
            .iter()
            .filter_map(|f| f.path.strip_prefix("images/").map(str::to_string))
            .filter(|n| !n.contains('/'))
            .collect(),
        forks: extras.forks,
        contributors: extras.contributors,
        query: extras.query,
        language: extras
            .language
            .unwrap_or_else(|| design.original_language()),
        original_language: design.original_language(),
        languages: design.languages(),
    }
}

/// What the design page shows beyond the design itself.
#[derive(Debug, Clone, Default)]
pub struct DesignExtras {
    /// Forks in this store.
    pub forks: Vec<String>,
    /// Contributors.
    pub contributors: Vec<ContributorView>,
    /// Query string for links.
    pub query: String,
    /// This store's URL (a fork within it names no store).
    pub own_store: Option<String>,
    /// The language of the texts shown, when a translation is (else the original's).
    pub language: Option<String>,
}

/// A machine to choose on the export form.
#[derive(Debug, Clone, Serialize)]
pub struct MachineChoice {
    /// Machine id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// A stock to choose on the export form.
#[derive(Debug, Clone, Serialize)]
pub struct StockChoiceView {
    /// Stock id.
    pub id: String,
    /// What it is.
    pub label: String,
}

/// A makerspace to choose on the export form.
#[derive(Debug, Clone, Serialize)]
pub struct SpaceChoice {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Its machines.
    pub machines: Vec<MachineChoice>,
    /// Its stock.
    pub stock: Vec<StockChoiceView>,
}

/// The export form's makerspaces.
pub fn space_choices(spaces: &[(String, Makerspace)]) -> Vec<SpaceChoice> {
    spaces
        .iter()
        .map(|(slug, m)| SpaceChoice {
            slug: slug.clone(),
            name: m.name.clone(),
            machines: m
                .machines
                .iter()
                .map(|x| MachineChoice {
                    id: x.id.clone(),
                    name: x.name.clone(),
                })
                .collect(),
            stock: m
                .stock
                .iter()
                .map(|s| StockChoiceView {
                    id: s.id.clone(),
                    label: format!(
                        "{} ({} mm, measured {} mm)",
                        s.name,
                        format_number(s.nominal_thickness),
                        format_number(s.thickness)
                    ),
                })
                .collect(),
        })
        .collect()
}

/// The design page's cached part: the design and the export form's choices.
#[derive(Debug, Clone, Serialize)]
pub struct DesignPageView {
    /// The design.
    pub design: DesignView,
    /// Makerspaces for the export form.
    pub makerspaces: Vec<SpaceChoice>,
    /// The design's material ids (a stock may be chosen for each).
    pub materials: Vec<String>,
}

/// A proposal as listed and shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProposalView {
    /// Id.
    pub id: i64,
    /// The design it changes.
    pub slug: String,
    /// One-line summary.
    pub title: String,
    /// Longer explanation.
    pub message: String,
    /// `open`, `accepted` or `refused`.
    pub state: String,
    /// Submitted, unix seconds.
    pub created_at: i64,
    /// Decided, unix seconds.
    pub decided_at: Option<i64>,
    /// The commit that applied it, if accepted.
    pub commit: Option<String>,
    /// The reason, if refused.
    pub reason: Option<String>,
}

impl From<&Proposal> for ProposalView {
    fn from(p: &Proposal) -> Self {
        ProposalView {
            id: p.id,
            slug: p.slug.clone(),
            title: p.title.clone(),
            message: p.message.clone(),
            state: p.state.as_str().to_string(),
            created_at: p.created_at,
            decided_at: p.decided_at,
            commit: p.commit.clone(),
            reason: p.reason.clone(),
        }
    }
}

/// A change in a design's history.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangeView {
    /// Commit id.
    pub commit: String,
    /// Author's name.
    pub author: String,
    /// Unix seconds.
    pub time: i64,
    /// First line of the message.
    pub summary: String,
    /// Files changed.
    pub files: Vec<String>,
}

/// A release.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReleaseView {
    /// Tag, `<slug>/v<version>`.
    pub tag: String,
    /// Version.
    pub version: String,
    /// Commit tagged.
    pub commit: String,
    /// Who tagged it.
    pub tagger: String,
    /// Unix seconds.
    pub time: i64,
}

/// A design's history (page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HistoryView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Commits, newest first.
    pub changes: Vec<ChangeView>,
    /// Releases.
    pub releases: Vec<ReleaseView>,
    /// Contributors.
    pub contributors: Vec<ContributorView>,
}

impl From<&History> for HistoryView {
    fn from(h: &History) -> Self {
        HistoryView {
            slug: h.slug.to_string(),
            name: h.name.clone(),
            changes: h
                .changes
                .iter()
                .map(|c| ChangeView {
                    commit: c.commit.clone(),
                    author: c.author.clone(),
                    time: c.time,
                    summary: c.summary.clone(),
                    files: c.files.clone(),
                })
                .collect(),
            releases: h
                .releases
                .iter()
                .map(|r| ReleaseView {
                    tag: r.tag.clone(),
                    version: r.version.clone(),
                    commit: r.commit.clone(),
                    tagger: r.tagger.clone(),
                    time: r.time,
                })
                .collect(),
            contributors: h.contributors.iter().map(ContributorView::from).collect(),
        }
    }
}

/// An ancestor of a design.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AncestorView {
    /// Slug.
    pub slug: String,
    /// Revision forked from.
    pub revision: Option<String>,
    /// Store, when another one.
    pub store: Option<String>,
    /// Whether it is in this store.
    pub in_store: bool,
}

/// A fork of a design, or of a fork of it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DescendantView {
    /// Slug.
    pub slug: String,
    /// The design it was forked from.
    pub parent: String,
    /// 1 for a direct fork.
    pub depth: usize,
}

/// Ancestors and forks.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LineageTree {
    /// Oldest first.
    pub ancestors: Vec<AncestorView>,
    /// Forks, depth first.
    pub descendants: Vec<DescendantView>,
}

/// A design's lineage (page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LineageView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Ancestors and forks.
    pub lineage: LineageTree,
}

impl From<&DesignLineage> for LineageView {
    fn from(l: &DesignLineage) -> Self {
        LineageView {
            slug: l.slug.to_string(),
            name: l.name.clone(),
            lineage: LineageTree {
                ancestors: l
                    .lineage
                    .ancestors
                    .iter()
                    .map(|a| AncestorView {
                        slug: a.slug.clone(),
                        revision: a.revision.clone(),
                        store: a.store.clone(),
                        in_store: a.in_store,
                    })
                    .collect(),
                descendants: l
                    .lineage
                    .descendants
                    .iter()
                    .map(|d| DescendantView {
                        slug: d.slug.clone(),
                        parent: d.parent.clone(),
                        depth: d.depth,
                    })
                    .collect(),
            },
        }
    }
}

/// A machine of a makerspace.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MachineView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// `laser` or `cnc`.
    pub kind: String,
    /// Bed, mm.
    pub bed: [f64; 2],
    /// Thickest stock it cuts, mm.
    pub max_thickness: f64,
}

/// A stocked sheet material.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StockView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Material kind.
    pub material: String,
    /// Nominal thickness, mm.
    pub nominal_thickness: f64,
    /// Measured thickness, mm.
    pub thickness: f64,
    /// Sheet, mm.
    pub sheet: [f64; 2],
    /// Price per sheet.
    pub price: f64,
}

/// A makerspace profile (lists, page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MakerspaceProfile {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// Country (ISO 3166 alpha-2).
    pub country: String,
    /// How to reach it.
    pub contact: String,
    /// Currency of its prices.
    pub currency: String,
    /// Machines.
    pub machines: Vec<MachineView>,
    /// Stock.
    pub stock: Vec<StockView>,
}

impl MakerspaceProfile {
    /// The view of a profile.
    pub fn new(slug: &str, m: &Makerspace) -> MakerspaceProfile {
        MakerspaceProfile {
            slug: slug.to_string(),
            name: m.name.clone(),
            town: m.town.clone(),
            country: m.country.clone(),
            contact: m.contact.clone(),
            currency: m.currency.clone(),
            machines: m
                .machines
                .iter()
                .map(|x| MachineView {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    kind: x.kind.as_str().to_string(),
                    bed: x.bed,
                    max_thickness: x.max_thickness,
                })
                .collect(),
            stock: m
                .stock
                .iter()
                .map(|s| StockView {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    material: s.material.clone(),
                    nominal_thickness: s.nominal_thickness,
                    thickness: s.thickness,
                    sheet: s.sheet,
                    price: s.price,
                })
                .collect(),
        }
    }
}

/// A makerspace and what can be built there (page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MakerspaceView {
    /// The profile.
    pub makerspace: MakerspaceProfile,
    /// Designs whose parts fit its largest bed and whose sheets it stocks.
    pub buildable: Vec<DesignCard>,
    /// The search query used for `buildable`.
    pub query: String,
}

/// Links of an export job.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct JobLinks {
    /// This job in the API.
    #[serde(rename = "self")]
    pub this: String,
    /// Its page.
    pub page: String,
    /// Every file in a zip.
    pub zip: String,
    /// Each file.
    pub files: Vec<String>,
}

/// An export job (page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct JobView {
    /// Id.
    pub id: String,
    /// Design slug.
    pub slug: String,
    /// What was asked, in words.
    pub title: String,
    /// `queued`, `running`, `done` or `failed`.
    pub state: String,
    /// 0 to 1.
    pub progress: f64,
    /// Progress or error text, in the request's language (English unless it chose one).
    pub message: String,
    /// The same as a catalogue message (`{code, args}`, the same in every language), when
    /// it is one: what scripts match on.
    #[schema(value_type = Option<Object>)]
    pub message_code: Option<serde_json::Value>,
    /// Files, once done.
    pub files: Vec<String>,
    /// Notes from the export.
    pub notes: Vec<String>,
    /// Links.
    pub links: JobLinks,
}

/// An export's notes in `lang`: from `note_codes` when the manifest has them (and each is a
/// message of the catalogues), else its English `notes`.
pub fn job_notes(manifest: &serde_json::Value, lang: crate::i18n::Lang) -> Vec<String> {
    let english = || -> Vec<String> {
        manifest["notes"]
            .as_array()
            .map(|ns| {
                ns.iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    match manifest["note_codes"].as_array() {
        Some(codes) => {
            let phrased: Option<Vec<String>> = codes
                .iter()
                .map(|c| crate::i18n::tr_value(lang, c))
                .collect();
            phrased.unwrap_or_else(english)
        }
        None => english(),
    }
}

impl From<&super::jobs::JobStatus> for JobView {
    fn from(j: &super::jobs::JobStatus) -> Self {
        let notes = j
            .manifest
            .as_ref()
            .map(|m| job_notes(m, crate::i18n::Lang::En))
            .unwrap_or_default();
        JobView {
            id: j.id.clone(),
            slug: j.slug.clone(),
            title: j.title.clone(),
            state: j.state.as_str().to_string(),
            progress: j.progress,
            message: j.message_in(super::lang::current()),
            message_code: j.message_code.clone(),
            files: j.files.clone(),
            notes,
            links: JobLinks {
                this: format!("/api/v1/jobs/{}", j.id),
                page: format!("/jobs/{}", j.id),
                zip: format!("/jobs/{}/files.zip", j.id),
                files: j
                    .files
                    .iter()
                    .map(|f| format!("/jobs/{}/files/{f}", j.id))
                    .collect(),
            },
        }
    }
}

/// A project in a list (page and API).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectCard {
    /// Slug.
    pub slug: String,
    /// Name (the slug when the project is invalid).
    pub name: String,
    /// Version.
    pub version: String,
    /// Designs listed.
    pub designs: usize,
    /// Design copies in all.
    pub copies: u32,
    /// Problems of an invalid `project.toml`, as text.
    pub problems: Vec<String>,
}

impl From<&crate::store::ProjectEntry> for ProjectCard {
    fn from(e: &crate::store::ProjectEntry) -> Self {
        match &e.project {
            Some(p) => ProjectCard {
                slug: e.slug.clone(),
                name: p.name.clone(),
                version: p.version.to_string(),
                designs: p.designs.len(),
                copies: p.copies(),
                problems: Vec::new(),
            },
            None => ProjectCard {
                slug: e.slug.clone(),
                name: e.slug.clone(),
                version: String::new(),
                designs: 0,
                copies: 0,
                problems: e.problems.iter().map(ToString::to_string).collect(),
            },
        }
    }
}

/// One design of a project, as its page shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectDesignView {
    /// Design slug.
    pub slug: String,
    /// Design name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Parameters the project sets, `name=value`.
    pub params: Vec<String>,
    /// Part copies in one copy.
    pub parts_per_copy: u64,
    /// Part copies for all copies.
    pub parts: u64,
    /// Estimated cost of one copy.
    pub cost: f64,
    /// Its currency.
    pub currency: String,
}

/// Sheets and cost of a project at one makerspace.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectSpaceView {
    /// Makerspace slug.
    pub slug: String,
    /// Makerspace name.
    pub name: String,
    /// Sheets estimated, all stock.
    pub sheets: u32,
    /// Per stock, `3 × ply18`.
    pub stock: Vec<String>,
    /// Sheets' price.
    pub sheet_cost: f64,
    /// Hardware of all copies.
    pub hardware: f64,
    /// Sheets plus hardware.
    pub total: f64,
    /// Currency.
    pub currency: String,
    /// Design materials the space has no stock for.
    pub missing: Vec<String>,
}

/// A project's page and `GET /api/v1/projects/{slug}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Version.
    pub version: String,
    /// Notes.
    pub notes: String,
    /// Store commit it was read at.
    pub commit: String,
    /// The project it was forked from.
    pub forked_from: Option<String>,
    /// Its designs.
    pub designs: Vec<ProjectDesignView>,
    /// Part copies in all.
    pub total_parts: u64,
    /// Sheets and cost per makerspace (estimates; the export nests for real).
    pub makerspaces: Vec<ProjectSpaceView>,
}

impl From<&crate::app::projects::ProjectFacts> for ProjectView {
    fn from(f: &crate::app::projects::ProjectFacts) -> Self {
        ProjectView {
            slug: f.project.slug.clone(),
            name: f.project.name.clone(),
            version: f.project.version.to_string(),
            notes: f.project.notes.clone(),
            commit: f.commit.clone(),
            forked_from: f.project.derived_from.as_ref().map(|o| o.slug.clone()),
            designs: f
                .designs
                .iter()
                .map(|d| ProjectDesignView {
                    slug: d.slug.clone(),
                    name: d.name.clone(),
                    quantity: d.quantity,
                    params: d
                        .params
                        .iter()
                        .map(|(k, v)| format!("{k}={}", format_number(*v)))
                        .collect(),
                    parts_per_copy: d.parts_per_copy,
                    parts: d.parts,
                    cost: d.cost.total,
                    currency: d.cost.currency.clone(),
                })
                .collect(),
            total_parts: f.total_parts,
            makerspaces: f
                .makerspaces
                .iter()
                .map(|m| ProjectSpaceView {
                    slug: m.slug.clone(),
                    name: m.name.clone(),
                    sheets: m.sheets,
                    stock: m
                        .stock
                        .iter()
                        .map(|s| format!("{} × {}", s.sheets, s.stock))
                        .collect(),
                    sheet_cost: m.sheet_cost,
                    hardware: m.hardware,
                    total: m.total,
                    currency: m.currency.clone(),
                    missing: m.missing.clone(),
                })
                .collect(),
        }
    }
}

/// A name with its page.
#[derive(Debug, Clone, Serialize)]
pub struct NamedLink {
    /// The name shown.
    pub name: String,
    /// Its page.
    pub href: String,
    /// Copies, for a project's designs (1 for a design's own job).
    pub quantity: u64,
}

/// One shared material of a finished job.
#[derive(Debug, Clone, Serialize)]
pub struct JobMaterialView {
    /// Material (a design material id, or a project's stock).
    pub material: String,
    /// Part copies.
    pub parts: u64,
    /// Sheets used.
    pub sheets: u64,
    /// The area lower bound.
    pub lower_bound: u64,
    /// Utilisation, per cent.
    pub utilisation: f64,
    /// `ply18, 2440 × 1220 mm, measured 18.2 mm`.
    pub stock: String,
    /// Sheets' price, when known.
    pub cost: Option<f64>,
}

/// One part drawn on a sheet: its outline and holes as an SVG path (y down) and its label.
#[derive(Debug, Clone, Serialize)]
pub struct PartShapeView {
    /// Label.
    pub label: String,
    /// SVG path data in mm.
    pub d: String,
    /// Label position, mm.
    pub x: f64,
    /// Label position, mm.
    pub y: f64,
    /// Label height, mm.
    pub size: f64,
}

/// One sheet drawn to scale.
#[derive(Debug, Clone, Serialize)]
pub struct SheetView {
    /// Material.
    pub material: String,
    /// Sheet number within it.
    pub sheet: u32,
    /// Width, mm.
    pub width: f64,
    /// Height, mm.
    pub height: f64,
    /// Utilisation, per cent.
    pub utilisation: f64,
    /// The parts.
    pub parts: Vec<PartShapeView>,
}

impl From<&crate::export::SheetDrawing> for SheetView {
    fn from(s: &crate::export::SheetDrawing) -> Self {
        let h = s.height;
        let parts = s
            .parts
            .iter()
            .map(|p| {
                let mut d = String::new();
                for ring in &p.rings {
                    for (i, q) in ring.iter().enumerate() {
                        d.push(if i == 0 { 'M' } else { 'L' });
                        d.push_str(&format!(
                            "{} {}",
                            format_number(q[0]),
                            format_number(h - q[1])
                        ));
                    }
                    d.push('Z');
                }
                let (mut w, mut ht) = (0.0_f64, 0.0_f64);
                if let Some(outer) = p.rings.first() {
                    let xs = outer.iter().map(|q| q[0]);
                    let ys = outer.iter().map(|q| q[1]);
                    w = xs.clone().fold(f64::MIN, f64::max) - xs.fold(f64::MAX, f64::min);
                    ht = ys.clone().fold(f64::MIN, f64::max) - ys.fold(f64::MAX, f64::min);
                }
                let chars = p.label.chars().count().max(1) as f64;
                PartShapeView {
                    label: p.label.clone(),
                    d,
                    x: (p.at[0] * 10.0).round() / 10.0,
                    y: ((h - p.at[1]) * 10.0).round() / 10.0,
                    size: ((w / chars * 1.6).min(ht * 0.5)).clamp(4.0, 40.0).round(),
                }
            })
            .collect();
        SheetView {
            material: s.material.clone(),
            sheet: s.sheet,
            width: s.width,
            height: s.height,
            utilisation: (s.utilisation * 1000.0).round() / 10.0,
            parts,
        }
    }
}

/// What a finished job's page shows beyond its files: what was cut (names, not slugs), where,
/// every sheet drawn, sheets against the bound, utilisation, material and cost.
#[derive(Debug, Clone, Serialize)]
pub struct JobDetails {
    /// `design` or `project`.
    pub kind: String,
    /// The design's or project's name, with its page.
    pub what: NamedLink,
    /// The designs cut (one for a design's job), with names and copies.
    pub designs: Vec<NamedLink>,
    /// The makerspace, by name.
    pub makerspace: Option<NamedLink>,
    /// The machine.
    pub machine: String,
    /// Sheets used in all.
    pub sheets_used: u64,
    /// Σ area lower bounds.
    pub lower_bound: u64,
    /// Utilisation over all sheets, per cent.
    pub utilisation: f64,
    /// Per material.
    pub materials: Vec<JobMaterialView>,
    /// Sheets' price in all, when known.
    pub sheet_cost: Option<f64>,
    /// Total with hardware, when known (the build sheet's or the project cover's).
    pub total_cost: Option<f64>,
    /// Currency of the costs.
    pub currency: String,
    /// Every sheet, drawn.
    pub sheets: Vec<SheetView>,
}

impl JobDetails {
    /// From a finished job's `manifest.json` and `sheets.json`; `space_name` is the
    /// makerspace's name when it is known.
    pub fn new(
        manifest: &serde_json::Value,
        drawings: &[crate::export::SheetDrawing],
        space_name: Option<String>,
    ) -> JobDetails {
        let m = manifest;
        let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        let project = m.get("project").is_some_and(|p| p.is_string());
        let (kind, what, designs) = if project {
            let designs = m["designs"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| NamedLink {
                    name: s(&d["name"]),
                    href: format!("/designs/{}", s(&d["design"])),
                    quantity: d["quantity"].as_u64().unwrap_or(1),
                })
                .collect();
            (
                "project",
                NamedLink {
                    name: s(&m["name"]),
                    href: format!("/projects/{}", s(&m["project"])),
                    quantity: 1,
                },
                designs,
            )
        } else {
            let link = NamedLink {
                name: s(&m["name"]),
                href: format!("/designs/{}", s(&m["design"])),
                quantity: 1,
            };
            ("design", link.clone(), vec![link])
        };
        let stock = m["stock"].as_array().cloned().unwrap_or_default();
        let mut currency = String::new();
        let mut sheet_cost = Some(0.0);
        let materials = m["nesting"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                let material = s(&r["material"]);
                let sheets = r["sheets"].as_u64().unwrap_or(0);
                let st = stock.iter().find(|c| c["material"] == r["material"]);
                let price = st.and_then(|c| c["price"].as_f64());
                if let Some(c) = st.and_then(|c| c["currency"].as_str()) {
                    currency = c.to_string();
                }
                let cost = price.map(|p| (p * sheets as f64 * 100.0).round() / 100.0);
                sheet_cost = match (sheet_cost, cost) {
                    (Some(a), Some(b)) => Some(a + b),
                    _ => None,
                };
                JobMaterialView {
                    stock: st.map_or_else(String::new, |c| {
                        let sheet = c["sheet"].as_array().cloned().unwrap_or_default();
                        let n = |i: usize| {
                            format_number(sheet.get(i).and_then(|v| v.as_f64()).unwrap_or(0.0))
                        };
                        format!(
                            "{}{} × {} mm, measured {} mm",
                            c["stock"]
                                .as_str()
                                .map(|x| format!("{x}, "))
                                .unwrap_or_default(),
                            n(0),
                            n(1),
                            format_number(c["thickness"].as_f64().unwrap_or(0.0))
                        )
                    }),
                    material,
                    parts: r["parts"].as_u64().unwrap_or(0),
                    sheets,
                    lower_bound: r["lower_bound"].as_u64().unwrap_or(0),
                    utilisation: (r["utilisation"].as_f64().unwrap_or(0.0) * 1000.0).round() / 10.0,
                    cost,
                }
            })
            .collect();
        let total_cost = if project {
            if let Some(c) = m["cost"]["currency"].as_str() {
                currency = c.to_string();
            }
            m["cost"]["total"].as_f64()
        } else {
            if let Some(c) = m["build_sheet"]["currency"].as_str() {
                currency = c.to_string();
            }
            m["build_sheet"]["bom_total"].as_f64()
        };
        let space = m["makerspace"].as_str().map(|slug| NamedLink {
            name: space_name.unwrap_or_else(|| slug.to_string()),
            href: format!("/makerspaces/{slug}"),
            quantity: 1,
        });
        JobDetails {
            kind: kind.to_string(),
            what,
            designs,
            makerspace: space,
            machine: s(&m["machine"]["id"]),
            sheets_used: m["sheets_used"].as_u64().unwrap_or(0),
            lower_bound: m["lower_bound"].as_u64().unwrap_or(0),
            utilisation: (m["utilisation"].as_f64().unwrap_or(0.0) * 1000.0).round() / 10.0,
            materials,
            sheet_cost: sheet_cost
                .filter(|_| !stock.is_empty())
                .map(|c| (c * 100.0).round() / 100.0),
            total_cost,
            currency,
            sheets: drawings.iter().map(SheetView::from).collect(),
        }
    }
}
