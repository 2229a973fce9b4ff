//! Particles of phrasal verbs that follow the object ("turned the request
//! down", "ruled it out").

use super::negators::determiner;

/// Words after a phrasal verb within which its particle may follow the
/// object ("turned the request for extra funding from the school down").
const PARTICLE_REACH: usize = 10;

/// Whether the particle `particle` ("down", "out") of the verb at `k`
/// follows its object ("turned the request down", "ruled it out").
pub(super) fn particle_after(words: &[&str], k: usize, particle: &str) -> bool {
    particle_at(words, k, particle).is_some()
}

/// Where the particle `particle` ("down", "out") of the verb at `k` follows
/// its object ("turned the request down", "ruled it out"): the object opens
/// with a determiner or pronoun and runs on without a clause word. Not
/// "off", which ends compounds the words split ("called the sending-off
/// harsh", "the kick-off").
pub fn particle_at(words: &[&str], k: usize, particle: &str) -> Option<usize> {
    const OBJECT_START: &[&str] = &["it", "them", "him", "her", "this", "that", "the", "a", "an"];
    const CLAUSE: &[&str] = &[
        "and", "but", "or", "which", "who", "that", "to", "as", "while",
    ];
    let opens = words
        .get(k + 1)
        .is_some_and(|w| OBJECT_START.contains(w) || determiner(w));
    if !matches!(particle, "down" | "out") || !opens {
        return None;
    }
    (k + 2..words.len())
        .take(PARTICLE_REACH - 1)
        .take_while(|&j| !CLAUSE.contains(&words[j]))
        .find(|&j| words[j] == particle)
}
