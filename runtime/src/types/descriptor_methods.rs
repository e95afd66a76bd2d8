//! The descriptor protocol as methods of the builtin descriptor types, for code that calls it
//! by hand (`func.__get__(obj)` to bind a function, `prop.__set__(obj, v)` in a wrapper
//! descriptor): functions, properties, `staticmethod` and `classmethod`. Attribute lookup
//! itself binds these natively (`Vm::bind`); the methods answer as it does.

use super::def;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::def_attr;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.function;
    let d = vm.type_obj(t).dict;
    def(vm, d, "function.__get__", function_get);
    let d = vm.type_obj(vm.types.property).dict;
    def(vm, d, "property.__get__", property_get);
    def(vm, d, "property.__set__", property_set);
    def(vm, d, "property.__delete__", property_delete);
    def_attr(vm, d, "property.__isabstractmethod__", property_isabstract);
    for ty in [vm.types.staticmethod, vm.types.classmethod] {
        let d = vm.type_obj(ty).dict;
        let (get, wrapped, abstract_): (&'static str, &'static str, &'static str) =
            if ty == vm.types.staticmethod {
                ("staticmethod.__get__", "staticmethod.__wrapped__", "staticmethod.__isabstractmethod__")
            } else {
                ("classmethod.__get__", "classmethod.__wrapped__", "classmethod.__isabstractmethod__")
            };
        def(vm, d, get, wrapper_get);
        def_attr(vm, d, wrapped, wrapper_func);
        def_attr(vm, d, abstract_, wrapper_isabstract);
        let staticmethod = ty == vm.types.staticmethod;
        for (i, name) in FORWARDED.iter().enumerate() {
            let full =
                super::dunders::static_name(if staticmethod { "staticmethod" } else { "classmethod" }, name);
            let get: crate::vm::NativeFn = match i {
                0 => forwarded::<0>,
                1 => forwarded::<1>,
                2 => forwarded::<2>,
                3 => forwarded::<3>,
                _ => forwarded::<4>,
            };
            def_attr(vm, d, full, get);
        }
    }
    let d = vm.type_obj(vm.types.none).dict;
    def(vm, d, "NoneType.__bool__", none_bool);
}

/// `__get__(instance, owner=None)`'s arguments: the instance (None when read from the class)
/// and the class to bind for.
fn get_args(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value, ObjId)> {
    let (this, instance, owner) = get_operands(vm, args)?;
    let owner = owner.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Type(_)));
    let owner = owner.unwrap_or_else(|| vm.type_of(instance));
    Ok((this, instance, owner))
}

/// The receiver, the instance and the owner (None when not given) of a `__get__` call, with
/// CPython's checks: one or two arguments, not both None.
pub(crate) fn get_operands(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value, Value)> {
    let rest = args.get(1..).unwrap_or_default();
    crate::vm::args::unpack_arity(vm, rest, 1, 2)?;
    let (instance, owner) = (rest[0], rest.get(1).copied().unwrap_or(Value::None));
    if instance == Value::None && owner == Value::None {
        return Err(vm.new_exc(ExcKind::TypeError, "__get__(None, None) is invalid"));
    }
    Ok((args[0], instance, owner))
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`; from the class, the function.
fn function_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::receiver(vm, args, vm.types.function, "function.__get__")?;
    let (this, instance, owner) = get_args(vm, args)?;
    if instance == Value::None {
        return Ok(vm.share(this));
    }
    vm.bind(this, instance, owner)
}

fn property_parts(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<(Value, Value, Value)> {
    let p = crate::vm::args::receiver(vm, args, vm.types.property, method)?;
    match p.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::Property { fget, fset, fdel, .. }) => Ok((fget, fset, fdel)),
        _ => Ok((Value::None, Value::None, Value::None)),
    }
}

/// The name a property has in the class of `obj`, for its error messages.
fn property_name(vm: &Vm, prop: Value, obj: Value) -> Option<String> {
    let cls = vm.type_of(obj);
    let Object::Type(t) = vm.heap.get(cls) else { return None };
    t.mro.iter().find_map(|&c| {
        let Object::Dict(table) = vm.heap.get(vm.type_obj(c).dict) else { return None };
        table
            .iter()
            .find(|(_, e)| vm.payload(e.value).is(prop))
            .and_then(|(_, e)| vm.str_of(e.key).map(str::to_string))
    })
}

fn missing_accessor(vm: &mut Vm, prop: Value, obj: Value, which: &str) -> ObjId {
    let tn = vm.type_name(obj);
    let msg = match property_name(vm, prop, obj) {
        Some(name) => format!("property '{name}' of '{tn}' object has no {which}"),
        None => format!("property of '{tn}' object has no {which}"),
    };
    vm.new_exc(ExcKind::AttributeError, &msg)
}

/// `property.__get__(obj, type=None)`: the getter's result; from the class, the property.
fn property_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (fget, _, _) = property_parts(vm, args, "property.__get__")?;
    let (this, instance, _) = get_args(vm, args)?;
    if instance == Value::None {
        return Ok(vm.share(this));
    }
    if fget == Value::None {
        return Err(missing_accessor(vm, this, instance, "getter"));
    }
    vm.call(fget, &[instance], &[])
}

/// `property.__set__(obj, value)`.
fn property_set(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, fset, _) = property_parts(vm, args, "property.__set__")?;
    crate::vm::args::unpack_arity(vm, &args[1..], 2, 2)?;
    if fset == Value::None {
        return Err(missing_accessor(vm, args[0], args[1], "setter"));
    }
    let r = vm.call(fset, &[args[1], args[2]], &[])?;
    vm.decref(r);
    Ok(Value::None)
}

/// `property.__delete__(obj)`.
fn property_delete(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, _, fdel) = property_parts(vm, args, "property.__delete__")?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 1, 1)?;
    if fdel == Value::None {
        return Err(missing_accessor(vm, args[0], args[1], "deleter"));
    }
    let r = vm.call(fdel, &[args[1]], &[])?;
    vm.decref(r);
    Ok(Value::None)
}

/// Whether `f.__isabstractmethod__` is true (false when `f` has no such attribute).
fn is_abstract(vm: &mut Vm, f: Value) -> PyResult<bool> {
    if f == Value::None {
        return Ok(false);
    }
    match vm.getattr_str(f, "__isabstractmethod__") {
        Ok(v) => {
            let r = vm.truthy(v);
            vm.decref(v);
            r
        }
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::AttributeError)) => {
            vm.decref_id(e);
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// `property.__isabstractmethod__`: whether any of its functions is abstract.
fn property_isabstract(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (fget, fset, fdel) = property_parts(vm, args, "property.__isabstractmethod__")?;
    for f in [fget, fset, fdel] {
        if is_abstract(vm, f)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// The function a `staticmethod` or `classmethod` wraps.
fn wrapped(vm: &Vm, v: Value) -> Option<Value> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::StaticMethod(f) | &Object::ClassMethod(f)) => Some(f),
        _ => None,
    }
}

/// `staticmethod.__get__` (the function) and `classmethod.__get__` (a method bound to the
/// class: `owner`, else the instance's type).
fn wrapper_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.new_exc(ExcKind::TypeError, "descriptor '__get__' needs an argument"));
    };
    let Some(f) = wrapped(vm, this) else {
        return Err(
            vm.new_exc(ExcKind::TypeError, "descriptor '__get__' requires a staticmethod or classmethod")
        );
    };
    let is_static = matches!(this.as_obj().map(|id| vm.heap.get(id)), Some(Object::StaticMethod(_)));
    let (_, instance, owner) = get_operands(vm, args)?;
    if is_static {
        return Ok(vm.share(f));
    }
    let owner = if owner == Value::None { Value::Obj(vm.type_of(instance)) } else { owner };
    vm.incref(f);
    vm.incref(owner);
    Ok(vm.alloc(Object::BoundMethod { receiver: owner, func: f }))
}

/// `__wrapped__` (and `__func__`) of a `staticmethod` or `classmethod`.
fn wrapper_func(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = args.first().and_then(|&v| wrapped(vm, v)).unwrap_or(Value::None);
    Ok(vm.share(f))
}

fn wrapper_isabstract(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = args.first().and_then(|&v| wrapped(vm, v)).unwrap_or(Value::None);
    is_abstract(vm, f).map(Value::Bool)
}

/// The attributes a `staticmethod` or `classmethod` takes from its function (since 3.10).
const FORWARDED: [&str; 5] = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

fn forwarded<const N: usize>(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = args.first().and_then(|&v| wrapped(vm, v)).unwrap_or(Value::None);
    vm.getattr_str(f, FORWARDED[N])
}

/// `None.__bool__()`: false.
fn none_bool(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::wrapper_arity(vm, args.get(1..).unwrap_or_default(), 0, 0)?;
    Ok(Value::Bool(false))
}

/// `super`'s own attributes: the class it starts after, the object it binds, that object's
/// class, and `__get__` binding an unbound super.
pub fn install_super(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.super_).dict;
    def_attr(vm, d, "super.__thisclass__", super_thisclass);
    def_attr(vm, d, "super.__self__", super_self);
    def_attr(vm, d, "super.__self_class__", super_self_class);
    def(vm, d, "super.__get__", super_get);
}

fn super_parts(vm: &Vm, args: &[Value]) -> Option<(ObjId, Value)> {
    match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(&Object::Super { class, receiver }) => Some((class, receiver)),
        _ => None,
    }
}

fn super_thisclass(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let v = super_parts(vm, args).map_or(Value::None, |(c, _)| Value::Obj(c));
    Ok(vm.share(v))
}

fn super_self(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let v = super_parts(vm, args).map_or(Value::None, |(_, r)| r);
    Ok(vm.share(v))
}

/// The receiver's class, or the receiver itself when it is a class deriving from the start.
fn super_self_class(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some((class, receiver)) = super_parts(vm, args) else { return Ok(Value::None) };
    if receiver == Value::None {
        return Ok(Value::None);
    }
    let is_subclass = match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Type(t)) => t.mro.contains(&class),
        _ => false,
    };
    let v = if is_subclass { receiver } else { Value::Obj(vm.type_of(receiver)) };
    Ok(vm.share(v))
}

/// `super.__get__(obj, type=None)`: a bound super is itself; an unbound one binds to `obj`.
fn super_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some((class, receiver)) = super_parts(vm, args) else {
        return Err(vm.new_exc(ExcKind::TypeError, "descriptor '__get__' requires a 'super' object"));
    };
    crate::vm::args::unpack_arity(vm, &args[1..], 1, 2)?;
    if args[1] == Value::None || receiver != Value::None {
        return Ok(vm.share(args[0]));
    }
    vm.incref(args[1]);
    vm.heap.incref(class);
    Ok(vm.alloc(Object::Super { class, receiver: args[1] }))
}
