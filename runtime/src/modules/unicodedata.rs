//! `unicodedata`: a character's Unicode properties, names and normal forms.
//!
//! The data comes from crates rather than tables of our own: `icu_properties` (the Unicode
//! Consortium's ICU4X data, already what `str.isalpha` and friends use) for the enumerated
//! properties, `unicode_names2` (already the front end's, for `\N{...}`) for names, and
//! `unicode-normalization` (already the front end's, for identifiers) for the normal forms.
//! Those carry a newer Unicode than CPython 3.11's 14.0.0, so two small tables of 14.0.0's own
//! keep the answers CPython's: which code points it assigns, and numeric values (which no
//! crate exposes). Unassigned characters answer with CPython's default record, not the
//! crates' defaults (ICU gives reserved Hebrew code points `R`, CPython every unassigned
//! one '' and the width `F`).

use icu_properties::props::{
    BidiClass, BidiMirrored, CanonicalCombiningClass, EastAsianWidth, GeneralCategory,
};
use icu_properties::{CodePointMapData, CodePointSetData, PropertyNamesShort};
use unicode_normalization::UnicodeNormalization;

use super::unicodedata_assigned::ASSIGNED;
use super::unicodedata_numeric::RUNS;
use super::{arity, def, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::types::str_classify::decimal_value;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn make_unicodedata(vm: &mut Vm) {
    let (m, d) = new_module(vm, "unicodedata");
    def(vm, d, "unicodedata.name", name);
    def(vm, d, "unicodedata.lookup", lookup);
    def(vm, d, "unicodedata.category", category);
    def(vm, d, "unicodedata.bidirectional", bidirectional);
    def(vm, d, "unicodedata.combining", combining);
    def(vm, d, "unicodedata.east_asian_width", east_asian_width);
    def(vm, d, "unicodedata.mirrored", mirrored);
    def(vm, d, "unicodedata.decimal", decimal);
    def(vm, d, "unicodedata.digit", digit);
    def(vm, d, "unicodedata.numeric", numeric);
    def(vm, d, "unicodedata.normalize", normalize);
    def(vm, d, "unicodedata.is_normalized", is_normalized);
    let version = vm.new_str("14.0.0");
    vm.dict_set_str(d, "unidata_version", version);
    register(vm, "unicodedata", m);
}

/// The one character a function takes as its first argument, refused as CPython words it.
fn char_arg(vm: &mut Vm, fname: &str, args: &[Value], max: usize) -> PyResult<char> {
    // CPython names one-argument functions with their module when the count is wrong.
    match max {
        1 => crate::vm::args::arity_in(vm, "unicodedata", fname, args, 1, 1)?,
        _ => arity(vm, fname, args, 1, max)?,
    }
    let one = vm.str_of(args[0]).and_then(|s| {
        let mut it = s.chars();
        it.next().filter(|_| it.next().is_none())
    });
    match one {
        Some(c) => Ok(c),
        None => {
            let tn = vm.type_name(args[0]);
            // Argument Clinic numbers the argument only when the function takes more than one.
            let which = if max == 1 { "argument" } else { "argument 1" };
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("{fname}() {which} must be a unicode character, not {tn}"),
            ))
        }
    }
}

fn general_category(c: char) -> GeneralCategory {
    CodePointMapData::<GeneralCategory>::new().get(c)
}

fn unassigned(c: char) -> bool {
    let cp = c as u32;
    let i = ASSIGNED.partition_point(|r| r.0 <= cp);
    i == 0 || ASSIGNED[i - 1].1 <= cp
}

/// A lookup's answer, else the default given, else `ValueError(msg)`.
fn or_default(vm: &mut Vm, found: Option<Value>, args: &[Value], msg: &str) -> PyResult<Value> {
    match (found, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(&d)) => Ok(vm.share(d)),
        (None, None) => Err(vm.new_exc(ExcKind::ValueError, msg)),
    }
}

fn name(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "name", args, 2)?;
    let found =
        unicode_names2::name(c).filter(|_| !unassigned(c)).map(|n| n.to_string()).map(|n| vm.new_str(n));
    or_default(vm, found, args, "no such name")
}

fn lookup(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "lookup", args, 1, 1)?;
    let bytes =
        crate::types::bytes::bytes_of(vm, args[0]).map(|b| b.into_iter().map(char::from).collect::<String>());
    let Some(text) = vm.str_of(args[0]).map(str::to_string).or(bytes) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")));
    };
    match unicode_names2::character(&text).filter(|&c| !unassigned(c)) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.new_exc(ExcKind::KeyError, &format!("undefined character name '{text}'"))),
    }
}

fn category(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "category", args, 1)?;
    let short = match unassigned(c) {
        true => "Cn",
        false => PropertyNamesShort::<GeneralCategory>::new().get(general_category(c)).unwrap_or("Cn"),
    };
    Ok(vm.new_str(short))
}

fn bidirectional(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "bidirectional", args, 1)?;
    let short = match unassigned(c) {
        true => "",
        false => PropertyNamesShort::<BidiClass>::new()
            .get(CodePointMapData::<BidiClass>::new().get(c))
            .unwrap_or(""),
    };
    Ok(vm.new_str(short))
}

fn combining(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "combining", args, 1)?;
    let class = if unassigned(c) { 0 } else { CodePointMapData::<CanonicalCombiningClass>::new().get(c).0 };
    Ok(Value::Int(i64::from(class)))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "east_asian_width", args, 1)?;
    let short = match unassigned(c) {
        true => "F",
        false => PropertyNamesShort::<EastAsianWidth>::new()
            .get(CodePointMapData::<EastAsianWidth>::new().get(c))
            .unwrap_or("N"),
    };
    Ok(vm.new_str(short))
}

fn mirrored(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "mirrored", args, 1)?;
    Ok(Value::Int(i64::from(!unassigned(c) && CodePointSetData::new::<BidiMirrored>().contains(c))))
}

/// The run of the numeric table holding `c`, and `c`'s value as a fraction.
fn table_value(c: char) -> Option<(i64, i64, bool)> {
    let cp = c as u32;
    let i = RUNS.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let (first, len, num, den, is_digit) = RUNS[i];
    let step = i64::from(cp - first);
    (cp - first < u32::from(len)).then_some((num + step * den, den, is_digit))
}

fn decimal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "decimal", args, 2)?;
    let found = decimal_value(c).filter(|_| !unassigned(c)).map(|d| Value::Int(i64::from(d)));
    or_default(vm, found, args, "not a decimal")
}

fn digit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "digit", args, 2)?;
    let found = match decimal_value(c).filter(|_| !unassigned(c)) {
        Some(d) => Some(Value::Int(i64::from(d))),
        None => table_value(c).filter(|t| t.2).map(|(n, _, _)| Value::Int(n)),
    };
    or_default(vm, found, args, "not a digit")
}

fn numeric(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = char_arg(vm, "numeric", args, 2)?;
    let found = match decimal_value(c).filter(|_| !unassigned(c)) {
        Some(d) => Some(Value::Float(f64::from(d))),
        None => table_value(c).map(|(n, d, _)| Value::Float(n as f64 / d as f64)),
    };
    or_default(vm, found, args, "not a numeric character")
}

/// The form and the text of `normalize`/`is_normalized`, the text normalized to that form.
fn normalized(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<(String, String)> {
    arity(vm, fname, args, 2, 2)?;
    let mut texts = Vec::with_capacity(2);
    for (i, &a) in args.iter().enumerate() {
        match vm.str_of(a) {
            Some(s) => texts.push(s.to_string()),
            None => {
                let tn = vm.type_name(a);
                let msg = format!("{fname}() argument {} must be str, not {tn}", i + 1);
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
        }
    }
    let s = &texts[1];
    let out: String = match texts[0].as_str() {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(vm.new_exc(ExcKind::ValueError, "invalid normalization form")),
    };
    Ok((texts.swap_remove(1), out))
}

fn normalize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (s, out) = normalized(vm, "normalize", args)?;
    // CPython hands back the very object when it is already in the form.
    if s == out {
        return Ok(vm.share(args[1]));
    }
    Ok(vm.new_str(out))
}

fn is_normalized(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (s, out) = normalized(vm, "is_normalized", args)?;
    Ok(Value::Bool(s == out))
}
