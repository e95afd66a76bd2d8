//! The `atexit` module: handlers run last registered first when the interpreter shuts down.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let (m, d) = super::new_module(vm, "atexit");
    def(vm, d, "atexit.register", register);
    def(vm, d, "atexit.unregister", unregister);
    def(vm, d, "atexit._run_exitfuncs", run_exitfuncs);
    def(vm, d, "atexit._clear", clear);
    def(vm, d, "atexit._ncallbacks", ncallbacks);
    let modules = vm.modules;
    vm.dict_set_str(modules, "atexit", m);
}

fn register(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "register() takes at least 1 argument (0 given)"));
    }
    if !vm.callable(args[0]) {
        return Err(vm.new_exc(ExcKind::TypeError, "the first argument must be callable"));
    }
    let func = vm.share(args[0]);
    let (a, k) = vm.pack_args(&args[1..], kwargs);
    vm.exit.handlers.push(Some((func, a, k)));
    Ok(vm.share(func))
}

fn unregister(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "unregister", args, 1, 1)?;
    for i in 0..vm.exit.handlers.len() {
        let Some((f, _, _)) = vm.exit.handlers[i] else { continue };
        if vm.eq(f, args[0])?
            && let Some((f, a, k)) = vm.exit.handlers.get_mut(i).and_then(Option::take)
        {
            vm.decref(f);
            vm.decref(a);
            vm.decref(k);
        }
    }
    Ok(Value::None)
}

fn run_exitfuncs(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.run_atexit();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    for (f, a, k) in std::mem::take(&mut vm.exit.handlers).into_iter().flatten() {
        vm.decref(f);
        vm.decref(a);
        vm.decref(k);
    }
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.exit.handlers.iter().flatten().count() as i64))
}
