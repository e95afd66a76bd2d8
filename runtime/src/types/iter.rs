//! The builtin iterators: `__next__`/`__iter__`, and the lazy ones (`enumerate`, `zip`,
//! `map`, `filter`) stepping.

use super::def;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::object::{Iter, Object};
use crate::types::generator::{gen_next, identity};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let mut iterator_types: Vec<ObjId> = vm.types.iters.values().copied().collect();
    iterator_types.extend([
        vm.types.iterator,
        vm.types.enumerate,
        vm.types.zip,
        vm.types.map,
        vm.types.filter,
        vm.types.reversed,
    ]);
    for it in iterator_types {
        let d = vm.type_obj(it).dict;
        def(vm, d, "iterator.__next__", gen_next);
        def(vm, d, "iterator.__iter__", identity);
    }
    // The iterators over sized containers know how many items are left: those listed first in
    // ITERATOR_TYPES, and the reverse list iterator (CPython's array and memoryview iterators
    // do not answer `__length_hint__`; the others have no end to count to).
    let mut sized: Vec<ObjId> = crate::vm::types::ITERATOR_TYPES
        .iter()
        .take_while(|&&n| n != "callable_iterator")
        .chain(&["list_reverseiterator"])
        .filter_map(|n| vm.types.iters.get(n).copied())
        .collect();
    sized.extend([vm.types.reversed, vm.types.iterator]);
    for it in sized {
        let d = vm.type_obj(it).dict;
        def(vm, d, "iterator.__length_hint__", length_hint);
    }
}

/// `it.__length_hint__()`: how many items the iterator has left (0 once exhausted).
fn length_hint(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let [this, _, ..] = args {
        let name = format!("{}.__length_hint__", vm.type_name(*this));
        crate::vm::args::arity(vm, &name, &args[1..], 0, 0)?;
    }
    let Some(Object::Iter(it)) = args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) else {
        return Ok(Value::Int(0));
    };
    if let Iter::GetItem { seq, index } = *it {
        // The sequence's length, if it has one, less the items taken.
        if seq == Value::None {
            return Ok(Value::Int(0));
        }
        if !vm.has_attr_on_type(vm.type_of(seq), "__len__") {
            return Ok(Value::Obj(vm.not_implemented));
        }
        let n = vm.len(seq)? as i64;
        return Ok(Value::Int((n - index).max(0)));
    }
    let left = match *it {
        Iter::Seq { seq, index, .. } => match vm.heap.get(seq) {
            Object::List(l) | Object::Tuple(l) => l.len().saturating_sub(index),
            Object::Bytes(b) | Object::ByteArray(b) => b.len().saturating_sub(index),
            _ => 0,
        },
        Iter::Str { s, byte } => match vm.heap.get(s) {
            Object::Str(s) => s.s.get(byte..).map_or(0, |rest| rest.chars().count()),
            _ => 0,
        },
        Iter::Range { next, stop, step, .. } => crate::vm::sequence::range_len(next, stop, step) as usize,
        Iter::Reversed { index, .. } => index,
        Iter::Dict { pos: usize::MAX, .. } | Iter::Set { pos: usize::MAX, .. } => 0,
        Iter::Dict { dict, pos, .. } => match vm.heap.get(dict) {
            Object::Dict(t) => t.iter().filter(|(i, _)| *i >= pos).count(),
            _ => 0,
        },
        Iter::Set { set, pos, .. } => match vm.heap.get(set) {
            Object::Set { table, .. } => {
                let mut n = 0;
                let mut from = pos;
                while let Some((i, _)) = table.next_from(from) {
                    n += 1;
                    from = i + 1;
                }
                n
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

/// `next()` of `zip(..., strict=True)`: as a plain zip's, but the first input to end must end
/// them all. As CPython, an input ending after the first is "shorter"; when the first ends,
/// each other one is asked for one more item, and the first that has one is "longer".
fn strict_zip_next(vm: &mut Vm, inners: &[Value]) -> PyResult<Result<Value, Value>> {
    if inners.is_empty() {
        return Ok(Err(Value::None));
    }
    let mut items = Vec::with_capacity(inners.len());
    let mut ended = None;
    for (i, &it) in inners.iter().enumerate() {
        match vm.next(it) {
            Ok(Some(v)) => items.push(v),
            Ok(None) => {
                ended = Some(i);
                break;
            }
            Err(e) => {
                items.into_iter().for_each(|v| vm.decref(v));
                return Err(e);
            }
        }
    }
    let Some(ended) = ended else { return Ok(Ok(vm.new_tuple(items))) };
    items.into_iter().for_each(|v| vm.decref(v));
    let (i, rel) = if ended > 0 {
        (ended, "shorter")
    } else {
        let mut longer = None;
        for (i, &it) in inners.iter().enumerate().skip(1) {
            if let Some(v) = vm.next(it)? {
                vm.decref(v);
                longer = Some(i);
                break;
            }
        }
        match longer {
            Some(i) => (i, "longer"),
            None => return Ok(Err(Value::None)),
        }
    };
    let before = if i == 1 { " 1".to_string() } else { format!("s 1-{i}") };
    let msg = format!("zip() argument {} is {rel} than argument{before}", i + 1);
    Err(vm.new_exc(ExcKind::ValueError, &msg))
}

/// The next item of every iterator, or `None` as soon as one is exhausted.
pub(crate) fn next_of_each(vm: &mut Vm, iters: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut items = Vec::with_capacity(iters.len());
    for &it in iters {
        match vm.next(it) {
            Ok(Some(v)) => items.push(v),
            other => {
                for i in items {
                    vm.decref(i);
                }
                return other.map(|_| None);
            }
        }
    }
    Ok(Some(items))
}

/// `next()` for the iterators that call Python code (enumerate, zip, map, filter, ...).
pub(crate) fn iter_next_complex(vm: &mut Vm, id: ObjId) -> PyResult<Result<Value, Value>> {
    enum Plan {
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        Await(ObjId),
        AsyncGenOp,
    }
    let plan = match vm.heap.get(id) {
        Object::Iter(Iter::Enumerate { inner, count }) => Plan::Enumerate(*inner, *count),
        Object::Iter(Iter::Zip { inners, strict }) => Plan::Zip(inners.clone(), *strict),
        Object::Iter(Iter::Map { func, inners }) => Plan::Map(*func, inners.clone()),
        Object::Iter(Iter::Filter { func, inner }) => Plan::Filter(*func, *inner),
        Object::Iter(Iter::Callable { func, sentinel }) => Plan::Callable(*func, *sentinel),
        Object::Iter(Iter::Await { coro }) => Plan::Await(*coro),
        Object::Iter(Iter::AsyncGenOp { .. }) => Plan::AsyncGenOp,
        _ => return Ok(Err(Value::None)),
    };
    match plan {
        Plan::Enumerate(inner, count) => match vm.next(inner)? {
            Some(v) => {
                let next = vm.binary_op(count, Value::Int(1), BinOp::Add, false)?;
                let old = match vm.heap.get_mut(id) {
                    Object::Iter(Iter::Enumerate { count, .. }) => std::mem::replace(count, next),
                    _ => Value::None,
                };
                Ok(Ok(vm.new_tuple(vec![old, v])))
            }
            None => Ok(Err(Value::None)),
        },
        Plan::Zip(inners, false) => match next_of_each(vm, &inners)? {
            Some(items) if !items.is_empty() => Ok(Ok(vm.new_tuple(items))),
            _ => Ok(Err(Value::None)),
        },
        Plan::Zip(inners, true) => strict_zip_next(vm, &inners),
        Plan::Map(func, inners) => {
            let Some(items) = next_of_each(vm, &inners)? else { return Ok(Err(Value::None)) };
            let r = vm.call(func, &items, &[]);
            for i in items {
                vm.decref(i);
            }
            Ok(Ok(r?))
        }
        Plan::Filter(func, inner) => loop {
            let Some(v) = vm.next(inner)? else { return Ok(Err(Value::None)) };
            let keep = if func == Value::None {
                vm.truthy(v)
            } else {
                match vm.call(func, &[v], &[]) {
                    Ok(r) => {
                        let t = vm.truthy(r);
                        vm.decref(r);
                        t
                    }
                    Err(e) => Err(e),
                }
            };
            match keep {
                Ok(true) => return Ok(Ok(v)),
                Ok(false) => vm.decref(v),
                Err(e) => {
                    vm.decref(v);
                    return Err(e);
                }
            }
        },
        Plan::Await(coro) => vm.gen_send(coro, Value::None),
        Plan::AsyncGenOp => crate::types::async_gen::op_next_or_stop(vm, id),
        // Exhausted for good once the sentinel comes, as CPython's, which lets go of both.
        Plan::Callable(Value::None, _) => Ok(Err(Value::None)),
        // A StopIteration from the callable ends it too.
        Plan::Callable(func, sentinel) => {
            let v = match vm.call(func, &[], &[]) {
                Ok(v) => v,
                Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::StopIteration)) => {
                    vm.decref_id(e);
                    exhaust_callable(vm, id);
                    return Ok(Err(Value::None));
                }
                Err(e) => return Err(e),
            };
            if vm.eq(v, sentinel)? {
                vm.decref(v);
                exhaust_callable(vm, id);
                return Ok(Err(Value::None));
            }
            Ok(Ok(v))
        }
    }
}

/// A callable iterator at its end: it lets go of the callable and the sentinel.
fn exhaust_callable(vm: &mut Vm, id: ObjId) {
    if let Object::Iter(Iter::Callable { func, sentinel }) = vm.heap.get_mut(id) {
        let old = [std::mem::replace(func, Value::None), std::mem::replace(sentinel, Value::None)];
        for v in old {
            vm.decref(v);
        }
    }
}
