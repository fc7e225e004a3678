//! Licences of the commons: what a licence obliges, and whether a fork may change it.
//!
//! Owns the rules a fork must follow (share-alike stays share-alike, NC stays NC, ND cannot
//! be adapted) and the plain-words obligations printed on build sheets and design pages.
//! Knows nothing of git or files. The rules follow the licences' own compatibility
//! statements (e.g. Creative Commons' one-way compatibility of CC BY-SA 4.0 with GPLv3).

use serde::Serialize;

/// How a single licence treats adaptations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No adaptations may be shared.
    NoDerivatives,
    /// Adaptations must use one of the listed licences.
    ShareAlike(&'static [&'static str]),
    /// Adaptations may use any licence (attribution may still be required).
    Permissive,
}

/// What is known about one SPDX identifier.
#[derive(Debug, Clone, Copy)]
struct Terms {
    kind: Kind,
    non_commercial: bool,
    attribution: bool,
}

fn terms(id: &str) -> Option<Terms> {
    let t = |kind, non_commercial, attribution| {
        Some(Terms {
            kind,
            non_commercial,
            attribution,
        })
    };
    use Kind::*;
    match id {
        "CC0-1.0" | "Unlicense" => t(Permissive, false, false),
        "MIT"
        | "BSD-2-Clause"
        | "BSD-3-Clause"
        | "ISC"
        | "Zlib"
        | "Apache-2.0"
        | "CERN-OHL-P-2.0"
        | "Solderpad-Hardware-0.51"
        | "CC-BY-3.0"
        | "CC-BY-4.0" => t(Permissive, false, true),
        "CC-BY-NC-3.0" | "CC-BY-NC-4.0" => t(Permissive, true, true),
        "CC-BY-ND-3.0" | "CC-BY-ND-4.0" => t(NoDerivatives, false, true),
        "CC-BY-NC-ND-3.0" | "CC-BY-NC-ND-4.0" => t(NoDerivatives, true, true),
        "CC-BY-SA-3.0" => t(ShareAlike(&["CC-BY-SA-3.0", "CC-BY-SA-4.0"]), false, true),
        "CC-BY-SA-4.0" => t(
            ShareAlike(&["CC-BY-SA-4.0", "GPL-3.0-only", "GPL-3.0-or-later"]),
            false,
            true,
        ),
        "CC-BY-NC-SA-3.0" => t(
            ShareAlike(&["CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0"]),
            true,
            true,
        ),
        "CC-BY-NC-SA-4.0" => t(ShareAlike(&["CC-BY-NC-SA-4.0"]), true, true),
        "CERN-OHL-S-2.0" => t(ShareAlike(&["CERN-OHL-S-2.0"]), false, true),
        "CERN-OHL-W-2.0" => t(
            ShareAlike(&["CERN-OHL-W-2.0", "CERN-OHL-S-2.0"]),
            false,
            true,
        ),
        "CERN-OHL-1.2" => t(ShareAlike(&["CERN-OHL-1.2", "CERN-OHL-S-2.0"]), false, true),
        "TAPR-OHL-1.0" => t(ShareAlike(&["TAPR-OHL-1.0"]), false, true),
        "GPL-2.0-only" => t(ShareAlike(&["GPL-2.0-only"]), false, true),
        "GPL-2.0-or-later" => t(
            ShareAlike(&[
                "GPL-2.0-or-later",
                "GPL-2.0-only",
                "GPL-3.0-or-later",
                "GPL-3.0-only",
            ]),
            false,
            true,
        ),
        "GPL-3.0-only" => t(ShareAlike(&["GPL-3.0-only"]), false, true),
        "GPL-3.0-or-later" => t(
            ShareAlike(&["GPL-3.0-or-later", "GPL-3.0-only"]),
            false,
            true,
        ),
        "AGPL-3.0-only" => t(ShareAlike(&["AGPL-3.0-only"]), false, true),
        "AGPL-3.0-or-later" => t(
            ShareAlike(&["AGPL-3.0-or-later", "AGPL-3.0-only"]),
            false,
            true,
        ),
        "LGPL-3.0-or-later" | "LGPL-3.0-only" => t(
            ShareAlike(&[
                "LGPL-3.0-only",
                "LGPL-3.0-or-later",
                "GPL-3.0-only",
                "GPL-3.0-or-later",
            ]),
            false,
            true,
        ),
        "MPL-2.0" => t(
            ShareAlike(&["MPL-2.0", "GPL-3.0-or-later", "GPL-3.0-only"]),
            false,
            true,
        ),
        _ => None,
    }
}

/// The alternatives of an expression: `A OR B` → [A, B]; anything with AND, WITH or
/// parentheses stays one alternative (forks of those must keep the licence as it is).
fn alternatives(expr: &str) -> Vec<String> {
    let e = expr.trim();
    if e.contains(['(', ')']) || e.contains(" AND ") || e.contains(" WITH ") {
        return vec![e.to_string()];
    }
    e.split(" OR ")
        .map(|s| s.trim().trim_end_matches('+').to_string())
        .collect()
}

/// Checks whether a design under `source` may be forked under `target` (both SPDX
/// expressions). `Err` explains the refusal in words a maker understands.
pub fn check_fork(source: &str, target: &str) -> Result<(), String> {
    let source = source.trim();
    let target = target.trim();
    if spdx::Expression::parse(target).is_err() {
        return Err(format!("'{target}' is not a valid SPDX licence expression"));
    }
    let mut reasons = Vec::new();
    for alt in alternatives(source) {
        match single_fork(&alt, target) {
            Ok(()) => return Ok(()),
            Err(why) => reasons.push(why),
        }
    }
    Err(reasons.join("; "))
}

fn single_fork(source: &str, target: &str) -> Result<(), String> {
    if source == target {
        return match terms(source) {
            Some(Terms {
                kind: Kind::NoDerivatives,
                ..
            }) => Err(no_derivatives(source)),
            _ => Ok(()),
        };
    }
    let Some(s) = terms(source) else {
        return Err(format!(
            "Barnraise does not know how {source} treats adaptations, so a fork must keep {source}"
        ));
    };
    let target_alts = alternatives(target);
    let target_terms: Vec<Option<Terms>> = target_alts.iter().map(|t| terms(t)).collect();
    if s.kind == Kind::NoDerivatives {
        return Err(no_derivatives(source));
    }
    if s.non_commercial
        && !target_terms
            .iter()
            .all(|t| t.is_some_and(|t| t.non_commercial))
    {
        return Err(format!(
            "{source} forbids commercial use and its forks must keep that (NC stays NC): \
             choose a licence with NC, such as CC-BY-NC-SA-4.0"
        ));
    }
    match s.kind {
        Kind::ShareAlike(allowed) => {
            if target_alts.iter().all(|t| allowed.contains(&t.as_str())) {
                Ok(())
            } else {
                Err(format!(
                    "{source} is share-alike: adaptations must be shared under {}, not {target}",
                    allowed.join(" or ")
                ))
            }
        }
        Kind::Permissive | Kind::NoDerivatives => Ok(()),
    }
}

fn no_derivatives(source: &str) -> String {
    format!(
        "{source} is a no-derivatives licence: it allows sharing unchanged copies only, so this design cannot be forked. Ask the authors for permission or a different licence"
    )
}

/// A licence explained for people who build things.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LicenceSummary {
    /// The SPDX expression.
    pub expression: String,
    /// What you must do when you share or sell copies or adaptations, in plain words.
    pub obligations: Vec<String>,
    /// Commercial use (selling what you make) is allowed.
    pub commercial_use: bool,
    /// Adaptations may be shared.
    pub adaptations: bool,
    /// Adaptations must use the same (or a compatible) licence.
    pub share_alike: bool,
}

/// Plain-words obligations of a licence expression.
pub fn summary(expression: &str) -> LicenceSummary {
    let alts = alternatives(expression);
    let known: Vec<(String, Terms)> = alts
        .iter()
        .filter_map(|a| terms(a).map(|t| (a.clone(), t)))
        .collect();
    let mut obligations = Vec::new();
    if alts.len() > 1 {
        obligations.push(format!("You may follow any one of: {}.", alts.join(", ")));
    }
    // For one alternative (the common case) spell out its terms.
    let (commercial_use, adaptations, share_alike) = match known.first() {
        Some((id, t)) if known.len() == alts.len() => {
            if t.attribution {
                obligations.push(
                    "Credit the authors and contributors listed here, and link to the licence."
                        .to_string(),
                );
            }
            match t.kind {
                Kind::ShareAlike(_) if id.starts_with("CERN-OHL") => obligations.push(
                    "If you share or sell hardware made from a modified design, share the modified design files too, under the same licence."
                        .to_string(),
                ),
                Kind::ShareAlike(_) => obligations.push(
                    "Share adapted designs under the same licence (share-alike).".to_string(),
                ),
                Kind::NoDerivatives => obligations.push(
                    "Share only unchanged copies; adapted versions may not be shared.".to_string(),
                ),
                Kind::Permissive => {}
            }
            if t.non_commercial {
                obligations.push(
                    "No commercial use: do not sell the design or things made from it without the authors' permission."
                        .to_string(),
                );
            }
            (
                !t.non_commercial,
                t.kind != Kind::NoDerivatives,
                matches!(t.kind, Kind::ShareAlike(_)),
            )
        }
        _ => {
            obligations.push(format!(
                "Read the licence text of {expression} for its terms."
            ));
            (false, false, false)
        }
    };
    LicenceSummary {
        expression: expression.to_string(),
        obligations,
        commercial_use,
        adaptations,
        share_alike,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_alike_stays_share_alike() {
        assert!(check_fork("CC-BY-SA-4.0", "CC-BY-SA-4.0").is_ok());
        assert!(check_fork("CC-BY-SA-4.0", "GPL-3.0-or-later").is_ok());
        let err = check_fork("CC-BY-SA-4.0", "CC-BY-4.0").unwrap_err();
        assert!(err.contains("share-alike"), "{err}");
        assert!(check_fork("CERN-OHL-S-2.0", "MIT").is_err());
        assert!(check_fork("CERN-OHL-W-2.0", "CERN-OHL-S-2.0").is_ok());
    }

    #[test]
    fn nc_stays_nc_and_nd_cannot_be_forked() {
        assert!(check_fork("CC-BY-NC-SA-4.0", "CC-BY-NC-SA-4.0").is_ok());
        let err = check_fork("CC-BY-NC-SA-4.0", "CC-BY-SA-4.0").unwrap_err();
        assert!(err.contains("NC stays NC"), "{err}");
        assert!(check_fork("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0").is_ok());
        let err = check_fork("CC-BY-ND-4.0", "CC-BY-ND-4.0").unwrap_err();
        assert!(err.contains("no-derivatives"), "{err}");
    }

    #[test]
    fn permissive_licences_can_become_anything() {
        assert!(check_fork("CC-BY-4.0", "CC-BY-SA-4.0").is_ok());
        assert!(check_fork("CC-BY-4.0", "CC-BY-NC-SA-4.0").is_ok());
        assert!(check_fork("CC0-1.0", "CERN-OHL-S-2.0").is_ok());
        assert!(check_fork("MIT OR CC-BY-SA-4.0", "CC-BY-4.0").is_ok());
        assert!(check_fork("CC-BY-4.0", "not a licence").is_err());
    }

    #[test]
    fn summaries_say_what_to_do() {
        let s = summary("CC-BY-NC-SA-4.0");
        assert!(!s.commercial_use && s.share_alike && s.adaptations);
        assert_eq!(s.obligations.len(), 3);
        let s = summary("CERN-OHL-S-2.0");
        assert!(s.obligations[1].contains("modified design files"));
        assert!(summary("CC0-1.0").obligations.is_empty());
    }
}
