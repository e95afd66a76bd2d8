//! `getset_descriptor` and `member_descriptor`: CPython's C-level descriptors (a class's
//! `__dict__` and `__weakref__`, its `__slots__`, a builtin type's data attributes) as scripts
//! see them, with `__get__`, `__set__`, `__delete__`, `__name__`, `__qualname__` and
//! `__objclass__`. The descriptors themselves are `Object::Property` with `native` set.

use super::def;
use crate::object::exc_kind::ExcKind;
use crate::object::{DescrKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for (ty, names) in [
        (
            vm.types.getset_descriptor,
            ["getset_descriptor.__get__", "getset_descriptor.__set__", "getset_descriptor.__delete__"],
        ),
        (
            vm.types.member_descriptor,
            ["member_descriptor.__get__", "member_descriptor.__set__", "member_descriptor.__delete__"],
        ),
    ] {
        let d = vm.type_obj(ty).dict;
        def(vm, d, names[0], descr_get);
        def(vm, d, names[1], descr_set);
        def(vm, d, names[2], descr_delete);
    }
}

pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "__name__", get: name },
    GetSet { name: "__qualname__", get: qualname },
    GetSet { name: "__objclass__", get: objclass },
    GetSet { name: "__doc__", get: doc },
];

/// The descriptor a method was called on, after CPython's receiver check.
fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<ObjId> {
    let kind_type = |vm: &Vm, v: Value| vm.type_of(v);
    let first = args.first().copied().unwrap_or(Value::None);
    let ty = kind_type(vm, first);
    if ty != vm.types.getset_descriptor && ty != vm.types.member_descriptor {
        let tn = vm.type_name(first);
        let (owner, short) = method.split_once('.').unwrap_or(("", method));
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{short}' for '{owner}' objects doesn't apply to a '{tn}' object"),
        ));
    }
    Ok(first.as_obj().unwrap_or(vm.types.object))
}

fn descr_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = this(vm, args, "getset_descriptor.__get__")?;
    crate::vm::args::unpack_arity(vm, &args[1..], 1, 2)?;
    let (instance, owner) = (args[1], args.get(2).copied().unwrap_or(Value::None));
    if instance == Value::None {
        if owner == Value::None {
            return Err(vm.new_exc(ExcKind::TypeError, "__get__(None, None) is invalid"));
        }
        return Ok(vm.share(Value::Obj(d)));
    }
    match vm.heap.get(d) {
        &Object::Property { fget: fget @ Value::Obj(_), .. } => vm.call(fget, &[instance], &[]),
        _ => vm.native_descr_get(d, instance),
    }
}

fn descr_set(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = this(vm, args, "getset_descriptor.__set__")?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 2, 2)?;
    change(vm, d, args[1], Some(args[2]))
}

fn descr_delete(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = this(vm, args, "getset_descriptor.__delete__")?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 1, 1)?;
    change(vm, d, args[1], None)
}

fn change(vm: &mut Vm, d: ObjId, obj: Value, value: Option<Value>) -> PyResult<Value> {
    if vm.native_descr(d).is_some() {
        vm.native_descr_set(d, obj, value)?;
        return Ok(Value::None);
    }
    // A builtin type's attribute: read-only.
    let (kind, name, owner) = match vm.heap.get(d) {
        Object::Property { native: Some(n), .. } => (n.kind, n.name.to_string(), n.owner_name.to_string()),
        _ => return Ok(Value::None),
    };
    let msg = match kind {
        DescrKind::GetSet => format!("attribute '{name}' of '{owner}' objects is not writable"),
        DescrKind::Member => "readonly attribute".to_string(),
    };
    Err(vm.new_exc(ExcKind::AttributeError, &msg))
}

fn part(vm: &mut Vm, id: ObjId, pick: fn(&crate::object::NativeDescr) -> String) -> Value {
    let s = match vm.heap.get(id) {
        Object::Property { native: Some(n), .. } => pick(n),
        _ => return Value::None,
    };
    vm.new_str(&s)
}

fn name(vm: &mut Vm, id: ObjId) -> Value {
    part(vm, id, |n| n.name.to_string())
}

fn qualname(vm: &mut Vm, id: ObjId) -> Value {
    let owner = match vm.heap.get(id) {
        Object::Property { native: Some(n), .. } => n.owner.as_obj(),
        _ => None,
    };
    let owner_qual = owner.map(|o| vm.type_obj(o).qualname.to_string());
    match owner_qual {
        Some(q) => {
            let short = match vm.heap.get(id) {
                Object::Property { native: Some(n), .. } => n.name.to_string(),
                _ => String::new(),
            };
            vm.new_str(format!("{q}.{short}"))
        }
        None => part(vm, id, |n| {
            let owner = n.owner_name.rsplit('.').next().unwrap_or(&n.owner_name);
            format!("{owner}.{}", n.name)
        }),
    }
}

/// The class the descriptor belongs to; for a builtin type's attribute, the builtin of its
/// owner's name, if that holds it.
fn objclass(vm: &mut Vm, id: ObjId) -> Value {
    let owner = match vm.heap.get(id) {
        Object::Property { native: Some(n), .. } => n.owner.as_obj(),
        _ => None,
    };
    if let Some(o) = owner {
        return vm.share(Value::Obj(o));
    }
    let (name, owner_name) = match vm.heap.get(id) {
        Object::Property { native: Some(n), .. } => (n.name.clone(), n.owner_name.clone()),
        _ => return Value::None,
    };
    let found = vm.dict_get_str(vm.builtins, &owner_name).filter(|&t| {
        matches!(t.as_obj().map(|t| vm.heap.get(t)), Some(Object::Type(ty))
            if vm.dict_get_str(ty.dict, &name).is_some_and(|v| v.is(Value::Obj(id))))
    });
    found.map_or(Value::None, |t| vm.share(t))
}

fn doc(vm: &mut Vm, id: ObjId) -> Value {
    let (doc, getter) = match vm.heap.get(id) {
        Object::Property { doc, fget, native: Some(n), .. } => match (n.kind, n.name.as_str()) {
            (DescrKind::GetSet, "__dict__") if fget == &Value::None => {
                return vm.new_str("dictionary for instance variables");
            }
            (DescrKind::GetSet, "__weakref__") if fget == &Value::None => {
                return vm.new_str("list of weak references to the object");
            }
            _ => (*doc, *fget),
        },
        _ => return Value::None,
    };
    if doc != Value::None {
        return vm.share(doc);
    }
    match getter.as_obj().map(|g| vm.heap.get(g)) {
        Some(Object::Builtin(_)) => match vm.getattr_str(getter, "__doc__") {
            Ok(v) => v,
            Err(e) => {
                vm.decref_id(e);
                Value::None
            }
        },
        _ => Value::None,
    }
}
