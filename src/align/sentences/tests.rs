use super::headline::HEADLINE_ECHO;
use super::*;

#[test]
fn survives_reordering_and_splits() {
    let source = Document::new(
        "Harbor workers in Porto Vell walked out on Monday over pay. \
         The port authority said cargo traffic fell 12 percent, and ships queued outside.",
    );
    let suspect = Document::new(
        "The port authority stated cargo traffic fell 12 percent. \
         Ships queued outside. \
         On Monday, harbor workers in Porto Vell walked out over pay.",
    );
    let matches = align_sentences(&suspect, &source);
    assert_eq!(matches.len(), 2, "{matches:?}");
    assert_eq!(matches[0].suspect, 0..2);
    assert_eq!(matches[0].source, 1..2);
    assert_eq!(matches[1].suspect, 2..3);
    assert_eq!(matches[1].source, 0..1);
}

#[test]
fn unrelated_sentences_stay_unmatched() {
    let source = Document::new("The council approved the harbor budget on Tuesday.");
    let suspect = Document::new("A woman poses for a selfie next to a billboard.");
    assert!(align_sentences(&suspect, &source).is_empty());
    assert_eq!(uncovered_source(&[], 1), [0]);
}

#[test]
fn a_body_sentence_that_only_echoes_the_headline_stays_unmatched() {
    let source = Document::new(
        "Regulators grant permit for Corrin Ridge copper mine\n\n\
         State officials on Tuesday granted Halvard Metals the last permit it needed for its \
         project east of Dunmore. The company said it would hire about 400 people.\n",
    );
    let suspect = Document::new(
        "Regulators grant permit for Corrin Ridge copper mine\n\n\
         State officials on Tuesday granted Halvard Metals the last permit it needed for its \
         project east of Dunmore. Analysts said the permit made Corrin Ridge one of the most \
         advanced copper developments in the United States. The company said it would hire \
         about 400 people.\n",
    );
    let bags = Bags::new(&suspect, &source);
    let echo = bags.similarity(2..3, 0..1);
    assert!(
        (MATCH_THRESHOLD..HEADLINE_ECHO).contains(&echo),
        "the added sentence must match the headline weakly: {echo}"
    );
    let matches = align_sentences(&suspect, &source);
    assert!(
        matches.iter().all(|m| !m.suspect.contains(&2)),
        "{matches:?}"
    );
}

#[test]
fn a_neighbour_sharing_only_a_few_words_joins_no_merge() {
    let source = Document::new(
        "Operators at the Marrow Creek plant restored power to 4,000 homes on Friday. \
         Crews worked through the night to clear fallen lines. \
         Keswin has not said whether it received a compensation claim. \
         Ottaway declined to answer when asked whether the utility would pay.",
    );
    let suspect = Document::new(
        "Operators at the Marrow Creek plant restored power to 4,000 homes on Friday. \
         Crews worked through the night to clear fallen lines. \
         Ottaway said the utility would not pay compensation.",
    );
    let bags = Bags::new(&suspect, &source);
    let (single, merged) = (bags.similarity(2..3, 3..4), bags.similarity(2..3, 2..4));
    assert!(
        merged >= single + GROUP_GAIN,
        "the neighbour must add to the similarity: {single} -> {merged}"
    );
    let matches = align_sentences(&suspect, &source);
    let last = matches.iter().find(|m| m.suspect.contains(&2));
    assert_eq!(last.map(|m| m.source.clone()), Some(3..4), "{matches:?}");
    assert_eq!(uncovered_source(&matches, 4), [2]);
}

#[test]
fn two_source_sentences_rendered_in_one_are_merged() {
    let source = Document::new(
        "The company employs 45 people at the Lindqvist site. \
         Brandt said staff would continue to be paid while the firm looked for new premises.",
    );
    let suspect = Document::new(
        "The firm has 45 employees at the Lindqvist site, who will keep being paid while it \
         searches for new premises, Brandt said.",
    );
    let matches = align_sentences(&suspect, &source);
    assert_eq!(matches.len(), 1, "{matches:?}");
    assert_eq!(matches[0].source, 0..2);
}
