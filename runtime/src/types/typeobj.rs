//! `type`'s methods: `__call__`, `__new__`, `__prepare__`, `mro`.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let ty = t(vm, |t| t.type_);
    def(vm, ty, "type.mro", type_mro);
    let tn = vm.new_builtin("type.__new__", type_new, None);
    let sm = vm.alloc(Object::StaticMethod(tn));
    vm.dict_set_str(ty, "__new__", sm);
    def(vm, ty, "type.__init__", type_init);
    def(vm, ty, "type.__call__", type_call_method);
    // A class method, as in CPython: `Meta.__prepare__(name, bases)` gets the metaclass first.
    let prepare = vm.new_builtin("type.__prepare__", type_prepare, None);
    let cm = vm.alloc(Object::ClassMethod(prepare));
    vm.dict_set_str(ty, "__prepare__", cm);
}

/// `type.__call__(cls, *args, **kwargs)`: what a metaclass's `__call__` reaches through `super()`,
/// the usual `__new__` then `__init__`.
pub(crate) fn type_call_method(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.as_obj()).filter(|&id| matches!(vm.heap.get(id), Object::Type(_))) {
        Some(cls) => vm.construct(cls, &args[1..], kwargs),
        None => {
            let got = args.first().map(|&v| vm.type_name(v)).unwrap_or_default();
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("descriptor '__call__' requires a 'type' object but received a '{got}'"),
            ))
        }
    }
}

/// `type.__prepare__(name, bases, **kwds)`: the empty namespace of a class body.
pub(crate) fn type_prepare(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

/// `type.__init__(cls, name, bases, namespace)` (or with the object alone): the class is
/// made already; only the arguments are checked, as CPython's `type_init`.
fn type_init(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if !matches!(args.len(), 2 | 4) {
        return Err(vm.new_exc(ExcKind::TypeError, "type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__new__(mcls, name, bases, namespace)`: a class whose class is `mcls`.
pub(crate) fn type_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() == 2 {
        return super::construct::type_call(vm, &args[1..], kwargs);
    }
    arity(vm, "type.__new__", args, 4, 4)?;
    let mcls = args[0].as_obj().unwrap_or(vm.types.type_);
    if vm.str_of(args[1]).is_none() {
        let tn = vm.arg_type_name(args[1]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("type.__new__() argument 1 must be str, not {tn}"))
        );
    }
    if !matches!(args[2].as_obj().map(|id| vm.heap.get(id)), Some(Object::Tuple(_))) {
        let tn = vm.arg_type_name(args[2]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("type.__new__() argument 2 must be tuple, not {tn}"))
        );
    }
    let given_bases = vm.iterate_to_vec(args[2])?;
    let winner = vm.calculate_metaclass(mcls, &given_bases);
    for &b in &given_bases {
        vm.decref(b);
    }
    let winner = winner?;
    // A more derived metaclass with a `__new__` of its own makes the class (`type('X',
    // (SomeABC,), {})` is made by ABCMeta), as CPython's `type_new` hands over.
    if winner != mcls
        && let Some(new) = vm.lookup_str(winner, "__new__")
        && vm.lookup_str(vm.types.type_, "__new__") != Some(new)
    {
        let new = vm.getattr_str(Value::Obj(winner), "__new__")?;
        let mut call_args = vec![Value::Obj(winner)];
        call_args.extend_from_slice(&args[1..]);
        let r = vm.call(new, &call_args, kwargs);
        vm.decref(new);
        return r;
    }
    let mcls = winner;
    let name = vm.str_of(args[1]).unwrap_or("?").to_string();
    let bases: Vec<ObjId> = given_bases.iter().filter_map(|b| b.as_obj()).collect();
    let bases = if bases.is_empty() { vec![vm.types.object] } else { bases };
    // The namespace is copied as a dict (a dict subclass's own `__getitem__` is not asked).
    let given = vm.payload(args[3]);
    if !matches!(given.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_))) {
        let tn = vm.arg_type_name(args[3]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("type.__new__() argument 3 must be dict, not {tn}"))
        );
    }
    let ns = vm.new_dict();
    vm.dict_update(Value::Obj(ns), given)?;
    vm.default_module(ns);
    let cls = vm.make_type(&name, bases, ns)?;
    if mcls != vm.types.type_ {
        vm.heap.incref(mcls);
        if let Object::Type(t) = vm.heap.get_mut(cls) {
            t.metaclass = Some(mcls);
        }
    }
    // The class keywords (`class C(Base, tag=1)` through a metaclass) reach `__init_subclass__`.
    let kw = vm.keywords_dict(kwargs);
    let r = vm.class_created(cls, kw);
    if let Some(d) = kw {
        vm.decref(d);
    }
    if let Err(e) = r {
        vm.decref_id(cls);
        return Err(e);
    }
    Ok(Value::Obj(cls))
}

pub(crate) fn type_mro(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mro: Vec<Value> = match vm.heap.get(list_id(vm, args[0])) {
        Object::Type(t) => t.mro.iter().map(|&c| Value::Obj(c)).collect(),
        _ => Vec::new(),
    };
    for &m in &mro {
        vm.incref(m);
    }
    Ok(vm.new_list(mro))
}
