//! `_reap_callables`: the `__call__` of the library's callable objects (`operator.itemgetter`,
//! `attrgetter`, `methodcaller`, `functools.partial`, the wrapper `lru_cache` makes), native as CPython's C types' are. Their
//! classes stay in Python (construction, repr, pickling); only the call, which a sort key or
//! a callback makes once per item, skips a Python frame and the packing of `*args`. Each reads
//! the fields its class keeps in `__slots__`, in the order the class declares them.

use super::{new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::def_methods;
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_callables(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_callables");
    // Kept under the class's name, each named as the method it becomes.
    let calls: [(&str, &'static str, NativeFn); 5] = [
        ("itemgetter", "itemgetter.__call__", itemgetter_call),
        ("attrgetter", "attrgetter.__call__", attrgetter_call),
        ("methodcaller", "methodcaller.__call__", methodcaller_call),
        ("partial", "partial.__call__", partial_call),
        ("lru_cache", "_lru_cache_wrapper.__call__", lru_call),
    ];
    def_methods(vm, d, &calls);
    register(vm, "_reap_callables", m);
}

/// The receiver's slots `names` (a slotted class keeps them in its own order, see
/// `TypeObj::slots`), each shared for the call (the call may rebind them), or CPython's message
/// for a receiver of another type. `owner` is the class the fields belong to.
fn fields<const N: usize>(
    vm: &mut Vm,
    args: &[Value],
    owner: &str,
    names: [&str; N],
) -> PyResult<[Value; N]> {
    let this = args.first().copied().unwrap_or(Value::None);
    let found = match this.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Instance(i)) if is_a(vm, i.class, owner) => {
            let order = vm.type_obj(i.class).slots.as_deref().unwrap_or_default();
            let mut out = [Value::None; N];
            let mut all = true;
            for (o, name) in out.iter_mut().zip(names) {
                match order.iter().position(|n| n == name) {
                    Some(k) => *o = i.slots().get(k).copied().flatten().unwrap_or(Value::None),
                    None => all = false,
                }
            }
            all.then_some(out)
        }
        _ => None,
    };
    match found {
        Some(out) => {
            for &v in &out {
                vm.incref(v);
            }
            Ok(out)
        }
        None => {
            let tn = vm.type_name(this);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("descriptor '__call__' requires a '{owner}' object but received a '{tn}'"),
            ))
        }
    }
}

/// Whether `cls` is the library's class `owner` (`module.name`) or a subclass of it.
fn is_a(vm: &Vm, cls: ObjId, owner: &str) -> bool {
    let (module, name) = owner.rsplit_once('.').unwrap_or(("", owner));
    match vm.heap.get(cls) {
        Object::Type(t) => t.mro.iter().any(|&c| match vm.heap.get(c) {
            Object::Type(b) => b.name == name && b.module == module,
            _ => false,
        }),
        _ => false,
    }
}

fn release<const N: usize>(vm: &mut Vm, held: [Value; N]) {
    for v in held {
        vm.decref(v);
    }
}

/// The one object a getter is called with, as CPython checks it.
fn one_argument(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{name}() takes no keyword arguments")));
    }
    match args {
        [_, obj] => Ok(*obj),
        _ => {
            let n = args.len().saturating_sub(1);
            Err(vm.new_exc(ExcKind::TypeError, &format!("{name} expected 1 argument, got {n}")))
        }
    }
}

/// The items of a tuple, copied out so the VM is free while they are used (the tuple is held).
fn tuple_items(vm: &Vm, t: Value) -> Vec<Value> {
    match t.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// The tuple of what `get` makes of each of `from`, or the first error.
fn tuple_of(
    vm: &mut Vm,
    from: Vec<Value>,
    mut get: impl FnMut(&mut Vm, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut out = Vec::with_capacity(from.len());
    for x in from {
        match get(vm, x) {
            Ok(v) => out.push(v),
            Err(e) => {
                out.into_iter().for_each(|v| vm.decref(v));
                return Err(e);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `itemgetter(*items)(obj)`: `obj[item]`, or the tuple of them.
fn itemgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [items] = fields(vm, args, "operator.itemgetter", ["_items"])?;
    let r = one_argument(vm, "itemgetter", args, kwargs).and_then(|obj| {
        // One key, the common getter, is read in place.
        if let Some(Object::Tuple(keys)) = items.as_obj().map(|id| vm.heap.get(id))
            && let [key] = keys[..]
        {
            return vm.getitem(obj, key);
        }
        let keys = tuple_items(vm, items);
        tuple_of(vm, keys, |vm, key| vm.getitem(obj, key))
    });
    release(vm, [items]);
    r
}

/// One dotted path of an attrgetter (a tuple of names) followed from `obj`.
fn resolve(vm: &mut Vm, obj: Value, path: Value) -> PyResult<Value> {
    let mut cur = vm.share(obj);
    for name in tuple_items(vm, path) {
        let Some(name) = name.as_obj() else { continue };
        let next = vm.getattr(cur, name);
        vm.decref(cur);
        cur = next?;
    }
    Ok(cur)
}

/// `attrgetter(*names)(obj)`: each dotted name followed from `obj`, or the tuple of them.
fn attrgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [paths] = fields(vm, args, "operator.attrgetter", ["_attrs"])?;
    let r = one_argument(vm, "attrgetter", args, kwargs).and_then(|obj| {
        let paths = tuple_items(vm, paths);
        if let [path] = paths[..] {
            return resolve(vm, obj, path);
        }
        tuple_of(vm, paths, |vm, path| resolve(vm, obj, path))
    });
    release(vm, [paths]);
    r
}

/// A dict's string keys and their values, as keyword arguments (borrowed: the dict is held).
fn dict_keywords(vm: &mut Vm, d: Value) -> PyResult<Vec<(ObjId, Value)>> {
    let pairs: Vec<(Value, Value)> = match d.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        match k.as_obj() {
            Some(id) if vm.str_of(k).is_some() => out.push((id, v)),
            _ => return Err(vm.new_exc(ExcKind::TypeError, "keywords must be strings")),
        }
    }
    Ok(out)
}

/// `methodcaller(name, *args, **kwargs)(obj)`: `obj.name(*args, **kwargs)`.
fn methodcaller_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let held = fields(vm, args, "operator.methodcaller", ["_name", "_args", "_kwargs"])?;
    let [name, margs, mkwargs] = held;
    let r = one_argument(vm, "methodcaller", args, kwargs).and_then(|obj| {
        let Some(name) = name.as_obj() else {
            return Err(vm.new_exc(ExcKind::TypeError, "method name must be a string"));
        };
        let method = vm.getattr(obj, name)?;
        let positional = tuple_items(vm, margs);
        let r = dict_keywords(vm, mkwargs).and_then(|kw| vm.call(method, &positional, &kw));
        vm.decref(method);
        r
    });
    release(vm, held);
    r
}

/// `partial(func, *args, **keywords)(*more, **kw)`: `func(*args, *more, **keywords, **kw)`.
fn partial_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let held = fields(vm, args, "functools.partial", ["func", "args", "keywords"])?;
    let [func, pargs, pkw] = held;
    let mut positional = tuple_items(vm, pargs);
    positional.extend_from_slice(args.get(1..).unwrap_or_default());
    let r = dict_keywords(vm, pkw).and_then(|mut kw| {
        for &(name, v) in kwargs {
            let given = vm.str_of(Value::Obj(name)).map(str::to_owned);
            match kw.iter_mut().find(|(k, _)| vm.str_of(Value::Obj(*k)).map(str::to_owned) == given) {
                Some(slot) => slot.1 = v,
                None => kw.push((name, v)),
            }
        }
        vm.call(func, &positional, &kw)
    });
    release(vm, held);
    r
}

/// The cache key of a call, as CPython's `lru_cache` makes it: the arguments, then (with
/// keywords) the marker and each keyword's name and value in the order given, then (typed)
/// their types; a lone int or str argument is its own key. A new reference.
fn cache_key(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], mark: Value, typed: bool) -> Value {
    if kwargs.is_empty()
        && !typed
        && let [one] = args
        && (matches!(one, Value::Int(_))
            || one.as_obj().is_some_and(|id| matches!(vm.heap.get(id), Object::Str(_) | Object::BigInt(_))))
    {
        return vm.share(*one);
    }
    let mut key: Vec<Value> = args.to_vec();
    if !kwargs.is_empty() {
        key.push(mark);
        for &(name, v) in kwargs {
            key.extend([Value::Obj(name), v]);
        }
    }
    if typed {
        let types: Vec<Value> =
            args.iter().chain(kwargs.iter().map(|(_, v)| v)).map(|&v| Value::Obj(vm.type_of(v))).collect();
        key.extend(types);
    }
    for &v in &key {
        vm.incref(v);
    }
    vm.new_tuple(key)
}

/// Increments `stats[k]` (`[hits, misses]`).
fn count(vm: &mut Vm, stats: Value, k: usize) {
    if let Some(Object::List(l)) = stats.as_obj().map(|id| vm.heap.get_mut(id))
        && let Some(Value::Int(n)) = l.get_mut(k)
    {
        *n = n.saturating_add(1);
    }
}

/// `functools.lru_cache(maxsize, typed)(func)(*args, **kwargs)`: the result remembered for
/// these arguments, or `func`'s, remembered (the least recently used one let go when a bounded
/// cache is full). As CPython's C wrapper: the key is hashed once, a hit moves to the end of
/// the cache's order, and a result the call itself cached (by recursion) is kept.
fn lru_call(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let held = fields(
        vm,
        args,
        "functools._lru_cache_wrapper",
        ["_cache", "_func", "_mark", "_maxsize", "_stats", "_typed"],
    )?;
    let [cache, func, mark, maxsize, stats, typed] = held;
    let given = args.get(1..).unwrap_or_default();
    let r = lru_lookup(vm, cache, func, mark, maxsize, stats, typed, given, kwargs);
    release(vm, held);
    r
}

#[allow(clippy::too_many_arguments)]
fn lru_lookup(
    vm: &mut Vm,
    cache: Value,
    func: Value,
    mark: Value,
    maxsize: Value,
    stats: Value,
    typed: Value,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<Value> {
    let maxsize = match maxsize {
        Value::None => None,
        v => Some(vm.as_i64(v).unwrap_or(0).max(0) as usize),
    };
    if maxsize == Some(0) {
        count(vm, stats, 1);
        return vm.call(func, args, kwargs);
    }
    let typed = vm.truthy(typed)?;
    let key = cache_key(vm, args, kwargs, mark, typed);
    let r = lru_with_key(vm, cache, func, maxsize, stats, key, args, kwargs);
    vm.decref(key);
    r
}

#[allow(clippy::too_many_arguments)]
fn lru_with_key(
    vm: &mut Vm,
    cache: Value,
    func: Value,
    maxsize: Option<usize>,
    stats: Value,
    key: Value,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<Value> {
    let h = vm.hash(key)?;
    match maxsize {
        None => {
            if let Some(v) = vm.dict_get_hashed(cache, key, h)? {
                count(vm, stats, 0);
                return Ok(vm.share(v));
            }
        }
        Some(_) => {
            // A hit goes last: the dict's order is the order of use.
            if let Some(v) = vm.dict_remove_hashed(cache, key, h)? {
                count(vm, stats, 0);
                let r = vm.dict_set_hashed(cache, key, h, v);
                return handed(vm, r, v);
            }
        }
    }
    count(vm, stats, 1);
    let result = vm.call(func, args, kwargs)?;
    if let Some(limit) = maxsize {
        // The call cached this key itself (recursion): the first result stays.
        match vm.dict_get_hashed(cache, key, h) {
            Ok(Some(_)) => return Ok(result),
            Ok(None) => {}
            Err(e) => {
                vm.decref(result);
                return Err(e);
            }
        }
        let full = match cache.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Dict(t)) => t.len() >= limit,
            _ => false,
        };
        // The oldest goes once the new result is in, as CPython lets it go.
        let evicted = if full {
            cache.as_obj().and_then(|id| vm.table_mut(id)).and_then(|t| {
                let first = t.iter().next().map(|(i, _)| i);
                first.and_then(|i| t.remove(i))
            })
        } else {
            None
        };
        let r = vm.dict_set_hashed(cache, key, h, result);
        if let Some(e) = evicted {
            vm.decref(e.key);
            vm.decref(e.value);
        }
        return handed(vm, r, result);
    }
    let r = vm.dict_set_hashed(cache, key, h, result);
    handed(vm, r, result)
}

/// `v` (owned) once stored, or the error storing it raised, `v` released.
fn handed(vm: &mut Vm, stored: PyResult<()>, v: Value) -> PyResult<Value> {
    match stored {
        Ok(()) => Ok(v),
        Err(e) => {
            vm.decref(v);
            Err(e)
        }
    }
}
