//! `property`: `getter`, `setter`, `deleter`, and the data attributes `fget`, `fset`, `fdel`
//! and `__doc__` (the getter's docstring when none was given, as CPython copies it).

use super::def;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::slots::GetSet;
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
        Object::Property { fget, fset, fdel, doc, .. } => (*fget, *fset, *fdel, *doc),
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
    Ok(vm.alloc(Object::Property { fget, fset, fdel, doc, native: None }))
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

pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "fget", get: fget },
    GetSet { name: "fset", get: fset },
    GetSet { name: "fdel", get: fdel },
    GetSet { name: "__doc__", get: doc },
];

fn part(vm: &mut Vm, id: ObjId, pick: fn(&Object) -> Value) -> Value {
    let v = pick(vm.heap.get(id));
    vm.share(v)
}

fn fget(vm: &mut Vm, id: ObjId) -> Value {
    part(vm, id, |o| if let Object::Property { fget, .. } = o { *fget } else { Value::None })
}

fn fset(vm: &mut Vm, id: ObjId) -> Value {
    part(vm, id, |o| if let Object::Property { fset, .. } = o { *fset } else { Value::None })
}

fn fdel(vm: &mut Vm, id: ObjId) -> Value {
    part(vm, id, |o| if let Object::Property { fdel, .. } = o { *fdel } else { Value::None })
}

fn doc(vm: &mut Vm, id: ObjId) -> Value {
    let (doc, getter) = match vm.heap.get(id) {
        Object::Property { doc, fget, .. } => (*doc, *fget),
        _ => return Value::None,
    };
    if doc != Value::None {
        return vm.share(doc);
    }
    match getter.as_obj().map(|g| vm.heap.get(g)) {
        Some(Object::Function(f)) => {
            let d = f.doc;
            vm.share(d)
        }
        _ => Value::None,
    }
}
