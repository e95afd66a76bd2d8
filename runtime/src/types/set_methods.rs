//! The methods of `set` and `frozenset`; the algebra they share with the operators is in
//! `set.rs`.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::set_table::SetTable;
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    // The same natives under each type's own names (`frozenset.union`), as CPython's messages
    // give them.
    let shared = [
        ("union", set_union as crate::vm::NativeFn),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
    ];
    const SET_NAMES: [&str; 8] = [
        "set.union",
        "set.intersection",
        "set.difference",
        "set.symmetric_difference",
        "set.issubset",
        "set.issuperset",
        "set.isdisjoint",
        "set.copy",
    ];
    const FROZENSET_NAMES: [&str; 8] = [
        "frozenset.union",
        "frozenset.intersection",
        "frozenset.difference",
        "frozenset.symmetric_difference",
        "frozenset.issubset",
        "frozenset.issuperset",
        "frozenset.isdisjoint",
        "frozenset.copy",
    ];
    for (set, names) in [(t(vm, |t| t.set), SET_NAMES), (t(vm, |t| t.frozenset), FROZENSET_NAMES)] {
        for ((_, f), name) in shared.iter().zip(names) {
            def(vm, set, name, *f);
        }
    }
    let set = t(vm, |t| t.set);
    for (name, f) in [
        ("set.add", set_add as crate::vm::NativeFn),
        ("set.discard", set_discard),
        ("set.remove", set_remove),
        ("set.pop", set_pop),
        ("set.clear", set_clear),
        ("set.update", set_update),
        ("set.difference_update", set_difference_update),
        ("set.intersection_update", set_intersection_update),
        ("set.symmetric_difference_update", set_symmetric_difference_update),
    ] {
        def(vm, set, name, f);
    }
}

pub(crate) fn new_set_like(vm: &mut Vm, of: Value) -> Value {
    let frozen = matches!(vm.heap.get(list_id(vm, of)), Object::Set { frozen: true, .. });
    vm.alloc(Object::Set { table: SetTable::new(), frozen })
}

/// Adds each item of an iterable to a set: a set's keys with their stored hashes, as CPython's
/// `set_update_internal`.
pub(crate) fn add_all(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if crate::types::set::is_set(vm, other) {
        return super::set::set_merge(vm, s, other);
    }
    if let Some(Object::Dict(t)) = other.as_obj().map(|id| vm.heap.get(id)) {
        let entries: Vec<(i64, Value)> = t.iter().map(|(_, e)| (e.hash, e.key)).collect();
        for &(_, k) in &entries {
            vm.incref(k);
        }
        let mut entries = entries.into_iter();
        let mut r = Ok(());
        for (h, k) in entries.by_ref() {
            r = vm.set_add_hashed(s, k, h);
            vm.decref(k);
            if r.is_err() {
                break;
            }
        }
        entries.for_each(|(_, k)| vm.decref(k));
        return r;
    }
    crate::types::set::for_each_item(vm, other, |vm, item| {
        let r = vm.set_add(s, item);
        vm.decref(item);
        r.map(|()| true)
    })
}

/// `set.union`, `intersection`, `difference`, `symmetric_difference` with any iterables, as
/// CPython does each (which decides the result's keys and order, and which hashes are taken).
pub(crate) fn set_binary(vm: &mut Vm, args: &[Value], op: crate::object::code::BinOp) -> PyResult<Value> {
    use crate::object::code::BinOp;
    let me = args[0];
    let others = &args[1..];
    let frozen = matches!(vm.heap.get(list_id(vm, me)), Object::Set { frozen: true, .. });
    let Some((&first, rest)) = others.split_first() else {
        return Ok(super::set::set_copy_of(vm, me, frozen));
    };
    let mut acc = match op {
        BinOp::Or => super::set::set_copy_of(vm, me, frozen),
        BinOp::And => vm.share(me),
        BinOp::Sub if crate::types::set::is_set(vm, first) => {
            super::set::set_op(vm, me, first, BinOp::Sub, false)?
        }
        BinOp::Sub => super::set::set_copy_of(vm, me, frozen),
        _ => {
            let r = new_set_like(vm, me);
            if let Err(e) = add_all(vm, r, first) {
                vm.decref(r);
                return Err(e);
            }
            r
        }
    };
    let steps = match op {
        BinOp::Sub if crate::types::set::is_set(vm, first) => rest,
        BinOp::Xor => &[me][..],
        _ => others,
    };
    for &other in steps {
        let r = match op {
            BinOp::Or => add_all(vm, acc, other),
            BinOp::And => match super::set::set_intersection_with(vm, acc, other) {
                Ok(next) => {
                    vm.decref(acc);
                    acc = next;
                    Ok(())
                }
                Err(e) => Err(e),
            },
            BinOp::Sub => super::set::set_difference_update(vm, acc, other),
            _ => super::set::set_symmetric_difference_update(vm, acc, other),
        };
        if let Err(e) = r {
            vm.decref(acc);
            return Err(e);
        }
    }
    Ok(acc)
}

pub(crate) fn set_union(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::Or)
}

pub(crate) fn set_intersection(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::And)
}

pub(crate) fn set_difference(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::Sub)
}

pub(crate) fn set_symdiff(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &args[1..], 1, 1)?;
    set_binary(vm, args, crate::object::code::BinOp::Xor)
}

pub(crate) fn set_issubset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "issubset", &args[1..], 1, 1)?;
    if crate::types::set::is_set(vm, args[1]) {
        return super::set::set_is_subset(vm, args[0], args[1]).map(Value::Bool);
    }
    let other = vm.alloc(Object::Set { table: SetTable::new(), frozen: false });
    let r = add_all(vm, other, args[1]).and_then(|()| super::set::set_is_subset(vm, args[0], other));
    vm.decref(other);
    r.map(Value::Bool)
}

pub(crate) fn set_issuperset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "issuperset", &args[1..], 1, 1)?;
    if crate::types::set::is_set(vm, args[1]) {
        return super::set::set_is_subset(vm, args[1], args[0]).map(Value::Bool);
    }
    // Item by item, stopping at the first one missing.
    let mut all = true;
    let r = crate::types::set::for_each_item(vm, args[1], |vm, item| {
        let found = vm.set_contains(args[0], item);
        vm.decref(item);
        all = found?;
        Ok(all)
    });
    r.map(|()| Value::Bool(all))
}

pub(crate) fn set_isdisjoint(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    let (me, other) = (args[0], args[1]);
    if me.is(other) {
        return Ok(Value::Bool(super::set::set_len(vm, me) == 0));
    }
    let mut disjoint = true;
    if crate::types::set::is_set(vm, other) {
        // The smaller set's keys are looked up in the larger, with their stored hashes.
        let (small, big) = if super::set::set_len(vm, other) > super::set::set_len(vm, me) {
            (me, other)
        } else {
            (other, me)
        };
        crate::types::set::for_each_entry(vm, small, |vm, h, k| {
            if disjoint && vm.set_contains_hashed(big, k, h)? {
                disjoint = false;
            }
            Ok(())
        })?;
        return Ok(Value::Bool(disjoint));
    }
    crate::types::set::for_each_item(vm, other, |vm, item| {
        let found = vm.set_contains(me, item);
        vm.decref(item);
        disjoint = !found?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}

pub(crate) fn set_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let frozen = matches!(vm.heap.get(list_id(vm, args[0])), Object::Set { frozen: true, .. });
    if frozen {
        // Immutable: a frozenset's copy is itself, as CPython's (a subclass's is its value).
        return Ok(vm.share(args[0]));
    }
    Ok(super::set::set_copy_of(vm, args[0], frozen))
}

pub(crate) fn set_add(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.add", &args[1..], 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

pub(crate) fn set_discard(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.discard", &args[1..], 1, 1)?;
    vm.set_discard(args[0], args[1])?;
    Ok(Value::None)
}

pub(crate) fn set_remove(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.remove", &args[1..], 1, 1)?;
    if !vm.set_discard(args[0], args[1])? {
        let k = vm.share(args[1]);
        let t = vm.new_tuple(vec![k]);
        return Err(vm.new_exc_args(ExcKind::KeyError, t));
    }
    Ok(Value::None)
}

pub(crate) fn set_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let popped = match vm.heap.get_mut(id) {
        Object::Set { table, .. } => table.pop_slot().map(|i| table.remove(i)),
        _ => None,
    };
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_exc(ExcKind::KeyError, "pop from an empty set")),
    }
}

pub(crate) fn set_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::set::set_clear(vm, args[0]);
    Ok(Value::None)
}

pub(crate) fn set_difference_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    for &other in &args[1..] {
        super::set::set_difference_update(vm, args[0], other)?;
    }
    Ok(Value::None)
}

pub(crate) fn set_intersection_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::set::set_intersection_update(vm, args[0], &args[1..])?;
    Ok(Value::None)
}

pub(crate) fn set_symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    arity(vm, "set.symmetric_difference_update", &args[1..], 1, 1)?;
    super::set::set_symmetric_difference_update(vm, args[0], args[1])?;
    Ok(Value::None)
}

pub(crate) fn set_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    for &other in &args[1..] {
        add_all(vm, args[0], other)?;
    }
    Ok(Value::None)
}

pub(crate) fn set_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::construct::plain_args(vm, "set", &args[1..], kwargs, 0, 1)?;
    // `__init__` again starts over, as CPython's.
    super::set::set_clear(vm, args[0]);
    if let Some(&src) = args.get(1) {
        super::set::fill_new_set(vm, args[0], src)?;
    }
    Ok(Value::None)
}
