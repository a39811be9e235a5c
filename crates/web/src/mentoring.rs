//! Mentoring and peer-coaching programmes: joining, matching and answering pairs.

pub mod programmes;
