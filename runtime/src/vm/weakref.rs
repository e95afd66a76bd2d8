//! Weak references, proxies and `finalize`: the runtime's own types, below the modules because
//! the VM needs them for equality, hashing, calls and shutdown. The behaviour is that of
//! CPython's `Objects/weakrefobject.c` and `Lib/weakref.py`'s `finalize`; `modules/weakref.rs`
//! only names them in `_weakref`, and `pylib/weakref.py` adds the Python-level containers.

use super::args::arity;
use crate::object::address;
use crate::object::exc_kind::ExcKind;
use crate::object::{FinalizeInfo, Finalizer, Object, WeakKind, WeakRef};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn weakref_error(vm: &mut Vm, obj: Value) -> ObjId {
    let tn = vm.type_name(obj);
    vm.new_exc(ExcKind::TypeError, &format!("cannot create weak reference to '{tn}' object"))
}

/// `weakref.ref(obj[, callback])`: a plain reference to an object is shared, as in CPython.
pub fn ref_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "ref() takes no keyword arguments"));
    }
    crate::vm::args::check_positional(vm, "__new__", args, 1, 2)?;
    let callback = args.get(1).copied().unwrap_or(Value::None);
    new_weakref(vm, args[0], callback, WeakKind::Ref)
}

fn new_weakref(vm: &mut Vm, obj: Value, callback: Value, kind: WeakKind) -> PyResult<Value> {
    let Some(id) = obj.as_obj().filter(|_| vm.weakrefable(obj)) else {
        return Err(weakref_error(vm, obj));
    };
    if callback == Value::None {
        let existing = vm.weakrefs_of(id).iter().copied().find(|&w| {
            matches!(vm.heap.get(w), Object::WeakRef(x)
                if x.callback == Value::None && x.kind == kind && x.owner.is_none())
        });
        if let Some(w) = existing {
            vm.heap.incref(w);
            return Ok(Value::Obj(w));
        }
    }
    vm.incref(callback);
    let w = vm.heap.alloc(Object::WeakRef(WeakRef {
        referent: Some(id),
        callback,
        hash: None,
        kind,
        owner: None,
    }));
    vm.link_weakref(id, w, callback == Value::None);
    Ok(Value::Obj(w))
}

/// An instance of a script's subclass of `weakref.ref` (`KeyedRef`, `WeakMethod`): a new weak
/// reference of its own, never shared, whose callback is given the instance. As CPython's
/// `weakref.__new__`, it takes the object and callback and leaves keywords to `__init__`.
pub fn subclass_ref_new(vm: &mut Vm, cls: ObjId, args: &[Value]) -> PyResult<Value> {
    crate::vm::args::check_positional(vm, "__new__", args, 1, 2)?;
    let obj = args[0];
    let Some(id) = obj.as_obj().filter(|_| vm.weakrefable(obj)) else {
        return Err(weakref_error(vm, obj));
    };
    let callback = vm.share(args.get(1).copied().unwrap_or(Value::None));
    let inst = vm.new_instance(cls);
    let owner = inst.as_obj();
    let w = vm.heap.alloc(Object::WeakRef(WeakRef {
        referent: Some(id),
        callback,
        hash: None,
        kind: WeakKind::Ref,
        owner,
    }));
    vm.link_weakref(id, w, false);
    vm.set_payload(inst, Value::Obj(w));
    Ok(inst)
}

/// What a script sees of a weak reference: the subclass instance it belongs to, or itself.
/// The owner is trusted only while it still holds this reference as its payload (a script
/// that reached the payload through `gc` could keep it past its owner).
pub fn face(vm: &Vm, w: ObjId) -> ObjId {
    let owner = match vm.heap.get(w) {
        Object::WeakRef(x) => x.owner,
        _ => None,
    };
    owner
        .filter(|&o| vm.heap.is_live(o) && vm.heap.refcount(o) > 0)
        .filter(|&o| matches!(vm.heap.get(o), Object::Instance(i) if i.base() == Some(Value::Obj(w))))
        .unwrap_or(w)
}

/// The object a weak reference's callback is given: its face, unless it belongs to a subclass
/// instance that is itself being torn down (CPython skips a reference whose count is zero).
pub fn callback_target(vm: &Vm, w: ObjId) -> Option<ObjId> {
    let f = face(vm, w);
    let owned = matches!(vm.heap.get(w), Object::WeakRef(x) if x.owner.is_some());
    (f != w || !owned).then_some(f)
}

/// `ReferenceType.__init__`: the arguments were taken by `__new__`; only checked here.
pub fn ref_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "ref() takes no keyword arguments"));
    }
    crate::vm::args::check_positional(vm, "__init__", &args[1.min(args.len())..], 1, 2)?;
    Ok(Value::None)
}

/// `ReferenceType.__call__`, for subclasses (a plain reference is called directly).
pub fn ref_dunder_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let w = args.first().and_then(|a| a.as_obj()).filter(|&w| matches!(vm.heap.get(w), Object::WeakRef(_)));
    match w {
        Some(w) => {
            check_call_args(vm, args.len() - 1, kwargs)?;
            Ok(ref_call(vm, w))
        }
        None => Err(vm.new_exc(ExcKind::TypeError, "descriptor '__call__' needs a 'weakref' object")),
    }
}

/// A weak reference is called with no arguments.
pub fn check_call_args(vm: &mut Vm, given: usize, kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "weakref() takes no keyword arguments"));
    }
    if given > 0 {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("weakref expected 0 arguments, got {given}")));
    }
    Ok(())
}

/// `ReferenceType.__hash__`.
pub fn ref_dunder_hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(w) = args.first().and_then(|a| a.as_obj()) else { return Ok(Value::None) };
    Ok(Value::Int(weakref_hash(vm, w)?))
}

/// `ReferenceType.__eq__` and `__ne__`: referents compare while both live, else identity.
fn ref_compare(vm: &mut Vm, args: &[Value], negate: bool) -> PyResult<Value> {
    let (a, b) = (args.first().copied().unwrap_or(Value::None), args.get(1).copied().unwrap_or(Value::None));
    let b = vm.payload(b);
    match (a.as_obj(), b.as_obj()) {
        (Some(x), Some(y))
            if matches!(vm.heap.get(x), Object::WeakRef(w) if w.kind == WeakKind::Ref)
                && matches!(vm.heap.get(y), Object::WeakRef(w) if w.kind == WeakKind::Ref) =>
        {
            Ok(Value::Bool(weakref_eq(vm, x, y)? != negate))
        }
        _ => Ok(vm.share(Value::Obj(vm.not_implemented))),
    }
}

pub fn ref_dunder_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    ref_compare(vm, args, false)
}

pub fn ref_dunder_ne(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    ref_compare(vm, args, true)
}

pub fn ref_dunder_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(w) = args.first().and_then(|a| a.as_obj()) else { return Ok(Value::None) };
    let s = weakref_repr(vm, w)?;
    Ok(vm.new_str(s))
}

pub fn proxy_new(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "proxy", args, 1, 2)?;
    let callback = args.get(1).copied().unwrap_or(Value::None);
    let kind = if vm.callable(args[0]) { WeakKind::CallableProxy } else { WeakKind::Proxy };
    new_weakref(vm, args[0], callback, kind)
}

pub fn getweakrefcount(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getweakrefcount", args, 1, 1)?;
    let n = args[0].as_obj().map_or(0, |id| vm.weakrefs_of(id).len());
    Ok(Value::Int(n as i64))
}

pub fn getweakrefs(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getweakrefs", args, 1, 1)?;
    let refs: Vec<ObjId> = args[0].as_obj().map(|id| vm.weakrefs_of(id).to_vec()).unwrap_or_default();
    let items = refs
        .into_iter()
        .map(|w| {
            let w = face(vm, w);
            vm.heap.incref(w);
            Value::Obj(w)
        })
        .collect();
    Ok(vm.new_list(items))
}

/// The referent of a weak reference or proxy, if alive (borrowed). A referent whose count
/// reached zero is dead already, though its finalizers are still to run: as in CPython, a weak
/// reference to it reads as dead, so nothing can resurrect it half torn down.
pub fn referent(vm: &Vm, w: ObjId) -> Option<ObjId> {
    match vm.heap.get(w) {
        Object::WeakRef(x) => x.referent.filter(|&r| vm.heap.refcount(r) > 0),
        _ => None,
    }
}

/// Calling a weak reference: the referent (a new reference), or `None`.
pub fn ref_call(vm: &mut Vm, w: ObjId) -> Value {
    match referent(vm, w) {
        Some(r) => {
            vm.heap.incref(r);
            Value::Obj(r)
        }
        None => Value::None,
    }
}

/// A live proxy's referent, or `ReferenceError`.
pub fn proxy_target(vm: &mut Vm, w: ObjId) -> PyResult<Value> {
    match referent(vm, w) {
        Some(r) => Ok(Value::Obj(r)),
        None => Err(vm.new_exc(ExcKind::ReferenceError, "weakly-referenced object no longer exists")),
    }
}

pub fn ref_callback(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cb = match args.first().and_then(|a| a.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::WeakRef(w)) => w.callback,
        _ => Value::None,
    };
    Ok(vm.share(cb))
}

pub fn weakref_repr(vm: &mut Vm, w: ObjId) -> PyResult<String> {
    let (target, kind) = match vm.heap.get(w) {
        Object::WeakRef(x) => (x.referent, x.kind),
        _ => (None, WeakKind::Ref),
    };
    let shown = face(vm, w);
    if kind != WeakKind::Ref {
        // CPython 3.11 words a proxy's repr differently, and shows a dead one as to None.
        let (tn, at) = match target {
            Some(t) => (vm.type_name(Value::Obj(t)), address(t)),
            None => ("NoneType".to_string(), "0x0000009d2c40".to_string()),
        };
        return Ok(format!("<weakproxy at {} to {tn} at {at}>", address(w)));
    }
    let Some(t) = target else { return Ok(format!("<weakref at {}; dead>", address(shown))) };
    let tn = vm.type_name(Value::Obj(t));
    let name = vm.intern("__name__");
    let n = match vm.getattr(Value::Obj(t), name) {
        Ok(n) => {
            let s = vm.str_of(n).map(str::to_string);
            vm.decref(n);
            s
        }
        Err(e) => {
            vm.decref_id(e);
            None
        }
    };
    vm.decref_id(name);
    Ok(match n {
        Some(n) => format!("<weakref at {}; to '{tn}' at {} ({n})>", address(shown), address(t)),
        None => format!("<weakref at {}; to '{tn}' at {}>", address(shown), address(t)),
    })
}

/// The hash of a weak reference is its referent's, remembered once taken.
pub fn weakref_hash(vm: &mut Vm, w: ObjId) -> PyResult<i64> {
    let (target, cached) = match vm.heap.get(w) {
        Object::WeakRef(x) => (x.referent, x.hash),
        _ => (None, None),
    };
    if let Some(h) = cached {
        return Ok(h);
    }
    let Some(t) = target else { return Err(vm.new_exc(ExcKind::TypeError, "weak object has gone away")) };
    let h = vm.hash(Value::Obj(t))?;
    if let Object::WeakRef(x) = vm.heap.get_mut(w) {
        x.hash = Some(h);
    }
    Ok(h)
}

/// `a == b` for two weak references: their referents compare if both are alive, else identity.
pub fn weakref_eq(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<bool> {
    match (referent(vm, a), referent(vm, b)) {
        (Some(x), Some(y)) => vm.eq(Value::Obj(x), Value::Obj(y)),
        _ => Ok(a == b),
    }
}

// ---- finalize ------------------------------------------------------------------------------

/// `finalize(obj, func, /, *args, **kwargs)`.
pub fn finalize_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        let msg = if args.is_empty() {
            "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'"
        } else {
            "finalize.__init__() missing 1 required positional argument: 'func'"
        };
        return Err(vm.new_exc(ExcKind::TypeError, msg));
    }
    register_exit_hook(vm);
    let (obj, func) = (args[0], args[1]);
    if !vm.weakrefable(obj) {
        return Err(weakref_error(vm, obj));
    }
    let f = vm.heap.alloc(Object::Finalize(Finalizer { info: None }));
    let wr = match new_weakref(vm, obj, Value::Obj(f), WeakKind::Ref) {
        Ok(w) => w,
        Err(e) => {
            vm.decref_id(f);
            return Err(e);
        }
    };
    let (args_t, kw) = vm.pack_args(&args[2..], kwargs);
    vm.incref(func);
    compact_registry(vm);
    let Value::Obj(wr) = wr else { return Err(vm.new_exc(ExcKind::SystemError, "weakref")) };
    vm.heap.incref(f);
    let index = vm.finalize.push(f);
    if let Object::Finalize(fz) = vm.heap.get_mut(f) {
        fz.info = Some(FinalizeInfo { weakref: wr, func, args: args_t, kwargs: kw, atexit: true, index });
    }
    Ok(Value::Obj(f))
}

/// Drops the registry's dead entries once they outnumber the live ones, renumbering the live
/// finalizers (their order, which is all the index is for, stays).
fn compact_registry(vm: &mut Vm) {
    let Some(live) = vm.finalize.compact() else { return };
    for (i, &f) in live.iter().enumerate() {
        if let Object::Finalize(fz) = vm.heap.get_mut(f)
            && let Some(info) = fz.info.as_mut()
        {
            info.index = i as u64;
        }
    }
}

/// `Lib/weakref.py` registers the finalizers' exit hook when the first one is made.
fn register_exit_hook(vm: &mut Vm) {
    if vm.finalize.hook_registered {
        return;
    }
    vm.finalize.hook_registered = true;
    let fd = vm.type_obj(vm.types.finalize).dict;
    if let Some(hook) = vm.dict_get_str(fd, "_exitfunc") {
        vm.incref(hook);
        let args = vm.new_tuple(Vec::new());
        vm.exit.handlers.push(Some((hook, args, Value::None)));
    }
}

/// The finalizer behind a value (an instance of a subclass holds one as its payload).
fn finalizer_id(vm: &Vm, v: Value) -> Option<ObjId> {
    let p = vm.payload(v);
    p.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Finalize(_)))
}

/// Takes the finalizer out of the registry: it is dead from now on. Returns its info (whose
/// references the caller now owns) if it was alive.
fn take_info(vm: &mut Vm, f: ObjId) -> Option<FinalizeInfo> {
    let info = match vm.heap.get_mut(f) {
        Object::Finalize(fz) => fz.info.take(),
        _ => None,
    }?;
    if let Some(id) = vm.finalize.remove(info.index) {
        // The registry's reference: the caller still holds one (it is calling us).
        vm.decref_id(id);
    }
    Some(info)
}

fn release_info(vm: &mut Vm, info: FinalizeInfo) {
    vm.decref_id(info.weakref);
    vm.decref(info.func);
    vm.decref(info.args);
    vm.decref(info.kwargs);
}

/// `f()`: runs the callback if the finalizer is alive (and exit has not passed); at most once.
pub fn finalize_call(vm: &mut Vm, f: ObjId) -> PyResult<Value> {
    vm.heap.incref(f);
    let info = take_info(vm, f);
    let r = match info {
        Some(info) if !vm.finalize.shut_down => {
            let (func, args, kwargs) = (info.func, info.args, info.kwargs);
            let r = vm.call_packed(func, args, kwargs);
            // CPython's `__call__` drops the callback and its arguments as it returns: what
            // only they kept alive dies before the caller goes on (the next exit finalizer).
            release_info(vm, info);
            vm.run_doomed();
            r
        }
        Some(info) => {
            release_info(vm, info);
            Ok(Value::None)
        }
        None => Ok(Value::None),
    };
    vm.decref_id(f);
    r
}

/// `(obj, func, args, kwargs)` of a live finalizer whose object is alive.
fn finalize_state(vm: &mut Vm, f: ObjId) -> Option<Value> {
    let (wr, func, args, kwargs) = match vm.heap.get(f) {
        Object::Finalize(fz) => fz.info.as_ref().map(|i| (i.weakref, i.func, i.args, i.kwargs))?,
        _ => return None,
    };
    let obj = referent(vm, wr)?;
    vm.heap.incref(obj);
    vm.incref(func);
    vm.incref(args);
    let kwargs = if kwargs == Value::None {
        Value::Obj(vm.new_dict())
    } else {
        vm.incref(kwargs);
        kwargs
    };
    Some(vm.new_tuple(vec![Value::Obj(obj), func, args, kwargs]))
}

pub fn finalize_detach(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(f) = args.first().and_then(|&a| finalizer_id(vm, a)) else { return Ok(Value::None) };
    match finalize_state(vm, f) {
        Some(state) => {
            vm.heap.incref(f);
            if let Some(info) = take_info(vm, f) {
                release_info(vm, info);
            }
            vm.decref_id(f);
            Ok(state)
        }
        None => Ok(Value::None),
    }
}

pub fn finalize_peek(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(f) = args.first().and_then(|&a| finalizer_id(vm, a)) else { return Ok(Value::None) };
    Ok(finalize_state(vm, f).unwrap_or(Value::None))
}

fn info_of(vm: &Vm, v: Value) -> Option<&FinalizeInfo> {
    let f = finalizer_id(vm, v)?;
    match vm.heap.get(f) {
        Object::Finalize(fz) => fz.info.as_ref(),
        _ => None,
    }
}

pub fn finalize_alive(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(args.first().is_some_and(|&a| info_of(vm, a).is_some())))
}

pub fn finalize_get_atexit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(args.first().and_then(|&a| info_of(vm, a)).is_some_and(|i| i.atexit)))
}

pub fn finalize_set_atexit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "atexit", args, 2, 2)?;
    let on = vm.truthy(args[1])?;
    if let Some(f) = finalizer_id(vm, args[0])
        && let Object::Finalize(fz) = vm.heap.get_mut(f)
        && let Some(info) = fz.info.as_mut()
    {
        info.atexit = on;
    }
    Ok(Value::None)
}

pub fn finalize_repr(vm: &mut Vm, v: Value) -> String {
    let f = finalizer_id(vm, v);
    let shown = match v.as_obj() {
        Some(id) => address(id),
        None => "0x0".into(),
    };
    let tn = vm.type_name(v);
    let target = f.and_then(|f| match vm.heap.get(f) {
        Object::Finalize(fz) => fz.info.as_ref().and_then(|i| referent(vm, i.weakref)),
        _ => None,
    });
    match target {
        Some(t) => {
            let otn = vm.type_name(Value::Obj(t));
            format!("<{tn} object at {shown}; for '{otn}' at {}>", address(t))
        }
        None => format!("<{tn} object at {shown}; dead>"),
    }
}

/// The exit hook: live finalizers with `atexit` set run newest first, with the collector off;
/// their exceptions go to `sys.excepthook`. Afterwards no finalizer runs any more.
pub fn finalize_exitfunc(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut reenable = false;
    let mut result = Ok(Value::None);
    if vm.finalize.live() > 0 {
        reenable = vm.heap.gc.enabled;
        vm.heap.gc.enabled = false;
        let mut pending: Option<Vec<ObjId>> = None;
        loop {
            if pending.is_none() || vm.finalize.dirty {
                // In creation order: the newest is popped first.
                let live: Vec<ObjId> = vm
                    .finalize
                    .iter()
                    .filter(|&f| matches!(vm.heap.get(f), Object::Finalize(fz) if fz.info.as_ref().is_some_and(|i| i.atexit)))
                    .collect();
                pending = Some(live);
                vm.finalize.dirty = false;
            }
            let Some(f) = pending.as_mut().and_then(Vec::pop) else { break };
            vm.trace_finalizer(|vm| {
                let target = match vm.heap.get(f) {
                    Object::Finalize(fz) => fz.info.as_ref().and_then(|i| referent(vm, i.weakref)),
                    _ => None,
                };
                let of = target.map_or_else(|| "an object".into(), |t| vm.describe(Value::Obj(t)));
                format!("weakref.finalize of {of}")
            });
            vm.heap.incref(f);
            let r = finalize_call(vm, f);
            vm.decref_id(f);
            match r {
                Ok(v) => vm.decref(v),
                Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::Exception)) => vm.excepthook(e),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
    }
    vm.finalize.shut_down = true;
    if reenable {
        vm.heap.gc.enabled = true;
    }
    result
}

pub fn finalize_dunder_call(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__call__", args, 1, 2)?;
    match finalizer_id(vm, args[0]) {
        Some(f) => finalize_call(vm, f),
        None => Ok(Value::None),
    }
}

/// An instance of a subclass of `finalize` is the callback of its weak reference, as in
/// CPython (where it is the finalizer itself), so an overridden `__call__` runs when the
/// object dies.
pub fn adopt(vm: &mut Vm, inst: Value) {
    let Some(f) = finalizer_id(vm, inst) else { return };
    let wr = match vm.heap.get(f) {
        Object::Finalize(fz) => fz.info.as_ref().map(|i| i.weakref),
        _ => None,
    };
    if let Some(wr) = wr
        && let Object::WeakRef(w) = vm.heap.get_mut(wr)
    {
        let old = std::mem::replace(&mut w.callback, inst);
        vm.incref(inst);
        vm.decref(old);
    }
}
