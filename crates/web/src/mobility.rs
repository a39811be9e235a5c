//! Who plays which part in mobility: decided in the application layer.

pub mod flows;
pub mod opportunities;
pub mod placement;
pub use saman_app::access::mobility::{Parts, Seat};
