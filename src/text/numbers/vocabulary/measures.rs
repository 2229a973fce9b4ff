//! Units of measure: lengths, areas, volumes, weights, temperatures, power and
//! energy, what a rate counts per, and units written onto digits ("34C", "8in").

use super::{digits_value, named};

/// Words naming a temperature scale after "degrees", with the scale.
pub(in crate::text::numbers) const TEMPERATURE_SCALES: &[(&str, &str)] = &[
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("c", "celsius"),
    ("fahrenheit", "fahrenheit"),
    ("f", "fahrenheit"),
];

/// Areas by "square" (or "sq") and the length unit after it ("square miles").
pub(in crate::text::numbers) const SQUARE_MEASURES: &[(&str, &str)] = &[
    ("kilometres", "square kilometre"),
    ("kilometers", "square kilometre"),
    ("km", "square kilometre"),
    ("miles", "square mile"),
    ("metres", "square metre"),
    ("meters", "square metre"),
    ("feet", "square foot"),
    // "sq ft", "sq m": the short forms after "sq".
    ("ft", "square foot"),
    ("m", "square metre"),
];

/// Lengths by "nautical" and the unit after it ("nautical miles").
pub(in crate::text::numbers) const NAUTICAL_MEASURES: &[(&str, &str)] =
    &[("miles", "nautical mile"), ("mile", "nautical mile")];

/// Volumes by "cubic" and the length unit after it ("cubic metres").
pub(in crate::text::numbers) const CUBIC_MEASURES: &[(&str, &str)] = &[
    ("metres", "cubic metre"),
    ("meters", "cubic metre"),
    ("metre", "cubic metre"),
    ("meter", "cubic metre"),
];

/// What a rate counts per, by the word after "a", "per" or "each".
pub(in crate::text::numbers) const RATE_UNITS: &[(&str, &str)] = &[
    ("year", "year"),
    ("annum", "year"),
    ("month", "month"),
    ("week", "week"),
    ("day", "day"),
    ("hour", "hour"),
    ("minute", "minute"),
    ("second", "second"),
    ("litre", "litre"),
    ("liter", "litre"),
    ("gallon", "gallon"),
    ("kilogram", "kilogram"),
    ("kilo", "kilogram"),
    ("pound", "pound"),
    ("lb", "pound"),
    ("kg", "kilogram"),
    ("tonne", "tonne"),
    ("ton", "ton"),
    ("metre", "metre"),
    ("meter", "metre"),
    ("kilometre", "kilometre"),
    ("kilometer", "kilometre"),
    ("km", "kilometre"),
    ("mile", "mile"),
    ("hectare", "hectare"),
    ("acre", "acre"),
    ("barrel", "barrel"),
    ("kilowatt-hour", "kilowatt hour"),
    ("megawatt-hour", "megawatt hour"),
    ("kwh", "kilowatt hour"),
    ("mwh", "megawatt hour"),
];

/// Adverbs that make a figure a rate ("$400 annually").
pub(in crate::text::numbers) const RATE_ADVERBS: &[(&str, &str)] = &[
    ("annually", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("hourly", "hour"),
];

/// Units of measure by the unit they name ("metres" and "meters": "metre").
pub(in crate::text::numbers) const MEASURES: &[(&str, &str)] = &[
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("km", "kilometre"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("ft", "foot"),
    ("yards", "yard"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("mi", "mile"),
    ("inches", "inch"),
    ("inch", "inch"),
    ("centimetres", "centimetre"),
    ("centimeters", "centimetre"),
    ("cm", "centimetre"),
    ("millimetres", "millimetre"),
    ("millimeters", "millimetre"),
    ("mm", "millimetre"),
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("fahrenheit", "fahrenheit"),
    ("grams", "gram"),
    ("milligrams", "milligram"),
    ("mg", "milligram"),
    ("micrograms", "microgram"),
    ("kilograms", "kilogram"),
    ("kilogrammes", "kilogram"),
    ("kg", "kilogram"),
    ("tonnes", "tonne"),
    ("tons", "ton"),
    ("litres", "litre"),
    ("liters", "litre"),
    ("gallons", "gallon"),
    ("barrels", "barrel"),
    ("hectares", "hectare"),
    ("acres", "acre"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("mph", "mph"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
    ("gigawatt", "gigawatt"),
    ("megawatt", "megawatt"),
    ("kw", "kilowatt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("gwh", "gigawatt hour"),
    ("mwh", "megawatt hour"),
    ("kwh", "kilowatt hour"),
    ("kilowatt-hour", "kilowatt hour"),
    ("kilowatt-hours", "kilowatt hour"),
    ("megawatt-hour", "megawatt hour"),
    ("megawatt-hours", "megawatt hour"),
    ("gigawatt-hour", "gigawatt hour"),
    ("gigawatt-hours", "gigawatt hour"),
];

/// The energy unit a power unit makes with "hour" ("kilowatt" → "kilowatt hour").
pub(in crate::text::numbers) fn energy_of(power: &str) -> Option<&'static str> {
    match power {
        "kilowatt" => Some("kilowatt hour"),
        "megawatt" => Some("megawatt hour"),
        "gigawatt" => Some("gigawatt hour"),
        _ => None,
    }
}

/// Units written only attached to digits ("8in", "5g"): alone, the letters are words.
const SUFFIX_UNITS: &[(&str, &str)] = &[("in", "inch"), ("g", "gram"), ("p", "penny")];

/// The unit a letter written after digits names ("34C": degrees Celsius), from
/// the token as written: upper-case C and F only, "20c" being cents.
pub(in crate::text::numbers) fn unit_suffix(written: &str) -> Option<(f64, &'static str)> {
    if !written.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (number, unit) = if let Some(n) = written.strip_suffix('C') {
        (n, "celsius")
    } else if let Some(n) = written.strip_suffix('F') {
        (n, "fahrenheit")
    } else {
        let at = written.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let suffix = written[at..].to_lowercase();
        let unit = named(MEASURES, &suffix).or_else(|| named(SUFFIX_UNITS, &suffix))?;
        (&written[..at], unit)
    };
    digits_value(number)
        .filter(|(_, u)| u.is_none())
        .map(|(v, _)| (v, unit))
}
