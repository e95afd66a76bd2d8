//! `property`: `getter`, `setter`, `deleter`.

use super::def;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let prop = t(vm, |t| t.property);
    def(vm, prop, "property.setter", property_setter);
    def(vm, prop, "property.getter", property_getter);
    def(vm, prop, "property.deleter", property_deleter);
}

pub(crate) fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (mut fget, mut fset, mut fdel, doc) = match vm.heap.get(list_id(vm, args[0])) {
        Object::Property { fget, fset, fdel, doc } => (*fget, *fset, *fdel, *doc),
        _ => return Err(vm.new_exc(ExcKind::TypeError, "not a property")),
    };
    let f = args.get(1).copied().unwrap_or(Value::None);
    match which {
        0 => fget = f,
        1 => fset = f,
        _ => fdel = f,
    }
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    Ok(vm.alloc(Object::Property { fget, fset, fdel, doc }))
}

pub(crate) fn property_getter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 0)
}

pub(crate) fn property_setter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 1)
}

pub(crate) fn property_deleter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 2)
}
