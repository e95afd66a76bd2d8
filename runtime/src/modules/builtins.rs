//! The `builtins` module: its functions (`print`, `len`, `sorted`, ...) and the names of the
//! builtin classes (the classes themselves are in `types/`).

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::{arity, def, kwarg};
use crate::object::code::{BinOp, CmpKind};
use crate::object::exc_kind::ExcKind;
use crate::object::{Iter, Object};
use crate::types::construct::index_value;
use crate::types::sort::{call_key, sort_values};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::args::bind_args;
use crate::vm::native::def_no_keywords;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    let t = &vm.types;
    let classes = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("complex", t.complex),
        ("bytearray", t.bytearray),
        ("memoryview", t.memoryview),
    ];
    for (name, id) in classes {
        vm.dict_set_str(b, name, Value::Obj(id));
    }
    for &kind in crate::vm::ExcKind::ALL {
        let id = vm.exc_type(kind);
        vm.dict_set_str(b, kind.name(), Value::Obj(id));
    }
    let env_error = vm.exc_type(ExcKind::OSError);
    vm.dict_set_str(b, "EnvironmentError", Value::Obj(env_error));
    vm.dict_set_str(b, "IOError", Value::Obj(env_error));
    vm.dict_set_str(b, "NotImplemented", Value::Obj(vm.not_implemented));
    vm.dict_set_str(b, "Ellipsis", Value::Obj(vm.ellipsis));
    vm.dict_set_str(b, "__debug__", Value::Bool(true));
    // The constants are in the namespace too, as CPython's (`getattr(builtins, 'None')`).
    vm.dict_set_str(b, "None", Value::None);
    vm.dict_set_str(b, "True", Value::Bool(true));
    vm.dict_set_str(b, "False", Value::Bool(false));
    let package = vm.new_str("");
    vm.dict_set_str(b, "__package__", package);
    let name = vm.new_str("builtins");
    vm.dict_set_str(b, "__name__", name);
    let doc = vm.new_str(concat!(
        "Built-in functions, types, exceptions, and other objects.\n\n",
        "This module provides direct access to all 'built-in'\n",
        "identifiers of Python; for example, builtins.len is\n",
        "the full name for the built-in function len().\n\n",
        "This module is not normally accessed explicitly by most\n",
        "applications, but can be useful in modules that provide\n",
        "objects with the same name as a built-in value, but in\n",
        "which the built-in of that name is also needed."
    ));
    vm.dict_set_str(b, "__doc__", doc);
    def(vm, b, "__build_class__", build_class);
    def(vm, b, "print", print);
    super::sys_breakpoint::install_builtin(vm, b);
    def_no_keywords(vm, b, "len", len);
    def_no_keywords(vm, b, "repr", repr);
    def_no_keywords(vm, b, "ascii", ascii);
    def_no_keywords(vm, b, "abs", abs);
    def(vm, b, "min", min);
    def(vm, b, "max", max);
    def(vm, b, "sum", sum);
    def(vm, b, "sorted", sorted);
    def_no_keywords(vm, b, "isinstance", isinstance);
    def_no_keywords(vm, b, "issubclass", issubclass);
    def_no_keywords(vm, b, "id", id);
    def_no_keywords(vm, b, "hash", hash);
    def_no_keywords(vm, b, "iter", iter);
    def_no_keywords(vm, b, "next", next);
    def_no_keywords(vm, b, "aiter", aiter);
    def_no_keywords(vm, b, "anext", anext);
    def_no_keywords(vm, b, "getattr", getattr);
    def_no_keywords(vm, b, "setattr", setattr);
    def_no_keywords(vm, b, "hasattr", hasattr);
    def_no_keywords(vm, b, "delattr", delattr);
    def_no_keywords(vm, b, "callable", callable);
    def(vm, b, "round", round);
    def_no_keywords(vm, b, "divmod", divmod);
    def(vm, b, "pow", pow);
    def_no_keywords(vm, b, "chr", chr);
    def_no_keywords(vm, b, "ord", ord);
    def_no_keywords(vm, b, "hex", hex);
    def_no_keywords(vm, b, "oct", oct);
    def_no_keywords(vm, b, "bin", bin);
    def_no_keywords(vm, b, "format", format);
    def_no_keywords(vm, b, "any", any);
    def_no_keywords(vm, b, "all", all);
    def_no_keywords(vm, b, "vars", vars);
    def_no_keywords(vm, b, "dir", dir);
    def_no_keywords(vm, b, "input", input);
}

/// `__build_class__(func, name, *bases, **kwds)`: what a `class` statement runs.
fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.new_exc(ExcKind::TypeError, "__build_class__: not enough arguments"));
    }
    if !matches!(args[0].as_obj().map(|id| vm.heap.get(id)), Some(Object::Function(_))) {
        return Err(vm.new_exc(ExcKind::TypeError, "__build_class__: func must be a function"));
    }
    if vm.str_of(args[1]).is_none() {
        return Err(vm.new_exc(ExcKind::TypeError, "__build_class__: name is not a string"));
    }
    let keywords = vm.keywords_dict(kwargs);
    let r = vm.build_class(args[0], args[1], &args[2..], keywords);
    if let Some(d) = keywords {
        vm.decref(d);
    }
    r
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    bind_args(vm, "print", &[], kwargs, ["sep", "end", "file", "flush"], 0, 0)?;
    let sep = kwarg(vm, kwargs, "sep").filter(|v| *v != Value::None);
    let end = kwarg(vm, kwargs, "end").filter(|v| *v != Value::None);
    let file = kwarg(vm, kwargs, "file").filter(|v| *v != Value::None);
    let sep = match sep {
        Some(s) => match vm.str_of(s) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(s);
                return Err(
                    vm.new_exc(ExcKind::TypeError, &format!("sep must be None or a string, not {tn}"))
                );
            }
        },
        None => " ".into(),
    };
    let end = match end {
        Some(e) => match vm.str_of(e) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(e);
                return Err(
                    vm.new_exc(ExcKind::TypeError, &format!("end must be None or a string, not {tn}"))
                );
            }
        },
        None => "\n".into(),
    };
    // The end of the interpreter's teardown, when `sys` is empty: CPython's error.
    if file.is_none()
        && let Some(sys) = vm.module_dict("sys")
        && vm.dict_get_str(sys, "stdout").is_none()
    {
        return Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.stdout"));
    }
    // A script that replaced `sys.stdout`, or reconfigured it, gets its output through it.
    let file = file.or_else(|| {
        let dict = vm.module_dict("sys")?;
        let current = vm.dict_get_str(dict, "stdout")?;
        let original = vm.dict_get_str(dict, "__stdout__")?;
        let reconfigured =
            current.as_obj().and_then(|id| vm.instance_attr_str(id, "_reconfigured")).is_some()
                || super::std_streams::is_closed(vm, current);
        (!current.is(original) || reconfigured).then_some(current)
    });
    match file {
        // With `sys.stdout` set to None (a program without a console), print does nothing.
        Some(Value::None) => {}
        // A file object gets each piece by its own `write`, as CPython's print gives them.
        Some(f) => {
            let w = vm.getattr_str(f, "write")?;
            let r = print_to(vm, w, args, &sep, &end);
            vm.decref(w);
            r?;
            if let Some(flush) = kwarg(vm, kwargs, "flush")
                && vm.truthy(flush)?
            {
                let flush = vm.getattr_str(f, "flush")?;
                let r = vm.call(flush, &[], &[]);
                vm.decref(flush);
                vm.decref(r?);
            }
        }
        None => {
            let mut out = String::new();
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match vm.str(a) {
                    Ok(text) => out.push_str(&text),
                    // CPython's print wrote the pieces before the one that failed.
                    Err(e) => {
                        // The error to report is `e`; a failed write of what came before
                        // would only hide it.
                        let _ = vm.write_out_checked(&out);
                        return Err(e);
                    }
                }
            }
            out.push_str(&end);
            if let Err(e) = vm.write_out_checked(&out) {
                return Err(super::io::os_error(vm, &e, None));
            }
            if let Some(f) = kwarg(vm, kwargs, "flush")
                && vm.truthy(f)?
            {
                vm.flush();
            }
        }
    }
    Ok(Value::None)
}

/// `print(*args, sep=sep, end=end)` through the file's `write`, piece by piece.
fn print_to(vm: &mut Vm, write: Value, args: &[Value], sep: &str, end: &str) -> PyResult<()> {
    let put = |vm: &mut Vm, text: String| {
        let s = vm.new_str(text);
        let r = vm.call(write, &[s], &[]);
        vm.decref(s);
        vm.decref(r?);
        Ok(())
    };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            put(vm, sep.to_string())?;
        }
        let text = vm.str(a)?;
        put(vm, text)?;
    }
    put(vm, end.to_string())
}

fn len(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(reap_lang::repr::ascii_escape(&s)))
}

fn abs(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "abs", args, 1, 1)?;
    if let Some(Object::Complex { re, im }) = args[0].as_obj().map(|id| vm.heap.get(id)) {
        return Ok(Value::Float(re.hypot(*im)));
    }
    match args[0] {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Int(i) if i != i64::MIN => Ok(Value::Int(i.abs())),
        v => {
            if let Some(b) = vm.as_bigint(v)
                && !matches!(v.as_obj().map(|i| vm.heap.get(i)), Some(Object::Instance(_)))
            {
                return Ok(vm.new_bigint(b.abs()));
            }
            match vm.try_dunder(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                // `class Flags(int)` without an `__abs__` of its own: the value's.
                None if let Some(base) = vm.instance_base(v) => abs(vm, &[base], &[]),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.new_exc(ExcKind::TypeError, &format!("bad operand type for abs(): '{tn}'")))
                }
            }
        }
    }
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{name} expected at least 1 argument, got 0")));
    }
    let [key, default] = bind_args(vm, name, &[], kwargs, ["key", "default"], 0, 0)?;
    let key = key.filter(|k| *k != Value::None);
    if args.len() > 1 && default.is_some() {
        let msg = format!("Cannot specify a default for {name}() with multiple positional arguments");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    // As CPython: item by item (an error stops the reading), each compared with `<` (min) or
    // `>` (max) against the best so far, the losers released as they lose.
    let source = if args.len() == 1 {
        args[0]
    } else {
        let items: Vec<Value> = args.iter().map(|&a| vm.share(a)).collect();
        vm.new_tuple(items)
    };
    let it = vm.get_iter(source);
    if args.len() != 1 {
        vm.decref(source);
    }
    let it = it?;
    let op = if want_max { CmpKind::Gt } else { CmpKind::Lt };
    let mut best: Option<(Value, Value)> = None;
    let result = loop {
        let item = match vm.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let k = match call_key(vm, key, item) {
            Ok(k) => k,
            Err(e) => {
                vm.decref(item);
                break Err(e);
            }
        };
        let Some((best_item, best_key)) = best else {
            best = Some((item, k));
            continue;
        };
        // Two machine ints (the commonest keys) compare without the general protocol.
        let better = match (k, best_key) {
            (Value::Int(a), Value::Int(b)) => Ok(if want_max { a > b } else { a < b }),
            _ => vm.compare(k, best_key, op).and_then(|r| {
                let t = vm.truthy(r);
                vm.decref(r);
                t
            }),
        };
        match better {
            Ok(true) => {
                vm.decref(best_key);
                vm.decref(best_item);
                best = Some((item, k));
            }
            Ok(false) => {
                vm.decref(item);
                vm.decref(k);
            }
            Err(e) => {
                vm.decref(k);
                vm.decref(item);
                break Err(e);
            }
        }
    };
    vm.decref(it);
    match (result, best) {
        (Err(e), best) => {
            if let Some((item, k)) = best {
                vm.decref(k);
                vm.decref(item);
            }
            Err(e)
        }
        (Ok(()), Some((item, k))) => {
            vm.decref(k);
            Ok(item)
        }
        (Ok(()), None) => match default {
            Some(d) => Ok(vm.share(d)),
            None => Err(vm.new_exc(ExcKind::ValueError, &format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", false)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", true)
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [iterable, start] = bind_args(vm, "sum", args, kwargs, ["", "start"], 2, 1)?;
    let start = start.unwrap_or(Value::Int(0));
    let it = vm.get_iter(iterable.unwrap_or(Value::None))?;
    if vm.str_of(start).is_some() {
        vm.decref(it);
        return Err(vm.new_exc(ExcKind::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let what = match start.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(_)) => Some("bytes"),
        Some(Object::ByteArray(_)) => Some("bytearray"),
        _ => None,
    };
    if let Some(what) = what {
        vm.decref(it);
        let msg = format!("sum() can't sum {what} [use b''.join(seq) instead]");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    // Added as they come, as CPython's: the generator's effects and `__add__`'s interleave.
    let acc = std::cell::Cell::new(vm.share(start));
    let number = |v: Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
    let r = vm.drain(
        it,
        |_, item| number(acc.get()) && number(item),
        |vm, item| {
            // CPython's order: the old total goes, then the item, then (on an error) the iterator.
            let r = vm.binary_op(acc.get(), item, BinOp::Add, false);
            vm.decref(acc.replace(Value::None));
            vm.decref(item);
            acc.set(r?);
            Ok(true)
        },
    );
    match r {
        Ok(()) => Ok(acc.get()),
        Err(e) => {
            vm.decref(acc.get());
            Err(e)
        }
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::check_positional(vm, "sorted", args, 1, 1)?;
    // The keywords are `list.sort`'s, and so are the messages about them.
    let (key, reverse) = crate::types::list::sort_args(vm, &[], kwargs)?;
    let mut items = vm.iterate_to_vec(args[0])?;
    if let Err(e) = sort_values(vm, &mut items, key, reverse) {
        for i in items {
            vm.decref(i);
        }
        return Err(e);
    }
    Ok(vm.new_list(items))
}

/// `isinstance(obj, spec)` or `issubclass(obj, spec)` against a class, a tuple of specs, or
/// an object whose type has the hook (`int | str`, a typing alias): CPython's order.
fn check_against(vm: &mut Vm, obj: Value, spec: Value, subclass: bool) -> PyResult<bool> {
    match spec.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Type(_)) => {
            let Some(c) = spec.as_obj() else { unreachable!("a class is an object") };
            if !subclass {
                return instance_of(vm, obj, c);
            }
            match metaclass_check(vm, c, "__subclasscheck__", obj)? {
                Some(r) => Ok(r),
                None => match obj.as_obj().filter(|&sub| matches!(vm.heap.get(sub), Object::Type(_))) {
                    Some(sub) => Ok(vm.is_subtype(sub, c)),
                    None => Err(vm.new_exc(ExcKind::TypeError, "issubclass() arg 1 must be a class")),
                },
            }
        }
        Some(Object::Tuple(items)) => {
            let items = items.clone();
            if vm.stack_exhausted() {
                return Err(vm.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
            }
            for item in items {
                if check_against(vm, obj, item, subclass)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let (hook, fname) = if subclass {
                ("__subclasscheck__", "issubclass")
            } else {
                ("__instancecheck__", "isinstance")
            };
            match vm.try_dunder(spec, hook, &[obj])? {
                Some(r) => {
                    let truth = vm.truthy(r);
                    vm.decref(r);
                    truth
                }
                None => {
                    let what = if subclass {
                        "a class, a tuple of classes, or a union"
                    } else {
                        "a type, a tuple of types, or a union"
                    };
                    Err(vm.new_exc(ExcKind::TypeError, &format!("{fname}() arg 2 must be {what}")))
                }
            }
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(check_against(vm, args[0], args[1], false)?))
}

/// `isinstance(obj, cls)` for one class. As CPython: an exact type match needs no hook;
/// otherwise the metaclass's `__instancecheck__`, when it has one, has the last word.
fn instance_of(vm: &mut Vm, obj: Value, cls: ObjId) -> PyResult<bool> {
    if vm.type_of(obj) == cls {
        return Ok(true);
    }
    match metaclass_check(vm, cls, "__instancecheck__", obj)? {
        Some(r) => Ok(r),
        None => vm.real_isinstance(obj, cls),
    }
}

/// A metaclass's `__instancecheck__` or `__subclasscheck__` (how ABCs accept registered
/// classes); None when the class's metaclass is `type` or does not override `type`'s hook.
fn metaclass_check(vm: &mut Vm, cls: ObjId, hook: &str, arg: Value) -> PyResult<Option<bool>> {
    let meta = vm.type_of(Value::Obj(cls));
    if meta == vm.types.type_ {
        return Ok(None);
    }
    let name = vm.intern(hook);
    let found = vm.lookup_in_mro(meta, name);
    vm.decref_id(name);
    let Some(f) = found else { return Ok(None) };
    // `type`'s own hook answers what the plain check would: no call needed.
    let type_dict = vm.type_obj(vm.types.type_).dict;
    if vm.dict_get_str(type_dict, hook).is_some_and(|own| own.is(f)) {
        return Ok(None);
    }
    let f = vm.share(f);
    let r = vm.call(f, &[Value::Obj(cls), arg], &[]);
    vm.decref(f);
    let r = r?;
    let truth = vm.truthy(r);
    vm.decref(r);
    Ok(Some(truth?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(check_against(vm, args[0], args[1], true)?))
}

fn id(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(id) => 0x7f00_0000_0000 + id.index() as i64 * 48,
        Value::None => 0x7e00_0000_0010,
        Value::Bool(b) => 0x7e00_0000_0020 + i64::from(b) * 16,
        Value::Int(i) => 0x7d00_0000_0000 + (i & 0xffff_ffff) * 32,
        Value::Float(f) => 0x7c00_0000_0000 + (f.to_bits() as i64 & 0xffff_ffff) * 16,
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.callable(args[0]) {
            return Err(vm.new_exc(ExcKind::TypeError, "iter(v, w): v must be callable"));
        }
        let (f, s) = (vm.share(args[0]), vm.share(args[1]));
        return Ok(vm.alloc(Object::Iter(Iter::Callable { func: f, sentinel: s })));
    }
    vm.get_iter(args[0])
}

/// `aiter(x)`: `x.__aiter__()`.
fn aiter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "aiter", args, 1, 1)?;
    let tn = vm.type_name(args[0]);
    match vm.try_dunder(args[0], "__aiter__", &[])? {
        // What it returns must itself be an async iterator.
        Some(it) if vm.lookup_str(vm.type_of(it), "__anext__").is_none() => {
            let tn = vm.type_name(it);
            vm.decref(it);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("aiter() returned not an async iterator of type '{tn}'"),
            ))
        }
        Some(it) => Ok(it),
        None => Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not an async iterable"))),
    }
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a default, one that gives
/// the default for a `StopAsyncIteration` (written in Python, `_reap_types`).
fn anext(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "anext", args, 1, 2)?;
    let tn = vm.type_name(args[0]);
    let Some(awaitable) = vm.try_dunder(args[0], "__anext__", &[])? else {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not an async iterator")));
    };
    let Some(&default) = args.get(1) else { return Ok(awaitable) };
    let module = vm.import("_reap_types", 0, Value::None, vm.builtins);
    let with_default = module.and_then(|m| {
        let f = vm.getattr_str(m, "_anext_with_default");
        vm.decref(m);
        f
    });
    let r = with_default.and_then(|f| {
        let r = vm.call(f, &[awaitable, default], &[]);
        vm.decref(f);
        r
    });
    vm.decref(awaitable);
    r
}

fn next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(it.as_obj().map(|id| vm.heap.get(id)), Some(Object::Iter(_)))
        || matches!(it.as_obj().and_then(|id| vm.gen_kind(id)), Some(crate::object::GenKind::Generator))
        || try_has_next(vm, it);
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not an iterator")));
    }
    match vm.next_or_stop(it)? {
        Ok(v) => Ok(v),
        Err(v) => {
            if let Some(&d) = args.get(1) {
                vm.decref(v);
                return Ok(vm.share(d));
            }
            let t = if v == Value::None { vm.new_tuple(Vec::new()) } else { vm.new_tuple(vec![v]) };
            Err(vm.new_exc_args(ExcKind::StopIteration, t))
        }
    }
}

fn try_has_next(vm: &Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    let Object::Type(ty) = vm.heap.get(t) else { return false };
    ty.mro.iter().any(|&c| vm.dict_get_str(vm.type_obj(c).dict, "__next__").is_some())
}

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<ObjId> {
    match vm.str_of(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getattr", args, 2, 3)?;
    let name = name_arg(vm, args[1])?;
    let Some(&default) = args.get(2) else {
        let r = vm.getattr(args[0], name);
        vm.decref_id(name);
        return r;
    };
    let r = vm.getattr_or_missing(args[0], name);
    vm.decref_id(name);
    Ok(r?.unwrap_or_else(|| vm.share(default)))
}

fn setattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setattr", args, 3, 3)?;
    let name = name_arg(vm, args[1])?;
    let r = vm.setattr(args[0], name, args[2]);
    vm.decref_id(name);
    r.map(|()| Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "hasattr", args, 2, 2)?;
    let name = name_arg(vm, args[1])?;
    let r = vm.getattr_or_missing(args[0], name);
    vm.decref_id(name);
    Ok(Value::Bool(r?.map(|v| vm.decref(v)).is_some()))
}

fn delattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "delattr", args, 2, 2)?;
    let name = name_arg(vm, args[1])?;
    let r = vm.delattr(args[0], name);
    vm.decref_id(name);
    r.map(|()| Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "callable", args, 1, 1)?;
    let v = args[0];
    Ok(Value::Bool(vm.callable(v)))
}

fn round(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [number, nd] = bind_args(vm, "round", args, kwargs, ["number", "ndigits"], 2, 1)?;
    if !kwargs.is_empty() {
        // Keywords become positions, so that `__round__` and the recursion below see them so.
        let mut plain = vec![number.unwrap_or(Value::None)];
        plain.extend(nd);
        return round(vm, &plain, &[]);
    }
    let nd = nd.filter(|v| *v != Value::None);
    // `class Level(int)`: its own `__round__`, else the value's rounding (an int, not a Level).
    if let Some(base) = vm.instance_base(args[0]) {
        if let Some(r) = vm.try_dunder(args[0], "__round__", &args[1..])? {
            return Ok(r);
        }
        let mut plain = vec![base];
        plain.extend(nd);
        return round(vm, &plain, &[]);
    }
    match args[0] {
        Value::Float(x) => crate::types::float::round_float_value(vm, x, nd),
        v if vm.is_int(v) && !matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_))) => {
            let b = vm.as_bigint(v).unwrap_or_default();
            match nd {
                None => Ok(vm.new_bigint(b)),
                Some(n) => {
                    let n = crate::types::index_arg(vm, n)?;
                    Ok(vm.new_bigint(crate::types::int::round_bigint(b, &n)))
                }
            }
        }
        v => {
            let extra: Vec<Value> = nd.into_iter().collect();
            match vm.try_dunder(v, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.new_exc(ExcKind::TypeError, &format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "divmod", args, 2, 2)?;
    let script_class =
        |vm: &Vm, v: Value| matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
    if script_class(vm, args[0]) || script_class(vm, args[1]) {
        if let Some(r) = vm.binary_dunders(args[0], args[1], "__divmod__", "__rdivmod__")? {
            return Ok(r);
        }
        // A subclass of a builtin number without a method of its own divides as its value.
        let (a, b) = (vm.instance_base(args[0]), vm.instance_base(args[1]));
        if a.is_none() && b.is_none() {
            return Err(divmod_unsupported(vm, args[0], args[1]));
        }
        return divmod(vm, &[a.unwrap_or(args[0]), b.unwrap_or(args[1])], &[]);
    }
    // Only ints and floats divide with a remainder (`%` of a str formats instead).
    let real = |vm: &Vm, v: Value| matches!(v, Value::Float(_)) || vm.is_int(v);
    if !real(vm, args[0]) || !real(vm, args[1]) {
        return Err(divmod_unsupported(vm, args[0], args[1]));
    }
    let is_zero = |v: Value| match v {
        Value::Float(f) => f == 0.0,
        Value::Int(i) => i == 0,
        Value::Bool(b) => !b,
        _ => false,
    };
    let (a_float, b_float) = (matches!(args[0], Value::Float(_)), matches!(args[1], Value::Float(_)));
    if (a_float || (b_float && vm.is_int(args[0]))) && is_zero(args[1]) {
        return Err(vm.zero_division("float divmod()"));
    }
    let q = vm.binary_op(args[0], args[1], BinOp::FloorDiv, false)?;
    let r = match vm.binary_op(args[0], args[1], BinOp::Mod, false) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![q, r]))
}

fn divmod_unsupported(vm: &mut Vm, a: Value, b: Value) -> ObjId {
    let (an, bn) = (vm.type_name(a), vm.type_name(b));
    let msg = format!("unsupported operand type(s) for divmod(): '{an}' and '{bn}'");
    vm.new_exc(ExcKind::TypeError, &msg)
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let [base, exp, modulus] = bind_args(vm, "pow", args, kwargs, ["base", "exp", "mod"], 3, 2)?;
        let mut plain = vec![base.unwrap_or(Value::None), exp.unwrap_or(Value::None)];
        plain.extend(modulus);
        return pow(vm, &plain, &[]);
    }
    if args.len() < 2 {
        let name = ["base", "exp"][args.len()];
        let msg = format!("pow() missing required argument '{name}' (pos {})", args.len() + 1);
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    arity(vm, "pow", args, 2, 3)?;
    if let Some(&m) = args.get(2)
        && m != Value::None
    {
        // Three-argument power asks only the first operand's `__pow__` (never `__rpow__`).
        if matches!(args[0].as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
            && let Some(r) = vm.try_dunder(args[0], "__pow__", &[args[1], m])?
        {
            return Ok(r);
        }
        let (Some(b), Some(e), Some(m)) = (vm.as_bigint(args[0]), vm.as_bigint(args[1]), vm.as_bigint(m))
        else {
            return Err(ternary_pow_error(vm, [args[0], args[1], m]));
        };
        if m.is_zero() {
            return Err(vm.new_exc(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_negative() {
            // A negative exponent means the modular inverse, raised to the magnitude.
            let g = num_integer::Integer::extended_gcd(&((b % &m + &m) % &m), &m);
            if g.gcd != BigInt::from(1) && g.gcd != BigInt::from(-1) {
                return Err(vm.new_exc(ExcKind::ValueError, "base is not invertible for the given modulus"));
            }
            (g.x, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && r.is_negative() != m.is_negative() { r + &m } else { r };
        return Ok(vm.new_bigint(r));
    }
    vm.binary_op(args[0], args[1], BinOp::Pow, false)
}

/// Why `pow(a, b, m)` of numbers that are not all ints fails: floats refuse a modulus,
/// complex numbers a modulo, and anything else has no `**` with three operands.
fn ternary_pow_error(vm: &mut Vm, args: [Value; 3]) -> ObjId {
    let kind = |vm: &Vm, v: Value| match v {
        Value::Int(_) | Value::Bool(_) => 0,
        Value::Float(_) => 1,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(_) => 0,
            Object::Complex { .. } => 2,
            _ => 3,
        },
        Value::None => 3,
    };
    let kinds = args.map(|v| kind(vm, v));
    if kinds.contains(&3) {
        let names = args.map(|v| vm.type_name(v));
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        );
        vm.new_exc(ExcKind::TypeError, &msg)
    } else if kinds.contains(&2) {
        vm.new_exc(ExcKind::ValueError, "complex modulo")
    } else {
        vm.new_exc(ExcKind::TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
    }
}

fn chr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "chr", args, 1, 1)?;
    // Through `__index__`; past a C int, CPython's OverflowError.
    let n = crate::vm::args::index_arg(vm, args[0])?;
    let Some(i) = num_traits::ToPrimitive::to_i32(&n).map(i64::from) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().filter(|&n| n < 0x110000).and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None if (0..0x110000).contains(&i) => Ok(vm.new_str("\u{FFFD}")),
        None => Err(vm.new_exc(ExcKind::ValueError, "chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "ord", args, 1, 1)?;
    if let Some(s) = vm.str_of(args[0]) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(Value::Int(c as i64));
        }
        let n = s.chars().count();
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("ord() expected a character, but string of length {n} found"),
        ));
    }
    // A bytes or bytearray of one byte gives that byte (not any bytes-like object).
    let bytes = !matches!(vm.payload(args[0]).as_obj().map(|id| vm.heap.get(id)), Some(Object::Array(_)));
    if bytes && let Some(b) = crate::types::bytes::bytes_of(vm, vm.payload(args[0])) {
        if let [c] = b[..] {
            return Ok(Value::Int(i64::from(c)));
        }
        let n = b.len();
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("ord() expected a character, but string of length {n} found"),
        ));
    }
    let tn = vm.type_name(args[0]);
    Err(vm.new_exc(ExcKind::TypeError, &format!("ord() expected string of length 1, but {tn} found")))
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, r: u32, prefix: &str) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let Some(b) = index_value(vm, args[0])? else {
        let tn = vm.type_name(args[0]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer"))
        );
    };
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{}", b.abs().to_str_radix(r))))
}

fn hex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn format(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(&s) => match vm.str_of(s) {
            Some(spec) => spec.to_string(),
            None => {
                // CPython names None itself here, other values by their type.
                let shown = if s == Value::None { "None".to_string() } else { vm.type_name(s) };
                let msg = format!("format() argument 2 must be str, not {shown}");
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
        },
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn any_all(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let mut found = false;
    vm.drain(
        it,
        |vm, v| vm.truthy_natively(v),
        |vm, v| {
            let t = vm.truthy(v);
            vm.decref(v);
            found = t? == want;
            Ok(!found)
        },
    )?;
    Ok(Value::Bool(found == want))
}

fn any(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn all(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

/// The innermost running frame's namespace, what `vars()` and `dir()` without arguments read
/// (a new reference).
fn current_namespace(vm: &mut Vm) -> PyResult<ObjId> {
    match vm.current_locals() {
        Some(d) => Ok(d),
        None => Err(vm.new_exc(ExcKind::SystemError, "no locals found")),
    }
}

fn vars(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return current_namespace(vm).map(Value::Obj);
    }
    match vm.getattr_str(args[0], "__dict__") {
        Ok(d) => Ok(d),
        Err(e) => {
            vm.decref_id(e);
            Err(vm.new_exc(ExcKind::TypeError, "vars() argument must have __dict__ attribute"))
        }
    }
}

fn dir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let Some(&v) = args.first() else {
        let d = current_namespace(vm)?;
        let names = crate::types::object::dir_names(vm, vec![d]);
        vm.decref_id(d);
        return names;
    };
    // A `__dir__` of the object's class (or a class's metaclass) written in Python decides, as
    // does a traceback's own; its names come back sorted, as CPython's `dir` returns them.
    let t = vm.type_of(v);
    let name = vm.intern("__dir__");
    let own = vm.lookup_in_mro(t, name).filter(|f| {
        matches!(f.as_obj().map(|id| vm.heap.get(id)), Some(Object::Function(_))) || t == vm.types.traceback
    });
    vm.decref_id(name);
    if own.is_some()
        && let Some(r) = vm.try_dunder(v, "__dir__", &[])?
    {
        return sorted_names(vm, r);
    }
    // A module's own `__dir__` (PEP 562) answers for it.
    if let Some(Object::Module { dict, .. }) = v.as_obj().map(|id| vm.heap.get(id))
        && let Some(f) = vm.dict_get_str(*dict, "__dir__")
    {
        let f = vm.share(f);
        let r = vm.call(f, &[], &[]);
        vm.decref(f);
        let r = r?;
        return sorted_names(vm, r);
    }
    crate::types::object::default_dir(vm, v)
}

/// What a `__dir__` returned, as the sorted list `dir` gives.
fn sorted_names(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let items = vm.iterate_to_vec(r);
    vm.decref(r);
    let mut items = items?;
    if let Err(e) = sort_values(vm, &mut items, None, false) {
        for i in items {
            vm.decref(i);
        }
        return Err(e);
    }
    Ok(vm.new_list(items))
}

/// The sorted string keys of `dicts`, each once.
/// `sys.<name>` when a script replaced it (it is no longer `sys.__<name>__`).
fn replaced_stream(vm: &Vm, name: &str) -> Option<Value> {
    let dict = vm.module_dict("sys")?;
    let current = vm.dict_get_str(dict, name)?;
    let original = vm.dict_get_str(dict, &format!("__{name}__"))?;
    (!current.is(original)).then_some(current)
}

/// Calls `obj.name(args)` and drops the result.
fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr_str(obj, name)?;
    let r = vm.call(m, args, &[]);
    vm.decref(m);
    r
}

fn input(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "input", args, 0, 1)?;
    let (out, inp) = (replaced_stream(vm, "stdout"), replaced_stream(vm, "stdin"));
    // Replaced streams are used as CPython's input() uses any non-console stream: the prompt
    // written to sys.stdout, the line read by sys.stdin.readline().
    if out.is_some() || inp.is_some() {
        if let Some(Value::None) = out {
            return Err(vm.new_exc(ExcKind::RuntimeError, "input(): lost sys.stdout"));
        }
        if let Some(Value::None) = inp {
            return Err(vm.new_exc(ExcKind::RuntimeError, "input(): lost sys.stdin"));
        }
        if let Some(&p) = args.first() {
            let prompt = vm.str(p)?;
            match out {
                Some(o) => {
                    let text = vm.new_str(prompt);
                    let r = call_method(vm, o, "write", &[text]);
                    vm.decref(text);
                    vm.decref(r?);
                }
                None => vm.write_out(&prompt),
            }
        }
        match out {
            Some(o) => {
                let r = call_method(vm, o, "flush", &[])?;
                vm.decref(r);
            }
            None => vm.flush(),
        }
        if let Some(i) = inp {
            let line = call_method(vm, i, "readline", &[])?;
            let text = vm.str_of(line).map(str::to_string);
            vm.decref(line);
            return match text {
                Some(t) if t.is_empty() => Err(vm.new_exc(ExcKind::EOFError, "EOF when reading a line")),
                Some(t) => Ok(vm.new_str(t.strip_suffix('\n').unwrap_or(&t).to_string())),
                None => Err(vm.new_exc(ExcKind::TypeError, "object.readline() returned non-string")),
            };
        }
    } else if let Some(&p) = args.first() {
        let s = vm.str(p)?;
        vm.write_out(&s);
        vm.flush();
    }
    vm.flush();
    match vm.input_line()? {
        Ok(line) if line.is_empty() => Err(vm.new_exc(ExcKind::EOFError, "EOF when reading a line")),
        Ok(line) => {
            let line = String::from_utf8_lossy(&line);
            let line = line.strip_suffix('\n').unwrap_or(&line);
            Ok(vm.new_str(line.to_string()))
        }
        Err(e) => Err(vm.new_exc(ExcKind::OSError, &e.to_string())),
    }
}
