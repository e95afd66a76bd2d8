//! `_bisect`: binary search and insertion in sorted sequences, behind `bisect`
//! (`pylib/bisect.py`), native as CPython's. Items are read with `seq[i]` and compared with
//! `<` (on `key(item)` when a key is given), in CPython's order, so an ordering with side
//! effects sees the same calls.

use super::{new_module, register};
use crate::object::Object;
use crate::object::code::CmpKind;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::{bind_args, index_arg};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_bisect(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_bisect");
    let fns: [(&str, NativeFn); 4] = [
        ("_bisect.bisect_right", bisect_right),
        ("_bisect.bisect_left", bisect_left),
        ("_bisect.insort_right", insort_right),
        ("_bisect.insort_left", insort_left),
    ];
    for (name, f) in fns {
        super::def(vm, d, name, f);
    }
    register(vm, "_bisect", m);
}

/// The arguments every function takes: `(a, x, lo=0, hi=None, *, key=None)`.
struct Search {
    seq: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = index_arg(vm, v)?;
    i64::try_from(n)
        .map_err(|_| vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
}

fn parse(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Search> {
    let [seq, x, lo, hi, key] = bind_args(vm, fname, args, kwargs, ["a", "x", "lo", "hi", "key"], 4, 2)?;
    let (seq, x) = (seq.unwrap_or(Value::None), x.unwrap_or(Value::None));
    let lo = match lo {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    // CPython reads `hi` as a C integer whose default, -1, also stands for None: an explicit
    // -1 searches to the end too.
    let hi = match hi {
        None | Some(Value::None) => -1,
        Some(v) if vm.is_int(v) => ssize(vm, v)?,
        Some(v) => {
            let tn = vm.type_name(v);
            let msg = format!("argument should be integer or None, not '{tn}'");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    };
    let key = key.filter(|&k| k != Value::None);
    Ok(Search { seq, x, lo, hi, key })
}

/// The position at which `x` goes: after equal items (`right`) or before them.
fn search(vm: &mut Vm, s: &Search, x: Value, right: bool) -> PyResult<i64> {
    if s.lo < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "lo must be non-negative"));
    }
    let (mut lo, mut hi) = (s.lo, s.hi);
    if hi == -1 {
        hi = vm.len(s.seq)? as i64;
    }
    while lo < hi {
        // (lo + hi) / 2 without overflow, as both are non-negative.
        let mid = lo + (hi - lo) / 2;
        let item = sequence_item(vm, s.seq, mid)?;
        let item = match s.key {
            Some(key) => {
                let k = vm.call(key, &[item], &[]);
                vm.decref(item);
                k?
            }
            None => item,
        };
        let (a, b) = if right { (x, item) } else { (item, x) };
        let less = vm.compare(a, b, CmpKind::Lt).and_then(|r| {
            let t = vm.truthy(r);
            vm.decref(r);
            t
        });
        vm.decref(item);
        // bisect_right moves left when x < item; bisect_left moves right when item < x.
        match (less?, right) {
            (true, true) | (false, false) => hi = mid,
            (false, true) | (true, false) => lo = mid + 1,
        }
    }
    Ok(lo)
}

/// `seq[i]` as CPython's `PySequence_GetItem` reads it: a mapping is refused.
fn sequence_item(vm: &mut Vm, seq: Value, i: i64) -> PyResult<Value> {
    if matches!(vm.payload(seq).as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_))) {
        let tn = vm.type_name(seq);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{tn} is not a sequence")));
    }
    vm.getitem(seq, Value::Int(i))
}

fn bisect(vm: &mut Vm, s: Search, right: bool) -> PyResult<Value> {
    Ok(Value::Int(search(vm, &s, s.x, right)?))
}

fn insort(vm: &mut Vm, s: Search, right: bool) -> PyResult<Value> {
    let i = match s.key {
        Some(key) => {
            let k = vm.call(key, &[s.x], &[])?;
            let r = search(vm, &s, k, right);
            vm.decref(k);
            r?
        }
        None => search(vm, &s, s.x, right)?,
    };
    if let Some(id) = s.seq.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::List(_))) {
        vm.incref(s.x);
        if let Object::List(l) = vm.heap.get_mut(id) {
            let at = (i as usize).min(l.len());
            l.insert(at, s.x);
        }
        return Ok(Value::None);
    }
    let insert = vm.getattr_str(s.seq, "insert")?;
    let r = vm.call(insert, &[Value::Int(i), s.x], &[]);
    vm.decref(insert);
    vm.decref(r?);
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = parse(vm, "bisect_right", args, kwargs)?;
    bisect(vm, s, true)
}

fn bisect_left(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = parse(vm, "bisect_left", args, kwargs)?;
    bisect(vm, s, false)
}

fn insort_right(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = parse(vm, "insort_right", args, kwargs)?;
    insort(vm, s, true)
}

fn insort_left(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = parse(vm, "insort_left", args, kwargs)?;
    insort(vm, s, false)
}
