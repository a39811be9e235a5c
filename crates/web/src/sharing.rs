//! What people share of what they know: the expert pool and practice notes.

pub mod experts;
pub mod notes;
