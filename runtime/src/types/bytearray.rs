//! `bytearray`'s item and slice assignment and deletion, and the conversion of the values
//! assigned or appended (CPython's `bytearray_ass_subscript` and `bytearray_extend`): a
//! bytearray changes size only while no memoryview looks at it.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::slice::{SliceBounds, slice_bounds};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

fn data(vm: &Vm, id: ObjId) -> &[u8] {
    match vm.heap.get(id) {
        Object::ByteArray(b) => b,
        _ => &[],
    }
}

fn data_mut(vm: &mut Vm, id: ObjId) -> Option<&mut Vec<u8>> {
    match vm.heap.get_mut(id) {
        Object::ByteArray(b) => Some(b),
        _ => None,
    }
}

/// One byte from an item: an integer (or an object with `__index__`) in range(0, 256).
pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let n = crate::vm::args::index_arg(vm, v)?;
    match u8::try_from(&n) {
        Ok(b) => Ok(b),
        Err(_) => Err(vm.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)")),
    }
}

/// The bytes of every item of an iterable, each checked as `byte_value` checks it.
pub(crate) fn int_items(vm: &mut Vm, iterable: Value) -> PyResult<Vec<u8>> {
    let items = vm.iterate_to_vec(iterable)?;
    let mut out = Vec::with_capacity(items.len());
    let mut failed = None;
    for &i in &items {
        match byte_value(vm, i) {
            Ok(b) => out.push(b),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    for i in items {
        vm.decref(i);
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

fn is_iterable(vm: &mut Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    vm.has_attr_on_type(t, "__iter__") || vm.has_attr_on_type(t, "__getitem__")
}

/// What `bytearray.extend` appends: a buffer's bytes, else the items of an iterable.
pub(crate) fn extend_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytes::bytes_of(vm, v) {
        return Ok(b);
    }
    if !is_iterable(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("can't extend bytearray with {tn}")));
    }
    int_items(vm, v)
}

/// What a slice assignment puts in: a buffer's bytes (of the bytearray itself, a copy), else
/// the items of an iterable of ints; a number or a string is refused.
fn assigned_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytes::bytes_of(vm, v) {
        return Ok(b);
    }
    let payload = vm.payload(v);
    let is_number = matches!(payload, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(
            payload.as_obj().map(|id| vm.heap.get(id)),
            Some(Object::BigInt(_) | Object::Complex { .. })
        )
        || {
            let t = vm.type_of(v);
            vm.has_attr_on_type(t, "__index__")
        };
    let is_str = matches!(payload.as_obj().map(|id| vm.heap.get(id)), Some(Object::Str(_)));
    if is_number || is_str {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    if !is_iterable(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("cannot convert '{tn}' object to bytearray")));
    }
    int_items(vm, v)
}

fn out_of_range(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::IndexError, "bytearray index out of range")
}

/// `ba[key] = value`.
pub(crate) fn setitem(vm: &mut Vm, id: ObjId, key: Value, value: Value) -> PyResult<()> {
    if let Some(s) = super::slice::slice_key(vm, key) {
        let new = assigned_bytes(vm, value)?;
        let len = data(vm, id).len();
        let b = slice_bounds(vm, s, len)?;
        return assign_slice(vm, id, b, new);
    }
    let len = data(vm, id).len();
    let Some(i) = crate::vm::args::norm_index(vm, key, len, "bytearray")? else {
        return Err(out_of_range(vm));
    };
    let byte = byte_value(vm, value)?;
    if let Some(b) = data_mut(vm, id).and_then(|d| d.get_mut(i)) {
        *b = byte;
    }
    Ok(())
}

/// `del ba[key]`.
pub(crate) fn delitem(vm: &mut Vm, id: ObjId, key: Value) -> PyResult<()> {
    let len = data(vm, id).len();
    let b = match super::slice::slice_key(vm, key) {
        Some(s) => slice_bounds(vm, s, len)?,
        None => {
            let Some(i) = crate::vm::args::norm_index(vm, key, len, "bytearray")? else {
                return Err(out_of_range(vm));
            };
            SliceBounds { start: i as i64, stop: i as i64 + 1, step: 1, len: 1 }
        }
    };
    assign_slice(vm, id, b, Vec::new())
}

/// Replaces the bytes the slice selects with `new`: a simple slice may change the size; an
/// extended one takes exactly as many bytes as it selects, or none to delete them.
fn assign_slice(vm: &mut Vm, id: ObjId, b: SliceBounds, new: Vec<u8>) -> PyResult<()> {
    let n = data(vm, id).len();
    if b.step == 1 {
        // `ba[3:1] = ...` inserts at the start.
        let lo = (b.start.max(0) as usize).min(n);
        let hi = (b.stop.max(b.start).max(0) as usize).clamp(lo, n);
        if hi - lo != new.len() {
            vm.check_resizable(id)?;
        }
        if let Some(d) = data_mut(vm, id) {
            d.splice(lo..hi, new);
        }
        return Ok(());
    }
    if b.len == 0 && new.is_empty() {
        return Ok(());
    }
    if new.is_empty() {
        vm.check_resizable(id)?;
        let mut drop = vec![false; n];
        for p in b.positions() {
            if let Some(d) = drop.get_mut(p) {
                *d = true;
            }
        }
        if let Some(d) = data_mut(vm, id) {
            let mut k = 0;
            d.retain(|_| {
                k += 1;
                !drop[k - 1]
            });
        }
        return Ok(());
    }
    if new.len() != b.len {
        return Err(vm.new_exc(
            ExcKind::ValueError,
            &format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), b.len),
        ));
    }
    if let Some(d) = data_mut(vm, id) {
        for (byte, p) in new.into_iter().zip(b.positions()) {
            if let Some(slot) = d.get_mut(p) {
                *slot = byte;
            }
        }
    }
    Ok(())
}

/// `bytearray.__init__`: a subclass's instance is made empty and filled here, as CPython's is,
/// so that the subclass's own `__init__` may take other arguments.
pub(crate) fn bytearray_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(id) =
        args.first().and_then(|v| v.as_obj()).filter(|&id| matches!(vm.heap.get(id), Object::ByteArray(_)))
    else {
        return Err(vm.new_exc(ExcKind::TypeError, "descriptor '__init__' requires a 'bytearray' object"));
    };
    let bytearray = vm.types.bytearray;
    let made = super::construct_builtin(vm, bytearray, &args[1..], kwargs).unwrap_or(Ok(Value::None))?;
    let new = made.as_obj().map(|m| data(vm, m).to_vec()).unwrap_or_default();
    vm.decref(made);
    if data(vm, id).len() != new.len() {
        vm.check_resizable(id)?;
    }
    if let Some(d) = data_mut(vm, id) {
        *d = new;
    }
    Ok(Value::None)
}
