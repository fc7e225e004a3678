//! Who maintains which design, and the review state of proposed changes.
//!
//! A proposal's content is a git ref in the store; this only records who proposed what
//! against which base commit, and whether a maintainer accepted it (with the resulting
//! commit) or refused it (with a reason). Slugs and commit ids are opaque strings here.

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use crate::i18n::Message;

use super::{Accounts, AccountsError, User, check_text};

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProposalState {
    /// Waiting for a maintainer.
    Open,
    /// Merged into the design by a maintainer.
    Accepted,
    /// Declined by a maintainer.
    Refused,
}

impl ProposalState {
    /// The lowercase name used in the database and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalState::Open => "open",
            ProposalState::Accepted => "accepted",
            ProposalState::Refused => "refused",
        }
    }

    fn parse(s: &str) -> Option<ProposalState> {
        match s {
            "open" => Some(ProposalState::Open),
            "accepted" => Some(ProposalState::Accepted),
            "refused" => Some(ProposalState::Refused),
            _ => None,
        }
    }
}

/// A proposed change to someone's design, as submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProposal {
    /// The design it changes.
    pub slug: String,
    /// Who proposes it.
    pub proposer_id: i64,
    /// One-line summary (1–200 characters).
    pub title: String,
    /// Longer explanation (may be empty, at most 20 000 characters).
    pub message: String,
    /// The git ref in the store holding the proposed content.
    pub git_ref: String,
    /// The design's commit the change was made against.
    pub base_commit: String,
}

/// A maintainer's decision on an open proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Accepted; `commit` is the store commit that applied it.
    Accept {
        /// The resulting commit id.
        commit: String,
    },
    /// Refused, with a reason shown to the proposer (may be empty).
    Refuse {
        /// Why.
        reason: String,
    },
}

/// A proposal and its review state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// Database id.
    pub id: i64,
    /// The design it changes.
    pub slug: String,
    /// Who proposed it.
    pub proposer_id: i64,
    /// One-line summary.
    pub title: String,
    /// Longer explanation.
    pub message: String,
    /// The git ref holding the proposed content.
    pub git_ref: String,
    /// The commit the change was made against.
    pub base_commit: String,
    /// Where it stands.
    pub state: ProposalState,
    /// Submission time, unix seconds.
    pub created_at: i64,
    /// The maintainer who decided, once decided.
    pub reviewer_id: Option<i64>,
    /// Decision time, unix seconds, once decided.
    pub decided_at: Option<i64>,
    /// The commit that applied it, if accepted.
    pub commit: Option<String>,
    /// The reason given, if refused.
    pub reason: Option<String>,
    /// When a maintainer began accepting it (its content is being published), if so.
    pub accepting_since: Option<i64>,
}

const PROPOSAL_COLUMNS: &str = "id, slug, proposer_id, title, message, git_ref, base_commit, \
     state, created_at, reviewer_id, decided_at, commit_id, reason, accepting_since";

impl Proposal {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Proposal> {
        let state: String = r.get(7)?;
        let state = ProposalState::parse(&state).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                7,
                rusqlite::types::Type::Text,
                format!("unknown proposal state {state:?}").into(),
            )
        })?;
        Ok(Proposal {
            id: r.get(0)?,
            slug: r.get(1)?,
            proposer_id: r.get(2)?,
            title: r.get(3)?,
            message: r.get(4)?,
            git_ref: r.get(5)?,
            base_commit: r.get(6)?,
            state,
            created_at: r.get(8)?,
            reviewer_id: r.get(9)?,
            decided_at: r.get(10)?,
            commit: r.get(11)?,
            reason: r.get(12)?,
            accepting_since: r.get(13)?,
        })
    }
}

/// Checks an opaque identifier (slug, ref, commit): non-empty, no whitespace or controls.
fn check_id(field: &'static str, value: &str) -> Result<String, AccountsError> {
    let value = check_text(field, value, 255, false)?;
    if value.chars().any(char::is_whitespace) {
        return Err(AccountsError::Invalid {
            field,
            message: Message::new("refusal-account-spaces"),
        });
    }
    Ok(value)
}

impl Accounts {
    /// Makes `user_id` a maintainer of design `slug` (no change if it already is).
    ///
    /// # Errors
    /// [`AccountsError::NotFound`] if there is no such user; [`AccountsError::Invalid`] for
    /// an empty slug.
    pub fn add_maintainer(&self, slug: &str, user_id: i64) -> Result<(), AccountsError> {
        let slug = check_id("slug", slug)?;
        self.conn()
            .execute(
                "INSERT OR IGNORE INTO maintainers (slug, user_id) VALUES (?1, ?2)",
                params![slug, user_id],
            )
            .map_err(|e| {
                if super::is_constraint(&e, rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
                    AccountsError::NotFound { what: "user" }
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    /// Stops `user_id` maintaining `slug`; returns whether it was a maintainer.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn remove_maintainer(&self, slug: &str, user_id: i64) -> Result<bool, AccountsError> {
        let n = self.conn().execute(
            "DELETE FROM maintainers WHERE slug = ?1 AND user_id = ?2",
            params![slug, user_id],
        )?;
        Ok(n > 0)
    }

    /// Whether `user_id` maintains `slug`.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn is_maintainer(&self, slug: &str, user_id: i64) -> Result<bool, AccountsError> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM maintainers WHERE slug = ?1 AND user_id = ?2)",
            params![slug, user_id],
            |r| r.get(0),
        )?)
    }

    /// The maintainers of `slug`, by username.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn maintainers(&self, slug: &str) -> Result<Vec<User>, AccountsError> {
        let columns = User::COLUMNS
            .split(", ")
            .map(|c| format!("u.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {columns} FROM maintainers m JOIN users u ON u.id = m.user_id
             WHERE m.slug = ?1 ORDER BY u.username"
        ))?;
        let users = stmt
            .query_map([slug], |r| User::from_row(r, 0))?
            .collect::<Result<_, _>>()?;
        Ok(users)
    }

    /// The slugs of the designs `user_id` maintains, sorted.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn designs_maintained(&self, user_id: i64) -> Result<Vec<String>, AccountsError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT slug FROM maintainers WHERE user_id = ?1 ORDER BY slug")?;
        let slugs = stmt
            .query_map([user_id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(slugs)
    }

    /// Records a new open proposal and returns it.
    ///
    /// # Errors
    /// [`AccountsError::Invalid`] naming the bad field (`slug`, `title`, `message`,
    /// `git_ref`, `base_commit`); [`AccountsError::NotFound`] if the proposer does not exist.
    pub fn create_proposal(&self, new: NewProposal, now: i64) -> Result<Proposal, AccountsError> {
        let slug = check_id("slug", &new.slug)?;
        let title = check_text("title", &new.title, 200, false)?;
        let message = if new.message.trim().is_empty() {
            String::new()
        } else {
            check_text("message", &new.message, 20_000, true)?
        };
        let git_ref = check_id("git_ref", &new.git_ref)?;
        let base_commit = check_id("base_commit", &new.base_commit)?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO proposals
                 (slug, proposer_id, title, message, git_ref, base_commit, state, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7)",
            params![
                slug,
                new.proposer_id,
                title,
                message,
                git_ref,
                base_commit,
                now
            ],
        )
        .map_err(|e| {
            if super::is_constraint(&e, rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
                AccountsError::NotFound { what: "user" }
            } else {
                e.into()
            }
        })?;
        Ok(Proposal {
            id: conn.last_insert_rowid(),
            slug,
            proposer_id: new.proposer_id,
            title,
            message,
            git_ref,
            base_commit,
            state: ProposalState::Open,
            created_at: now,
            reviewer_id: None,
            decided_at: None,
            commit: None,
            reason: None,
            accepting_since: None,
        })
    }

    /// The proposal with this id, if any.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn proposal(&self, id: i64) -> Result<Option<Proposal>, AccountsError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {PROPOSAL_COLUMNS} FROM proposals WHERE id = ?1"),
                [id],
                Proposal::from_row,
            )
            .optional()?)
    }

    /// The proposals for `slug`, newest first, optionally only those in `state`.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn proposals_for(
        &self,
        slug: &str,
        state: Option<ProposalState>,
    ) -> Result<Vec<Proposal>, AccountsError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals
             WHERE slug = ?1 AND (?2 IS NULL OR state = ?2)
             ORDER BY created_at DESC, id DESC"
        ))?;
        let proposals = stmt
            .query_map(params![slug, state.map(ProposalState::as_str)], |r| {
                Proposal::from_row(r)
            })?
            .collect::<Result<_, _>>()?;
        Ok(proposals)
    }

    /// Records a maintainer's decision on an open proposal and returns the updated proposal.
    ///
    /// The caller applies an accepted change to the store first and passes the resulting
    /// commit. The state change is a single conditional update, so of two concurrent
    /// decisions exactly one wins.
    ///
    /// # Errors
    /// [`AccountsError::NotFound`] for an unknown proposal; [`AccountsError::Forbidden`] if
    /// `reviewer_id` does not maintain the design; [`AccountsError::Conflict`] if the
    /// proposal is no longer open; [`AccountsError::Invalid`] for an empty commit id.
    pub fn decide(
        &self,
        id: i64,
        reviewer_id: i64,
        decision: Decision,
        now: i64,
    ) -> Result<Proposal, AccountsError> {
        let (state, commit, reason) = match decision {
            Decision::Accept { commit } => (
                ProposalState::Accepted,
                Some(check_id("commit", &commit)?),
                None,
            ),
            Decision::Refuse { reason } => (
                ProposalState::Refused,
                None,
                Some(if reason.trim().is_empty() {
                    String::new()
                } else {
                    check_text("reason", &reason, 20_000, true)?
                }),
            ),
        };
        let proposal = self
            .proposal(id)?
            .ok_or(AccountsError::NotFound { what: "proposal" })?;
        if !self.is_maintainer(&proposal.slug, reviewer_id)? {
            return Err(AccountsError::Forbidden(
                Message::new("refusal-account-only-maintainers-decide").arg("slug", &proposal.slug),
            ));
        }
        // A refusal does not overtake an accept in progress; an accept records its claim's end.
        let changed = self.conn().execute(
            "UPDATE proposals SET state = ?2, reviewer_id = ?3, decided_at = ?4,
                 commit_id = ?5, reason = ?6, accepting_since = NULL
             WHERE id = ?1 AND state = 'open'
               AND (?2 = 'accepted' OR accepting_since IS NULL)",
            params![id, state.as_str(), reviewer_id, now, commit, reason],
        )?;
        let updated = self
            .proposal(id)?
            .ok_or(AccountsError::NotFound { what: "proposal" })?;
        if changed == 0 {
            return Err(AccountsError::Conflict(
                Message::new("refusal-account-proposal-decided")
                    .arg("id", id.to_string())
                    .arg("state", updated.state.as_str()),
            ));
        }
        Ok(updated)
    }
}

impl Accounts {
    /// Makes `user_id` an admin: it maintains the designs nobody else maintains.
    pub fn add_admin(&self, user_id: i64, now: i64) -> Result<(), AccountsError> {
        self.conn()
            .execute(
                "INSERT OR IGNORE INTO admins (user_id, since) VALUES (?1, ?2)",
                params![user_id, now],
            )
            .map_err(|e| {
                if super::is_constraint(&e, rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
                    AccountsError::NotFound { what: "user" }
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    /// Ends `user_id`'s admin role; returns whether it had one.
    pub fn remove_admin(&self, user_id: i64) -> Result<bool, AccountsError> {
        Ok(self
            .conn()
            .execute("DELETE FROM admins WHERE user_id = ?1", [user_id])?
            > 0)
    }

    /// Whether `user_id` is an admin.
    pub fn is_admin(&self, user_id: i64) -> Result<bool, AccountsError> {
        Ok(self
            .conn()
            .query_row("SELECT 1 FROM admins WHERE user_id = ?1", [user_id], |_| {
                Ok(())
            })
            .optional()?
            .is_some())
    }

    /// The admins, by username.
    pub fn admins(&self) -> Result<Vec<User>, AccountsError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {} FROM users u JOIN admins a ON a.user_id = u.id ORDER BY u.username",
            User::COLUMNS
                .split(", ")
                .map(|c| format!("u.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let users = stmt
            .query_map([], |r| User::from_row(r, 0))?
            .collect::<Result<_, _>>()?;
        Ok(users)
    }

    /// Claims an open proposal for accepting by `reviewer_id` (a maintainer): the first
    /// step of an accept, before its content is published. Of two claims, or a claim and a
    /// refusal, exactly one wins.
    ///
    /// # Errors
    /// [`AccountsError::NotFound`]; [`AccountsError::Conflict`] when it is decided or
    /// claimed already.
    pub fn claim_proposal(
        &self,
        id: i64,
        reviewer_id: i64,
        now: i64,
    ) -> Result<Proposal, AccountsError> {
        let changed = self.conn().execute(
            "UPDATE proposals SET accepting_since = ?2, reviewer_id = ?3
             WHERE id = ?1 AND state = 'open' AND accepting_since IS NULL",
            params![id, now, reviewer_id],
        )?;
        let p = self
            .proposal(id)?
            .ok_or(AccountsError::NotFound { what: "proposal" })?;
        if changed == 0 {
            return Err(AccountsError::Conflict(match p.state {
                ProposalState::Open => Message::new("refusal-account-proposal-being-accepted")
                    .arg("id", id.to_string()),
                s => Message::new("refusal-account-proposal-decided")
                    .arg("id", id.to_string())
                    .arg("state", s.as_str()),
            }));
        }
        Ok(p)
    }

    /// Gives up a claim (publishing failed): the proposal is open again.
    pub fn release_claim(&self, id: i64) -> Result<(), AccountsError> {
        self.conn().execute(
            "UPDATE proposals SET accepting_since = NULL, reviewer_id = NULL
             WHERE id = ?1 AND state = 'open'",
            [id],
        )?;
        Ok(())
    }

    /// Every proposal's git ref with its state and decision time.
    pub fn proposal_refs(
        &self,
    ) -> Result<std::collections::BTreeMap<String, (ProposalState, Option<i64>)>, AccountsError>
    {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!("SELECT {PROPOSAL_COLUMNS} FROM proposals"))?;
        let rows: Vec<Proposal> = stmt
            .query_map([], Proposal::from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows
            .into_iter()
            .map(|p| (p.git_ref, (p.state, p.decided_at)))
            .collect())
    }

    /// Open proposals with a claim (an accept that may have been cut short).
    pub fn claimed_proposals(&self) -> Result<Vec<Proposal>, AccountsError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals
             WHERE state = 'open' AND accepting_since IS NOT NULL ORDER BY id"
        ))?;
        let found = stmt
            .query_map([], Proposal::from_row)?
            .collect::<Result<_, _>>()?;
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::{db, user};

    const T0: i64 = 1_700_000_000;

    fn new_proposal(slug: &str, proposer_id: i64, title: &str) -> NewProposal {
        NewProposal {
            slug: slug.into(),
            proposer_id,
            title: title.into(),
            message: "Wider seed hopper.\nTested on 18 mm ply.".into(),
            git_ref: format!("refs/proposals/{slug}/1"),
            base_commit: "0123456789abcdef0123456789abcdef01234567".into(),
        }
    }

    #[test]
    fn maintainers_are_recorded_per_design() {
        let db = db();
        let alice = user(&db, "alice");
        let bob = user(&db, "bob");
        db.add_maintainer("seeder", bob.id).expect("add");
        db.add_maintainer("seeder", alice.id).expect("add");
        db.add_maintainer("seeder", alice.id)
            .expect("adding twice is fine");
        db.add_maintainer("bench", alice.id).expect("add");
        assert!(db.is_maintainer("seeder", alice.id).expect("query"));
        assert!(!db.is_maintainer("bench", bob.id).expect("query"));
        assert!(!db.is_maintainer("unknown", bob.id).expect("query"));
        assert_eq!(
            db.maintainers("seeder").expect("list"),
            vec![alice.clone(), bob.clone()]
        );
        assert!(db.maintainers("unknown").expect("list").is_empty());
        assert_eq!(
            db.designs_maintained(alice.id).expect("list"),
            ["bench", "seeder"]
        );
        assert!(db.remove_maintainer("seeder", bob.id).expect("remove"));
        assert!(!db.remove_maintainer("seeder", bob.id).expect("remove"));
        assert!(db.designs_maintained(bob.id).expect("list").is_empty());

        let err = db.add_maintainer("seeder", 999).unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "user" }),
            "{err:?}"
        );
        let err = db.add_maintainer(" ", alice.id).unwrap_err();
        assert!(
            matches!(err, AccountsError::Invalid { field: "slug", .. }),
            "{err:?}"
        );
    }

    #[test]
    fn proposal_lifecycle() {
        let db = db();
        let maintainer = user(&db, "maya");
        let proposer = user(&db, "pete");
        db.add_maintainer("seeder", maintainer.id).expect("add");

        let p = db
            .create_proposal(new_proposal("seeder", proposer.id, "Wider hopper"), T0)
            .expect("create");
        assert_eq!(p.state, ProposalState::Open);
        assert_eq!(p.title, "Wider hopper");
        assert_eq!(db.proposal(p.id).expect("get"), Some(p.clone()));
        let q = db
            .create_proposal(new_proposal("seeder", proposer.id, "Thicker axle"), T0 + 1)
            .expect("create");
        db.create_proposal(new_proposal("bench", proposer.id, "Other design"), T0)
            .expect("create");

        // Newest first, filtered by design and state.
        let open = db
            .proposals_for("seeder", Some(ProposalState::Open))
            .expect("list");
        assert_eq!(open.iter().map(|p| p.id).collect::<Vec<_>>(), [q.id, p.id]);

        // Only maintainers decide.
        let err = db
            .decide(
                p.id,
                proposer.id,
                Decision::Accept {
                    commit: "abc".into(),
                },
                T0 + 5,
            )
            .unwrap_err();
        assert!(matches!(err, AccountsError::Forbidden(_)), "{err:?}");

        let accepted = db
            .decide(
                p.id,
                maintainer.id,
                Decision::Accept {
                    commit: "abc123".into(),
                },
                T0 + 10,
            )
            .expect("accept");
        assert_eq!(accepted.state, ProposalState::Accepted);
        assert_eq!(accepted.reviewer_id, Some(maintainer.id));
        assert_eq!(accepted.decided_at, Some(T0 + 10));
        assert_eq!(accepted.commit.as_deref(), Some("abc123"));
        assert_eq!(accepted.reason, None);

        // Deciding again, either way, is a conflict and changes nothing.
        for decision in [
            Decision::Accept {
                commit: "def456".into(),
            },
            Decision::Refuse {
                reason: "changed my mind".into(),
            },
        ] {
            let err = db
                .decide(p.id, maintainer.id, decision, T0 + 20)
                .unwrap_err();
            assert!(matches!(err, AccountsError::Conflict(_)), "{err:?}");
        }
        assert_eq!(db.proposal(p.id).expect("get"), Some(accepted));

        let refused = db
            .decide(
                q.id,
                maintainer.id,
                Decision::Refuse {
                    reason: "Too heavy".into(),
                },
                T0 + 30,
            )
            .expect("refuse");
        assert_eq!(refused.state, ProposalState::Refused);
        assert_eq!(refused.reason.as_deref(), Some("Too heavy"));
        assert_eq!(refused.commit, None);

        assert!(
            db.proposals_for("seeder", Some(ProposalState::Open))
                .expect("list")
                .is_empty()
        );
        assert_eq!(db.proposals_for("seeder", None).expect("list").len(), 2);
        assert_eq!(
            db.proposals_for("seeder", Some(ProposalState::Refused))
                .expect("list"),
            vec![refused]
        );

        let err = db
            .decide(
                999,
                maintainer.id,
                Decision::Refuse {
                    reason: String::new(),
                },
                T0,
            )
            .unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "proposal" }),
            "{err:?}"
        );
        let json = serde_json::to_value(db.proposal(p.id).expect("get")).expect("json");
        assert_eq!(json["state"], "accepted");
        assert_eq!(json["commit"], "abc123");
    }

    #[test]
    fn proposals_are_validated() {
        let db = db();
        let u = user(&db, "quinn");
        let field = |p: NewProposal| match db.create_proposal(p, T0) {
            Err(AccountsError::Invalid { field, .. }) => field,
            other => panic!("expected Invalid, got {other:?}"),
        };
        let ok = new_proposal("seeder", u.id, "Fine");
        assert_eq!(
            field(NewProposal {
                title: " ".into(),
                ..ok.clone()
            }),
            "title"
        );
        assert_eq!(
            field(NewProposal {
                slug: String::new(),
                ..ok.clone()
            }),
            "slug"
        );
        assert_eq!(
            field(NewProposal {
                git_ref: "a b".into(),
                ..ok.clone()
            }),
            "git_ref"
        );
        assert_eq!(
            field(NewProposal {
                base_commit: String::new(),
                ..ok.clone()
            }),
            "base_commit"
        );
        let err = db
            .create_proposal(
                NewProposal {
                    proposer_id: 999,
                    ..ok.clone()
                },
                T0,
            )
            .unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "user" }),
            "{err:?}"
        );
        let p = db
            .create_proposal(
                NewProposal {
                    message: "  ".into(),
                    ..ok
                },
                T0,
            )
            .expect("empty message is fine");
        assert_eq!(p.message, "");
    }
}
