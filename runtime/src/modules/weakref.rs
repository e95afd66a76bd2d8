//! The `_weakref` module: the names scripts import. The types behind them (weak references,
//! proxies, `finalize`) are the runtime's own, in `vm/weakref.rs`; `pylib/weakref.py` adds the
//! Python-level containers on top.

use super::def;
use crate::object::Object;
use crate::value::Value;
use crate::vm::{Vm, weakref};

pub fn install(vm: &mut Vm) {
    let (m, d) = super::new_module(vm, "_weakref");
    let t = &vm.types;
    let (wr, proxy, cproxy, fin) = (t.weakref, t.weakproxy, t.weakcallableproxy, t.finalize);
    for (name, ty) in [
        ("ref", wr),
        ("ReferenceType", wr),
        ("ProxyType", proxy),
        ("CallableProxyType", cproxy),
        ("finalize", fin),
    ] {
        vm.heap.incref(ty);
        vm.dict_set_str(d, name, Value::Obj(ty));
    }
    def(vm, d, "proxy", weakref::proxy_new);
    def(vm, d, "getweakrefcount", weakref::getweakrefcount);
    def(vm, d, "getweakrefs", weakref::getweakrefs);

    let wd = vm.type_obj(wr).dict;
    // What a subclass's instances find (a plain reference is handled by the VM directly).
    def(vm, wd, "ReferenceType.__call__", weakref::ref_dunder_call);
    def(vm, wd, "ReferenceType.__hash__", weakref::ref_dunder_hash);
    def(vm, wd, "ReferenceType.__eq__", weakref::ref_dunder_eq);
    def(vm, wd, "ReferenceType.__ne__", weakref::ref_dunder_ne);
    def(vm, wd, "ReferenceType.__repr__", weakref::ref_dunder_repr);
    def(vm, wd, "ReferenceType.__init__", weakref::ref_init);
    let new = vm.new_builtin("ReferenceType.__new__", crate::types::object::builtin_new, None);
    let sm = vm.alloc(Object::StaticMethod(new));
    vm.dict_set_str(wd, "__new__", sm);
    let cb = vm.new_builtin("ReferenceType.__callback__", weakref::ref_callback, None);
    let p = vm.alloc(Object::property(cb, Value::None));
    vm.dict_set_str(wd, "__callback__", p);

    let fd = vm.type_obj(fin).dict;
    def(vm, fd, "finalize.detach", weakref::finalize_detach);
    def(vm, fd, "finalize.peek", weakref::finalize_peek);
    let alive = vm.new_builtin("finalize.alive", weakref::finalize_alive, None);
    let p = vm.alloc(Object::property(alive, Value::None));
    vm.dict_set_str(fd, "alive", p);
    let get = vm.new_builtin("finalize.atexit", weakref::finalize_get_atexit, None);
    let set = vm.new_builtin("finalize.atexit", weakref::finalize_set_atexit, None);
    let p = vm.alloc(Object::property(get, set));
    vm.dict_set_str(fd, "atexit", p);
    def(vm, fd, "finalize.__call__", weakref::finalize_dunder_call);
    // A class method in CPython: bound to the class here, so that it is no method of
    // finalize objects that would want one as its receiver.
    let hook = vm.new_builtin("finalize._exitfunc", weakref::finalize_exitfunc, Some(Value::Obj(fin)));
    vm.dict_set_str(fd, "_exitfunc", hook);

    let modules = vm.modules;
    vm.dict_set_str(modules, "_weakref", m);
    // An extension: `finalize(obj, fn, *args)` works in the REPL without an import.
    let b = vm.builtins;
    vm.heap.incref(fin);
    vm.dict_set_str(b, "finalize", Value::Obj(fin));
}
