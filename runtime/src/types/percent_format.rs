//! `%`-formatting (`printf`-style) of `str` and of `bytes`/`bytearray`, with CPython's errors.
//!
//! One engine serves both: a bytes template is read one byte a character (Latin-1), its
//! values become such characters, and the result is encoded back the same way. What differs
//! is `Mode`'s: what `%s`, `%r`, `%a` and `%c` accept and give, whether `%b` exists, the
//! mapping's key type, and a few messages.

use num_bigint::BigInt;

use super::bytes::bytes_of;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Str,
    Bytes,
}

/// `fmt % args` for a `str` template.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<String> {
    let chars: Vec<char> = vm.str_of(fmt).unwrap_or("").chars().collect();
    format_chars(vm, &chars, args, Mode::Str)
}

/// `fmt % args` for a `bytes` or `bytearray` template: the bytes of the result.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let text = format_chars(vm, &chars, args, Mode::Bytes)?;
    // Every character is below 256: the template's bytes, the values' bytes, ASCII text.
    Ok(text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect())
}

/// The parts of one directive after its `%`: `%(key)-+ #0*.*d`.
struct Directive {
    flags: String,
    width: String,
    precision: Option<String>,
    conv: char,
}

/// The values a template takes: the tuple's items, or the one value; and the mapping
/// `%(key)s` reads, if the argument is one.
fn values_of(vm: &mut Vm, args: Value, mode: Mode) -> (Vec<Value>, Option<Value>) {
    // A tuple subclass (a namedtuple) supplies its items as a tuple does.
    let items = vm.instance_base(args).unwrap_or(args);
    let items =
        if matches!(items.as_obj().map(|id| vm.heap.get(id)), Some(Object::Tuple(_))) { items } else { args };
    // As CPython: anything with `__getitem__` but a tuple or str (bytes, for a bytes
    // template) serves `%(key)s` (a dict, a ChainMap, even a list), and is also the one value
    // of plain directives.
    match items.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => (t.clone(), None),
        Some(Object::Dict(_)) => (vec![args], Some(args)),
        Some(Object::Str(_)) => (vec![args], None),
        Some(Object::Bytes(_)) if mode == Mode::Bytes => (vec![args], None),
        _ => {
            let cls = vm.type_of(args);
            let subscriptable = args.as_obj().is_some() && vm.lookup_str(cls, "__getitem__").is_some();
            (vec![args], subscriptable.then_some(args))
        }
    }
}

fn format_chars(vm: &mut Vm, chars: &[char], args: Value, mode: Mode) -> PyResult<String> {
    let (values, mapping) = values_of(vm, args, mode);
    let mut out = String::new();
    let mut next = 0;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let start = i;
        let mut key_value = None;
        if chars.get(i) == Some(&'(') {
            // The key runs to the matching parenthesis: `%((a))s` looks up `(a)`.
            let mut depth = 0;
            let Some(end) = chars[i..].iter().position(|&c| {
                depth += i32::from(c == '(') - i32::from(c == ')');
                depth == 0
            }) else {
                return Err(vm.new_exc(ExcKind::ValueError, "incomplete format key"));
            };
            let end = end + i;
            let key: String = chars[i + 1..end].iter().collect();
            let k = match mode {
                Mode::Str => vm.new_str(key),
                Mode::Bytes => vm.alloc(Object::Bytes(key.chars().map(|c| c as u32 as u8).collect())),
            };
            let v = match mapping {
                Some(m) => vm.getitem(m, k),
                None => Err(vm.new_exc(ExcKind::TypeError, "format requires a mapping")),
            };
            vm.decref(k);
            key_value = Some(v?);
            // As in CPython, a keyed directive uses up the one plain value the mapping was.
            next = values.len();
            i = end + 1;
        }
        // `%s` of a str or an int and `%d` of an int, the commonest directives, without the
        // general conversion's parsing and allocations.
        if key_value.is_none()
            && mode == Mode::Str
            && let Some(&conv @ ('s' | 'd')) = chars.get(i)
            && let Some(&v) = values.get(next)
        {
            let done = match v {
                Value::Int(n) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                    true
                }
                Value::Obj(id) if conv == 's' => match vm.heap.get(id) {
                    Object::Str(s) => {
                        out.push_str(&s.s);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if done {
                i += 1;
                next += 1;
                continue;
            }
        }
        let d = match parse_directive(vm, chars, &mut i, &values, &mut next) {
            Ok(d) => d,
            Err(e) => {
                if let Some(v) = key_value {
                    vm.decref(v);
                }
                return Err(e);
            }
        };
        // Only a bare `%%` is a percent sign; with flags, a width or a key between, `%` is
        // a conversion that takes a value and is refused (CPython 3.11).
        if d.conv == '%' && i == start + 1 {
            if let Some(v) = key_value {
                vm.decref(v);
            }
            out.push('%');
            continue;
        }
        let v = match key_value {
            Some(v) => v,
            None => {
                let Some(&v) = values.get(next) else {
                    return Err(vm.new_exc(ExcKind::TypeError, "not enough arguments for format string"));
                };
                next += 1;
                vm.share(v)
            }
        };
        let r = convert(vm, v, &d, mode, i - 1);
        vm.decref(v);
        out.push_str(&r?);
    }
    if mapping.is_none() && next < values.len() {
        let what = if mode == Mode::Str { "string" } else { "bytes" };
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("not all arguments converted during {what} formatting"))
        );
    }
    Ok(out)
}

/// Reads a directive's flags, width, precision and conversion, from `chars[*i]` on.
fn parse_directive(
    vm: &mut Vm,
    chars: &[char],
    i: &mut usize,
    values: &[Value],
    next: &mut usize,
) -> PyResult<Directive> {
    let mut flags = String::new();
    while *i < chars.len() && "-+ #0".contains(chars[*i]) {
        flags.push(chars[*i]);
        *i += 1;
    }
    let mut width = String::new();
    if chars.get(*i) == Some(&'*') {
        // The width from the arguments; a negative one left-justifies.
        *i += 1;
        let w = star_arg(vm, values, next)?;
        if w < 0 {
            flags.push('-');
        }
        width = w.unsigned_abs().to_string();
    }
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        width.push(chars[*i]);
        *i += 1;
    }
    let mut precision = None;
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        let mut p = String::new();
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            p = star_arg(vm, values, next)?.max(0).to_string();
        }
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            p.push(chars[*i]);
            *i += 1;
        }
        precision = Some(p);
    }
    if !width.is_empty() && width.parse::<i64>().is_err() {
        return Err(vm.new_exc(ExcKind::ValueError, "width too big"));
    }
    if precision.as_ref().is_some_and(|p| !p.is_empty() && p.parse::<i32>().is_err()) {
        return Err(vm.new_exc(ExcKind::ValueError, "precision too big"));
    }
    // One C length modifier is accepted and means nothing.
    if matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
        *i += 1;
    }
    let Some(&conv) = chars.get(*i) else {
        return Err(vm.new_exc(ExcKind::ValueError, "incomplete format"));
    };
    *i += 1;
    Ok(Directive { flags, width, precision, conv })
}

/// Pads `t` with spaces to `width` characters, on the left unless `left` (`-`).
fn justify(t: String, width: usize, left: bool) -> String {
    let n = t.chars().count();
    if n >= width {
        t
    } else if left {
        format!("{t}{}", " ".repeat(width - n))
    } else {
        format!("{}{t}", " ".repeat(width - n))
    }
}

/// One directive's text for the value `v` (`at`: the conversion's index, for errors).
fn convert(vm: &mut Vm, v: Value, d: &Directive, mode: Mode, at: usize) -> PyResult<String> {
    let flags = d.flags.as_str();
    let left = flags.contains('-');
    let width: usize = d.width.parse().unwrap_or(0);
    match d.conv {
        's' | 'r' | 'a' | 'b' if d.conv != 'b' || mode == Mode::Bytes => {
            // The width is the script's: padding must be a MemoryError when it cannot fit.
            drop(vm.try_string(width)?);
            let t = match (d.conv, mode) {
                ('s', Mode::Str) => vm.str(v)?,
                ('r', Mode::Str) => vm.repr(v)?,
                ('s' | 'b', Mode::Bytes) => bytes_value(vm, v)?,
                _ => reap_lang::repr::ascii_escape(&vm.repr(v)?),
            };
            let t = match &d.precision {
                Some(p) => t.chars().take(p.parse().unwrap_or(0)).collect(),
                None => t,
            };
            Ok(justify(t, width, left))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = percent_int_arg(vm, v, d.conv)?;
            let p = d.precision.as_ref().map(|p| p.parse().unwrap_or(0));
            percent_int(vm, &n, d.conv, flags, width, p)
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let x = percent_float_arg(vm, v, mode)?;
            let align = if left { "<" } else { "" };
            let zero = if flags.contains('0') && !left { "0" } else { "" };
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let alt = if flags.contains('#') { "#" } else { "" };
            let prec = match &d.precision {
                Some(p) => format!(".{}", if p.is_empty() { "0" } else { p }),
                None => ".6".to_string(),
            };
            vm.format(Value::Float(x), &format!("{align}{sign}{alt}{zero}{}{prec}{}", d.width, d.conv))
        }
        'c' => {
            let c = if mode == Mode::Str { percent_char(vm, v)? } else { percent_byte(vm, v)? };
            Ok(justify(c.to_string(), width, left))
        }
        other => Err(vm.new_exc(
            ExcKind::ValueError,
            &format!("unsupported format character '{other}' (0x{:x}) at index {at}", other as u32),
        )),
    }
}

/// `%s` and `%b` of a bytes template: a bytes-like value's bytes, or its `__bytes__`, read
/// one byte a character.
fn bytes_value(vm: &mut Vm, v: Value) -> PyResult<String> {
    let latin1 = |b: &[u8]| b.iter().map(|&c| char::from(c)).collect::<String>();
    if let Some(b) = bytes_of(vm, vm.payload(v)) {
        return Ok(latin1(&b));
    }
    if vm.str_of(v).is_none()
        && let Some(r) = vm.try_dunder(v, "__bytes__", &[])?
    {
        let b = match r.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b)) => Some(latin1(b)),
            _ => None,
        };
        let tn = vm.type_name(r);
        vm.decref(r);
        return b.ok_or_else(|| {
            vm.new_exc(ExcKind::TypeError, &format!("__bytes__ returned non-bytes (type {tn})"))
        });
    }
    let tn = vm.type_name(v);
    Err(vm.new_exc(
        ExcKind::TypeError,
        &format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"),
    ))
}

/// A `*` width or precision: the next argument, which must be an int.
fn star_arg(vm: &mut Vm, values: &[Value], next: &mut usize) -> PyResult<i64> {
    let Some(&v) = values.get(*next) else {
        return Err(vm.new_exc(ExcKind::TypeError, "not enough arguments for format string"));
    };
    *next += 1;
    match vm.as_i64(vm.payload(v)) {
        Some(n) if n.unsigned_abs() <= i32::MAX as u64 => Ok(n),
        Some(_) => Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int")),
        None => Err(vm.new_exc(ExcKind::TypeError, "* wants int")),
    }
}

/// The number a float conversion formats: a float, an int, or what has `__float__` (or
/// `__index__`); never a string.
fn percent_float_arg(vm: &mut Vm, v: Value, mode: Mode) -> PyResult<f64> {
    if let Value::Float(x) = vm.payload(v) {
        return Ok(x);
    }
    let numeric = vm.is_int(vm.payload(v))
        || (matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
            && vm.str_of(v).is_none()
            && bytes_of(vm, vm.payload(v)).is_none());
    if numeric {
        match super::construct::float_new(vm, &[v]) {
            Ok(Value::Float(x)) => return Ok(x),
            Ok(other) => vm.decref(other),
            Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::TypeError)) => vm.decref_id(e),
            Err(e) => return Err(e),
        }
    }
    let tn = vm.type_name(v);
    Err(vm.new_exc(
        ExcKind::TypeError,
        &match mode {
            Mode::Str => format!("must be real number, not {tn}"),
            Mode::Bytes => format!("float argument required, not {tn}"),
        },
    ))
}

/// The integer an integer conversion formats: `%d` takes any real number (a float is
/// truncated), `%x` and `%o` only an int or an object with `__index__`.
fn percent_int_arg(vm: &mut Vm, v: Value, conv: char) -> PyResult<BigInt> {
    let p = vm.payload(v);
    if let Some(b) = vm.as_bigint(p) {
        return Ok(b);
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if decimal && let Value::Float(x) = p {
        let n = super::float::float_to_int(vm, x.trunc())?;
        let b = vm.as_bigint(n).unwrap_or_default();
        vm.decref(n);
        return Ok(b);
    }
    if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_))) {
        for name in if decimal { &["__index__", "__int__"][..] } else { &["__index__"][..] } {
            if let Some(r) = vm.try_dunder(v, name, &[])? {
                let b = vm.as_bigint(vm.payload(r));
                vm.decref(r);
                if let Some(b) = b {
                    return Ok(b);
                }
            }
        }
    }
    let tn = vm.type_name(v);
    let what = if decimal { "a real number" } else { "an integer" };
    Err(vm.new_exc(ExcKind::TypeError, &format!("%{conv} format: {what} is required, not {tn}")))
}

/// An integer conversion's text: the digits, zeros up to the precision, the sign, `#`'s
/// prefix, then the width (zeros after the sign and prefix with `0`, spaces otherwise).
fn percent_int(
    vm: &mut Vm,
    n: &BigInt,
    conv: char,
    flags: &str,
    width: usize,
    precision: Option<usize>,
) -> PyResult<String> {
    use num_traits::Signed;
    let mut digits = match conv {
        'x' => n.abs().to_str_radix(16),
        'X' => n.abs().to_str_radix(16).to_uppercase(),
        'o' => n.abs().to_str_radix(8),
        // Decimal digits within `sys.get_int_max_str_digits()`.
        _ => vm.int_to_decimal(&n.abs())?,
    };
    // The width and precision are the script's: padding that cannot fit is a MemoryError.
    drop(vm.try_string(width.max(precision.unwrap_or(0)))?);
    if let Some(p) = precision
        && digits.len() < p
    {
        digits = format!("{}{digits}", "0".repeat(p - digits.len()));
    }
    let sign = if n.is_negative() {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let prefix = match conv {
        'x' if flags.contains('#') => "0x",
        'X' if flags.contains('#') => "0X",
        'o' if flags.contains('#') => "0o",
        _ => "",
    };
    let len = sign.len() + prefix.len() + digits.len();
    let pad = width.saturating_sub(len);
    Ok(if flags.contains('-') {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    })
}

/// `%c` of a str template: an int's character, or a one-character string.
fn percent_char(vm: &mut Vm, v: Value) -> PyResult<char> {
    let p = vm.payload(v);
    if let Some(s) = vm.str_of(p) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.new_exc(ExcKind::TypeError, "%c requires int or char")),
        };
    }
    if vm.is_int(p) {
        return match vm.as_i64(p).and_then(|n| u32::try_from(n).ok()).filter(|&n| n < 0x110000) {
            // A lone surrogate has no `char`: CPython would keep it in the str.
            Some(n) => Ok(char::from_u32(n).unwrap_or('\u{fffd}')),
            None => Err(vm.new_exc(ExcKind::OverflowError, "%c arg not in range(0x110000)")),
        };
    }
    if let Some(n) = index_of(vm, v)? {
        return match u32::try_from(n).ok().filter(|&n| n < 0x110000) {
            Some(n) => Ok(char::from_u32(n).unwrap_or('\u{fffd}')),
            None => Err(vm.new_exc(ExcKind::OverflowError, "%c arg not in range(0x110000)")),
        };
    }
    Err(vm.new_exc(ExcKind::TypeError, "%c requires int or char"))
}

/// What an object with `__index__` (not an int itself) stands for, as far as 64 bits go
/// (further is out of any `%c` range): None without one.
fn index_of(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if !vm.has_index_method(v) {
        return Ok(None);
    }
    let n = crate::vm::args::index_arg(vm, v)?;
    Ok(Some(num_traits::ToPrimitive::to_i64(&n).unwrap_or(i64::MAX)))
}

/// `%c` of a bytes template: an int below 256, or a bytes-like object of one byte.
fn percent_byte(vm: &mut Vm, v: Value) -> PyResult<char> {
    let p = vm.payload(v);
    if let Some(b) = bytes_of(vm, p) {
        if let [c] = b[..] {
            return Ok(char::from(c));
        }
    } else if vm.is_int(p) {
        return match vm.as_i64(p).and_then(|n| u8::try_from(n).ok()) {
            Some(c) => Ok(char::from(c)),
            None => Err(vm.new_exc(ExcKind::OverflowError, "%c arg not in range(256)")),
        };
    } else if let Some(n) = index_of(vm, v)? {
        return match u8::try_from(n) {
            Ok(c) => Ok(char::from(c)),
            Err(_) => Err(vm.new_exc(ExcKind::OverflowError, "%c arg not in range(256)")),
        };
    }
    Err(vm.new_exc(ExcKind::TypeError, "%c requires an integer in range(256) or a single byte"))
}
