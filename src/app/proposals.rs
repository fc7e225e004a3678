//! Proposals: a change to a design by someone who does not maintain it waits beside `main`
//! (its content in git, its review state in the accounts database) until a maintainer
//! accepts or refuses it.
//!
//! Accepting writes two places, so it runs in an order that survives being cut short at any
//! point:
//! 1. **claim** the proposal in the database (`accepting_since`): of two decisions racing,
//!    exactly one gets past this step, and a refusal cannot overtake an accept;
//! 2. **publish** its content on `main` (git), with the proposer as author — if this fails,
//!    the claim is released and the proposal is open again, nothing written;
//! 3. **record** the decision with the new commit.
//!
//! A crash between 2 and 3 leaves a claimed, open proposal whose content is on `main`;
//! [`reconcile`] (run when the web app starts and before every decision) finds it by
//! comparing the design's tree on `main` with the proposal's and records the accept. A crash
//! between 1 and 2 leaves a claim with nothing published: [`reconcile`] releases it.

use crate::i18n::Message;
use serde::Serialize;

use super::{Actor, Ctx, Error, Result, may_maintain};
use crate::accounts::{Decision, NewProposal, Proposal, ProposalState};
use crate::model::{Design, Slug};
use crate::package::MANIFEST;
use crate::store::PackageFiles;

/// A proposal's title: the first line of its message, else "Proposed change".
pub fn title_of(message: &str) -> String {
    message
        .lines()
        .next()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or("Proposed change")
        .chars()
        .take(200)
        .collect()
}

/// Records `files` as a proposed change to `design` by an account.
pub fn propose(
    ctx: &Ctx<'_>,
    actor: &Actor,
    design: &Design,
    files: PackageFiles,
    message: &str,
) -> Result<Proposal> {
    let Actor::Member(user) = actor else {
        return Err(Error::internal(
            "a local change is published, never proposed",
        ));
    };
    let accounts = ctx.accounts()?;
    let proposed = ctx.store.propose(design, files, &actor.author(), message)?;
    Ok(accounts.create_proposal(
        NewProposal {
            slug: design.slug.clone(),
            proposer_id: user.id,
            title: title_of(message),
            message: message.to_string(),
            git_ref: proposed.git_ref,
            base_commit: proposed.base,
        },
        ctx.now,
    )?)
}

/// Proposes a new version of `slug` for its maintainers to review (even when `actor` could
/// publish it): `changed` files replace the stored ones, the others are kept.
pub fn propose_changes(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    changed: PackageFiles,
    message: &str,
) -> Result<Proposal> {
    let files = super::designs::with_stored(
        ctx.store,
        &super::designs::Target::Update(slug.clone()),
        changed,
    )?;
    let design = super::designs::validate_files(&files, Some(slug))?;
    propose(ctx, actor, &design, files, message)
}

/// One line of a comparison: kept, removed or added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffOp {
    /// In both.
    Same,
    /// Only in the current text.
    Removed,
    /// Only in the proposed text.
    Added,
}

/// A line of a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffLine {
    /// What happened to it.
    pub op: DiffOp,
    /// The line.
    pub text: String,
}

/// Lines compared before a line-by-line diff gives up (a × b cells).
const MAX_DIFF_CELLS: usize = 4_000_000;

/// A minimal line diff (longest common subsequence).
pub fn line_diff(a: &str, b: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let line = |op, text: &str| DiffLine {
        op,
        text: text.to_string(),
    };
    if a.len().saturating_mul(b.len()) > MAX_DIFF_CELLS {
        return vec![line(DiffOp::Added, "(too large to compare line by line)")];
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push(line(DiffOp::Same, a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] > lcs[i + 1][j]) {
            out.push(line(DiffOp::Added, b[j]));
            j += 1;
        } else {
            out.push(line(DiffOp::Removed, a[i]));
            i += 1;
        }
    }
    out
}

/// A proposal as its page shows it.
#[derive(Debug, Clone)]
pub struct ProposalView {
    /// The proposal and its state.
    pub proposal: Proposal,
    /// The proposer's username, if the account still exists.
    pub proposer: Option<String>,
    /// The commit holding the proposed content.
    pub commit: String,
    /// The proposed `design.toml` against the current one.
    pub diff: Vec<DiffLine>,
    /// Whether the viewer may accept or refuse it.
    pub may_decide: bool,
}

/// Proposal `id` for `viewer` (anyone may look).
pub fn view(ctx: &Ctx<'_>, viewer: Option<&Actor>, id: i64) -> Result<ProposalView> {
    let accounts = ctx.accounts()?;
    let proposal = accounts.proposal(id)?.ok_or_else(|| {
        Error::not_found(Message::new("error-no-proposal").arg("id", id.to_string()))
    })?;
    let proposer = accounts.user(proposal.proposer_id)?.map(|u| u.username);
    let may_decide = match viewer {
        Some(a) => may_maintain(ctx, a, &proposal.slug)?,
        None => false,
    };
    let commit = ctx.store.resolve_ref(&proposal.git_ref)?;
    let (_, files) = ctx.store.proposal(&proposal.slug, &commit)?;
    let now_files = ctx.store.files(&proposal.slug, None)?;
    let text = |f: &PackageFiles| {
        String::from_utf8_lossy(f.get(MANIFEST).map_or(&[][..], |v| v)).into_owned()
    };
    Ok(ProposalView {
        diff: line_diff(&text(&now_files), &text(&files)),
        proposal,
        proposer,
        commit,
        may_decide,
    })
}

/// The proposals of a design, newest first.
pub fn of_design(ctx: &Ctx<'_>, slug: &Slug) -> Result<Vec<Proposal>> {
    Ok(ctx.accounts()?.proposals_for(slug, None)?)
}

/// Open proposals to the designs `actor` maintains (for the account page).
pub fn to_review(ctx: &Ctx<'_>, actor: &Actor) -> Result<Vec<Proposal>> {
    let Actor::Member(user) = actor else {
        return Ok(Vec::new());
    };
    let accounts = ctx.accounts()?;
    let mut out = Vec::new();
    for d in accounts.designs_maintained(user.id)? {
        out.extend(accounts.proposals_for(&d, Some(ProposalState::Open))?);
    }
    Ok(out)
}

/// The proposal, if `actor` may decide on it; an admin taking on a design nobody maintains
/// becomes its maintainer here.
fn decidable(ctx: &Ctx<'_>, actor: &Actor, id: i64) -> Result<(Proposal, i64)> {
    let Actor::Member(user) = actor else {
        return Err(Error::forbidden(Message::new(
            "error-proposals-decided-by-accounts",
        )));
    };
    let accounts = ctx.accounts()?;
    let p = accounts.proposal(id)?.ok_or_else(|| {
        Error::not_found(Message::new("error-no-proposal").arg("id", id.to_string()))
    })?;
    if !may_maintain(ctx, actor, &p.slug)? {
        return Err(Error::forbidden(
            Message::new("error-only-maintainers-proposals").arg("slug", p.slug.to_string()),
        ));
    }
    if p.state != ProposalState::Open {
        return Err(Error::conflict(
            Message::new("error-proposal-decided").arg("state", p.state.as_str()),
        ));
    }
    if !accounts.is_maintainer(&p.slug, user.id)? {
        accounts.add_maintainer(&p.slug, user.id)?;
    }
    Ok((p, user.id))
}

/// Publishes the claimed proposal's content on `main` (step 2); returns the new commit.
fn publish_claimed(ctx: &Ctx<'_>, actor: &Actor, p: &Proposal) -> Result<String> {
    let commit = ctx.store.resolve_ref(&p.git_ref)?;
    let published = ctx
        .store
        .accept_proposal(&p.slug, &commit, &actor.author())?;
    Ok(published.commit)
}

/// Accepts proposal `id`: claim, publish, record (see the module docs).
pub fn accept(ctx: &Ctx<'_>, actor: &Actor, id: i64) -> Result<Proposal> {
    reconcile(ctx)?;
    let (p, reviewer) = decidable(ctx, actor, id)?;
    let accounts = ctx.accounts()?;
    accounts.claim_proposal(id, reviewer, ctx.now)?;
    let commit = match publish_claimed(ctx, actor, &p) {
        Ok(c) => c,
        Err(e) => {
            accounts.release_claim(id)?;
            return Err(e);
        }
    };
    Ok(accounts.decide(id, reviewer, Decision::Accept { commit }, ctx.now)?)
}

/// Refuses proposal `id` with a reason shown to the proposer.
pub fn refuse(ctx: &Ctx<'_>, actor: &Actor, id: i64, reason: &str) -> Result<Proposal> {
    reconcile(ctx)?;
    let (_, reviewer) = decidable(ctx, actor, id)?;
    let reason = if reason.trim().is_empty() {
        "refused".to_string()
    } else {
        reason.to_string()
    };
    Ok(ctx
        .accounts()?
        .decide(id, reviewer, Decision::Refuse { reason }, ctx.now)?)
}

/// Finishes accepts that were cut short: a claimed proposal whose content is on `main` is
/// recorded as accepted (with the commit that published it); one whose content is not is
/// open again. Returns how many it settled.
pub fn reconcile(ctx: &Ctx<'_>) -> Result<usize> {
    let accounts = ctx.accounts()?;
    let claimed = accounts.claimed_proposals()?;
    for p in &claimed {
        let proposed = ctx
            .store
            .resolve_ref(&p.git_ref)
            .and_then(|c| ctx.store.design_tree_id(&p.slug, Some(&c)));
        let on_main = ctx.store.design_tree_id(&p.slug, None);
        match (proposed, on_main) {
            (Ok(a), Ok(b)) if a == b => {
                let commit = ctx
                    .store
                    .history(&p.slug)?
                    .first()
                    .map(|c| c.commit.clone())
                    .ok_or_else(|| Error::internal(format!("'{}' has no history", p.slug)))?;
                let reviewer = p.reviewer_id.unwrap_or(p.proposer_id);
                accounts.decide(p.id, reviewer, Decision::Accept { commit }, ctx.now)?;
            }
            _ => accounts.release_claim(p.id)?,
        }
    }
    Ok(claimed.len())
}

/// How long a refused proposal's content is kept, and how old a proposal ref the database
/// does not know must be before it is removed.
pub const KEEP_REFUSED_SECS: i64 = 30 * 24 * 3600;

/// What [`collect`] removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Collected {
    /// Refs of proposals refused more than [`KEEP_REFUSED_SECS`] ago.
    pub refused: usize,
    /// Refs no proposal record names (a crash between git and the database).
    pub orphans: usize,
}

/// Removes the git refs of proposals refused long ago and of proposals the database does
/// not know (older than a day, so a proposal being made is never caught).
pub fn collect(ctx: &Ctx<'_>) -> Result<Collected> {
    let accounts = ctx.accounts()?;
    let known = accounts.proposal_refs()?;
    let mut done = Collected::default();
    for (git_ref, time) in ctx.store.proposal_refs()? {
        match known.get(&git_ref) {
            Some((ProposalState::Refused, Some(decided)))
                if ctx.now - decided > KEEP_REFUSED_SECS =>
            {
                ctx.store.delete_proposal_ref(&git_ref)?;
                done.refused += 1;
            }
            None if ctx.now - time > 24 * 3600 => {
                ctx.store.delete_proposal_ref(&git_ref)?;
                done.orphans += 1;
            }
            _ => {}
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Accounts;
    use crate::model::Author;
    use crate::store::Store;

    fn bumped(files: &PackageFiles, version: &str) -> (Design, PackageFiles) {
        let text = String::from_utf8(files[MANIFEST].clone()).expect("utf-8");
        let design = crate::model::parse_manifest(&text, None).expect("parses");
        let new = text.replacen(
            &format!("version = \"{}\"", design.version),
            &format!("version = \"{version}\""),
            1,
        );
        let mut out = files.clone();
        out.insert(MANIFEST.into(), new.clone().into_bytes());
        (
            crate::model::parse_manifest(&new, None).expect("parses"),
            out,
        )
    }

    struct World {
        _dir: tempfile::TempDir,
        store: Store,
        accounts: Accounts,
        owner: Actor,
        proposer: Actor,
        slug: String,
    }

    fn world() -> World {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::init(&dir.path().join("s.git"), None).expect("store");
        let packages = crate::shipped::packages().expect("shipped");
        let who = Author {
            name: "Barnraise".into(),
            email: Some("barnraise@localhost".into()),
        };
        store.import(&packages[..1], &who).expect("import");
        let accounts = Accounts::open_in_memory().expect("db");
        let mk = |name: &str| {
            accounts
                .sign_up(
                    name,
                    name,
                    &format!("{name}@example.org"),
                    "a long passphrase",
                    0,
                )
                .expect("user")
        };
        let owner = mk("owner");
        let proposer = mk("proposer");
        let slug = packages[0].0.slug.clone();
        accounts
            .add_maintainer(&slug, owner.id)
            .expect("maintainer");
        World {
            _dir: dir,
            store,
            accounts,
            owner: Actor::Member(owner),
            proposer: Actor::Member(proposer),
            slug,
        }
    }

    fn ctx(w: &World) -> Ctx<'_> {
        Ctx {
            store: &w.store,
            accounts: Some(&w.accounts),
            now: 1_700_000_000,
        }
    }

    fn proposal(w: &World, version: &str) -> Proposal {
        let files = w.store.files(&w.slug, None).expect("files");
        let (design, files) = bumped(&files, version);
        propose(&ctx(w), &w.proposer, &design, files, "Wider\nbecause").expect("proposed")
    }

    #[test]
    fn an_accept_cut_short_after_publishing_is_recorded_by_reconcile() {
        let w = world();
        let p = proposal(&w, "9.0.0");
        let c = ctx(&w);
        // Steps 1 and 2 of an accept, then the process dies before step 3.
        let (p, reviewer) = decidable(&c, &w.owner, p.id).expect("decidable");
        w.accounts
            .claim_proposal(p.id, reviewer, c.now)
            .expect("claimed");
        let commit = publish_claimed(&c, &w.owner, &p).expect("published");
        assert_eq!(
            w.accounts.proposal(p.id).expect("db").expect("row").state,
            ProposalState::Open
        );
        // A refusal cannot overtake the accept in progress.
        assert!(
            w.accounts
                .decide(
                    p.id,
                    reviewer,
                    Decision::Refuse {
                        reason: "no".into()
                    },
                    0
                )
                .is_err()
        );
        assert_eq!(reconcile(&c).expect("reconciled"), 1);
        let settled = w.accounts.proposal(p.id).expect("db").expect("row");
        assert_eq!(settled.state, ProposalState::Accepted);
        assert_eq!(settled.commit.as_deref(), Some(commit.as_str()));
        assert_eq!(settled.accepting_since, None);
    }

    #[test]
    fn a_claim_with_nothing_published_is_released() {
        let w = world();
        let p = proposal(&w, "9.0.0");
        let c = ctx(&w);
        w.accounts.claim_proposal(p.id, 1, c.now).expect("claimed");
        assert!(matches!(
            w.accounts.claim_proposal(p.id, 1, c.now),
            Err(crate::accounts::AccountsError::Conflict(_))
        ));
        reconcile(&c).expect("reconciled");
        let open = w.accounts.proposal(p.id).expect("db").expect("row");
        assert_eq!(
            (open.state, open.accepting_since),
            (ProposalState::Open, None)
        );
        // And it can be accepted normally afterwards.
        let done = accept(&c, &w.owner, p.id).expect("accepted");
        assert_eq!(done.state, ProposalState::Accepted);
        assert_eq!(
            w.store.history(&w.slug).expect("history")[0].author,
            "proposer"
        );
    }

    #[test]
    fn a_failed_publish_leaves_the_proposal_open() {
        let w = world();
        let stale = proposal(&w, "8.0.0");
        let fresh = proposal(&w, "9.0.0");
        let c = ctx(&w);
        accept(&c, &w.owner, fresh.id).expect("accepted");
        // The design changed since `stale` was made: publishing it would undo that.
        let e = accept(&c, &w.owner, stale.id).expect_err("stale");
        assert_eq!(e.kind, super::super::ErrorKind::Conflict);
        let p = w.accounts.proposal(stale.id).expect("db").expect("row");
        assert_eq!((p.state, p.accepting_since), (ProposalState::Open, None));
        // Only maintainers decide.
        assert_eq!(
            refuse(&c, &w.proposer, stale.id, "")
                .expect_err("not mine")
                .kind,
            super::super::ErrorKind::Forbidden
        );
        let r = refuse(&c, &w.owner, stale.id, "").expect("refused");
        assert_eq!(r.reason.as_deref(), Some("refused"));
    }

    #[test]
    fn refused_and_orphan_proposal_refs_are_collected() {
        let w = world();
        let refused = proposal(&w, "9.0.0");
        let kept = proposal(&w, "9.1.0");
        let c = ctx(&w);
        refuse(&c, &w.owner, refused.id, "no").expect("refused");
        // An orphan: a ref the database does not know.
        let files = w.store.files(&w.slug, None).expect("files");
        let (d, f) = bumped(&files, "9.2.0");
        let orphan = w
            .store
            .propose(&d, f, &w.proposer.author(), "x")
            .expect("ref");
        let later = Ctx {
            now: c.now + KEEP_REFUSED_SECS + 10,
            ..c
        };
        // Commit times are real time; pretend it is far later.
        let far = Ctx {
            now: crate::time::now() + KEEP_REFUSED_SECS + 10,
            ..later
        };
        let done = collect(&far).expect("collected");
        assert_eq!(
            done,
            Collected {
                refused: 1,
                orphans: 1
            }
        );
        let left: Vec<String> = w
            .store
            .proposal_refs()
            .expect("refs")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert!(left.contains(&kept.git_ref));
        assert!(!left.contains(&refused.git_ref) && !left.contains(&orphan.git_ref));
    }

    #[test]
    fn diffs_mark_added_and_removed_lines() {
        let d = line_diff("a\nb\nc", "a\nB\nc\nd");
        let ops: Vec<DiffOp> = d.iter().map(|l| l.op).collect();
        assert_eq!(
            ops,
            [
                DiffOp::Same,
                DiffOp::Removed,
                DiffOp::Added,
                DiffOp::Same,
                DiffOp::Added
            ]
        );
    }
}
