//! The signed-in user's own account: signing in and out, language, API keys and the calendar address.

pub mod session;
pub mod settings;
