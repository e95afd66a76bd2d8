//! Async generators: `__anext__`, `asend`, `athrow` and `aclose` each return an awaitable
//! (`async_generator_asend` / `async_generator_athrow`) that drives the generator's frame. The
//! frame's own `yield` hands its value out wrapped (`Iter::AsyncGenValue`), so that the
//! awaitable can tell it from what an `await` inside the generator passes up to the event
//! loop: a wrapped value ends the awaitable (`StopIteration(value)`), anything else goes on up.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{AgOp, GenKind, Iter, Object};
use crate::types::generator::{gen_result, identity};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let agen = t(vm, |t| t.async_generator);
    def(vm, agen, "async_generator.__aiter__", identity);
    def(vm, agen, "async_generator.__anext__", agen_anext);
    def(vm, agen, "async_generator.asend", agen_asend);
    def(vm, agen, "async_generator.athrow", agen_athrow);
    def(vm, agen, "async_generator.aclose", agen_aclose);
    type Native = fn(&mut Vm, &[Value], &[(ObjId, Value)]) -> PyResult<Value>;
    let methods: [(&str, &str, Native); 12] = [
        ("async_generator_asend", "async_generator_asend.send", op_send),
        ("async_generator_asend", "async_generator_asend.throw", op_throw),
        ("async_generator_asend", "async_generator_asend.close", op_close),
        ("async_generator_asend", "async_generator_asend.__next__", op_next),
        ("async_generator_asend", "async_generator_asend.__iter__", identity),
        ("async_generator_asend", "async_generator_asend.__await__", identity),
        ("async_generator_athrow", "async_generator_athrow.send", op_send),
        ("async_generator_athrow", "async_generator_athrow.throw", op_throw),
        ("async_generator_athrow", "async_generator_athrow.close", op_close),
        ("async_generator_athrow", "async_generator_athrow.__next__", op_next),
        ("async_generator_athrow", "async_generator_athrow.__iter__", identity),
        ("async_generator_athrow", "async_generator_athrow.__await__", identity),
    ];
    for (ty, name, f) in methods {
        let dict = vm.type_obj(vm.types.iters[ty]).dict;
        def(vm, dict, name, f);
    }
}

fn agen_of(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjId> {
    match v.as_obj() {
        Some(id) if vm.gen_kind(id) == Some(GenKind::AsyncGenerator) => Ok(id),
        _ => {
            let tn = vm.type_name(v);
            let msg = format!(
                "descriptor '{method}' for 'async_generator' objects doesn't apply to a '{tn}' object"
            );
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

fn new_op(vm: &mut Vm, agen: ObjId, op: AgOp, arg: Value) -> Value {
    vm.heap.incref(agen);
    vm.alloc(Object::Iter(Iter::AsyncGenOp { agen, op, arg, started: false, done: false }))
}

fn agen_anext(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let agen = agen_of(vm, args[0], "__anext__")?;
    vm.init_asyncgen_hooks(agen)?;
    Ok(new_op(vm, agen, AgOp::Send, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "asend", &args[1..], 1, 1)?;
    let agen = agen_of(vm, args[0], "asend")?;
    vm.init_asyncgen_hooks(agen)?;
    let v = vm.share(args[1]);
    Ok(new_op(vm, agen, AgOp::Send, v))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "athrow", &args[1..], 1, 3)?;
    let agen = agen_of(vm, args[0], "athrow")?;
    vm.init_asyncgen_hooks(agen)?;
    let exc = match args.get(2).filter(|v| **v != Value::None) {
        Some(&inst) => vm.make_exception(inst)?,
        None => vm.make_exception(args[1])?,
    };
    Ok(new_op(vm, agen, AgOp::Throw, Value::Obj(exc)))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let agen = agen_of(vm, args[0], "aclose")?;
    vm.init_asyncgen_hooks(agen)?;
    Ok(new_op(vm, agen, AgOp::Close, Value::None))
}

/// What drives the generator at a step of an awaitable.
enum Input {
    Send(Value),
    Throw(ObjId),
}

fn op_parts(vm: &Vm, v: Value) -> Option<(ObjId, AgOp, Value, bool, bool)> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Iter(Iter::AsyncGenOp { agen, op, arg, started, done })) => {
            Some((*agen, *op, *arg, *started, *done))
        }
        _ => None,
    }
}

fn set_state(vm: &mut Vm, id: ObjId, now_started: bool, now_done: bool) {
    if let Object::Iter(Iter::AsyncGenOp { started, done, .. }) = vm.heap.get_mut(id) {
        *started = now_started;
        *done = now_done;
    }
}

/// One step of an `asend`/`athrow`/`aclose` awaitable: the value to pass up to the event
/// loop, or the exception that ends the awaitable (`StopIteration` with the result).
fn step(vm: &mut Vm, this: Value, input: Input) -> PyResult<Value> {
    let Some((agen, op, arg, started, done)) = op_parts(vm, this) else {
        if let Input::Throw(e) = input {
            vm.decref_id(e);
        }
        return Err(vm.new_exc(ExcKind::TypeError, "expected an async generator awaitable"));
    };
    let id = this.as_obj().unwrap_or(agen);
    if done {
        if let Input::Throw(e) = input {
            vm.decref_id(e);
        }
        let msg = match op {
            AgOp::Send => "cannot reuse already awaited __anext__()/asend()",
            AgOp::Throw | AgOp::Close => "cannot reuse already awaited aclose()/athrow()",
        };
        return Err(vm.new_exc(ExcKind::RuntimeError, msg));
    }
    // Only sending starts the awaitable: one thrown into first is still to start (as
    // CPython's, whose state only `send` moves on: an `aclose()` cancelled before it ran
    // throws GeneratorExit when next sent to).
    set_state(vm, id, started || matches!(input, Input::Send(_)), false);
    let (gen_started, gen_finished) = match vm.heap.get(agen) {
        Object::Generator(g) => (g.started, g.finished),
        _ => (false, true),
    };
    let r = match (started, op, input) {
        (false, AgOp::Send, Input::Send(v)) => {
            let v = if v == Value::None { arg } else { v };
            vm.gen_send(agen, v)
        }
        (false, AgOp::Close, Input::Send(_)) if !gen_started || gen_finished => {
            // Closed before it ever ran: it never will (its frame goes now).
            vm.gen_close(agen)?;
            set_state(vm, id, true, true);
            return gen_result(vm, Err(Value::None));
        }
        (false, AgOp::Throw, Input::Send(_)) if gen_finished => {
            set_state(vm, id, true, true);
            return Err(vm.new_exc_args(ExcKind::StopAsyncIteration, Value::None));
        }
        (false, AgOp::Throw | AgOp::Close, Input::Send(_)) => {
            let exc = match op {
                AgOp::Close => {
                    let exit = vm.new_exc_args(ExcKind::GeneratorExit, Value::None);
                    let empty = vm.new_tuple(Vec::new());
                    vm.set_exc_args(exit, empty);
                    exit
                }
                _ => {
                    vm.incref(arg);
                    arg.as_obj().unwrap_or(vm.not_implemented)
                }
            };
            vm.gen_throw(agen, exc)
        }
        (_, _, Input::Send(v)) => vm.gen_send(agen, v),
        (_, _, Input::Throw(e)) => vm.gen_throw(agen, e),
    };
    finish_step(vm, id, op, r)
}

/// Maps what the generator did to what the awaitable does.
fn finish_step(vm: &mut Vm, id: ObjId, op: AgOp, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r {
        Ok(Ok(y)) => {
            let wrapped = match y.as_obj().map(|w| vm.heap.get(w)) {
                Some(Object::Iter(Iter::AsyncGenValue { value })) => Some(*value),
                _ => None,
            };
            let Some(value) = wrapped else { return Ok(y) };
            let value = vm.share(value);
            vm.decref(y);
            set_state(vm, id, true, true);
            if op == AgOp::Close {
                vm.decref(value);
                return Err(vm.new_exc(ExcKind::RuntimeError, "async generator ignored GeneratorExit"));
            }
            gen_result(vm, Err(value))
        }
        Ok(Err(returned)) => {
            vm.decref(returned);
            set_state(vm, id, true, true);
            if op == AgOp::Close {
                return gen_result(vm, Err(Value::None));
            }
            Err(vm.new_exc_args(ExcKind::StopAsyncIteration, Value::None))
        }
        Err(e) => {
            set_state(vm, id, true, true);
            let ends = op == AgOp::Close
                && (vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::StopAsyncIteration))
                    || vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::GeneratorExit)));
            if ends {
                vm.decref_id(e);
                return gen_result(vm, Err(Value::None));
            }
            Err(e)
        }
    }
}

fn op_send(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    step(vm, args[0], Input::Send(args[1]))
}

pub(crate) fn op_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    step(vm, args[0], Input::Send(Value::None))
}

/// `next()` of the awaitable from the iterator protocol: `Err(value)` when it finished.
pub(crate) fn op_next_or_stop(vm: &mut Vm, id: ObjId) -> PyResult<Result<Value, Value>> {
    match step(vm, Value::Obj(id), Input::Send(Value::None)) {
        Ok(v) => Ok(Ok(v)),
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::StopIteration)) => {
            let v = vm.stop_iteration_value(e);
            vm.decref_id(e);
            Ok(Err(v))
        }
        Err(e) => Err(e),
    }
}

fn op_throw(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let exc = match args.get(2).filter(|v| **v != Value::None) {
        Some(&inst) => vm.make_exception(inst)?,
        None => vm.make_exception(args[1])?,
    };
    step(vm, args[0], Input::Throw(exc))
}

fn op_close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(id) = args[0].as_obj() {
        let started = matches!(vm.heap.get(id), Object::Iter(Iter::AsyncGenOp { started: true, .. }));
        set_state(vm, id, started, true);
    }
    Ok(Value::None)
}
