//! Who plays which part in mobility: decided in the application layer.

pub use saman_app::access::mobility::{Parts, Seat};
