//! Passwords, session tokens and API tokens (kept in the application layer, which the
//! command line shares).

pub use saman_app::secrets::{hash_password, new_api_token, random_token, token_hash, verify_password};
