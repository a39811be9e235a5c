//! Saman's domain: the types every other crate speaks, parsed at the edge and
//! trusted inside. No I/O lives here.

pub mod access;
pub mod anonymity;
pub mod experts;
pub mod format;
pub mod ids;
pub mod lang;
pub mod learning;
pub mod mail;
pub mod mentoring;
pub mod mobility;
pub mod network;
pub mod org;
pub mod parse;
pub mod registry;
pub mod role;
pub mod search;
pub mod setup;
pub mod tree;

pub use access::{Access, Grant};
pub use ids::*;
pub use lang::Lang;
pub use org::{OrgKind, UnitKind};
pub use role::Role;
