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

/// How deep replacement fields may nest in format specs: `{0:{1}}` is fine, `{0:{1:{2}}}` is
/// CPython's "Max string recursion exceeded".
const MAX_DEPTH: u32 = 2;

fn format_from(vm: &mut Vm, args: &[Value], names: Names, numbering: &mut Numbering) -> PyResult<Value> {
    let t = vm.str_of(args[0]).unwrap_or("").to_string();
    let chars: Vec<char> = t.chars().collect();
    let out = render(vm, &chars, &args[1..], names, numbering, MAX_DEPTH)?;
    Ok(vm.new_str(out))
}

/// A replacement field's parts: `{name!conversion:spec}`.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    /// The spec holds fields of its own (`{:{width}}`).
    nested: bool,
}

/// Reads the field that starts after a `{` as CPython's `parse_field` does, with its messages:
/// the field and how many characters it took, its closing `}` included.
fn parse_field(field: &[char]) -> Result<(Field, usize), &'static str> {
    let mut k = 0;
    let mut last = '\0';
    while k < field.len() {
        last = field[k];
        k += 1;
        match last {
            '{' => return Err("unexpected '{' in field name"),
            // An index may hold any of the characters that end a name.
            '[' => {
                while k < field.len() && field[k] != ']' {
                    k += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name: String = field[..k.saturating_sub(1)].iter().collect();
    let field_of = |conversion, spec: &[char]| Field {
        name: name.clone(),
        conversion,
        nested: spec.contains(&'{'),
        spec: spec.iter().collect(),
    };
    if last != '!' && last != ':' {
        return if last == '}' {
            Ok((field_of(None, &[]), k))
        } else {
            Err("expected '}' before end of string")
        };
    }
    let mut conversion = None;
    if last == '!' {
        let Some(&c) = field.get(k) else {
            return Err("end of string while looking for conversion specifier");
        };
        conversion = Some(c);
        k += 1;
        if let Some(&next) = field.get(k) {
            k += 1;
            if next == '}' {
                return Ok((field_of(conversion, &[]), k));
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let start = k;
    let mut depth = 1;
    while k < field.len() {
        let c = field[k];
        k += 1;
        depth += i32::from(c == '{') - i32::from(c == '}');
        if depth == 0 {
            return Ok((field_of(conversion, &field[start..k - 1]), k));
        }
    }
    Err("unmatched '{' in format spec")
}

/// An index in a field name (`0`, `{0[2]}`), if the text is all decimal digits.
fn field_index(vm: &mut Vm, text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match text.parse::<usize>().ok().filter(|&n| n <= isize::MAX as usize) {
        Some(n) => Ok(Some(n)),
        None => Err(vm.new_exc(ExcKind::ValueError, "Too many decimal digits in format string")),
    }
}

/// The format string's text with its fields replaced; `depth` counts down the nesting of
/// specs holding fields.
fn render(
    vm: &mut Vm,
    chars: &[char],
    positional: &[Value],
    names: Names,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '{' && c != '}' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&c) {
            out.push(c);
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(vm.new_exc(ExcKind::ValueError, "Single '}' encountered in format string"));
        }
        if i + 1 == chars.len() {
            return Err(vm.new_exc(ExcKind::ValueError, "Single '{' encountered in format string"));
        }
        let (field, used) = match parse_field(&chars[i + 1..]) {
            Ok(f) => f,
            Err(msg) => return Err(vm.new_exc(ExcKind::ValueError, msg)),
        };
        i += 1 + used;
        out.push_str(&replace_field(vm, &field, positional, names, numbering, depth)?);
    }
    Ok(out)
}

/// One field's text: its value looked up, converted and formatted by its spec.
fn replace_field(
    vm: &mut Vm,
    field: &Field,
    positional: &[Value],
    names: Names,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    let name = field.name.as_str();
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let index = field_index(vm, first)?;
    let mut owned = false;
    if matches!(names, Names::Mapping(_)) && (first.is_empty() || index.is_some()) {
        return Err(vm.new_exc(ExcKind::ValueError, "Format string contains positional fields"));
    }
    let value = if first.is_empty() {
        numbering.take(vm, true)?;
        let v = positional.get(numbering.next).copied();
        numbering.next += 1;
        v
    } else if let Some(n) = index {
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
        return Err(if first.is_empty() || index.is_some() {
            let n = index.unwrap_or(numbering.next - 1);
            vm.new_exc(
                ExcKind::IndexError,
                &format!("Replacement index {n} out of range for positional args tuple"),
            )
        } else {
            let k = vm.new_str(first);
            let tup = vm.new_tuple(vec![k]);
            vm.new_exc_args(ExcKind::KeyError, tup)
        });
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        let step = field_step(vm, v, &mut rest);
        vm.decref(v);
        v = step?;
    }
    let converted = match field.conversion {
        None => Ok(vm.share(v)),
        Some('r') => vm.repr(v).map(|x| vm.new_str(x)),
        Some('s') => vm.str(v).map(|x| vm.new_str(x)),
        Some('a') => vm.repr(v).map(|x| vm.new_str(reap_lang::repr::ascii_escape(&x))),
        Some(c) => {
            let shown =
                if (' '..'\u{7f}').contains(&c) { c.to_string() } else { format!("\\x{:x}", c as u32) };
            Err(vm.new_exc(ExcKind::ValueError, &format!("Unknown conversion specifier {shown}")))
        }
    };
    vm.decref(v);
    let converted = converted?;
    let spec = if field.nested {
        let spec: Vec<char> = field.spec.chars().collect();
        match render(vm, &spec, positional, names, numbering, depth - 1) {
            Ok(s) => s,
            Err(e) => {
                vm.decref(converted);
                return Err(e);
            }
        }
    } else {
        field.spec.clone()
    };
    let f = vm.format(converted, &spec);
    vm.decref(converted);
    f
}

/// One `.attr` or `[key]` of a field name, applied to `v` (borrowed); `rest` moves past it.
fn field_step(vm: &mut Vm, v: Value, rest: &mut &str) -> PyResult<Value> {
    let empty = |vm: &mut Vm| Err(vm.new_exc(ExcKind::ValueError, "Empty attribute in format string"));
    if let Some(r) = rest.strip_prefix('.') {
        let end = r.find(['.', '[']).unwrap_or(r.len());
        *rest = &r[end..];
        if end == 0 {
            return empty(vm);
        }
        return vm.getattr_str(v, &r[..end]);
    }
    let Some(r) = rest.strip_prefix('[') else {
        return Err(
            vm.new_exc(ExcKind::ValueError, "Only '.' or '[' may follow ']' in format field specifier")
        );
    };
    let Some(end) = r.find(']') else {
        return Err(vm.new_exc(ExcKind::ValueError, "Missing ']' in format string"));
    };
    *rest = &r[end + 1..];
    let key = &r[..end];
    if key.is_empty() {
        return empty(vm);
    }
    // An all-digit key is an int; anything else (`-1` too) a str.
    let k = match field_index(vm, key)? {
        Some(n) => Value::Int(n as i64),
        None => vm.new_str(key),
    };
    let item = vm.getitem(v, k);
    vm.decref(k);
    item
}
