//! Questions and answers on design pages: who asked or answered what and when, bounded in
//! length and rate-limited per account, and hidden as spam by whoever may moderate (that is
//! decided by the caller, `app::questions`). Slugs are opaque strings here.

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use crate::i18n::Message;

use super::{Accounts, AccountsError};

/// Longest question or answer, in characters.
pub const MAX_POST_CHARS: usize = 4_000;
/// Questions and answers one account may post in [`POST_WINDOW_SECS`].
pub const POSTS_PER_WINDOW: i64 = 10;
/// The rate limit's window: an hour.
pub const POST_WINDOW_SECS: i64 = 3_600;

/// A question (no `question`) or an answer to one.
#[derive(Debug, Clone, Serialize)]
pub struct Post {
    /// Its id.
    pub id: i64,
    /// The design it is about.
    pub slug: String,
    /// The question it answers; `None` for a question.
    pub question: Option<i64>,
    /// The author's account id.
    pub author_id: i64,
    /// The author's username.
    pub username: String,
    /// The author's display name.
    pub author: String,
    /// The text.
    pub body: String,
    /// When it was posted, unix seconds.
    pub created_at: i64,
    /// Whether a maintainer or admin hid it as spam.
    pub hidden: bool,
}

const COLUMNS: &str = "q.id, q.slug, q.parent_id, q.author_id, u.username, u.display_name, q.body, \
                       q.created_at, q.hidden_at IS NOT NULL";

fn post(r: &Row<'_>) -> rusqlite::Result<Post> {
    Ok(Post {
        id: r.get(0)?,
        slug: r.get(1)?,
        question: r.get(2)?,
        author_id: r.get(3)?,
        username: r.get(4)?,
        author: r.get(5)?,
        body: r.get(6)?,
        created_at: r.get(7)?,
        hidden: r.get(8)?,
    })
}

/// The text of a post, trimmed, with its length checked.
fn checked_body(body: &str) -> Result<String, AccountsError> {
    let body = body.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(AccountsError::Invalid {
            field: "body",
            message: Message::new("refusal-account-write-something"),
        });
    }
    let n = body.chars().count();
    if n > MAX_POST_CHARS {
        return Err(AccountsError::Invalid {
            field: "body",
            message: Message::new("refusal-account-post-too-long")
                .arg("count", n)
                .arg("max", MAX_POST_CHARS),
        });
    }
    Ok(body)
}

impl Accounts {
    /// Posts a question about `slug` (`question` is `None`) or an answer to `question`, by
    /// `user_id`. Refused when the text is empty or too long, when the question is not one of
    /// `slug`'s (or is itself an answer), and when the account posted
    /// [`POSTS_PER_WINDOW`] times in the last hour.
    pub fn add_post(
        &self,
        slug: &str,
        question: Option<i64>,
        user_id: i64,
        body: &str,
        now: i64,
    ) -> Result<Post, AccountsError> {
        let body = checked_body(body)?;
        let conn = self.conn();
        if let Some(q) = question {
            let parent: Option<(String, Option<i64>)> = conn
                .query_row(
                    "SELECT slug, parent_id FROM questions WHERE id = ?1",
                    [q],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match parent {
                Some((s, None)) if s == slug => {}
                Some((_, Some(_))) => {
                    return Err(AccountsError::Conflict(
                        Message::new("refusal-account-answer-the-question")
                            .arg("id", q.to_string()),
                    ));
                }
                _ => return Err(AccountsError::NotFound { what: "question" }),
            }
        }
        let since = now - POST_WINDOW_SECS;
        let (count, oldest): (i64, Option<i64>) = conn.query_row(
            "SELECT COUNT(*), MIN(created_at) FROM questions WHERE author_id = ?1 AND created_at > ?2",
            params![user_id, since],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if count >= POSTS_PER_WINDOW {
            let retry = oldest.map_or(POST_WINDOW_SECS, |t| t + POST_WINDOW_SECS - now);
            return Err(AccountsError::Limited {
                what: Message::new("refusal-account-posts-limited").arg("count", POSTS_PER_WINDOW),
                retry_after_secs: retry.max(1) as u64,
            });
        }
        conn.execute(
            "INSERT INTO questions (slug, parent_id, author_id, body, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![slug, question, user_id, body, now],
        )?;
        let id = conn.last_insert_rowid();
        drop(conn);
        self.post(id)?
            .ok_or(AccountsError::NotFound { what: "question" })
    }

    /// Post `id`, hidden or not.
    pub fn post(&self, id: i64) -> Result<Option<Post>, AccountsError> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM questions q JOIN users u ON u.id = q.author_id
                     WHERE q.id = ?1"
                ),
                [id],
                post,
            )
            .optional()?)
    }

    /// Every question and answer about `slug`, hidden ones included, oldest first.
    pub fn posts(&self, slug: &str) -> Result<Vec<Post>, AccountsError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {COLUMNS} FROM questions q JOIN users u ON u.id = q.author_id
             WHERE q.slug = ?1 ORDER BY q.created_at, q.id"
        ))?;
        let posts = stmt
            .query_map([slug], post)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(posts)
    }

    /// Hides post `id` as spam (`hide`), or shows it again, recording who did it.
    pub fn set_post_hidden(
        &self,
        id: i64,
        hide: bool,
        by_user: i64,
        now: i64,
    ) -> Result<(), AccountsError> {
        let n = if hide {
            self.conn().execute(
                "UPDATE questions SET hidden_by = ?2, hidden_at = ?3 WHERE id = ?1",
                params![id, by_user, now],
            )?
        } else {
            self.conn().execute(
                "UPDATE questions SET hidden_by = NULL, hidden_at = NULL WHERE id = ?1",
                [id],
            )?
        };
        if n == 0 {
            return Err(AccountsError::NotFound { what: "question" });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (Accounts, i64) {
        let a = Accounts::open_in_memory().unwrap();
        let u = a
            .sign_up(
                "asker",
                "Example Asker",
                "asker@example.org",
                "a long passphrase",
                0,
            )
            .unwrap();
        (a, u.id)
    }

    #[test]
    fn questions_and_answers_are_bounded_threaded_and_rate_limited() {
        let (a, me) = db();
        let q = a
            .add_post("hive", None, me, "  How thick is the floor?  ", 100)
            .unwrap();
        assert_eq!(q.body, "How thick is the floor?");
        assert_eq!(q.username, "asker");
        let ans = a
            .add_post("hive", Some(q.id), me, "18 mm ply.", 101)
            .unwrap();
        assert_eq!(ans.question, Some(q.id));
        // Answers answer questions of the same design only.
        assert!(matches!(
            a.add_post("hive", Some(ans.id), me, "x", 102),
            Err(AccountsError::Conflict(_))
        ));
        assert!(matches!(
            a.add_post("cart", Some(q.id), me, "x", 102),
            Err(AccountsError::NotFound { .. })
        ));
        assert!(matches!(
            a.add_post("hive", None, me, "   ", 102),
            Err(AccountsError::Invalid { field: "body", .. })
        ));
        let long = "x".repeat(MAX_POST_CHARS + 1);
        assert!(matches!(
            a.add_post("hive", None, me, &long, 102),
            Err(AccountsError::Invalid { field: "body", .. })
        ));
        for i in 0..8 {
            a.add_post("hive", None, me, &format!("q{i}"), 200 + i)
                .unwrap();
        }
        let e = a
            .add_post("hive", None, me, "one too many", 300)
            .unwrap_err();
        assert!(matches!(e, AccountsError::Limited { .. }), "{e}");
        // An hour after the first, there is room again.
        a.add_post("hive", None, me, "later", 100 + POST_WINDOW_SECS + 1)
            .unwrap();
        a.set_post_hidden(q.id, true, me, 400).unwrap();
        let posts = a.posts("hive").unwrap();
        assert!(posts.iter().find(|p| p.id == q.id).unwrap().hidden);
        assert!(a.set_post_hidden(9_999, true, me, 400).is_err());
    }
}
