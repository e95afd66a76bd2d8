//! The dunder methods of the builtin types (`list.__eq__`, `int.__add__`, `dict.__getitem__`,
//! their `__new__` and `__init__`): wrappers over the VM's protocols, so that a script calling
//! them explicitly, or a subclass calling `super()`, gets the builtin behaviour (CPython's slot
//! wrappers).

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::dict::dict_getitem_missing;
use crate::types::dict::dict_init;
use crate::types::list::list_init;
use crate::types::object::builtin_new;
use crate::types::set_methods::set_init;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The dunder methods of the builtin container and number types. The VM handles the builtin
/// types natively; these exist so that subclasses (`class Stack(list)`) find them through the
/// MRO, and `super().__setitem__(...)` works. The receiver arrives as the payload already.
type Native = crate::vm::NativeFn;

/// A `type.method` name with a static lifetime, made once per process (the set of names is fixed).
pub(crate) fn static_name(tname: &str, m: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let full = format!("{tname}.{m}");
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    names.entry(full.clone()).or_insert_with(|| Box::leak(full.into_boxed_str()))
}

pub fn install(vm: &mut Vm) {
    // Functions, methods and builtins are callable: `__call__` calls the receiver.
    for (name, class) in [
        ("function.__call__", vm.types.function),
        ("method.__call__", vm.types.method),
        ("builtin_function_or_method.__call__", vm.types.builtin_function),
    ] {
        let dict = vm.type_obj(class).dict;
        def(vm, dict, name, call_receiver);
    }
    let sm = vm.type_obj(vm.types.staticmethod).dict;
    def(vm, sm, "staticmethod.__call__", call_wrapped);
    let ni = vm.type_obj(vm.types.not_implemented_type).dict;
    def(vm, ni, "NotImplementedType.__bool__", truth);
    def(vm, ni, "NotImplementedType.__repr__", native_repr);
    let ellipsis = vm.type_obj(vm.types.ellipsis_type).dict;
    def(vm, ellipsis, "ellipsis.__repr__", native_repr);
    let frame = vm.type_obj(vm.types.frame).dict;
    def(vm, frame, "frame.clear", frame_clear);
    let t = &vm.types;
    let containers = [
        ("list", t.list),
        ("dict", t.dict),
        ("tuple", t.tuple),
        ("str", t.str_),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("range", t.range),
    ];
    let numbers = [("int", t.int), ("float", t.float), ("complex", t.complex)];
    let common: &[(&str, Native)] = &[
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
        ("__add__", d_add),
        ("__mul__", d_mul),
        ("__repr__", d_repr),
        ("__str__", d_str),
        ("__hash__", d_hash),
        ("__format__", d_format),
    ];
    let container_only: &[(&str, Native)] = &[
        ("__len__", d_len),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__contains__", d_contains),
        ("__iter__", d_iter),
    ];
    let number_only: &[(&str, Native)] = &[("__int__", d_int), ("__float__", d_float), ("__sub__", d_sub)];
    for (tname, ty) in containers.iter().chain(numbers.iter()) {
        let dict = vm.type_obj(*ty).dict;
        let extra = if numbers.iter().any(|(n, _)| n == tname) { number_only } else { container_only };
        for &(m, f) in common.iter().chain(extra) {
            if !has_dunder(tname, m) {
                continue;
            }
            // The mutable containers are unhashable: their `__hash__` is None, as CPython's.
            if m == "__hash__" && matches!(*tname, "list" | "dict" | "set" | "bytearray") {
                vm.dict_set_str(dict, "__hash__", Value::None);
                continue;
            }
            let name = static_name(tname, m);
            def(vm, dict, name, f);
        }
    }
    // Only an int is an index: `operator.index(1.5)` and `seq[1.5]` are TypeErrors.
    let int = vm.type_obj(vm.types.int).dict;
    def(vm, int, static_name("int", "__index__"), d_int);
    // `dict.__getitem__` consults `__missing__` of a subclass, so it needs the instance itself.
    let dict = vm.type_obj(vm.types.dict).dict;
    def(vm, dict, "dict_subclass.__getitem__", dict_getitem_missing);
    let list = vm.type_obj(vm.types.list).dict;
    def(vm, list, "list.__init__", list_init);
    def(vm, dict, "dict.__init__", dict_init);
    let set = vm.type_obj(vm.types.set).dict;
    def(vm, set, "set.__init__", set_init);
    let bytearray = vm.type_obj(vm.types.bytearray).dict;
    def(vm, bytearray, "bytearray.__init__", crate::types::bytearray::bytearray_init);
    for (tname, ty) in [
        ("str", vm.types.str_),
        ("int", vm.types.int),
        ("float", vm.types.float),
        ("tuple", vm.types.tuple),
        ("frozenset", vm.types.frozenset),
        ("bytes", vm.types.bytes),
        ("bytearray", vm.types.bytearray),
        ("list", vm.types.list),
        ("dict", vm.types.dict),
        ("set", vm.types.set),
        ("array", vm.types.array),
        ("complex", vm.types.complex),
        ("range", vm.types.range),
        ("slice", vm.types.slice),
        ("memoryview", vm.types.memoryview),
    ] {
        let d = vm.type_obj(ty).dict;
        let name = static_name(tname, "__new__");
        let f = vm.new_builtin(name, builtin_new, None);
        let sm = vm.alloc(Object::StaticMethod(f));
        vm.dict_set_str(d, "__new__", sm);
    }
    let d = vm.type_obj(vm.types.bool_).dict;
    let f = vm.new_builtin("bool.__new__", crate::types::object::bool_new, None);
    let sm = vm.alloc(Object::StaticMethod(f));
    vm.dict_set_str(d, "__new__", sm);
}

/// Whether CPython's type has the dunder (the tables above are shared): only the mutable
/// containers take items, sets are not subscripted, dicts and sets do not add or repeat, a
/// float is no index.
fn has_dunder(tname: &str, m: &str) -> bool {
    match m {
        "__setitem__" | "__delitem__" => matches!(tname, "list" | "dict" | "bytearray"),
        "__getitem__" => !matches!(tname, "set" | "frozenset"),
        "__add__" | "__mul__" => !matches!(tname, "dict" | "set" | "frozenset" | "range"),
        "__index__" => tname != "float",
        // The others format and convert with object's methods, as in CPython.
        "__format__" => matches!(tname, "int" | "float" | "complex" | "str"),
        "__str__" => matches!(tname, "str" | "bytes" | "bytearray"),
        // Since 3.10 a complex converts to neither.
        "__int__" | "__float__" => tname != "complex",
        _ => true,
    }
}

fn other(vm: &Vm, args: &[Value]) -> Value {
    vm.payload(args.get(1).copied().unwrap_or(Value::None))
}

/// A builtin type's comparison slot: the builtin comparison, or `NotImplemented` (never the
/// whole protocol, whose dunder lookup would find this method again).
fn cmp(vm: &mut Vm, args: &[Value], op: crate::object::code::CmpKind) -> PyResult<Value> {
    arity(vm, op.dunders().0, &args[1..], 1, 1)?;
    let b = other(vm, args);
    if !super::operator_dunders::compares_with(vm, args[0], b, op) {
        return Ok(vm.share(Value::Obj(vm.not_implemented)));
    }
    match vm.native_compare(args[0], b, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.share(Value::Obj(vm.not_implemented))),
    }
}

fn d_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Eq)
}
fn d_ne(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Ne)
}
fn d_lt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Lt)
}
fn d_le(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Le)
}
fn d_gt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Gt)
}
fn d_ge(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, crate::object::code::CmpKind::Ge)
}
fn d_add(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = other(vm, args);
    vm.binary_op(args[0], b, crate::object::code::BinOp::Add, false)
}
fn d_sub(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = other(vm, args);
    vm.binary_op(args[0], b, crate::object::code::BinOp::Sub, false)
}
fn d_mul(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = other(vm, args);
    vm.binary_op(args[0], b, crate::object::code::BinOp::Mul, false)
}
fn d_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}
fn d_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = vm.str(args[0])?;
    Ok(vm.new_str(s))
}
fn d_hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(args[0])?))
}
fn d_format(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        let tname = vm.type_obj(vm.type_of(args[0])).name.clone();
        let msg = format!("{tname}.__format__() takes exactly one argument ({} given)", args.len() - 1);
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let Some(spec) = vm.str_of(args[1]).map(str::to_string) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("__format__() argument must be str, not {tn}")));
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}
fn d_len(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.len(args[0])? as i64))
}
fn d_getitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.getitem(args[0], args[1])
}
fn d_setitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    vm.setitem(args[0], args[1], args[2])?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__delitem__", &args[1..], 1, 1)?;
    vm.delitem(args[0], args[1])?;
    Ok(Value::None)
}
fn d_contains(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}
fn d_iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.get_iter(args[0])
}
fn d_int(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::construct::int_new(vm, &args[..1], &[])
}
fn d_float(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::construct::float_new(vm, &args[..1])
}

/// `f.__call__(*args, **kwargs)` of a function, method or builtin: calls it.
pub(crate) fn call_receiver(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some((&receiver, rest)) = args.split_first() else {
        return Err(vm.new_exc(
            crate::object::exc_kind::ExcKind::TypeError,
            "descriptor '__call__' needs an argument",
        ));
    };
    vm.call(receiver, rest, kwargs)
}

/// `staticmethod(f)(*args)`: calls `f` (callable since 3.10).
fn call_wrapped(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let func = match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(&Object::StaticMethod(f)) => f,
        _ => {
            return Err(vm.new_exc(
                crate::object::exc_kind::ExcKind::TypeError,
                "descriptor '__call__' requires a 'staticmethod' object",
            ));
        }
    };
    vm.call(func, &args[1..], kwargs)
}

/// `x.__bool__()` where the truth comes from the VM (`NotImplemented`'s, with its warning).
fn truth(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.truthy(args[0]).map(Value::Bool)
}

/// `x.__repr__()` of the singletons whose repr the VM writes (`NotImplemented`, `Ellipsis`).
fn native_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let text = vm.repr(args[0])?;
    Ok(vm.new_str(text))
}

/// `frame.clear()`: drops a finished frame's variables, or finishes a suspended generator's.
fn frame_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(id) = args.first().and_then(|v| v.as_obj()) {
        vm.clear_frame(id)?;
    }
    Ok(Value::None)
}
