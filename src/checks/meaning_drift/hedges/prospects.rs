//! Words that keep a hedge in the suspect by what they take: a verb of a
//! danger ahead or of an appearance by its object or complement ("could be
//! removed" → "risked removal", "appeared calm" → "looked calm"), a noun of
//! accusation by the act it names ("is suspected of driving" → "on suspicion
//! of driving"), a warning by its idiom ("raising the alarm") or by a fear
//! ("warn of a shortage" → "fearing a shortage").

use super::words::hedging;
use crate::checks::grammar::linked_adjective;

/// Whether word `k` of `words` keeps a hedge: a verb of risk with its object
/// ("risked removal", a danger ahead, as "faces delays"), or a linking verb
/// of the senses with its adjective ("looked calm", an appearance still), or
/// a noun of accusation ("on suspicion of", "allegations that").
pub(super) fn kept(words: &[String], k: usize) -> bool {
    match words[k].as_str() {
        "risked" | "risking" => true,
        // "Thatchers warn of reed shortage" → "leaving thatchers fearing reed
        // shortage": a fear, like a warning, is of what may come (a fear of
        // a clause, "feared it would close", is a hedge already).
        "fear" | "fears" | "feared" | "fearing" => !hedging(words, k),
        // "were worried it would close", "are concerned it will"; "were
        // worried that bookings could fall" is a hedge itself, counted once.
        "worried" | "concerned" => !hedging(words, k),
        // "fear the loss of trade" → "dread the loss of trade".
        "dread" | "dreads" | "dreaded" => true,
        "suspicion" | "allegation" | "allegations" | "accusation" | "accusations" => true,
        // "warning of the problem" → "raising the alarm": a warning still.
        "alarm" => words[k.saturating_sub(2)..k].iter().any(|p| {
            matches!(
                p.as_str(),
                "raise" | "raised" | "raising" | "sound" | "sounded" | "sounding"
            )
        }),
        "looked" | "looks" | "sounded" | "sounds" => {
            words.get(k + 1).is_some_and(|n| linked_adjective(n))
        }
        _ => false,
    }
}
