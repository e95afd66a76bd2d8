//! `str.format` and `%`-formatting (`printf`-style), with CPython's errors.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, conversions and format specs.
pub(crate) fn format(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
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
            let mut value = if first.is_empty() {
                let v = positional.get(auto).copied();
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                positional.get(n).copied()
            } else {
                super::kwarg(vm, kwargs, first)
            };
            let Some(mut v) = value.take().map(|v| vm.share(v)) else {
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
                let r = format(vm, &full, kwargs);
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
    let (values, mapping): (Vec<Value>, Option<Value>) = match items.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => (t.clone(), None),
        Some(Object::Dict(_)) => (Vec::new(), Some(args)),
        _ => (vec![args], None),
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
            i = end + 1;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
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
            'd' | 'i' | 'u' => {
                let n = if let Value::Float(x) = v { Value::Int(x.trunc() as i64) } else { vm.share(v) };
                let r = if vm.is_int(n) {
                    vm.format(n, &format!("{align}{sign}{zero}{width}d"))
                } else {
                    let tn = vm.type_name(v);
                    Err(vm.new_exc(
                        ExcKind::TypeError,
                        &format!("%{conv} format: a real number is required, not {tn}"),
                    ))
                };
                vm.decref(n);
                r
            }
            'x' | 'X' | 'o' => vm.format(v, &format!("{align}{sign}{alt}{zero}{width}{conv}")),
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
            'c' => match vm.as_i64(v) {
                Some(n) => Ok(char::from_u32(n as u32).map(String::from).unwrap_or_default()),
                None => vm.str(v),
            },
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
