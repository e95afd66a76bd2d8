//! Checking the arguments a native function receives, with CPython's messages.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// The keyword argument `name`, if given (borrowed).
pub fn kwarg(vm: &Vm, kwargs: &[(ObjId, Value)], name: &str) -> Option<Value> {
    kwargs.iter().find(|(k, _)| vm.str_of(Value::Obj(*k)) == Some(name)).map(|&(_, v)| v)
}

/// Rejects keyword arguments a builtin does not take.
pub fn no_kwargs(vm: &mut Vm, fname: &str, kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    Err(vm.new_exc(ExcKind::TypeError, &format!("{fname}() takes no keyword arguments")))
}

/// Checks a builtin's positional argument count, with CPython's messages.
#[inline]
pub fn arity(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    arity_error(vm, fname, n, min, max)
}

/// `arity` for a function named `module.name`, the name joined only for the error (a string
/// built on every call of `math.sin` cost more than the sine).
#[inline]
pub fn arity_in(
    vm: &mut Vm,
    module: &str,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    arity_error(vm, &format!("{module}.{name}"), n, min, max)
}

#[cold]
fn arity_error(vm: &mut Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

/// A positional argument count checked as CPython's `_PyArg_CheckPositional` words it
/// ("reversed expected 1 argument, got 0"), as the constructors of builtin types check theirs.
pub fn check_positional(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let msg = if (min..=max).contains(&n) {
        return Ok(());
    } else if min == max {
        format!("{fname} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", plural(min))
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", plural(max))
    };
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

/// The argument count of a slot wrapper (`int.__add__`, `property.__delete__`), worded as
/// CPython words it: a fixed count says "expected 1 argument, got 2"; a range is unpacked with
/// an empty function name, hence the leading space of " expected at most 2 arguments, got 3".
pub fn wrapper_arity(vm: &mut Vm, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if min == max && args.len() != min {
        let msg = format!("expected {min} argument{}, got {}", plural(min), args.len());
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    unpack_arity(vm, args, min, max)
}

/// The argument count of a slot wrapper that unpacks its arguments (`__get__`, `__set__`):
/// " expected 2 arguments, got 1", with the leading space of an empty function name.
pub fn unpack_arity(vm: &mut Vm, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    check_positional(vm, "", args, min, max)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Normalises a Python index against a length (negative counts from the end).
pub fn norm_index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let key = if vm.as_i64(key).is_none()
        && matches!(key.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
        && let Some(i) = vm.try_dunder(key, "__index__", &[])?
    {
        let p = vm.payload(i);
        let (is_int, small) = (vm.is_int(p), vm.as_i64(p));
        let tn = vm.type_name(i);
        vm.decref(i);
        match (is_int, small) {
            (false, _) => {
                return Err(
                    vm.new_exc(ExcKind::TypeError, &format!("__index__ returned non-int (type {tn})"))
                );
            }
            (true, Some(n)) => Value::Int(n),
            (true, None) => {
                let tn = vm.type_name(key);
                let msg = format!("cannot fit '{tn}' into an index-sized integer");
                return Err(vm.new_exc(ExcKind::IndexError, &msg));
            }
        }
    } else {
        key
    };
    let Some(i) = vm.as_i64(key) else {
        if vm.is_int(key) {
            return Err(vm.new_exc(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        let tn = vm.type_name(key);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("{what} indices must be integers or slices, not {tn}"))
        );
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((i >= 0 && (i as usize) < len).then_some(i as usize))
}

/// The receiver of a builtin type's method (`args[0]`), checked as CPython's method
/// descriptors check it: `int.to_bytes()` or `int.to_bytes("x")`, called through the class,
/// is a TypeError rather than a read past the arguments or a method run on the wrong value.
/// `qualname` is `type.method`; `ty` the type whose instances it accepts.
pub fn receiver(vm: &mut Vm, args: &[Value], ty: ObjId, qualname: &str) -> PyResult<Value> {
    let Some(&first) = args.first() else {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("unbound method {qualname}() needs an argument")));
    };
    if vm.isinstance(first, ty) {
        return Ok(first);
    }
    let (owner, method) = qualname.split_once('.').unwrap_or((qualname, qualname));
    let tn = vm.type_name(first);
    Err(vm.new_exc(
        ExcKind::TypeError,
        &format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{tn}' object"),
    ))
}

/// An argument CPython reads with `__index__` (a length, a count of digits): an int, or an
/// object whose `__index__` returns one.
pub fn index_arg(vm: &mut Vm, v: Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = vm.as_bigint(vm.payload(v)) {
        return Ok(b);
    }
    if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
        && let Some(r) = vm.try_dunder(v, "__index__", &[])?
    {
        let b = vm.as_bigint(vm.payload(r));
        if b.is_none() {
            let tn = vm.type_name(r);
            vm.decref(r);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("__index__ returned non-int (type {tn})")));
        }
        vm.decref(r);
        return Ok(b.unwrap_or_default());
    }
    let tn = vm.type_name(v);
    Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer")))
}

/// Binds a builtin's arguments as CPython's argument clinic does (`_PyArg_UnpackKeywords`),
/// with its messages, in its order: too many arguments, too many positional ones, a missing
/// required one, one given both ways, an unknown keyword. The first `max_pos` of `names` may
/// come by position or by name, the rest by name only; the first `required` must be given.
/// An empty name is positional-only (`int(x, /, base=10)`): no keyword reaches it.
/// One slot per name, `None` where the argument was not given (borrowed values).
pub fn bind_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    names: [&str; N],
    max_pos: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    let given = args.len() + kwargs.len();
    if given > N {
        let msg = format!(
            "{fname}() takes at most {N} {}argument{} ({given} given)",
            if args.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
        );
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    if args.len() > max_pos {
        let msg = if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {max_pos} positional argument{} ({} given)",
                if required < max_pos { "at most" } else { "exactly" },
                if max_pos == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    // Positional-only arguments cannot come by name: too few is a count, not a missing name.
    let min_pos = names.iter().take_while(|n| n.is_empty()).count().min(required);
    if args.len() < min_pos {
        let msg = format!(
            "{fname}() takes {} {min_pos} positional argument{} ({} given)",
            if min_pos < max_pos { "at least" } else { "exactly" },
            plural(min_pos),
            args.len()
        );
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    let keys: Vec<String> =
        kwargs.iter().map(|&(k, _)| vm.str_of(Value::Obj(k)).unwrap_or("").to_string()).collect();
    for i in args.len()..N {
        match keys.iter().position(|k| !names[i].is_empty() && k == names[i]) {
            Some(j) => out[i] = Some(kwargs[j].1),
            None if i < required => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1),
                ));
            }
            None => {}
        }
    }
    for key in &keys {
        match names.iter().position(|n| !n.is_empty() && n == key) {
            Some(i) if i < args.len() => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1),
                ));
            }
            Some(_) => {}
            None => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{key}' is an invalid keyword argument for {fname}()"),
                ));
            }
        }
    }
    Ok(out)
}

impl Vm {
    /// A call's keyword arguments as a new dict, or None when there are none (what a class's
    /// keywords become for its metaclass and `__init_subclass__`).
    pub fn keywords_dict(&mut self, kwargs: &[(ObjId, Value)]) -> Option<Value> {
        if kwargs.is_empty() {
            return None;
        }
        let d = self.new_dict();
        for &(k, v) in kwargs {
            self.incref(v);
            self.dict_set_name(d, k, v);
        }
        Some(Value::Obj(d))
    }
}

impl Vm {
    /// The type of a wrong argument as CPython's argument checks name it: `None` for None
    /// (`must be str, not None`), the type's name otherwise.
    pub fn arg_type_name(&self, v: Value) -> String {
        if v == Value::None { "None".to_string() } else { self.type_name(v) }
    }
}
