//! The builtin iterators: `__next__`/`__iter__`, and the lazy ones (`enumerate`, `zip`,
//! `map`, `filter`) stepping.

use super::def;
use crate::object::code::BinOp;
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
        Zip(Vec<Value>),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        Await(ObjId),
        AsyncGenOp,
    }
    let plan = match vm.heap.get(id) {
        Object::Iter(Iter::Enumerate { inner, count }) => Plan::Enumerate(*inner, *count),
        Object::Iter(Iter::Zip { inners }) => Plan::Zip(inners.clone()),
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
        Plan::Zip(inners) => match next_of_each(vm, &inners)? {
            Some(items) if !items.is_empty() => Ok(Ok(vm.new_tuple(items))),
            _ => Ok(Err(Value::None)),
        },
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
        Plan::Callable(func, sentinel) => {
            let v = vm.call(func, &[], &[])?;
            if vm.eq(v, sentinel)? {
                vm.decref(v);
                return Ok(Err(Value::None));
            }
            Ok(Ok(v))
        }
    }
}
