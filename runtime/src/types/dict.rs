//! `dict`'s methods, `__init__`, views and `__missing__`.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, Iter, Object};
use crate::types::sequence::list_id;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let dict = t(vm, |t| t.dict);
    for (name, f) in [
        ("dict.get", dict_get as crate::vm::NativeFn),
        ("dict.keys", dict_keys),
        ("dict.values", dict_values),
        ("dict.items", dict_items),
        ("dict.pop", dict_pop),
        ("dict.setdefault", dict_setdefault),
        ("dict.update", dict_update),
        ("dict.copy", dict_copy),
        ("dict.clear", dict_clear),
        ("dict.popitem", dict_popitem),
    ] {
        def(vm, dict, name, f);
    }
    let fromkeys = vm.new_builtin("dict.fromkeys", dict_fromkeys, None);
    let cm = vm.alloc(Object::ClassMethod(fromkeys));
    vm.dict_set_str(dict, "fromkeys", cm);
}

pub(crate) fn dict_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get", &args[1..], 1, 2)?;
    match vm.dict_get(args[0], args[1])? {
        Some(v) => Ok(vm.share(v)),
        None => Ok(vm.share(args.get(2).copied().unwrap_or(Value::None))),
    }
}

pub(crate) fn dict_view(vm: &mut Vm, d: Value, kind: DictIterKind) -> PyResult<Value> {
    let dict = list_id(vm, d);
    vm.heap.incref(dict);
    let _ = Iter::Exhausted;
    Ok(vm.alloc(Object::DictView { dict, kind }))
}

pub(crate) fn dict_keys(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Keys)
}

pub(crate) fn dict_values(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Values)
}

pub(crate) fn dict_items(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Items)
}

pub(crate) fn dict_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_remove(args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(vm.share(d)),
            None => {
                let k = vm.share(args[1]);
                let t = vm.new_tuple(vec![k]);
                Err(vm.new_exc_args(ExcKind::KeyError, t))
            }
        },
    }
}

pub(crate) fn dict_setdefault(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(args[0], args[1])? {
        return Ok(vm.share(v));
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(args[0], args[1], d)?;
    Ok(vm.share(d))
}

pub(crate) fn dict_update(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        let msg = format!("update expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    if let Some(&o) = args.get(1) {
        vm.dict_update(args[0], o)?;
    }
    for &(k, v) in kwargs {
        vm.dict_set(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}

pub(crate) fn dict_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::dict_copy(vm, args[0])
}

pub(crate) fn dict_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let entries = match vm.heap.get_mut(list_id(vm, args[0])) {
        Object::Dict(t) => t.drain(),
        _ => Vec::new(),
    };
    for e in entries {
        vm.decref(e.key);
        vm.decref(e.value);
    }
    Ok(Value::None)
}

pub(crate) fn dict_popitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let last = match vm.heap.get(id) {
        Object::Dict(t) => t.last_live(),
        _ => None,
    };
    let Some(i) = last else { return Err(vm.new_exc(ExcKind::KeyError, "popitem(): dictionary is empty")) };
    let e = match vm.heap.get_mut(id) {
        Object::Dict(t) => t.remove(i),
        _ => None,
    };
    let Some(e) = e else { return Err(vm.new_exc(ExcKind::KeyError, "popitem(): dictionary is empty")) };
    Ok(vm.new_tuple(vec![e.key, e.value]))
}

pub(crate) fn dict_fromkeys(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::no_kwargs(vm, "dict.fromkeys", kwargs)?;
    crate::vm::args::check_positional(vm, "fromkeys", args.get(1..).unwrap_or_default(), 1, 2)?;
    let v = args.get(2).copied().unwrap_or(Value::None);
    // A subclass's `fromkeys` makes one of its own (`OrderedDict.fromkeys`), item by item
    // through its `__setitem__`, as CPython's does.
    let cls = args.first().copied().filter(|&c| !c.is(Value::Obj(vm.types.dict)));
    let d = match cls {
        Some(cls) => vm.call(cls, &[], &[])?,
        None => Value::Obj(vm.new_dict()),
    };
    // Key by key as they come: on an error the dict goes with those already in.
    let r = crate::types::set::for_each_item(vm, args.get(1).copied().unwrap_or(Value::None), |vm, k| {
        let r = if cls.is_some() { vm.setitem(d, k, v) } else { vm.dict_set(d, k, v) };
        vm.decref(k);
        r.map(|()| true)
    });
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

pub(crate) fn dict_getitem_missing(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    let d = vm.payload(args[0]);
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(vm.share(v));
    }
    if !d.is(args[0])
        && let Some(r) = vm.try_dunder(args[0], "__missing__", &[args[1]])?
    {
        return Ok(r);
    }
    let k = vm.share(args[1]);
    let t = vm.new_tuple(vec![k]);
    Err(vm.new_exc_args(ExcKind::KeyError, t))
}

pub(crate) fn dict_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::check_positional(vm, "dict", &args[1..], 0, 1)?;
    if let Some(&src) = args.get(1) {
        vm.dict_update(args[0], src)?;
    }
    for &(k, v) in kwargs {
        vm.dict_set(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}
