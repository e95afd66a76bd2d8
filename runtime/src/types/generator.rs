//! Generators: `send`, `throw`, `close`, `__next__`.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let generator = t(vm, |t| t.generator);
    def(vm, generator, "generator.send", gen_send);
    def(vm, generator, "generator.throw", gen_throw);
    def(vm, generator, "generator.close", gen_close);
    def(vm, generator, "generator.__next__", gen_next);
    def(vm, generator, "generator.__iter__", identity);
}

pub(crate) fn gen_result(vm: &mut Vm, r: Result<Value, Value>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(v) => {
            let t = if v == Value::None { vm.new_tuple(Vec::new()) } else { vm.new_tuple(vec![v]) };
            Err(vm.new_exc_args(ExcKind::StopIteration, t))
        }
    }
}

pub(crate) fn gen_send(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let r = vm.gen_send(list_id(vm, args[0]), args[1])?;
    gen_result(vm, r)
}

pub(crate) fn gen_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = vm.next_or_stop(args[0])?;
    gen_result(vm, r)
}

pub(crate) fn gen_throw(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let exc = match args.get(2).filter(|v| **v != Value::None) {
        Some(&inst) => vm.make_exception(inst)?,
        None => vm.make_exception(args[1])?,
    };
    let r = vm.gen_throw(list_id(vm, args[0]), exc)?;
    gen_result(vm, r)
}

pub(crate) fn gen_close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let suspended = matches!(vm.heap.get(id), Object::Generator(g) if g.started && g.frame.is_some());
    if !suspended {
        if let Object::Generator(g) = vm.heap.get_mut(id) {
            g.finished = true;
            if let Some(mut f) = g.frame.take() {
                vm.release_frame(&mut f);
            }
        }
        return Ok(Value::None);
    }
    let exit = vm.new_exc_args(ExcKind::GeneratorExit, Value::None);
    let empty = vm.new_tuple(Vec::new());
    vm.set_exc_args(exit, empty);
    match vm.gen_throw(id, exit) {
        Ok(Ok(v)) => {
            vm.decref(v);
            Err(vm.new_exc(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(Err(v)) => {
            vm.decref(v);
            Ok(Value::None)
        }
        Err(e) => {
            let t = vm.type_of(Value::Obj(e));
            if t == vm.exc_type(ExcKind::GeneratorExit) || t == vm.exc_type(ExcKind::StopIteration) {
                vm.decref_id(e);
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

pub(crate) fn identity(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(vm.share(args[0]))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "__name__", get: generator_name },
    GetSet { name: "gi_running", get: generator_running },
    GetSet { name: "gi_code", get: generator_code },
    GetSet { name: "gi_frame", get: generator_frame },
    GetSet { name: "__qualname__", get: generator_qualname },
];

fn generator_qualname(vm: &mut Vm, id: ObjId) -> Value {
    let name = match vm.heap.get(id) {
        Object::Generator(g) => g.qualname.clone(),
        _ => String::new(),
    };
    vm.new_str(name)
}

fn generator_code(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Generator(g) => {
            let code = std::sync::Arc::clone(&g.code);
            vm.alloc(Object::Code(code))
        }
        _ => Value::None,
    }
}

/// The generator's frame object (None once it finished).
fn generator_frame(vm: &mut Vm, id: ObjId) -> Value {
    match vm.generator_frame_object(id) {
        Some(f) => {
            vm.heap.incref(f);
            Value::Obj(f)
        }
        None => Value::None,
    }
}

fn generator_name(vm: &mut Vm, id: ObjId) -> Value {
    let name = match vm.heap.get(id) {
        Object::Generator(g) => g.name.clone(),
        _ => String::new(),
    };
    vm.new_str(name)
}

/// A generator runs while its frame is out of it (on the Rust stack) and it has not finished.
fn generator_running(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Generator(g) => Value::Bool(g.frame.is_none() && !g.finished),
        _ => Value::None,
    }
}
