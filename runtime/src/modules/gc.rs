//! The `gc` module: the cycle collector's controls and introspection, as CPython's.

use super::{arity, def, kwarg};
use crate::heap::{ObjId, PERMANENT, flags};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `DEBUG_*` flags: accepted and remembered; `DEBUG_SAVEALL` keeps the garbage in
/// `gc.garbage`; Reap prints no collector diagnostics (the others are not acted on).
const DEBUG_FLAGS: &[(&str, i64)] = &[
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

pub fn install(vm: &mut Vm) {
    let (m, d) = super::new_module(vm, "gc");
    def(vm, d, "gc.collect", collect);
    def(vm, d, "gc.enable", enable);
    def(vm, d, "gc.disable", disable);
    def(vm, d, "gc.isenabled", isenabled);
    def(vm, d, "gc.get_count", get_count);
    def(vm, d, "gc.get_threshold", get_threshold);
    def(vm, d, "gc.set_threshold", set_threshold);
    def(vm, d, "gc.get_stats", get_stats);
    def(vm, d, "gc.is_tracked", is_tracked);
    def(vm, d, "gc.is_finalized", is_finalized);
    def(vm, d, "gc.get_objects", get_objects);
    def(vm, d, "gc.get_referents", get_referents);
    def(vm, d, "gc.get_referrers", get_referrers);
    def(vm, d, "gc.freeze", freeze);
    def(vm, d, "gc.unfreeze", unfreeze);
    def(vm, d, "gc.get_freeze_count", get_freeze_count);
    def(vm, d, "gc.set_debug", set_debug);
    def(vm, d, "gc.get_debug", get_debug);
    for &(name, v) in DEBUG_FLAGS {
        vm.dict_set_str(d, name, Value::Int(v));
    }
    let garbage = vm.new_list(Vec::new());
    vm.incref(garbage);
    vm.gc_hooks.garbage = garbage.as_obj();
    vm.dict_set_str(d, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    vm.incref(callbacks);
    vm.gc_hooks.callbacks = callbacks.as_obj();
    vm.dict_set_str(d, "callbacks", callbacks);
    vm.dict_set_str(d, "_debug", Value::Int(0));
    let modules = vm.modules;
    vm.dict_set_str(modules, "gc", m);
}

fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("'{tn}' object cannot be interpreted as an integer{what}"),
            ))
        }
    }
}

fn collect(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "collect", args, 0, 1)?;
    let g = match args.first().copied().or_else(|| kwarg(vm, kwargs, "generation")) {
        Some(v) => int_arg(vm, v, "")?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.new_exc(ExcKind::ValueError, "invalid generation"));
    }
    vm.run_doomed();
    let n = vm.collect(g as usize);
    Ok(Value::Int(n as i64))
}

fn enable(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.heap.gc.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.heap.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(vm.heap.gc.enabled))
}

fn get_count(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let c = vm.heap.gc.count;
    Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn get_threshold(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t = vm.heap.gc.threshold;
    Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn set_threshold(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 3 {
        let msg = if args.is_empty() {
            "set_threshold() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("set_threshold() takes at most 3 arguments ({} given)", args.len())
        };
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    for (i, &a) in args.iter().enumerate() {
        let n = int_arg(vm, a, "")?;
        vm.heap.gc.threshold[i] = n.max(0) as usize;
    }
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let stats = vm.heap.gc.stats;
    let mut items = Vec::new();
    for s in stats {
        let d = vm.new_dict();
        vm.dict_set_str(d, "collections", Value::Int(s[0] as i64));
        vm.dict_set_str(d, "collected", Value::Int(s[1] as i64));
        vm.dict_set_str(d, "uncollectable", Value::Int(s[2] as i64));
        items.push(Value::Obj(d));
    }
    Ok(vm.new_list(items))
}

/// CPython's answer: atoms are never tracked; a dict only once it holds something that may
/// be; everything else that can hold references is.
fn tracked(vm: &Vm, v: Value) -> bool {
    let Value::Obj(id) = v else { return false };
    let o = vm.heap.get(id);
    match o {
        Object::Dict(t) => t.iter().any(|(_, e)| may_be_tracked(vm, e.key) || may_be_tracked(vm, e.value)),
        Object::Tuple(_) => vm.heap.generation(id).is_some(),
        // CPython tracks builtin functions; Reap need not (unbound ones refer to nothing).
        Object::Builtin(_) | Object::HostFunction { .. } => true,
        // CPython's arrays are tracked (their type is a heap type, with GC); Reap's hold no
        // references, so its collector need not see them.
        Object::Array(_) => true,
        _ => o.is_container(),
    }
}

fn may_be_tracked(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Tuple(_) => true,
            _ => tracked(vm, v),
        },
        _ => false,
    }
}

fn is_tracked(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(tracked(vm, args[0])))
}

fn is_finalized(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "is_finalized", args, 1, 1)?;
    let f = args[0].as_obj().is_some_and(|id| vm.heap.flags(id) & flags::FINALIZED != 0);
    Ok(Value::Bool(f))
}

fn shared_list(vm: &mut Vm, items: Vec<Value>) -> Value {
    for &v in &items {
        vm.incref(v);
    }
    vm.new_list(items)
}

fn get_objects(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get_objects", args, 0, 1)?;
    let g = match args.first().copied().or_else(|| kwarg(vm, kwargs, "generation")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = int_arg(vm, v, "")?;
            if g >= 3 {
                return Err(vm.new_exc(
                    ExcKind::ValueError,
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.new_exc(ExcKind::ValueError, "generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    let mut ids = Vec::new();
    for generation in 0..3 {
        if g.is_none_or(|x| x == generation) {
            ids.extend(vm.heap.generation_members(generation));
        }
    }
    let hidden = payloads(vm);
    let items = ids
        .into_iter()
        .filter(|&id| vm.heap.refcount(id) > 0 && !hidden.contains(&id))
        .map(Value::Obj)
        .collect();
    Ok(shared_list(vm, items))
}

/// What an object refers to, in the order CPython's traversal visits it.
/// (CPython asks any object of a type with a traversal, tracked or not: an untracked dict of
/// ints still lists them.)
fn referents(vm: &Vm, v: Value, out: &mut Vec<Value>) {
    if let Value::Obj(id) = v {
        object_referents(vm, id, out);
    }
}

/// What an object refers to, as CPython's `tp_traverse` would list it: a class's reference to
/// itself stands for its `__mro__` tuple, which Reap does not have, so it is not listed.
fn object_referents(vm: &Vm, id: ObjId, out: &mut Vec<Value>) {
    let start = out.len();
    // A dict lists each value before its key, and a dict whose keys are all strs (an
    // instance's `__dict__`, keyword arguments) its values alone, as CPython's `dict_traverse`.
    if let Object::Dict(t) = vm.heap.get(id) {
        let str_keys =
            t.iter().all(|(_, e)| matches!(e.key.as_obj().map(|k| vm.heap.get(k)), Some(Object::Str(_))));
        for (_, e) in t.iter() {
            out.push(e.value);
            if !str_keys {
                out.push(e.key);
            }
        }
        return;
    }
    vm.heap.get(id).children(out);
    if matches!(vm.heap.get(id), Object::Type(_))
        && let Some(at) = out[start..].iter().rposition(|&c| c == Value::Obj(id))
    {
        out.remove(start + at);
    }
    // An instance of a subclass of a builtin is one object in CPython: what its builtin
    // payload refers to, it refers to, and the payload itself is never shown.
    if let Object::Instance(i) = vm.heap.get(id)
        && let Some(Value::Obj(p)) = i.base()
        && let Some(at) = out[start..].iter().position(|&c| c == Value::Obj(p))
    {
        out.remove(start + at);
        let mut inner = Vec::new();
        object_referents(vm, p, &mut inner);
        out.splice(start + at..start + at, inner);
    }
}

/// The payloads of the tracked instances of subclasses of builtins: not objects of their own
/// to a script.
fn payloads(vm: &mut Vm) -> std::collections::HashSet<ObjId> {
    let members: Vec<ObjId> = (0..3).flat_map(|g| vm.heap.generation_members(g)).collect();
    members
        .into_iter()
        .filter_map(|id| match vm.heap.get(id) {
            Object::Instance(i) => i.base().and_then(|b| b.as_obj()),
            _ => None,
        })
        .collect()
}

fn get_referents(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut out = Vec::new();
    for &a in args {
        referents(vm, a, &mut out);
    }
    Ok(shared_list(vm, out))
}

fn get_referrers(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let targets: Vec<ObjId> = args.iter().filter_map(|a| a.as_obj()).collect();
    let mut found = Vec::new();
    let mut kids = Vec::new();
    let hidden = payloads(vm);
    for generation in 0..3 {
        for id in vm.heap.generation_members(generation) {
            if hidden.contains(&id) {
                continue;
            }
            kids.clear();
            object_referents(vm, id, &mut kids);
            if kids.iter().any(|k| k.as_obj().is_some_and(|c| targets.contains(&c))) {
                found.push(Value::Obj(id));
            }
        }
    }
    Ok(shared_list(vm, found))
}

fn freeze(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.heap.freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.heap.unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.generation_sizes()[PERMANENT as usize] as i64))
}

fn set_debug(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set_debug", args, 1, 1)?;
    let n = int_arg(vm, args[0], "")?;
    vm.gc_hooks.debug = n;
    if let Some(d) = vm.module_dict("gc") {
        vm.dict_set_str(d, "_debug", Value::Int(n));
    }
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(vm.module_dict("gc").and_then(|d| vm.dict_get_str(d, "_debug")).unwrap_or(Value::Int(0)))
}
