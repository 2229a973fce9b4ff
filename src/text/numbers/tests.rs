use super::compare::compatible;
use super::*;

#[test]
fn no_reader_finds_a_quantity_at_an_inert_token() {
    let doc = Document::new(
        "A quarter of the 212 000 fans, half a million in all, came at noon \
         and left an hour and a half later; one in five paid $US600 (£40-50) \
         for seats in the 18th century stand, three-quarters of a mile away. \
         Mid-May, forty six runners finished 2min 18sec ahead, a tenth of a \
         second apart, in 44-45C heat; the 3-1 win took 11pm to settle. \
         Councils said the May figures rose 5pc, a fifth of a percentage point.",
    );
    let end = doc.tokens.len();
    let mut inert_tokens = 0;
    for i in 0..end {
        if !inert(&doc, i) {
            continue;
        }
        inert_tokens += 1;
        let r = i..end;
        let word = &doc.tokens[i].norm;
        assert!(clock_time(&doc, r.clone()).is_none(), "{word}");
        assert!(dashed_range(&doc, r.clone()).is_none(), "{word}");
        assert!(score(&doc, i).is_none(), "{word}");
        assert!(
            timing::fraction_of_second(&doc, r.clone()).is_none(),
            "{word}"
        );
        assert!(share_of_time(&doc, r.clone()).is_none(), "{word}");
        assert!(point_share(&doc, r.clone()).is_none(), "{word}");
        assert!(half_amount(&doc, r.clone()).is_none(), "{word}");
        assert!(and_a_half(&doc, r.clone()).is_none(), "{word}");
        assert!(fraction_share(&doc, r.clone()).is_none(), "{word}");
        assert!(ratio_share(&doc, r.clone()).is_none(), "{word}");
        assert!(century(&doc, r.clone()).is_none(), "{word}");
        assert!(one_unit(&doc, r.clone()).is_none(), "{word}");
        assert!(number_at(&doc, r).is_none(), "{word}");
    }
    assert!(inert_tokens > 30, "most words are inert: {inert_tokens}");
    for word in [
        "a", "half", "noon", "three", "may", "hours", "fifth", "2min", "$", "mid-may",
    ] {
        let doc = Document::new(word);
        assert!(!inert(&doc, 0), "{word}");
    }
}

fn values(s: &str) -> Vec<(f64, Unit, String)> {
    let doc = Document::new(s);
    quantities(&doc, 0..doc.tokens.len())
        .into_iter()
        .map(|q| (q.value, q.unit, doc.span_text(q.tokens.clone()).to_string()))
        .collect()
}

#[test]
fn restyled_values_are_equal() {
    let a = values("eight percent, $53 billion, three years, a decade, half a century, mid-March");
    let b = values("8%, 53bn dollars, 3 years, ten years, 50 years, March");
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert!(
            (x.0 - y.0).abs() < 1e-6 && compatible(x.1, y.1),
            "{x:?} vs {y:?}"
        );
    }
}

#[test]
fn durations_compare_in_seconds() {
    let doc = Document::new("20 minutes, 20 hours, two weeks, 14 days");
    let q = quantities(&doc, 0..doc.tokens.len());
    assert_eq!(q.len(), 4);
    assert_eq!(doc.span_text(q[0].tokens.clone()), "20 minutes");
    assert!(!q[0].same_value(&q[1]));
    assert!(q[2].same_value(&q[3]));
}

#[test]
fn a_time_then_a_margin_in_the_same_unit_stay_two_figures() {
    let spans: Vec<String> = values("won in 2 hours 5 minutes 31 seconds, 48 seconds faster")
        .into_iter()
        .map(|(_, _, span)| span)
        .collect();
    assert_eq!(spans, ["2 hours 5 minutes 31 seconds", "48 seconds"]);
    let joined = values("2 hours, 6 minutes and 41 seconds");
    assert_eq!(joined.len(), 1);
}

#[test]
fn energy_and_volume_units_read_the_same_however_joined() {
    let measures = |s: &str| {
        let doc = Document::new(s);
        quantities(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|q| (q.value, q.measure))
            .collect::<Vec<_>>()
    };
    let energy = [(1.0, Some("kilowatt hour"))];
    assert_eq!(measures("a 1-kilowatt-hour pack"), energy);
    assert_eq!(measures("a 1 kilowatt-hour pack"), energy);
    assert_eq!(measures("a 1 kilowatt hour pack"), energy);
    assert_eq!(measures("a 1 kWh pack"), energy);
    let volume = [(3000.0, Some("cubic metre"))];
    assert_eq!(measures("a 3,000-cubic-metre tank"), volume);
    assert_eq!(measures("3,000 cubic metres"), volume);
}

#[test]
fn a_grouped_count_is_no_year() {
    let doc = Document::new("about 1,900 runners in 1900");
    let q = quantities(&doc, 0..doc.tokens.len());
    assert!(!q[0].is_year() && q[1].is_year());
}

#[test]
fn money_percent_and_dates_are_parsed_with_spans() {
    assert_eq!(
        values("Sales rose 14 per cent to 380 million euros on Monday, March 4."),
        [
            (14.0, Unit::Percent, "14 per cent".to_string()),
            (380e6, Unit::Money, "380 million euros".to_string()),
            (1.0, Unit::Weekday, "Monday".to_string()),
            (3.0, Unit::Month, "March".to_string()),
            (4.0, Unit::Plain, "4".to_string()),
        ]
    );
}

#[test]
fn may_the_verb_is_not_a_month() {
    assert!(values("It may rise.").is_empty());
    assert!(values("Dec said so.").is_empty());
}

#[test]
fn compound_hyphenated_and_ranged_figures() {
    let pairs = [
        ("Twenty-two firms", "22 firms"),
        ("a 250-million-dollar deal", "a $250 million deal"),
        ("three decades", "30 years"),
        ("24 months", "two years"),
        ("three in five", "60%"),
        ("the number two consumer", "the second consumer"),
        ("It hit -4C", "It hit minus 4 degrees Celsius"),
        ("4 degrees below zero", "-4C"),
        ("Under-12s", "under 12"),
    ];
    for (a, b) in pairs {
        let (x, y) = (Document::new(a), Document::new(b));
        let (qa, qb) = (
            quantities(&x, 0..x.tokens.len()),
            quantities(&y, 0..y.tokens.len()),
        );
        assert_eq!((qa.len(), qb.len()), (1, 1), "{a} / {b}: {qa:?} {qb:?}");
        assert!(qa[0].same_value(&qb[0]), "{a} / {b}: {qa:?} {qb:?}");
    }
    let doc =
        Document::new("between 28 and 35 million dollars, 12 to 65 pounds, Covid-19, one of them");
    let q = quantities(&doc, 0..doc.tokens.len());
    let seen: Vec<(f64, Option<&str>)> = q.iter().map(|q| (q.value, q.measure)).collect();
    assert_eq!(
        seen,
        [
            (28e6, Some("dollar")),
            (35e6, Some("dollar")),
            (12.0, Some("pound")),
            (65.0, Some("pound")),
        ]
    );
    assert!(values("4C and 4F").iter().all(|v| v.0 == 4.0));
    assert!(values("20c").is_empty());
}

#[test]
fn conversions_and_glosses() {
    let doc = Document::new("$61m (£48m), £9,000, or about $11,400, 4 metres (13ft), 22pc, 80kg");
    let q = quantities(&doc, 0..doc.tokens.len());
    let glosses: Vec<bool> = q.iter().map(|q| q.gloss).collect();
    assert_eq!(
        glosses,
        [false, true, false, true, false, true, false, false]
    );
    assert!(q[4].same_value(&q[5]));
    assert_eq!(q[6].unit, Unit::Percent);
    let points = Document::new("14%, 14 percentage points, 14 percent");
    let p = quantities(&points, 0..points.tokens.len());
    assert!(!p[0].same_value(&p[1]));
    assert!(p[0].same_value(&p[2]));
    let more = Document::new(
        "two-thirds of members, a decade-long fight, 3 hours 48 minutes, 2:00 p.m., on Sundays",
    );
    let m = quantities(&more, 0..more.tokens.len());
    let seen: Vec<String> = m
        .iter()
        .map(|q| more.span_text(q.tokens.clone()).to_string())
        .collect();
    assert_eq!(
        seen,
        [
            "two-thirds",
            "decade-long",
            "3 hours 48 minutes",
            "2:00 p.m",
            "Sundays"
        ]
    );
    assert!((m[0].value - 66.67).abs() < 0.01 && m[1].value == 10.0);
    let times =
        Document::new("at 3.20am and 11.15pm, 3:20 a.m., 11:15 p.m., world No. 71, ranked 71st");
    let t = quantities(&times, 0..times.tokens.len());
    assert!(t[0].same_value(&t[2]) && t[1].same_value(&t[3]));
    assert!(!t[0].same_value(&t[1]));
    assert!(t[4].same_value(&t[5]));
    let weight = Document::new("up to 176 pounds");
    let w = quantities(&weight, 0..weight.tokens.len());
    assert!(q[7].same_value(&w[0]));
    let half = Document::new("four and a half years");
    let h = quantities(&half, 0..half.tokens.len());
    assert_eq!((h.len(), h[0].value), (1, 4.5));
    let (a, b) = (
        Document::new("four years and six months"),
        Document::new("a year and a half, 18 months, voted 11-4"),
    );
    let (qa, qb) = (
        quantities(&a, 0..a.tokens.len()),
        quantities(&b, 0..b.tokens.len()),
    );
    assert_eq!(qa.len(), 1);
    assert!(qa[0].same_value(&h[0]));
    assert!(qb[0].same_value(&qb[1]));
    assert_eq!(
        qb[2..].iter().map(|q| q.value).collect::<Vec<_>>(),
        [11.0, 4.0]
    );
}

#[test]
fn currencies_and_units_must_match() {
    let doc = Document::new(
        "$4,000, 4,000 dollars, €4,000, 2,800 metres, 2,800 meters, 2,800 feet, 2,800",
    );
    let q = quantities(&doc, 0..doc.tokens.len());
    assert_eq!(doc.span_text(q[3].tokens.clone()), "2,800 metres");
    assert!(q[0].same_value(&q[1]));
    assert!(!q[0].same_value(&q[2]));
    assert!(q[3].same_value(&q[4]));
    assert!(!q[3].same_value(&q[5]));
    assert!(q[5].same_value(&q[6]));
}

#[test]
fn month_abbreviations_fractions_and_multipliers() {
    assert_eq!(
        values("From Jan. 1 until Sept 4, twice as many."),
        [
            (1.0, Unit::Month, "Jan".to_string()),
            (1.0, Unit::Plain, "1".to_string()),
            (9.0, Unit::Month, "Sept".to_string()),
            (4.0, Unit::Plain, "4".to_string()),
            (2.0, Unit::Plain, "twice".to_string()),
        ]
    );
    let doc = Document::new("a fifth of the crop, one third of sales, 20%, 33%, 34%, a quarter.");
    let q = quantities(&doc, 0..doc.tokens.len());
    assert_eq!(doc.span_text(q[0].tokens.clone()), "a fifth");
    assert!(q[0].same_value(&q[2]));
    assert!(q[1].same_value(&q[3]));
    assert!(!q[1].same_value(&q[4]));
    assert_eq!(q[5].value, 25.0);
    assert!(
        values("A third defendant was cleared.")
            .iter()
            .all(|q| q.1 == Unit::Ordinal)
    );
}

#[test]
fn dashed_ranges_give_both_ends_their_unit() {
    let v = values("a $5-6 million deal lasting 10-12 years");
    let got: Vec<(f64, Unit)> = v.iter().map(|(x, u, _)| (*x, *u)).collect();
    let year = Unit::Time(365 * 24 * 3600);
    assert_eq!(
        got,
        [
            (5e6, Unit::Money),
            (6e6, Unit::Money),
            (10.0, year),
            (12.0, year)
        ]
    );
    assert_eq!(v[1].2, "$5-6 million");
}

#[test]
fn a_date_range_keeps_each_day_a_plain_number() {
    let v = values("from Feb. 18 to March 7");
    assert_eq!(v[1], (18.0, Unit::Plain, "18".to_string()));
}

#[test]
fn shares_before_a_noun_and_ordinal_thirds() {
    assert_eq!(values("a quarter the width")[0].0, 25.0);
    let ordinal = values("Two failed. A third, Halden, said so.");
    assert!(ordinal.iter().all(|v| v.1 != Unit::Percent), "{ordinal:?}");
    let (a, b) = (Document::new("two-thirds"), Document::new("66%"));
    let (qa, qb) = (
        quantities(&a, 0..a.tokens.len()),
        quantities(&b, 0..b.tokens.len()),
    );
    assert!(qa[0].same_value(&qb[0]));
}
