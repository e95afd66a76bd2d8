//! Struct sequences: tuples whose items also have names (`sys.flags`, `os.stat_result`), as
//! CPython's `Objects/structseq.c` makes them. The type is a `tuple` subclass; its
//! `__match_args__` names the items, which `__getattr__` reads and `__repr__` shows as
//! `module.name(a=1, ...)`. Some types have more: items without names after the named ones,
//! and fields that are attributes but no items (`os.stat_result`'s float `st_mtime` beside
//! its integer item), kept in the instance and listed by the type's `__reap_hidden__`.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{DescrKind, NativeDescr, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The shape of a struct sequence type.
pub struct Spec<'a> {
    pub module: &'a str,
    pub name: &'a str,
    /// The items with names, first in the tuple.
    pub named: &'a [&'a str],
    /// How many items without names follow them.
    pub unnamed: usize,
    /// The fields that are attributes only, not items.
    pub hidden: &'a [&'a str],
    /// A constructor in place of `construct` (named `name.__new__`), which it may call.
    pub new: Option<(&'static str, crate::vm::NativeFn)>,
}

/// A new struct sequence type named `module.name` with these fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> PyResult<ObjId> {
    new_type_with(vm, &Spec { module, name, named: fields, unnamed: 0, hidden: &[], new: None })
}

/// A new struct sequence type of this shape.
pub fn new_type_with(vm: &mut Vm, spec: &Spec) -> PyResult<ObjId> {
    let ns = vm.new_dict();
    let names: Vec<Value> = spec.named.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(ns, "__match_args__", names);
    let visible = spec.named.len() + spec.unnamed;
    vm.dict_set_str(ns, "n_fields", Value::Int((visible + spec.hidden.len()) as i64));
    vm.dict_set_str(ns, "n_sequence_fields", Value::Int(visible as i64));
    vm.dict_set_str(ns, "n_unnamed_fields", Value::Int(spec.unnamed as i64));
    if !spec.hidden.is_empty() {
        let hidden: Vec<Value> = spec.hidden.iter().map(|f| vm.new_str(*f)).collect();
        let hidden = vm.new_tuple(hidden);
        vm.dict_set_str(ns, "__reap_hidden__", hidden);
    }
    let m = vm.new_str(spec.module);
    vm.dict_set_str(ns, "__module__", m);
    // Each named item is a data attribute of the type (CPython's member descriptors): read
    // without a failed lookup first, listed by `dir`, and refused to assignment as read-only.
    let owner_name = format!("{}.{}", spec.module, spec.name);
    for (i, name) in spec.named.iter().enumerate() {
        let fget = vm.new_builtin("structseq.field", field, Some(Value::Int(i as i64)));
        let native = Some(Box::new(NativeDescr {
            kind: DescrKind::Member,
            name: (*name).into(),
            owner: Value::None,
            owner_name: owner_name.as_str().into(),
            view: false,
        }));
        let p = vm.alloc(Object::Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            native,
        });
        vm.dict_set_str(ns, name, p);
    }
    def(vm, ns, "structseq.__repr__", repr);
    def(vm, ns, "structseq.__getattr__", getattr);
    // (Named for what they do: a builtin named `__setattr__` would pass for object's own.)
    for hook in ["__setattr__", "__delattr__"] {
        let f = vm.new_builtin("structseq.refuse_attribute", refuse_attribute, None);
        vm.dict_set_str(ns, hook, f);
    }
    def(vm, ns, "structseq.__reduce__", reduce);
    let (new_name, new_fn) = spec.new.unwrap_or(("structseq.__new__", construct));
    let new = vm.new_builtin(new_name, new_fn, None);
    let new = vm.alloc(Object::StaticMethod(new));
    vm.dict_set_str(ns, "__new__", new);
    let tuple = vm.types.tuple;
    // The type takes our reference to its namespace.
    vm.make_type(spec.name, vec![tuple], ns)
}

/// An instance of a struct sequence type holding `values` (whose references it takes).
pub fn new(vm: &mut Vm, cls: ObjId, values: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(values);
    let r = vm.call(Value::Obj(cls), &[t], &[]);
    vm.decref(t);
    r
}

/// An instance of `cls` made directly: its items, and its hidden fields by name (it takes the
/// references to all).
pub fn make(vm: &mut Vm, cls: ObjId, items: Vec<Value>, hidden: &[(&str, Value)]) -> Value {
    let inst = vm.new_instance(cls);
    let t = vm.new_tuple(items);
    vm.set_payload(inst, t);
    if let Some(id) = inst.as_obj() {
        for &(name, v) in hidden {
            vm.set_instance_attr_str(id, name, v);
        }
    }
    inst
}

/// The getter of the named item at `args[0]` (its position) of `args[1]`.
fn field(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "field", args, 2, 2)?;
    let i = vm.as_i64(args[0]).unwrap_or(0);
    let found = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Instance(inst)) => match inst.base().and_then(|b| b.as_obj()).map(|b| vm.heap.get(b)) {
            Some(Object::Tuple(t)) => usize::try_from(i).ok().and_then(|i| t.get(i).copied()),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(v) => Ok(vm.share(v)),
        None => {
            Err(vm.new_exc(ExcKind::TypeError, "descriptor of a struct sequence applied to another object"))
        }
    }
}

/// The names in a tuple of the class's (`__match_args__`, `__reap_hidden__`).
fn class_names(vm: &mut Vm, cls: ObjId, key: &str) -> Vec<String> {
    let Some(names) = vm.lookup_str(cls, key) else { return Vec::new() };
    match names.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.iter().filter_map(|&n| vm.str_of(n).map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

fn class_count(vm: &mut Vm, cls: ObjId, key: &str) -> usize {
    vm.lookup_str(cls, key).and_then(|v| vm.as_i64(v)).map_or(0, |n| n.max(0) as usize)
}

/// `structseq.__new__(cls, sequence, dict=None)`: the items, then the hidden fields from the
/// rest of the sequence or from `dict`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) =
        args.first().and_then(|v| v.as_obj()).filter(|&id| matches!(vm.heap.get(id), Object::Type(_)))
    else {
        return Err(vm.new_exc(ExcKind::TypeError, "structseq.__new__(X): X is not a type object"));
    };
    let [seq, dict] =
        crate::vm::args::bind_args(vm, "structseq", &args[1..], kwargs, ["sequence", "dict"], 2, 1)?;
    let tname = {
        let m = vm.lookup_str(cls, "__module__").and_then(|m| vm.str_of(m).map(str::to_string));
        let n = vm.type_obj(cls).name.to_string();
        m.map_or(n.clone(), |m| format!("{m}.{n}"))
    };
    let dict = dict.filter(|&d| d != Value::None);
    if let Some(d) = dict
        && !matches!(d.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_)))
    {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{tname}() takes a dict as second arg, if any")));
    }
    let values = match vm.iterate_to_vec(seq.unwrap_or(Value::None)) {
        Ok(v) => v,
        Err(e) => {
            vm.decref_id(e);
            return Err(vm.new_exc(ExcKind::TypeError, "constructor requires a sequence"));
        }
    };
    let (visible, hidden) =
        (class_count(vm, cls, "n_sequence_fields"), class_names(vm, cls, "__reap_hidden__"));
    let (min, max, len) = (visible, visible + hidden.len(), values.len());
    if len < min || len > max {
        for v in values {
            vm.decref(v);
        }
        let n = if len < min { min } else { max };
        let bound = match (min == max, len < min) {
            (true, _) => format!("a {n}-sequence"),
            (false, true) => format!("an at least {n}-sequence"),
            (false, false) => format!("an at most {n}-sequence"),
        };
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("{tname}() takes {bound} ({len}-sequence given)"))
        );
    }
    let mut values = values.into_iter();
    let items: Vec<Value> = values.by_ref().take(visible).collect();
    let mut rest: Vec<Value> = values.collect();
    let mut extra = Vec::with_capacity(hidden.len());
    for (i, name) in hidden.iter().enumerate() {
        let v = match rest.get_mut(i) {
            Some(v) => std::mem::replace(v, Value::None),
            None => match dict.and_then(|d| d.as_obj()).and_then(|d| vm.dict_get_str(d, name)) {
                Some(v) => vm.share(v),
                None => Value::None,
            },
        };
        extra.push((name.as_str(), v));
    }
    Ok(make(vm, cls, items, &extra))
}

/// `(type(self), (items, {hidden fields}))`, as CPython's struct sequences pickle.
fn reduce(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__reduce__", args, 1, 1)?;
    let me = args[0];
    let cls = vm.type_of(me);
    let items = vm.payload(me);
    let items = match items.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.clone(),
        _ => Vec::new(),
    };
    for &v in &items {
        vm.incref(v);
    }
    let items = vm.new_tuple(items);
    let d = vm.new_dict();
    for name in class_names(vm, cls, "__reap_hidden__") {
        let v = me.as_obj().and_then(|id| vm.instance_attr_str(id, &name)).unwrap_or(Value::None);
        let v = vm.share(v);
        vm.dict_set_str(d, &name, v);
    }
    let pair = vm.new_tuple(vec![items, Value::Obj(d)]);
    vm.heap.incref(cls);
    Ok(vm.new_tuple(vec![Value::Obj(cls), pair]))
}

/// The field names of `v`'s type.
fn fields(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let cls = vm.type_of(v);
    let names = vm.getattr_str(Value::Obj(cls), "__match_args__")?;
    let out = match names.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.iter().filter_map(|&n| vm.str_of(n).map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    vm.decref(names);
    Ok(out)
}

/// `module.name`, as CPython's struct sequences name themselves in reprs and errors.
fn full_name(vm: &mut Vm, v: Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    let module = vm.getattr_str(Value::Obj(cls), "__module__")?;
    let name = match vm.str_of(module).unwrap_or("?") {
        "builtins" => vm.type_name(v),
        m => format!("{m}.{}", vm.type_name(v)),
    };
    vm.decref(module);
    Ok(name)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    let me = args[0];
    // CPython names the items by its member list, in which the hidden fields follow the
    // named items: os.stat_result's integer times show as `st_atime=...`.
    let mut names = fields(vm, me)?;
    let cls = vm.type_of(me);
    names.extend(class_names(vm, cls, "__reap_hidden__"));
    let visible = match vm.payload(me).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.len(),
        _ => 0,
    };
    names.truncate(visible);
    let mut text = format!("{}(", full_name(vm, me)?);
    for (i, name) in names.iter().enumerate() {
        let item = vm.getitem(me, Value::Int(i as i64))?;
        let shown = vm.repr(item);
        vm.decref(item);
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&format!("{name}={}", shown?));
    }
    text.push(')');
    Ok(vm.new_str(text))
}

/// Struct sequences are immutable and have no `__dict__` in CPython: their fields are
/// read-only and no other attribute can be added (their hidden fields, kept in the instance,
/// are set by `make` directly).
fn refuse_attribute(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "refuse_attribute", args, 2, 3)?;
    let me = args[0];
    let wanted = vm.str_of(args[1]).unwrap_or("").to_string();
    let cls = vm.type_of(me);
    if fields(vm, me)?.contains(&wanted) || class_names(vm, cls, "__reap_hidden__").contains(&wanted) {
        return Err(vm.new_exc(ExcKind::AttributeError, "readonly attribute"));
    }
    let tn = full_name(vm, me)?;
    Err(vm.new_exc(ExcKind::AttributeError, &format!("'{tn}' object has no attribute '{wanted}'")))
}

fn getattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getattr__", args, 2, 2)?;
    let me = args[0];
    let wanted = vm.str_of(args[1]).unwrap_or("").to_string();
    let names = fields(vm, me)?;
    match names.iter().position(|n| *n == wanted) {
        Some(i) => vm.getitem(me, Value::Int(i as i64)),
        None => {
            let tn = full_name(vm, me)?;
            Err(vm.new_exc(ExcKind::AttributeError, &format!("'{tn}' object has no attribute '{wanted}'")))
        }
    }
}
