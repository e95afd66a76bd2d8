//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the constructor's checks, `message`,
//! `exceptions`, `derive`, `split` and `subgroup`, with CPython's messages
//! (Objects/exceptions.c). A group keeps its message and its exceptions (a tuple) in its
//! `ExcData`, beside `args`, which holds what the constructor was given.

use super::def;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::exc_group::{Matcher, construct, group_parts, is_group, split};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let base = vm.exc_type(ExcKind::BaseExceptionGroup);
    let dict = vm.type_obj(base).dict;
    let f = vm.new_builtin("BaseExceptionGroup.__new__", group_new, None);
    let sm = vm.alloc(Object::StaticMethod(f));
    vm.dict_set_str(dict, "__new__", sm);
    def(vm, dict, "BaseExceptionGroup.__str__", group_str);
    def(vm, dict, "BaseExceptionGroup.derive", group_derive);
    def(vm, dict, "BaseExceptionGroup.split", group_split);
    def(vm, dict, "BaseExceptionGroup.subgroup", group_subgroup);
    for (name, get) in [
        ("message", group_message as crate::vm::native::NativeFn),
        ("exceptions", group_exceptions as crate::vm::native::NativeFn),
    ] {
        let fget = vm.new_builtin(if name == "message" { "message" } else { "exceptions" }, get, None);
        let fset = vm.new_builtin("__set__", readonly, None);
        let p = vm.alloc(Object::property(fget, fset));
        vm.dict_set_str(dict, name, p);
    }
    // `ExceptionGroup` is made as CPython makes a new exception class (`PyErr_NewException`):
    // its dict holds its module, no docstring, and weak references are listed as a slot.
    let group = vm.exc_type(ExcKind::ExceptionGroup);
    let group_dict = vm.type_obj(group).dict;
    let module = vm.new_str("builtins");
    vm.dict_set_str(group_dict, "__module__", module);
    crate::vm::native::def_view(vm, group, "__weakref__");
    if vm.dict_get_str(group_dict, "__doc__").is_none() {
        vm.dict_set_str(group_dict, "__doc__", Value::None);
    }
}

fn readonly(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Err(vm.new_exc(ExcKind::AttributeError, "readonly attribute"))
}

fn self_group(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if is_group(vm, v) => Ok(v),
        _ => Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"),
        )),
    }
}

fn group_message(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let g = self_group(vm, args, "message")?;
    let (m, _) = group_parts(vm, g).unwrap_or((Value::None, Value::None));
    Ok(vm.share(m))
}

fn group_exceptions(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let g = self_group(vm, args, "exceptions")?;
    let (_, e) = group_parts(vm, g).unwrap_or((Value::None, Value::None));
    Ok(vm.share(e))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) =
        args.first().and_then(|c| c.as_obj()).filter(|&c| matches!(vm.heap.get(c), Object::Type(_)))
    else {
        return Err(vm.new_exc(ExcKind::TypeError, "BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    construct(vm, cls, &args[1..]).map(Value::Obj)
}

fn group_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let g = self_group(vm, args, "__str__")?;
    let text = crate::vm::exc_group::group_text(vm, g).unwrap_or_default();
    Ok(vm.new_str(text))
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn group_derive(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("function takes exactly 1 argument ({n} given)")));
    }
    let g = self_group(vm, args, "derive")?;
    let (m, _) = group_parts(vm, g).unwrap_or((Value::None, Value::None));
    let cls = vm.exc_type(ExcKind::BaseExceptionGroup);
    construct(vm, cls, &[m, args[1]]).map(Value::Obj)
}

fn matcher(vm: &mut Vm, v: Value) -> PyResult<Matcher> {
    let is_type = v.as_obj().is_some_and(|id| matches!(vm.heap.get(id), Object::Type(_)));
    if vm.callable(v) && !is_type {
        return Ok(Matcher::Predicate(v));
    }
    let base = vm.exc_type(ExcKind::BaseException);
    let exc_class = |vm: &Vm, x: Value| {
        x.as_obj().is_some_and(|id| matches!(vm.heap.get(id), Object::Type(_)) && vm.is_subtype(id, base))
    };
    if exc_class(vm, v) {
        return Ok(Matcher::Type(v));
    }
    if let Some(Object::Tuple(items)) = v.as_obj().map(|id| vm.heap.get(id))
        && items.iter().all(|&x| exc_class(vm, x))
    {
        return Ok(Matcher::Type(v));
    }
    Err(vm.new_exc(ExcKind::TypeError, "expected a function, exception type or tuple of exception types"))
}

/// `PyArg_UnpackTuple(args, name, 1, 1)`'s check.
fn one_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n == 1 {
        return Ok(());
    }
    Err(vm.new_exc(ExcKind::TypeError, &format!("{name} expected 1 argument, got {n}")))
}

fn group_split(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "split", args)?;
    let g = self_group(vm, args, "split")?;
    let m = matcher(vm, args[1])?;
    let (a, b) = split(vm, g, &m, true)?;
    Ok(vm.new_tuple(vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)]))
}

fn group_subgroup(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "subgroup", args)?;
    let g = self_group(vm, args, "subgroup")?;
    let m = matcher(vm, args[1])?;
    let (a, _) = split(vm, g, &m, false)?;
    Ok(a.unwrap_or(Value::None))
}
