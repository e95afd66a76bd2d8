//! What Python calls a character: the `str.is...` tests that rest on Unicode properties
//! (`isdecimal`, `isdigit`, `isnumeric`, `isalpha`, `isalnum`), and the text `int()` and
//! `float()` read, where any decimal digit counts.
//!
//! The properties come from ICU4X's `icu_properties` (the Unicode Consortium's own data,
//! compiled in): `Numeric_Type` is what separates CPython's three numeric tests, and no
//! general category gives it (superscripts are `No` and digits, fractions `No` and not,
//! CJK numerals `Lo` and numeric).

use std::borrow::Cow;

use icu_properties::CodePointMapData;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup, NumericType};

fn numeric_type(c: char) -> NumericType {
    CodePointMapData::<NumericType>::new().get(c)
}

/// `str.isdecimal` of one character: `Numeric_Type=Decimal` (the `Nd` category).
pub(crate) fn is_decimal(c: char) -> bool {
    numeric_type(c) == NumericType::Decimal
}

/// `str.isdigit`: decimals and the other digits (superscripts, circled digits).
pub(crate) fn is_digit(c: char) -> bool {
    matches!(numeric_type(c), NumericType::Decimal | NumericType::Digit)
}

/// `str.isnumeric`: any character with a numeric value (fractions, Roman numerals, CJK).
pub(crate) fn is_numeric(c: char) -> bool {
    numeric_type(c) != NumericType::None
}

/// `str.isalpha`: the letter categories `Lu`, `Ll`, `Lt`, `Lm`, `Lo` (not the wider
/// `Alphabetic` property, which takes in letter numbers and some marks).
pub(crate) fn is_alpha(c: char) -> bool {
    GeneralCategoryGroup::Letter.contains(CodePointMapData::<GeneralCategory>::new().get(c))
}

/// A titlecase letter (`Lt`: 'ǅ', 'ᾈ'), which `str.istitle` counts as a word's capital.
pub(crate) fn is_titlecase(c: char) -> bool {
    CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::TitlecaseLetter
}

/// An identifier's first character (`XID_Start`, which takes in `Other_ID_Start` such as '℘').
pub(crate) fn is_xid_start(c: char) -> bool {
    icu_properties::CodePointSetData::new::<icu_properties::props::XidStart>().contains(c)
}

/// An identifier's later characters (`XID_Continue`: digits, marks, connectors, '·').
pub(crate) fn is_xid_continue(c: char) -> bool {
    // Unicode 15.1 added the joiners and katakana middle dots; CPython 3.11's 14.0 lacks them.
    !matches!(c, '\u{200c}' | '\u{200d}' | '\u{30fb}' | '\u{ff65}')
        && icu_properties::CodePointSetData::new::<icu_properties::props::XidContinue>().contains(c)
}

/// `str.isalnum`: a letter, or any of the numeric kinds.
pub(crate) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// The value of a decimal digit. Unicode keeps each script's decimal digits contiguous and
/// in order from zero, so the value is the place in the run of decimals it belongs to.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if !is_decimal(c) {
        return None;
    }
    let mut first = c as u32;
    while first > 0 && char::from_u32(first - 1).is_some_and(is_decimal) {
        first -= 1;
    }
    Some((c as u32 - first) % 10)
}

/// Text for `int()` and `float()` to parse, as CPython prepares it: each decimal digit of
/// any script becomes its ASCII digit, whitespace a space, and anything else non-ASCII a
/// character no number contains.
pub(crate) fn ascii_digits(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                _ if c.is_ascii() => c,
                _ if is_py_space(c) => ' ',
                _ => decimal_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or('?'),
            })
            .collect(),
    )
}

/// Python's whitespace (`str.isspace`, `split()`, `strip()`): Rust's, and the information
/// separators U+001C..U+001F, which Unicode counts as separators (bidirectional B and S).
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}
