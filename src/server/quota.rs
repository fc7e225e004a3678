//! Limits on how much one account can write: a flood guard for the store and the disk,
//! kept in memory (a restart forgets it; the limits are generous for real use).
//!
//! Owns: sliding-window counters per user and kind of write. Must not: read the store or
//! the database.

use crate::i18n::Message;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::error::WebError;

/// What is being counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A photo upload (up to 5 MB each).
    Upload,
    /// A change to the store: a new design, a fork, an edit or a proposal.
    Change,
}

impl Kind {
    /// How many in how long.
    fn limit(self) -> (usize, Duration, &'static str) {
        match self {
            Kind::Upload => (UPLOADS_PER_DAY, Duration::from_secs(24 * 3600), "upload"),
            Kind::Change => (CHANGES_PER_HOUR, Duration::from_secs(3600), "change"),
        }
    }
}

/// Photo uploads one account may make in 24 hours (at most 200 MB).
pub const UPLOADS_PER_DAY: usize = 40;
/// New designs, forks, edits and proposals one account may make in an hour.
pub const CHANGES_PER_HOUR: usize = 60;

/// Sliding-window counters.
#[derive(Default)]
pub struct Quotas {
    recent: Mutex<HashMap<(String, Kind), VecDeque<Instant>>>,
}

impl Quotas {
    /// Counts one write of `kind` by `user` at `now`, or refuses it (429) when the user's
    /// window is full. Refused attempts are not counted.
    pub fn take(&self, user: &str, kind: Kind, now: Instant) -> Result<(), WebError> {
        let (max, window, what) = kind.limit();
        let mut recent = self
            .recent
            .lock()
            .map_err(|e| WebError::internal(e.to_string()))?;
        let times = recent.entry((user.to_string(), kind)).or_default();
        while times
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= window)
        {
            times.pop_front();
        }
        if times.len() >= max {
            let wait = times.front().map_or(window, |t| {
                window.saturating_sub(now.saturating_duration_since(*t))
            });
            return Err(WebError::too_many(
                Message::new("error-quota")
                    .arg("max", max)
                    .arg("what", what)
                    .arg("minutes", wait.as_secs().div_ceil(60).max(1)),
            ));
        }
        times.push_back(now);
        Ok(())
    }
}

/// Counts `bytes` against `user_id`'s disk quota, or refuses the write (429). Unlike the
/// counters above, the quota is kept in the accounts database, so a restart does not reset it.
pub async fn take_storage(
    state: &super::state::AppState,
    user_id: i64,
    bytes: u64,
) -> Result<(), WebError> {
    let accounts = state.accounts();
    let now = state.now();
    super::state::blocking(move || accounts.take_storage(user_id, bytes, now)).await
}

/// The bytes of a package's files.
pub fn package_bytes(files: &crate::store::PackageFiles) -> u64 {
    files.values().map(|f| f.len() as u64).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_window_refuses_until_the_oldest_write_ages_out() {
        let q = Quotas::default();
        let t0 = Instant::now();
        for i in 0..CHANGES_PER_HOUR {
            q.take("ann", Kind::Change, t0 + Duration::from_secs(i as u64))
                .expect("within the limit");
        }
        let refused = q
            .take("ann", Kind::Change, t0 + Duration::from_secs(100))
            .expect_err("61st change in an hour");
        assert!(refused.to_string().contains("60 changes an hour"));
        // Another user and another kind are counted apart.
        q.take("bob", Kind::Change, t0)
            .expect("bob has his own window");
        q.take("ann", Kind::Upload, t0)
            .expect("uploads are counted apart");
        // An hour after the first change, one more is allowed, and only one.
        let later = t0 + Duration::from_secs(3600);
        q.take("ann", Kind::Change, later)
            .expect("the first change aged out");
        assert!(q.take("ann", Kind::Change, later).is_err());
    }
}
