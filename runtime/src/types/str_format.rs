//! `str.format` and `%`-formatting (`printf`-style), with CPython's errors.

use num_bigint::BigInt;

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, conversions and format specs.
pub(crate) fn format(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let str_ = vm.types.str_;
    super::receiver(vm, args, str_, "str.format")?;
    format_from(vm, args, Names::Keywords(kwargs))
}

/// `str.format_map(mapping)`: as `format`, the names looked up in `mapping` with `[]` (so a
/// dict subclass's `__missing__` is asked).
pub(crate) fn format_map(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let str_ = vm.types.str_;
    super::receiver(vm, args, str_, "str.format_map")?;
    super::no_kwargs(vm, "str.format_map", kwargs)?;
    super::arity(vm, "str.format_map", &args[1..], 1, 1)?;
    format_from(vm, &args[..1], Names::Mapping(args[1]))
}

/// Where a replacement field's name is looked up.
#[derive(Clone, Copy)]
enum Names<'a> {
    Keywords(&'a [(ObjId, Value)]),
    Mapping(Value),
}

fn format_from(vm: &mut Vm, args: &[Value], names: Names) -> PyResult<Value> {
    let t = vm.str_of(args[0]).unwrap_or("").to_string();
    let positional = &args[1..];
    let mut out = String::new();
    let mut auto = 0;
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.new_exc(ExcKind::ValueError, "expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (head, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match head.find('!') {
                Some(p) => (head[..p].to_string(), head[p + 1..].chars().next()),
                None => (head, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            let mut owned = false;
            if matches!(names, Names::Mapping(_)) && (first.is_empty() || first.parse::<usize>().is_ok()) {
                return Err(vm.new_exc(ExcKind::ValueError, "Format string contains positional fields"));
            }
            let value = if first.is_empty() {
                let v = positional.get(auto).copied();
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                positional.get(n).copied()
            } else {
                match names {
                    Names::Keywords(kwargs) => super::kwarg(vm, kwargs, first),
                    Names::Mapping(m) => {
                        let k = vm.new_str(first);
                        let r = vm.getitem(m, k);
                        vm.decref(k);
                        owned = true;
                        Some(r?)
                    }
                }
            };
            // A value from the mapping is a new reference already; the others are borrowed.
            let value = if owned { value } else { value.map(|v| vm.share(v)) };
            let Some(mut v) = value else {
                return Err(if first.is_empty() || first.parse::<usize>().is_ok() {
                    vm.new_exc(
                        ExcKind::IndexError,
                        &format!(
                            "Replacement index {} out of range for positional args tuple",
                            if first.is_empty() { auto - 1 } else { first.parse().unwrap_or(0) }
                        ),
                    )
                } else {
                    let k = vm.new_str(first);
                    let tup = vm.new_tuple(vec![k]);
                    vm.new_exc_args(ExcKind::KeyError, tup)
                });
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let a = vm.getattr_str(v, &r[..end]);
                    vm.decref(v);
                    v = a?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => vm.new_str(key),
                    };
                    let item = vm.getitem(v, k);
                    vm.decref(k);
                    vm.decref(v);
                    v = item?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let converted = match conv {
                Some('r') => vm.repr(v).map(|x| vm.new_str(x)),
                Some('s') => vm.str(v).map(|x| vm.new_str(x)),
                Some('a') => vm.repr(v).map(|x| vm.new_str(reap_lang::repr::ascii_escape(&x))),
                _ => Ok(vm.share(v)),
            };
            vm.decref(v);
            let converted = converted?;
            // Nested fields in the spec: `{:{width}}`.
            let spec = if spec.contains('{') {
                let sv = vm.new_str(spec);
                let mut full = vec![sv];
                full.extend_from_slice(positional);
                let r = format_from(vm, &full, names);
                vm.decref(sv);
                let r = r?;
                let x = vm.str_of(r).unwrap_or("").to_string();
                vm.decref(r);
                x
            } else {
                spec
            };
            let f = vm.format(converted, &spec);
            vm.decref(converted);
            out.push_str(&f?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.new_exc(ExcKind::ValueError, "Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_str(out))
}

/// `fmt % args`: the printf-style directives Python supports.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<String> {
    let f = vm.str_of(fmt).unwrap_or("").to_string();
    // A tuple subclass (a namedtuple) supplies its items as a tuple does.
    let items = vm.instance_base(args).unwrap_or(args);
    let items =
        if matches!(items.as_obj().map(|id| vm.heap.get(id)), Some(Object::Tuple(_))) { items } else { args };
    // As CPython: anything with `__getitem__` but a tuple or str serves `%(key)s` (a dict,
    // a ChainMap, even a list), and is also the one value of plain directives.
    let (values, mapping): (Vec<Value>, Option<Value>) = match items.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => (t.clone(), None),
        Some(Object::Dict(_)) => (vec![args], Some(args)),
        Some(Object::Str(_)) => (vec![args], None),
        _ => {
            let cls = vm.type_of(args);
            let subscriptable = args.as_obj().is_some() && vm.lookup_str(cls, "__getitem__").is_some();
            (vec![args], subscriptable.then_some(args))
        }
    };
    let mut out = String::new();
    let mut next = 0;
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key_value = None;
        if chars.get(i) == Some(&'(') {
            let end = chars[i..].iter().position(|&c| c == ')').map_or(chars.len(), |p| p + i);
            let key: String = chars[i + 1..end].iter().collect();
            let k = vm.new_str(key);
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
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        if chars.get(i) == Some(&'*') {
            // The width from the arguments; a negative one left-justifies.
            i += 1;
            let w = star_arg(vm, &values, &mut next)?;
            if w < 0 {
                flags.push('-');
            }
            width = w.unsigned_abs().to_string();
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            if chars.get(i) == Some(&'*') {
                i += 1;
                p = star_arg(vm, &values, &mut next)?.max(0).to_string();
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            precision = Some(p);
        }
        if !width.is_empty() && width.parse::<i64>().is_err() {
            return Err(vm.new_exc(ExcKind::ValueError, "width too big"));
        }
        if precision.as_ref().is_some_and(|p| !p.is_empty() && p.parse::<i32>().is_err()) {
            return Err(vm.new_exc(ExcKind::ValueError, "precision too big"));
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.new_exc(ExcKind::ValueError, "incomplete format"));
        };
        i += 1;
        if conv == '%' {
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
        let align = if flags.contains('-') { "<" } else { "" };
        let zero = if flags.contains('0') && !flags.contains('-') { "0" } else { "" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let prec = precision
            .as_ref()
            .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
            .unwrap_or_default();
        let r = match conv {
            's' | 'r' | 'a' => {
                // The width is the script's: padding must be a MemoryError when it cannot fit.
                let room = vm.try_string(width.parse().unwrap_or(0));
                let text = room.and_then(|room| {
                    drop(room);
                    if conv == 's' { vm.str(v) } else { vm.repr(v) }
                });
                text.map(|t| {
                    let t = match &precision {
                        Some(p) => t.chars().take(p.parse().unwrap_or(0)).collect(),
                        None => t,
                    };
                    let w: usize = width.parse().unwrap_or(0);
                    let n = t.chars().count();
                    if n >= w {
                        t
                    } else if align == "<" {
                        format!("{t}{}", " ".repeat(w - n))
                    } else {
                        format!("{}{t}", " ".repeat(w - n))
                    }
                })
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => percent_int_arg(vm, v, conv).and_then(|n| {
                let w = width.parse().unwrap_or(0);
                let p = precision.as_ref().map(|p| p.parse().unwrap_or(0));
                percent_int(vm, &n, conv, &flags, w, p)
            }),
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = match v {
                    Value::Float(_) => Ok(v),
                    _ => super::construct::float_new(vm, &[v]),
                };
                match x {
                    Ok(x) => vm.format(
                        x,
                        &format!(
                            "{align}{sign}{alt}{zero}{width}{}{conv}",
                            if prec.is_empty() { ".6".to_string() } else { prec.clone() }
                        ),
                    ),
                    Err(e) => Err(e),
                }
            }
            'c' => percent_char(vm, v).map(|c| {
                let w: usize = width.parse().unwrap_or(0);
                let pad = " ".repeat(w.saturating_sub(1));
                if align == "<" { format!("{c}{pad}") } else { format!("{pad}{c}") }
            }),
            other => Err(vm.new_exc(
                ExcKind::ValueError,
                &format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, i - 1),
            )),
        };
        vm.decref(v);
        out.push_str(&r?);
    }
    if mapping.is_none() && next < values.len() {
        return Err(vm.new_exc(ExcKind::TypeError, "not all arguments converted during string formatting"));
    }
    Ok(out)
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

/// `%c`: an int's character, or a one-character string.
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
    Err(vm.new_exc(ExcKind::TypeError, "%c requires int or char"))
}
