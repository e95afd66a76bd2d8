//! `array.array`: the constructor, the conversion of Python values to items (with CPython's
//! errors, which differ by type code), and the methods that read or grow the array as a whole.
//! Subscripts, slices, operators and the dunders are in `array_ops.rs`; the storage in
//! `object/array.rs`; the module (`array.typecodes`, `_array_reconstructor`) in
//! `modules/array.rs`.

use num_bigint::Sign;
use num_traits::ToPrimitive;

use super::{arity, def, def_attr, no_kwargs};
use crate::object::Object;
use crate::object::array::{ArrayCode, ArrayObj, Item, quick_item};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::index_arg;
use crate::vm::{NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.array).dict;
    let methods: &[(&'static str, NativeFn)] = &[
        ("array.append", append),
        ("array.buffer_info", buffer_info),
        ("array.byteswap", byteswap),
        ("array.count", count),
        ("array.extend", extend),
        ("array.frombytes", frombytes),
        ("array.fromfile", fromfile),
        ("array.fromlist", fromlist),
        ("array.fromunicode", fromunicode),
        ("array.index", index),
        ("array.insert", insert),
        ("array.pop", pop),
        ("array.remove", remove),
        ("array.reverse", reverse),
        ("array.tobytes", tobytes),
        ("array.tofile", tofile),
        ("array.tolist", tolist),
        ("array.tounicode", tounicode),
        ("array.__copy__", copy),
        ("array.__deepcopy__", deepcopy),
        ("array.__sizeof__", sizeof),
    ];
    for &(name, f) in methods {
        def(vm, d, name, f);
    }
    // Values read them through `ATTRS`; the class lists them (and refuses writes) as CPython's
    // getset descriptors.
    def_attr(vm, d, "array.array.typecode", typecode_attr);
    def_attr(vm, d, "array.array.itemsize", itemsize_attr);
    super::array_ops::install(vm);
}

/// The data attributes of an array.
pub(crate) const ATTRS: &[crate::vm::slots::GetSet] = &[
    crate::vm::slots::GetSet { name: "typecode", get: typecode_of },
    crate::vm::slots::GetSet { name: "itemsize", get: itemsize_of },
];

fn typecode_of(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Array(a) => {
            let c = a.code.char();
            vm.new_str(c.to_string())
        }
        _ => Value::None,
    }
}

fn itemsize_of(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        Object::Array(a) => Value::Int(a.itemsize() as i64),
        _ => Value::None,
    }
}

fn typecode_attr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "typecode")?;
    Ok(typecode_of(vm, id))
}

fn itemsize_attr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "itemsize")?;
    Ok(itemsize_of(vm, id))
}

/// The array a method runs on, checked as CPython's method descriptors check their receiver.
pub(crate) fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<ObjId> {
    match args.first() {
        Some(&Value::Obj(id)) if matches!(vm.heap.get(id), Object::Array(_)) => Ok(id),
        Some(&v) => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("descriptor '{method}' for 'array.array' objects doesn't apply to a '{tn}' object"),
            ))
        }
        None => {
            Err(vm.new_exc(ExcKind::TypeError, &format!("unbound method array.{method}() needs an argument")))
        }
    }
}

/// The receiver and the checks of a method without keyword arguments (`array.NAME()`'s
/// messages, CPython's METH_O and METH_NOARGS methods).
fn method(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], name: &str, n: usize) -> PyResult<ObjId> {
    let id = this(vm, args, name)?;
    let full = format!("array.{name}");
    no_kwargs(vm, &full, kwargs)?;
    arity(vm, &full, &args[1..], n, n)?;
    Ok(id)
}

pub(crate) fn array_ref(vm: &Vm, id: ObjId) -> Option<&ArrayObj> {
    match vm.heap.get(id) {
        Object::Array(a) => Some(a),
        _ => None,
    }
}

pub(crate) fn array_mut(vm: &mut Vm, id: ObjId) -> Option<&mut ArrayObj> {
    match vm.heap.get_mut(id) {
        Object::Array(a) => Some(a),
        _ => None,
    }
}

pub(crate) fn code_of(vm: &Vm, id: ObjId) -> ArrayCode {
    array_ref(vm, id).map_or(ArrayCode::Byte, |a| a.code)
}

pub(crate) fn len_of(vm: &Vm, id: ObjId) -> usize {
    array_ref(vm, id).map_or(0, ArrayObj::len)
}

/// The array behind `v`: an array, or the array an instance of a subclass is.
pub(crate) fn as_array(vm: &Vm, v: Value) -> Option<ObjId> {
    vm.payload(v).as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Array(_)))
}

// ---- Values to items -----------------------------------------------------------------------

/// An integer argument as CPython's `PyLong_As*` functions see it: its value when it fits
/// 128 bits, else only its sign (every item type is narrower).
enum IntArg {
    Fits(i128),
    Huge { negative: bool },
}

/// `v` as an integer: an int, or what its `__index__` returns (CPython's `_PyNumber_Index`).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<IntArg> {
    match v {
        Value::Int(n) => return Ok(IntArg::Fits(n.into())),
        Value::Bool(b) => return Ok(IntArg::Fits(b.into())),
        _ => {}
    }
    let b = index_arg(vm, v)?;
    Ok(match b.to_i128() {
        Some(n) => IntArg::Fits(n),
        None => IntArg::Huge { negative: b.sign() == Sign::Minus },
    })
}

fn overflow(vm: &mut Vm, msg: &str) -> ObjId {
    vm.new_exc(ExcKind::OverflowError, msg)
}

/// `PyLong_AsLong`.
fn as_long(vm: &mut Vm, n: IntArg) -> PyResult<i128> {
    match n {
        IntArg::Fits(x) if i64::try_from(x).is_ok() => Ok(x),
        _ => Err(overflow(vm, "Python int too large to convert to C long")),
    }
}

/// `PyLong_AsUnsignedLong`.
fn as_ulong(vm: &mut Vm, n: IntArg) -> PyResult<i128> {
    match n {
        IntArg::Fits(x) if x < 0 => Err(overflow(vm, "can't convert negative value to unsigned int")),
        IntArg::Huge { negative: true } => Err(overflow(vm, "can't convert negative value to unsigned int")),
        IntArg::Fits(x) if u64::try_from(x).is_ok() => Ok(x),
        _ => Err(overflow(vm, "Python int too large to convert to C unsigned long")),
    }
}

/// The range checks of `PyArg_Parse`'s `h` and `i` converters (`what`: "signed short
/// integer", "signed integer"), and the array's own (`unsigned short`, ...).
fn check_range(vm: &mut Vm, x: i128, lo: i128, hi: i128, what: &str) -> PyResult<i128> {
    if x < lo {
        return Err(overflow(vm, &format!("{what} is less than minimum")));
    }
    if x > hi {
        return Err(overflow(vm, &format!("{what} is greater than maximum")));
    }
    Ok(x)
}

/// `v` as an item of an array of type code `code`, with the error CPython's `setitem` of that
/// type code raises.
pub(crate) fn to_item(vm: &mut Vm, code: ArrayCode, v: Value) -> PyResult<Item> {
    use ArrayCode::*;
    if let Some(item) = quick_item(code, v) {
        return Ok(item);
    }
    let short = (i16::MIN.into(), i16::MAX.into());
    let int = (i32::MIN.into(), i32::MAX.into());
    let x = match code {
        Float | Double => return float_of(vm, v).map(Item::Float),
        Unicode => {
            let mut chars = vm.str_of(v).map(str::chars);
            return match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => Ok(Item::Char(c as u32)),
                _ => Err(vm.new_exc(ExcKind::TypeError, "array item must be unicode character")),
            };
        }
        Byte => {
            let n = int_arg(vm, v)?;
            let x = as_long(vm, n)?;
            let x = check_range(vm, x, short.0, short.1, "signed short integer")?;
            check_range(vm, x, -128, 127, "signed char")?
        }
        UByte => {
            let n = int_arg(vm, v)?;
            let x = as_long(vm, n)?;
            check_range(vm, x, 0, 255, "unsigned byte integer")?
        }
        Short => {
            let n = int_arg(vm, v)?;
            let x = as_long(vm, n)?;
            check_range(vm, x, short.0, short.1, "signed short integer")?
        }
        UShort => {
            let n = int_arg(vm, v)?;
            let x = as_long(vm, n)?;
            let x = check_range(vm, x, int.0, int.1, "signed integer")?;
            check_range(vm, x, 0, 65535, "unsigned short")?
        }
        Int => {
            let n = int_arg(vm, v)?;
            let x = as_long(vm, n)?;
            check_range(vm, x, int.0, int.1, "signed integer")?
        }
        UInt => {
            let n = int_arg(vm, v)?;
            let x = as_ulong(vm, n)?;
            if x > u32::MAX.into() {
                return Err(overflow(vm, "unsigned int is greater than maximum"));
            }
            x
        }
        Long => {
            let n = int_arg(vm, v)?;
            as_long(vm, n)?
        }
        ULong => {
            let n = int_arg(vm, v)?;
            as_ulong(vm, n)?
        }
        LongLong => match int_arg(vm, v)? {
            IntArg::Fits(x) if i64::try_from(x).is_ok() => x,
            _ => return Err(overflow(vm, "int too big to convert")),
        },
        ULongLong => match int_arg(vm, v)? {
            IntArg::Fits(x) if x < 0 => return Err(overflow(vm, "can't convert negative int to unsigned")),
            IntArg::Huge { negative: true } => {
                return Err(overflow(vm, "can't convert negative int to unsigned"));
            }
            IntArg::Fits(x) if u64::try_from(x).is_ok() => x,
            _ => return Err(overflow(vm, "int too big to convert")),
        },
    };
    Ok(Item::Int(x))
}

/// `PyFloat_AsDouble`: a float, an int, or what `__float__` (else `__index__`) gives.
pub(crate) fn float_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.payload(v) {
        Value::Float(f) => return Ok(f),
        Value::Int(n) => return Ok(n as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(b))),
        p => {
            if let Some(b) = vm.as_bigint(p) {
                return match b.to_f64().filter(|f| f.is_finite()) {
                    Some(f) => Ok(f),
                    None => Err(overflow(vm, "int too large to convert to float")),
                };
            }
        }
    }
    let t = vm.type_of(v);
    if vm.has_attr_on_type(t, "__float__") || vm.has_attr_on_type(t, "__index__") {
        let r = super::construct::float_new(vm, &[v])?;
        if let Value::Float(f) = vm.payload(r) {
            vm.decref(r);
            return Ok(f);
        }
        vm.decref(r);
    }
    let tn = vm.type_name(v);
    Err(vm.new_exc(ExcKind::TypeError, &format!("must be real number, not {tn}")))
}

/// An argument CPython reads as a `Py_ssize_t` (`pop(i)`, `insert(i, x)`).
pub(crate) fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Int(n) = v {
        return Ok(n);
    }
    let b = index_arg(vm, v)?;
    match b.to_i64() {
        Some(n) => Ok(n),
        None => Err(overflow(vm, "Python int too large to convert to C ssize_t")),
    }
}

// ---- Construction ----------------------------------------------------------------------------

/// `array(typecode[, initializer])`.
pub fn array_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "array.array", kwargs)?;
    match args.len() {
        0 => return Err(vm.new_exc(ExcKind::TypeError, "array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("array() takes at most 2 arguments ({n} given)"))
            );
        }
    }
    let c = match vm.str_of(args[0]).map(|s| {
        let mut it = s.chars();
        (it.next(), it.next())
    }) {
        Some((Some(c), None)) => c,
        _ => {
            let tn = vm.type_name(args[0]);
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("array() argument 1 must be a unicode character, not {tn}"),
            ));
        }
    };
    let init = args.get(1).copied();
    if let Some(init) = init
        && c != 'u'
    {
        if vm.str_of(init).is_some() {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("cannot use a str to initialize an array with typecode '{c}'"),
            ));
        }
        if as_array(vm, init).is_some_and(|id| code_of(vm, id) == ArrayCode::Unicode) {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("cannot use a unicode array to initialize an array with typecode '{c}'"),
            ));
        }
    }
    let code = ArrayCode::from_char(c);
    // What is neither a list, tuple, bytes-like, str (for 'u') nor an array of the same type
    // code is iterated, as CPython does (and before it checks the type code).
    let direct = init.is_none_or(|v| {
        let p = vm.payload(v);
        matches!(
            p.as_obj().map(|id| vm.heap.get(id)),
            Some(Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_))
        ) || (c == 'u' && vm.str_of(v).is_some())
            || as_array(vm, v).is_some_and(|id| Some(code_of(vm, id)) == code)
    });
    let iter = match init {
        Some(v) if !direct => Some(vm.get_iter(v)?),
        _ => None,
    };
    let Some(code) = code else {
        if let Some(it) = iter {
            vm.decref(it);
        }
        return Err(
            vm.new_exc(ExcKind::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let arr = vm.alloc(Object::Array(ArrayObj::new(code)));
    let id = arr.as_obj().unwrap_or(vm.not_implemented);
    let filled = match (iter, init) {
        (Some(it), _) => {
            let r = extend_from_iter(vm, id, it);
            vm.decref(it);
            r
        }
        (None, Some(v)) => fill_direct(vm, id, v),
        (None, None) => Ok(()),
    };
    match filled {
        Ok(()) => Ok(arr),
        Err(e) => {
            vm.decref(arr);
            Err(e)
        }
    }
}

/// The initializer CPython copies without iterating: a list or tuple (item by item), bytes or
/// bytearray (as `frombytes`), a str for a `u` array, an array of the same type code.
fn fill_direct(vm: &mut Vm, id: ObjId, v: Value) -> PyResult<()> {
    if let Some(src) = as_array(vm, v) {
        let data = array_ref(vm, src).map(|a| a.data.clone()).unwrap_or_default();
        if let Some(a) = array_mut(vm, id) {
            a.data = data;
        }
        return Ok(());
    }
    if let Some(s) = vm.str_of(v) {
        let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
        return push_items(vm, id, chars.into_iter().map(Item::Char));
    }
    if let Some(b) = super::bytes::bytes_of(vm, vm.payload(v)) {
        return extend_bytes(vm, id, &b);
    }
    let items = vm.iterate_to_vec(v)?;
    let r = extend_from_values(vm, id, &items);
    for i in items.into_iter().rev() {
        vm.decref(i);
    }
    r
}

/// Appends items already checked to fit, their room reserved first.
fn push_items(vm: &mut Vm, id: ObjId, items: impl ExactSizeIterator<Item = Item>) -> PyResult<()> {
    let size = code_of(vm, id).itemsize();
    if items.len() > 0 {
        vm.check_array_resizable(id)?;
    }
    reserve_in(vm, id, items.len().saturating_mul(size))?;
    if let Some(a) = array_mut(vm, id) {
        for it in items {
            a.push(it);
        }
    }
    Ok(())
}

/// Room for `extra` more bytes in the array (growing as a `Vec` does, so that appends in a
/// loop stay linear), or the heap limit's error, or a `MemoryError`.
fn reserve_in(vm: &mut Vm, id: ObjId, extra: usize) -> PyResult<()> {
    vm.reserve_bytes(extra)?;
    if array_mut(vm, id).is_none_or(|a| a.data.try_reserve(extra).is_ok()) {
        Ok(())
    } else {
        Err(vm.memory_error())
    }
}

/// Appends the items of `values`, converted; on an error those converted so far stay (as
/// CPython's `setarrayitem` loop leaves them, to an array the caller then drops).
pub(crate) fn extend_from_values(vm: &mut Vm, id: ObjId, values: &[Value]) -> PyResult<()> {
    let code = code_of(vm, id);
    if !values.is_empty() {
        vm.check_array_resizable(id)?;
    }
    reserve_in(vm, id, values.len().saturating_mul(code.itemsize()))?;
    for &v in values {
        let item = to_item(vm, code, v)?;
        if let Some(a) = array_mut(vm, id) {
            a.push(item);
        }
    }
    Ok(())
}

/// Appends what an iterator yields, item by item (those read before an error stay, as in
/// CPython's `array_iter_extend`).
pub(crate) fn extend_from_iter(vm: &mut Vm, id: ObjId, it: Value) -> PyResult<()> {
    let code = code_of(vm, id);
    let mut n = 0usize;
    loop {
        // A native loop can grow without bound: it meets the limits as `collect_iter` does.
        if n % 4096 == 4095 {
            vm.check_interrupt()?;
            vm.check_memory()?;
        }
        n += 1;
        let Some(v) = vm.next(it)? else { return Ok(()) };
        let item = to_item(vm, code, v);
        vm.decref(v);
        let item = item?;
        vm.check_array_resizable(id)?;
        if let Some(a) = array_mut(vm, id) {
            a.push(item);
        }
    }
}

/// `frombytes`' core: appends whole items from `bytes`.
pub(crate) fn extend_bytes(vm: &mut Vm, id: ObjId, bytes: &[u8]) -> PyResult<()> {
    let size = code_of(vm, id).itemsize();
    if !bytes.len().is_multiple_of(size) {
        return Err(vm.new_exc(ExcKind::ValueError, "bytes length not a multiple of item size"));
    }
    if !bytes.is_empty() {
        vm.check_array_resizable(id)?;
    }
    reserve_in(vm, id, bytes.len())?;
    if let Some(a) = array_mut(vm, id) {
        a.data.extend_from_slice(bytes);
    }
    Ok(())
}

/// A new array of type code `code` holding `data`.
pub(crate) fn new_array(vm: &mut Vm, code: ArrayCode, data: Vec<u8>) -> Value {
    vm.alloc(Object::Array(ArrayObj { code, data }))
}

/// The bytes of a bytes-like object (CPython's buffer protocol: bytes, bytearray, an array)
/// and the size of its items; `None` for anything else.
pub(crate) fn buffer_of(vm: &Vm, v: Value) -> Option<(Vec<u8>, usize)> {
    match vm.payload(v).as_obj().map(|id| vm.heap.get(id))? {
        Object::Bytes(b) | Object::ByteArray(b) => Some((b.clone(), 1)),
        Object::Array(a) => Some((a.data.clone(), a.itemsize())),
        _ => None,
    }
}

// ---- Methods --------------------------------------------------------------------------------

fn append(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "append", 1)?;
    let item = to_item(vm, code_of(vm, id), args[1])?;
    vm.check_array_resizable(id)?;
    if let Some(a) = array_mut(vm, id) {
        a.push(item);
    }
    Ok(Value::None)
}

/// The argument count of a method CPython binds with its argument clinic and the defining
/// class (`extend`, `tofile`, `fromfile`, `__reduce_ex__`): its messages name the method bare.
fn clinic_args(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(ObjId, Value)], n: usize) -> PyResult<()> {
    let given = args.len() - 1;
    let plural = if n == 1 { "" } else { "s" };
    if given > n {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{name}() takes at most {n} argument{plural} ({} given)", given + kwargs.len()),
        ));
    }
    if given < n || !kwargs.is_empty() {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{name}() takes exactly {n} positional argument{plural} ({given} given)"),
        ));
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "extend")?;
    clinic_args(vm, "extend", args, kwargs, 1)?;
    do_extend(vm, id, args[1])?;
    Ok(Value::None)
}

/// `a.extend(x)` and `a += x`: an array of the same type code is copied, anything else iterated.
pub(crate) fn do_extend(vm: &mut Vm, id: ObjId, v: Value) -> PyResult<()> {
    if let Some(src) = as_array(vm, v) {
        if code_of(vm, src) != code_of(vm, id) {
            return Err(vm.new_exc(ExcKind::TypeError, "can only extend with array of same kind"));
        }
        let data = array_ref(vm, src).map(|a| a.data.clone()).unwrap_or_default();
        return extend_bytes(vm, id, &data);
    }
    let it = vm.get_iter(v)?;
    let r = extend_from_iter(vm, id, it);
    vm.decref(it);
    r
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "insert")?;
    no_kwargs(vm, "array.insert", kwargs)?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let i = ssize_arg(vm, args[1])?;
    let item = to_item(vm, code_of(vm, id), args[2])?;
    vm.check_array_resizable(id)?;
    if let Some(a) = array_mut(vm, id) {
        let n = a.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        let size = a.itemsize();
        let mut one = ArrayObj::new(a.code);
        one.push(item);
        a.data.splice(at * size..at * size, one.data);
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "pop")?;
    no_kwargs(vm, "array.pop", kwargs)?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let n = len_of(vm, id) as i64;
    let i = if i < 0 { i + n } else { i };
    if n == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "pop from empty array"));
    }
    if i < 0 || i >= n {
        return Err(vm.new_exc(ExcKind::IndexError, "pop index out of range"));
    }
    vm.check_array_resizable(id)?;
    let v = vm.array_item(id, i as usize)?.unwrap_or(Value::None);
    remove_at(vm, id, i as usize);
    Ok(v)
}

/// Removes item `i`, if it is still there (a comparison run since it was found may have
/// shortened the array).
fn remove_at(vm: &mut Vm, id: ObjId, i: usize) {
    if let Some(a) = array_mut(vm, id)
        && i < a.len()
    {
        let size = a.itemsize();
        a.data.drain(i * size..(i + 1) * size);
    }
}

/// The first position at or after `start`, and before `stop`, whose item equals `v` (the array
/// is read again at each step, as CPython's loops do: a comparison may change it).
fn find(vm: &mut Vm, id: ObjId, v: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(x) = vm.array_item(id, i)? else { break };
        let same = vm.eq(x, v);
        vm.decref(x);
        if same? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "remove", 1)?;
    match find(vm, id, args[1], 0, usize::MAX)? {
        Some(i) => {
            vm.check_array_resizable(id)?;
            remove_at(vm, id, i);
            Ok(Value::None)
        }
        None => Err(vm.new_exc(ExcKind::ValueError, "array.remove(x): x not in array")),
    }
}

/// A bound of `index(x, start, stop)` (CPython's `_PyEval_SliceIndexNotNone`: clamped).
fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = vm.as_i64_saturating(vm.payload(v)) {
        return Ok(i);
    }
    if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
        && let Some(r) = vm.try_dunder(v, "__index__", &[])?
    {
        let i = vm.as_i64_saturating(r);
        vm.decref(r);
        if let Some(i) = i {
            return Ok(i);
        }
    }
    Err(vm.new_exc(ExcKind::TypeError, "slice indices must be integers or have an __index__ method"))
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "index")?;
    no_kwargs(vm, "array.index", kwargs)?;
    arity(vm, "index", &args[1..], 1, 3)?;
    let n = len_of(vm, id) as i64;
    let start = match args.get(2) {
        Some(&v) => slice_index(vm, v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => slice_index(vm, v)?,
        None => i64::MAX,
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    let stop = if stop < 0 { stop + n } else { stop };
    if stop > start
        && let Some(i) = find(vm, id, args[1], start as usize, stop as usize)?
    {
        return Ok(Value::Int(i as i64));
    }
    Err(vm.new_exc(ExcKind::ValueError, "array.index(x): x not in array"))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "count", 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = vm.array_item(id, i)? {
        let same = vm.eq(x, args[1]);
        vm.decref(x);
        if same? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "reverse", 0)?;
    if let Some(a) = array_mut(vm, id) {
        a.reverse();
    }
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "byteswap", 0)?;
    if let Some(a) = array_mut(vm, id) {
        a.byteswap();
    }
    Ok(Value::None)
}

/// `(address, length)`: the address is the object's (CPython's is its buffer's; scripts use
/// it only with the length).
fn buffer_info(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "buffer_info", 0)?;
    let address = 0x7f00_0000_0000i64 + id.index() as i64 * 48;
    let n = len_of(vm, id) as i64;
    Ok(vm.new_tuple(vec![Value::Int(address), Value::Int(n)]))
}

fn tobytes(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "tobytes", 0)?;
    let data = array_ref(vm, id).map(|a| a.data.clone()).unwrap_or_default();
    Ok(vm.alloc(Object::Bytes(data)))
}

fn frombytes(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "frombytes", 1)?;
    match buffer_of(vm, args[1]) {
        Some((data, 1)) => extend_bytes(vm, id, &data)?,
        Some(_) => return Err(vm.new_exc(ExcKind::TypeError, "a bytes-like object is required")),
        None => {
            let tn = vm.type_name(args[1]);
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'"))
            );
        }
    }
    Ok(Value::None)
}

/// The items as Python values (new references).
pub(crate) fn values_of(vm: &mut Vm, id: ObjId) -> PyResult<Vec<Value>> {
    let n = len_of(vm, id);
    let mut out = vm.try_vec::<Value>(n)?;
    for i in 0..n {
        match vm.array_item(id, i) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => break,
            Err(e) => {
                for v in out.into_iter().rev() {
                    vm.decref(v);
                }
                return Err(e);
            }
        }
    }
    Ok(out)
}

fn tolist(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "tolist", 0)?;
    let items = values_of(vm, id)?;
    Ok(vm.new_list(items))
}

fn fromlist(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "fromlist", 1)?;
    if !matches!(vm.payload(args[1]).as_obj().map(|l| vm.heap.get(l)), Some(Object::List(_))) {
        return Err(vm.new_exc(ExcKind::TypeError, "arg must be list"));
    }
    let items = vm.iterate_to_vec(vm.payload(args[1]))?;
    let before = array_ref(vm, id).map_or(0, |a| a.data.len());
    let r = extend_from_values(vm, id, &items);
    for i in items.into_iter().rev() {
        vm.decref(i);
    }
    if r.is_err()
        && let Some(a) = array_mut(vm, id)
    {
        // All or nothing, as CPython's.
        a.data.truncate(before);
    }
    r.map(|()| Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "tounicode", 0)?;
    let text = match array_ref(vm, id) {
        Some(a) if a.code == ArrayCode::Unicode => a.to_unicode(),
        _ => {
            return Err(
                vm.new_exc(ExcKind::ValueError, "tounicode() may only be called on unicode type arrays")
            );
        }
    };
    match text {
        Ok(s) => Ok(vm.new_str(s)),
        Err(c) => Err(vm.code_point_error(c)),
    }
}

fn fromunicode(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "fromunicode", 1)?;
    let Some(s) = vm.str_of(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("fromunicode() argument must be str, not {tn}")));
    };
    let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
    if code_of(vm, id) != ArrayCode::Unicode {
        return Err(
            vm.new_exc(ExcKind::ValueError, "fromunicode() may only be called on unicode type arrays")
        );
    }
    push_items(vm, id, chars.into_iter().map(Item::Char))?;
    Ok(Value::None)
}

/// `tofile(f)`: `f.write(bytes)` in blocks of 64 KiB, as CPython's.
fn tofile(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "tofile")?;
    clinic_args(vm, "tofile", args, kwargs, 1)?;
    const BLOCK: usize = 64 * 1024;
    let total = array_ref(vm, id).map_or(0, |a| a.data.len());
    let mut at = 0;
    while at < total {
        let chunk = match array_ref(vm, id) {
            Some(a) => a.data.get(at..(at + BLOCK).min(a.data.len())).unwrap_or_default().to_vec(),
            None => break,
        };
        at += BLOCK;
        let b = vm.alloc(Object::Bytes(chunk));
        let r = vm.getattr_str(args[1], "write").and_then(|w| {
            let r = vm.call(w, &[b], &[]);
            vm.decref(w);
            r
        });
        vm.decref(b);
        let r = r?;
        vm.decref(r);
    }
    Ok(Value::None)
}

/// `fromfile(f, n)`: `n` items read with `f.read`; short of them, those read are appended and
/// the error is `EOFError`.
fn fromfile(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "fromfile")?;
    clinic_args(vm, "fromfile", args, kwargs, 2)?;
    let n = ssize_arg(vm, args[2])?;
    if n < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "negative count"));
    }
    let size = code_of(vm, id).itemsize() as i64;
    let Some(nbytes) = n.checked_mul(size) else { return Err(vm.memory_error()) };
    let read = vm.getattr_str(args[1], "read")?;
    let b = vm.call(read, &[Value::Int(nbytes)], &[]);
    vm.decref(read);
    let b = b?;
    let data = match b.as_obj().map(|x| vm.heap.get(x)) {
        Some(Object::Bytes(d)) => d.clone(),
        _ => {
            vm.decref(b);
            return Err(vm.new_exc(ExcKind::TypeError, "read() didn't return bytes"));
        }
    };
    vm.decref(b);
    extend_bytes(vm, id, &data)?;
    if data.len() as i64 != nbytes {
        return Err(vm.new_exc(ExcKind::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "__copy__", 0)?;
    let (code, data) = array_ref(vm, id).map_or((ArrayCode::Byte, Vec::new()), |a| (a.code, a.data.clone()));
    Ok(new_array(vm, code, data))
}

fn deepcopy(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "__deepcopy__", 1)?;
    let (code, data) = array_ref(vm, id).map_or((ArrayCode::Byte, Vec::new()), |a| (a.code, a.data.clone()));
    Ok(new_array(vm, code, data))
}

/// CPython's `__sizeof__`: the object's 64 bytes and its items' room.
fn sizeof(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = method(vm, args, kwargs, "__sizeof__", 0)?;
    let room = array_ref(vm, id).map_or(0, |a| a.data.capacity());
    Ok(Value::Int(64 + room as i64))
}

/// The machine format code `__reduce_ex__` records for a type code on x86-64 Linux (CPython's
/// `typecode_to_mformat_code`: little-endian, `l` and `L` of 8 bytes, `u` UTF-32).
pub(crate) fn mformat_code(code: ArrayCode) -> i64 {
    use ArrayCode::*;
    match code {
        UByte => 0,
        Byte => 1,
        UShort => 2,
        Short => 4,
        UInt => 6,
        Int => 8,
        ULong | ULongLong => 10,
        Long | LongLong => 12,
        Float => 14,
        Double => 16,
        Unicode => 20,
    }
}
