//! Units of measure that convert into each other, so that a figure restated in
//! another unit ("4 metres (13ft)", "80kg" → "176 pounds", "31C" → "88F")
//! keeps its value.

/// Units with their kind and how many of the kind's base unit one of them is.
const FACTORS: &[(&str, &str, f64)] = &[
    ("metre", "length", 1.0),
    ("kilometre", "length", 1000.0),
    ("centimetre", "length", 0.01),
    ("millimetre", "length", 0.001),
    ("foot", "length", 0.3048),
    ("inch", "length", 0.0254),
    ("yard", "length", 0.9144),
    ("mile", "length", 1609.344),
    ("nautical mile", "length", 1852.0),
    // A speed in miles per hour against one in "km/h", whose "km" reads as a length.
    ("mph", "length", 1609.344),
    ("kilogram", "mass", 1.0),
    ("gram", "mass", 0.001),
    ("milligram", "mass", 1e-6),
    ("microgram", "mass", 1e-9),
    ("tonne", "mass", 1000.0),
    ("ton", "mass", 907.185),
    ("pound", "mass", 0.453_592_37),
    ("litre", "volume", 1.0),
    ("cubic metre", "volume", 1000.0),
    ("gallon", "volume", 3.785_41),
    ("square metre", "area", 1.0),
    ("square foot", "area", 0.092_903),
    ("square kilometre", "area", 1e6),
    ("square mile", "area", 2_589_988.0),
    ("hectare", "area", 10_000.0),
    ("acre", "area", 4_046.86),
    ("kilowatt", "power", 1.0),
    ("megawatt", "power", 1e3),
    ("gigawatt", "power", 1e6),
    ("kilowatt hour", "energy", 1.0),
    ("megawatt hour", "energy", 1e3),
    ("gigawatt hour", "energy", 1e6),
];

/// Relative difference within which two converted figures agree: conversions
/// are rounded ("4 metres (13ft)").
const TOLERANCE: f64 = 0.04;

/// Relative closeness in base units; no absolute floor, as base units can be
/// large (4.2 mm and 4.2 cm are 0.0042 m and 0.042 m, not the same).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE * a.abs().max(b.abs())
}

/// Whether `a` in unit `x` and `b` in unit `y` (different units) state the
/// same amount.
pub(super) fn agree(a: f64, x: &str, b: f64, y: &str) -> bool {
    if let Some(t) = temperatures(a, x, b, y) {
        return t;
    }
    let factor = |u: &str| {
        FACTORS
            .iter()
            .find(|(w, ..)| *w == u)
            .map(|&(_, k, f)| (k, f))
    };
    match (factor(x), factor(y)) {
        (Some((kx, fx)), Some((ky, fy))) if kx == ky => close(a * fx, b * fy),
        _ => false,
    }
}

/// The kind of amount a unit measures ("length" for "mile").
fn kind(unit: &str) -> Option<&'static str> {
    if matches!(unit, "celsius" | "fahrenheit") {
        return Some("temperature");
    }
    FACTORS
        .iter()
        .find(|(w, ..)| *w == unit)
        .map(|&(_, k, _)| k)
}

/// Whether units `x` and `y` measure the same kind of amount.
pub(super) fn same_kind(x: &str, y: &str) -> bool {
    kind(x).is_some_and(|k| kind(y) == Some(k))
}

/// Temperatures in Celsius and Fahrenheit agree as readings (31C = 88F) or as
/// differences (1.5C warmer = 2.7F warmer); "degrees" with no scale agrees
/// with either, as the same figure or converted from the other scale
/// ("112 degrees" = "44C"). `None` when the units are not temperatures.
fn temperatures(a: f64, x: &str, b: f64, y: &str) -> Option<bool> {
    let scale = |u: &str| match u {
        "celsius" => Some(Some(true)),
        "fahrenheit" => Some(Some(false)),
        "degree" => Some(None),
        _ => None,
    };
    let (sx, sy) = (scale(x)?, scale(y)?);
    Some(match (sx, sy) {
        (Some(true), Some(false)) => degrees_close(a * 1.8 + 32.0, b) || close(a * 1.8, b),
        (Some(false), Some(true)) => degrees_close(b * 1.8 + 32.0, a) || close(b * 1.8, a),
        (None, Some(true)) => close(a, b) || degrees_close(b * 1.8 + 32.0, a),
        (Some(true), None) => close(a, b) || degrees_close(a * 1.8 + 32.0, b),
        (None, Some(false)) => close(a, b) || degrees_close(a * 1.8 + 32.0, b),
        (Some(false), None) => close(a, b) || degrees_close(b * 1.8 + 32.0, a),
        _ => close(a, b),
    })
}

/// Fahrenheit readings agree within a degree of rounding, not a share of
/// the reading: 42.9C is 109.2F, and "107.2F" is wrong.
fn degrees_close(worked: f64, stated: f64) -> bool {
    (worked - stated).abs() <= 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_within_a_kind_agree() {
        assert!(agree(4.0, "metre", 13.0, "foot"));
        assert!(agree(80.0, "kilogram", 176.0, "pound"));
        assert!(agree(1_200.0, "kilometre", 750.0, "mile"));
        assert!(agree(31.2, "celsius", 88.2, "fahrenheit"));
        assert!(agree(1.5, "celsius", 2.7, "fahrenheit"));
        assert!(agree(
            348_000.0,
            "square kilometre",
            134_000.0,
            "square mile"
        ));
        assert!(!agree(4.0, "metre", 4.0, "foot"));
        assert!(!agree(2_800.0, "metre", 2_800.0, "foot"));
        assert!(!agree(9_000.0, "pound", 11_400.0, "dollar"));
        assert!(!agree(5.0, "kilogram", 5.0, "metre"));
    }
}
