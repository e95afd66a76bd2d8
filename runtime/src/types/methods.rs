//! Methods of the builtin types other than `str` (see `string.rs`).

use super::{arity, def, kwarg};
use crate::object::set_table::SetTable;
use crate::object::{DictIterKind, Iter, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let list = t(vm, |t| t.list);
    for (name, f) in [
        ("list.append", list_append as crate::vm::NativeFn),
        ("list.extend", list_extend),
        ("list.pop", list_pop),
        ("list.insert", list_insert),
        ("list.remove", list_remove),
        ("list.index", seq_index),
        ("list.count", seq_count),
        ("list.sort", list_sort),
        ("list.reverse", list_reverse),
        ("list.copy", list_copy),
        ("list.clear", list_clear),
    ] {
        def(vm, list, name, f);
    }
    let tuple = t(vm, |t| t.tuple);
    def(vm, tuple, "tuple.index", seq_index);
    def(vm, tuple, "tuple.count", seq_count);
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
    for set in [t(vm, |t| t.set), t(vm, |t| t.frozenset)] {
        for (name, f) in [
            ("set.union", set_union as crate::vm::NativeFn),
            ("set.intersection", set_intersection),
            ("set.difference", set_difference),
            ("set.symmetric_difference", set_symdiff),
            ("set.issubset", set_issubset),
            ("set.issuperset", set_issuperset),
            ("set.isdisjoint", set_isdisjoint),
            ("set.copy", set_copy),
        ] {
            def(vm, set, name, f);
        }
    }
    let set = t(vm, |t| t.set);
    for (name, f) in [
        ("set.add", set_add as crate::vm::NativeFn),
        ("set.discard", set_discard),
        ("set.remove", set_remove),
        ("set.pop", set_pop),
        ("set.clear", set_clear),
        ("set.update", set_update),
        ("set.difference_update", set_difference_update),
        ("set.intersection_update", set_intersection_update),
        ("set.symmetric_difference_update", set_symmetric_difference_update),
    ] {
        def(vm, set, name, f);
    }
    let int = t(vm, |t| t.int);
    def(vm, int, "int.bit_length", int_bit_length);
    let float = t(vm, |t| t.float);
    def(vm, float, "float.is_integer", float_is_integer);
    let object = t(vm, |t| t.object);
    def(vm, object, "object.__init__", object_init);
    def(vm, object, "object.__new__", object_new);
    def(vm, object, "object.__setattr__", object_setattr);
    def(vm, object, "object.__getattribute__", object_getattribute);
    let isc = vm.new_builtin("object.__init_subclass__", object_init_subclass, None);
    let cm = vm.alloc(Object::ClassMethod(isc));
    vm.dict_set_str(object, "__init_subclass__", cm);
    def(vm, object, "object.__repr__", object_repr);
    def(vm, object, "object.__str__", object_str);
    let exc = vm.type_obj(vm.exc_type("BaseException")).dict;
    def(vm, exc, "BaseException.__init__", exc_init);
    def(vm, exc, "BaseException.with_traceback", exc_with_traceback);
    def(vm, exc, "BaseException.__str__", exc_str);
    let generator = t(vm, |t| t.generator);
    def(vm, generator, "generator.send", gen_send);
    def(vm, generator, "generator.throw", gen_throw);
    def(vm, generator, "generator.close", gen_close);
    def(vm, generator, "generator.__next__", gen_next);
    def(vm, generator, "generator.__iter__", identity);
    let mut iterator_types: Vec<ObjId> = vm.types.iters.values().copied().collect();
    iterator_types.extend([
        vm.types.iterator,
        vm.types.enumerate,
        vm.types.zip,
        vm.types.map,
        vm.types.filter,
        vm.types.reversed,
    ]);
    for it in iterator_types {
        let d = vm.type_obj(it).dict;
        def(vm, d, "iterator.__next__", gen_next);
        def(vm, d, "iterator.__iter__", identity);
    }
    let prop = t(vm, |t| t.property);
    def(vm, prop, "property.setter", property_setter);
    def(vm, prop, "property.getter", property_getter);
    def(vm, prop, "property.deleter", property_deleter);
    let sl = t(vm, |t| t.slice);
    def(vm, sl, "slice.indices", slice_indices_method);
    let ty = t(vm, |t| t.type_);
    def(vm, ty, "type.mro", type_mro);
    let tn = vm.new_builtin("type.__new__", type_new, None);
    let sm = vm.alloc(Object::StaticMethod(tn));
    vm.dict_set_str(ty, "__new__", sm);
    def(vm, ty, "type.__init__", object_init);
    def(vm, ty, "type.__call__", type_call_method);
    def(vm, ty, "type.__prepare__", type_prepare);
    crate::types::str::install(vm);
    install_dunders(vm);
}

fn list_id(vm: &Vm, v: Value) -> ObjId {
    v.as_obj().unwrap_or(vm.not_implemented)
}

fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    match vm.heap.get(list_id(vm, v)) {
        Object::List(l) | Object::Tuple(l) => l.clone(),
        _ => Vec::new(),
    }
}

fn list_append(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.append", &args[1..], 1, 1)?;
    vm.incref(args[1]);
    if let Object::List(l) = vm.heap.get_mut(list_id(vm, args[0])) {
        l.push(args[1]);
    }
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.extend", &args[1..], 1, 1)?;
    vm.extend_list(Value::Obj(list_id(vm, args[0])), args[1])?;
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let id = list_id(vm, args[0]);
    let len = match vm.heap.get(id) {
        Object::List(l) => l.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.new_exc("IndexError", "pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&k) => match super::norm_index(vm, k, len, "list")? {
            Some(i) => i,
            None => return Err(vm.new_exc("IndexError", "pop index out of range")),
        },
        None => len - 1,
    };
    match vm.heap.get_mut(id) {
        Object::List(l) => Ok(l.remove(i)),
        _ => Ok(Value::None),
    }
}

fn list_insert(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "insert", &args[1..], 2, 2)?;
    let id = list_id(vm, args[0]);
    let len = match vm.heap.get(id) {
        Object::List(l) => l.len() as i64,
        _ => 0,
    };
    let i = vm.as_i64(args[1]).unwrap_or(0);
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    vm.incref(args[2]);
    if let Object::List(l) = vm.heap.get_mut(id) {
        l.insert(i, args[2]);
    }
    Ok(Value::None)
}

fn find_index(vm: &mut Vm, seq: Value, x: Value) -> PyResult<Option<usize>> {
    for (i, item) in items_of(vm, seq).into_iter().enumerate() {
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "list.remove", &args[1..], 1, 1)?;
    match find_index(vm, args[0], args[1])? {
        Some(i) => {
            let old = match vm.heap.get_mut(list_id(vm, args[0])) {
                Object::List(l) => l.remove(i),
                _ => Value::None,
            };
            vm.decref(old);
            Ok(Value::None)
        }
        None => Err(vm.new_exc("ValueError", "list.remove(x): x not in list")),
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "index", &args[1..], 1, 3)?;
    let items = items_of(vm, args[0]);
    let start = args.get(2).and_then(|&v| vm.as_i64(v)).unwrap_or(0).max(0) as usize;
    for (i, item) in items.into_iter().enumerate().skip(start) {
        if item.is(args[1]) || vm.eq(item, args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let is_list = matches!(vm.heap.get(list_id(vm, args[0])), Object::List(_));
    if is_list {
        let r = vm.repr(args[1])?;
        Err(vm.new_exc("ValueError", &format!("{r} is not in list")))
    } else {
        Err(vm.new_exc("ValueError", "tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "count", &args[1..], 1, 1)?;
    let mut n = 0;
    for item in items_of(vm, args[0]) {
        if item.is(args[1]) || vm.eq(item, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "sort", &args[1..], 0, 0)?;
    let key = kwarg(vm, kwargs, "key");
    let reverse = match kwarg(vm, kwargs, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let id = list_id(vm, args[0]);
    let mut items = match vm.heap.get_mut(id) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    let r = super::sort::sort_values(vm, &mut items, key, reverse);
    if let Object::List(l) = vm.heap.get_mut(id) {
        let added = std::mem::replace(l, items);
        if !added.is_empty() {
            release_items(vm, added);
            // An error of the sort itself wins over this one, as in CPython.
            r?;
            return Err(vm.new_exc("ValueError", "list modified during sort"));
        }
    }
    r.map(|()| Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Object::List(l) = vm.heap.get_mut(list_id(vm, args[0])) {
        l.reverse();
    }
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let items = items_of(vm, args[0]);
    for &i in &items {
        vm.incref(i);
    }
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let items = match vm.heap.get_mut(list_id(vm, args[0])) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    release_items(vm, items);
    Ok(Value::None)
}

/// Releases the items a list let go of all at once (`clear`, `__init__`, `*= 0`): last to
/// first, as CPython's `_list_clear` does, so their finalizers run in its order.
pub(crate) fn release_items(vm: &mut Vm, items: Vec<Value>) {
    for i in items.into_iter().rev() {
        vm.decref(i);
    }
}

fn dict_get(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get", &args[1..], 1, 2)?;
    match vm.dict_get(args[0], args[1])? {
        Some(v) => Ok(vm.share(v)),
        None => Ok(vm.share(args.get(2).copied().unwrap_or(Value::None))),
    }
}

fn dict_view(vm: &mut Vm, d: Value, kind: DictIterKind) -> PyResult<Value> {
    let dict = list_id(vm, d);
    vm.heap.incref(dict);
    let _ = Iter::Exhausted;
    Ok(vm.alloc(Object::DictView { dict, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    dict_view(vm, args[0], DictIterKind::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_remove(args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(vm.share(d)),
            None => {
                let k = vm.share(args[1]);
                let t = vm.new_tuple(vec![k]);
                Err(vm.new_exc_args("KeyError", t))
            }
        },
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(args[0], args[1])? {
        return Ok(vm.share(v));
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(args[0], args[1], d)?;
    Ok(vm.share(d))
}

fn dict_update(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(&o) = args.get(1) {
        vm.dict_update(args[0], o)?;
    }
    for &(k, v) in kwargs {
        vm.dict_set(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::dict_copy(vm, args[0])
}

fn dict_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
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

fn dict_popitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let last = match vm.heap.get(id) {
        Object::Dict(t) => t.last_live(),
        _ => None,
    };
    let Some(i) = last else { return Err(vm.new_exc("KeyError", "popitem(): dictionary is empty")) };
    let e = match vm.heap.get_mut(id) {
        Object::Dict(t) => t.remove(i),
        _ => None,
    };
    let Some(e) = e else { return Err(vm.new_exc("KeyError", "popitem(): dictionary is empty")) };
    Ok(vm.new_tuple(vec![e.key, e.value]))
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let v = args.get(2).copied().unwrap_or(Value::None);
    let d = Value::Obj(vm.new_dict());
    // Key by key as they come: on an error the dict goes with those already in.
    let r = super::for_each_item(vm, args.get(1).copied().unwrap_or(Value::None), |vm, k| {
        let r = vm.dict_set(d, k, v);
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

fn new_set_like(vm: &mut Vm, of: Value) -> Value {
    let frozen = matches!(vm.heap.get(list_id(vm, of)), Object::Set { frozen: true, .. });
    vm.alloc(Object::Set { table: SetTable::new(), frozen })
}

/// Adds each item of an iterable to a set: a set's keys with their stored hashes, as CPython's
/// `set_update_internal`.
fn add_all(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if super::is_set(vm, other) {
        return super::set_merge(vm, s, other);
    }
    if let Some(Object::Dict(t)) = other.as_obj().map(|id| vm.heap.get(id)) {
        let entries: Vec<(i64, Value)> = t.iter().map(|(_, e)| (e.hash, e.key)).collect();
        for &(_, k) in &entries {
            vm.incref(k);
        }
        let mut entries = entries.into_iter();
        let mut r = Ok(());
        for (h, k) in entries.by_ref() {
            r = vm.set_add_hashed(s, k, h);
            vm.decref(k);
            if r.is_err() {
                break;
            }
        }
        entries.for_each(|(_, k)| vm.decref(k));
        return r;
    }
    super::for_each_item(vm, other, |vm, item| {
        let r = vm.set_add(s, item);
        vm.decref(item);
        r.map(|()| true)
    })
}

/// `set.union`, `intersection`, `difference`, `symmetric_difference` with any iterables, as
/// CPython does each (which decides the result's keys and order, and which hashes are taken).
fn set_binary(vm: &mut Vm, args: &[Value], op: crate::object::code::BinOp) -> PyResult<Value> {
    use crate::object::code::BinOp;
    let me = args[0];
    let others = &args[1..];
    let frozen = matches!(vm.heap.get(list_id(vm, me)), Object::Set { frozen: true, .. });
    let Some((&first, rest)) = others.split_first() else {
        return Ok(super::set_copy_of(vm, me, frozen));
    };
    let mut acc = match op {
        BinOp::Or => super::set_copy_of(vm, me, frozen),
        BinOp::And => vm.share(me),
        BinOp::Sub if super::is_set(vm, first) => super::set_op(vm, me, first, BinOp::Sub, false)?,
        BinOp::Sub => super::set_copy_of(vm, me, frozen),
        _ => {
            let r = new_set_like(vm, me);
            if let Err(e) = add_all(vm, r, first) {
                vm.decref(r);
                return Err(e);
            }
            r
        }
    };
    let steps = match op {
        BinOp::Sub if super::is_set(vm, first) => rest,
        BinOp::Xor => &[me][..],
        _ => others,
    };
    for &other in steps {
        let r = match op {
            BinOp::Or => add_all(vm, acc, other),
            BinOp::And => match super::set_intersection_with(vm, acc, other) {
                Ok(next) => {
                    vm.decref(acc);
                    acc = next;
                    Ok(())
                }
                Err(e) => Err(e),
            },
            BinOp::Sub => super::set_difference_update(vm, acc, other),
            _ => super::set_symmetric_difference_update(vm, acc, other),
        };
        if let Err(e) = r {
            vm.decref(acc);
            return Err(e);
        }
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::Or)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::And)
}

fn set_difference(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    set_binary(vm, args, crate::object::code::BinOp::Sub)
}

fn set_symdiff(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &args[1..], 1, 1)?;
    set_binary(vm, args, crate::object::code::BinOp::Xor)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "issubset", &args[1..], 1, 1)?;
    if super::is_set(vm, args[1]) {
        return super::set_is_subset(vm, args[0], args[1]).map(Value::Bool);
    }
    let other = vm.alloc(Object::Set { table: SetTable::new(), frozen: false });
    let r = add_all(vm, other, args[1]).and_then(|()| super::set_is_subset(vm, args[0], other));
    vm.decref(other);
    r.map(Value::Bool)
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "issuperset", &args[1..], 1, 1)?;
    if super::is_set(vm, args[1]) {
        return super::set_is_subset(vm, args[1], args[0]).map(Value::Bool);
    }
    // Item by item, stopping at the first one missing.
    let mut all = true;
    let r = super::for_each_item(vm, args[1], |vm, item| {
        let found = vm.set_contains(args[0], item);
        vm.decref(item);
        all = found?;
        Ok(all)
    });
    r.map(|()| Value::Bool(all))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    let (me, other) = (args[0], args[1]);
    if me.is(other) {
        return Ok(Value::Bool(super::set_len(vm, me) == 0));
    }
    let mut disjoint = true;
    if super::is_set(vm, other) {
        // The smaller set's keys are looked up in the larger, with their stored hashes.
        let (small, big) =
            if super::set_len(vm, other) > super::set_len(vm, me) { (me, other) } else { (other, me) };
        super::for_each_entry(vm, small, |vm, h, k| {
            if disjoint && vm.set_contains_hashed(big, k, h)? {
                disjoint = false;
            }
            Ok(())
        })?;
        return Ok(Value::Bool(disjoint));
    }
    super::for_each_item(vm, other, |vm, item| {
        let found = vm.set_contains(me, item);
        vm.decref(item);
        disjoint = !found?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}

fn set_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let frozen = matches!(vm.heap.get(list_id(vm, args[0])), Object::Set { frozen: true, .. });
    Ok(super::set_copy_of(vm, args[0], frozen))
}

fn set_add(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.add", &args[1..], 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.discard", &args[1..], 1, 1)?;
    vm.set_discard(args[0], args[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.remove", &args[1..], 1, 1)?;
    if !vm.set_discard(args[0], args[1])? {
        let k = vm.share(args[1]);
        let t = vm.new_tuple(vec![k]);
        return Err(vm.new_exc_args("KeyError", t));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let popped = match vm.heap.get_mut(id) {
        Object::Set { table, .. } => table.pop_slot().map(|i| table.remove(i)),
        _ => None,
    };
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_exc("KeyError", "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::set_clear(vm, args[0]);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    for &other in &args[1..] {
        super::set_difference_update(vm, args[0], other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::set_intersection_update(vm, args[0], &args[1..])?;
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set.symmetric_difference_update", &args[1..], 1, 1)?;
    super::set_symmetric_difference_update(vm, args[0], args[1])?;
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    for &other in &args[1..] {
        add_all(vm, args[0], other)?;
    }
    Ok(Value::None)
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}

fn float_is_integer(_: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(matches!(args[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0)))
}

fn object_init(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(cls) if matches!(vm.heap.get(cls), Object::Type(_)) => Ok(vm.new_instance(cls)),
        _ => Err(vm.new_exc("TypeError", "object.__new__(X): X is not a type object")),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__setattr__", &args[1..], 2, 2)?;
    let name = match vm.str_of(args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => return Err(vm.new_exc("TypeError", "attribute name must be string")),
    };
    let r = vm.generic_setattr(args[0], name, args[2]);
    vm.decref_id(name);
    r.map(|()| Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getattribute__", &args[1..], 1, 1)?;
    let Some(name) = vm.str_of(args[1]).map(str::to_string) else {
        return Err(vm.new_exc("TypeError", "attribute name must be string"));
    };
    let id = vm.intern(&name);
    // Without `__getattr__`: object.__getattribute__ raises for a missing attribute.
    let r = vm.getattr_no_hook(args[0], id);
    vm.decref_id(id);
    r
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let name = match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
            Some(Object::Type(t)) => t.name.clone(),
            _ => "object".into(),
        };
        return Err(
            vm.new_exc("TypeError", &format!("{name}.__init_subclass__() takes no keyword arguments"))
        );
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let t = vm.type_obj(cls);
    let s = format!(
        "<{}.{} object at {}>",
        t.module,
        t.qualname,
        super::format::address(args[0].as_obj().unwrap_or(cls))
    );
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn exc_init(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest: Vec<Value> = args[1..].iter().map(|&v| vm.share(v)).collect();
    let t = vm.new_tuple(rest);
    if let Some(id) = args[0].as_obj() {
        vm.set_exc_args(id, t);
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    let Some(id) =
        args[0].as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Instance(i) if i.exc().is_some()))
    else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(
            "TypeError",
            &format!("descriptor '__str__' requires a 'BaseException' object but received a '{tn}'"),
        ));
    };
    let s = vm.exc_default_str(id)?;
    Ok(vm.new_str(s))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(vm.share(args[0]))
}

fn gen_result(vm: &mut Vm, r: Result<Value, Value>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(v) => {
            let t = if v == Value::None { vm.new_tuple(Vec::new()) } else { vm.new_tuple(vec![v]) };
            Err(vm.new_exc_args("StopIteration", t))
        }
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let r = vm.gen_send(list_id(vm, args[0]), args[1])?;
    gen_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = vm.next_or_stop(args[0])?;
    gen_result(vm, r)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let exc = match args.get(2).filter(|v| **v != Value::None) {
        Some(&inst) => vm.make_exception(inst)?,
        None => vm.make_exception(args[1])?,
    };
    let r = vm.gen_throw(list_id(vm, args[0]), exc)?;
    gen_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = list_id(vm, args[0]);
    let suspended = matches!(vm.heap.get(id), Object::Generator(g) if g.started && g.frame.is_some());
    if !suspended {
        if let Object::Generator(g) = vm.heap.get_mut(id) {
            g.finished = true;
            if let Some(mut f) = g.frame.take() {
                vm.release_frame(&mut f);
            }
        }
        return Ok(Value::None);
    }
    let exit = vm.new_exc_args("GeneratorExit", Value::None);
    let empty = vm.new_tuple(Vec::new());
    vm.set_exc_args(exit, empty);
    match vm.gen_throw(id, exit) {
        Ok(Ok(v)) => {
            vm.decref(v);
            Err(vm.new_exc("RuntimeError", "generator ignored GeneratorExit"))
        }
        Ok(Err(v)) => {
            vm.decref(v);
            Ok(Value::None)
        }
        Err(e) => {
            let t = vm.type_of(Value::Obj(e));
            if t == vm.exc_type("GeneratorExit") || t == vm.exc_type("StopIteration") {
                vm.decref_id(e);
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

fn identity(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(vm.share(args[0]))
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (mut fget, mut fset, mut fdel, doc) = match vm.heap.get(list_id(vm, args[0])) {
        Object::Property { fget, fset, fdel, doc } => (*fget, *fset, *fdel, *doc),
        _ => return Err(vm.new_exc("TypeError", "not a property")),
    };
    let f = args.get(1).copied().unwrap_or(Value::None);
    match which {
        0 => fget = f,
        1 => fset = f,
        _ => fdel = f,
    }
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    Ok(vm.alloc(Object::Property { fget, fset, fdel, doc }))
}

fn property_getter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    property_with(vm, args, 2)
}

/// `type.__call__(cls, *args, **kwargs)`: what a metaclass's `__call__` reaches through `super()`,
/// the usual `__new__` then `__init__`.
fn type_call_method(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.as_obj()).filter(|&id| matches!(vm.heap.get(id), Object::Type(_))) {
        Some(cls) => vm.construct(cls, &args[1..], kwargs),
        None => {
            let got = args.first().map(|&v| vm.type_name(v)).unwrap_or_default();
            Err(vm.new_exc(
                "TypeError",
                &format!("descriptor '__call__' requires a 'type' object but received a '{got}'"),
            ))
        }
    }
}

/// `type.__prepare__(name, bases, **kwds)`: the empty namespace of a class body.
fn type_prepare(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

/// `type.__new__(mcls, name, bases, namespace)`: a class whose class is `mcls`.
fn type_new(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() == 2 {
        return super::construct::type_call(vm, &args[1..]);
    }
    arity(vm, "type.__new__", args, 4, 4)?;
    let mcls = args[0].as_obj().unwrap_or(vm.types.type_);
    let name = vm.str_of(args[1]).unwrap_or("?").to_string();
    let bases: Vec<ObjId> = vm.iterate_to_vec(args[2])?.into_iter().filter_map(Value::as_obj).collect();
    for &b in &bases {
        vm.decref_id(b);
    }
    let bases = if bases.is_empty() { vec![vm.types.object] } else { bases };
    let ns = vm.new_dict();
    vm.dict_update(Value::Obj(ns), args[3])?;
    let cls = vm.make_type(&name, bases, ns)?;
    if mcls != vm.types.type_ {
        vm.heap.incref(mcls);
        if let Object::Type(t) = vm.heap.get_mut(cls) {
            t.metaclass = Some(mcls);
        }
    }
    vm.class_created(cls, None)?;
    Ok(Value::Obj(cls))
}

/// `slice.indices(length)`: (start, stop, step) clamped as CPython clamps them.
fn slice_indices_method(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "indices", &args[1..], 1, 1)?;
    let Some(len) = vm.as_i64(args[1]).filter(|&n| n >= 0) else {
        return Err(vm.new_exc("ValueError", "length should not be negative"));
    };
    let (start, stop, step) = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Slice { start, stop, step }) => (*start, *stop, *step),
        _ => return Err(vm.new_exc("TypeError", "not a slice")),
    };
    let get = |vm: &Vm, v: Value| if v == Value::None { None } else { vm.as_i64(v) };
    let step = get(vm, step).unwrap_or(1);
    if step == 0 {
        return Err(vm.new_exc("ValueError", "slice step cannot be zero"));
    }
    let clamp = |i: i64, lo: i64, hi: i64| if i < 0 { (i + len).max(lo) } else { i.min(hi) };
    let (start, stop) = if step > 0 {
        (get(vm, start).map_or(0, |i| clamp(i, 0, len)), get(vm, stop).map_or(len, |i| clamp(i, 0, len)))
    } else {
        (
            get(vm, start).map_or(len - 1, |i| clamp(i, -1, len - 1)),
            get(vm, stop).map_or(-1, |i| clamp(i, -1, len - 1)),
        )
    };
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn type_mro(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mro: Vec<Value> = match vm.heap.get(list_id(vm, args[0])) {
        Object::Type(t) => t.mro.iter().map(|&c| Value::Obj(c)).collect(),
        _ => Vec::new(),
    };
    for &m in &mro {
        vm.incref(m);
    }
    Ok(vm.new_list(mro))
}

/// The dunder methods of the builtin container and number types. The VM handles the builtin
/// types natively; these exist so that subclasses (`class Stack(list)`) find them through the
/// MRO, and `super().__setitem__(...)` works. The receiver arrives as the payload already.
type Native = crate::vm::NativeFn;

/// A `type.method` name with a static lifetime, made once per process (the set of names is fixed).
fn static_name(tname: &str, m: &str) -> &'static str {
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

pub fn install_dunders(vm: &mut Vm) {
    let t = &vm.types;
    let containers = [
        ("list", t.list),
        ("dict", t.dict),
        ("tuple", t.tuple),
        ("str", t.str_),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("bytes", t.bytes),
    ];
    let numbers = [("int", t.int), ("float", t.float)];
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
    let number_only: &[(&str, Native)] =
        &[("__int__", d_int), ("__float__", d_float), ("__index__", d_int), ("__sub__", d_sub)];
    for (tname, ty) in containers.iter().chain(numbers.iter()) {
        let dict = vm.type_obj(*ty).dict;
        let extra = if numbers.iter().any(|(n, _)| n == tname) { number_only } else { container_only };
        for &(m, f) in common.iter().chain(extra) {
            let name = static_name(tname, m);
            def(vm, dict, name, f);
        }
    }
    // `dict.__getitem__` consults `__missing__` of a subclass, so it needs the instance itself.
    let dict = vm.type_obj(vm.types.dict).dict;
    def(vm, dict, "dict_subclass.__getitem__", dict_getitem_missing);
    let list = vm.type_obj(vm.types.list).dict;
    def(vm, list, "list.__init__", list_init);
    def(vm, dict, "dict.__init__", dict_init);
    let set = vm.type_obj(vm.types.set).dict;
    def(vm, set, "set.__init__", set_init);
    for (tname, ty) in [
        ("str", vm.types.str_),
        ("int", vm.types.int),
        ("float", vm.types.float),
        ("tuple", vm.types.tuple),
        ("frozenset", vm.types.frozenset),
        ("bytes", vm.types.bytes),
        ("list", vm.types.list),
        ("dict", vm.types.dict),
        ("set", vm.types.set),
    ] {
        let d = vm.type_obj(ty).dict;
        let name = static_name(tname, "__new__");
        let f = vm.new_builtin(name, builtin_new, None);
        let sm = vm.alloc(Object::StaticMethod(f));
        vm.dict_set_str(d, "__new__", sm);
    }
}

fn other(vm: &Vm, args: &[Value]) -> Value {
    vm.payload(args.get(1).copied().unwrap_or(Value::None))
}

fn cmp(vm: &mut Vm, args: &[Value], op: crate::object::code::CmpKind) -> PyResult<Value> {
    let b = other(vm, args);
    vm.compare(args[0], b, op)
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
    let spec = args.get(1).and_then(|&s| vm.str_of(s)).unwrap_or("").to_string();
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

fn dict_getitem_missing(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
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
    Err(vm.new_exc_args("KeyError", t))
}

fn list_init(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    // CPython empties the list before it reads the iterable (so `l.__init__(l)` leaves it empty).
    let id = list_id(vm, args[0]);
    let old = match vm.heap.get_mut(id) {
        Object::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    release_items(vm, old);
    let items = match args.get(1) {
        Some(&src) => vm.iterate_to_vec(src)?,
        None => Vec::new(),
    };
    match vm.heap.get_mut(id) {
        Object::List(l) => l.extend(items),
        _ => release_items(vm, items),
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(&src) = args.get(1) {
        vm.dict_update(args[0], src)?;
    }
    for &(k, v) in kwargs {
        vm.dict_set(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(&src) = args.get(1) {
        for item in vm.iterate_to_vec(src)? {
            let r = vm.set_add(args[0], item);
            vm.decref(item);
            r?;
        }
    }
    Ok(Value::None)
}

/// `T.__new__(cls, *args)` for a builtin `T`: an instance of `cls` whose payload is `T(*args)`.
fn builtin_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) =
        args.first().and_then(|v| v.as_obj()).filter(|id| matches!(vm.heap.get(*id), Object::Type(_)))
    else {
        return Err(vm.new_exc("TypeError", "__new__(X): X is not a type object"));
    };
    let base = vm.builtin_base(cls).unwrap_or(cls);
    // Mutable containers are filled by `__init__`, not `__new__`.
    let t = &vm.types;
    let (ctor_args, ctor_kwargs) = if base == t.list || base == t.dict || base == t.set {
        (&args[..0], &kwargs[..0])
    } else {
        (&args[1..], kwargs)
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
