//! `range`: its data attributes (its arithmetic is the sequence protocol's, in `sequence.rs`).

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::{def, def_attr, getset_field};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

/// Puts `count`, `index` and the data attributes into the class, where `dir` and class-level
/// lookups find them.
pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.range).dict;
    def(vm, d, "range.count", range_count);
    def(vm, d, "range.index", range_index);
    def_attr(vm, d, "range.start", |vm, args, _| Ok(getset_field(vm, args, range_start)));
    def_attr(vm, d, "range.stop", |vm, args, _| Ok(getset_field(vm, args, range_stop)));
    def_attr(vm, d, "range.step", |vm, args, _| Ok(getset_field(vm, args, range_step)));
}

/// The receiver, checked, and its start, stop and step.
fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<(i64, i64, i64)> {
    let r = crate::vm::args::receiver(vm, args, vm.types.range, method)?;
    crate::vm::args::arity(vm, method, &args[1..], 1, 1)?;
    match r.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::Range { start, stop, step }) => Ok((start, stop, step)),
        _ => Ok((0, 0, 1)),
    }
}

/// Where the int `x` is in the range, by arithmetic.
fn position(x: i64, (start, stop, step): (i64, i64, i64)) -> Option<i64> {
    let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
    let offset = (x as i128) - (start as i128);
    (inside && offset % (step as i128) == 0).then(|| (offset / step as i128) as i64)
}

/// The positions where the range holds a value equal to `x`: by arithmetic for an int, by
/// comparing each item otherwise (`range(3).count(1.0)`), as CPython does.
fn positions(vm: &mut Vm, x: Value, r: (i64, i64, i64), first_only: bool) -> PyResult<Vec<i64>> {
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        return Ok(vm.as_i64(x).and_then(|x| position(x, r)).into_iter().collect());
    }
    if matches!(x.as_obj().map(|id| vm.heap.get(id)), Some(Object::BigInt(_))) {
        return Ok(Vec::new());
    }
    let (start, _, step) = r;
    let len = crate::vm::sequence::range_len(r.0, r.1, r.2);
    let mut found = Vec::new();
    for i in 0..len {
        let item = Value::Int(start + i * step);
        if vm.eq(item, x)? {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

fn range_count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = this(vm, args, "range.count")?;
    Ok(Value::Int(positions(vm, args[1], r, false)?.len() as i64))
}

fn range_index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = this(vm, args, "range.index")?;
    if let Some(&i) = positions(vm, args[1], r, true)?.first() {
        return Ok(Value::Int(i));
    }
    if vm.is_int(args[1]) && !matches!(args[1].as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
    {
        let s = vm.repr(args[1])?;
        return Err(vm.new_exc(ExcKind::ValueError, &format!("{s} is not in range")));
    }
    Err(vm.new_exc(ExcKind::ValueError, "sequence.index(x): x not in sequence"))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "start", get: range_start },
    GetSet { name: "stop", get: range_stop },
    GetSet { name: "step", get: range_step },
];

fn range_start(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { start, .. } => Value::Int(start),
        _ => Value::None,
    }
}

fn range_stop(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { stop, .. } => Value::Int(stop),
        _ => Value::None,
    }
}

fn range_step(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { step, .. } => Value::Int(step),
        _ => Value::None,
    }
}
