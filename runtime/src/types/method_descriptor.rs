//! The builtin types' methods as CPython shows them: `method_descriptor` (`str.join`),
//! `wrapper_descriptor` (`int.__add__`, made from a type slot), `method-wrapper` (a slot
//! method bound, `(1).__add__`) and `classmethod_descriptor` (`dict.__dict__['fromkeys']`).
//! They are the same `Object::Builtin` (and `Object::ClassMethod`) values as before; only
//! their type tells them apart (`Vm::builtin_type`). Here: `__get__` and `__call__`, with
//! CPython's checks. Attribute lookup binds them natively (`Vm::bind`); `__get__` answers as
//! it does.

use super::def;
use super::descriptor_methods::get_operands;
use super::dunders::call_receiver;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (md, wd, mw, cd) =
        (t.method_descriptor, t.wrapper_descriptor, t.method_wrapper, t.classmethod_descriptor);
    let d = vm.type_obj(md).dict;
    def(vm, d, "method_descriptor.__get__", method_get);
    def(vm, d, "method_descriptor.__call__", call_receiver);
    let d = vm.type_obj(wd).dict;
    def(vm, d, "wrapper_descriptor.__get__", method_get);
    def(vm, d, "wrapper_descriptor.__call__", call_receiver);
    let d = vm.type_obj(mw).dict;
    def(vm, d, "method-wrapper.__call__", call_receiver);
    let d = vm.type_obj(cd).dict;
    def(vm, d, "classmethod_descriptor.__get__", classmethod_get);
    def(vm, d, "classmethod_descriptor.__call__", classmethod_call);
}

/// The descriptor's method name and the name of the type it belongs to.
fn names(vm: &mut Vm, descr: Value) -> PyResult<(String, ObjId, String)> {
    let name = vm.getattr_str(descr, "__name__")?;
    let short = vm.str_of(name).unwrap_or_default().to_string();
    vm.decref(name);
    let owner = vm.getattr_str(descr, "__objclass__")?;
    let owner_id = owner.as_obj().unwrap_or(vm.types.object);
    vm.decref(owner);
    let tn = vm.type_obj(owner_id).name.to_string();
    Ok((short, owner_id, tn))
}

/// `method_descriptor.__get__(obj, type=None)`: the method bound to `obj`, which must be an
/// instance of the method's type; from the class (obj None), the descriptor.
fn method_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (this, instance, _) = get_operands(vm, args)?;
    if instance == Value::None {
        return Ok(vm.share(this));
    }
    let (short, owner, tn) = names(vm, this)?;
    let cls = vm.type_of(instance);
    if !vm.is_subtype(cls, owner) {
        let given = vm.type_name(instance);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{short}' for '{tn}' objects doesn't apply to a '{given}' object"),
        ));
    }
    vm.bind(this, instance, cls)
}

/// Checks that `cls` may receive the class method, in CPython's words; `arg` numbers it in
/// the "needs a type" message.
fn check_class(vm: &mut Vm, this: Value, cls: Value, arg: usize) -> PyResult<ObjId> {
    let (short, owner, tn) = names(vm, this)?;
    let Some(id) = cls.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Type(_))) else {
        let given = vm.type_name(cls);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{short}' for type '{tn}' needs a type, not a '{given}' as arg {arg}"),
        ));
    };
    if !vm.is_subtype(id, owner) {
        let given = vm.type_obj(id).name.to_string();
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{short}' requires a subtype of '{tn}' but received '{given}'"),
        ));
    }
    Ok(id)
}

/// `classmethod_descriptor.__get__(obj, type=None)`: the method bound to `type` (or to
/// `obj`'s type), which must be the method's type or a subclass.
fn classmethod_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (this, instance, owner) = get_operands(vm, args)?;
    let cls = if owner == Value::None { Value::Obj(vm.type_of(instance)) } else { owner };
    let cls = check_class(vm, this, cls, 2)?;
    // A classmethod binds to the class it is reached through: here, `cls`.
    vm.bind(this, Value::Obj(cls), cls)
}

/// `classmethod_descriptor(cls, *args)`: the method called for `cls`.
fn classmethod_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::None);
    let Some(&cls) = args.get(1) else {
        let (short, _, tn) = names(vm, this)?;
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{short}' of '{tn}' object needs an argument"),
        ));
    };
    // CPython 3.11 counts the descriptor itself: the class is "arg 2".
    let cls = check_class(vm, this, cls, 2)?;
    let bound = vm.bind(this, Value::Obj(cls), cls)?;
    let r = vm.call(bound, &args[2..], kwargs);
    vm.decref(bound);
    r
}
