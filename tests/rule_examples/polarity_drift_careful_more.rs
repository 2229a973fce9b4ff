//! polarity-drift's broad table of careful rewrites continued: the
//! meaning-drift side of rewrites that keep polarity and stance.

use super::*;

#[test]
fn more_careful_rewrites_keep_stance() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Not all analysts expect the rally to last, the report said.",
                "Some analysts doubt the rally will last, the report said.",
                "",
            ),
            (
                "The garage will stay shut until at least September, the council said.",
                "The garage will stay shut until September, the council said.",
                "September",
            ),
            (
                "The garage will stay shut until at least September, the council said.",
                "The garage will stay shut at least until September, the council said.",
                "",
            ),
            (
                "Scientists said some reefs had committed to recovery, the survey found.",
                "Scientists said some reefs might commit to recovery, the survey found.",
                "might",
            ),
            (
                "Those given the highest dose lost an average of 2.9 units, the study found.",
                "Those given the highest dose appeared to lose an average of 2.9 units, the study found.",
                "appeared",
            ),
            (
                "The recall covers pots sold in May, the company said.",
                "The recall covers pots sold in May and June, the company said.",
                "",
            ),
            (
                "Business groups broadly welcomed the plan on Tuesday.",
                "Business groups unanimously welcomed the plan on Tuesday.",
                "unanimously",
            ),
            (
                "The bank, as expected, kept rates on hold and said a cut would start in spring.",
                "The bank kept rates on hold and said a cut would start in spring.",
                "",
            ),
            (
                "The ministry expects demand to peak in May, officials said.",
                "The ministry expected demand to peak in May, officials said.",
                "",
            ),
            (
                "A small eruption was the most likely outcome, she said.",
                "A small eruption was the most probable outcome, she said.",
                "",
            ),
            (
                "The firm expects the number of daily van routes to fall by 2026.",
                "The number of daily van routes will fall by 2026, the firm said.",
                "will fall",
            ),
            (
                "The board said it would consider extending the scheme next year.",
                "The board said it would extend the scheme next year.",
                "extend",
            ),
            (
                "Only robots weighing less than 2 kilograms may enter the contest.",
                "Only robots under 2 kilograms may enter the contest.",
                "",
            ),
            (
                "The new ward would reduce infection risks, the hospital said.",
                "The new ward would eliminate infection risks, the hospital said.",
                "eliminate",
            ),
            (
                "Musicians remained concerned about the merger, the union said.",
                "Musicians remained alarmed about the merger, the union said.",
                "alarmed",
            ),
            (
                "Residents were moved out, some for up to 10 weeks, officials said.",
                "Residents were moved out, some for 10 weeks, officials said.",
                "10",
            ),
            (
                "The car will stay closed for at least two weeks, the operator said.",
                "The car will remain closed for a minimum of two weeks, the operator said.",
                "",
            ),
            (
                "The mayor criticised a £4.5 million contract on Tuesday.",
                "The mayor slammed a £4.5 million contract on Tuesday.",
                "slammed",
            ),
            (
                "Conservationists estimate that fewer than 30,000 remain in the wild.",
                "Conservationists confirm that fewer than 30,000 remain in the wild.",
                "confirm",
            ),
            (
                "The strike grounded an estimated 260,000 passengers, analysts said.",
                "The strike grounded roughly 260,000 passengers, analysts said.",
                "",
            ),
            (
                "Small shops may accept bottles by hand under the scheme.",
                "Small shops can take bottles back by hand under the scheme.",
                "",
            ),
            (
                "The merger is expected to save about 38 million pounds a year.",
                "The merger will save about 38 million pounds a year.",
                "will save",
            ),
            (
                "Officials could not say when the pass would reopen.",
                "Officials had no timetable for reopening the pass.",
                "",
            ),
            (
                "The win earns Port Aldren a place in Europe next season.",
                "The win may earn Port Aldren a spot in Europe next season.",
                "may",
            ),
            (
                "Gusts reached 240 km/h and forecasters warned of surges along the coast.",
                "Gusts reached 240 km/h and forecasters warned that surges could strike the coast.",
                "",
            ),
            (
                "The company hoped to fly six missions next year, it said.",
                "The company will fly six missions next year, it said.",
                "will fly",
            ),
            (
                "British media reported that the fee was 40 million euros.",
                "British media confirmed that the fee was 40 million euros.",
                "confirmed",
            ),
            (
                "Residents have been asked to keep showers short, officials said.",
                "Residents have been ordered to keep showers short, officials said.",
                "ordered",
            ),
            (
                "Analysts were sceptical of the plan, he said on Tuesday.",
                "Analysts were deeply sceptical of the plan, he said on Tuesday.",
                "deeply",
            ),
            (
                "The storm caused losses of up to 180 million euros, insurers said.",
                "The storm caused losses of at least 180 million euros, insurers said.",
                "at least",
            ),
            (
                "The storm caused losses of up to 180 million euros, insurers said.",
                "The storm caused losses of as much as 180 million euros, insurers said.",
                "",
            ),
            (
                "The win is expected to lift him to about 18th in the rankings.",
                "The win should push him up to about 18th in the rankings.",
                "",
            ),
            (
                "Critics said the price was too high for consumers.",
                "Detractors argued the price was excessive for consumers.",
                "",
            ),
            (
                "Growers estimated the losses at 40 million euros on Monday.",
                "Growers put the losses at 40 million euros on Monday.",
                "",
            ),
            (
                "Owners are allowed to register dogs online from March, the council said.",
                "Owners are required to register dogs online from March, the council said.",
                "required",
            ),
            (
                "The regulator urged the firm to close the plant, the report said.",
                "The regulator ordered the firm to close the plant, the report said.",
                "ordered",
            ),
            (
                "Rare stamps usually sell for twice their estimate, the auctioneer said.",
                "Rare stamps always sell for twice their estimate, the auctioneer said.",
                "always",
            ),
            (
                "Flights could be diverted if ash reached cruising altitude, it said.",
                "Flights will be diverted if ash reached cruising altitude, it said.",
                "will be",
            ),
        ],
    );
}
