//! Barnraise: share open hardware designs globally, make them locally.
//!
//! The library is organised along the data flow (see `ARCHITECTURE.md`):
//! a package folder ([`package`]) holds a manifest that [`model`] parses and evaluates at
//! parameter values; [`geometry`] turns evaluated parts into polygons and checks them.
//! The binary (`src/main.rs`, [`cli`]) only parses arguments and prints.

pub mod accounts;
pub mod cli;
pub mod export;
pub mod geometry;
pub mod interop;
pub mod licence;
pub mod model;
pub mod nest;
pub mod package;
pub mod search;
pub mod server;
pub mod shipped;
pub mod store;
