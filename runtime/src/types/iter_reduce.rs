//! The builtin iterators' `__reduce__` and `__setstate__`, as CPython 3.11's: what `pickle`
//! and `copy` use to make an iterator again at the same place (`iter(seq)` then
//! `__setstate__(index)`, `enumerate(inner, count)`, `zip(*inners)`...). An exhausted
//! iterator reduces to an empty one.

use super::def;
use crate::object::exc_kind::ExcKind;
use crate::object::{Iter, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let mut reducible: Vec<ObjId> = t.iters.values().copied().collect();
    reducible.extend([t.iterator, t.enumerate, t.zip, t.map, t.filter, t.reversed]);
    let with_state: Vec<ObjId> = ["list_iterator", "tuple_iterator", "str_iterator", "str_ascii_iterator"]
        .iter()
        .chain(&[
            "range_iterator",
            "list_reverseiterator",
            "bytes_iterator",
            "bytearray_iterator",
            "arrayiterator",
        ])
        .filter_map(|n| t.iters.get(n).copied())
        .chain([t.iterator, t.reversed, t.zip])
        .collect();
    for ty in reducible {
        let d = vm.type_obj(ty).dict;
        def(vm, d, "iterator.__reduce__", reduce);
    }
    for ty in with_state {
        let d = vm.type_obj(ty).dict;
        def(vm, d, "iterator.__setstate__", setstate);
    }
}

/// What a reduction names: `iter`, or one of the iterator classes.
fn builtin(vm: &mut Vm, name: &str) -> Value {
    let v = vm.dict_get_str(vm.builtins, name).unwrap_or(Value::None);
    vm.share(v)
}

/// `(callable, args)` or `(callable, args, state)`, taking the references given.
fn reduction(vm: &mut Vm, callable: &str, args: Vec<Value>, state: Option<Value>) -> Value {
    let f = builtin(vm, callable);
    let args = vm.new_tuple(args);
    let mut items = vec![f, args];
    items.extend(state);
    vm.new_tuple(items)
}

/// The iterator a method was called on.
fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<ObjId> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(id) if matches!(vm.heap.get(id), Object::Iter(_)) => Ok(id),
        _ => Err(vm.new_exc(ExcKind::TypeError, &format!("{method}() needs an iterator"))),
    }
}

/// The items a dict or set iterator has left, without moving it: a copy of it, drained.
fn remaining(vm: &mut Vm, copy: Iter, source: ObjId) -> PyResult<Value> {
    vm.heap.incref(source);
    let it = vm.alloc(Object::Iter(copy));
    let list = vm.new_list(Vec::new());
    let r = vm.extend_list(list, it);
    vm.decref(it);
    match r {
        Ok(()) => Ok(list),
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

fn reduce(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "__reduce__")?;
    let name = format!("{}.__reduce__", vm.type_name(args[0]));
    crate::vm::args::arity(vm, &name, &args[1..], 0, 0)?;
    let empty = |vm: &mut Vm, list: bool| {
        if list { vm.new_list(Vec::new()) } else { vm.share(Value::Obj(vm.empty_tuple)) }
    };
    let Object::Iter(it) = vm.heap.get(id) else { unreachable!("checked by `this`") };
    Ok(match *it {
        // (CPython's memoryview and struct iterators cannot be pickled.)
        Iter::Seq { kind: "memory_iterator" | "unpack_iterator", .. } => {
            let tn = vm.type_name(args[0]);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("cannot pickle '{tn}' object")));
        }
        // A dict's reverse iterator: what it has left, as a list.
        Iter::Seq { seq, index, kind } if kind.starts_with("dict_reverse") => {
            let rest: Vec<Value> = match vm.heap.get(seq) {
                Object::Tuple(items) => items.get(index..).unwrap_or_default().to_vec(),
                _ => Vec::new(),
            };
            let rest = rest.into_iter().map(|v| vm.share(v)).collect();
            let list = vm.new_list(rest);
            reduction(vm, "iter", vec![list], None)
        }
        Iter::Seq { seq, index, kind } => {
            if seq == vm.empty_tuple {
                let e = empty(vm, kind == "list_iterator");
                reduction(vm, "iter", vec![e], None)
            } else {
                let seq = vm.share(Value::Obj(seq));
                reduction(vm, "iter", vec![seq], Some(Value::Int(index as i64)))
            }
        }
        Iter::Str { s, byte } => {
            let (text, chars) = match vm.heap.get(s) {
                Object::Str(st) => (st.s.to_string(), st.s[..byte.min(st.s.len())].chars().count()),
                _ => (String::new(), 0),
            };
            if byte >= text.len() {
                let e = vm.new_str("");
                reduction(vm, "iter", vec![e], None)
            } else {
                let s = vm.share(Value::Obj(s));
                reduction(vm, "iter", vec![s], Some(Value::Int(chars as i64)))
            }
        }
        Iter::Range { next, stop, step, start } => {
            // The range it walks, as CPython 3.11 rebuilds it: from its start, whole steps.
            let len = crate::vm::sequence::range_len(start, stop, step);
            let end = start.saturating_add(len.saturating_mul(step));
            let range = vm.alloc(Object::Range { start, stop: end, step });
            let done = ((next - start) / step).clamp(0, len);
            reduction(vm, "iter", vec![range], Some(Value::Int(done)))
        }
        Iter::Dict { dict, pos, kind, len } => {
            let copy = Iter::Dict { dict, pos, kind, len };
            let items = remaining(vm, copy, dict)?;
            reduction(vm, "iter", vec![items], None)
        }
        Iter::Set { set, pos, len } => {
            let items = remaining(vm, Iter::Set { set, pos, len }, set)?;
            reduction(vm, "iter", vec![items], None)
        }
        Iter::Reversed { seq, index } => {
            let list = matches!(vm.heap.get(seq), Object::List(_));
            if index == 0 {
                let e = empty(vm, list);
                reduction(vm, "reversed", vec![e], None)
            } else {
                let seq = vm.share(Value::Obj(seq));
                reduction(vm, "reversed", vec![seq], Some(Value::Int(index as i64 - 1)))
            }
        }
        Iter::GetItem { seq: Value::None, .. } => {
            let e = empty(vm, false);
            reduction(vm, "iter", vec![e], None)
        }
        Iter::GetItem { seq, index } => {
            let seq = vm.share(seq);
            reduction(vm, "iter", vec![seq], Some(Value::Int(index)))
        }
        Iter::Callable { func: Value::None, .. } => {
            let e = empty(vm, false);
            reduction(vm, "iter", vec![e], None)
        }
        Iter::Callable { func, sentinel } => {
            let parts = vec![vm.share(func), vm.share(sentinel)];
            reduction(vm, "iter", parts, None)
        }
        Iter::Enumerate { inner, count } => {
            let parts = vec![vm.share(inner), vm.share(count)];
            reduction(vm, "enumerate", parts, None)
        }
        Iter::Zip { ref inners, strict } => {
            let parts: Vec<Value> = inners.clone().into_iter().map(|v| vm.share(v)).collect();
            reduction(vm, "zip", parts, strict.then_some(Value::Bool(true)))
        }
        Iter::Map { func, ref inners } => {
            let inners = inners.clone();
            let mut parts = vec![vm.share(func)];
            parts.extend(inners.into_iter().map(|v| vm.share(v)));
            reduction(vm, "map", parts, None)
        }
        Iter::Filter { func, inner } => {
            let parts = vec![vm.share(func), vm.share(inner)];
            reduction(vm, "filter", parts, None)
        }
        _ => {
            let tn = vm.type_name(args[0]);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("cannot pickle '{tn}' object")));
        }
    })
}

/// `it.__setstate__(state)`: the position to go on from (clamped to the sequence), or for
/// `zip`, whether it is strict.
fn setstate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "__setstate__")?;
    let name = format!("{}.__setstate__", vm.type_name(args[0]));
    crate::vm::args::arity(vm, &name, &args[1..], 1, 1)?;
    if let Object::Iter(Iter::Zip { .. }) = vm.heap.get(id) {
        let strict_now = vm.truthy(args[1])?;
        if let Object::Iter(Iter::Zip { strict, .. }) = vm.heap.get_mut(id) {
            *strict = strict_now;
        }
        return Ok(Value::None);
    }
    // (CPython asks for an int here, not for any object with `__index__`.)
    if !matches!(args[1], Value::Int(_) | Value::Bool(_))
        && !matches!(args[1].as_obj().map(|i| vm.heap.get(i)), Some(Object::BigInt(_)))
    {
        return Err(vm.new_exc(ExcKind::TypeError, "an integer is required"));
    }
    let wanted = crate::vm::args::index_arg(vm, args[1])?;
    let wanted = i64::try_from(wanted).unwrap_or(i64::MAX);
    let len_of = |vm: &Vm, seq: ObjId| match vm.heap.get(seq) {
        Object::List(v) | Object::Tuple(v) => v.len() as i64,
        _ => 0,
    };
    let text_of = |vm: &Vm, s: ObjId| match vm.heap.get(s) {
        Object::Str(st) => st.s.to_string(),
        _ => String::new(),
    };
    let Object::Iter(it) = vm.heap.get(id) else { unreachable!("checked by `this`") };
    match *it {
        Iter::Seq { seq, .. } if seq != vm.empty_tuple => {
            let len = vm.len(Value::Obj(seq))? as i64;
            let at = wanted.clamp(0, len) as usize;
            if let Object::Iter(Iter::Seq { index, .. }) = vm.heap.get_mut(id) {
                *index = at;
            }
        }
        Iter::Str { s, .. } => {
            let text = text_of(vm, s);
            let chars = wanted.max(0) as usize;
            let at = text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b);
            if let Object::Iter(Iter::Str { byte, .. }) = vm.heap.get_mut(id) {
                *byte = at;
            }
        }
        Iter::Range { stop, step, start, .. } => {
            let len = crate::vm::sequence::range_len(start, stop, step);
            let at = start.saturating_add(wanted.clamp(0, len).saturating_mul(step));
            if let Object::Iter(Iter::Range { next, .. }) = vm.heap.get_mut(id) {
                *next = at;
            }
        }
        Iter::Reversed { seq, index: remaining } if remaining > 0 => {
            // (A class's sequence is clamped by its length when the iterator reads it.)
            let top = match vm.heap.get(seq) {
                Object::List(_) | Object::Tuple(_) => len_of(vm, seq) - 1,
                _ => i64::MAX - 1,
            };
            let at = (wanted.clamp(-1, top) + 1) as usize;
            if let Object::Iter(Iter::Reversed { index, .. }) = vm.heap.get_mut(id) {
                *index = at;
            }
        }
        Iter::GetItem { seq, .. } if seq != Value::None => {
            if let Object::Iter(Iter::GetItem { index, .. }) = vm.heap.get_mut(id) {
                *index = wanted.max(0);
            }
        }
        _ => {}
    }
    Ok(Value::None)
}
