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

use std::cell::RefCell;
use std::rc::Rc;

use rustpython_sre_engine::{Request, State, StringCursor};

use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
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

/// A pattern's code bytes and the codes they hold.
type CachedCodes = (Vec<u8>, Rc<[u32]>);

thread_local! {
    /// The codes of the patterns matched last, by their bytes: reading a pattern's codes is
    /// done once, not at every match. Keyed by content, so it serves every interpreter of the
    /// thread alike.
    static CODES: RefCell<Vec<CachedCodes>> = const { RefCell::new(Vec::new()) };
    /// The engine's state, reused from match to match: its stacks keep their room. (The
    /// engine runs no Python, so no match starts while another runs.)
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// How many patterns' codes `CODES` keeps.
const CODE_CACHE: usize = 32;

/// A compiled pattern's codes: `re` keeps them as bytes, four little-endian bytes a code.
fn codes(vm: &mut Vm, v: Value) -> PyResult<Rc<[u32]>> {
    let Some(Object::Bytes(b)) = v.as_obj().map(|id| vm.heap.get(id)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "_sre: the pattern's code must be bytes"));
    };
    if b.len() % 4 != 0 || b.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "_sre: the pattern's code must be bytes"));
    }
    Ok(CODES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, codes)) = cache.iter().find(|(bytes, _)| bytes == b) {
            return codes.clone();
        }
        let codes: Rc<[u32]> =
            b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        if cache.len() >= CODE_CACHE {
            cache.remove(0);
        }
        cache.push((b.clone(), codes.clone()));
        codes
    }))
}

/// Runs `f` over the subject as text: a str as itself, bytes and bytearrays as their bytes
/// taken as code points.
fn with_subject<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&str) -> R) -> PyResult<R> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Ok(f(&s.s)),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => {
            let text: String = b.iter().map(|&c| char::from(c)).collect();
            Ok(f(&text))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("expected string or bytes-like object, got '{tn}'")))
        }
    }
}

fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<usize> {
    match vm.as_i64(v) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.new_exc(ExcKind::TypeError, &format!("_sre: {what} must be an int"))),
    }
}

/// The spans of a successful match: group 0 from the state, the others from its marks.
fn spans(state: &State, ngroups: usize) -> Vec<i64> {
    let mut out = Vec::with_capacity(2 * ngroups + 3);
    out.push(state.marks.last_index() as i64);
    out.push(state.start as i64);
    out.push(state.cursor.position as i64);
    for g in 0..ngroups {
        let (s, e) = state.marks.get(g);
        match (s.into_option(), e.into_option()) {
            (Some(s), Some(e)) if s <= e => {
                out.push(s as i64);
                out.push(e as i64);
            }
            _ => out.extend([-1, -1]),
        }
    }
    out
}

fn spans_value(vm: &mut Vm, spans: Vec<i64>) -> Value {
    vm.new_tuple(spans.into_iter().map(Value::Int).collect())
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
    let ngroups = int_arg(vm, args[5], "ngroups")? as i64;
    Ok(found_spans(vm, args[0], args[1], pos, endpos, mode, ngroups)?.unwrap_or(Value::None))
}

/// One attempt of the pattern `code` (its codes as bytes) on `subject` (a str, bytes or
/// bytearray): the spans tuple of the match, if there is one.
pub(crate) fn found_spans(
    vm: &mut Vm,
    code: Value,
    subject: Value,
    pos: usize,
    endpos: usize,
    mode: Mode,
    ngroups: i64,
) -> PyResult<Option<Value>> {
    let code = codes(vm, code)?;
    let ngroups = usize::try_from(ngroups).unwrap_or(0);
    let found = with_subject(vm, subject, |text| {
        let req = Request::new(text, pos, endpos, &code, mode == Mode::Full);
        STATE.with(|state| {
            let mut state = state.borrow_mut();
            // The cursor points into the last subject: it must not be moved from there.
            state.cursor = StringCursor::default();
            state.reset(&req, pos);
            let hit = if mode == Mode::Search { state.search(req) } else { state.pymatch(&req) };
            hit.then(|| spans(&state, ngroups))
        })
    })?;
    Ok(found.map(|s| spans_value(vm, s)))
}

/// `_sre.scan(code, string, pos, endpos, ngroups, limit)`: the successive non-overlapping
/// matches a search finds (at most `limit` of them when it is positive), each a spans tuple.
/// After an empty match the next may not be empty at the same place, as in CPython 3.7+.
fn scan(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "scan", args, 6, 6)?;
    let code = codes(vm, args[0])?;
    let pos = int_arg(vm, args[2], "pos")?;
    let endpos = int_arg(vm, args[3], "endpos")?;
    let ngroups = int_arg(vm, args[4], "ngroups")?;
    let limit = int_arg(vm, args[5], "limit")?;
    let found = with_subject(vm, args[1], |text| {
        let mut req = Request::new(text, pos, endpos, &code, false);
        let mut found = Vec::new();
        STATE.with(|state| {
            let mut state = state.borrow_mut();
            state.cursor = StringCursor::default();
            while req.start <= req.end && (limit == 0 || found.len() < limit) {
                state.reset(&req, req.start);
                if !state.search(req) {
                    break;
                }
                found.push(spans(&state, ngroups));
                req.must_advance = state.cursor.position == state.start;
                req.start = state.cursor.position;
            }
        });
        found
    })?;
    let items = found.into_iter().map(|s| spans_value(vm, s)).collect();
    Ok(vm.new_list(items))
}

pub fn make_sre(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_sre");
    def(vm, d, "_sre.match", match_);
    def(vm, d, "_sre.scan", scan);
    super::sre_match::install(vm, d);
    register(vm, "_sre", m);
}
