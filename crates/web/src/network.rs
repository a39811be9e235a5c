//! Networks of employers as people work with them: creating one, inviting organisations,
//! and each organisation answering for itself and leaving when it wants.

pub mod membership;
pub mod networks;
