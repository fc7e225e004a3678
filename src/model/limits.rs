//! Work budgets: how much one design may ask of the machine, checked after evaluation and
//! before any geometry, so a hostile or mistaken manifest is refused in milliseconds with a
//! located error instead of growing without bound in the polygon code.
//!
//! Owns the limits (copies per repeat and per design, holes/slots/tabs and vertices per
//! part, problems reported per part, the time a design's geometry check may take) and the
//! [`Exceeded`] error that names them. Every caller of [`super::Design::evaluate`] gets them:
//! validation, the web's create and edit, previews, exports.

use std::time::{Duration, Instant};

use std::collections::{BTreeMap, BTreeSet};

use super::diagnostic::{Diagnostic, Loc};
use super::eval::Contour;
use super::expr::Expr;
use super::{Design, ParamType, Repeat};
use crate::i18n::{Lang, Message};

/// Most copies one `repeat` may make (a row of holes, a ring of bolts, a placement row).
pub const MAX_COPIES_PER_REPEAT: u32 = 1_000;
/// Most copies of one part (`quantity`).
pub const MAX_PART_QUANTITY: u32 = 10_000;
/// Most part copies a design may ask for in all (Σ quantity).
pub const MAX_PART_COPIES: u64 = 10_000;
/// Most holes one part may have, repeats expanded.
pub const MAX_HOLES_PER_PART: usize = 2_000;
/// Most edge slots one part may have, repeats expanded.
pub const MAX_SLOTS_PER_PART: usize = 1_000;
/// Most tabs one part may have, repeats expanded.
pub const MAX_TABS_PER_PART: usize = 1_000;
/// Most vertices one part's profile may have once arcs are flattened (outline and holes).
pub const MAX_VERTICES_PER_PART: usize = 250_000;
/// Most problems reported for one part; the rest are counted, not listed.
pub const MAX_PROBLEMS_PER_PART: usize = 20;
/// Longest the geometry check of a whole design may take (defaults and every bound).
pub const CHECK_TIME_LIMIT: Duration = Duration::from_secs(10);
/// The arc tolerance vertex estimates assume: `geometry::FLATTEN_TOLERANCE` (a test in
/// `geometry` keeps them equal).
pub const ESTIMATE_TOLERANCE: f64 = 0.02;

/// A budget a design goes over. Its message names the limit and what was asked; the
/// located [`Diagnostic`] ([`Exceeded::at`]) names the file, field and line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Exceeded {
    /// One repeat asks for too many copies.
    #[error("{what} {asked} is more than the {MAX_COPIES_PER_REPEAT} copies one repeat may make")]
    CopiesPerRepeat {
        /// What the count is for (`repeat count`, `placement repeat count`).
        what: &'static str,
        /// The count asked for.
        asked: u64,
    },
    /// One part asks for too many copies.
    #[error("quantity {asked} is more than the {MAX_PART_QUANTITY} copies of one part allowed")]
    PartQuantity {
        /// The quantity asked for.
        asked: u64,
    },
    /// The design as a whole asks for too many part copies.
    #[error(
        "the design asks for {asked} part copies in all; the limit is {MAX_PART_COPIES} per design"
    )]
    PartCopies {
        /// Σ quantity.
        asked: u64,
    },
    /// A part has too many holes, slots or tabs.
    #[error("part {part} would have {asked} {what}; the limit is {limit} per part")]
    Features {
        /// The part's label.
        part: String,
        /// `holes`, `slots` or `tabs`.
        what: &'static str,
        /// How many, repeats expanded.
        asked: usize,
        /// The limit.
        limit: usize,
    },
    /// A part's profile would have too many vertices.
    #[error(
        "part {part} would have about {asked} vertices once arcs are flattened; the limit is {MAX_VERTICES_PER_PART} per part"
    )]
    Vertices {
        /// The part's label.
        part: String,
        /// The estimate.
        asked: usize,
    },
    /// A `count` parameter drives a repeat or a quantity but has no `max`.
    #[error(
        "count parameter '{name}' sets {} but has no 'max': give it one (at most {MAX_PART_QUANTITY}), so nobody can ask for unbounded copies",
        .drives.text(Lang::En)
    )]
    UnboundedCount {
        /// The parameter.
        name: String,
        /// What it drives (`the quantity of part A-1`, …).
        drives: Message,
    },
    /// The geometry check ran out of time.
    #[error(
        "checking the geometry took longer than {} s; simplify the parts (fewer holes, fewer points)",
        .limit.as_secs()
    )]
    Time {
        /// The limit.
        limit: Duration,
    },
}

impl Exceeded {
    /// The refusal at `loc`.
    pub fn at(&self, loc: &Loc) -> Diagnostic {
        loc.problem(self.message())
    }

    /// The refusal as a catalogue message (its English is the `Display` text).
    pub fn message(&self) -> Message {
        match self {
            Exceeded::CopiesPerRepeat { what, asked } => {
                Message::new("problem-limit-copies-per-repeat")
                    .arg("what", super::eval::field_word(what))
                    .arg("asked", *asked)
                    .arg("max", MAX_COPIES_PER_REPEAT)
            }
            Exceeded::PartQuantity { asked } => Message::new("problem-limit-part-quantity")
                .arg("asked", *asked)
                .arg("max", MAX_PART_QUANTITY),
            Exceeded::PartCopies { asked } => Message::new("problem-limit-part-copies")
                .arg("asked", *asked)
                .arg("max", MAX_PART_COPIES),
            Exceeded::Features {
                part,
                what,
                asked,
                limit,
            } => Message::new(match *what {
                "holes" => "problem-limit-holes",
                "slots" => "problem-limit-slots",
                _ => "problem-limit-tabs",
            })
            .arg("part", part.as_str())
            .arg("asked", *asked)
            .arg("max", *limit),
            Exceeded::Vertices { part, asked } => Message::new("problem-limit-vertices")
                .arg("part", part.as_str())
                .arg("asked", *asked)
                .arg("max", MAX_VERTICES_PER_PART),
            Exceeded::UnboundedCount { name, drives } => {
                Message::new("problem-limit-unbounded-count")
                    .arg("name", name.as_str())
                    .arg("drives", drives.clone())
                    .arg("max", MAX_PART_QUANTITY)
            }
            Exceeded::Time { limit } => {
                Message::new("problem-limit-time").arg("seconds", limit.as_secs())
            }
        }
    }
}

/// A point in time after which work stops, with the limit it came from (for messages).
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    end: Option<Instant>,
    limit: Duration,
}

impl Deadline {
    /// Ends `limit` from now.
    pub fn after(limit: Duration) -> Self {
        Deadline {
            end: Instant::now().checked_add(limit),
            limit,
        }
    }

    /// Never ends (for callers that bound the work otherwise).
    pub fn never() -> Self {
        Deadline {
            end: None,
            limit: Duration::MAX,
        }
    }

    /// Whether the time is up.
    pub fn expired(&self) -> bool {
        self.end.is_some_and(|e| Instant::now() >= e)
    }

    /// `Err` once the time is up.
    pub fn check(&self) -> Result<(), Exceeded> {
        if self.expired() {
            Err(Exceeded::Time { limit: self.limit })
        } else {
            Ok(())
        }
    }
}

/// Collects at most [`MAX_PROBLEMS_PER_PART`] problems of one part and counts the rest.
#[derive(Debug, Default)]
pub struct PartProblems {
    listed: Vec<Diagnostic>,
    more: usize,
}

impl PartProblems {
    /// A new, empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a problem; `make` is only called while the list has room, so counting the rest
    /// allocates nothing.
    pub fn push_with(&mut self, make: impl FnOnce() -> Diagnostic) {
        if self.listed.len() < MAX_PROBLEMS_PER_PART {
            self.listed.push(make());
        } else {
            self.more += 1;
        }
    }

    /// Adds a problem.
    pub fn push(&mut self, d: Diagnostic) {
        self.push_with(|| d);
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// Whether the list is full (further problems are only counted).
    pub fn is_full(&self) -> bool {
        self.listed.len() >= MAX_PROBLEMS_PER_PART
    }

    /// The listed problems, plus one at `part` saying how many more there were.
    pub fn finish(mut self, part: &Loc, label: &str) -> Vec<Diagnostic> {
        if self.more > 0 {
            self.listed.push(
                part.problem(
                    Message::new("problem-more-in-part")
                        .arg("count", self.more)
                        .arg("part", label)
                        .arg("max", MAX_PROBLEMS_PER_PART),
                ),
            );
        }
        self.listed
    }
}

/// About how many vertices `contour` becomes when flattened at [`ESTIMATE_TOLERANCE`]: an
/// upper bound of what `geometry::flatten` makes (it also puts a vertex at each quarter
/// turn).
pub fn vertex_estimate(contour: &Contour) -> usize {
    let mut n = 1usize;
    let mut current = contour.start;
    for seg in &contour.segments {
        n = n.saturating_add(1);
        if let Some(arc) = seg.arc {
            let c = arc.center;
            let r = ((current[0] - c[0]).powi(2) + (current[1] - c[1]).powi(2)).sqrt();
            let step = if r > ESTIMATE_TOLERANCE {
                2.0 * (1.0 - ESTIMATE_TOLERANCE / r).acos()
            } else {
                std::f64::consts::FRAC_PI_2
            };
            let a0 = (current[1] - c[1]).atan2(current[0] - c[0]);
            let a1 = (seg.to[1] - c[1]).atan2(seg.to[0] - c[0]);
            let tau = std::f64::consts::TAU;
            let mut sweep = (a1 - a0).rem_euclid(tau);
            if arc.clockwise {
                sweep = tau - sweep;
            }
            if sweep == 0.0 {
                sweep = tau;
            }
            // Even steps, plus up to five quarter-turn breaks.
            let pieces = (sweep / step).ceil();
            n = n.saturating_add(if pieces.is_finite() {
                pieces.min(1e9) as usize + 5
            } else {
                5
            });
        }
        current = seg.to;
    }
    n
}

/// Every `count` parameter without a `max` that drives (directly or through computed
/// values) a part's quantity or a repeat's count, located at the parameter.
pub fn unbounded_counts(design: &Design) -> Vec<Diagnostic> {
    // Names each computed value depends on, followed to the parameters.
    let computed: BTreeMap<&str, &Expr> = design
        .computed
        .iter()
        .map(|c| (c.name.as_str(), &c.expr))
        .collect();
    let mut drives: BTreeMap<String, Message> = BTreeMap::new();
    let mut note = |e: &Expr, what: Message| {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&str> = e.names().iter().map(String::as_str).collect();
        while let Some(n) = todo.pop() {
            if !seen.insert(n) {
                continue;
            }
            match computed.get(n) {
                Some(c) => todo.extend(c.names().iter().map(String::as_str)),
                None => {
                    drives.entry(n.to_string()).or_insert_with(|| what.clone());
                }
            }
        }
    };
    for part in &design.parts {
        note(
            &part.quantity,
            Message::new("problem-drives-quantity").arg("part", part.label.as_str()),
        );
        let repeats = part
            .holes
            .iter()
            .map(|h| &h.repeat)
            .chain(part.slots.iter().map(|s| &s.repeat))
            .chain(part.tabs.iter().map(|t| &t.repeat));
        for r in repeats.flatten() {
            let (Repeat::Linear { count, .. } | Repeat::Polar { count, .. }) = r;
            note(
                count,
                Message::new("problem-drives-repeat").arg("part", part.label.as_str()),
            );
        }
        for pl in part.placements.iter().filter_map(|p| p.repeat.as_ref()) {
            note(
                &pl.count,
                Message::new("problem-drives-placement-repeat").arg("part", part.label.as_str()),
            );
        }
    }
    design
        .parameters
        .iter()
        .filter(|p| p.kind == ParamType::Count && p.max.is_none())
        .filter_map(|p| {
            let what = drives.get(&p.name)?;
            Some(
                Exceeded::UnboundedCount {
                    name: p.name.clone(),
                    drives: what.clone(),
                }
                .at(&p.loc),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_beyond_the_limit_are_counted_not_listed() {
        let mut p = PartProblems::new();
        for i in 0..(MAX_PROBLEMS_PER_PART + 5) {
            p.push_with(|| Loc::path_only("parts[0]").problem(format!("problem {i}")));
        }
        assert!(p.is_full());
        let out = p.finish(&Loc::path_only("parts[0]"), "A-1");
        assert_eq!(out.len(), MAX_PROBLEMS_PER_PART + 1);
        assert!(out[MAX_PROBLEMS_PER_PART].message.contains("5 more"));
    }

    #[test]
    fn a_circle_is_estimated_at_or_above_its_flattened_size() {
        let c = Contour::circle([0.0, 0.0], 200.0);
        // r = 100 mm at 0.02 mm: about 111 vertices per turn.
        let n = vertex_estimate(&c);
        assert!((111..400).contains(&n), "{n}");
    }

    #[test]
    fn a_deadline_in_the_past_has_expired() {
        assert!(Deadline::after(Duration::ZERO).expired());
        assert!(!Deadline::never().expired());
        assert!(Deadline::after(Duration::ZERO).check().is_err());
    }
}
