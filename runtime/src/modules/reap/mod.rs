//! `reap`: Reap's own module, for the question everyone asks of a finalizer that does not run:
//! what still holds this object? `why_alive(obj)` prints the shortest chains of references to
//! it, `graph(obj, path)` draws them as an SVG picture, `trace_finalizers(on)` prints a line
//! each time a finalizer runs and why. CPython has no such module; scripts that do not import
//! it see no difference.

pub mod picture;
pub mod referrers;

use super::{arity, def, kwarg, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// How many chains `why_alive` shows.
const CHAINS: usize = 3;

pub fn make_reap(vm: &mut Vm) {
    let (m, d) = new_module(vm, "reap");
    let doc = vm.new_str(
        "Reap's own tools: why an object is alive, a picture of what holds it, a trace of finalizers.",
    );
    vm.dict_set_str(d, "__doc__", doc);
    def(vm, d, "reap.why_alive", why_alive);
    def(vm, d, "reap.graph", graph);
    def(vm, d, "reap.trace_finalizers", trace_finalizers);
    register(vm, "reap", m);
}

/// The argument's references that the call itself holds: the caller's stack has it once.
const HELD_BY_CALL: u32 = 1;

fn why_alive(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "why_alive", args, 1, 1)?;
    let text = explain(vm, args[0]);
    vm.write_out(&text);
    Ok(Value::None)
}

/// `why_alive`'s report.
pub fn explain(vm: &mut Vm, v: Value) -> String {
    let shown = vm.describe(v);
    let Some(id) = v.as_obj().filter(|&id| !vm.heap.is_immortal(id)) else {
        return format!("{shown} is never freed: it is a constant of the interpreter\n");
    };
    let count = vm.heap.refcount(id).saturating_sub(HELD_BY_CALL);
    let plural = if count == 1 { "" } else { "s" };
    let found = referrers::find(vm, id, HELD_BY_CALL, CHAINS);
    if found.chains.is_empty() {
        let generation =
            vm.heap.generation(id).map_or("untracked".to_string(), |g| format!("generation {g}"));
        let then = when_freed(vm, id);
        return format!(
            "{shown} has {count} reference{plural}, but no root reaches it: it is only in reference \
             cycles, which the cycle collector frees at its next collection of {generation} \
             (gc.collect() frees it now)\n{then}"
        );
    }
    let mut text = format!("{shown} has {count} reference{plural}; the shortest chains to it:\n");
    for (n, chain) in found.chains.iter().enumerate() {
        if n > 0 {
            text.push_str("and\n");
        }
        let lines = chain.lines();
        let width = lines.iter().map(|(s, _)| s.chars().count()).max().unwrap_or(0);
        for (name, obj) in lines {
            let tn = vm.type_name(Value::Obj(obj));
            text.push_str(&format!("  {name:<width$}  ({tn})\n"));
        }
    }
    text.push_str(&when_freed(vm, id));
    text
}

/// What runs when the object goes: its `__del__` (unless it already ran) and the
/// `weakref.finalize` objects watching it.
fn when_freed(vm: &mut Vm, id: ObjId) -> String {
    let mut parts = Vec::new();
    let cls = vm.type_of(Value::Obj(id));
    let has_del = vm
        .type_obj(cls)
        .mro
        .clone()
        .iter()
        .any(|&c| vm.dict_get_str(vm.type_obj(c).dict, "__del__").is_some());
    if has_del && vm.heap.flags(id) & crate::heap::flags::FINALIZED == 0 {
        parts.push("its __del__".to_string());
    }
    let watching = vm
        .weakrefs_of(id)
        .to_vec()
        .into_iter()
        .filter(|&wr| {
            vm.finalize.iter().any(|f| {
                matches!(vm.heap.get(f), crate::object::Object::Finalize(fz) if fz.info.as_ref().is_some_and(|i| i.weakref == wr))
            })
        })
        .count();
    match watching {
        0 => {}
        1 => parts.push("1 weakref.finalize".into()),
        n => parts.push(format!("{n} weakref.finalize")),
    }
    if parts.is_empty() { String::new() } else { format!("when it goes, {} will run\n", parts.join(" and ")) }
}

fn graph(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "graph", args, 1, 2)?;
    let path = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "path"));
    let Some(path) = path.and_then(|p| vm.str_of(p).map(str::to_string)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "graph() needs the path of the SVG file to write (a str)"));
    };
    if !vm.host.fs_allowed {
        return Err(vm.new_exc(ExcKind::PermissionError, "file access is disabled by the host"));
    }
    let Some(id) = args[0].as_obj() else {
        return Err(
            vm.new_exc(ExcKind::TypeError, "graph() needs an object on the heap (not a small int or None)")
        );
    };
    let svg = picture::svg(vm, id, HELD_BY_CALL);
    if let Err(e) = std::fs::write(&path, svg) {
        return Err(vm.new_exc(ExcKind::OSError, &format!("can't write {path}: {e}")));
    }
    Ok(Value::None)
}

fn trace_finalizers(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "trace_finalizers", args, 0, 1)?;
    let on = match args.first() {
        Some(&v) => vm.truthy(v)?,
        None => true,
    };
    vm.dealloc.trace = on;
    Ok(Value::None)
}
