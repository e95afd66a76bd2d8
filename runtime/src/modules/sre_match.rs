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
use super::sre::{Mode, code_of, found_spans, match_class_of};
use crate::object::exc_kind::ExcKind;
use crate::object::{Object, PyStr};
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// `re.Match.__slots__` (a class keeps its slots sorted by name).
const MATCH_SLOTS: [&str; 5] = ["re", "string", "pos", "endpos", "_spans"];

pub fn install(vm: &mut Vm, d: ObjId) {
    def(vm, d, "_sre.run", run);
    // Named as the methods they become, for their reprs.
    let methods: [(&str, &'static str, NativeFn); 3] = [
        ("pattern_match", "Pattern.match", |vm, a, k| pattern_call(vm, a, k, "match", 0)),
        ("pattern_fullmatch", "Pattern.fullmatch", |vm, a, k| pattern_call(vm, a, k, "fullmatch", 1)),
        ("pattern_search", "Pattern.search", |vm, a, k| pattern_call(vm, a, k, "search", 2)),
    ];
    for (key, name, f) in methods {
        let f = vm.new_builtin(name, f, None);
        vm.dict_set_str(d, key, f);
    }
    def(vm, d, "_sre.new_match", make);
    def(vm, d, "_sre.match_group", group);
    def(vm, d, "_sre.match_getitem", getitem);
    def(vm, d, "_sre.match_groups", groups);
    def(vm, d, "_sre.match_groupdict", groupdict);
    def(vm, d, "_sre.match_span", span);
    def(vm, d, "_sre.match_start", start);
    def(vm, d, "_sre.match_end", end);
}

/// A slot of `re.Pattern` or `re.Match`: its name, and where it sits among its class's slots
/// (which a class keeps sorted by name). The place is checked, so a wrong one costs a search,
/// not a wrong answer.
pub(crate) type SlotName = (&'static str, usize);

/// `re.Pattern`'s slots: `__weakref__`, `_code`, `_groupindex`, `_indexgroup`, `flags`,
/// `groups`, `pattern`.
pub(crate) const CODE: SlotName = ("_code", 1);
const GROUPINDEX: SlotName = ("_groupindex", 2);
/// `re.Match`'s slots: `_spans`, `endpos`, `pos`, `re`, `string`.
const SPANS: SlotName = ("_spans", 0);
const RE: SlotName = ("re", 3);
const STRING: SlotName = ("string", 4);

/// The slot `name` of an instance of a class with `__slots__`, borrowed.
pub(crate) fn slot(vm: &Vm, obj: Value, (name, at): SlotName) -> Option<Value> {
    let Some(Object::Instance(i)) = obj.as_obj().map(|id| vm.heap.get(id)) else { return None };
    let names = vm.type_obj(i.class).slots.as_ref()?;
    let at = match names.get(at) {
        Some(n) if n == name => at,
        _ => names.iter().position(|n| n == name)?,
    };
    i.slots().get(at).copied().flatten()
}

/// `Pattern.match/fullmatch/search(string, pos, endpos)` as `_sre.run(pattern, string, pos,
/// endpos, mode)`: for a str, bytes or bytearray subject of the pattern's kind and int bounds,
/// the attempt and its `Match`; anything else through the pattern's own `_run`.
fn run(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [pattern, subject, Value::Int(pos), Value::Int(endpos), Value::Int(mode)] = *args else {
        return slow_run(vm, args, kwargs);
    };
    let Some(code_value) = slot(vm, pattern, CODE) else { return slow_run(vm, args, kwargs) };
    let (Some(code), Some(class)) = (code_of(vm, code_value), match_class_of(vm, code_value)) else {
        return slow_run(vm, args, kwargs);
    };
    let (codes, ngroups, text_pattern) = (code.codes.clone(), code.groups, code.text);
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
    let bounds = (pos as usize, endpos as usize);
    let Some(spans) = found_spans(vm, &codes, vm.payload(subject), bounds, mode, ngroups)? else {
        return Ok(Value::None);
    };
    Ok(new_match(vm, class, [pattern, subject, Value::Int(pos), Value::Int(endpos)], spans))
}

/// `Pattern.match(string, pos=0, endpos=sys.maxsize)`, `fullmatch` and `search` (`mode` 0, 1,
/// 2), their arguments read with the messages of CPython's `_sre`, then `run`.
fn pattern_call(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    name: &str,
    mode: i64,
) -> PyResult<Value> {
    const PARAMS: [&str; 3] = ["string", "pos", "endpos"];
    let pattern = args.first().copied().unwrap_or(Value::None);
    if slot(vm, pattern, CODE).is_none() {
        let tn = vm.type_name(pattern);
        let msg = format!("descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{tn}' object");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let given = &args[1..];
    let total = given.len() + kwargs.len();
    if total > PARAMS.len() {
        let msg = format!("{name}() takes at most 3 arguments ({total} given)");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let mut values: [Option<Value>; 3] = [None; 3];
    for (v, &g) in values.iter_mut().zip(given) {
        *v = Some(g);
    }
    let mut unknown = None;
    for &(key, v) in kwargs {
        let key = vm.str_of(Value::Obj(key)).unwrap_or_default().to_string();
        match PARAMS.iter().position(|p| *p == key) {
            Some(i) if values[i].is_some() => {
                let msg = format!("argument for {name}() given by name ('{key}') and position ({})", i + 1);
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
            Some(i) => values[i] = Some(v),
            None => unknown = unknown.or(Some(key)),
        }
    }
    let Some(string) = values[0] else {
        let msg = format!("{name}() missing required argument 'string' (pos 1)");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    };
    if let Some(key) = unknown {
        let msg = format!("'{key}' is an invalid keyword argument for {name}()");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let pos = values[1].unwrap_or(Value::Int(0));
    let endpos = values[2].unwrap_or(Value::Int(i64::MAX));
    run(vm, &[pattern, string, pos, endpos, Value::Int(mode)], &[])
}

/// `_sre.new_match(pattern, string, pos, endpos, spans)`: a `Match` without `__init__`.
fn make(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (&[pattern, string, pos, endpos, spans], Some(class)) = (args, match_class(vm)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "new_match(pattern, string, pos, endpos, spans)"));
    };
    vm.incref(spans);
    Ok(new_match(vm, (class, match_layout(vm, class)), [pattern, string, pos, endpos], spans))
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
pub(crate) fn match_class(vm: &Vm) -> Option<ObjId> {
    let d = vm.module_dict("_sre")?;
    let class = vm.dict_get_str(d, "Match")?.as_obj()?;
    let Object::Type(t) = vm.heap.get(class) else { return None };
    let slots = t.slots.as_deref()?;
    (slots.len() == MATCH_SLOTS.len() && MATCH_SLOTS.iter().all(|n| slots.iter().any(|s| s == n)))
        .then_some(class)
}

/// Where `re.Match`'s slots (in `MATCH_SLOTS`' order) sit in `class`'s instances.
pub(crate) type MatchLayout = [usize; MATCH_SLOTS.len()];

pub(crate) fn match_layout(vm: &Vm, class: ObjId) -> MatchLayout {
    let mut order = [usize::MAX; MATCH_SLOTS.len()];
    if let Some(slots) = &vm.type_obj(class).slots {
        for (at, name) in order.iter_mut().zip(MATCH_SLOTS) {
            *at = slots.iter().position(|n| n == name).unwrap_or(usize::MAX);
        }
    }
    order
}

/// A `Match` of `class` (its slots where `layout` says) with its slots `re`, `string`, `pos`,
/// `endpos` (borrowed) and the spans tuple (taken).
pub(crate) fn new_match(
    vm: &mut Vm,
    (class, layout): (ObjId, MatchLayout),
    fields: [Value; 4],
    spans: Value,
) -> Value {
    let m = vm.new_instance(class);
    for v in fields {
        vm.incref(v);
    }
    if let Some(Object::Instance(i)) = m.as_obj().map(|id| vm.heap.get_mut(id)) {
        let slots = i.slots_mut();
        for (&at, v) in layout.iter().zip(fields.into_iter().chain([spans])) {
            if let Some(s) = slots.get_mut(at) {
                *s = Some(v);
            }
        }
    }
    m
}

// ---- Reading a match ------------------------------------------------------------------------

/// A match's spans, read out of its tuple (on the stack for up to 14 groups).
type Spans = smallvec::SmallVec<[i64; 32]>;

/// A match's spans: `(lastindex, start0, end0, start1, end1, ...)`.
fn spans_of(vm: &Vm, m: Value) -> Option<Spans> {
    let spans = slot(vm, m, SPANS)?;
    match vm.heap.get(spans.as_obj()?) {
        Object::Tuple(t) => t.iter().map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).collect(),
        _ => None,
    }
}

fn receiver(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Spans)> {
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
        && let Some(pattern) = slot(vm, m, RE)
        && let Some(index) = slot(vm, pattern, GROUPINDEX)
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
    let subject = slot(vm, m, STRING).map(|s| vm.payload(s));
    let piece = match subject.and_then(|s| s.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(Ok(PyStr::new(s.char_slice(a, b)))),
        Some(Object::Bytes(bytes) | Object::ByteArray(bytes)) => {
            Some(Err(bytes.get(a..b.min(bytes.len())).unwrap_or(&[]).to_vec()))
        }
        _ => None,
    };
    match piece {
        Some(Ok(text)) => vm.alloc(Object::Str(text)),
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
    let index = slot(vm, m, RE).and_then(|p| slot(vm, p, GROUPINDEX));
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
) -> PyResult<(Spans, usize)> {
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
