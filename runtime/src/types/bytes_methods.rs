//! More `bytes` and `bytearray` methods, on the bytes themselves (ASCII semantics, as
//! CPython's `bytes_methods.c`): the `is...` tests, case changes, searching from the right,
//! prefixes, `hex` with a separator, and `bytearray`'s own mutators.

use super::bytes::bytes_of;
use super::{arity, bind_args, def, index_arg, no_kwargs, receiver};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let both: &[(&str, NativeFn)] = &[
        ("isascii", isascii),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("islower", islower),
        ("isupper", isupper),
        ("isspace", isspace),
        ("istitle", istitle),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("title", title),
        ("upper", upper),
        ("lower", lower),
        ("hex", hex),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for (ty, tname) in [(vm.types.bytes, "bytes"), (vm.types.bytearray, "bytearray")] {
        let dict = vm.type_obj(ty).dict;
        for &(name, f) in both {
            def(vm, dict, static_name(tname, name), f);
        }
    }
    let ba = vm.type_obj(vm.types.bytearray).dict;
    let own: &[(&'static str, NativeFn)] = &[
        ("bytearray.copy", copy),
        ("bytearray.clear", clear),
        ("bytearray.reverse", reverse),
        ("bytearray.insert", insert),
        ("bytearray.pop", pop),
        ("bytearray.remove", remove),
        ("bytearray.find", find),
    ];
    for &(name, f) in own {
        def(vm, ba, name, f);
    }
}

/// `bytes.name` or `bytearray.name` with a static lifetime (the set of names is fixed).
fn static_name(tname: &str, m: &str) -> &'static str {
    match (tname, m) {
        ("bytes", m) => BYTES_NAMES.iter().find(|n| n.ends_with(m) && n.len() == m.len() + 6).copied(),
        (_, m) => BYTEARRAY_NAMES.iter().find(|n| n.ends_with(m) && n.len() == m.len() + 10).copied(),
    }
    .unwrap_or("bytes.method")
}

macro_rules! names {
    ($t:literal) => {
        [
            concat!($t, ".isascii"),
            concat!($t, ".isalnum"),
            concat!($t, ".isalpha"),
            concat!($t, ".isdigit"),
            concat!($t, ".islower"),
            concat!($t, ".isupper"),
            concat!($t, ".isspace"),
            concat!($t, ".istitle"),
            concat!($t, ".capitalize"),
            concat!($t, ".swapcase"),
            concat!($t, ".title"),
            concat!($t, ".upper"),
            concat!($t, ".lower"),
            concat!($t, ".hex"),
            concat!($t, ".rfind"),
            concat!($t, ".index"),
            concat!($t, ".rindex"),
            concat!($t, ".removeprefix"),
            concat!($t, ".removesuffix"),
        ]
    };
}
const BYTES_NAMES: [&str; 19] = names!("bytes");
const BYTEARRAY_NAMES: [&str; 19] = names!("bytearray");

/// The receiver's bytes: a `bytes` or `bytearray` (checked as CPython's descriptors check it).
pub(crate) fn this(vm: &mut Vm, args: &[Value], qualname: &str) -> PyResult<Vec<u8>> {
    let ty = if qualname.starts_with("bytearray.") { vm.types.bytearray } else { vm.types.bytes };
    let v = receiver(vm, args, ty, qualname)?;
    Ok(bytes_of(vm, vm.payload(v)).unwrap_or_default())
}

/// The receiver's bytes for a method that takes no arguments.
fn this_noargs(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], qualname: &str) -> PyResult<Vec<u8>> {
    let b = this(vm, args, qualname)?;
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, &args[1..], 0, 0)?;
    Ok(b)
}

/// A new object of the receiver's kind: `bytearray` methods give bytearrays (and a
/// subclass's methods give its base type's objects, as CPython's).
pub(crate) fn like(vm: &mut Vm, receiver: Value, data: Vec<u8>) -> Value {
    match vm.payload(receiver).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::ByteArray(_)) => vm.alloc(Object::ByteArray(data)),
        _ => vm.alloc(Object::Bytes(data)),
    }
}

/// `bytes.m` or `bytearray.m`, after the receiver (or the builtin type it derives from).
pub(crate) fn qual(args: &[Value], vm: &Vm, m: &str) -> String {
    let t = match args.first().and_then(|&v| vm.payload(v).as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::ByteArray(_)) => "bytearray",
        _ => "bytes",
    };
    format!("{t}.{m}")
}

macro_rules! test {
    ($($f:ident $m:literal $pred:expr),* $(,)?) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let q = qual(args, vm, $m);
            let b = this_noargs(vm, args, kwargs, &q)?;
            let pred: fn(&[u8]) -> bool = $pred;
            Ok(Value::Bool(pred(&b)))
        }
    )*};
}

test!(
    isascii "isascii" |b| b.is_ascii(),
    isalnum "isalnum" |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric),
    isalpha "isalpha" |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic),
    isdigit "isdigit" |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit),
    // Python's whitespace bytes: space, \t \n \v \f \r (not Rust's set, which lacks \v).
    isspace "isspace" |b| !b.is_empty() && b.iter().all(|c| matches!(c, b' ' | b'\t'..=b'\r')),
    islower "islower" |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    isupper "isupper" |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    istitle "istitle" is_title,
);

/// Title case: every run of letters starts with its only capital, and there is one at least.
fn is_title(b: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
        } else {
            previous_cased = false;
        }
    }
    cased
}

macro_rules! transform {
    ($($f:ident $m:literal $op:expr),* $(,)?) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let q = qual(args, vm, $m);
            let b = this_noargs(vm, args, kwargs, &q)?;
            let op: fn(Vec<u8>) -> Vec<u8> = $op;
            Ok(like(vm, args[0], op(b)))
        }
    )*};
}

transform!(
    upper "upper" |b| b.to_ascii_uppercase(),
    lower "lower" |b| b.to_ascii_lowercase(),
    swapcase "swapcase" |b| b.iter().map(|c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { *c }).collect(),
    capitalize "capitalize" |b| b.iter().enumerate()
        .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect(),
    title "title" |b| {
        let mut previous_cased = false;
        b.iter().map(|&c| {
            let out = if previous_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            previous_cased = c.is_ascii_alphabetic();
            out
        }).collect()
    },
);

/// `hex(sep=<none>, bytes_per_sep=1)`: two digits a byte, with `sep` between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when it is negative).
pub(crate) fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let q = qual(args, vm, "hex");
    let b = this(vm, args, &q)?;
    let [sep, per] = bind_args(vm, "hex", &args[1..], kwargs, ["sep", "bytes_per_sep"], 2, 0)?;
    let digits = |bytes: &[u8]| bytes.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let Some(sep) = sep else { return Ok(vm.new_str(digits(&b))) };
    let sep = match vm.payload(sep) {
        s if vm.str_of(s).is_some() => vm.str_of(s).unwrap_or("").to_string(),
        s => match bytes_of(vm, s) {
            Some(bytes) => bytes.iter().map(|&c| c as char).collect(),
            None => {
                // CPython takes the length first: anything without one fails there.
                let n = vm.len(s)?;
                let _ = n;
                return Err(vm.new_exc(ExcKind::TypeError, "sep must be str or bytes."));
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.new_exc(ExcKind::ValueError, "sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.new_exc(ExcKind::ValueError, "sep must be ASCII."));
    }
    let per = match per {
        Some(p) => index_arg(vm, p)?,
        None => num_bigint::BigInt::from(1),
    };
    let Some(per) = num_traits::ToPrimitive::to_i64(&per).filter(|p| p.unsigned_abs() <= i32::MAX as u64)
    else {
        return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int"));
    };
    if per == 0 || b.is_empty() {
        return Ok(vm.new_str(digits(&b)));
    }
    let size = per.unsigned_abs() as usize;
    // Groups of `size` from the right for a positive count (the odd group first), from the
    // left for a negative one.
    let groups: Vec<&[u8]> = if per > 0 {
        let head = b.len() % size;
        let mut g = Vec::new();
        if head > 0 {
            g.push(&b[..head]);
        }
        g.extend(b[head..].chunks(size));
        g
    } else {
        b.chunks(size).collect()
    };
    let parts: Vec<String> = groups.into_iter().map(digits).collect();
    Ok(vm.new_str(parts.join(&sep)))
}

/// The argument searched for: bytes-like, or an int naming one byte.
pub(crate) fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, vm.payload(v)) {
        return Ok(b);
    }
    if vm.is_int(v) || vm.has_index_method(v) {
        let n = index_arg(vm, v)?;
        return match num_traits::ToPrimitive::to_u8(&n) {
            Some(c) => Ok(vec![c]),
            None => Err(vm.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)")),
        };
    }
    let tn = vm.type_name(v);
    Err(vm
        .new_exc(ExcKind::TypeError, &format!("argument should be integer or bytes-like object, not '{tn}'")))
}

/// `find`, `rfind`, `index`, `rindex`: the position of `sub` in `b[start:end]`.
fn search(vm: &mut Vm, args: &[Value], m: &str, from_right: bool) -> PyResult<Option<i64>> {
    let q = qual(args, vm, m);
    let b = this(vm, args, &q)?;
    let n = args.len() - 1;
    if !(1..=3).contains(&n) {
        let (bound, count) = if n == 0 { ("least", 1) } else { ("most", 3) };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{m}() takes at {bound} {count} argument{s} ({n} given)"),
        ));
    }
    let sub = needle(vm, args[1])?;
    // As str's: a start past the end finds nothing, not even the empty needle.
    let (start, end) = super::str::slice_bounds(vm, args, 2, b.len())?;
    let (start, end) = (start as usize, end as usize);
    if start > end || end - start < sub.len() {
        return Ok(None);
    }
    let hay = &b[start..end];
    let mut positions = (0..=hay.len() - sub.len()).filter(|&i| hay[i..].starts_with(&sub));
    let found = if from_right { positions.next_back() } else { positions.next() };
    Ok(found.map(|i| (i + start) as i64))
}

pub(crate) fn find(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "find", false)?.unwrap_or(-1)))
}

fn rfind(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "rfind", true)?.unwrap_or(-1)))
}

fn index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.new_exc(ExcKind::ValueError, "subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.new_exc(ExcKind::ValueError, "subsection not found")),
    }
}

/// `removeprefix` and `removesuffix`.
fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    m: &str,
    prefix: bool,
) -> PyResult<Value> {
    let q = qual(args, vm, m);
    let b = this(vm, args, &q)?;
    no_kwargs(vm, m, kwargs)?;
    arity(vm, m, &args[1..], 1, 1)?;
    let Some(affix) = bytes_of(vm, vm.payload(args[1])) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")));
    };
    let out = if prefix {
        b.strip_prefix(affix.as_slice()).unwrap_or(&b)
    } else {
        b.strip_suffix(affix.as_slice()).unwrap_or(&b)
    };
    let out = out.to_vec();
    Ok(like(vm, args[0], out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kwargs, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kwargs, "removesuffix", false)
}

/// The receiver of a `bytearray` mutator, to change in place.
fn with_array<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    // (A bytearray subclass's instance keeps its bytes in its payload.)
    let v = vm.payload(v);
    match v.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::ByteArray(b)) => Some(f(b)),
        _ => None,
    }
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = this_noargs(vm, args, kwargs, "bytearray.copy")?;
    Ok(vm.alloc(Object::ByteArray(b)))
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if !this_noargs(vm, args, kwargs, "bytearray.clear")?.is_empty() {
        super::bytes::check_resizable(vm, args[0])?;
    }
    with_array(vm, args[0], Vec::clear);
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    this_noargs(vm, args, kwargs, "bytearray.reverse")?;
    with_array(vm, args[0], |b| b.reverse());
    Ok(Value::None)
}

/// A byte value argument: an int in `range(0, 256)`.
fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let n = index_arg(vm, v)?;
    num_traits::ToPrimitive::to_u8(&n)
        .ok_or_else(|| vm.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = this(vm, args, "bytearray.insert")?;
    no_kwargs(vm, "insert", kwargs)?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let i = index_arg(vm, args[1])?;
    let item = byte_arg(vm, args[2])?;
    super::bytes::check_resizable(vm, args[0])?;
    // As list.insert: a position past either end inserts at that end. (The length is read
    // when inserting: the arguments' `__index__` may have changed the bytearray.)
    drop(b);
    let i = num_traits::ToPrimitive::to_i64(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    with_array(vm, args[0], |b| {
        let len = b.len() as i64;
        let at = if i < 0 { (i.saturating_add(len)).max(0) } else { i.min(len) } as usize;
        b.insert(at, item)
    });
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = this(vm, args, "bytearray.pop")?;
    no_kwargs(vm, "pop", kwargs)?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    if b.is_empty() {
        return Err(vm.new_exc(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let len = b.len() as i64;
    let i = match args.get(1) {
        Some(&v) => num_traits::ToPrimitive::to_i64(&index_arg(vm, v)?).unwrap_or(i64::MAX),
        None => -1,
    };
    let i = if i < 0 { i.saturating_add(len) } else { i };
    if !(0..len).contains(&i) {
        return Err(vm.new_exc(ExcKind::IndexError, "pop index out of range"));
    }
    super::bytes::check_resizable(vm, args[0])?;
    // (The position's `__index__` may have shrunk the bytearray meanwhile.)
    match with_array(vm, args[0], |b| ((i as usize) < b.len(), b.is_empty())).unwrap_or((false, true)) {
        (true, _) => {
            Ok(Value::Int(i64::from(with_array(vm, args[0], |b| b.remove(i as usize)).unwrap_or(0))))
        }
        (false, true) => Err(vm.new_exc(ExcKind::IndexError, "pop from empty bytearray")),
        (false, false) => Err(vm.new_exc(ExcKind::IndexError, "pop index out of range")),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = this(vm, args, "bytearray.remove")?;
    no_kwargs(vm, "remove", kwargs)?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    let item = byte_arg(vm, args[1])?;
    // Searched in the bytes as they are now (the item's `__index__` may have changed them).
    drop(b);
    let at = with_array(vm, args[0], |b| b.iter().position(|&c| c == item)).flatten();
    let Some(at) = at else {
        return Err(vm.new_exc(ExcKind::ValueError, "value not found in bytearray"));
    };
    super::bytes::check_resizable(vm, args[0])?;
    with_array(vm, args[0], |b| b.remove(at));
    Ok(Value::None)
}
