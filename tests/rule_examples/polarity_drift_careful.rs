//! polarity-drift: a broad table of careful rewrites that keep polarity and
//! stance, beside the flips that must still be flagged (its meaning-drift
//! cases continue in `polarity_drift_careful_more.rs`).

use super::*;

#[test]
fn careful_rewrites_keep_polarity_and_stance() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Developers that miss the deadline face penalties, the ministry said.",
                "Developers who fail to meet the deadline face penalties, the ministry said.",
                "",
            ),
            (
                "Visitors will be able to buy passes online from next month.",
                "Passes will be sold online from next month, officials said.",
                "",
            ),
            (
                "Indonesia sits on the Pacific Ring of Fire and has 127 active volcanoes.",
                "Indonesia lies on the Pacific Ring of Fire and has 127 active volcanoes.",
                "",
            ),
            (
                "Shoppers will buy more gold this year, the council said.",
                "Shoppers will sell more gold this year, the council said.",
                "sell",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "The firm did not give a figure for the losses and declined to comment further.",
                "The firm gave no figure for the losses and would not comment further.",
                "",
            ),
            (
                "The former treasurer went on trial on Monday accused of embezzling 2 million crowns.",
                "The former treasurer went on trial on Monday for embezzling 2 million crowns.",
                "for embezzling",
            ),
            (
                "The former treasurer went on trial on Monday accused of embezzling 2 million crowns.",
                "The former treasurer, accused of embezzling 2 million crowns, went on trial on Monday.",
                "",
            ),
            (
                "The former treasurer, who is accused of embezzling 2 million crowns, went on trial.",
                "The former treasurer, who embezzled 2 million crowns, went on trial.",
                "embezzled",
            ),
            (
                "The former treasurer, who is accused of embezzling 2 million crowns, went on trial.",
                "The former treasurer, who prosecutors claim embezzled 2 million crowns, went on trial.",
                "",
            ),
            // The count of a charge is no act: the act is the offence.
            (
                "The former adviser has been charged with 11 counts of fraud and two of theft.",
                "The former adviser has been indicted on 11 counts of fraud and two of theft.",
                "",
            ),
            (
                "The former adviser has been charged with 11 counts of fraud and two of theft.",
                "The former adviser, who committed 11 counts of fraud and two of theft, is on trial.",
                "fraud",
            ),
            (
                "The ferry could not return to service until repairs were checked.",
                "The ferry will stay out of service until repairs are checked.",
                "",
            ),
            (
                "The ferry cannot return to service until repairs are checked.",
                "The ferry will stay out of service until repairs are checked.",
                "",
            ),
            (
                "The ferry could return to service in May.",
                "The ferry will return to service in May.",
                "will return",
            ),
            (
                "Much of the money was spent on property, prosecutors said.",
                "Most of the money went on property, prosecutors said.",
                "Most",
            ),
            (
                "Much of the money was spent on property, prosecutors said.",
                "A large part of the money went on property, prosecutors said.",
                "",
            ),
            (
                "Some large customers would see rises of about 4% under the plan, the utility said.",
                "Large customers would see rises of around 4% under the plan, the utility said.",
                "Large",
            ),
            (
                "The scheme will be funded partly by a loan, which will cover about 60 percent of it.",
                "About 60 percent of the scheme will be covered by a loan.",
                "",
            ),
            (
                "Seagrass is thought to account for about 10% of the carbon stored, the study said.",
                "Seagrass accounts for about 10% of the carbon stored, the study said.",
                "accounts",
            ),
            (
                "The gap between the candidates has shrunk since March, the poll showed.",
                "The gap between the candidates has collapsed since March, the poll showed.",
                "collapsed",
            ),
            (
                "Shares in the brewer fell 30% on Monday, traders said.",
                "Shares in the brewer slumped 30% on Monday, traders said.",
                "",
            ),
            (
                "Storm Idris brought gusts of up to 148 km/h to the coast on Sunday.",
                "Storm Idris brought gusts reaching 148 km/h to the coast on Sunday.",
                "",
            ),
            (
                "The mayor said it was too early to estimate the cost of the damage.",
                "The mayor said it was too soon to put a figure on the damage.",
                "",
            ),
            (
                "The ministry said it would consider the findings before the next season.",
                "The ministry said the findings would be taken into account before the next season.",
                "",
            ),
            (
                "The team plans to repeat the survey next year, the university said.",
                "The team will repeat the survey next year, the university said.",
                "will",
            ),
            (
                "The team plans to repeat the survey next year, the university said.",
                "The team intends to repeat the survey next year, the university said.",
                "",
            ),
            (
                "The city had no plans to increase its contribution, the mayor said.",
                "The city did not plan to raise its contribution, the mayor said.",
                "",
            ),
            (
                "The judge said the board should have ordered a new noise study.",
                "The judge said the board ought to have ordered a fresh noise study.",
                "",
            ),
            (
                "The striker is expected to make his debut on Saturday, the club said.",
                "The striker is in line to make his debut on Saturday, the club said.",
                "",
            ),
            (
                "The health board has applied for emergency funds to run the clinics.",
                "The health board has secured emergency funds to run the clinics.",
                "secured",
            ),
            (
                "The health board has applied for emergency funds to run the clinics.",
                "The health board has asked for emergency funds to run the clinics.",
                "",
            ),
            (
                "Residents voiced concern about the noise, the council said.",
                "Residents voiced alarm about the noise, the council said.",
                "alarm",
            ),
            (
                "Shares in the brewer fell slightly on Monday, traders said.",
                "Shares in the brewer slumped on Monday, traders said.",
                "slumped",
            ),
            (
                "Shares in the brewer fell slightly on Monday, traders said.",
                "Shares in the brewer dipped on Monday, traders said.",
                "",
            ),
            (
                "The prosecutor said the money appeared to have been moved through shell firms.",
                "The prosecutor said the money had been moved through shell firms.",
                "had",
            ),
            (
                "The study, published in the journal Apis, appeared in print on Monday.",
                "The study, which appeared in the journal Apis, was printed on Monday.",
                "",
            ),
            (
                "The fishing lobby, which says it has 4,500 members, opposed the plan.",
                "The fishing lobby, which has 4,500 members, opposed the plan.",
                "which has",
            ),
            (
                "The fishing lobby, which says it has 4,500 members, opposed the plan.",
                "The fishing lobby, which says it counts 4,500 members, opposed the plan.",
                "",
            ),
            (
                "The board said it would consider extending the subsidy to small farms.",
                "The board said it would extend the subsidy to small farms.",
                "extend",
            ),
            (
                "The board said it would consider extending the subsidy to small farms.",
                "The board said it would think about extending the subsidy to small farms.",
                "",
            ),
            (
                "The club said it had not decided whether to appeal the fine.",
                "The club said it had decided to appeal the fine.",
                "",
            ),
        ],
    );
}

/// "Nowhere to" before an act denies as "no" before its noun does ("had no
/// storage for" → "had nowhere to store" passes; against a plain "had
/// storage for" it is flagged), and a word a side keeps word for word
/// beside its denial ("the car park … nowhere to park") is no denial moved.
#[test]
fn nowhere_to_act_denies_and_a_kept_word_moves_no_denial() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The club had no storage for its 30 boards and clocks.",
                "The club had nowhere to store its 30 boards and clocks.",
                "",
            ),
            (
                "The club had storage for its 30 boards and clocks.",
                "The club had nowhere to store its 30 boards and clocks.",
                "nowhere",
            ),
            (
                "Traders say the barriers at the car park have left them with nowhere to park their vans.",
                "Traders say the car park barriers have left them with nowhere to leave their vans.",
                "",
            ),
        ],
    );
}
