//! Bound methods (`__self__`, `__func__`) and the function wrapped by `classmethod` and
//! `staticmethod` (`__func__`).

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::slots::GetSet;

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] =
    &[GetSet { name: "__self__", get: method_self }, GetSet { name: "__func__", get: method_func }];

fn method_self(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::BoundMethod { receiver, .. } => vm.share(receiver),
        _ => Value::None,
    }
}

fn method_func(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::BoundMethod { func, .. } => vm.share(func),
        _ => Value::None,
    }
}

/// The data attributes of `classmethod` and `staticmethod` objects.
pub(crate) const WRAPPER_ATTRS: &[GetSet] = &[GetSet { name: "__func__", get: wrapped_func }];

fn wrapped_func(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::ClassMethod(f) | &Object::StaticMethod(f) => vm.share(f),
        _ => Value::None,
    }
}
