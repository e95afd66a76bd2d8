//! `_sre`: the matching engine behind `re` (`pylib/re.py`, which parses and compiles patterns
//! to the engine's codes in Python, as CPython's `re` does above its C `_sre`).
//!
//! The engine is `rustpython-sre_engine`, a Rust port of CPython's `_sre` matcher: same
//! opcodes, same backtracking, so matches and group spans are CPython's. Positions are code
//! point indices, as Python's. A bytes subject is matched as the string of its bytes taken as
//! code points 0-255 (the engine's byte reader looks one byte past its cursor).
//!
//! A match comes back as a tuple `(lastindex, start0, end0, start1, end1, ...)` with -1 for a
//! group that did not take part, which `re.Match` keeps.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

use rustpython_sre_engine::{Request, State, StringCursor};

use super::native_class::{make_class, module_class, new_instance};
use super::sre_match::{MatchLayout, match_class, match_layout};
use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// How a pattern is tried against its subject.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    /// Anchored at the start position (`Pattern.match`).
    Match,
    /// Anchored at both ends (`Pattern.fullmatch`).
    Full,
    /// At the first position from the start where it matches (`Pattern.search`).
    Search,
}

thread_local! {
    /// The engine's state, reused from match to match: its stacks keep their room. (The
    /// engine runs no Python, so no match starts while another runs.)
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// A compiled pattern as the engine takes it, held by its `Pattern` (the `_code` slot) as an
/// `_sre.Code` object, so a match reads it without decoding or comparing anything.
pub(crate) struct Code {
    pub(crate) codes: Arc<[u32]>,
    /// How many groups the pattern has (group 0 aside).
    pub(crate) groups: usize,
    /// Whether the pattern is a str (not bytes) pattern.
    pub(crate) text: bool,
    /// `_sre.Match` as found last, with the VM's `type_epoch` then: still that class while
    /// the epoch stands (no class changed or died since).
    match_class: Cell<Option<(u64, ObjId, MatchLayout)>>,
}

impl HostObject for Code {}

/// `_sre.compile(code, groups, text)`: the `_sre.Code` of a pattern's codes (which `re`
/// gives as bytes, four little-endian bytes a code), its number of groups and whether it is
/// a str pattern.
fn compile(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "compile", args, 3, 3)?;
    let codes = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b)) if b.len() % 4 == 0 && !b.is_empty() => {
            b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
        }
        _ => return Err(vm.new_exc(ExcKind::TypeError, "_sre.compile: the pattern's code must be bytes")),
    };
    let groups = int_arg(vm, args[1], "groups")?;
    let text = vm.truthy(args[2])?;
    let Some(class) = module_class(vm, "_sre", "Code") else {
        return Err(vm.new_exc(ExcKind::TypeError, "_sre.compile: no _sre.Code"));
    };
    Ok(new_instance(vm, class, Code { codes, groups, text, match_class: Cell::new(None) }))
}

/// The `_sre.Code` `v` is, borrowed.
pub(crate) fn code_of(vm: &Vm, v: Value) -> Option<&Code> {
    let Object::Host { value: Some(value), .. } = vm.heap.get(v.as_obj()?) else { return None };
    (value.as_ref() as &dyn Any).downcast_ref::<Code>()
}

/// The codes of an `_sre.Code`.
fn codes(vm: &mut Vm, v: Value) -> PyResult<Arc<[u32]>> {
    match code_of(vm, v) {
        Some(code) => Ok(code.codes.clone()),
        None => Err(vm.new_exc(ExcKind::TypeError, "_sre: the pattern's code must be an _sre.Code")),
    }
}

/// `_sre.Match` and its layout, found through the pattern's code `v`, which remembers them.
pub(crate) fn match_class_of(vm: &Vm, v: Value) -> Option<(ObjId, MatchLayout)> {
    let epoch = vm.caches.type_epoch;
    let code = code_of(vm, v)?;
    if let Some((seen, class, layout)) = code.match_class.get()
        && seen == epoch
    {
        return Some((class, layout));
    }
    let class = match_class(vm)?;
    let layout = match_layout(vm, class);
    code.match_class.set(Some((epoch, class, layout)));
    Some((class, layout))
}

/// Runs `f` over the subject as text: a str as itself, bytes and bytearrays as their bytes
/// taken as code points.
fn with_subject<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&str, usize) -> R) -> PyResult<R> {
    match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Ok(f(&s.s, s.char_len())),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => {
            let text: String = b.iter().map(|&c| char::from(c)).collect();
            Ok(f(&text, b.len()))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("expected string or bytes-like object, got '{tn}'")))
        }
    }
}

/// The engine's request for `text` (of `chars` code points) from `start` to `end`, clamped
/// to the text as `Request::new` clamps them, without its count of the text's characters.
fn request<'a>(
    text: &'a str,
    chars: usize,
    (start, end): (usize, usize),
    code: &'a [u32],
    all: bool,
) -> Request<'a, &'a str> {
    let end = end.min(chars);
    Request {
        string: text,
        start: start.min(end),
        end,
        pattern_codes: code,
        match_all: all,
        must_advance: false,
    }
}

fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<usize> {
    match vm.as_i64(v) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.new_exc(ExcKind::TypeError, &format!("_sre: {what} must be an int"))),
    }
}

/// The spans of a successful match as the tuple's items.
fn spans(state: &State, ngroups: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(stride(ngroups));
    for_spans(state, ngroups, |n| out.push(Value::Int(n)));
    out
}

fn push_spans(out: &mut Vec<i64>, state: &State, ngroups: usize) {
    for_spans(state, ngroups, |n| out.push(n));
}

/// Gives `put` the spans of a successful match: `lastindex`, then group 0's start and end
/// from the state, the others' from its marks (-1 for a group that took no part).
fn for_spans(state: &State, ngroups: usize, mut put: impl FnMut(i64)) {
    put(state.marks.last_index() as i64);
    put(state.start as i64);
    put(state.cursor.position as i64);
    for g in 0..ngroups {
        let (s, e) = state.marks.get(g);
        match (s.into_option(), e.into_option()) {
            (Some(s), Some(e)) if s <= e => {
                put(s as i64);
                put(e as i64);
            }
            _ => {
                put(-1);
                put(-1);
            }
        }
    }
}

/// `_sre.match(code, string, pos, endpos, mode, ngroups)`: one match attempt (mode 0 match,
/// 1 fullmatch, 2 search), as a spans tuple or None.
fn match_(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "match", args, 6, 6)?;
    let pos = int_arg(vm, args[2], "pos")?;
    let endpos = int_arg(vm, args[3], "endpos")?;
    let mode = match vm.as_i64(args[4]) {
        Some(0) => Mode::Match,
        Some(1) => Mode::Full,
        _ => Mode::Search,
    };
    let ngroups = int_arg(vm, args[5], "ngroups")?;
    let code = codes(vm, args[0])?;
    Ok(found_spans(vm, &code, args[1], (pos, endpos), mode, ngroups)?.unwrap_or(Value::None))
}

/// One attempt of the pattern `code` on `subject` (a str, bytes or bytearray): the spans
/// tuple of the match, if there is one.
pub(crate) fn found_spans(
    vm: &mut Vm,
    code: &[u32],
    subject: Value,
    (pos, endpos): (usize, usize),
    mode: Mode,
    ngroups: usize,
) -> PyResult<Option<Value>> {
    let found = with_subject(vm, subject, |text, chars| {
        let req = request(text, chars, (pos, endpos), code, mode == Mode::Full);
        STATE.with(|state| {
            let mut state = state.borrow_mut();
            // The cursor points into the last subject: it must not be moved from there.
            state.cursor = StringCursor::default();
            state.reset(&req, pos);
            let hit = if mode == Mode::Search { state.search(req) } else { state.pymatch(&req) };
            hit.then(|| spans(&state, ngroups))
        })
    })?;
    Ok(found.map(|s| vm.new_tuple(s)))
}

/// `_sre.step(code, string, pos, endpos, ngroups, mode, must_advance)`: one step of a
/// scanner (`Pattern.scanner`, `finditer`): a match (mode 0) or search (2) from `pos`, not
/// an empty one at `pos` when `must_advance` (the last match was empty and ended there), as
/// CPython's scanner steps; the spans tuple, or None.
fn step(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "step", args, 7, 7)?;
    let code = codes(vm, args[0])?;
    let pos = int_arg(vm, args[2], "pos")?;
    let endpos = int_arg(vm, args[3], "endpos")?;
    let ngroups = int_arg(vm, args[4], "ngroups")?;
    let search = vm.as_i64(args[5]) == Some(2);
    let must_advance = vm.truthy(args[6])?;
    let found = with_subject(vm, args[1], |text, chars| {
        let mut req = request(text, chars, (pos, endpos), &code, false);
        req.must_advance = must_advance;
        STATE.with(|state| {
            let mut state = state.borrow_mut();
            state.cursor = StringCursor::default();
            state.reset(&req, req.start);
            let hit = if search { state.search(req) } else { state.pymatch(&req) };
            hit.then(|| spans(&state, ngroups))
        })
    })?;
    Ok(found.map_or(Value::None, |s| vm.new_tuple(s)))
}

/// How many numbers `scan_spans` gives a match.
pub(crate) fn stride(ngroups: usize) -> usize {
    2 * ngroups + 3
}

/// The successive non-overlapping matches a search of `subject` from `bounds.0` to `bounds.1`
/// finds (at most `limit` of them when it is positive): the spans of each, `stride(ngroups)`
/// numbers a match, one match after the other. After an empty match the next may not be
/// empty at the same place, as in CPython 3.7+.
pub(crate) fn scan_spans(
    vm: &mut Vm,
    code: Value,
    subject: Value,
    bounds: (usize, usize),
    ngroups: usize,
    limit: usize,
) -> PyResult<Vec<i64>> {
    let code = codes(vm, code)?;
    with_subject(vm, subject, |text, chars| {
        let mut req = request(text, chars, bounds, &code, false);
        let mut found = Vec::new();
        let mut count = 0;
        STATE.with(|state| {
            let mut state = state.borrow_mut();
            state.cursor = StringCursor::default();
            while req.start <= req.end && (limit == 0 || count < limit) {
                state.reset(&req, req.start);
                if !state.search(req) {
                    break;
                }
                push_spans(&mut found, &state, ngroups);
                count += 1;
                req.must_advance = state.cursor.position == state.start;
                req.start = state.cursor.position;
            }
        });
        found
    })
}

pub fn make_sre(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_sre");
    def(vm, d, "_sre.compile", compile);
    def(vm, d, "_sre.match", match_);
    def(vm, d, "_sre.step", step);
    super::sre_match::install(vm, d);
    super::sre_scan::install(vm, d);
    if let Some(code) = make_class(vm, "_sre", "Code", &[], &[]) {
        vm.dict_set_str(d, "Code", Value::Obj(code));
    }
    register(vm, "_sre", m);
}
