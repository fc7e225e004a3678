//! The shipped designs.
