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
    def(vm, prop, "property.__init__", property_init);
    def(vm, prop, "property.__set_name__", property_set_name);
}

/// A copy of the property with one function replaced. A subclass's copy is made by calling the
/// subclass, as CPython does, so that its own `__init__` runs.
pub(crate) fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let this = crate::vm::args::receiver(vm, args, vm.types.property, "property.setter")?;
    let (mut fget, mut fset, mut fdel, doc) = parts_of(vm, this);
    let f = args.get(1).copied().unwrap_or(Value::None);
    match which {
        0 => fget = f,
        1 => fset = f,
        _ => fdel = f,
    }
    if vm.payload(this).is(this) {
        for v in [fget, fset, fdel, doc] {
            vm.incref(v);
        }
        return Ok(vm.alloc(Object::Property { fget, fset, fdel, doc, native: None }));
    }
    let cls = Value::Obj(vm.type_of(this));
    vm.call(cls, &[fget, fset, fdel, doc], &[])
}

/// The getter, setter, deleter and given docstring of a property or of a subclass's instance.
fn parts_of(vm: &Vm, prop: Value) -> (Value, Value, Value, Value) {
    match vm.heap.get(list_id(vm, vm.payload(prop))) {
        Object::Property { fget, fset, fdel, doc, .. } => (*fget, *fset, *fdel, *doc),
        _ => (Value::None, Value::None, Value::None, Value::None),
    }
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`, which a subclass's instance
/// reaches (`property(...)` itself is made whole). A subclass's instance keeps the getter's
/// docstring in its own `__doc__`, where the class's `__doc__` does not hide it.
fn property_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let this = crate::vm::args::receiver(vm, args, vm.types.property, "property.__init__")?;
    let names = ["fget", "fset", "fdel", "doc"];
    let given = crate::vm::args::bind_args(vm, "property", &args[1..], kwargs, names, 4, 0)?;
    let [fget, fset, fdel, doc] = given.map(|v| v.unwrap_or(Value::None));
    let payload = vm.payload(this);
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    let old = match payload.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Property { fget: g, fset: s, fdel: d, doc: o, native: None }) => [
            std::mem::replace(g, fget),
            std::mem::replace(s, fset),
            std::mem::replace(d, fdel),
            std::mem::replace(o, doc),
        ],
        _ => [fget, fset, fdel, doc],
    };
    for v in old {
        vm.decref(v);
    }
    if payload.is(this) {
        return Ok(Value::None);
    }
    // CPython 3.11 keeps a given docstring where the subclass's own `__doc__` hides it.
    if doc != Value::None || fget == Value::None {
        return Ok(Value::None);
    }
    let doc = match vm.getattr_str(fget, "__doc__") {
        Ok(d) => d,
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::AttributeError)) => {
            vm.decref_id(e);
            return Ok(Value::None);
        }
        Err(e) => return Err(e),
    };
    let key = vm.intern("__doc__");
    let r = vm.setattr(this, key, doc);
    vm.decref_id(key);
    vm.decref(doc);
    r.map(|()| Value::None)
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

/// `property.__set_name__(owner, name)`: properties find their name in the class when an error
/// needs it, so nothing is kept.
fn property_set_name(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::receiver(vm, args, vm.types.property, "property.__set_name__")?;
    crate::vm::args::unpack_arity(vm, &args[1..], 2, 2)?;
    Ok(Value::None)
}
