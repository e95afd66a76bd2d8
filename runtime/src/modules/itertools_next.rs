//! `_reap_itertools`: the `__next__` of itertools' iterators, native as CPython's C types'
//! are. The classes are written in Python (`pylib/itertools.py`: their arguments, checked as
//! CPython checks them, and their reprs), keeping their state in `__slots__` (`slot_fields.rs`);
//! each step here follows CPython 3.11's C code, down to when an exhausted iterator lets go
//! of what it held.

use super::slot_fields::{self, Fields};
use super::{new_module, register};
use crate::object::Object;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::def_methods;
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_itertools(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_itertools");
    let nexts: [(&str, &'static str, NativeFn); 18] = [
        ("groupby", "groupby.__next__", groupby),
        ("grouper", "_grouper.__next__", grouper),
        ("accumulate", "accumulate.__next__", accumulate),
        ("chain", "chain.__next__", chain),
        ("combinations", "combinations.__next__", combinations),
        ("permutations", "permutations.__next__", permutations),
        ("product", "product.__next__", product),
        ("compress", "compress.__next__", compress),
        ("count", "count.__next__", count),
        ("cycle", "cycle.__next__", cycle),
        ("dropwhile", "dropwhile.__next__", dropwhile),
        ("filterfalse", "filterfalse.__next__", filterfalse),
        ("islice", "islice.__next__", islice),
        ("pairwise", "pairwise.__next__", pairwise),
        ("repeat", "repeat.__next__", repeat),
        ("starmap", "starmap.__next__", starmap),
        ("takewhile", "takewhile.__next__", takewhile),
        ("zip_longest", "zip_longest.__next__", zip_longest),
    ];
    def_methods(vm, d, &nexts);
    // Every iterator's `__iter__`.
    def_methods(vm, d, &[("iter_self", "iterator.__iter__", crate::types::generator::identity)]);
    register(vm, "_reap_itertools", m);
}

/// The iterator `args[0]` of class `itertools.<class>`, its fields `names`; or CPython's
/// messages for another receiver or for arguments (`__next__` takes none).
fn fields<const N: usize>(vm: &mut Vm, args: &[Value], class: &str, names: [&str; N]) -> PyResult<Fields> {
    let this = args.first().copied().unwrap_or(Value::None);
    let Some(f) = slot_fields::block(vm, this, names) else {
        let tn = vm.type_name(this);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '__next__' requires a 'itertools.{class}' object but received a '{tn}'"),
        ));
    };
    if args.len() > 1 {
        let n = args.len() - 1;
        return Err(vm.new_exc(ExcKind::TypeError, &format!("expected 0 arguments, got {n}")));
    }
    Ok(f)
}

/// The end of the iteration.
fn stop(vm: &mut Vm) -> ObjId {
    let none = vm.new_tuple(Vec::new());
    vm.new_exc_args(ExcKind::StopIteration, none)
}

/// The next item of field `k`'s iterator, held while it runs (its `__next__` may replace the
/// field): `Ok(None)` at its end.
fn next_of(vm: &mut Vm, f: Fields, k: usize) -> PyResult<Option<Value>> {
    let it = vm.share(f.get(vm, k));
    let r = vm.next(it);
    vm.decref(it);
    r
}

/// Calls `func` (field `k`, held while it runs) with `args`.
fn call_field(vm: &mut Vm, f: Fields, k: usize, args: &[Value]) -> PyResult<Value> {
    let func = vm.share(f.get(vm, k));
    let r = vm.call(func, args, &[]);
    vm.decref(func);
    r
}

/// Whether `pred(item)` (field `k`) is true; `None` as the predicate asks the item itself.
fn holds(vm: &mut Vm, f: Fields, k: usize, item: Value) -> PyResult<bool> {
    let pred = f.get(vm, k);
    if pred == Value::None || pred == Value::Obj(vm.types.bool_) {
        return vm.truthy(item);
    }
    let good = call_field(vm, f, k, &[item])?;
    let ok = vm.truthy(good);
    vm.decref(good);
    ok
}

/// `islice`: `_cnt` items taken so far, `_it` (None once exhausted), `_next` the position of
/// the next item to hand out, `_step`, `_stop` (None for no end).
fn islice(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "islice", ["_cnt", "_it", "_next", "_step", "_stop"])?;
    if f.get(vm, 1) == Value::None {
        return Err(stop(vm));
    }
    let end = match f.get(vm, 4) {
        Value::Int(n) => Some(n),
        _ => None,
    };
    // An exhausted (or failing) source is let go: the islice is finished.
    let finish = |vm: &mut Vm, e: Option<ObjId>| {
        f.set(vm, 1, Some(Value::None));
        Err(e.unwrap_or_else(|| stop(vm)))
    };
    while f.int(vm, 0) < f.int(vm, 2) {
        match next_of(vm, f, 1) {
            Ok(Some(skipped)) => {
                vm.decref(skipped);
                let cnt = f.int(vm, 0);
                f.set_int(vm, 0, cnt + 1);
            }
            Ok(None) => return finish(vm, None),
            Err(e) => return finish(vm, Some(e)),
        }
    }
    if end.is_some_and(|s| f.int(vm, 0) >= s) {
        return finish(vm, None);
    }
    let item = match next_of(vm, f, 1) {
        Ok(Some(item)) => item,
        Ok(None) => return finish(vm, None),
        Err(e) => return finish(vm, Some(e)),
    };
    let cnt = f.int(vm, 0);
    f.set_int(vm, 0, cnt + 1);
    let next = f.int(vm, 2);
    let mut after = next.saturating_add(f.int(vm, 3));
    if let Some(s) = end
        && after > s
    {
        after = s;
    }
    f.set_int(vm, 2, after);
    Ok(item)
}

/// `zip_longest`: `_active` the iterators not yet exhausted, `_fill`, `_its` (a list, None
/// where one ended).
fn zip_longest(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "zip_longest", ["_active", "_fill", "_its"])?;
    let its = vm.share(f.get(vm, 2));
    let r = zip_longest_step(vm, f, its);
    vm.decref(its);
    r
}

fn zip_longest_step(vm: &mut Vm, f: Fields, its: Value) -> PyResult<Value> {
    let n = match its.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(l)) => l.len(),
        _ => 0,
    };
    if n == 0 || f.int(vm, 0) == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(n);
    let give_up = |vm: &mut Vm, out: Vec<Value>, e: ObjId| {
        out.into_iter().for_each(|v| vm.decref(v));
        Err(e)
    };
    for i in 0..n {
        let it = match its.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::List(l)) => l.get(i).copied().unwrap_or(Value::None),
            _ => Value::None,
        };
        if it == Value::None {
            out.push(vm.share(f.get(vm, 1)));
            continue;
        }
        let it = vm.share(it);
        let r = vm.next(it);
        vm.decref(it);
        match r {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                let active = f.int(vm, 0) - 1;
                f.set_int(vm, 0, active.max(0));
                if active <= 0 {
                    let e = stop(vm);
                    return give_up(vm, out, e);
                }
                let old = match its.as_obj().map(|id| vm.heap.get_mut(id)) {
                    Some(Object::List(l)) => l.get_mut(i).map(|slot| std::mem::replace(slot, Value::None)),
                    _ => None,
                };
                if let Some(old) = old {
                    vm.decref(old);
                }
                out.push(vm.share(f.get(vm, 1)));
            }
            // An error ends it, as the end of the last input does.
            Err(e) => {
                f.set_int(vm, 0, 0);
                return give_up(vm, out, e);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `chain`: `_active` the iterator being drained (None between them), `_source` the iterator
/// of the iterables (None once exhausted).
fn chain(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "chain", ["_active", "_source"])?;
    loop {
        if f.get(vm, 1) == Value::None {
            return Err(stop(vm));
        }
        if f.get(vm, 0) == Value::None {
            let iterable = match next_of(vm, f, 1) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    f.set(vm, 1, Some(Value::None));
                    return Err(stop(vm));
                }
                Err(e) => {
                    f.set(vm, 1, Some(Value::None));
                    return Err(e);
                }
            };
            let it = vm.get_iter(iterable);
            vm.decref(iterable);
            match it {
                Ok(it) => f.set(vm, 0, Some(it)),
                Err(e) => {
                    f.set(vm, 1, Some(Value::None));
                    return Err(e);
                }
            }
        }
        match next_of(vm, f, 0)? {
            Some(v) => return Ok(v),
            None => f.set(vm, 0, Some(Value::None)),
        }
    }
}

/// `accumulate`: `_func` (None for `+`), `_initial` (None once handed out), `_it`, `_total`
/// (unset before the first item).
fn accumulate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "accumulate", ["_func", "_initial", "_it", "_total"])?;
    let initial = f.get(vm, 1);
    if initial != Value::None {
        vm.incref(initial);
        f.set(vm, 3, Some(initial));
        f.set(vm, 1, Some(Value::None));
        return Ok(vm.share(initial));
    }
    let Some(item) = next_of(vm, f, 2)? else { return Err(stop(vm)) };
    let Some(total) = f.get_raw(vm, 3) else {
        vm.incref(item);
        f.set(vm, 3, Some(item));
        return Ok(item);
    };
    let total = vm.share(total);
    let new = if f.get(vm, 0) == Value::None {
        vm.binary_op(total, item, BinOp::Add, false)
    } else {
        call_field(vm, f, 0, &[total, item])
    };
    vm.decref(total);
    vm.decref(item);
    let new = new?;
    vm.incref(new);
    f.set(vm, 3, Some(new));
    Ok(new)
}

/// `compress`: `_data`, `_selectors`.
fn compress(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "compress", ["_data", "_selectors"])?;
    loop {
        let Some(datum) = next_of(vm, f, 0)? else { return Err(stop(vm)) };
        let selector = match next_of(vm, f, 1) {
            Ok(Some(s)) => s,
            r => {
                vm.decref(datum);
                return Err(match r {
                    Err(e) => e,
                    _ => stop(vm),
                });
            }
        };
        let ok = vm.truthy(selector);
        vm.decref(selector);
        match ok {
            Ok(true) => return Ok(datum),
            Ok(false) => vm.decref(datum),
            Err(e) => {
                vm.decref(datum);
                return Err(e);
            }
        }
    }
}

/// The item `pred` decided about, or the error it raised, the item released.
fn decided(vm: &mut Vm, item: Value, ok: PyResult<bool>) -> PyResult<(Value, bool)> {
    match ok {
        Ok(ok) => Ok((item, ok)),
        Err(e) => {
            vm.decref(item);
            Err(e)
        }
    }
}

/// `dropwhile`: `_dropped` once an item failed the predicate, `_it`, `_pred`.
fn dropwhile(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "dropwhile", ["_dropped", "_it", "_pred"])?;
    loop {
        let Some(item) = next_of(vm, f, 1)? else { return Err(stop(vm)) };
        if f.int(vm, 0) != 0 {
            return Ok(item);
        }
        let ok = holds(vm, f, 2, item);
        let (item, ok) = decided(vm, item, ok)?;
        if !ok {
            f.set(vm, 0, Some(Value::Bool(true)));
            return Ok(item);
        }
        vm.decref(item);
    }
}

/// `takewhile`: `_it`, `_pred`, `_stop` once an item failed the predicate.
fn takewhile(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "takewhile", ["_it", "_pred", "_stop"])?;
    if f.int(vm, 2) != 0 {
        return Err(stop(vm));
    }
    let Some(item) = next_of(vm, f, 0)? else { return Err(stop(vm)) };
    let ok = holds(vm, f, 1, item);
    let (item, ok) = decided(vm, item, ok)?;
    if ok {
        return Ok(item);
    }
    vm.decref(item);
    f.set(vm, 2, Some(Value::Bool(true)));
    Err(stop(vm))
}

/// `filterfalse`: `_it`, `_pred` (None: the items' own truth).
fn filterfalse(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "filterfalse", ["_it", "_pred"])?;
    loop {
        let Some(item) = next_of(vm, f, 0)? else { return Err(stop(vm)) };
        let ok = holds(vm, f, 1, item);
        let (item, ok) = decided(vm, item, ok)?;
        if !ok {
            return Ok(item);
        }
        vm.decref(item);
    }
}

/// `starmap`: `_func`, `_it` of argument sequences.
fn starmap(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "starmap", ["_func", "_it"])?;
    let Some(group) = next_of(vm, f, 1)? else { return Err(stop(vm)) };
    let items = vm.iterate_to_vec(group);
    vm.decref(group);
    let items = items?;
    let r = call_field(vm, f, 0, &items);
    items.into_iter().for_each(|v| vm.decref(v));
    r
}

/// `pairwise`: `_it` (None once exhausted), `_old` the item before (unset before the first).
fn pairwise(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "pairwise", ["_it", "_old"])?;
    if f.get(vm, 0) == Value::None {
        return Err(stop(vm));
    }
    let ended = |vm: &mut Vm, r: PyResult<Option<Value>>| -> ObjId {
        f.set(vm, 0, Some(Value::None));
        f.set(vm, 1, None);
        match r {
            Err(e) => e,
            _ => stop(vm),
        }
    };
    let old = match f.get_raw(vm, 1) {
        Some(old) => vm.share(old),
        None => match next_of(vm, f, 0) {
            Ok(Some(v)) => {
                vm.incref(v);
                f.set(vm, 1, Some(v));
                v
            }
            r => return Err(ended(vm, r)),
        },
    };
    let new = match next_of(vm, f, 0) {
        Ok(Some(v)) => v,
        r => {
            vm.decref(old);
            return Err(ended(vm, r));
        }
    };
    vm.incref(new);
    f.set(vm, 1, Some(new));
    Ok(vm.new_tuple(vec![old, new]))
}

/// `cycle`: `_index` into `_saved` once `_it` (None then) is exhausted; `_saved` the items of
/// the first pass; `_firstpass` once they are all saved (an unpickled cycle).
fn cycle(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "cycle", ["_firstpass", "_index", "_it", "_saved"])?;
    let saved = f.get(vm, 3);
    if f.get(vm, 2) != Value::None {
        match next_of(vm, f, 2)? {
            // Restored past its first pass: the items are saved already.
            Some(item) if f.int(vm, 0) != 0 => return Ok(item),
            Some(item) => {
                vm.incref(item);
                if let Some(Object::List(l)) = saved.as_obj().map(|id| vm.heap.get_mut(id)) {
                    l.push(item);
                } else {
                    vm.decref(item);
                }
                return Ok(item);
            }
            None => f.set(vm, 2, Some(Value::None)),
        }
    }
    let i = usize::try_from(f.int(vm, 1)).unwrap_or(0);
    let (item, len) = match saved.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(l)) => (l.get(i).copied(), l.len()),
        _ => (None, 0),
    };
    let Some(item) = item else { return Err(stop(vm)) };
    f.set_int(vm, 1, if i + 1 >= len { 0 } else { i as i64 + 1 });
    Ok(vm.share(item))
}

/// `count`: `_n` the next number, `_step`.
fn count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "count", ["_n", "_step"])?;
    let (n, step) = (f.get(vm, 0), f.get(vm, 1));
    let after = match (n, step) {
        (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
        _ => vm.binary_op(n, step, BinOp::Add, false)?,
    };
    let n = vm.share(n);
    f.set(vm, 0, Some(after));
    Ok(n)
}

/// `repeat`: `_left` (None for ever), `_object`.
fn repeat(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "repeat", ["_left", "_object"])?;
    if let Value::Int(left) = f.get(vm, 0) {
        if left <= 0 {
            return Err(stop(vm));
        }
        f.set_int(vm, 0, left - 1);
    }
    Ok(vm.share(f.get(vm, 1)))
}

/// The ints of the list `v` (the positions a combinatoric iterator keeps).
fn int_list(vm: &Vm, v: Value) -> Vec<usize> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(l)) => l
            .iter()
            .map(|x| if let Value::Int(n) = x { usize::try_from(*n).unwrap_or(0) } else { 0 })
            .collect(),
        _ => Vec::new(),
    }
}

/// Stores `ints` as field `k`: in the list there (ints hold no references), or a new one.
fn set_int_list(vm: &mut Vm, f: Fields, k: usize, ints: &[usize]) {
    let values = ints.iter().map(|&n| Value::Int(n as i64));
    if let Some(Object::List(l)) = f.get(vm, k).as_obj().map(|id| vm.heap.get_mut(id))
        && l.iter().all(|v| matches!(v, Value::Int(_)))
    {
        l.clear();
        l.extend(values);
        return;
    }
    let list = vm.new_list(values.collect());
    f.set(vm, k, Some(list));
}

/// The items of tuple `t` (borrowed: the iterator holds it).
fn tuple_of_items(vm: &Vm, t: Value) -> &[Value] {
    match t.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items,
        _ => &[],
    }
}

/// A new tuple of the pool's items at `positions`.
fn picked(vm: &mut Vm, pool: Value, positions: &[usize]) -> Value {
    let items: Vec<Value> = {
        let all = tuple_of_items(vm, pool);
        positions.iter().map(|&i| all.get(i).copied().unwrap_or(Value::None)).collect()
    };
    for &v in &items {
        vm.incref(v);
    }
    vm.new_tuple(items)
}

/// `product`: `_indices` (None before the first tuple) into each of `_pools`; `_stopped`.
fn product(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "product", ["_indices", "_pools", "_stopped"])?;
    if f.int(vm, 2) != 0 {
        return Err(stop(vm));
    }
    let pools: Vec<Value> = tuple_of_items(vm, f.get(vm, 1)).to_vec();
    let sizes: Vec<usize> = pools.iter().map(|&p| tuple_of_items(vm, p).len()).collect();
    let mut indices = match f.get(vm, 0) {
        Value::None => {
            if sizes.contains(&0) {
                f.set(vm, 2, Some(Value::Bool(true)));
                return Err(stop(vm));
            }
            vec![0; pools.len()]
        }
        v => {
            let mut indices = int_list(vm, v);
            // The odometer: the last pool turns fastest, carrying into the one before.
            let mut i = pools.len();
            loop {
                if i == 0 {
                    f.set(vm, 2, Some(Value::Bool(true)));
                    return Err(stop(vm));
                }
                i -= 1;
                if indices.get(i).is_some_and(|&k| k + 1 < sizes[i]) {
                    indices[i] += 1;
                    break;
                }
                if let Some(k) = indices.get_mut(i) {
                    *k = 0;
                }
            }
            indices
        }
    };
    indices.resize(pools.len(), 0);
    set_int_list(vm, f, 0, &indices);
    let items: Vec<Value> = pools
        .iter()
        .zip(&indices)
        .map(|(&p, &k)| tuple_of_items(vm, p).get(k).copied().unwrap_or(Value::None))
        .collect();
    for &v in &items {
        vm.incref(v);
    }
    Ok(vm.new_tuple(items))
}

/// `combinations` and `combinations_with_replacement` (`_replace`): `_indices` (None before
/// the first tuple), increasing (or non-decreasing) positions into `_pool`; `_r`; `_stopped`.
fn combinations(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "combinations", ["_indices", "_pool", "_r", "_replace", "_stopped"])?;
    if f.int(vm, 4) != 0 {
        return Err(stop(vm));
    }
    let pool = f.get(vm, 1);
    let n = tuple_of_items(vm, pool).len();
    let r = usize::try_from(f.int(vm, 2)).unwrap_or(0);
    let replace = f.int(vm, 3) != 0;
    let indices = match f.get(vm, 0) {
        Value::None => {
            if replace {
                vec![0; r]
            } else {
                (0..r).collect()
            }
        }
        v => {
            let mut indices = int_list(vm, v);
            indices.resize(r, 0);
            // The rightmost position not yet at its highest moves up; those after it follow
            // as low as they may.
            let highest = |i: usize| if replace { n.saturating_sub(1) } else { i + n - r };
            let Some(i) = (0..r).rev().find(|&i| indices[i] != highest(i)) else {
                f.set(vm, 4, Some(Value::Bool(true)));
                return Err(stop(vm));
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = if replace { indices[i] } else { indices[j - 1] + 1 };
            }
            indices
        }
    };
    set_int_list(vm, f, 0, &indices);
    Ok(picked(vm, pool, &indices))
}

/// `permutations`: `_indices` every position of `_pool` in the current order, the first
/// `_r` of them handed out; `_cycles` (None before the first tuple) how many turns each of
/// those has left; `_stopped`.
fn permutations(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = fields(vm, args, "permutations", ["_cycles", "_indices", "_pool", "_r", "_stopped"])?;
    if f.int(vm, 4) != 0 {
        return Err(stop(vm));
    }
    let pool = f.get(vm, 2);
    let n = tuple_of_items(vm, pool).len();
    let r = usize::try_from(f.int(vm, 3)).unwrap_or(0).min(n);
    let mut indices = int_list(vm, f.get(vm, 1));
    indices.resize(n, 0);
    match f.get(vm, 0) {
        Value::None => {
            let cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
            set_int_list(vm, f, 0, &cycles);
        }
        v => {
            let mut cycles = int_list(vm, v);
            cycles.resize(r, 1);
            // Position i takes, in turn, each item not among those before it; when it has
            // had them all, it rotates back and the position before it turns.
            let mut turned = false;
            for i in (0..r).rev() {
                cycles[i] = cycles[i].saturating_sub(1);
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    turned = true;
                    break;
                }
            }
            if !turned {
                f.set(vm, 4, Some(Value::Bool(true)));
                return Err(stop(vm));
            }
            set_int_list(vm, f, 0, &cycles);
            set_int_list(vm, f, 1, &indices);
        }
    }
    Ok(picked(vm, pool, &indices[..r]))
}

/// A groupby's fields: `_currkey` and `_currvalue` the item read last and its key (unset once
/// its group handed it out), `_gen` counts the groups made (a group that is not the latest is
/// over), `_it`, `_keyfunc`, `_tgtkey` the key of the latest group.
const GROUPBY: [&str; 6] = ["_currkey", "_currvalue", "_gen", "_it", "_keyfunc", "_tgtkey"];

/// Reads the groupby's next item and its key (CPython's `groupby_step`): `false` at the end.
fn groupby_step(vm: &mut Vm, g: Fields) -> PyResult<bool> {
    let Some(value) = next_of(vm, g, 3)? else { return Ok(false) };
    let key = if g.get(vm, 4) == Value::None {
        vm.share(value)
    } else {
        match call_field(vm, g, 4, &[value]) {
            Ok(k) => k,
            Err(e) => {
                vm.decref(value);
                return Err(e);
            }
        }
    };
    let old = g.replace(vm, 1, Some(value));
    g.set(vm, 0, Some(key));
    if let Some(old) = old {
        vm.decref(old);
    }
    Ok(true)
}

/// `groupby`: skips what is left of the current group, then hands out the next key and a new
/// `_grouper` over its items (the class's `_grouper` attribute).
fn groupby(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let g = fields(vm, args, "groupby", GROUPBY)?;
    let generation = g.int(vm, 2) + 1;
    g.set_int(vm, 2, generation);
    loop {
        match (g.get_raw(vm, 0), g.get_raw(vm, 5)) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(current), Some(target)) => {
                let (current, target) = (vm.share(current), vm.share(target));
                let same = vm.eq(target, current);
                vm.decref(current);
                vm.decref(target);
                if !same? {
                    break;
                }
            }
        }
        if !groupby_step(vm, g)? {
            return Err(stop(vm));
        }
    }
    let key = g.get(vm, 0);
    vm.incref(key);
    g.set(vm, 5, Some(key));
    let cls = vm.type_of(Value::Obj(g.this));
    let maker = vm.lookup_str(cls, "_grouper").and_then(Value::as_obj);
    let Some(maker) = maker.filter(|&c| matches!(vm.heap.get(c), Object::Type(_))) else {
        return Err(vm.new_exc(ExcKind::SystemError, "groupby has no _grouper class"));
    };
    let grouper = vm.new_instance(maker);
    let Some(gr) = slot_fields::block(vm, grouper, ["_parent", "_tgtkey", "_token"]) else {
        vm.decref(grouper);
        return Err(vm.new_exc(ExcKind::SystemError, "groupby's _grouper has no fields"));
    };
    vm.heap.incref(g.this);
    gr.set(vm, 0, Some(Value::Obj(g.this)));
    vm.incref(key);
    gr.set(vm, 1, Some(key));
    gr.set_int(vm, 2, generation);
    vm.incref(key);
    Ok(vm.new_tuple(vec![key, grouper]))
}

/// A group of `groupby`: `_parent`, `_tgtkey` its key, `_token` the parent's group count when
/// it was made (the group is over once the parent moved on).
fn grouper(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let me = fields(vm, args, "_grouper", ["_parent", "_tgtkey", "_token"])?;
    let parent = vm.share(me.get(vm, 0));
    let r = grouper_step(vm, me, parent);
    vm.decref(parent);
    r
}

fn grouper_step(vm: &mut Vm, me: Fields, parent: Value) -> PyResult<Value> {
    let Some(g) = slot_fields::block(vm, parent, GROUPBY) else { return Err(stop(vm)) };
    if g.int(vm, 2) != me.int(vm, 2) {
        return Err(stop(vm));
    }
    if g.get_raw(vm, 1).is_none() && !groupby_step(vm, g)? {
        return Err(stop(vm));
    }
    let (target, current) = (vm.share(me.get(vm, 1)), vm.share(g.get(vm, 0)));
    let same = vm.eq(target, current);
    vm.decref(target);
    vm.decref(current);
    if !same? {
        return Err(stop(vm));
    }
    let value = g.replace(vm, 1, None).unwrap_or(Value::None);
    g.set(vm, 0, None);
    Ok(value)
}
