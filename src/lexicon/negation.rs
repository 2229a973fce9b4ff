//! Negation: words that deny explicitly ("not", "failed to") and words that
//! carry a negation inside them ("lost", "unable", "free of charge").

mod beyond;
mod change;
mod double;
mod implicit;
mod negators;
mod pairs;
mod particle;
mod prefix;
mod replaced;

pub use change::kept_as_denied_change;
pub use double::{dissents, double_negations, same_dissent};
pub use implicit::implicit_negatives;
pub use negators::{
    denied_until, is_negator, is_negator_word, is_plain_denial, until_denials, yet_to,
};
pub use particle::particle_at;
pub use prefix::{denying_noun, denying_prefix, litotes, opposed_by_prefix, prefixed_negatives};
