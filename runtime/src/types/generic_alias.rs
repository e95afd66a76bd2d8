//! Type expressions at run time: `list[int]` (a `types.GenericAlias`) and `int | str` (a
//! `types.UnionType`). Both types are written in Python (`pylib/_reap_types.py`), imported
//! the first time a program builds one, so an interpreter that never does pays nothing.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The builtin classes that take type arguments, as CPython's do (`list.__class_getitem__`).
pub fn install(vm: &mut Vm) {
    let groups = [vm.exc_type(ExcKind::BaseExceptionGroup), vm.exc_type(ExcKind::ExceptionGroup)];
    let t = &vm.types;
    let generic = [t.list, t.dict, t.set, t.frozenset, t.tuple, t.enumerate, t.async_generator, t.weakref];
    for ty in generic.into_iter().chain(groups) {
        let f = vm.new_builtin("__class_getitem__", class_getitem, None);
        let cm = vm.alloc(Object::ClassMethod(f));
        let dict = vm.type_obj(ty).dict;
        vm.dict_set_str(dict, "__class_getitem__", cm);
    }
}

/// Calls one of `_reap_types`' functions.
fn call_types(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    vm.call_module_attr("_reap_types", name, args)
}

/// `cls.__class_getitem__(item)` of the builtin generic classes: `list[int]`.
fn class_getitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::arity(vm, "__class_getitem__", &args[1..], 1, 1)?;
    call_types(vm, "GenericAlias", &[args[0], args[1]])
}

/// Whether `v` can be a member of a `|` union: None, a class, or a type expression.
fn unionable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Type(_) => true,
            Object::Instance(_) => {
                let t = vm.type_of(v);
                let name = &vm.type_obj(t).name;
                (name == "GenericAlias" || name == "UnionType") && vm.type_obj(t).module == "types"
            }
            _ => false,
        },
        _ => false,
    }
}

/// `a | b` where one side is a class: a union when both sides can be members (`int | None`),
/// else None, and the operator goes on to the operands' own methods (a typing object's).
pub fn union_or(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_type = |vm: &Vm, v: Value| matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Type(_)));
    if !(is_type(vm, a) || is_type(vm, b)) || !unionable(vm, a) || !unionable(vm, b) {
        return Ok(None);
    }
    call_types(vm, "_union", &[a, b]).map(Some)
}

/// `cls[item]` for a class: its metaclass's `__getitem__`, else its `__class_getitem__`
/// (a plain function there is taken as a class method, as CPython does), else a TypeError.
pub fn subscript_class(vm: &mut Vm, cls: Value, item: Value) -> PyResult<Value> {
    let meta = vm.type_of(cls);
    if meta != vm.types.type_
        && let Some(r) = vm.try_dunder(cls, "__getitem__", &[item])?
    {
        return Ok(r);
    }
    let Some(cls_id) = cls.as_obj() else { unreachable!("a class is an object") };
    // `type[int]`: `type` has no `__class_getitem__`; CPython's subscription knows it.
    if cls_id == vm.types.type_ {
        return call_types(vm, "GenericAlias", &[cls, item]);
    }
    let name = vm.intern("__class_getitem__");
    let found = vm.lookup_in_mro(cls_id, name);
    let r = match found {
        Some(f) if matches!(f.as_obj().map(|id| vm.heap.get(id)), Some(Object::Function(_))) => {
            let f = vm.share(f);
            let r = vm.call(f, &[cls, item], &[]);
            vm.decref(f);
            Some(r)
        }
        Some(_) => Some(vm.getattr(cls, name).and_then(|bound| {
            let r = vm.call(bound, &[item], &[]);
            vm.decref(bound);
            r
        })),
        None => None,
    };
    vm.decref_id(name);
    match r {
        Some(r) => r,
        None => {
            let tn = vm.class_tp_name(cls_id);
            Err(vm.new_exc(ExcKind::TypeError, &format!("type '{tn}' is not subscriptable")))
        }
    }
}
