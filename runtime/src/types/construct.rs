//! The constructors of builtin types: what calling `int`, `float`, `str`, `bytes`, `complex`,
//! `range`, `type`, `super`, `enumerate`, `zip`, `map`, `filter` and `reversed` makes.

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::{arity, kwarg};
use crate::object::exc_kind::ExcKind;
use crate::object::{Iter, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `int(x=0, /, base=10)`, checked in CPython's order: the arguments, a base without a
/// value, the base's range (read with `__index__`), then the value.
pub fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [v, base] = crate::vm::args::bind_args(vm, "int", args, kwargs, ["", "base"], 2, 0)?;
    let Some(v) = v else {
        if base.is_some() {
            return Err(vm.new_exc(ExcKind::TypeError, "int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let base = match base {
        Some(b) => {
            let b = crate::vm::args::index_arg(vm, b)?;
            match b.to_u32().filter(|&b| b == 0 || (2..=36).contains(&b)) {
                Some(b) => Some(b),
                None => {
                    return Err(vm.new_exc(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0"));
                }
            }
        }
        None => None,
    };
    let text = match vm.str_of(v) {
        Some(s) => Some((s.to_string(), None)),
        // Bytes are read as ASCII text; an error shows them as the bytes they are.
        // Bytes-like objects (a memoryview, an array too) are read as ASCII text; an error
        // shows them as the bytes they are.
        None => super::bytes::bytes_of(vm, v).map(|b| {
            let shown = reap_lang::repr::bytes_repr(&b);
            (b.iter().map(|&c| char::from(c)).collect(), Some(shown))
        }),
    };
    if let Some((s, shown)) = text {
        return parse_int(vm, &s, base.unwrap_or(10), shown);
    }
    if base.is_some() {
        return Err(vm.new_exc(ExcKind::TypeError, "int() can't convert non-string with explicit base"));
    }
    match v {
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Int(_) => Ok(v),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.new_exc(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_exc(ExcKind::OverflowError, "cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                let s = format!("{t:.0}");
                Ok(vm.new_bigint(s.parse().unwrap_or_default()))
            }
        }
        _ => {
            if let Some(Object::BigInt(_)) = v.as_obj().map(|i| vm.heap.get(i)) {
                return Ok(vm.share(v));
            }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.try_dunder(v, name, &[])? {
                    if name == "__trunc__"
                        && let Err(e) = vm.warn(
                            ExcKind::DeprecationWarning,
                            "The delegation of int() to __trunc__ is deprecated.",
                        )
                    {
                        vm.decref(r);
                        return Err(e);
                    }
                    // `__int__` and `__index__` must give an int (`__trunc__` may give anything
                    // with `__index__`, read again).
                    if name != "__trunc__" && !vm.is_int(vm.payload(r)) {
                        let tn = vm.type_name(r);
                        vm.decref(r);
                        let msg = format!("{name} returned non-int (type {tn})");
                        return Err(vm.new_exc(ExcKind::TypeError, &msg));
                    }
                    // An int subclass (a bool) is taken as its value, with CPython's warning.
                    if name != "__trunc__" && vm.type_of(r) != vm.types.int {
                        let tn = vm.type_name(r);
                        let msg = format!(
                            "{name} returned non-int (type {tn}).  The ability to return an instance of a strict \
                             subclass of int is deprecated, and may be removed in a future version of Python."
                        );
                        let value = vm.as_bigint(vm.payload(r));
                        vm.decref(r);
                        vm.warn(ExcKind::DeprecationWarning, &msg)?;
                        return Ok(vm.new_bigint(value.unwrap_or_default()));
                    }
                    return Ok(r);
                }
            }
            let tn = vm.type_name(v);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'"),
            ))
        }
    }
}

fn parse_int(vm: &mut Vm, s: &str, base: u32, shown: Option<String>) -> PyResult<Value> {
    // Any script's decimal digits count (the message shows the text as given).
    let ascii = super::str_classify::ascii_digits(s);
    let t = ascii.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let given = base;
    let (base, digits, prefixed) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &body[2..], true),
        (0 | 8, Some("0o")) => (8, &body[2..], true),
        (0 | 2, Some("0b")) => (2, &body[2..], true),
        (0, _) => (10, body, false),
        (b, _) => (b, body, false),
    };
    // CPython counts the digits before validating the rest, and refuses too many in a base
    // that is not a power of two (the conversion is quadratic there).
    let max = vm.int_max_str_digits;
    if max > 0 && !base.is_power_of_two() && digits.len() > max {
        let n = leading_digits(digits, base);
        if n > max {
            return Err(vm.new_exc(
                ExcKind::ValueError,
                &format!(
                    "Exceeds the limit ({max} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
                ),
            ));
        }
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    // Base 0 reads a literal as source code does: no leading zeros on a decimal ("010"), and
    // an underscore may follow the prefix ("0x_1f").
    let leading_zero = given == 0 && !prefixed && clean.starts_with('0') && clean.bytes().any(|c| c != b'0');
    let misplaced_underscore = !prefixed && digits.starts_with('_');
    // One sign only: the digit parser below would take a second.
    let second_sign = digits.starts_with(['+', '-']);
    let valid = !clean.is_empty()
        && !leading_zero
        && !misplaced_underscore
        && !second_sign
        && !digits.ends_with('_')
        && !digits.contains("__")
        && (2..=36).contains(&base);
    let parsed = if valid { BigInt::from_str_radix(&clean, base).ok() } else { None };
    match parsed {
        Some(b) => Ok(vm.new_bigint(if neg { -b } else { b })),
        None => {
            // CPython shows at most 200 characters of the repr (`%.200R`).
            let r: String = shown.unwrap_or_else(|| reap_lang::repr::str_repr(s)).chars().take(200).collect();
            let base = if given == 0 { 0 } else { base };
            Err(vm.new_exc(ExcKind::ValueError, &format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// How many digits of `base` the text starts with (single underscores between them allowed);
/// 0 when the underscores are misplaced, which makes the literal invalid anyway.
fn leading_digits(text: &str, base: u32) -> usize {
    let (mut count, mut prev) = (0, ' ');
    for c in text.chars() {
        if c == '_' {
            if prev == '_' {
                return 0;
            }
        } else if c.is_digit(base) {
            count += 1;
        } else {
            break;
        }
        prev = c;
    }
    if prev == '_' { 0 } else { count }
}

/// The arguments of a constructor that takes no keywords and `min..=max` positional ones,
/// checked as CPython's (`list(iterable=x)`: "list() takes no keyword arguments").
pub fn plain_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    crate::vm::args::no_kwargs(vm, name, kwargs)?;
    crate::vm::args::check_positional(vm, name, args, min, max)
}

pub fn float_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(&v) = args.first() else { return Ok(Value::Float(0.0)) };
    if let Some(b) = super::bytes::bytes_of(vm, v).filter(|_| !vm.is_int(v)) {
        let text: String = b.iter().map(|&c| char::from(c)).collect();
        // CPython shows bytes and bytearray as bytes, other buffers by their repr.
        let shown = match v.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(_) | Object::ByteArray(_)) => reap_lang::repr::bytes_repr(&b),
            _ => vm.repr(v)?,
        };
        let s = vm.new_str(text);
        let r = float_new(vm, &[s]);
        vm.decref(s);
        return r.map_err(|e| {
            vm.decref_id(e);
            vm.new_exc(ExcKind::ValueError, &format!("could not convert string to float: {shown}"))
        });
    }
    if let Some(s) = vm.str_of(v) {
        let t = super::str_classify::ascii_digits(s).trim().to_ascii_lowercase();
        // An underscore may only stand between two digits (`1_000.5`, not `1__0` or `1_.5`).
        let t = if underscores_between_digits(&t) { t.replace('_', "") } else { String::new() };
        let parsed = match t.as_str() {
            "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            _ => t.parse::<f64>().ok().filter(|_| !t.is_empty() && !t.contains(['i', 'n'])),
        };
        return match parsed {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = reap_lang::repr::str_repr(s);
                Err(vm.new_exc(ExcKind::ValueError, &format!("could not convert string to float: {r}")))
            }
        };
    }
    match v {
        Value::Float(_) => Ok(v),
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(f64::from(u8::from(b)))),
        _ => {
            if let Some(b) = vm.as_bigint(v) {
                return match b.to_f64().filter(|f| f.is_finite()) {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(vm.new_exc(ExcKind::OverflowError, "int too large to convert to float")),
                };
            }
            if let Some(r) = vm.try_dunder(v, "__float__", &[])? {
                let Value::Float(f) = vm.payload(r) else {
                    let (owner, tn) = (vm.type_name(v), vm.type_name(r));
                    vm.decref(r);
                    let msg = format!("{owner}.__float__ returned non-float (type {tn})");
                    return Err(vm.new_exc(ExcKind::TypeError, &msg));
                };
                // A float subclass is taken as its value, with CPython's warning.
                if !matches!(r, Value::Float(_)) {
                    let (owner, tn) = (vm.type_name(v), vm.type_name(r));
                    vm.decref(r);
                    let msg = format!(
                        "{owner}.__float__ returned non-float (type {tn}).  The ability to return an instance of \
                         a strict subclass of float is deprecated, and may be removed in a future version of Python."
                    );
                    vm.warn(ExcKind::DeprecationWarning, &msg)?;
                    return Ok(Value::Float(f));
                }
                return Ok(r);
            }
            // Since 3.8 an integer-like object (`__index__` only) converts through its int.
            if let Some(i) = vm.try_dunder(v, "__index__", &[])? {
                let r = if vm.is_int(i) { float_new(vm, &[i]) } else { Ok(Value::None) };
                vm.decref(i);
                if !matches!(r, Ok(Value::None)) {
                    return r;
                }
            }
            let tn = vm.type_name(v);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("float() argument must be a string or a real number, not '{tn}'"),
            ))
        }
    }
}

/// Whether every underscore of a number's text stands between two digits (`1_000.5`, not
/// `1__0` or `1_.5`), the rule of float() and complex().
fn underscores_between_digits(t: &str) -> bool {
    let b = t.as_bytes();
    (0..b.len())
        .filter(|&k| b[k] == b'_')
        .all(|k| k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit))
}

/// `str(object='', encoding=..., errors=...)`: the object's `str()`, or with an encoding
/// or errors given, the bytes-like object decoded.
pub fn str_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() > 3 {
        let n = args.len();
        return Err(vm.new_exc(ExcKind::TypeError, &format!("str() takes at most 3 arguments ({n} given)")));
    }
    let [object, encoding, errors] =
        crate::vm::args::bind_args(vm, "str", args, kwargs, ["object", "encoding", "errors"], 3, 0)?;
    let Some(v) = object else { return Ok(vm.new_str("")) };
    if encoding.is_none() && errors.is_none() {
        let s = vm.str(v)?;
        return Ok(vm.new_str(s));
    }
    let text_arg = |vm: &mut Vm, a: Option<Value>, name: &str, default: &str| match a {
        None => Ok(default.to_string()),
        Some(a) => match vm.str_of(a) {
            Some(t) => Ok(t.to_string()),
            None => {
                let tn = vm.type_name(a);
                Err(vm.new_exc(ExcKind::TypeError, &format!("str() argument '{name}' must be str, not {tn}")))
            }
        },
    };
    let encoding = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "errors", "strict")?;
    let Some(data) = super::bytes::bytes_of(vm, vm.payload(v)) else {
        if vm.str_of(v).is_some() {
            return Err(vm.new_exc(ExcKind::TypeError, "decoding str is not supported"));
        }
        let tn = vm.type_name(v);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("decoding to str: need a bytes-like object, {tn} found"))
        );
    };
    match super::codecs::decode(&data, &encoding, &errors) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(super::exception::codec_exception(vm, e, |vm| vm.alloc(Object::Bytes(data)))),
    }
}

pub fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let data = bytes_data(vm, args, kwargs, false)?;
    Ok(vm.alloc(Object::Bytes(data)))
}

pub fn bytearray_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let data = bytes_data(vm, args, kwargs, true)?;
    Ok(vm.alloc(Object::ByteArray(data)))
}

/// `bytes(source, encoding, errors)`'s arguments, read as CPython's old-style argument parser
/// reads them, in its order: too many, one given both ways, an unknown keyword, then each
/// text argument's type.
fn bytes_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    what: &str,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    const NAMES: [&str; 3] = ["source", "encoding", "errors"];
    let given = args.len() + kwargs.len();
    if given > 3 {
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("{what}() takes at most 3 arguments ({given} given)"))
        );
    }
    let mut slots: [Option<Value>; 3] = [args.first().copied(), args.get(1).copied(), args.get(2).copied()];
    for (pos, name) in NAMES.iter().enumerate().take(args.len()) {
        if kwarg(vm, kwargs, name).is_some() {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("argument for {what}() given by name ('{name}') and position ({})", pos + 1),
            ));
        }
    }
    for &(k, v) in kwargs {
        let key = vm.str_of(Value::Obj(k)).unwrap_or_default().to_string();
        match NAMES.iter().position(|n| *n == key) {
            Some(i) => slots[i] = Some(v),
            None => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{key}' is an invalid keyword argument for {what}()"),
                ));
            }
        }
    }
    let text = |vm: &mut Vm, i: usize| -> PyResult<Option<String>> {
        let Some(v) = slots[i] else { return Ok(None) };
        match vm.str_of(v) {
            Some(t) if !matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_))) => {
                Ok(Some(t.to_string()))
            }
            _ => {
                let tn = vm.arg_type_name(v);
                Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("{what}() argument '{}' must be str, not {tn}", NAMES[i]),
                ))
            }
        }
    };
    let encoding = text(vm, 1)?;
    let errors = text(vm, 2)?;
    Ok((slots[0], encoding, errors))
}

/// The contents of `bytes(...)` or (`array`) `bytearray(...)`. A count is allocated fallibly;
/// from an iterable, `bytes` sizes its buffer by the length hint up front (so `bytes(range(
/// 2**62))` is a `MemoryError`), `bytearray` grows as it goes, as in CPython.
fn bytes_data(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], array: bool) -> PyResult<Vec<u8>> {
    let what = if array { "bytearray" } else { "bytes" };
    let (source, encoding, errors) = bytes_args(vm, args, kwargs, what)?;
    let without = |vm: &mut Vm, encoding: &Option<String>| {
        let msg = if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        };
        Err(vm.new_exc(ExcKind::TypeError, msg))
    };
    let Some(v) = source else {
        if encoding.is_some() || errors.is_some() {
            return without(vm, &encoding);
        }
        return Ok(Vec::new());
    };
    if let Some(text) = vm.str_of(v) {
        let Some(encoding) = encoding else {
            return Err(vm.new_exc(ExcKind::TypeError, "string argument without an encoding"));
        };
        let text = text.to_string();
        let errors = errors.unwrap_or_else(|| "strict".to_string());
        return super::codecs::encode(&text, &encoding, &errors)
            .map_err(|e| super::exception::codec_exception(vm, e, |vm| vm.share(v)));
    }
    if encoding.is_some() || errors.is_some() {
        return without(vm, &encoding);
    }
    // `bytes(x)` asks `x.__bytes__()` first (bytearray does not).
    if !array
        && matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
        && let Some(r) = vm.try_dunder(v, "__bytes__", &[])?
    {
        if let Some(Object::Bytes(b)) = r.as_obj().map(|id| vm.heap.get(id)) {
            let b = b.clone();
            vm.decref(r);
            return Ok(b);
        }
        let tn = vm.type_name(r);
        vm.decref(r);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("__bytes__ returned non-bytes (type {tn})")));
    }
    if let Some(Object::Bytes(b) | Object::ByteArray(b)) = v.as_obj().map(|id| vm.heap.get(id)) {
        return Ok(b.clone());
    }
    // An array gives its machine bytes (CPython's buffer protocol).
    if let Some(Object::Array(a)) = vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        return Ok(a.data.clone());
    }
    if let Some(m) = super::memoryview::view(vm, v) {
        if m.obj.is_none() {
            return Err(vm.new_exc(ExcKind::ValueError, super::memoryview::RELEASED));
        }
        return Ok(super::memoryview::view_bytes(vm, v).unwrap_or_default());
    }
    // A count: an int, or an object with `__index__` (which CPython asks before iterating).
    let instance = matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
    let counted = if vm.has_index_method(v) {
        let n = crate::vm::args::index_arg(vm, v)?;
        Some(vm.new_bigint(n))
    } else {
        None
    };
    if let Some(c) = counted {
        let r = bytes_data(vm, &[c], &[], array);
        vm.decref(c);
        return r;
    }
    if vm.is_int(v) && !instance {
        let Some(n) = vm.as_i64(v) else {
            return Err(vm.new_exc(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"));
        };
        if n < 0 {
            return Err(vm.new_exc(ExcKind::ValueError, "negative count"));
        }
        let mut out = vm.try_vec::<u8>(n as usize)?;
        out.resize(n as usize, 0);
        return Ok(out);
    }
    // Not iterable: CPython names the conversion that failed.
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::TypeError)) => {
            vm.decref_id(e);
            let tn = vm.type_name(v);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("cannot convert '{tn}' object to {what}")));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    if !array
        && let Some(hint) = vm.length_hint_fast(it)
        && let Err(e) = vm.try_reserve(&mut out, hint)
    {
        vm.decref(it);
        return Err(e);
    }
    loop {
        if out.len() % 4096 == 4095
            && let Err(e) = vm.check_interrupt().and_then(|()| vm.check_memory())
        {
            vm.decref(it);
            return Err(e);
        }
        let item = match vm.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        // An item with `__index__` is the int it stands for (`__index__` may fail).
        let byte = match vm.as_i64(item) {
            None if matches!(item.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_))) => {
                match crate::vm::args::index_arg(vm, item) {
                    Ok(n) => Some(num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1)),
                    Err(e) => {
                        vm.decref(item);
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            b => b,
        };
        let err = match byte {
            Some(b) if (0..256).contains(&b) => None,
            Some(_) if array => Some(vm.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)")),
            Some(_) => Some(vm.new_exc(ExcKind::ValueError, "bytes must be in range(0, 256)")),
            None => {
                let tn = vm.type_name(item);
                Some(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{tn}' object cannot be interpreted as an integer"),
                ))
            }
        };
        vm.decref(item);
        if let Some(e) = err {
            vm.decref(it);
            return Err(e);
        }
        out.push(byte.unwrap_or(0) as u8);
    }
    vm.decref(it);
    Ok(out)
}

pub fn complex_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [re, im] = crate::vm::args::bind_args(vm, "complex", args, kwargs, ["real", "imag"], 2, 0)?;
    // A subclass of a builtin number counts as the number it is.
    let (re, im) = (re.map(|v| vm.payload(v)), im.map(|v| vm.payload(v)));
    if let Some(s) = re.and_then(|r| vm.str_of(r)).map(str::to_string) {
        if im.is_some() {
            return Err(
                vm.new_exc(ExcKind::TypeError, "complex() can't take second arg if first is a string")
            );
        }
        let s = super::str_classify::ascii_digits(&s).to_string();
        if s.contains('_') && !underscores_between_digits(&s) {
            let r = reap_lang::repr::str_repr(&s);
            return Err(vm.new_exc(ExcKind::ValueError, &format!("could not convert string to complex: {r}")));
        }
        return match parse_complex(&s.replace('_', "")) {
            Some((re, im)) => Ok(vm.alloc(Object::Complex { re, im })),
            None => Err(vm.new_exc(ExcKind::ValueError, "complex() arg is a malformed string")),
        };
    }
    let part = |vm: &mut Vm, v: Option<Value>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match vm.as_complex(v) {
                Some(c) => Ok(c),
                None if vm.str_of(v).is_none() => {
                    // `__complex__`, then what float() takes (`__float__`, `__index__`).
                    if let Some(r) = vm.try_dunder(v, "__complex__", &[])? {
                        let is_complex = vm.isinstance(r, vm.types.complex);
                        let c = vm.as_complex(r).filter(|_| is_complex);
                        let tn = vm.type_name(r);
                        vm.decref(r);
                        return c.ok_or_else(|| {
                            let msg = format!("__complex__ returned non-complex (type {tn})");
                            vm.new_exc(ExcKind::TypeError, &msg)
                        });
                    }
                    match float_new(vm, &[v]) {
                        Ok(f) => {
                            let c = vm.as_complex(f).unwrap_or((0.0, 0.0));
                            vm.decref(f);
                            Ok(c)
                        }
                        Err(e) => {
                            vm.decref_id(e);
                            let tn = vm.type_name(v);
                            Err(vm.new_exc(
                                ExcKind::TypeError,
                                &format!("complex() first argument must be a string or a number, not '{tn}'"),
                            ))
                        }
                    }
                }
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.new_exc(
                        ExcKind::TypeError,
                        &format!("complex() first argument must be a string or a number, not '{tn}'"),
                    ))
                }
            },
        }
    };
    // Only a complex part adds its imaginary part in: `complex(1, -0.0)` keeps its signed
    // zero, as CPython's does.
    let is_complex = |vm: &Vm, v: Option<Value>| {
        v.and_then(Value::as_obj).is_some_and(|id| matches!(vm.heap.get(id), Object::Complex { .. }))
            || v.is_some_and(|v| vm.as_complex(v).is_none())
    };
    if im.is_some_and(|i| vm.str_of(i).is_some()) {
        return Err(vm.new_exc(ExcKind::TypeError, "complex() second arg can't be a string"));
    }
    let (re_complex, im_complex) = (is_complex(vm, re), is_complex(vm, im));
    let (a, b) = part(vm, re)?;
    let (c, d) = part(vm, im)?;
    let real = if im_complex { a - d } else { a };
    let imag = match im {
        None => b,
        Some(_) if re_complex => b + c,
        Some(_) => c,
    };
    Ok(vm.alloc(Object::Complex { re: real, im: imag }))
}

/// Parses `"3+4j"`, `"-2j"`, `"1.5"`, `"(1-2j)"`.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    let num = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => x.parse().ok(),
        }
    };
    match t.strip_suffix(['j', 'J']) {
        None => Some((t.parse().ok()?, 0.0)),
        Some(body) => {
            // The imaginary part starts at the last sign that is not an exponent's.
            let bytes = body.as_bytes();
            let split = (1..bytes.len())
                .rev()
                .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
            match split {
                Some(i) => Some((body[..i].parse().ok()?, num(&body[i..])?)),
                None => Some((0.0, num(body)?)),
            }
        }
    }
}

pub fn range_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    arity(vm, "range", args, 1, 3)?;
    // Machine ints (nearly every range): no big-int arithmetic. The length must fit too.
    let small = match *args {
        [Value::Int(stop)] => Some((0, stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((start, stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if step != 0 => Some((start, stop, step)),
        _ => None,
    };
    if let Some((start, stop, step)) = small
        && (start.checked_sub(stop).is_some() && stop.checked_sub(start).is_some())
    {
        return Ok(vm.alloc(Object::Range { start, stop, step }));
    }
    let mut nums = Vec::new();
    for &a in args {
        match index_value(vm, a)? {
            Some(i) => nums.push(i),
            None => {
                let tn = vm.type_name(a);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{tn}' object cannot be interpreted as an integer"),
                ));
            }
        }
    }
    let (zero, one) = (BigInt::from(0), BigInt::from(1));
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (zero, stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => (zero.clone(), zero, one),
    };
    if step == BigInt::from(0) {
        return Err(vm.new_exc(ExcKind::ValueError, "range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(start, stop, step))
}

pub fn type_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match args.len() {
        1 if kwargs.is_empty() => {
            let t = vm.type_of(args[0]);
            vm.heap.incref(t);
            Ok(Value::Obj(t))
        }
        3 => {
            // As `type.__call__`: `type.__new__` (which a more derived metaclass of the bases
            // takes over), then that metaclass's own `__init__`.
            let with_type = [Value::Obj(vm.types.type_), args[0], args[1], args[2]];
            // Keywords go to the bases' `__init_subclass__` (`types.new_class(..., kwds)`).
            let cls = super::typeobj::type_new(vm, &with_type, kwargs)?;
            let meta = vm.type_of(cls);
            if meta != vm.types.type_
                && let Some(init) = vm.lookup_str(meta, "__init__")
                && vm.lookup_str(vm.types.type_, "__init__") != Some(init)
            {
                let mut init_args = vec![cls];
                init_args.extend_from_slice(args);
                match vm.call(init, &init_args, kwargs) {
                    Ok(v) => vm.decref(v),
                    Err(e) => {
                        vm.decref(cls);
                        return Err(e);
                    }
                }
            }
            Ok(cls)
        }
        1 => Err(vm.new_exc(ExcKind::TypeError, "type() takes no keyword arguments")),
        _ => Err(vm.new_exc(ExcKind::TypeError, "type() takes 1 or 3 arguments")),
    }
}

pub fn super_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.new_exc(ExcKind::RuntimeError, "super(): no arguments"));
    };
    let Some(class) = cls.as_obj().filter(|id| matches!(vm.heap.get(*id), Object::Type(_))) else {
        let tn = vm.type_name(cls);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("super() argument 1 must be a type, not {tn}")));
    };
    if args.len() > 2 {
        return Err(vm.new_exc(ExcKind::TypeError, "super() takes at most 2 arguments"));
    }
    // `super(C)` alone is unbound (its receiver None): `__get__` binds it, as reading it from
    // an instance does.
    let obj = args.get(1).copied().unwrap_or(Value::None);
    let derives = match obj.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Type(t)) => t.mro.contains(&class),
        _ => false,
    };
    if args.len() == 2 && !derives && !vm.isinstance(obj, class) {
        return Err(
            vm.new_exc(ExcKind::TypeError, "super(type, obj): obj must be an instance or subtype of type")
        );
    }
    vm.heap.incref(class);
    vm.incref(obj);
    Ok(vm.alloc(Object::Super { class, receiver: obj }))
}

pub fn enumerate_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    // An unknown keyword is reported before a missing iterable, as CPython's vectorcall does.
    let names = ["iterable", "start"];
    if args.len() + kwargs.len() <= names.len()
        && let Some(&(k, _)) =
            kwargs.iter().find(|(k, _)| !names.contains(&vm.str_of(Value::Obj(*k)).unwrap_or("")))
    {
        let key = vm.str_of(Value::Obj(k)).unwrap_or("").to_string();
        let msg = format!("'{key}' is an invalid keyword argument for enumerate()");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    // Unlike most, CPython's enumerate leaves the position out of this message.
    if args.is_empty() && !kwargs.iter().any(|(k, _)| vm.str_of(Value::Obj(*k)) == Some("iterable")) {
        return Err(vm.new_exc(ExcKind::TypeError, "enumerate() missing required argument 'iterable'"));
    }
    let [src, start] = crate::vm::args::bind_args(vm, "enumerate", args, kwargs, names, 2, 1)?;
    let src = src.unwrap_or(Value::None);
    // The count starts as an int whatever the start's type (`True` counts from 1).
    let count = match start {
        None => Value::Int(0),
        Some(s) => {
            let n = crate::vm::args::index_arg(vm, s)?;
            vm.new_bigint(n)
        }
    };
    let inner = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(count);
            return Err(e);
        }
    };
    Ok(vm.alloc(Object::Iter(Iter::Enumerate { inner, count })))
}

pub fn zip_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [strict] = crate::vm::args::bind_args(vm, "zip", &[], kwargs, ["strict"], 0, 0)?;
    let strict = match strict {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut inners = Vec::new();
    for &a in args {
        match vm.get_iter(a) {
            Ok(it) => inners.push(it),
            Err(e) => {
                for i in inners {
                    vm.decref(i);
                }
                return Err(e);
            }
        }
    }
    Ok(vm.alloc(Object::Iter(Iter::Zip { inners, strict })))
}

pub fn map_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.new_exc(ExcKind::TypeError, "map() must have at least two arguments."));
    }
    let func = vm.share(args[0]);
    let mut inners = Vec::new();
    for &a in &args[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(vm.alloc(Object::Iter(Iter::Map { func, inners })))
}

pub fn filter_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    arity(vm, "filter", args, 2, 2)?;
    let inner = vm.get_iter(args[1])?;
    let func = vm.share(args[0]);
    Ok(vm.alloc(Object::Iter(Iter::Filter { func, inner })))
}

pub fn reversed_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = args[0];
    if let Some(Object::LongRange(_)) = v.as_obj().map(|id| vm.heap.get(id)) {
        return vm.call_module_attr("_reap_longrange", "reverse", &[v]);
    }
    if let Some(Object::Range { start, stop, step }) = v.as_obj().map(|id| vm.heap.get(id)) {
        // A reversed range is a range iterator running the other way.
        let (start, step) = (*start, *step);
        let n = crate::vm::sequence::range_len(start, *stop, step);
        let last = start + (n - 1) * step;
        return Ok(vm.alloc(Object::Iter(Iter::Range {
            next: last,
            stop: start - step,
            step: -step,
            start: last,
        })));
    }
    let seq = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(_) | Object::Tuple(_)) => {
            let id = v.as_obj().unwrap_or(vm.not_implemented);
            vm.heap.incref(id);
            id
        }
        // An instance of a Python class, or a class under a metaclass, as CPython's
        // `reversed`: its type's `__reversed__`, else the sequence protocol (`__len__` and
        // `__getitem__`), else not reversible.
        Some(Object::Instance(_) | Object::Type(_)) => {
            let t = vm.type_of(v);
            match vm.lookup_str(t, "__reversed__") {
                Some(Value::None) => return Err(not_reversible(vm, v)),
                Some(_) => {
                    if let Some(r) = vm.try_dunder_as_is(v, "__reversed__", &[])? {
                        return Ok(r);
                    }
                }
                None => {}
            }
            let dict = vm.types.dict;
            let sequence =
                vm.lookup_str(t, "__getitem__").is_some_and(|f| f != Value::None) && !vm.is_subtype(t, dict);
            if !sequence {
                return Err(not_reversible(vm, v));
            }
            // A sequence without a length cannot be read from its end.
            if !vm.lookup_str(t, "__len__").is_some_and(|f| f != Value::None) {
                let tn = vm.type_name(v);
                return Err(vm.new_exc(ExcKind::TypeError, &format!("object of type '{tn}' has no len()")));
            }
            // Its items are read as the iterator reaches them, from `len - 1` down.
            let n = vm.len(v)?;
            let id = v.as_obj().unwrap_or(vm.not_implemented);
            vm.heap.incref(id);
            return Ok(vm.alloc(Object::Iter(Iter::Reversed { seq: id, index: n })));
        }
        // A dict's reverse iterators (`dict_reversekeyiterator`...) walk a copy of its keys,
        // values or items, last first.
        Some(Object::Dict(_) | Object::DictView { .. }) => {
            let kind = match v.as_obj().map(|id| vm.heap.get(id)) {
                Some(Object::DictView { kind: crate::object::DictIterKind::Values, .. }) => {
                    "dict_reversevalueiterator"
                }
                Some(Object::DictView { kind: crate::object::DictIterKind::Items, .. }) => {
                    "dict_reverseitemiterator"
                }
                _ => "dict_reversekeyiterator",
            };
            let mut items = vm.iterate_to_vec(v)?;
            items.reverse();
            let seq = vm.heap.alloc(Object::Tuple(items));
            return Ok(vm.alloc(Object::Iter(Iter::Seq { seq, index: 0, kind })));
        }
        _ => {
            if matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(
                    Object::Str(_)
                        | Object::Range { .. }
                        | Object::Bytes(_)
                        | Object::ByteArray(_)
                        | Object::Array(_)
                        | Object::MemoryView(_)
                )
            ) {
                let items = vm.iterate_to_vec(v)?;
                vm.heap.alloc(Object::Tuple(items))
            } else {
                return Err(not_reversible(vm, v));
            }
        }
    };
    let index = match vm.heap.get(seq) {
        Object::List(l) | Object::Tuple(l) => l.len(),
        _ => 0,
    };
    Ok(vm.alloc(Object::Iter(Iter::Reversed { seq, index })))
}

fn not_reversible(vm: &mut Vm, v: Value) -> ObjId {
    let tn = vm.type_name(v);
    vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not reversible"))
}

/// An integer operand: an int, or an object with `__index__`.
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = vm.as_bigint(v) {
        return Ok(Some(b));
    }
    if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
        && let Some(r) = vm.try_dunder(v, "__index__", &[])?
    {
        let b = vm.as_bigint(r);
        vm.decref(r);
        return Ok(b);
    }
    Ok(None)
}

/// `types.ModuleType(name, doc=None)`: an empty module, its globals as an import starts them.
pub fn module_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [name, doc] = crate::vm::args::bind_args(vm, "module", args, kwargs, ["name", "doc"], 2, 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(text) = vm.str_of(name).map(str::to_string) else {
        let tn = vm.type_name(name);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("module.__init__() argument 'name' must be str, not {tn}"),
        ));
    };
    let dict = vm.new_dict();
    let doc = doc.unwrap_or(Value::None);
    for (key, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.incref(v);
        vm.dict_set_str(dict, key, v);
    }
    Ok(vm.alloc(Object::Module { name: text, dict }))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
/// running `code` with these globals, CPython's checks in its order.
pub fn function_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let [code, globals, name, argdefs, closure] =
        crate::vm::args::bind_args(vm, "function", args, kwargs, names, 5, 2)?;
    let (code, globals) = (code.unwrap_or(Value::None), globals.unwrap_or(Value::None));
    let type_error = |vm: &mut Vm, msg: String| Err(vm.new_exc(ExcKind::TypeError, &msg));
    let Some(Object::Code(code)) = code.as_obj().map(|id| vm.heap.get(id)) else {
        let tn = vm.arg_type_name(code);
        return type_error(vm, format!("function() argument 'code' must be code, not {tn}"));
    };
    let code = code.clone();
    let Some(globals) = globals.as_obj().filter(|&g| matches!(vm.heap.get(g), Object::Dict(_))) else {
        let tn = vm.arg_type_name(globals);
        return type_error(vm, format!("function() argument 'globals' must be dict, not {tn}"));
    };
    let name = name.filter(|&n| n != Value::None);
    if name.is_some_and(|n| vm.str_of(n).is_none()) {
        return type_error(vm, "arg 3 (name) must be None or string".into());
    }
    let is_tuple = |vm: &Vm, v: Value| matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Tuple(_)));
    let argdefs = argdefs.filter(|&d| d != Value::None);
    if argdefs.is_some_and(|d| !is_tuple(vm, d)) {
        return type_error(vm, "arg 4 (defaults) must be None or tuple".into());
    }
    let closure = closure.filter(|&c| c != Value::None);
    let cells: Vec<Value> = match closure {
        Some(c) if is_tuple(vm, c) => vm.iterate_to_vec(c)?,
        Some(_) => return type_error(vm, "arg 5 (closure) must be None or tuple".into()),
        None if !code.freevars.is_empty() => return type_error(vm, "arg 5 (closure) must be tuple".into()),
        None => Vec::new(),
    };
    let not_cell = cells
        .iter()
        .copied()
        .find(|c| !matches!(c.as_obj().map(|id| vm.heap.get(id)), Some(Object::Cell(_))));
    let wrong_length = cells.len() != code.freevars.len();
    for &c in &cells {
        vm.decref(c);
    }
    if wrong_length {
        let msg =
            format!("{} requires closure of length {}, not {}", code.name, code.freevars.len(), cells.len());
        return Err(vm.new_exc(ExcKind::ValueError, &msg));
    }
    if let Some(c) = not_cell {
        let tn = vm.type_name(c);
        return type_error(vm, format!("arg 5 (closure) expected cell, found {tn}"));
    }
    // `make_function` takes a reference to each of the parts it is given.
    let defaults = argdefs.map(|d| vm.share(d));
    let closure = closure.map(|c| vm.share(c));
    let f = vm.make_function(code, globals, defaults, None, closure);
    if let Some(n) = name {
        let text: std::sync::Arc<str> = std::sync::Arc::from(vm.str_of(n).unwrap_or(""));
        if let Some(Object::Function(fun)) = f.as_obj().map(|id| vm.heap.get_mut(id)) {
            fun.name = text;
        }
    }
    Ok(f)
}
