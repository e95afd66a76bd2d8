//! `object`: the methods every class inherits (`__init__`, `__new__`, `__setattr__`,
//! `__getattribute__`, `__init_subclass__`, `__repr__`, `__str__`), and `__new__` of the
//! builtin types.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let object = t(vm, |t| t.object);
    def(vm, object, "object.__init__", object_init);
    def(vm, object, "object.__new__", object_new);
    def(vm, object, "object.__setattr__", object_setattr);
    def(vm, object, "object.__delattr__", object_delattr);
    def(vm, object, "object.__getattribute__", object_getattribute);
    let isc = vm.new_builtin("object.__init_subclass__", object_init_subclass, None);
    let cm = vm.alloc(Object::ClassMethod(isc));
    vm.dict_set_str(object, "__init_subclass__", cm);
    def(vm, object, "object.__repr__", object_repr);
    def(vm, object, "object.__str__", object_str);
    def(vm, object, "object.__format__", object_format);
    let extras = vm.object_extras;
    def(vm, extras, "object.__eq__", object_eq);
    def(vm, extras, "object.__ne__", object_ne);
    for name in ["object.__lt__", "object.__le__", "object.__gt__", "object.__ge__"] {
        def(vm, extras, name, object_unordered);
    }
    def(vm, extras, "object.__hash__", object_hash);
    def(vm, extras, "object.__sizeof__", object_sizeof);
    def(vm, extras, "object.__dir__", object_dir);
    // A class method, as CPython's: `C.__subclasshook__(D)` asks on behalf of `C`.
    let hook = vm.new_builtin("object.__subclasshook__", object_subclasshook, None);
    let cm = vm.alloc(Object::ClassMethod(hook));
    vm.dict_set_str(extras, "__subclasshook__", cm);
    def(vm, extras, "object.__reduce_ex__", object_reduce_ex);
    def(vm, extras, "object.__reduce__", object_reduce);
    def(vm, extras, "object.__getstate__", object_getstate);
    crate::vm::native::def_attr(vm, extras, "object.__class__", object_class);
    // Builtin types carry no docstrings here: their `__doc__` is None rather than missing.
    vm.dict_set_str(extras, "__doc__", Value::None);
}

/// `object.__dir__()`: the names `dir` lists for the object when its class has no
/// `__dir__` of its own (so a `__dir__` may call this one).
fn object_dir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__dir__", args, 1, 1)?;
    default_dir(vm, args[0])
}

/// The names of `v`'s namespace, its class's and their bases' (a module's own only), sorted:
/// what `dir(v)` lists without a `__dir__`.
pub(crate) fn default_dir(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut dicts = Vec::new();
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Module { dict, .. }) => dicts.push(*dict),
        Some(Object::Type(t)) => dicts.extend(t.mro.iter().map(|&c| vm.type_obj(c).dict)),
        Some(Object::Instance(_)) => {
            // As CPython's `object.__dir__`, which reads `__dict__` (and so makes it).
            if let Some(id) = v.as_obj() {
                vm.dir_fills_shared_keys(id);
            }
            dicts.extend(v.as_obj().and_then(|id| vm.instance_dict(id, true)));
            let t = vm.type_of(v);
            dicts.extend(vm.type_obj(t).mro.iter().map(|&c| vm.type_obj(c).dict));
        }
        _ => {
            let t = vm.type_of(v);
            dicts.extend(vm.type_obj(t).mro.iter().map(|&c| vm.type_obj(c).dict));
        }
    }
    // `object`'s methods kept outside its dict (see `Vm::object_extras`) are every class's.
    if !matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Module { .. })) {
        dicts.push(vm.object_extras);
    }
    dir_names(vm, dicts)
}

/// The names the dicts hold, once each, sorted, as a list.
pub(crate) fn dir_names(vm: &mut Vm, dicts: Vec<ObjId>) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    for d in dicts {
        if let Object::Dict(t) = vm.heap.get(d) {
            for (_, e) in t.iter() {
                if let Some(s) = vm.str_of(e.key)
                    && !names.iter().any(|n| n == s)
                {
                    names.push(s.to_string());
                }
            }
        }
    }
    names.sort();
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `object.__reduce_ex__(protocol)`: how pickle and copy take the object apart (the class's
/// own `__reduce__` when it has one); written in Python, in `_reap_reduce`.
fn object_reduce_ex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "object.__reduce_ex__", &args[1..], 1, 1)?;
    let protocol = crate::vm::args::index_arg(vm, args[1])?;
    let protocol = vm.new_bigint(protocol);
    let r = vm.call_module_attr("_reap_reduce", "reduce_ex", &[args[0], protocol]);
    vm.decref(protocol);
    r
}

/// `object.__reduce__()`: the reduction for pickle's protocol 0.
fn object_reduce(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "object.__reduce__", &args[1..], 0, 0)?;
    vm.call_module_attr("_reap_reduce", "common_reduce", &[args[0], Value::Int(0)])
}

/// `object.__getstate__()`: the instance's dict and slots, as pickle and copy save them.
fn object_getstate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "object.__getstate__", &args[1..], 0, 0)?;
    vm.call_module_attr("_reap_reduce", "getstate", &args[..1])
}

/// `object.__subclasshook__(subclass)`: no opinion, so that `issubclass` goes on to the MRO
/// and the ABC registries.
fn object_subclasshook(vm: &mut Vm, _: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    // CPython's takes any positional arguments and ignores them.
    crate::vm::args::no_kwargs(vm, "object.__subclasshook__", kwargs)?;
    Ok(vm.share(Value::Obj(vm.not_implemented)))
}

/// `object.__class__`, for the lookups that reach `object`'s own attributes: the type.
fn object_class(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__class__", args, 1, 1)?;
    let t = vm.type_of(args[0]);
    Ok(vm.share(Value::Obj(t)))
}

/// `object.__eq__`: the same object, else `NotImplemented` (the other side may know).
fn object_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__eq__", &args[1..], 1, 1)?;
    if args[0].is(args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(vm.share(Value::Obj(vm.not_implemented)))
}

/// `object.__ne__`: the negation of the object's own `__eq__`, unless that does not know.
fn object_ne(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__ne__", &args[1..], 1, 1)?;
    // A builtin value's equality is the runtime's own; a class's is its `__eq__`.
    let is_instance = matches!(args[0].as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
    let eq = match vm.try_dunder(args[0], "__eq__", &[args[1]])? {
        Some(r) => r,
        None if args[0].is(args[1]) => Value::Bool(true),
        // (A builtin type without an equality of its own has object's: no answer.)
        None if !is_instance && vm.lookup_str(vm.type_of(args[0]), "__eq__").is_some() => {
            vm.compare(args[0], args[1], crate::object::code::CmpKind::Eq)?
        }
        None => return Ok(vm.share(Value::Obj(vm.not_implemented))),
    };
    let t = vm.truthy(eq);
    vm.decref(eq);
    Ok(Value::Bool(!t?))
}

/// `object.__lt__` and the other orderings: objects have none.
fn object_unordered(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "comparison", &args[1..], 1, 1)?;
    Ok(vm.share(Value::Obj(vm.not_implemented)))
}

/// `object.__hash__`: the identity hash `hash()` gives an object without a `__hash__`.
fn object_hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__hash__", &args[1..], 0, 0)?;
    match args[0] {
        Value::Obj(id) => Ok(Value::Int((id.index() as i64) << 4)),
        v => vm.hash(v).map(Value::Int),
    }
}

/// `object.__sizeof__`: CPython's basic sizes on 64-bit machines: a header of 16 bytes, a
/// pointer per slot, and 8 more for an instance dict.
fn object_sizeof(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        let name = format!("{}.__sizeof__", vm.type_name(args[0]));
        arity(vm, &name, &args[1..], 0, 0)?;
    }
    let size = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Instance(i)) => {
            let t = vm.type_obj(i.class);
            16 + 8 * t.slots.as_ref().map_or(1, Vec::len) as i64
        }
        _ => 16,
    };
    Ok(Value::Int(size))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec; any other spec is an error.
pub(crate) fn object_format(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__format__", &args[1..], 1, 1)?;
    let Some(spec) = vm.str_of(args[1]).map(str::to_string) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("__format__() argument must be str, not {tn}")));
    };
    if !spec.is_empty() {
        let tn = vm.type_name(args[0]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("unsupported format string passed to {tn}.__format__"))
        );
    }
    let s = vm.str(args[0])?;
    Ok(vm.new_str(s))
}

/// Whether `cls` takes `name` (`__init__` or `__new__`) from `object` itself.
fn inherits_objects(vm: &Vm, cls: ObjId, name: &str) -> bool {
    vm.lookup_str(cls, name) == vm.lookup_str(vm.types.object, name)
}

/// Whether every class `cls` derives from, but `object`, is a script's class statement's:
/// only then are `object`'s `__new__` and `__init__` the ones CPython would run (the runtime's
/// own types make their instances through their constructors, not through a `__new__` entry).
fn made_by_scripts(vm: &Vm, cls: ObjId) -> bool {
    vm.builtin_base(cls).is_none()
        && vm.type_obj(cls).mro.iter().all(|&c| {
            let t = vm.type_obj(c);
            c == vm.types.object || (t.self_ref && matches!(t.layout, crate::object::Layout::Object))
        })
}

/// `object.__init__(self, ...)`: arguments beyond the instance are an error when the class
/// has an `__init__` of its own (it passed them on), or has neither that nor a `__new__` to
/// take them, as CPython's `object_init` says.
pub(crate) fn object_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = vm.type_of(args.first().copied().unwrap_or(Value::None));
    if (args.len() > 1 || !kwargs.is_empty()) && made_by_scripts(vm, cls) {
        if !inherits_objects(vm, cls, "__init__") {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_objects(vm, cls, "__new__") {
            let name = vm.type_obj(cls).name.clone();
            let msg = format!("{name}.__init__() takes exactly one argument (the instance to initialize)");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, ...)`: as `object_init`, the other way round.
pub(crate) fn object_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = match args.first().map(|v| v.as_obj()) {
        Some(Some(cls)) if matches!(vm.heap.get(cls), Object::Type(_)) => cls,
        Some(_) => {
            let tn = vm.type_name(args[0]);
            let msg = format!("object.__new__(X): X is not a type object ({tn})");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
        None => return Err(vm.new_exc(ExcKind::TypeError, "object.__new__(): not enough arguments")),
    };
    // An instance of a builtin's layout (an int, a list) is made by its own `__new__` only.
    // (Exceptions are made here: Reap's BaseException has no `__new__` of its own.)
    if vm.layout_base(cls).is_some() {
        let n = vm.type_obj(cls).name.clone();
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("object.__new__({n}) is not safe, use {n}.__new__()"))
        );
    }
    if (args.len() > 1 || !kwargs.is_empty()) && made_by_scripts(vm, cls) {
        if !inherits_objects(vm, cls, "__new__") {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_objects(vm, cls, "__init__") {
            let name = vm.type_obj(cls).name.clone();
            return Err(vm.new_exc(ExcKind::TypeError, &format!("{name}() takes no arguments")));
        }
    }
    let inst = vm.new_instance(cls);
    // An exception made by `__new__` alone (`ValueError.__new__(ValueError, 1)`) has its
    // arguments, as CPython's `BaseException.__new__` keeps them.
    if args.len() > 1
        && let Some(id) = inst.as_obj()
        && matches!(vm.heap.get(id), Object::Instance(i) if i.exc().is_some())
    {
        let given: Vec<Value> = args[1..].iter().map(|&v| vm.share(v)).collect();
        let t = vm.new_tuple(given);
        vm.set_exc_args(id, t);
    }
    Ok(inst)
}

pub(crate) fn object_setattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__setattr__", &args[1..], 2, 2)?;
    let name = match vm.str_of(args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => return Err(vm.new_exc(ExcKind::TypeError, "attribute name must be string")),
    };
    let r = vm.generic_setattr(args[0], name, args[2]);
    vm.decref_id(name);
    r.map(|()| Value::None)
}

pub(crate) fn object_delattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__delattr__", &args[1..], 1, 1)?;
    let Some(name) = vm.str_of(args[1]).map(str::to_string) else {
        return Err(vm.new_exc(ExcKind::TypeError, "attribute name must be string"));
    };
    let id = vm.intern(&name);
    let r = vm.generic_delattr(args[0], id);
    vm.decref_id(id);
    r.map(|()| Value::None)
}

pub(crate) fn object_getattribute(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getattribute__", &args[1..], 1, 1)?;
    let Some(name) = vm.str_of(args[1]).map(str::to_string) else {
        return Err(vm.new_exc(ExcKind::TypeError, "attribute name must be string"));
    };
    let id = vm.intern(&name);
    // Without `__getattr__`: object.__getattribute__ raises for a missing attribute.
    let r = vm.getattr_no_hook(args[0], id);
    vm.decref_id(id);
    r
}

pub(crate) fn object_init_subclass(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let name = match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
            Some(Object::Type(t)) => t.name.clone(),
            _ => "object".into(),
        };
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("{name}.__init_subclass__() takes no keyword arguments"))
        );
    }
    Ok(Value::None)
}

pub(crate) fn object_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let t = vm.type_obj(cls);
    let at = crate::vm::repr::address(args[0].as_obj().unwrap_or(cls));
    // (A builtin type is named without its module, as CPython's `object.__repr__` does.)
    let s = if t.module == "builtins" {
        format!("<{} object at {at}>", t.qualname)
    } else {
        format!("<{}.{} object at {at}>", t.module, t.qualname)
    };
    Ok(vm.new_str(s))
}

pub(crate) fn object_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

/// `T.__new__(cls, *args)` for a builtin `T`: an instance of `cls` whose payload is `T(*args)`.
/// `bool.__new__(bool[, x])`: `False`, or the truth of `x`.
pub(crate) fn bool_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match args.first().copied() {
        Some(Value::Obj(c)) if c == vm.types.bool_ => {
            crate::types::construct_builtin(vm, c, &args[1..], kwargs).unwrap_or(Ok(Value::None))
        }
        Some(v) if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Type(_))) => {
            let tn = vm.type_obj(v.as_obj().unwrap_or(vm.types.object)).name.clone();
            Err(vm.new_exc(ExcKind::TypeError, &format!("bool.__new__({tn}): {tn} is not a subtype of bool")))
        }
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("bool.__new__(X): X is not a type object ({tn})")))
        }
        None => Err(vm.new_exc(ExcKind::TypeError, "bool.__new__(): not enough arguments")),
    }
}

pub(crate) fn builtin_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) =
        args.first().and_then(|v| v.as_obj()).filter(|id| matches!(vm.heap.get(*id), Object::Type(_)))
    else {
        return Err(vm.new_exc(ExcKind::TypeError, "__new__(X): X is not a type object"));
    };
    // `bool` makes only its two instances, by its own `__new__` (`bool_new`).
    if cls == vm.types.bool_ {
        let msg = "int.__new__(bool) is not safe, use bool.__new__()";
        return Err(vm.new_exc(ExcKind::TypeError, msg));
    }
    let base = vm.builtin_base(cls).unwrap_or(cls);
    if base == vm.types.weakref && base != cls {
        return crate::vm::weakref::subclass_ref_new(vm, cls, &args[1..]);
    }
    // Mutable containers are filled by `__init__`, not `__new__`.
    let t = &vm.types;
    let (ctor_args, ctor_kwargs) = if base == t.list || base == t.dict || base == t.set || base == t.bytearray
    {
        (&args[..0], &kwargs[..0])
    } else {
        (&args[1..], vm.base_kwargs(cls, base, kwargs))
    };
    let payload =
        crate::types::construct_builtin(vm, base, ctor_args, ctor_kwargs).unwrap_or(Ok(Value::None))?;
    if base == cls {
        return Ok(payload);
    }
    let inst = vm.new_instance(cls);
    vm.set_payload(inst, payload);
    Ok(inst)
}
