//! Atom feeds of the traces a store keeps: new and changed designs (from the store's history
//! on `main`), one design's changes and builds, and the builds made at one makerspace. Each
//! is a [`Feed`] (plain data, newest entry first, at most [`MAX_FEED_ENTRIES`]) that
//! [`Feed::to_atom`] writes as an Atom 1.0 document (RFC 4287) with `atom_syndication`: every
//! entry has an id, an updated time, a title, a link and an author.
//!
//! Authors are names only: a commit's or a build log's e-mail address is not put in a feed.

use serde::Serialize;

use super::{Result, builds};
use crate::model::Slug;
use crate::store::Store;

/// Most entries in one feed.
pub const MAX_FEED_ENTRIES: usize = 50;

/// Who an entry is by when its source names nobody (a build log without a builder).
pub const UNNAMED: &str = "unnamed builder";

/// A feed, before it is written as Atom.
#[derive(Debug, Clone, Serialize)]
pub struct Feed {
    /// The feed's own URL, also its id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The page the feed is about.
    pub link: String,
    /// The newest entry's time (or `now` when there are none), unix seconds.
    pub updated: i64,
    /// Entries, newest first.
    pub entries: Vec<FeedEntry>,
}

/// One entry: a design added or changed, or a build logged.
#[derive(Debug, Clone, Serialize)]
pub struct FeedEntry {
    /// A URL that names the entry for good (a commit or a build log).
    pub id: String,
    /// Title.
    pub title: String,
    /// Where to read it.
    pub link: String,
    /// When it happened, unix seconds.
    pub updated: i64,
    /// Who did it.
    pub author: String,
    /// A line or two of what happened.
    pub summary: String,
}

fn base(base_url: &str) -> &str {
    base_url.trim_end_matches('/')
}

impl Feed {
    fn new(id: String, title: String, link: String, now: i64, mut entries: Vec<FeedEntry>) -> Feed {
        entries.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
        entries.truncate(MAX_FEED_ENTRIES);
        Feed {
            id,
            title,
            link,
            updated: entries.first().map_or(now, |e| e.updated),
            entries,
        }
    }

    /// The feed as an Atom 1.0 document.
    pub fn to_atom(&self) -> String {
        use atom_syndication as atom;
        let link = |href: &str, rel: &str, mime: Option<&str>| atom::Link {
            href: href.to_string(),
            rel: rel.to_string(),
            mime_type: mime.map(str::to_string),
            ..atom::Link::default()
        };
        let entries = self
            .entries
            .iter()
            .map(|e| atom::Entry {
                id: xml_text(&e.id),
                title: xml_text(&e.title).into(),
                updated: time(e.updated),
                authors: vec![atom::Person {
                    name: xml_text(&e.author),
                    ..atom::Person::default()
                }],
                links: vec![link(&e.link, "alternate", Some("text/html"))],
                summary: Some(xml_text(&e.summary).into()),
                ..atom::Entry::default()
            })
            .collect();
        let feed = atom::Feed {
            id: xml_text(&self.id),
            title: xml_text(&self.title).into(),
            updated: time(self.updated),
            links: vec![
                link(&self.id, "self", Some("application/atom+xml")),
                link(&self.link, "alternate", Some("text/html")),
            ],
            // A feed-level author makes every entry valid even if one lost its own.
            authors: vec![atom::Person {
                name: "Barnraise".into(),
                ..atom::Person::default()
            }],
            generator: Some(atom::Generator {
                value: "Barnraise".into(),
                ..atom::Generator::default()
            }),
            entries,
            ..atom::Feed::default()
        };
        feed.to_string()
    }
}

/// Text with the characters XML 1.0 cannot carry dropped (a commit message may hold any).
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r') || (*c >= ' ' && *c != '\u{FFFE}' && *c != '\u{FFFF}')
        })
        .collect()
}

fn time(secs: i64) -> atom_syndication::FixedDateTime {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .fixed_offset()
}

/// Unix seconds at midnight UTC of a `YYYY-MM-DD` date (0 when it does not read).
fn date_secs(date: &str) -> i64 {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(0, |d| d.and_utc().timestamp())
}

fn build_entry(base: &str, name: &str, b: &builds::Build) -> FeedEntry {
    let log = &b.log;
    let builder = log.builder.clone().filter(|n| !n.trim().is_empty());
    let mut where_ = Vec::new();
    if let Some(m) = &log.makerspace {
        where_.push(format!("at {m}"));
    }
    if let Some(p) = &log.place {
        where_.push(p.clone());
    }
    if let Some(c) = &log.country {
        where_.push(format!("({c})"));
    }
    let mut summary = format!(
        "Built {} on {}{}: {}{}.",
        name,
        log.date,
        if where_.is_empty() {
            String::new()
        } else {
            format!(" {}", where_.join(" "))
        },
        log.outcome.as_str(),
        if b.verified {
            ", built from Barnraise's files for its revision"
        } else {
            ""
        }
    );
    if let Some(c) = &log.changes {
        summary.push_str(&format!(" Changed: {c}"));
    }
    FeedEntry {
        id: format!("{base}/designs/{}#build-{}", b.design, b.id),
        title: format!(
            "{} built {name} ({})",
            builder.as_deref().unwrap_or("Someone"),
            log.outcome.as_str()
        ),
        link: format!("{base}/designs/{}#build-{}", b.design, b.id),
        updated: date_secs(&log.date),
        author: builder.unwrap_or_else(|| UNNAMED.into()),
        summary,
    }
}

fn change_entry(
    base: &str,
    slug: &str,
    name: &str,
    c: &crate::store::Change,
    added: bool,
) -> FeedEntry {
    FeedEntry {
        id: format!("{base}/designs/{slug}/history#{}", c.commit),
        title: format!(
            "{} {name}: {}",
            if added { "New:" } else { "Changed:" },
            c.summary
        ),
        link: format!("{base}/designs/{slug}"),
        updated: c.time,
        author: if c.author.trim().is_empty() {
            "unnamed".into()
        } else {
            c.author.clone()
        },
        summary: format!(
            "{} {name} in commit {}: {}",
            if added { "Added" } else { "Changed" },
            c.commit.get(..12).unwrap_or(&c.commit),
            c.summary
        ),
    }
}

/// `/feeds/designs.atom`: the newest additions and changes of designs on `main`.
pub fn designs(store: &Store, base_url: &str, now: i64) -> Result<Feed> {
    let base = base(base_url);
    let names: std::collections::BTreeMap<String, String> = store
        .list(None)?
        .into_iter()
        .map(|e| {
            let name = e.design.map_or_else(|| e.slug.clone(), |d| d.name);
            (e.slug, name)
        })
        .collect();
    let entries = store
        .design_changes(MAX_FEED_ENTRIES)?
        .iter()
        .map(|d| {
            let name = names.get(&d.slug).map_or(d.slug.as_str(), String::as_str);
            change_entry(base, &d.slug, name, &d.change, d.added)
        })
        .collect();
    Ok(Feed::new(
        format!("{base}/feeds/designs.atom"),
        "Barnraise: new and changed designs".into(),
        format!("{base}/search"),
        now,
        entries,
    ))
}

/// `/designs/{slug}/feed.atom`: the design's changes and its builds.
pub fn design(store: &Store, slug: &Slug, base_url: &str, now: i64) -> Result<Feed> {
    let base = base(base_url);
    let name = super::designs::read(store, slug, None)?.design.name;
    let history = store.history(slug)?;
    let oldest = history.last().map(|c| c.commit.clone());
    let mut entries: Vec<FeedEntry> = history
        .iter()
        .take(MAX_FEED_ENTRIES)
        .map(|c| change_entry(base, slug, &name, c, Some(&c.commit) == oldest.as_ref()))
        .collect();
    entries.extend(
        builds::list(store, slug)?
            .builds
            .iter()
            .take(MAX_FEED_ENTRIES)
            .map(|b| build_entry(base, &name, b)),
    );
    Ok(Feed::new(
        format!("{base}/designs/{slug}/feed.atom"),
        format!("{name}: changes and builds"),
        format!("{base}/designs/{slug}"),
        now,
        entries,
    ))
}

/// `/makerspaces/{slug}/feed.atom`: builds logged at makerspace `slug`.
pub fn makerspace(store: &Store, slug: &str, base_url: &str, now: i64) -> Result<Feed> {
    let base = base(base_url);
    let space = super::makerspaces::find(store, slug)?;
    let mut entries = Vec::new();
    for (design, logs) in store.all_build_entries(None)? {
        let here = logs
            .iter()
            .any(|e| e.log.as_ref().and_then(|l| l.makerspace.as_deref()) == Some(slug));
        let Ok(design) = Slug::parse(&design) else {
            continue;
        };
        if !here {
            continue;
        }
        let Ok(listed) = builds::list(store, &design) else {
            continue;
        };
        let name = store
            .read(&design, None)
            .map_or_else(|_| design.to_string(), |d| d.design.name);
        entries.extend(
            listed
                .builds
                .iter()
                .filter(|b| b.log.makerspace.as_deref() == Some(slug))
                .map(|b| build_entry(base, &name, b)),
        );
    }
    Ok(Feed::new(
        format!("{base}/makerspaces/{slug}/feed.atom"),
        format!("Builds at {}", space.name),
        format!("{base}/makerspaces/{slug}"),
        now,
        entries,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_midnight_utc_and_xml_drops_control_characters() {
        assert_eq!(date_secs("1970-01-02"), 86_400);
        assert_eq!(date_secs("not a date"), 0);
        assert_eq!(xml_text("a\u{1}b\tc"), "ab\tc");
    }

    #[test]
    fn a_feed_keeps_the_newest_fifty_entries_newest_first() {
        let entries = (0..60)
            .map(|i| FeedEntry {
                id: format!("urn:x:{i}"),
                title: format!("entry {i}"),
                link: "http://example.invalid/".into(),
                updated: i,
                author: "Example Builder".into(),
                summary: String::new(),
            })
            .collect();
        let feed = Feed::new(
            "http://example.invalid/f.atom".into(),
            "t".into(),
            "http://example.invalid/".into(),
            0,
            entries,
        );
        assert_eq!(feed.entries.len(), MAX_FEED_ENTRIES);
        assert_eq!(feed.entries[0].updated, 59);
        assert_eq!(feed.updated, 59);
        let xml = feed.to_atom();
        let back: atom_syndication::Feed = xml.parse().expect("valid atom");
        assert_eq!(back.entries.len(), MAX_FEED_ENTRIES);
        assert_eq!(back.entries[0].authors[0].name, "Example Builder");
    }
}
