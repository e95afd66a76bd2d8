//! `str.format` and `str.format_map`, with CPython's errors (`%` is in `percent_format.rs`).

use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, conversions and format specs.
pub(crate) fn format(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let str_ = vm.types.str_;
    super::receiver(vm, args, str_, "str.format")?;
    format_from(vm, args, Names::Keywords(kwargs), &mut Numbering::default())
}

/// `str.format_map(mapping)`: as `format`, the names looked up in `mapping` with `[]` (so a
/// dict subclass's `__missing__` is asked).
pub(crate) fn format_map(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let str_ = vm.types.str_;
    super::receiver(vm, args, str_, "str.format_map")?;
    super::no_kwargs(vm, "str.format_map", kwargs)?;
    super::arity(vm, "str.format_map", &args[1..], 1, 1)?;
    format_from(vm, &args[..1], Names::Mapping(args[1]), &mut Numbering::default())
}

/// Where a replacement field's name is looked up.
#[derive(Clone, Copy)]
enum Names<'a> {
    Keywords(&'a [(ObjId, Value)]),
    Mapping(Value),
}

/// How a format string numbers its positional fields: `{}` counts on (through the fields
/// nested in specs too, `{:>{}}`), `{0}` names one; a string may not mix the two.
#[derive(Default)]
struct Numbering {
    next: usize,
    auto: Option<bool>,
}

impl Numbering {
    fn take(&mut self, vm: &mut Vm, auto: bool) -> PyResult<()> {
        match self.auto {
            Some(was) if was != auto => Err(vm.new_exc(
                ExcKind::ValueError,
                if auto {
                    "cannot switch from manual field specification to automatic field numbering"
                } else {
                    "cannot switch from automatic field numbering to manual field specification"
                },
            )),
            _ => {
                self.auto = Some(auto);
                Ok(())
            }
        }
    }
}

fn format_from(vm: &mut Vm, args: &[Value], names: Names, numbering: &mut Numbering) -> PyResult<Value> {
    let t = vm.str_of(args[0]).unwrap_or("").to_string();
    let positional = &args[1..];
    let mut out = String::new();
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
                numbering.take(vm, true)?;
                let v = positional.get(numbering.next).copied();
                numbering.next += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                numbering.take(vm, false)?;
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
                            if first.is_empty() { numbering.next - 1 } else { first.parse().unwrap_or(0) }
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
                let r = format_from(vm, &full, names, numbering);
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
