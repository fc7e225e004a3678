//! The binary's exit codes and output formats.
