//! `list`: its methods, `__init__`, and item and slice assignment and deletion.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::sequence::{items_of, list_id, seq_count, seq_index};
use crate::types::slice::slice_bounds;
use crate::value::{ObjId, Value};
use crate::vm::args::norm_index;
use crate::vm::collect::release_in_order;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let list = t(vm, |t| t.list);
    for (name, f) in [
        ("list.append", list_append as crate::vm::NativeFn),
        ("list.extend", list_extend),
        ("list.pop", list_pop),
        ("list.insert", list_insert),
        ("list.remove", list_remove),
        ("list.index", seq_index),
        ("list.count", seq_count),
        ("list.sort", list_sort),
        ("list.reverse", list_reverse),
        ("list.copy", list_copy),
        ("list.clear", list_clear),
    ] {
        def(vm, list, name, f);
    }
}

pub(crate) fn list_append(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.append", &args[1..], 1, 1)?;
    let id = list_id(vm, args[0]);
    if vm.limits.max_heap_bytes.is_some()
        && let Object::List(l) = vm.heap.get(id)
        && l.len() == l.capacity()
    {
        // The list's buffer is about to double, with no object allocated to notice: a list
        // of one object repeated must stop at the heap limit too.
        let growth = l.capacity().max(4) * std::mem::size_of::<Value>();
        vm.reserve_bytes(growth)?;
    }
    vm.incref(args[1]);
    if let Object::List(l) = vm.heap.get_mut(id) {
        l.push(args[1]);
    }
    Ok(Value::None)
}

pub(crate) fn list_extend(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.extend", &args[1..], 1, 1)?;
    vm.extend_list(Value::Obj(list_id(vm, args[0])), args[1])?;
    Ok(Value::None)
}

pub(crate) fn list_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let id = list_id(vm, args[0]);
    // The position first, an index (not a slice) that fits a C `ssize_t`: CPython's argument
    // clinic converts it before the list is looked at (its `__index__` may change the list).
    let n = match args.get(1) {
        None | Some(Value::Int(-1)) => -1,
        Some(&Value::Int(n)) => n,
        Some(&k) => match num_traits::ToPrimitive::to_i64(&crate::vm::args::index_arg(vm, k)?) {
            Some(n) => n,
            None => {
                return Err(
                    vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
                );
            }
        },
    };
    let Object::List(l) = vm.heap.get_mut(id) else { return Ok(Value::None) };
    if l.is_empty() {
        return Err(vm.new_exc(ExcKind::IndexError, "pop from empty list"));
    }
    let i = if n < 0 { n + l.len() as i64 } else { n };
    match usize::try_from(i).ok().filter(|&i| i < l.len()) {
        Some(i) => Ok(l.remove(i)),
        None => Err(vm.new_exc(ExcKind::IndexError, "pop index out of range")),
    }
}

pub(crate) fn list_insert(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "insert", &args[1..], 2, 2)?;
    let id = list_id(vm, args[0]);
    // The position first (its `__index__` may change the list), then the length.
    let i = match args[1] {
        Value::Int(i) => i,
        v => match num_traits::ToPrimitive::to_i64(&crate::vm::args::index_arg(vm, v)?) {
            Some(i) => i,
            None => {
                return Err(
                    vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
                );
            }
        },
    };
    let len = match vm.heap.get(id) {
        Object::List(l) => l.len() as i64,
        _ => 0,
    };
    let i = if i < 0 { i.saturating_add(len).max(0) } else { i.min(len) } as usize;
    vm.incref(args[2]);
    if let Object::List(l) = vm.heap.get_mut(id) {
        l.insert(i, args[2]);
    }
    Ok(Value::None)
}

pub(crate) fn find_index(vm: &mut Vm, seq: Value, x: Value) -> PyResult<Option<usize>> {
    for (i, item) in items_of(vm, seq).into_iter().enumerate() {
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub(crate) fn list_remove(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.remove", &args[1..], 1, 1)?;
    match find_index(vm, args[0], args[1])? {
        Some(i) => {
            let old = match vm.heap.get_mut(list_id(vm, args[0])) {
                Object::List(l) => l.remove(i),
                _ => Value::None,
            };
            vm.decref(old);
            Ok(Value::None)
        }
        None => Err(vm.new_exc(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

/// `sort(*, key=None, reverse=False)`'s arguments (also `sorted`'s keywords), as CPython's
/// argument clinic reads them: `reverse` is an int (`__index__`), not any truth value.
pub(crate) fn sort_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<(Option<Value>, bool)> {
    let [key, reverse] = crate::vm::args::bind_args(vm, "sort", args, kwargs, ["key", "reverse"], 0, 0)?;
    let reverse = match reverse {
        Some(r) => !num_traits::Zero::is_zero(&crate::vm::args::index_arg(vm, r)?),
        None => false,
    };
    Ok((key.filter(|k| *k != Value::None), reverse))
}

pub(crate) fn list_sort(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (key, reverse) = sort_args(vm, &args[1..], kwargs)?;
    let id = list_id(vm, args[0]);
    let mut items = match vm.heap.get_mut(id) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    let r = super::sort::sort_values(vm, &mut items, key, reverse);
    if let Object::List(l) = vm.heap.get_mut(id) {
        let added = std::mem::replace(l, items);
        if !added.is_empty() {
            release_items(vm, added);
            // An error of the sort itself wins over this one, as in CPython.
            r?;
            return Err(vm.new_exc(ExcKind::ValueError, "list modified during sort"));
        }
    }
    r.map(|()| Value::None)
}

pub(crate) fn list_reverse(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Object::List(l) = vm.heap.get_mut(list_id(vm, args[0])) {
        l.reverse();
    }
    Ok(Value::None)
}

pub(crate) fn list_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let items = items_of(vm, args[0]);
    for &i in &items {
        vm.incref(i);
    }
    Ok(vm.new_list(items))
}

pub(crate) fn list_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let items = match vm.heap.get_mut(list_id(vm, args[0])) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    release_items(vm, items);
    Ok(Value::None)
}

/// Releases the items a list let go of all at once (`clear`, `__init__`, `*= 0`): last to
/// first, as CPython's `_list_clear` does, so their finalizers run in its order.
pub(crate) fn release_items(vm: &mut Vm, items: Vec<Value>) {
    for i in items.into_iter().rev() {
        vm.decref(i);
    }
}

pub(crate) fn list_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::construct::plain_args(vm, "list", &args[1..], kwargs, 0, 1)?;
    // CPython empties the list before it reads the iterable (so `l.__init__(l)` leaves it empty).
    let id = list_id(vm, args[0]);
    let old = match vm.heap.get_mut(id) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    release_items(vm, old);
    let items = match args.get(1) {
        Some(&src) => vm.iterate_to_vec(src)?,
        None => Vec::new(),
    };
    match vm.heap.get_mut(id) {
        Object::List(l) => l.extend(items),
        _ => release_items(vm, items),
    }
    Ok(Value::None)
}

pub(crate) fn list_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    let len = list_len(vm, id);
    if let Some(s) = super::slice::slice_key(vm, key) {
        let b = slice_bounds(vm, s, len)?;
        if b.step == 1 {
            let items = items_to_assign(vm, value, "can only assign an iterable")?;
            // Iterating may have run Python code that changed the list: clamp again, as
            // CPython's list_ass_slice does.
            let len = list_len(vm, id);
            let lo = (b.start as usize).min(len);
            let hi = (b.stop.max(b.start) as usize).clamp(lo, len);
            let removed: Vec<Value> = match vm.heap.get_mut(id) {
                Object::List(l) => l.splice(lo..hi, items).collect(),
                _ => Vec::new(),
            };
            release_removed(vm, removed);
            return Ok(());
        }
        let items = items_to_assign(vm, value, "must assign iterable to extended slice")?;
        if items.len() != b.len {
            let (a, n) = (items.len(), b.len);
            // CPython's copy of the sequence goes, as a list does, last item first.
            for v in items.into_iter().rev() {
                vm.decref(v);
            }
            return Err(vm.new_exc(
                ExcKind::ValueError,
                &format!("attempt to assign sequence of size {a} to extended slice of size {n}"),
            ));
        }
        // The replaced items are released after all are replaced, in the slice's order (that
        // of CPython's garbage array).
        let mut old = Vec::with_capacity(items.len());
        if let Object::List(l) = vm.heap.get_mut(id) {
            for (i, v) in b.positions().zip(items) {
                match l.get_mut(i) {
                    Some(slot) => old.push(std::mem::replace(slot, v)),
                    None => old.push(v),
                }
            }
        }
        release_in_order(vm, old);
        return Ok(());
    }
    match norm_index(vm, key, len, "list")? {
        Some(i) => {
            let old = match vm.heap.get_mut(id) {
                // (The key's `__index__` may have shrunk the list meanwhile.)
                Object::List(l) if i < l.len() => std::mem::replace(&mut l[i], value),
                Object::List(_) => {
                    return Err(vm.new_exc(ExcKind::IndexError, "list assignment index out of range"));
                }
                _ => return Ok(()),
            };
            vm.incref(value);
            vm.decref(old);
            Ok(())
        }
        None => Err(vm.new_exc(ExcKind::IndexError, "list assignment index out of range")),
    }
}

pub(crate) fn list_len(vm: &Vm, id: ObjId) -> usize {
    match vm.heap.get(id) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

/// The items of the value a slice is assigned (new references); `message` is CPython's
/// `TypeError` for a value that cannot be iterated.
pub(crate) fn items_to_assign(vm: &mut Vm, value: Value, message: &str) -> PyResult<Vec<Value>> {
    if matches!(value.as_obj().map(|id| vm.heap.get(id)), Some(Object::List(_) | Object::Tuple(_))) {
        return vm.iterate_to_vec(value);
    }
    match vm.get_iter(value) {
        Ok(it) => vm.collect_iter(it),
        Err(e) => {
            if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::TypeError)) {
                vm.decref_id(e);
                return Err(vm.new_exc(ExcKind::TypeError, message));
            }
            Err(e)
        }
    }
}

/// Releases the items a contiguous slice deletion or assignment took out (in list order):
/// CPython's list_ass_slice releases them last to first.
pub(crate) fn release_removed(vm: &mut Vm, mut removed: Vec<Value>) {
    removed.reverse();
    release_in_order(vm, removed);
}

pub(crate) fn list_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    let len = list_len(vm, id);
    if let Some(s) = super::slice::slice_key(vm, key) {
        let b = slice_bounds(vm, s, len)?;
        if b.len == 0 {
            return Ok(());
        }
        if b.step == 1 {
            let removed: Vec<Value> = match vm.heap.get_mut(id) {
                Object::List(l) => l.drain(b.start as usize..b.start as usize + b.len).collect(),
                _ => Vec::new(),
            };
            release_removed(vm, removed);
            return Ok(());
        }
        // An extended slice: CPython compacts the list in one pass and then releases the
        // removed items in ascending position order, whatever the step's sign.
        let (first, stride) =
            if b.step < 0 { (b.start + b.step * (b.len as i64 - 1), -b.step) } else { (b.start, b.step) };
        let (first, stride) = (first as usize, stride as usize);
        let mut removed = Vec::with_capacity(b.len);
        if let Object::List(l) = vm.heap.get_mut(id) {
            let mut k = 0;
            l.retain(|&v| {
                let pos = k;
                k += 1;
                let hit = pos >= first && (pos - first) % stride == 0 && removed.len() < b.len;
                if hit {
                    removed.push(v);
                }
                !hit
            });
        }
        release_in_order(vm, removed);
        return Ok(());
    }
    match norm_index(vm, key, len, "list")? {
        Some(i) => {
            let old = match vm.heap.get_mut(id) {
                Object::List(l) if i < l.len() => l.remove(i),
                Object::List(_) => {
                    return Err(vm.new_exc(ExcKind::IndexError, "list assignment index out of range"));
                }
                _ => Value::None,
            };
            vm.decref(old);
            Ok(())
        }
        None => Err(vm.new_exc(ExcKind::IndexError, "list assignment index out of range")),
    }
}
