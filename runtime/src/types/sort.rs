//! Sorting by Python's `<`: `list.sort` and `sorted`, as CPython's listobject.c sorts.

use crate::object::Object;
use crate::object::code::CmpKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Sorts values (owned) in place by Python's `<`, stably, with an optional key function.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let mut keyed = Vec::with_capacity(items.len());
    for &i in items.iter() {
        match call_key(vm, key, i) {
            Ok(k) => keyed.push((k, i)),
            Err(e) => {
                for (k, _) in keyed.into_iter().rev() {
                    vm.decref(k);
                }
                return Err(e);
            }
        }
    }
    // As CPython does: reverse, sort stably by `<`, reverse again, so equal items keep order.
    if reverse {
        keyed.reverse();
    }
    let error = if keyed.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
        // Small ints (CPython's own fast path): their `<` is Rust's; any stable sort agrees.
        keyed.sort_by_key(|(k, _)| match k {
            Value::Int(i) => *i,
            _ => 0,
        });
        None
    } else if keyed
        .iter()
        .all(|(k, _)| k.as_obj().is_some_and(|id| matches!(vm.heap.get(id), Object::Str(_))))
    {
        // Exact strs: code point order is UTF-8 byte order.
        let text = |v: Value| match v.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(s)) => s.s.as_str(),
            _ => "",
        };
        keyed.sort_by(|(a, _), (b, _)| text(*a).cmp(text(*b)));
        None
    } else if keyed.len() < 64 {
        small_sort(vm, &mut keyed).err()
    } else {
        merge_sort(vm, &mut keyed).err()
    };
    // CPython releases the keys in the order the sort left them, before it turns the values of
    // a reversed sort back round.
    let keys: Vec<Value> = keyed.iter().map(|(k, _)| *k).collect();
    if reverse {
        keyed.reverse();
    }
    *items = keyed.into_iter().map(|(_, v)| v).collect();
    for k in keys {
        vm.decref(k);
    }
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A stable merge sort by Python's `<`, which may raise; never panics, whatever `__lt__` does.
/// CPython's sort of fewer than 64 items, comparison for comparison (so the same `__lt__`
/// calls happen, and the same pair fails first): the run at the start (reversed if strictly
/// descending), then binary insertion of the rest.
fn small_sort(vm: &mut Vm, items: &mut [(Value, Value)]) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if less(vm, items[1].0, items[0].0)? {
        while run < n && less(vm, items[run].0, items[run - 1].0)? {
            run += 1;
        }
        items[..run].reverse();
    } else {
        while run < n && !less(vm, items[run].0, items[run - 1].0)? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = items[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if less(vm, pivot.0, items[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items[l..=start].rotate_right(1);
    }
    Ok(())
}

fn merge_sort(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    if items.len() <= 1 {
        return Ok(());
    }
    let mut right = items.split_off(items.len() / 2);
    let r1 = merge_sort(vm, items);
    let r2 = merge_sort(vm, &mut right);
    let left = std::mem::take(items);
    if let Err(e) = r1.and(r2) {
        items.extend(left);
        items.extend(right);
        return Err(e);
    }
    let (mut i, mut j) = (0, 0);
    let mut error = None;
    while i < left.len() && j < right.len() {
        let take_right = match error {
            Some(_) => false,
            None => match less(vm, right[j].0, left[i].0) {
                Ok(b) => b,
                Err(e) => {
                    error = Some(e);
                    false
                }
            },
        };
        if take_right {
            items.push(right[j]);
            j += 1;
        } else {
            items.push(left[i]);
            i += 1;
        }
    }
    items.extend_from_slice(&left[i..]);
    items.extend_from_slice(&right[j..]);
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

pub fn call_key(vm: &mut Vm, key: Option<Value>, v: Value) -> PyResult<Value> {
    match key {
        Some(k) if k != Value::None => vm.call(k, &[v], &[]),
        _ => Ok(vm.share(v)),
    }
}

pub fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let r = vm.compare(a, b, CmpKind::Lt)?;
    let t = vm.truthy(r);
    vm.decref(r);
    t
}
