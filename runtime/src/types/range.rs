//! `range`: its data attributes (its arithmetic is the sequence protocol's, in `sequence.rs`).

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::slots::GetSet;

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
