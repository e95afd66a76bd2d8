//! `slice`: resolving a slice against a length, and `slice.indices`.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::{def_attr, getset_field};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let sl = t(vm, |t| t.slice);
    def(vm, sl, "slice.indices", slice_indices_method);
    let id = vm.natives.register(slice_indices_method);
    vm.natives.set_shape(id, crate::vm::native::ArgShape::ExactlyOne);
    def(vm, sl, "slice.__repr__", slice_repr);
    // In the class too, where `dir` and class-level lookups find them.
    def_attr(vm, sl, "slice.start", |vm, args, _| Ok(getset_field(vm, args, slice_start)));
    def_attr(vm, sl, "slice.stop", |vm, args, _| Ok(getset_field(vm, args, slice_stop)));
    def_attr(vm, sl, "slice.step", |vm, args, _| Ok(getset_field(vm, args, slice_step)));
    // Unhashable in 3.11, as CPython says by its `__hash__` of None.
    vm.dict_set_str(sl, "__hash__", Value::None);
}

/// `slice.__repr__()`, as `repr()` gives it.
fn slice_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::receiver(vm, args, vm.types.slice, "slice.__repr__")?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 0, 0)?;
    let text = vm.repr(args[0])?;
    Ok(vm.new_str(text))
}

/// The key as a slice object, when it is one (`seq[key]` takes either an index or a slice).
pub(crate) fn slice_key(vm: &Vm, key: Value) -> Option<ObjId> {
    key.as_obj().filter(|k| matches!(vm.heap.get(*k), Object::Slice { .. }))
}

/// `slice.indices(length)`: (start, stop, step) clamped as CPython clamps them, in big
/// integers (a length or bound past 64 bits is as good as any).
pub(crate) fn slice_indices_method(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::{One, Signed, Zero};
    arity(vm, "indices", &args[1..], 1, 1)?;
    let len = crate::vm::args::index_arg(vm, args[1])?;
    if len.is_negative() {
        return Err(vm.new_exc(ExcKind::ValueError, "length should not be negative"));
    }
    let (start, stop, step) = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Slice { start, stop, step }) => (*start, *stop, *step),
        _ => return Err(vm.new_exc(ExcKind::TypeError, "not a slice")),
    };
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
        if v == Value::None {
            return Ok(None);
        }
        match crate::types::construct::index_value(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.new_exc(
                ExcKind::TypeError,
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = get(vm, step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.new_exc(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (start, stop) = (get(vm, start)?, get(vm, stop)?);
    let (lower, upper) =
        if step.is_negative() { (BigInt::from(-1), &len - 1) } else { (BigInt::zero(), len.clone()) };
    let clamp = |i: Option<BigInt>, default: &BigInt| match i {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + &len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (start, stop) = if step.is_negative() {
        (clamp(start, &upper), clamp(stop, &lower))
    } else {
        (clamp(start, &lower), clamp(stop, &upper))
    };
    let items = vec![vm.new_bigint(start), vm.new_bigint(stop), vm.new_bigint(step)];
    Ok(vm.new_tuple(items))
}

pub use crate::object::slice_bounds::SliceBounds;

/// Resolves `slice` against a sequence of `len` items.
pub(crate) fn slice_bounds(vm: &mut Vm, slice: ObjId, len: usize) -> PyResult<SliceBounds> {
    let (start, stop, step) = match vm.heap.get(slice) {
        Object::Slice { start, stop, step } => (*start, *stop, *step),
        _ => (Value::None, Value::None, Value::None),
    };
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v == Value::None {
            return Ok(None);
        }
        if let Some(i) = vm.as_i64_saturating(v) {
            return Ok(Some(i));
        }
        if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
            && let Some(r) = vm.try_dunder(v, "__index__", &[])?
        {
            let i = vm.as_i64_saturating(r);
            vm.decref(r);
            if let Some(i) = i {
                return Ok(Some(i));
            }
        }
        Err(vm.new_exc(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        ))
    };
    // The step first, and refused before the bounds' `__index__` runs, as CPython's
    // `PySlice_Unpack`.
    let step = get(vm, step)?;
    if step == Some(0) {
        return Err(vm.new_exc(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (start, stop) = (get(vm, start)?, get(vm, stop)?);
    SliceBounds::resolve(start, stop, step, len)
        .ok_or_else(|| vm.new_exc(ExcKind::ValueError, "slice step cannot be zero"))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "start", get: slice_start },
    GetSet { name: "stop", get: slice_stop },
    GetSet { name: "step", get: slice_step },
];

fn slice_start(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Slice { start, .. } => vm.share(start),
        _ => Value::None,
    }
}

fn slice_stop(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Slice { stop, .. } => vm.share(stop),
        _ => Value::None,
    }
}

fn slice_step(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Slice { step, .. } => vm.share(step),
        _ => Value::None,
    }
}
