//! What a person can do about a refusal, as data. Library errors carry a [`Hint`]; each front
//! end phrases it in its own words (a flag in the terminal, a form field in the browser, a
//! request field in the API), so no library message names a CLI flag or an HTTP detail.
//!
//! Owns: the kinds of advice. Must not: hold wording for any one front end.

use serde::Serialize;

/// A structured suggestion attached to an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Hint {
    /// The makerspace has no exact match for `material`: a substitute among `stocks` may do.
    ChooseStock {
        /// The design's material id.
        material: String,
        /// The makerspace's stock ids of the same kind (may be empty).
        stocks: Vec<String>,
    },
    /// The design has several materials: a stock choice must say which material it is for.
    NameTheMaterial {
        /// The design's material ids.
        materials: Vec<String>,
    },
    /// The makerspace has no such stock; its stock ids are listed.
    KnownStocks {
        /// The makerspace's stock ids.
        stocks: Vec<String>,
    },
    /// Choose one of the makerspace's machines.
    ChooseMachine {
        /// Machine ids.
        machines: Vec<String>,
    },
    /// A machine was named without saying whose: choose a makerspace.
    ChooseMakerspace,
    /// Another output format suits this machine.
    UseFormat {
        /// The format's name (`svg`, `dxf`, `gcode`).
        format: String,
    },
    /// Use a smaller sheet, or another machine.
    ChooseSheet,
    /// Say who is making the change.
    SayWhoYouAre,
    /// The published version must be raised for this change.
    RaiseVersion {
        /// The version published now.
        current: String,
    },
    /// The slug is taken or reserved: choose another.
    ChooseAnotherSlug {
        /// The slug asked for.
        slug: String,
    },
    /// Fork the design to change it under a new slug.
    Fork {
        /// The design to fork.
        slug: String,
    },
    /// What was shown is out of date: reload and try again.
    Reload,
    /// Wait and try again.
    RetryLater {
        /// Seconds to wait, when known.
        seconds: Option<u64>,
    },
    /// Give the design a licence (SPDX).
    SetLicence,
    /// The path is not a store: create one there, or name another.
    CreateStore,
    /// No peer has that name: add it first (its name and git URL).
    AddPeer {
        /// The name asked for.
        name: String,
    },
    /// Give the parameter a value the design allows.
    ParameterRange {
        /// The parameter.
        name: String,
    },
}
