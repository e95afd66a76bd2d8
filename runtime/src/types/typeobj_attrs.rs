//! `type`'s own attributes, in its namespace as CPython has them (so `dir(type)` and
//! `type.__dict__` list them): the data attributes every class answers (`__name__`,
//! `__mro__`, `__flags__`...) and the methods `__subclasses__`, `__instancecheck__`,
//! `__subclasscheck__`, `__or__` and `__ror__`. Reading an attribute on a class mostly takes
//! the VM's own path (`vm/attr.rs`); these are what a metaclass's instances and
//! `type.__dict__['__name__'].__get__(cls)` reach.

use super::{def, def_attr};
use crate::object::exc_kind::ExcKind;
use crate::object::{Layout, Object};
use crate::value::{ObjId, Value};
use crate::vm::args::arity;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let ty = vm.type_obj(vm.types.type_).dict;
    for (name, get) in [
        ("type.__abstractmethods__", abstractmethods as crate::vm::NativeFn),
        ("type.__annotations__", annotations),
        ("type.__base__", base),
        ("type.__bases__", bases),
        ("type.__basicsize__", basicsize),
        ("type.__dict__", dict),
        ("type.__dictoffset__", dictoffset),
        ("type.__flags__", flags),
        ("type.__itemsize__", itemsize),
        ("type.__module__", module),
        ("type.__mro__", mro),
        ("type.__name__", name),
        ("type.__qualname__", qualname),
        ("type.__text_signature__", text_signature),
        ("type.__weakrefoffset__", weakrefoffset),
    ] {
        def_attr(vm, ty, name, get);
    }
    def(vm, ty, "type.__subclasses__", subclasses);
    def(vm, ty, "type.__instancecheck__", instancecheck);
    def(vm, ty, "type.__subclasscheck__", subclasscheck);
    def(vm, ty, "type.__or__", or);
    def(vm, ty, "type.__ror__", ror);
}

/// The class a getter or method was called on (the receiver check made sure it is one).
fn class_arg(vm: &mut Vm, args: &[Value]) -> PyResult<ObjId> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(id) if matches!(vm.heap.get(id), Object::Type(_)) => Ok(id),
        _ => {
            let tn = args.first().map(|&v| vm.type_name(v)).unwrap_or_default();
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("descriptor requires a 'type' object but received a '{tn}'"),
            ))
        }
    }
}

/// The attributes the VM answers for every class itself (`__name__`, `__mro__`, `__dict__`...),
/// read through it.
fn read(vm: &mut Vm, args: &[Value], key: &str) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    vm.getattr_str(Value::Obj(cls), key)
}

fn base(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__base__")
}

fn bases(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__bases__")
}

fn dict(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__dict__")
}

fn mro(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__mro__")
}

fn name(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__name__")
}

fn qualname(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    read(vm, args, "__qualname__")
}

fn own(vm: &Vm, cls: ObjId, key: &str) -> Option<Value> {
    vm.dict_get_str(vm.type_obj(cls).dict, key)
}

fn no_attribute(vm: &mut Vm, cls: ObjId, key: &str) -> ObjId {
    let name = vm.type_obj(cls).name.clone();
    vm.new_exc(ExcKind::AttributeError, &format!("type object '{name}' has no attribute '{key}'"))
}

/// What `abc` records on a class: its own, never a base's (`type` itself has none).
fn abstractmethods(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    match own(vm, cls, "__abstractmethods__").filter(|_| cls != vm.types.type_) {
        Some(v) => Ok(vm.share(v)),
        None => Err(vm.new_exc(ExcKind::AttributeError, "__abstractmethods__")),
    }
}

/// A class's own annotations; a class of a script without any gets an empty dict, kept.
fn annotations(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    // (`type`'s own entry is this descriptor: `type` itself has none, as a builtin type.)
    if let Some(v) = own(vm, cls, "__annotations__").filter(|_| cls != vm.types.type_) {
        return Ok(vm.share(v));
    }
    if vm.heap.is_immortal(cls) {
        return Err(no_attribute(vm, cls, "__annotations__"));
    }
    let d = vm.new_dict();
    let ns = vm.type_obj(cls).dict;
    vm.heap.incref(d);
    vm.dict_set_str(ns, "__annotations__", Value::Obj(d));
    Ok(Value::Obj(d))
}

/// A class's module: the `__module__` of its namespace, else (a builtin type) the one it was
/// made in.
fn module(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    if let Some(v) = own(vm, cls, "__module__") {
        return Ok(vm.share(v));
    }
    let m = vm.type_obj(cls).module.to_string();
    Ok(vm.new_str(m))
}

/// The signature a class's docstring starts with, as CPython writes them for C types
/// (`'Name(a, b=1)\n--\n\n...'` gives `'(a, b=1)'`); None without one.
fn text_signature(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let name = vm.type_obj(cls).name.to_string();
    let doc = own(vm, cls, "__doc__").and_then(|d| vm.str_of(d)).map(str::to_string);
    let signature = doc.as_deref().and_then(|doc| {
        let rest = doc.strip_prefix(name.as_str()).filter(|r| r.starts_with('('))?;
        let end = rest.find(")\n--\n\n")?;
        (!rest[..end].contains("\n\n")).then(|| rest[..=end].to_string())
    });
    // A builtin class has CPython's, from the table of builtins' signatures.
    let builtin = || {
        let table = crate::vm::text_signatures::text_signature;
        vm.heap.is_immortal(cls).then(|| table(&format!("type {name}"))).flatten().map(str::to_string)
    };
    let signature = signature.or_else(builtin);
    Ok(match signature {
        Some(s) => vm.new_str(s),
        None => Value::None,
    })
}

/// The size of an instance in Reap's heap (one slot), not CPython's C layout.
fn basicsize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    class_arg(vm, args)?;
    Ok(Value::Int(std::mem::size_of::<Object>() as i64))
}

/// Reap's objects are all of one size: no type is variable-sized.
fn itemsize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    class_arg(vm, args)?;
    Ok(Value::Int(0))
}

/// Non-zero when instances have a `__dict__` (what scripts test it for), as CPython's.
fn dictoffset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let t = vm.type_obj(cls);
    let has = t.has_dict && t.layout != Layout::Builtin && cls != vm.types.object;
    Ok(Value::Int(if has { 16 } else { 0 }))
}

/// Non-zero when instances can be weakly referenced, as CPython's.
fn weakrefoffset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let t = vm.type_obj(cls);
    let weak = match t.slots.as_ref() {
        Some(slots) => slots.iter().any(|s| s == "__weakref__") || t.has_dict,
        None => (t.layout != Layout::Builtin || t.has_dict) && cls != vm.types.object,
    };
    Ok(Value::Int(if weak { 24 } else { 0 }))
}

/// CPython's type flags that say something of a class in Python terms: a class a script made
/// (`HEAPTYPE`), one that can be subclassed, an abstract one, the builtin base it extends
/// (`Py_TPFLAGS_LONG_SUBCLASS`...), garbage-collected instances. Not CPython's exact values
/// for builtin types, whose other bits describe their C implementation.
fn flags(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    const IMMUTABLETYPE: i64 = 1 << 8;
    const HEAPTYPE: i64 = 1 << 9;
    const BASETYPE: i64 = 1 << 10;
    const READY: i64 = 1 << 12;
    const HAVE_GC: i64 = 1 << 14;
    const IS_ABSTRACT: i64 = 1 << 20;
    let cls = class_arg(vm, args)?;
    let mut bits = READY;
    let builtin = vm.heap.is_immortal(cls);
    bits |= if builtin { IMMUTABLETYPE } else { HEAPTYPE | HAVE_GC };
    if !vm.is_final_type(cls) {
        bits |= BASETYPE;
    }
    let abstract_ = match own(vm, cls, "__abstractmethods__") {
        Some(v) if cls != vm.types.type_ => vm.truthy(v)?,
        _ => false,
    };
    if abstract_ {
        bits |= IS_ABSTRACT;
    }
    let t = &vm.types;
    let builtin_bases =
        [(24, t.int), (25, t.list), (26, t.tuple), (27, t.bytes), (28, t.str_), (29, t.dict), (31, t.type_)];
    for (bit, base) in builtin_bases {
        if vm.is_subtype(cls, base) {
            bits |= 1 << bit;
        }
    }
    if vm.is_subtype(cls, vm.exc_type(ExcKind::BaseException)) {
        bits |= 1 << 30;
    }
    Ok(Value::Int(bits))
}

/// The classes that name this one among their bases, oldest first, while they live.
fn subclasses(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    crate::vm::args::no_kwargs(vm, "__subclasses__", kwargs)?;
    arity(vm, "__subclasses__", &args[1..], 0, 0)?;
    // The heap's order is the order the classes were made in, but for slots freed and reused.
    let found: Vec<ObjId> = vm
        .heap
        .live()
        .filter_map(|(id, _, o)| match o {
            Object::Type(t) if t.bases.contains(&cls) => Some(id),
            _ => None,
        })
        .collect();
    let items: Vec<Value> = found.into_iter().map(|id| vm.share(Value::Obj(id))).collect();
    Ok(vm.new_list(items))
}

/// `isinstance` without asking any `__instancecheck__` (what a metaclass's own hook reaches
/// through `super()`).
fn instancecheck(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    arity(vm, "__instancecheck__", &args[1..], 1, 1)?;
    Ok(Value::Bool(vm.real_isinstance(args[1], cls)?))
}

/// `issubclass` without asking any `__subclasscheck__`.
fn subclasscheck(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    arity(vm, "__subclasscheck__", &args[1..], 1, 1)?;
    match args[1].as_obj().filter(|&sub| matches!(vm.heap.get(sub), Object::Type(_))) {
        Some(sub) => Ok(Value::Bool(vm.is_subtype(sub, cls))),
        None => Err(vm.new_exc(ExcKind::TypeError, "issubclass() arg 1 must be a class")),
    }
}

/// `cls | other`: a `types.UnionType`, or `NotImplemented` for an operand that cannot be in
/// one.
fn or(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    class_arg(vm, args)?;
    arity(vm, "__or__", &args[1..], 1, 1)?;
    union(vm, args[0], args[1])
}

fn ror(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    class_arg(vm, args)?;
    arity(vm, "__ror__", &args[1..], 1, 1)?;
    union(vm, args[1], args[0])
}

fn union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match super::generic_alias::union_or(vm, a, b)? {
        Some(u) => Ok(u),
        None => Ok(vm.share(Value::Obj(vm.not_implemented))),
    }
}
