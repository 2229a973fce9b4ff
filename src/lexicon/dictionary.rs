//! The embedded English dictionary (Hunspell en_US, SCOWL-based; see NOTICE).

use super::hunspell::check;
use crate::text::memo::{Memo, memoised};
use crate::text::words::{stem, unaccented, with_stem};

/// Whether `word` is spelled correctly (in any case the dictionary allows), in
/// American or British spelling.
///
/// Answers are remembered per thread (names, sentence openers and the
/// source's words are asked about again and again), up to [`KNOWN_CACHE`]
/// words.
pub fn is_known(word: &str) -> bool {
    thread_local! {
        static KNOWN: Memo<bool> = Memo::default();
    }
    memoised(
        &KNOWN,
        word,
        KNOWN_CACHE,
        || spelled_right(word),
        |&known| known,
    )
}

/// Most words whose [`is_known`] answer a thread remembers.
const KNOWN_CACHE: usize = 50_000;

/// [`is_known`], worked out.
fn spelled_right(word: &str) -> bool {
    let lower = word.to_lowercase();
    check(word)
        || check(&lower)
        || BRITISH_WORDS.contains(&lower.as_str())
        || american_forms(&lower).iter().any(|w| check(w))
        || unaccented(&lower).is_some_and(|w| check(&w))
}

/// Letters a misspelling may differ from the word meant by.
const MISSPELLING_DISTANCE: usize = 2;

/// Whether `written` is an unknown word a letter or two from `meant`: a slip
/// of spelling ("forcast", "exampt"), not another word.
pub fn misspelling_of(written: &str, meant: &str) -> bool {
    !is_known(written) && strsim::levenshtein(meant, written) <= MISSPELLING_DISTANCE
}

/// Whether `written` misspells `meant`, a dictionary word rather than a name
/// ("Cheif" for "Chief", "Agricultral" for "Agricultural"): such a slip is
/// spelling's even inside a name.
pub fn misspells_word(written: &str, meant: &str) -> bool {
    let (w, m) = (written.to_lowercase(), meant.to_lowercase());
    // A lower-case word: names ("Hollander") are known only capitalised.
    w.chars().next() == m.chars().next() && is_known(&m) && misspelling_of(&w, &m)
}

/// The American spelling of a British-spelt lower-case word ("cancelling" →
/// "canceling", "organiser" → "organizer"), if it has one the dictionary knows
/// and is not itself an American word.
pub fn american_spelling(word: &str) -> Option<String> {
    let forms = american_forms(word);
    if forms.is_empty() {
        return None;
    }
    if check(word) {
        return None;
    }
    forms.into_iter().find(|w| check(w))
}

/// The American "-ize" or "-yze" spelling of a British "-ise" or "-yse" word
/// ("utilises" → "utilizes", "organisation" → "organization"), if the word
/// is no American word itself and the American form is one: "rise",
/// "advertise" and "exercise" have none. Other words are turned away by
/// their ending alone, so the lookup costs nothing for most.
pub fn american_z_spelling(word: &str) -> Option<String> {
    if !Z_ENDINGS.iter().any(|(gb, _)| word.ends_with(gb)) {
        return None;
    }
    american_spelling(word)
}

/// The [`stem`] of `word` in American spelling, as [`american_z_spelling`]
/// gives it: one stem for "specialises" and "specializes".
pub fn american_z_stem(word: &str) -> String {
    american_z_spelling(word).map_or_else(|| stem(word), |w| stem(&w))
}

/// Calls `f` with the [`american_z_stem`] of `word`, as [`with_stem`] does
/// (without allocating the stem); `f` must not stem words itself.
pub fn with_american_z_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let american = american_z_spelling(word);
    with_stem(american.as_deref().unwrap_or(word), f)
}

/// British words the American dictionary lacks and no spelling pattern derives.
const BRITISH_WORDS: &[&str] = &[
    "kerb",
    "kerbs",
    "kerbside",
    "councillor",
    "councillors",
    "timeframe",
    "timeframes",
    "tyre",
    "tyres",
    "storey",
    "storeys",
    "aluminium",
    "cheque",
    "cheques",
    "jewellery",
    "pyjamas",
    "plough",
    "ploughed",
    "mould",
    "mouldy",
    "sceptic",
    "sceptical",
    "scepticism",
    "manoeuvre",
    "manoeuvres",
    "enrolment",
    "enrolments",
    "instalment",
    "instalments",
    "fulfil",
    "fulfils",
    "draught",
    "draughts",
    "gaol",
    "whilst",
    "amongst",
    "learnt",
    "spelt",
    "dreamt",
    "programme",
    "programmes",
    "towards",
    "judgement",
    "judgements",
    "ageing",
    "grey",
    "greys",
    "axe",
    "axes",
    "axed",
    "wellbeing",
    "enquiry",
    "enquiries",
    "enquire",
    "enquires",
    "enquired",
    "enquiring",
    // The verb of "practice", spelt "-ise" in British English.
    "practise",
    "practised",
    "practises",
    "practising",
    // A doubled consonant or "-ough" the American spelling drops.
    "counsellor",
    "counsellors",
    "worshipped",
    "worshipping",
    "worshipper",
    "worshippers",
    "snowplough",
    "snowploughs",
    "enrol",
    "enrols",
    "enthral",
    "enthrals",
    // Spellings British English keeps and American English changed.
    "spoilt",
    "moustache",
    "moustaches",
    "cosy",
    "artefact",
    "artefacts",
    // "-re" words whose "re" follows no "t" (an ending "bre" would pass
    // "Decembre").
    "fibre",
    "fibres",
    "sombre",
    "calibre",
    "meagre",
];

/// British spelling patterns and their American forms, tried on the word's end
/// (`organised` → `organized`, `travelling` → `traveling`), the "-ise" and
/// "-yse" ones ([`Z_ENDINGS`]) first; `our`, `ae`, `oe`, `fence` and `cence`
/// are tried anywhere past the first letter (`favourite`, `paediatric`,
/// `defenceless`, `licences`).
fn british_endings() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    Z_ENDINGS.iter().chain(OTHER_ENDINGS)
}

/// The British "-ise" and "-yse" endings and their American "-ize" and "-yze".
const Z_ENDINGS: &[(&str, &str)] = &[
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("isation", "ization"),
    ("isations", "izations"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("isable", "izable"),
    ("isably", "izably"),
];

/// The other British endings and their American forms.
const OTHER_ENDINGS: &[(&str, &str)] = &[
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ogued", "oged"),
    ("oguing", "oging"),
    ("eable", "able"),
    ("storey", "story"),
    ("ilful", "illful"),
    ("ilfully", "illfully"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llers", "lers"),
    ("mme", "m"),
    ("mmes", "ms"),
    // "onwards", "afterwards", "upwards".
    ("wards", "ward"),
];

/// Patterns tried anywhere past a word's first letter, with their American forms.
const BRITISH_INFIXES: &[(&str, &str)] = &[
    ("ae", "e"),
    ("oe", "e"),
    ("our", "or"),
    ("fence", "fense"),
    ("cence", "cense"),
];

/// The last letters of every British ending.
const QUICK_ENDINGS: [char; 8] = ['e', 'd', 's', 'g', 'r', 'n', 'l', 'y'];

/// American spellings a British-spelt lower-case word may stand for.
pub fn american_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Every ending ends in one of [`QUICK_ENDINGS`]: most words are ruled
    // out without comparing them with each.
    if word.ends_with(QUICK_ENDINGS) {
        let last = word.as_bytes().last();
        out.extend(
            british_endings()
                // The last byte first: most endings are ruled out without a
                // comparison of their whole.
                .filter(|(gb, _)| gb.as_bytes().last() == last)
                .filter_map(|(gb, us)| word.strip_suffix(gb).map(|stem| format!("{stem}{us}")))
                .filter(|w| w.len() >= 3),
        );
    }
    let Some(rest) = word.get(1..) else {
        return out;
    };
    // Every infix holds an "e" or a "u" after its first letter: a word
    // without either past its second letter has none.
    if !rest
        .as_bytes()
        .iter()
        .skip(1)
        .any(|&b| b == b'e' || b == b'u')
    {
        return out;
    }
    for (pattern, american) in BRITISH_INFIXES {
        // A byte search: the patterns are ASCII, so a match starts a character
        // (and this runs for every word of a source, where `str::find` would
        // set up a searcher for each pattern).
        let p = pattern.as_bytes();
        let found = rest
            .as_bytes()
            .windows(p.len())
            .position(|w| w[0] == p[0] && w == p);
        if let Some(i) = found {
            let i = i + 1;
            out.push(format!(
                "{}{american}{}",
                &word[..i],
                &word[i + pattern.len()..]
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_british_ending_and_infix_passes_the_quick_rejections() {
        for (gb, _) in british_endings() {
            assert!(gb.ends_with(QUICK_ENDINGS), "{gb}");
        }
        for (infix, _) in BRITISH_INFIXES {
            assert!(infix[1..].contains(['e', 'u']), "{infix}");
        }
    }

    #[test]
    fn z_spellings_are_only_the_ise_and_yse_endings() {
        for (gb, us) in Z_ENDINGS {
            assert!(gb.contains("is") || gb.contains("ys"), "{gb}");
            assert_eq!(gb.replacen('s', "z", 1), *us);
        }
        assert!(OTHER_ENDINGS.iter().all(|(gb, _)| !gb.contains("is")));
        assert_eq!(american_z_spelling("utilises").as_deref(), Some("utilizes"));
        assert_eq!(american_z_spelling("analysed").as_deref(), Some("analyzed"));
        assert_eq!(
            american_z_spelling("organisations").as_deref(),
            Some("organizations")
        );
        for w in [
            "rise",
            "advertise",
            "exercises",
            "utilizes",
            "colour",
            "centre",
        ] {
            assert_eq!(american_z_spelling(w), None, "{w}");
        }
    }

    #[test]
    fn british_spellings_are_known_and_typos_are_not() {
        for w in [
            "colour",
            "organisation",
            "centre",
            "travelled",
            "analyse",
            "defence",
            "programme",
            "catalogue",
            "paediatric",
            "labour",
            "favourite",
            "unrecognisable",
            "cataloguing",
            "theatre",
            "sizeable",
            "fibre",
            "multistorey",
            "skilful",
            "wilfully",
            "spoilt",
        ] {
            assert!(is_known(w), "{w}");
        }
        for w in ["colur", "organisaton", "centreo", "sarmountable"] {
            assert!(!is_known(w), "{w}");
        }
    }

    #[test]
    fn knows_inflections_and_rejects_misspellings() {
        assert!(is_known("surmountable"));
        assert!(is_known("investors"));
        assert!(is_known("Monday"));
        assert!(!is_known("Sarmountable"));
    }
}
