//! Generators and coroutines: `send`, `throw`, `close`, `__next__`, `__await__`, and the
//! iterator a coroutine's `__await__` returns.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{GenKind, Iter, Layout, Object};
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
    let coroutine = t(vm, |t| t.coroutine);
    def(vm, coroutine, "coroutine.send", gen_send);
    def(vm, coroutine, "coroutine.throw", gen_throw);
    def(vm, coroutine, "coroutine.close", gen_close);
    def(vm, coroutine, "coroutine.__await__", coro_await);
    for (name, class) in [
        ("generator.__del__", vm.types.generator),
        ("coroutine.__del__", vm.types.coroutine),
        ("async_generator.__del__", vm.types.async_generator),
    ] {
        let dict = vm.type_obj(class).dict;
        def(vm, dict, name, gen_del);
    }
    let wrapper = t(vm, |t| t.iters["coroutine_wrapper"]);
    def(vm, wrapper, "coroutine_wrapper.send", wrapper_send);
    def(vm, wrapper, "coroutine_wrapper.throw", wrapper_throw);
    def(vm, wrapper, "coroutine_wrapper.close", wrapper_close);
    def(vm, wrapper, "coroutine_wrapper.__next__", wrapper_next);
    def(vm, wrapper, "coroutine_wrapper.__iter__", identity);
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

/// `self` as a generator-like object of the method's own kind, or CPython's TypeError.
fn receiver(vm: &mut Vm, v: Value, kind: GenKind, method: &str) -> PyResult<ObjId> {
    match v.as_obj() {
        Some(id) if vm.gen_kind(id) == Some(kind) => Ok(id),
        _ => {
            let owner = kind.type_name();
            let tn = vm.type_name(v);
            let msg = format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{tn}' object");
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

fn own_kind(vm: &Vm, v: Value) -> GenKind {
    v.as_obj().and_then(|id| vm.gen_kind(id)).unwrap_or(GenKind::Generator)
}

pub(crate) fn gen_send(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let id = receiver(vm, args[0], own_kind(vm, args[0]), "send")?;
    let r = vm.gen_send(id, args[1])?;
    gen_result(vm, r)
}

pub(crate) fn gen_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    // An instance of a subclass (`class E(enumerate)`) steps the iterator inside it; asking
    // the instance itself would find this method again.
    let mut it = args[0];
    if let Some(Object::Instance(_)) = it.as_obj().map(|id| vm.heap.get(id)) {
        it = vm.payload(it);
        if it.is(args[0]) {
            let tn = vm.type_name(it);
            let msg = format!("descriptor '__next__' requires an iterator object but received a '{tn}'");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    }
    let r = vm.next_or_stop(it)?;
    gen_result(vm, r)
}

pub(crate) fn gen_throw(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let id = receiver(vm, args[0], own_kind(vm, args[0]), "throw")?;
    throw_into(vm, id, &args[1..])
}

/// `throw(type[, value[, tb]])` or `throw(exc)` into a generator-like object.
fn throw_into(vm: &mut Vm, id: ObjId, args: &[Value]) -> PyResult<Value> {
    let exc = thrown_exception(vm, args)?;
    let r = vm.gen_throw(id, exc)?;
    gen_result(vm, r)
}

/// The exception `throw(typ, val, tb)` raises, as CPython normalises it: an instance as it is
/// (with no separate value); a class called with the value (a tuple spread as arguments),
/// unless the value is already an instance of it.
fn thrown_exception(vm: &mut Vm, args: &[Value]) -> PyResult<ObjId> {
    let (typ, val) = (args[0], args.get(1).copied().unwrap_or(Value::None));
    if let Some(&tb) = args.get(2)
        && tb != Value::None
        && !matches!(tb.as_obj().map(|t| vm.heap.get(t)), Some(Object::Traceback { .. }))
    {
        return Err(vm.new_exc(ExcKind::TypeError, "throw() third argument must be a traceback object"));
    }
    let is_class = matches!(typ.as_obj().map(|t| vm.heap.get(t)), Some(Object::Type(t)) if t.layout == Layout::Exception);
    if is_class {
        if val != Value::None && vm.isinstance(val, typ.as_obj().unwrap_or(vm.types.object)) {
            return vm.exception_unchained(val);
        }
        let made = match val.as_obj().map(|v| vm.heap.get(v)) {
            _ if val == Value::None => vm.call(typ, &[], &[])?,
            Some(Object::Tuple(items)) => {
                let items = items.clone();
                vm.call(typ, &items, &[])?
            }
            _ => vm.call(typ, &[val], &[])?,
        };
        let r = vm.exception_unchained(made);
        vm.decref(made);
        return r;
    }
    if matches!(typ.as_obj().map(|t| vm.heap.get(t)), Some(Object::Instance(i)) if i.exc().is_some()) {
        if val != Value::None {
            return Err(vm.new_exc(ExcKind::TypeError, "instance exception may not have a separate value"));
        }
        return vm.exception_unchained(typ);
    }
    let tn = vm.type_name(typ);
    let msg = format!("exceptions must be classes or instances deriving from BaseException, not {tn}");
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

pub(crate) fn gen_close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = receiver(vm, args[0], own_kind(vm, args[0]), "close")?;
    vm.gen_close(id)?;
    Ok(Value::None)
}

/// `gen.__del__()`: the finalizer run now (a suspended generator closed, an unawaited
/// coroutine's warning), as CPython's slot wrapper of `tp_finalize`.
fn gen_del(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = receiver(vm, args[0], own_kind(vm, args[0]), "__del__")?;
    vm.close_generator(id);
    Ok(Value::None)
}

/// `coroutine.__await__()`: an iterator that runs the coroutine.
fn coro_await(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = receiver(vm, args[0], GenKind::Coroutine, "__await__")?;
    vm.heap.incref(id);
    Ok(vm.alloc(Object::Iter(Iter::Await { coro: id })))
}

fn wrapped(vm: &mut Vm, v: Value) -> PyResult<ObjId> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Iter(Iter::Await { coro })) => Ok(*coro),
        _ => Err(vm.new_exc(ExcKind::TypeError, "expected a coroutine_wrapper")),
    }
}

fn wrapper_send(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let coro = wrapped(vm, args[0])?;
    let r = vm.gen_send(coro, args[1])?;
    gen_result(vm, r)
}

fn wrapper_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let coro = wrapped(vm, args[0])?;
    let r = vm.gen_send(coro, Value::None)?;
    gen_result(vm, r)
}

fn wrapper_throw(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let coro = wrapped(vm, args[0])?;
    throw_into(vm, coro, &args[1..])
}

fn wrapper_close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let coro = wrapped(vm, args[0])?;
    vm.gen_close(coro)?;
    Ok(Value::None)
}

pub(crate) fn identity(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(vm.share(args[0]))
}

/// The data attributes of each kind's type.
pub(crate) fn attrs(kind: GenKind) -> &'static [GetSet] {
    match kind {
        GenKind::Generator => ATTRS,
        GenKind::Coroutine => CORO_ATTRS,
        GenKind::AsyncGenerator => ASYNC_GEN_ATTRS,
    }
}

const CORO_ATTRS: &[GetSet] = &[
    GetSet { name: "__name__", get: generator_name },
    GetSet { name: "cr_running", get: generator_running },
    GetSet { name: "cr_code", get: generator_code },
    GetSet { name: "cr_frame", get: generator_frame },
    GetSet { name: "cr_await", get: generator_awaiting },
    GetSet { name: "cr_origin", get: nothing },
    GetSet { name: "cr_suspended", get: generator_suspended },
    GetSet { name: "__qualname__", get: generator_qualname },
];

const ASYNC_GEN_ATTRS: &[GetSet] = &[
    GetSet { name: "__name__", get: generator_name },
    GetSet { name: "ag_running", get: generator_running },
    GetSet { name: "ag_code", get: generator_code },
    GetSet { name: "ag_frame", get: generator_frame },
    GetSet { name: "ag_await", get: generator_awaiting },
    GetSet { name: "__qualname__", get: generator_qualname },
];

fn nothing(_: &mut Vm, _: ObjId) -> Value {
    Value::None
}

/// What a suspended `await`/`yield from` delegates to, or None.
fn generator_awaiting(vm: &mut Vm, id: ObjId) -> Value {
    let sub = match vm.heap.get(id) {
        Object::Generator(g) => g.frame.as_ref().and_then(|f| {
            matches!(f.code.instrs.get(f.ip), Some(crate::object::code::Instr::YieldFrom))
                .then(|| f.stack.last().copied())
                .flatten()
        }),
        _ => None,
    };
    sub.map_or(Value::None, |v| vm.share(v))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "gi_yieldfrom", get: generator_awaiting },
    GetSet { name: "__name__", get: generator_name },
    GetSet { name: "gi_running", get: generator_running },
    GetSet { name: "gi_code", get: generator_code },
    GetSet { name: "gi_frame", get: generator_frame },
    GetSet { name: "gi_suspended", get: generator_suspended },
    GetSet { name: "__qualname__", get: generator_qualname },
];

fn generator_qualname(vm: &mut Vm, id: ObjId) -> Value {
    let name = match vm.heap.get(id) {
        Object::Generator(g) => g.qualname().to_owned(),
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
        Object::Generator(g) => g.name().to_owned(),
        _ => String::new(),
    };
    vm.new_str(name)
}

/// A generator runs while its frame is out of it (on the Rust stack) and it has not finished.
/// Started, not finished and not running: stopped at a `yield` or `await`.
fn generator_suspended(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Generator(g) => Value::Bool(g.started && !g.finished && g.frame.is_some()),
        _ => Value::None,
    }
}

fn generator_running(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Generator(g) => Value::Bool(g.frame.is_none() && !g.finished),
        _ => Value::None,
    }
}
