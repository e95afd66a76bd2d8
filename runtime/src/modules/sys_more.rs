//! The rest of `sys` that scripts and libraries read: constants of the build (`byteorder`,
//! `hexversion`, `maxunicode`...), where the interpreter lives (`executable`, `prefix`),
//! `intern`, `getsizeof`, and the tracing and audit hooks, which Reap accepts and
//! does not call (it has no line tracer).

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub(super) fn install(vm: &mut Vm, d: ObjId) {
    let texts = [
        ("byteorder", if cfg!(target_endian = "little") { "little" } else { "big" }),
        ("float_repr_style", "short"),
        ("abiflags", ""),
        ("platlibdir", "lib"),
        ("copyright", "Copyright (c) the Reap authors.\nAll Rights Reserved."),
    ];
    for (name, text) in texts {
        let s = vm.new_str(text);
        vm.dict_set_str(d, name, s);
    }
    vm.dict_set_str(d, "maxunicode", Value::Int(0x10_FFFF));
    // 3.11.7, final: what `version_info` says.
    vm.dict_set_str(d, "hexversion", Value::Int(0x030B_07F0));
    vm.dict_set_str(d, "api_version", Value::Int(1013));
    vm.dict_set_str(d, "pycache_prefix", Value::None);
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    // The prefix is the folder above the binary's (`/usr` for `/usr/bin/reap`).
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(std::path::Path::parent)
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    vm.dict_set_str(d, "executable", exe);
    vm.incref(exe);
    vm.dict_set_str(d, "_base_executable", exe);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.clone());
        vm.dict_set_str(d, name, p);
    }
    let names: Vec<Value> = vm.slots.module_names.iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(d, "builtin_module_names", names);
    let meta_path = vm.new_list(Vec::new());
    vm.dict_set_str(d, "meta_path", meta_path);
    let path_hooks = vm.new_list(Vec::new());
    vm.dict_set_str(d, "path_hooks", path_hooks);
    let cache = vm.new_dict();
    vm.dict_set_str(d, "path_importer_cache", Value::Obj(cache));
    def(vm, d, "sys.intern", intern);
    def(vm, d, "sys.set_asyncgen_hooks", set_asyncgen_hooks);
    def(vm, d, "sys.get_asyncgen_hooks", get_asyncgen_hooks);
    def(vm, d, "sys.getsizeof", getsizeof);
    def(vm, d, "sys.is_finalizing", is_finalizing);
    def(vm, d, "sys.getfilesystemencoding", getfilesystemencoding);
    def(vm, d, "sys.getfilesystemencodeerrors", getfilesystemencodeerrors);
    def(vm, d, "sys.getswitchinterval", getswitchinterval);
    def(vm, d, "sys.setswitchinterval", accept_one);
    def(vm, d, "sys.settrace", accept_one);
    def(vm, d, "sys.setprofile", accept_one);
    def(vm, d, "sys.gettrace", get_none);
    def(vm, d, "sys.getprofile", get_none);
    def(vm, d, "sys.audit", audit);
    def(vm, d, "sys.addaudithook", accept_one);
    def(vm, d, "sys.call_tracing", call_tracing);
    def(vm, d, "sys.getallocatedblocks", getallocatedblocks);
    def(vm, d, "sys.unraisablehook", unraisablehook);
    if let Some(h) = vm.dict_get_str(d, "unraisablehook") {
        vm.incref(h);
        vm.dict_set_str(d, "__unraisablehook__", h);
    }
}

/// `sys.getallocatedblocks()`: the objects the heap holds (CPython counts its allocator's
/// blocks; both grow and shrink with the objects a program keeps).
fn getallocatedblocks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getallocatedblocks", args, 0, 0)?;
    Ok(Value::Int(vm.heap.live().count() as i64))
}

/// The default `sys.unraisablehook(unraisable)`: prints the report, as for an exception
/// raised in `__del__`.
fn unraisablehook(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "unraisablehook", args, 1, 1)?;
    let field = |vm: &mut Vm, name: &str| -> PyResult<Value> { vm.getattr_str(args[0], name) };
    let exc = field(vm, "exc_value")?;
    let msg = field(vm, "err_msg")?;
    let obj = field(vm, "object")?;
    let what = vm.str_of(msg).unwrap_or("Exception ignored in").to_string();
    vm.decref(msg);
    match exc.as_obj() {
        Some(e) if matches!(vm.heap.get(e), Object::Instance(i) if i.exc().is_some()) => {
            vm.print_unraisable(e, &what, obj);
        }
        _ => vm.decref(exc),
    }
    vm.decref(obj);
    Ok(Value::None)
}

/// `sys.intern(s)`: the interned string equal to `s`.
fn intern(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "intern", args, 1, 1)?;
    let Some(s) = vm.str_of(args[0]).map(str::to_string) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("intern() argument must be str, not {tn}")));
    };
    Ok(Value::Obj(vm.intern(&s)))
}

/// `sys.getsizeof(obj[, default])`: the object's `__sizeof__` if its class has one, else an
/// estimate of what Reap holds for it (CPython's sizes differ by layout anyway).
fn getsizeof(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getsizeof", args, 1, 2)?;
    if let Some(r) = vm.try_dunder(args[0], "__sizeof__", &[])? {
        // CPython adds the collector's header and the managed-dict pointers that precede an
        // instance of a Python class.
        let is_instance = matches!(args[0].as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
        return Ok(match r {
            Value::Int(n) if is_instance => Value::Int(n + 32),
            r => r,
        });
    }
    let size = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        None => 28,
        Some(Object::Str(s)) => 49 + s.s.len(),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => 33 + b.len(),
        Some(Object::List(l)) => 56 + 8 * l.len(),
        Some(Object::Tuple(t)) => 40 + 8 * t.len(),
        Some(Object::Dict(t)) => 64 + 32 * t.len(),
        Some(_) => 48,
    };
    Ok(Value::Int(size as i64))
}

fn is_finalizing(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "is_finalizing", args, 0, 0)?;
    Ok(Value::Bool(false))
}

fn getfilesystemencoding(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getfilesystemencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getfilesystemencodeerrors", args, 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(0.005))
}

/// The hooks Reap accepts and never calls: `settrace`, `setprofile`, `addaudithook`...
fn accept_one(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "hook", args, 1, 1)?;
    Ok(Value::None)
}

fn get_none(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "gettrace", args, 0, 0)?;
    Ok(Value::None)
}

/// `sys.audit(event, *args)`: no audit hooks run in Reap.
fn audit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.first().and_then(|&a| vm.str_of(a)).is_none() {
        return Err(vm.new_exc(ExcKind::TypeError, "audit() argument 1 must be str"));
    }
    Ok(Value::None)
}

/// `sys.call_tracing(func, args)`: `func(*args)`.
fn call_tracing(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "call_tracing", args, 2, 2)?;
    let items = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.clone(),
        _ => return Err(vm.new_exc(ExcKind::TypeError, "call_tracing(): argument 2 must be tuple")),
    };
    vm.call(args[0], &items, &[])
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: a hook left out stays as it is;
/// `None` removes it.
fn set_asyncgen_hooks(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["firstiter", "finalizer"];
    let [firstiter, finalizer] =
        crate::vm::args::bind_args(vm, "set_asyncgen_hooks", args, kwargs, names, 2, 0)?;
    // Both are checked before either is set, finalizer first, as CPython's.
    for (name, hook) in [("finalizer", finalizer), ("firstiter", firstiter)] {
        if let Some(h) = hook.filter(|&h| h != Value::None && !vm.callable(h)) {
            let tn = vm.type_name(h);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("callable {name} expected, got {tn}")));
        }
    }
    for (slot, hook) in [(0, firstiter), (1, finalizer)] {
        let Some(h) = hook else { continue };
        let new = h.as_obj().filter(|_| h != Value::None);
        if let Some(n) = new {
            vm.heap.incref(n);
        }
        let hooks = &mut vm.asyncgen_hooks;
        let old = std::mem::replace(if slot == 0 { &mut hooks.firstiter } else { &mut hooks.finalizer }, new);
        if let Some(o) = old {
            vm.decref_id(o);
        }
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn get_asyncgen_hooks(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get_asyncgen_hooks", args, 0, 0)?;
    let cls = match vm.asyncgen_hooks.result_type {
        Some(c) => c,
        None => {
            let c =
                super::struct_seq::new_type(vm, "builtins", "asyncgen_hooks", &["firstiter", "finalizer"])?;
            vm.asyncgen_hooks.result_type = Some(c);
            c
        }
    };
    let hooks = &vm.asyncgen_hooks;
    let values: Vec<Value> =
        [hooks.firstiter, hooks.finalizer].iter().map(|h| h.map_or(Value::None, Value::Obj)).collect();
    for &v in &values {
        vm.incref(v);
    }
    // Made directly: like CPython's, the type cannot be called.
    Ok(super::struct_seq::make(vm, cls, values, &[]))
}
