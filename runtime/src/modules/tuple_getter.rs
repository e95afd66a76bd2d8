//! `_reap_collections`: the native getter behind a namedtuple's fields, as CPython's
//! `_collections._tuplegetter` is, so that `point.x` reads the item without running Python;
//! and deque's hot methods (`deque_ops.rs`).

use super::{arity, new_module, register};
use crate::object::{Object, exc_kind::ExcKind};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn make_collections(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_collections");
    super::def(vm, d, "_reap_collections.tuplegetter", tuplegetter);
    crate::vm::native::def_methods(vm, d, &super::deque_ops::METHODS);
    register(vm, "_reap_collections", m);
}

/// `tuplegetter(index, doc)`: a property whose getter is item `index` of the tuple.
fn tuplegetter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "tuplegetter", args, 2, 2)?;
    let Some(index) = vm.as_i64(args[0]).filter(|&i| i >= 0) else {
        return Err(vm.new_exc(ExcKind::TypeError, "tuplegetter() index must be a non-negative int"));
    };
    let fget = vm.new_builtin("_tuplegetter.__get__", item, Some(Value::Int(index)));
    let doc = vm.share(args[1]);
    Ok(vm.alloc(Object::Property { fget, fset: Value::None, fdel: Value::None, doc, native: None }))
}

/// Item `index` of a tuple (or of a tuple subclass's instance).
fn item(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_tuplegetter", args, 2, 2)?;
    let index = vm.as_i64(args[0]).unwrap_or(0);
    let tuple = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(_)) => args[1].as_obj(),
        Some(Object::Instance(inst)) => inst.base().and_then(|b| b.as_obj()),
        _ => None,
    };
    let found = match tuple.map(|t| vm.heap.get(t)) {
        Some(Object::Tuple(t)) => Some(usize::try_from(index).ok().and_then(|i| t.get(i).copied())),
        _ => None,
    };
    match found {
        Some(Some(v)) => Ok(vm.share(v)),
        Some(None) => Err(vm.new_exc(ExcKind::IndexError, "tuple index out of range")),
        None => {
            let tn = vm.type_name(args[1]);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!(
                    "descriptor for index '{index}' for tuple subclasses doesn't apply to '{tn}' object"
                ),
            ))
        }
    }
}
