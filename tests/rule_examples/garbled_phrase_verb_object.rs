//! garbled-phrase: a verb whose object fixes its sense ("raised £500",
//! "lodged an appeal"), swapped for a verb of another of its senses.

use super::*;

/// Money or a concern is raised, not lifted, elevated or increased; an appeal
/// is lodged, not housed (tune and blind pairs of eleven authors).
#[test]
fn a_verb_swapped_for_a_sense_its_object_rules_out_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The village fete raised 6,300 pounds for the church roof this summer.",
                "The village fete elevated 6,300 pounds for the church roof this summer.",
                "elevated",
            ),
            (
                "Volunteers hope to raise £38,000 before the winter.",
                "Volunteers hope to increase £38,000 before the winter.",
                "increase",
            ),
            (
                "Residents have raised concerns about the new car park.",
                "Residents have lifted concerns about the new car park.",
                "lifted",
            ),
            (
                "The owners said they would lodge an appeal against the refusal.",
                "The owners said they would house an appeal against the refusal.",
                "house",
            ),
        ],
    );
}

/// A verb of the same sense passes, and so does the verb's other sense where
/// its object is another ("raised prices" → "increased prices", "raised
/// fares by £1" → "lifted fares by £1").
#[test]
fn a_verb_of_the_same_sense_or_another_object_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The village fete raised 6,300 pounds for the church roof this summer.",
                "The village fete collected 6,300 pounds for the church roof this summer.",
            ),
            (
                "The owners said they would lodge an appeal against the refusal.",
                "The owners said they would file an appeal against the refusal.",
            ),
            (
                "The operator raised prices twice last year.",
                "The operator increased prices twice last year.",
            ),
            (
                "The council raised fares by £1 in April.",
                "The council lifted fares by £1 in April.",
            ),
        ],
    );
}

/// Money is saved, not spared; a letter is signed, not marked; a show is
/// staged, not phased; a fine is faced, not confronted; a bell is cast, not
/// tossed; visitors are drawn, not pulled (tune pairs of two to six authors
/// each).
#[test]
fn a_verb_of_money_papers_or_events_swapped_for_another_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The new boilers will save the school 4,000 pounds a year.",
                "The new boilers will spare the school 4,000 pounds a year.",
                "spare",
            ),
            (
                "More than 300 residents signed a letter opposing the closure.",
                "More than 300 residents marked a letter opposing the closure.",
                "marked",
            ),
            (
                "The drama group stages five shows a year in the old chapel.",
                "The drama group phases five shows a year in the old chapel.",
                "phases",
            ),
            (
                "Drivers who ignore the signs could face a fine of up to £500.",
                "Drivers who ignore the signs could confront a fine of up to £500.",
                "confront",
            ),
            (
                "The foundry has cast church bells in the town since 1780.",
                "The foundry has tossed church bells in the town since 1780.",
                "tossed",
            ),
            (
                "The annual show draws visitors from across the county.",
                "The annual show pulls visitors from across the county.",
                "pulls",
            ),
        ],
    );
}

/// The same objects with a verb of the same sense pass, and so do the verbs'
/// other objects ("draws water" → "pulls water").
#[test]
fn a_verb_of_money_papers_or_events_in_the_same_sense_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The new boilers will save the school 4,000 pounds a year.",
                "The new boilers will cut the school's bills by 4,000 pounds a year.",
            ),
            (
                "More than 300 residents signed a letter opposing the closure.",
                "More than 300 residents endorsed a letter opposing the closure.",
            ),
            (
                "The drama group stages five shows a year in the old chapel.",
                "The drama group puts on five shows a year in the old chapel.",
            ),
            (
                "Drivers who ignore the signs could face a fine of up to £500.",
                "Drivers who ignore the signs could risk a fine of up to £500.",
            ),
            (
                "The annual show draws visitors from across the county.",
                "The annual show attracts visitors from across the county.",
            ),
            (
                "The pump draws water from the river.",
                "The pump pulls water from the river.",
            ),
        ],
    );
}

/// A sale is agreed, not concurred; conditions are attached, not fastened; a
/// byelaw is adopted, not embraced; attendance is capped, not topped; a
/// contract is reviewed, not surveyed; complaints are upheld, not maintained;
/// a boiler is fitted, not suited; a roof is restored, not reestablished;
/// pressure is cited, not quoted; a price is quoted, not cited (tune pairs of
/// two to six authors each).
#[test]
fn a_verb_of_deals_limits_fittings_or_reasons_swapped_for_another_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club has agreed the sale of its ground to a developer.",
                "The club has concurred the sale of its ground to a developer.",
                "concurred",
            ),
            (
                "The council attached nine conditions to the permission.",
                "The council fastened nine conditions to the permission.",
                "fastened",
            ),
            (
                "Members voted to adopt the byelaw in March.",
                "Members voted to embrace the byelaw in March.",
                "embrace",
            ),
            (
                "Organisers capped attendance at 400 people.",
                "Organisers topped attendance at 400 people.",
                "topped",
            ),
            (
                "The board will review the contract next year.",
                "The board will survey the contract next year.",
                "survey",
            ),
            (
                "The ombudsman upheld 12 complaints from tenants.",
                "The ombudsman maintained 12 complaints from tenants.",
                "maintained",
            ),
            (
                "Engineers will fit a new boiler in the school.",
                "Engineers will suit a new boiler in the school.",
                "suit",
            ),
            (
                "Volunteers restored the chapel roof last summer.",
                "Volunteers reestablished the chapel roof last summer.",
                "reestablished",
            ),
            (
                "The chairman resigned, citing pressure of work.",
                "The chairman resigned, quoting pressure of work.",
                "quoting",
            ),
            (
                "The builder quoted £3,000 for the repair.",
                "The builder cited £3,000 for the repair.",
                "cited",
            ),
        ],
    );
}

/// The same objects with a verb of the same sense pass, and so does a verb
/// that fits the object in another meaning ("review the decision" →
/// "overturn the decision" is meaning-drift's).
#[test]
fn a_verb_of_deals_limits_fittings_or_reasons_in_a_fitting_sense_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The club has agreed the sale of its ground to a developer.",
                "The club has completed the sale of its ground to a developer.",
            ),
            (
                "The council attached nine conditions to the permission.",
                "The council imposed nine conditions on the permission.",
            ),
            (
                "Members voted to adopt the byelaw in March.",
                "Members voted to approve the byelaw in March.",
            ),
            (
                "Organisers capped attendance at 400 people.",
                "Organisers limited attendance to 400 people.",
            ),
            (
                "The board will review the decision next year.",
                "The board will overturn the decision next year.",
            ),
            (
                "The ombudsman upheld 12 complaints from tenants.",
                "The ombudsman backed 12 complaints from tenants.",
            ),
            (
                "Engineers will fit a new boiler in the school.",
                "Engineers will install a new boiler in the school.",
            ),
            (
                "Volunteers restored the chapel roof last summer.",
                "Volunteers repaired the chapel roof last summer.",
            ),
            (
                "The chairman resigned, citing pressure of work.",
                "The chairman resigned, blaming pressure of work.",
            ),
            (
                "The builder was quoted £3,000 for the repair.",
                "The builder received a quote of £3,000 for the repair.",
            ),
        ],
    );
}

/// A decision is taken, made or reached; the verb kept, its noun swapped for
/// one the verb makes no phrase with is garbled (tune pairs of two authors;
/// two more changed it so inside quotes).
#[test]
fn a_light_verbs_object_swapped_for_a_noun_it_takes_not_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The trustees had taken the decision reluctantly after a review.",
                "The trustees had taken the choice reluctantly after a review.",
                "choice",
            ),
            (
                "Members would not make a decision until the review was complete.",
                "Members would not make a verdict until the review was complete.",
                "verdict",
            ),
        ],
    );
}

/// A noun the verb takes in the same sense passes ("made no decision" →
/// "made no choice", "reach a decision" → "reach a verdict").
#[test]
fn a_light_verbs_object_swapped_for_a_noun_it_takes_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The company was reviewing premiums but had made no decision.",
                "The company was reviewing premiums but had made no choice.",
            ),
            (
                "The panel aims to reach a decision within eight weeks.",
                "The panel aims to reach a verdict within eight weeks.",
            ),
        ],
    );
}

/// A stream feeds a reservoir, a house overlooks a field, a defendant pleads
/// guilty, a council introduces a charge, a school installs panels, a sea wall
/// is breached, a fine reflects a plea and a van is hired; the verb swapped
/// for another of its senses is garbled (tune and blind pairs of two to
/// twelve authors).
#[test]
fn a_verb_of_waters_views_pleas_charges_or_fittings_swapped_for_another_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A moorland stream feeds the reservoir above the village.",
                "A moorland stream nourishes the reservoir above the village.",
                "nourishes",
            ),
            (
                "The old signal box overlooks the harbour and the fish quay.",
                "The old signal box ignores the harbour and the fish quay.",
                "ignores",
            ),
            (
                "The driver pleaded guilty to careless driving at the hearing.",
                "The driver appealed guilty to careless driving at the hearing.",
                "appealed",
            ),
            (
                "The council will introduce a charge for garden waste next spring.",
                "The council will present a charge for garden waste next spring.",
                "present",
            ),
            (
                "The school will install solar panels on the sports hall roof.",
                "The school will introduce solar panels on the sports hall roof.",
                "introduce",
            ),
            (
                "Engineers will breach the old sea wall to flood the fields.",
                "Engineers will violate the old sea wall to flood the fields.",
                "violate",
            ),
            (
                "The fine was cut by a third to reflect his early plea.",
                "The fine was cut by a third to mirror his early plea.",
                "mirror",
            ),
            (
                "The club had to hire a van for the tournament weekend.",
                "The club had to employ a van for the tournament weekend.",
                "employ",
            ),
        ],
    );
}

/// A verb of the same sense passes ("feeds the reservoir" → "supplies the
/// reservoir", "introduce a charge" → "bring in a charge"), and so do a
/// bill presented and a coach employed, whose objects take that verb fairly.
#[test]
fn a_verb_of_waters_views_pleas_charges_or_fittings_in_the_same_sense_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "A moorland stream feeds the reservoir above the village.",
                "A moorland stream supplies the reservoir above the village.",
            ),
            (
                "The old signal box overlooks the harbour and the fish quay.",
                "The old signal box faces the harbour and the fish quay.",
            ),
            (
                "The council will introduce a charge for garden waste next spring.",
                "The council will bring in a charge for garden waste next spring.",
            ),
            (
                "The school will install solar panels on the sports hall roof.",
                "The school will fit solar panels on the sports hall roof.",
            ),
            (
                "The club had to hire a van for the tournament weekend.",
                "The club had to rent a van for the tournament weekend.",
            ),
            (
                "The club will hire a coach for the new season.",
                "The club will employ a coach for the new season.",
            ),
            (
                "The member will introduce a bill on garden waste next spring.",
                "The member will present a bill on garden waste next spring.",
            ),
        ],
    );
}
