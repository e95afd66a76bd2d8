//! `_heapq`: the heap operations behind `heapq` (`pylib/heapq.py`), native as CPython's, so
//! that a priority queue costs no Python frames and an error's traceback shows none.
//!
//! Each comparison is a rich `<` that may run script code, which may change the list: items are
//! read by position after every comparison, and a change of length stops the operation with
//! CPython's `RuntimeError`. The `_max` variants order the other way, for `merge` and
//! `nlargest`.

use super::{arity, new_module, register};
use crate::object::Object;
use crate::object::code::CmpKind;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::def_no_keywords;
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_heapq(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_heapq");
    let fns: [(&str, NativeFn); 8] = [
        ("_heapq.heappush", heappush),
        ("_heapq.heappop", heappop),
        ("_heapq.heapify", heapify),
        ("_heapq.heapreplace", heapreplace),
        ("_heapq.heappushpop", heappushpop),
        ("_heapq._heappop_max", heappop_max),
        ("_heapq._heapify_max", heapify_max),
        ("_heapq._heapreplace_max", heapreplace_max),
    ];
    for (name, f) in fns {
        def_no_keywords(vm, d, name, f);
    }
    register(vm, "_heapq", m);
}

/// The list a heap function works on (a `list` subclass's own list), or CPython's TypeError
/// naming the function and, when it takes more than the heap, the argument's position.
fn heap_list(vm: &mut Vm, v: Value, fname: &str, position: &str) -> PyResult<ObjId> {
    match vm.payload(v).as_obj() {
        Some(id) if matches!(vm.heap.get(id), Object::List(_)) => Ok(id),
        _ => {
            let tn = vm.arg_type_name(v);
            let msg = format!("{fname}() argument{position} must be list, not {tn}");
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

fn len(vm: &Vm, list: ObjId) -> usize {
    match vm.heap.get(list) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

fn item(vm: &Vm, list: ObjId, i: usize) -> Value {
    match vm.heap.get(list) {
        Object::List(l) => l.get(i).copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn swap(vm: &mut Vm, list: ObjId, i: usize, j: usize) {
    if let Object::List(l) = vm.heap.get_mut(list)
        && i < l.len()
        && j < l.len()
    {
        l.swap(i, j);
    }
}

/// Replaces item `i` with `v` (taking the reference), returning the item it held.
fn replace(vm: &mut Vm, list: ObjId, i: usize, v: Value) -> Value {
    match vm.heap.get_mut(list) {
        Object::List(l) if i < l.len() => std::mem::replace(&mut l[i], v),
        _ => v,
    }
}

/// Whether the item at `a` comes before the item at `b` in the heap's order.
fn before(vm: &mut Vm, list: ObjId, a: usize, b: usize, max: bool) -> PyResult<bool> {
    let (x, y) = (item(vm, list, a), item(vm, list, b));
    less(vm, x, y, max)
}

/// `x < y` (`y < x` for a max-heap), holding both for the comparison's duration.
fn less(vm: &mut Vm, x: Value, y: Value, max: bool) -> PyResult<bool> {
    let (x, y) = if max { (y, x) } else { (x, y) };
    vm.incref(x);
    vm.incref(y);
    let r = vm.compare(x, y, CmpKind::Lt).and_then(|r| {
        let t = vm.truthy(r);
        vm.decref(r);
        t
    });
    vm.decref(x);
    vm.decref(y);
    r
}

fn changed_size(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::RuntimeError, "list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it comes before its parent.
fn sift_down(vm: &mut Vm, list: ObjId, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = len(vm, list);
    while pos > start {
        let parent = (pos - 1) >> 1;
        let lower = before(vm, list, pos, parent, max)?;
        if size != len(vm, list) {
            return Err(changed_size(vm));
        }
        if !lower {
            break;
        }
        swap(vm, list, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up into `pos` until a leaf, then sifts the item left there down.
fn sift_up(vm: &mut Vm, list: ObjId, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len(vm, list);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            if !before(vm, list, child, child + 1, max)? {
                child += 1;
            }
            if end != len(vm, list) {
                return Err(changed_size(vm));
            }
        }
        swap(vm, list, child, pos);
        pos = child;
    }
    sift_down(vm, list, start, pos, max)
}

/// Puts `item` (whose reference it takes) in place of the heap's top and sifts it into place,
/// returning the old top.
fn sift_in_top(vm: &mut Vm, list: ObjId, item: Value, max: bool) -> PyResult<Value> {
    let top = replace(vm, list, 0, item);
    if let Err(e) = sift_up(vm, list, 0, max) {
        vm.decref(top);
        return Err(e);
    }
    Ok(top)
}

fn heappush(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "heappush", args, 2, 2)?;
    let list = heap_list(vm, args[0], "heappush", " 1")?;
    vm.incref(args[1]);
    if let Object::List(l) = vm.heap.get_mut(list) {
        l.push(args[1]);
    }
    let last = len(vm, list) - 1;
    sift_down(vm, list, 0, last, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], name: &str, max: bool) -> PyResult<Value> {
    crate::vm::args::arity_in(vm, "_heapq", name, args, 1, 1)?;
    let list = heap_list(vm, args[0], name, "")?;
    let last = match vm.heap.get_mut(list) {
        Object::List(l) => l.pop(),
        _ => None,
    };
    let Some(last) = last else {
        return Err(vm.new_exc(ExcKind::IndexError, "index out of range"));
    };
    if len(vm, list) == 0 {
        return Ok(last);
    }
    sift_in_top(vm, list, last, max)
}

fn heappop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    pop(vm, args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    pop(vm, args, "_heappop_max", true)
}

fn replace_top(vm: &mut Vm, args: &[Value], name: &str, max: bool) -> PyResult<Value> {
    arity(vm, name, args, 2, 2)?;
    let list = heap_list(vm, args[0], name, " 1")?;
    if len(vm, list) == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "index out of range"));
    }
    let item = vm.share(args[1]);
    sift_in_top(vm, list, item, max)
}

fn heapreplace(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    replace_top(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    replace_top(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "heappushpop", args, 2, 2)?;
    let list = heap_list(vm, args[0], "heappushpop", " 1")?;
    let item_in = args[1];
    if len(vm, list) == 0 {
        return Ok(vm.share(item_in));
    }
    let top = item(vm, list, 0);
    if !less(vm, top, item_in, false)? {
        return Ok(vm.share(item_in));
    }
    // The comparison may have emptied the list.
    if len(vm, list) == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "index out of range"));
    }
    let item = vm.share(item_in);
    sift_in_top(vm, list, item, false)
}

fn heapify_as(vm: &mut Vm, args: &[Value], name: &str, max: bool) -> PyResult<Value> {
    crate::vm::args::arity_in(vm, "_heapq", name, args, 1, 1)?;
    let list = heap_list(vm, args[0], name, "")?;
    for i in (0..len(vm, list) / 2).rev() {
        sift_up(vm, list, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    heapify_as(vm, args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    heapify_as(vm, args, "_heapify_max", true)
}
