//! Barnraise: share open hardware designs globally, make them locally.
//!
//! The library is organised along the data flow (see `ARCHITECTURE.md`):
//! a package folder ([`package`]) holds a manifest that [`model`] parses and evaluates at
//! parameter values; [`geometry`] turns evaluated parts into polygons and checks them;
//! [`nest`] lays them on sheets and [`export`] writes what machines and people read. The
//! [`store`] keeps designs in git, [`search`] indexes them, [`accounts`] holds the web app's
//! people. [`app`] is the one set of use cases both front ends call: the command line (the
//! binary, `src/main.rs`) and the web app ([`server`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod accounts;
pub mod app;
pub mod cost;
pub mod export;
pub mod fuzz;
pub mod geometry;
pub mod hint;
pub mod i18n;
pub mod interop;
pub mod licence;
pub mod model;
pub mod nest;
pub mod package;
pub mod search;
pub mod server;
pub mod shipped;
pub mod store;
pub mod time;
