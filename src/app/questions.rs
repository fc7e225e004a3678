//! Questions and answers on a design page: members ask and answer (bounded length, at most
//! [`POSTS_PER_WINDOW`] an hour per account), and the design's maintainers and the site's
//! admins hide spam, which nobody else then sees. Kept in the accounts database, not in
//! git: they are conversation, not design content.

use crate::i18n::Message;
use serde::Serialize;

use super::{Actor, Ctx, Error, Result};
use crate::accounts::Post;
pub use crate::accounts::{MAX_POST_CHARS, POSTS_PER_WINDOW};
use crate::model::Slug;

/// A question with its answers, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct Thread {
    /// The question.
    pub question: Post,
    /// Its answers the viewer may see.
    pub answers: Vec<Post>,
}

/// A design's questions as one viewer sees them.
#[derive(Debug, Clone, Serialize)]
pub struct Questions {
    /// The design.
    pub design: String,
    /// Threads, newest question first.
    pub threads: Vec<Thread>,
    /// Whether the viewer may hide posts (and so also sees hidden ones, marked).
    pub may_moderate: bool,
}

/// Whether `actor` may hide posts on `slug`'s page: its maintainers and the site's admins
/// (and whoever is at the store's own terminal).
pub fn may_moderate(ctx: &Ctx<'_>, actor: &Actor, slug: &str) -> Result<bool> {
    let Actor::Member(user) = actor else {
        return Ok(true);
    };
    let accounts = ctx.accounts()?;
    Ok(accounts.is_maintainer(slug, user.id)? || accounts.is_admin(user.id)?)
}

fn exists(ctx: &Ctx<'_>, slug: &Slug) -> Result<()> {
    ctx.store.design_tree_id(slug, None)?;
    Ok(())
}

/// The questions on `slug`'s page as `viewer` sees them: hidden posts only for those who
/// may moderate.
pub fn list(ctx: &Ctx<'_>, viewer: Option<&Actor>, slug: &Slug) -> Result<Questions> {
    exists(ctx, slug)?;
    let may = match viewer {
        Some(a) => may_moderate(ctx, a, slug)?,
        None => false,
    };
    let Some(accounts) = ctx.accounts else {
        return Ok(Questions {
            design: slug.to_string(),
            threads: Vec::new(),
            may_moderate: may,
        });
    };
    let posts: Vec<Post> = accounts
        .posts(slug)?
        .into_iter()
        .filter(|p| may || !p.hidden)
        .collect();
    let mut threads: Vec<Thread> = posts
        .iter()
        .filter(|p| p.question.is_none())
        .map(|q| Thread {
            question: q.clone(),
            answers: posts
                .iter()
                .filter(|a| a.question == Some(q.id))
                .cloned()
                .collect(),
        })
        .collect();
    threads.reverse();
    Ok(Questions {
        design: slug.to_string(),
        threads,
        may_moderate: may,
    })
}

fn member(actor: &Actor) -> Result<&crate::accounts::User> {
    match actor {
        Actor::Member(u) => Ok(u),
        Actor::Local(_) => Err(Error::refused(Message::new("error-questions-by-accounts"))),
    }
}

/// Asks a question about `slug`.
pub fn ask(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug, body: &str) -> Result<Post> {
    let user = member(actor)?;
    exists(ctx, slug)?;
    Ok(ctx
        .accounts()?
        .add_post(slug, None, user.id, body, ctx.now)?)
}

/// Answers question `question` about `slug`.
pub fn answer(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    question: i64,
    body: &str,
) -> Result<Post> {
    let user = member(actor)?;
    exists(ctx, slug)?;
    let accounts = ctx.accounts()?;
    // A hidden question takes no more answers, except from those who see it.
    if let Some(q) = accounts.post(question)?
        && q.hidden
        && !may_moderate(ctx, actor, slug)?
    {
        return Err(Error::not_found(
            Message::new("error-no-question")
                .arg("id", question.to_string())
                .arg("slug", slug.to_string()),
        ));
    }
    Ok(accounts.add_post(slug, Some(question), user.id, body, ctx.now)?)
}

/// Hides post `id` on `slug`'s page as spam (`hide`), or shows it again. Only the design's
/// maintainers and the site's admins may.
pub fn set_hidden(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug, id: i64, hide: bool) -> Result<Post> {
    let accounts = ctx.accounts()?;
    let post = accounts
        .post(id)?
        .filter(|p| p.slug == slug.as_str())
        .ok_or_else(|| {
            Error::not_found(
                Message::new("error-no-post")
                    .arg("id", id.to_string())
                    .arg("slug", slug.to_string()),
            )
        })?;
    if !may_moderate(ctx, actor, slug)? {
        return Err(Error::forbidden(
            Message::new("error-only-moderators-hide").arg("slug", slug.to_string()),
        ));
    }
    let by = match actor {
        Actor::Member(u) => u.id,
        Actor::Local(_) => post.author_id,
    };
    accounts.set_post_hidden(id, hide, by, ctx.now)?;
    Ok(accounts.post(id)?.unwrap_or(post))
}
