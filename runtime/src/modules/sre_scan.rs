//! `re`'s loops over successive matches, native as CPython's `_sre` has them: `findall`,
//! `split` and `sub`/`subn` cut their pieces from the subject here, without a Python step
//! per match (for log-sized subjects that step was most of the time).
//!
//! The engine gives code point positions; the pieces are cut while the subject is borrowed
//! and become objects afterwards. A bytearray subject gives bytes pieces, a str subclass
//! gives str ones, as in CPython.

use super::sre::match_class_of;
use super::sre::{code_of, scan_spans, stride};
use super::sre_match::{CODE, new_match, slot};
use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{Object, PyStr};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm, d: ObjId) {
    def(vm, d, "_sre.findall", findall);
    def(vm, d, "_sre.split", split);
    def(vm, d, "_sre.subx", subx);
}

/// A piece of the subject, cut while the subject is borrowed.
enum Piece {
    Str(PyStr),
    Bytes(Vec<u8>),
    /// A group that took no part in the match.
    Absent,
}

/// What a subject is, for cutting: its text or bytes, with the code point positions of the
/// engine turned into byte offsets.
enum Subject<'a> {
    Str(&'a PyStr),
    Bytes(&'a [u8]),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Str(s) => s.char_len(),
            Subject::Bytes(b) => b.len(),
        }
    }

    /// The bytes of code points `a..b` (clamped).
    fn bytes(&self, a: i64, b: i64) -> &[u8] {
        let (a, b) = (a.max(0) as usize, b.max(0) as usize);
        match self {
            Subject::Str(s) => s.char_slice(a, b).as_bytes(),
            Subject::Bytes(bytes) => {
                let b = b.min(bytes.len());
                &bytes[a.min(b)..b]
            }
        }
    }

    fn cut(&self, a: i64, b: i64) -> Piece {
        if a < 0 {
            return Piece::Absent;
        }
        match self {
            Subject::Str(s) => Piece::Str(PyStr::new(s.char_slice(a as usize, b.max(0) as usize))),
            Subject::Bytes(_) => Piece::Bytes(self.bytes(a, b).to_vec()),
        }
    }
}

/// Runs `f` over the subject (a str, bytes or bytearray, or an instance of a subclass of one).
fn with_subject<R>(vm: &Vm, subject: Value, f: impl FnOnce(Subject) -> R) -> Option<R> {
    match vm.payload(subject).as_obj().map(|id| vm.heap.get(id))? {
        Object::Str(s) => Some(f(Subject::Str(s))),
        Object::Bytes(b) | Object::ByteArray(b) => Some(f(Subject::Bytes(b))),
        _ => None,
    }
}

fn not_a_subject(vm: &mut Vm, subject: Value) -> ObjId {
    let tn = vm.type_name(subject);
    vm.new_exc(ExcKind::TypeError, &format!("expected string or bytes-like object, got '{tn}'"))
}

/// A piece as an object: `absent` for a group that took no part.
fn piece_value(vm: &mut Vm, piece: Piece, absent: Value) -> Value {
    match piece {
        Piece::Str(s) => vm.alloc(Object::Str(s)),
        Piece::Bytes(b) => vm.alloc(Object::Bytes(b)),
        Piece::Absent => {
            vm.incref(absent);
            absent
        }
    }
}

fn usize_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<usize> {
    match vm.as_i64(v) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.new_exc(ExcKind::TypeError, &format!("_sre: {what} must be an int"))),
    }
}

/// `_sre.findall(code, string, pos, endpos, ngroups)`: `Pattern.findall`'s list: the whole
/// matches, or the one group's text, or a tuple of every group's ('' or b'' for a group
/// that took no part).
fn findall(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "findall", args, 5, 5)?;
    let pos = usize_arg(vm, args[2], "pos")?;
    let endpos = usize_arg(vm, args[3], "endpos")?;
    let ngroups = usize_arg(vm, args[4], "ngroups")?;
    let found = scan_spans(vm, args[0], args[1], (pos, endpos), ngroups, 0)?;
    let per_match = ngroups.max(1);
    let cut = with_subject(vm, args[1], |subject| {
        let (str_subject, mut pieces) = (matches!(subject, Subject::Str(_)), Vec::new());
        for s in found.chunks(stride(ngroups)) {
            if ngroups == 0 {
                pieces.push(subject.cut(s[1], s[2]));
            }
            for g in 1..=ngroups {
                pieces.push(subject.cut(s[2 * g + 1], s[2 * g + 2]));
            }
        }
        (str_subject, pieces)
    });
    let Some((str_subject, pieces)) = cut else { return Err(not_a_subject(vm, args[1])) };
    let empty = if str_subject { vm.new_str("") } else { vm.alloc(Object::Bytes(Vec::new())) };
    let mut values: Vec<Value> = pieces.into_iter().map(|p| piece_value(vm, p, empty)).collect();
    vm.decref(empty);
    if per_match > 1 {
        values = values.chunks(per_match).map(|group| vm.new_tuple(group.to_vec())).collect();
    }
    Ok(vm.new_list(values))
}

/// `_sre.split(code, string, maxsplit, ngroups)`: `Pattern.split`'s list: the text between
/// matches, with every group's text (or None) after each match.
fn split(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "split", args, 4, 4)?;
    let maxsplit = usize_arg(vm, args[2], "maxsplit")?;
    let ngroups = usize_arg(vm, args[3], "ngroups")?;
    let found = scan_spans(vm, args[0], args[1], (0, usize::MAX), ngroups, maxsplit)?;
    let cut = with_subject(vm, args[1], |subject| {
        let mut pieces = Vec::new();
        let mut last = 0;
        for s in found.chunks(stride(ngroups)) {
            pieces.push(subject.cut(last, s[1]));
            for g in 1..=ngroups {
                pieces.push(subject.cut(s[2 * g + 1], s[2 * g + 2]));
            }
            last = s[2];
        }
        pieces.push(subject.cut(last, subject.len() as i64));
        pieces
    });
    let Some(pieces) = cut else { return Err(not_a_subject(vm, args[1])) };
    let values = pieces.into_iter().map(|p| piece_value(vm, p, Value::None)).collect();
    Ok(vm.new_list(values))
}

/// A part of a `sub` template: text, or a group's number.
enum Part {
    Text(Vec<u8>),
    Group(usize),
}

/// `_sre.subx(pattern, string, count, template, repl)`: `Pattern.subn`'s pair: the subject
/// with at most `count` matches (every one for 0) replaced, and how many were. `template` is
/// the list `re._compile_template` makes of `repl` (text pieces and group numbers), or None
/// when `repl` is a function, which is then called with each match.
fn subx(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "subx", args, 5, 5)?;
    let [pattern, subject, count, template, repl] = [args[0], args[1], args[2], args[3], args[4]];
    let Some((code, ngroups)) = slot(vm, pattern, CODE).and_then(|c| Some((c, code_of(vm, c)?.groups)))
    else {
        return Err(vm.new_exc(ExcKind::TypeError, "_sre.subx: not a compiled pattern"));
    };
    let count = usize_arg(vm, count, "count")?;
    let found = scan_spans(vm, code, subject, (0, usize::MAX), ngroups, count)?;
    let Some((text, len)) = with_subject(vm, subject, |s| (matches!(s, Subject::Str(_)), s.len())) else {
        return Err(not_a_subject(vm, subject));
    };
    let out = match template_parts(vm, template) {
        Some(parts) => with_template(vm, subject, &found, ngroups, &parts),
        None => with_function(vm, [pattern, subject, repl], &found, ngroups, (text, len))?,
    };
    let result = if text {
        let s = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        vm.new_str(s)
    } else {
        vm.alloc(Object::Bytes(out))
    };
    let n = Value::Int((found.len() / stride(ngroups)) as i64);
    Ok(vm.new_tuple(vec![result, n]))
}

/// A template list's parts, or None when there is no list (a function replaces).
fn template_parts(vm: &Vm, template: Value) -> Option<Vec<Part>> {
    let Object::List(items) = vm.heap.get(template.as_obj()?) else { return None };
    let parts = items.iter().filter_map(|&item| match item {
        Value::Int(g) => Some(Part::Group(g.max(0) as usize)),
        v => match vm.heap.get(vm.payload(v).as_obj()?) {
            Object::Str(s) => Some(Part::Text(s.s.as_bytes().to_vec())),
            Object::Bytes(b) | Object::ByteArray(b) => Some(Part::Text(b.clone())),
            _ => None,
        },
    });
    Some(parts.collect())
}

/// The replaced text when a template replaces each match.
fn with_template(vm: &Vm, subject: Value, found: &[i64], ngroups: usize, parts: &[Part]) -> Vec<u8> {
    with_subject(vm, subject, |subject| {
        let mut out = Vec::with_capacity(subject.bytes(0, subject.len() as i64).len());
        let mut last = 0;
        for s in found.chunks(stride(ngroups)) {
            out.extend_from_slice(subject.bytes(last, s[1]));
            for part in parts {
                match part {
                    Part::Text(t) => out.extend_from_slice(t),
                    &Part::Group(g) if g <= ngroups && s[2 * g + 1] >= 0 => {
                        out.extend_from_slice(subject.bytes(s[2 * g + 1], s[2 * g + 2]))
                    }
                    Part::Group(_) => {}
                }
            }
            last = s[2];
        }
        out.extend_from_slice(subject.bytes(last, subject.len() as i64));
        out
    })
    .unwrap_or_default()
}

/// The replaced text when `repl` is called with each match: what it returns (None for
/// nothing) must be of the subject's kind, or CPython's join error names the piece.
fn with_function(
    vm: &mut Vm,
    [pattern, subject, repl]: [Value; 3],
    found: &[i64],
    ngroups: usize,
    (text, len): (bool, usize),
) -> PyResult<Vec<u8>> {
    let Some(class) = slot(vm, pattern, CODE).and_then(|c| match_class_of(vm, c)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "_sre.subx: re.Match is not there"));
    };
    let (mut out, mut last, mut pieces) = (Vec::new(), 0, 0);
    for s in found.chunks(stride(ngroups)) {
        if s[1] > last {
            with_subject(vm, subject, |subject| out.extend_from_slice(subject.bytes(last, s[1])));
            pieces += 1;
        }
        let spans = vm.new_tuple(s.iter().map(|&n| Value::Int(n)).collect());
        let m = new_match(vm, class, [pattern, subject, Value::Int(0), Value::Int(len as i64)], spans);
        let piece = vm.call(repl, &[m], &[]);
        vm.decref(m);
        let piece = piece?;
        let taken = match vm.payload(piece).as_obj().map(|id| vm.heap.get(id)) {
            _ if piece == Value::None => true,
            Some(Object::Str(s)) if text => {
                out.extend_from_slice(s.s.as_bytes());
                true
            }
            Some(Object::Bytes(b) | Object::ByteArray(b)) if !text => {
                out.extend_from_slice(b);
                true
            }
            _ => false,
        };
        if !taken {
            let tn = vm.type_name(piece);
            vm.decref(piece);
            let kind = if text { "str instance" } else { "a bytes-like object" };
            let msg = format!("sequence item {pieces}: expected {kind}, {tn} found");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
        vm.decref(piece);
        pieces += 1;
        last = s[2];
    }
    with_subject(vm, subject, |subject| out.extend_from_slice(subject.bytes(last, subject.len() as i64)));
    Ok(out)
}
