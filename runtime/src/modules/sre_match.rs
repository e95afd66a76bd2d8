//! The hot paths of `re.Pattern` and `re.Match` (`pylib/re.py`), native as CPython's `_sre`
//! objects are: a match attempt that makes its `Match` without running Python, and the
//! methods that read a match's groups.
//!
//! `Match` stays the Python class of `re.py` (its `__slots__`: `re`, `string`, `pos`,
//! `endpos`, `_spans`, where `_spans` is the tuple `_sre.match` gives); these functions fill
//! and read those slots, and sit in the class's body as its methods. Whatever they do not
//! handle (a group named by an object with `__index__`, a position that is not an int) goes
//! to the Python code beside them, so messages stay its own.

use super::def;
use super::sre::{Mode, found_spans};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `re.Match.__slots__` (a class keeps its slots sorted by name).
const MATCH_SLOTS: [&str; 5] = ["re", "string", "pos", "endpos", "_spans"];

pub fn install(vm: &mut Vm, d: ObjId) {
    def(vm, d, "_sre.run", run);
    def(vm, d, "_sre.new_match", make);
    def(vm, d, "_sre.match_group", group);
    def(vm, d, "_sre.match_getitem", getitem);
    def(vm, d, "_sre.match_groups", groups);
    def(vm, d, "_sre.match_groupdict", groupdict);
    def(vm, d, "_sre.match_span", span);
    def(vm, d, "_sre.match_start", start);
    def(vm, d, "_sre.match_end", end);
}

/// The slot `name` of an instance of a class with `__slots__`, borrowed.
fn slot(vm: &Vm, obj: Value, name: &str) -> Option<Value> {
    let Some(Object::Instance(i)) = obj.as_obj().map(|id| vm.heap.get(id)) else { return None };
    let at = vm.type_obj(i.class).slots.as_ref()?.iter().position(|n| n == name)?;
    i.slots().get(at).copied().flatten()
}

/// `Pattern.match/fullmatch/search(string, pos, endpos)` as `_sre.run(pattern, string, pos,
/// endpos, mode)`: for a str, bytes or bytearray subject of the pattern's kind and int bounds,
/// the attempt and its `Match`; anything else through the pattern's own `_run`.
fn run(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [pattern, subject, Value::Int(pos), Value::Int(endpos), Value::Int(mode)] = *args else {
        return slow_run(vm, args, kwargs);
    };
    let (Some(source), Some(code), Some(Value::Int(ngroups)), Some(class)) = (
        slot(vm, pattern, "pattern"),
        slot(vm, pattern, "_code"),
        slot(vm, pattern, "groups"),
        match_class(vm),
    ) else {
        return slow_run(vm, args, kwargs);
    };
    let text_pattern = vm.str_of(source).is_some();
    let subject_len = match vm.payload(subject).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) if text_pattern => s.char_len(),
        Some(Object::Bytes(b) | Object::ByteArray(b)) if !text_pattern => b.len(),
        _ => return slow_run(vm, args, kwargs),
    } as i64;
    let (pos, endpos) = (pos.clamp(0, subject_len), endpos.clamp(0, subject_len));
    if pos > endpos {
        return Ok(Value::None);
    }
    let mode = match mode {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let Some(spans) =
        found_spans(vm, code, vm.payload(subject), pos as usize, endpos as usize, mode, ngroups)?
    else {
        return Ok(Value::None);
    };
    Ok(new_match(vm, class, [pattern, subject, Value::Int(pos), Value::Int(endpos)], spans))
}

/// `_sre.new_match(pattern, string, pos, endpos, spans)`: a `Match` without `__init__`.
fn make(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (&[pattern, string, pos, endpos, spans], Some(class)) = (args, match_class(vm)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "new_match(pattern, string, pos, endpos, spans)"));
    };
    vm.incref(spans);
    Ok(new_match(vm, class, [pattern, string, pos, endpos], spans))
}

fn slow_run(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(&pattern) = args.first() else {
        return Err(vm.new_exc(ExcKind::TypeError, "run() needs a pattern"));
    };
    let method = vm.getattr_str(pattern, "_run")?;
    let r = vm.call(method, &args[1..], kwargs);
    vm.decref(method);
    r
}

/// The `Match` class `re` registered with `_sre` (`_sre.Match`).
fn match_class(vm: &Vm) -> Option<ObjId> {
    let d = vm.module_dict("_sre")?;
    let class = vm.dict_get_str(d, "Match")?.as_obj()?;
    let Object::Type(t) = vm.heap.get(class) else { return None };
    let slots = t.slots.as_deref()?;
    (slots.len() == MATCH_SLOTS.len() && MATCH_SLOTS.iter().all(|n| slots.iter().any(|s| s == n)))
        .then_some(class)
}

/// A `Match` of `class` with its slots `re`, `string`, `pos`, `endpos` (borrowed) and the
/// spans tuple (taken).
fn new_match(vm: &mut Vm, class: ObjId, fields: [Value; 4], spans: Value) -> Value {
    let m = vm.new_instance(class);
    for v in fields {
        vm.incref(v);
    }
    let order: Vec<usize> = match &vm.type_obj(class).slots {
        Some(slots) => MATCH_SLOTS.iter().filter_map(|n| slots.iter().position(|s| s == n)).collect(),
        None => Vec::new(),
    };
    if let Some(Object::Instance(i)) = m.as_obj().map(|id| vm.heap.get_mut(id)) {
        let slots = i.slots_mut();
        for (&at, v) in order.iter().zip(fields.into_iter().chain([spans])) {
            if let Some(s) = slots.get_mut(at) {
                *s = Some(v);
            }
        }
    }
    m
}

// ---- Reading a match ------------------------------------------------------------------------

/// A match's spans: `(lastindex, start0, end0, start1, end1, ...)`.
fn spans_of(vm: &Vm, m: Value) -> Option<Vec<i64>> {
    let spans = slot(vm, m, "_spans")?;
    match vm.heap.get(spans.as_obj()?) {
        Object::Tuple(t) => t.iter().map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).collect(),
        _ => None,
    }
}

fn receiver(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Vec<i64>)> {
    match args.first().and_then(|&m| Some((m, spans_of(vm, m)?))) {
        Some(found) => Ok(found),
        None => Err(vm.new_exc(ExcKind::TypeError, "descriptor requires a 're.Match' object")),
    }
}

/// The group number `g` names, or None where the Python code says more (`_index`).
fn group_index(vm: &mut Vm, m: Value, spans: &[i64], g: Value) -> PyResult<usize> {
    let ngroups = (spans.len() - 3) / 2;
    let n = match g {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    };
    if let Some(i) = n {
        if (0..=ngroups as i64).contains(&i) {
            return Ok(i as usize);
        }
        return Err(vm.new_exc(ExcKind::IndexError, "no such group"));
    }
    // A name, from the pattern's `groupindex` (a dict).
    if vm.str_of(g).is_some()
        && let Some(pattern) = slot(vm, m, "re")
        && let Some(index) = slot(vm, pattern, "groupindex")
        && matches!(index.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_)))
    {
        return match vm.dict_get(index, g)? {
            Some(Value::Int(i)) if (0..=ngroups as i64).contains(&i) => Ok(i as usize),
            _ => Err(vm.new_exc(ExcKind::IndexError, "no such group")),
        };
    }
    // Other objects (with `__index__`, or unhashable): the Python method's rules.
    let index = vm.getattr_str(m, "_index")?;
    let r = vm.call(index, &[g], &[]);
    vm.decref(index);
    let r = r?;
    match r {
        Value::Int(i) if (0..=ngroups as i64).contains(&i) => Ok(i as usize),
        other => {
            vm.decref(other);
            Err(vm.new_exc(ExcKind::IndexError, "no such group"))
        }
    }
}

/// Group `g`'s text (a new reference), or `default` (borrowed) when it took no part.
fn group_text(vm: &mut Vm, m: Value, spans: &[i64], g: usize, default: Value) -> Value {
    let (a, b) = (spans[2 * g + 1], spans[2 * g + 2]);
    if a < 0 {
        vm.incref(default);
        return default;
    }
    let (a, b) = (a as usize, b.max(a) as usize);
    let subject = slot(vm, m, "string").map(|s| vm.payload(s));
    let piece = match subject.and_then(|s| s.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(Ok(s.char_slice(a, b).to_string())),
        Some(Object::Bytes(bytes) | Object::ByteArray(bytes)) => {
            Some(Err(bytes.get(a..b.min(bytes.len())).unwrap_or(&[]).to_vec()))
        }
        _ => None,
    };
    match piece {
        Some(Ok(text)) => vm.new_str(text),
        Some(Err(bytes)) => vm.alloc(Object::Bytes(bytes)),
        None => Value::None,
    }
}

fn group(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (m, spans) = receiver(vm, args)?;
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "Match.group() takes no keyword arguments"));
    }
    match &args[1..] {
        [] => Ok(group_text(vm, m, &spans, 0, Value::None)),
        [g] => {
            let i = group_index(vm, m, &spans, *g)?;
            Ok(group_text(vm, m, &spans, i, Value::None))
        }
        several => {
            let mut items = Vec::with_capacity(several.len());
            for &g in several {
                match group_index(vm, m, &spans, g) {
                    Ok(i) => items.push(group_text(vm, m, &spans, i, Value::None)),
                    Err(e) => {
                        for v in items {
                            vm.decref(v);
                        }
                        return Err(e);
                    }
                }
            }
            Ok(vm.new_tuple(items))
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (m, spans) = receiver(vm, args)?;
    let Some(&g) = args.get(1) else {
        return Err(vm.new_exc(ExcKind::TypeError, "expected 1 argument, got 0"));
    };
    let i = group_index(vm, m, &spans, g)?;
    Ok(group_text(vm, m, &spans, i, Value::None))
}

/// The `default` argument (positional or by keyword) of `groups`/`groupdict`, None if absent.
fn default_arg(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], method: &str) -> PyResult<Value> {
    match (&args[1..], kwargs) {
        ([], []) => Ok(Value::None),
        ([d], []) => Ok(*d),
        ([], [(k, d)]) if vm.str_of(Value::Obj(*k)) == Some("default") => Ok(*d),
        (more, _) => {
            let msg = format!("{method}() takes at most 1 argument ({} given)", more.len() + kwargs.len());
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

/// `groups(default=None)`.
fn groups(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (m, spans) = receiver(vm, args)?;
    let default = default_arg(vm, args, kwargs, "groups")?;
    let ngroups = (spans.len() - 3) / 2;
    let items = (1..=ngroups).map(|g| group_text(vm, m, &spans, g, default)).collect();
    Ok(vm.new_tuple(items))
}

/// `groupdict(default=None)`: each named group's text, in the pattern's order of names.
fn groupdict(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (m, spans) = receiver(vm, args)?;
    let default = default_arg(vm, args, kwargs, "groupdict")?;
    let index = slot(vm, m, "re").and_then(|p| slot(vm, p, "groupindex"));
    let names: Vec<(Value, Value)> = match index.and_then(|i| i.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    let ngroups = (spans.len() - 3) / 2;
    let d = Value::Obj(vm.new_dict());
    for (name, g) in names {
        let Value::Int(g) = g else { continue };
        let Some(g) = usize::try_from(g).ok().filter(|&g| g <= ngroups) else { continue };
        let text = group_text(vm, m, &spans, g, default);
        let r = vm.dict_set(d, name, text);
        vm.decref(text);
        if let Err(e) = r {
            vm.decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

/// The group a `start`/`end`/`span` call asks about (group 0 by default).
fn asked_group(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    name: &str,
) -> PyResult<(Vec<i64>, usize)> {
    let (m, spans) = receiver(vm, args)?;
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("Match.{name}() takes no keyword arguments")));
    }
    let g = match &args[1..] {
        [] => Value::Int(0),
        [g] => *g,
        more => {
            let msg = format!("{name} expected at most 1 argument, got {}", more.len());
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    };
    let i = group_index(vm, m, &spans, g)?;
    Ok((spans, i))
}

fn span(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (spans, g) = asked_group(vm, args, kwargs, "span")?;
    Ok(vm.new_tuple(vec![Value::Int(spans[2 * g + 1]), Value::Int(spans[2 * g + 2])]))
}

fn start(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (spans, g) = asked_group(vm, args, kwargs, "start")?;
    Ok(Value::Int(spans[2 * g + 1]))
}

fn end(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (spans, g) = asked_group(vm, args, kwargs, "end")?;
    Ok(Value::Int(spans[2 * g + 2]))
}
