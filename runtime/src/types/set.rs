//! The set algebra (`|`, `&`, `-`, `^`, in place and as methods, inclusion), on `SetTable`,
//! releasing keys in CPython's order.

use crate::object::Object;
use crate::object::code::{BinOp, CmpKind};
use crate::object::set_table::SetTable;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn set_len(vm: &Vm, s: Value) -> usize {
    match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Set { table, .. }) => table.len(),
        _ => 0,
    }
}

/// A copy of a set, laid out as CPython's `set_merge` lays a copy out.
pub(crate) fn set_copy_of(vm: &mut Vm, src: Value, frozen: bool) -> Value {
    let mut table = SetTable::new();
    if let Some(Object::Set { table: other, .. }) = src.as_obj().map(|id| vm.heap.get(id)) {
        table.merge_into_empty(other);
    }
    for k in table.keys() {
        vm.incref(k);
    }
    vm.alloc(Object::Set { table, frozen })
}

/// Adds every key of the set `from` to `to`, as CPython merges one set into another.
pub(crate) fn set_merge(vm: &mut Vm, to: Value, from: Value) -> PyResult<()> {
    vm.set_merge(to, from)
}

/// Calls `f` with each key of a set and its stored hash, in table order, each key held while
/// `f` runs (which may change the set); stops at the first error.
pub(crate) fn for_each_entry(
    vm: &mut Vm,
    s: Value,
    f: impl FnMut(&mut Vm, i64, Value) -> PyResult<()>,
) -> PyResult<()> {
    vm.for_each_set_entry(s, f)
}

/// Whether every key of the set `a` is in the set `b` (CPython's `set_issubset`).
pub(crate) fn set_is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if set_len(vm, a) > set_len(vm, b) {
        return Ok(false);
    }
    vm.set_entries_while(a, |vm, h, k| vm.set_contains_hashed(b, k, h))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` (and the in-place forms) in CPython's order of work,
/// which decides the order the result iterates in.
pub(crate) fn set_op(vm: &mut Vm, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let frozen = matches!(a.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { frozen: true, .. }));
    let inplace = inplace && !frozen;
    match op {
        BinOp::Or => {
            let r = if inplace { vm.share(a) } else { set_copy_of(vm, a, frozen) };
            set_merge(vm, r, b)?;
            Ok(r)
        }
        BinOp::And => {
            let (big, small) = if set_len(vm, b) > set_len(vm, a) { (b, a) } else { (a, b) };
            let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
            // With the hashes the sets kept: CPython calls no `__hash__` here.
            let found = for_each_entry(vm, small, |vm, h, k| {
                if vm.set_contains_hashed(big, k, h)? {
                    vm.set_add_hashed(r, k, h)?;
                }
                Ok(())
            });
            if let Err(e) = found {
                vm.decref(r);
                return Err(e);
            }
            if inplace {
                replace_table(vm, a, r);
                vm.decref(r);
                return Ok(vm.share(a));
            }
            Ok(r)
        }
        BinOp::Sub => {
            if inplace {
                set_difference_update(vm, a, b)?;
                return Ok(vm.share(a));
            }
            if set_len(vm, a) >> 2 > set_len(vm, b) {
                let r = set_copy_of(vm, a, frozen);
                set_difference_update(vm, r, b).map(|()| r)
            } else {
                let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
                let kept = for_each_entry(vm, a, |vm, h, k| {
                    if !vm.set_contains_hashed(b, k, h)? {
                        vm.set_add_hashed(r, k, h)?;
                    }
                    Ok(())
                });
                kept.map(|()| r)
            }
        }
        _ => {
            // Symmetric difference: a copy of the other set, updated with this one's keys.
            let (r, other) = if inplace { (vm.share(a), b) } else { (set_copy_of(vm, b, frozen), a) };
            match set_symmetric_difference_update(vm, r, other) {
                Ok(()) => Ok(r),
                Err(e) => {
                    vm.decref(r);
                    Err(e)
                }
            }
        }
    }
}

pub(crate) fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { .. }))
}

/// The keys of a set with their hashes, each held (the caller releases them).
pub(crate) fn held_entries(vm: &mut Vm, s: Value) -> Vec<(i64, Value)> {
    vm.held_set_entries(s)
}

/// Calls `f` with each item of an iterable (owned by `f`), as they come, until it is exhausted,
/// `f` fails, or `f` returns false (the rest of the iterable is then never asked for).
pub(crate) fn for_each_item(
    vm: &mut Vm,
    it: Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = vm.get_iter(it)?;
    let r = loop {
        match vm.next(it) {
            Ok(Some(item)) => match f(vm, item) {
                Ok(true) => {}
                Ok(false) => break Ok(()),
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    r
}

/// Adds the items of iterable `src` to `s`, a set only this call has seen, item by item as
/// CPython's `set(iterable)` does: an unhashable item stops it there.
pub(crate) fn fill_new_set(vm: &mut Vm, s: Value, src: Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    // Once a key whose hash or comparison may be Python code is in, any new key may meet it.
    let loud = std::cell::Cell::new(false);
    vm.drain(
        it,
        |vm, v| !loud.get() && vm.hashes_natively(v),
        |vm, item| {
            loud.set(loud.get() || !vm.hashes_natively(item));
            let r = vm.set_add(s, item);
            vm.decref(item);
            r.map(|()| true)
        },
    )
}

/// Empties a set, releasing its keys in table order (CPython's `set_clear_internal`).
pub(crate) fn set_clear(vm: &mut Vm, s: Value) {
    let keys = match s.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => table.drain(),
        _ => Vec::new(),
    };
    for k in keys {
        vm.decref(k);
    }
}

/// `s -= other`, `s.difference_update(other)`: each key of `other` in its order is discarded
/// from `s` (and released there at once), then the table is rebuilt if dummies crowd it.
pub(crate) fn set_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s.is(other) {
        set_clear(vm, s);
        return Ok(());
    }
    if is_set(vm, other) {
        // CPython's shortcut for a much larger other set: only the keys the two share.
        let other = if set_len(vm, other) >> 3 > set_len(vm, s) {
            set_op(vm, s, other, BinOp::And, false)?
        } else {
            vm.share(other)
        };
        let r = for_each_entry(vm, other, |vm, h, k| vm.set_discard_hashed(s, k, h).map(drop));
        vm.decref(other);
        r?;
    } else {
        for_each_item(vm, other, |vm, key| {
            let r = vm.set_discard(s, key);
            vm.decref(key);
            r.map(|_| true)
        })?;
    }
    if let Some(Object::Set { table, .. }) = s.as_obj().map(|id| vm.heap.get_mut(id)) {
        table.drop_dummies();
    }
    Ok(())
}

/// `a & other` for any iterable `other`, as CPython's `set_intersection`: a new set of the keys
/// found in both (taken from `other` when it is not a set).
pub(crate) fn set_intersection_with(vm: &mut Vm, a: Value, other: Value) -> PyResult<Value> {
    let frozen = matches!(a.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { frozen: true, .. }));
    if a.is(other) {
        return Ok(set_copy_of(vm, a, frozen));
    }
    if is_set(vm, other) {
        return set_op(vm, a, other, BinOp::And, false);
    }
    let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
    let found = for_each_item(vm, other, |vm, key| {
        // One hash for both the lookup and the insertion, as CPython.
        let r = vm.hash(key).and_then(|h| match vm.set_contains_hashed(a, key, h) {
            Ok(true) => vm.set_add_hashed(r, key, h),
            Ok(false) => Ok(()),
            Err(e) => Err(e),
        });
        vm.decref(key);
        r.map(|()| true)
    });
    if let Err(e) = found {
        vm.decref(r);
        return Err(e);
    }
    Ok(r)
}

/// `s.intersection_update(*others)`: the intersection is built apart, then becomes the set's
/// table and the old one is released (in its table order).
pub(crate) fn set_intersection_update(vm: &mut Vm, s: Value, others: &[Value]) -> PyResult<()> {
    let mut result = if others.is_empty() { set_copy_of(vm, s, false) } else { vm.share(s) };
    for &other in others {
        let next = set_intersection_with(vm, result, other);
        vm.decref(result);
        result = next?;
    }
    replace_table(vm, s, result);
    vm.decref(result);
    Ok(())
}

/// `s.symmetric_difference_update(other)`: each key of `other` (made a set first, unless it is
/// one or a dict) is discarded from `s` if there, added otherwise.
pub(crate) fn set_symmetric_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s.is(other) {
        set_clear(vm, s);
        return Ok(());
    }
    let entries = match other.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => {
            let entries: Vec<(i64, Value)> = t.iter().map(|(_, e)| (e.hash, e.key)).collect();
            for &(_, k) in &entries {
                vm.incref(k);
            }
            entries
        }
        Some(Object::Set { .. }) => held_entries(vm, other),
        _ => {
            let tmp = vm.alloc(Object::Set { table: SetTable::new(), frozen: false });
            let built = for_each_item(vm, other, |vm, key| {
                let r = vm.set_add(tmp, key);
                vm.decref(key);
                r.map(|()| true)
            });
            let entries = held_entries(vm, tmp);
            vm.decref(tmp);
            if let Err(e) = built {
                entries.into_iter().for_each(|(_, k)| vm.decref(k));
                return Err(e);
            }
            entries
        }
    };
    let mut entries = entries.into_iter();
    let mut r = Ok(());
    for (h, k) in entries.by_ref() {
        r = match vm.set_discard_hashed(s, k, h) {
            Ok(true) => Ok(()),
            Ok(false) => vm.set_add_hashed(s, k, h),
            Err(e) => Err(e),
        };
        vm.decref(k);
        if r.is_err() {
            break;
        }
    }
    entries.for_each(|(_, k)| vm.decref(k));
    r
}

/// Gives `target` the table of `source` (CPython's `set_swap_bodies`, one way).
pub(crate) fn replace_table(vm: &mut Vm, target: Value, source: Value) {
    let new = match source.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => std::mem::take(table),
        _ => return,
    };
    let old = match target.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => std::mem::replace(table, new),
        _ => return,
    };
    for k in old.keys() {
        vm.decref(k);
    }
}

/// Set comparisons as CPython's `set_richcompare`: sizes first, then one subset test (so the
/// `__eq__` calls are CPython's).
pub(crate) fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CmpKind) -> PyResult<bool> {
    let (la, lb) = (set_len(vm, a), set_len(vm, b));
    Ok(match op {
        CmpKind::Eq => la == lb && set_is_subset(vm, a, b)?,
        CmpKind::Ne => !(la == lb && set_is_subset(vm, a, b)?),
        CmpKind::Le => set_is_subset(vm, a, b)?,
        CmpKind::Lt => la < lb && set_is_subset(vm, a, b)?,
        CmpKind::Ge => set_is_subset(vm, b, a)?,
        CmpKind::Gt => la > lb && set_is_subset(vm, b, a)?,
    })
}
