//! `bytes` and `bytearray`: `fromhex`, `decode`, and `bytearray`'s `append` and `extend`
//! (the methods that mirror `str`'s are in `bytes_text.rs`, the rest in `bytes_methods.rs`).

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

use super::str::codec_args;

/// Puts the methods of `bytes` and `bytearray` into their classes.
pub fn install(vm: &mut Vm) {
    let b = vm.type_obj(vm.types.bytes).dict;
    // Class methods: a subclass's `fromhex` gives an instance of the subclass.
    let fh = vm.new_builtin("bytes.fromhex", fromhex_of_class, None);
    let cm = vm.alloc(Object::ClassMethod(fh));
    vm.dict_set_str(b, "fromhex", cm);
    let ba = vm.type_obj(vm.types.bytearray).dict;
    let fh = vm.new_builtin("bytearray.fromhex", fromhex_of_class, None);
    let cm = vm.alloc(Object::ClassMethod(fh));
    vm.dict_set_str(ba, "fromhex", cm);
    def(vm, ba, "bytearray.append", bytearray_append);
    def(vm, ba, "bytearray.extend", bytearray_extend);
    def(vm, b, "bytes.find", super::bytes_methods::find);
}

/// The bytes of a bytes-like object: bytes, bytearray, or an array (its items' machine bytes,
/// as CPython's buffer protocol gives them).
pub(crate) fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(b.clone()),
        Some(Object::Array(a)) => Some(a.data.clone()),
        Some(Object::MemoryView(_)) => super::memoryview::view_bytes(vm, v),
        _ => None,
    }
}

pub(crate) fn bytes_fromhex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let arg = args.first().copied().unwrap_or(Value::None);
    let Some(text) = vm.str_of(arg).map(|t| t.chars().collect::<Vec<char>>()) else {
        let tn = vm.arg_type_name(arg);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("fromhex() argument must be str, not {tn}")));
    };
    // Pairs of hex digits, with ASCII whitespace allowed between pairs (not inside one), as
    // CPython reads them; an error names the first character that does not fit.
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    loop {
        while text.get(i).is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')) {
            i += 1;
        }
        if i >= text.len() {
            return Ok(vm.alloc(Object::Bytes(out)));
        }
        let high = text[i].to_digit(16);
        let low = text.get(i + 1).and_then(|c| c.to_digit(16));
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (h, _) => {
                let at = if h.is_none() { i } else { i + 1 };
                let msg = format!("non-hexadecimal number found in fromhex() arg at position {at}");
                return Err(vm.new_exc(ExcKind::ValueError, &msg));
            }
        }
        i += 2;
    }
}

/// `bytearray.fromhex`: as `bytes.fromhex`, giving a `bytearray`.
/// `cls.fromhex(text)` for `bytes`, `bytearray` and their subclasses (which are called with
/// the value, as CPython's).
fn fromhex_of_class(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj()).unwrap_or(vm.types.bytes);
    let b = bytes_fromhex(vm, &args[1.min(args.len())..], kwargs)?;
    let value = if cls == vm.types.bytearray || vm.is_subtype(cls, vm.types.bytearray) {
        let data = bytes_of(vm, b).unwrap_or_default();
        vm.decref(b);
        vm.alloc(Object::ByteArray(data))
    } else {
        b
    };
    if cls == vm.types.bytes || cls == vm.types.bytearray {
        return Ok(value);
    }
    let r = vm.call(Value::Obj(cls), &[value], &[]);
    vm.decref(value);
    r
}

/// CPython's `BufferError` for changing the size of a bytearray a memoryview looks at.
pub(crate) fn check_resizable(vm: &mut Vm, v: Value) -> PyResult<()> {
    match vm.payload(v).as_obj() {
        Some(id) => vm.check_resizable(id),
        None => Ok(()),
    }
}

pub(crate) fn bytearray_append(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "append", &args[1..], 1, 1)?;
    let b = super::bytearray::byte_value(vm, args[1])?;
    check_resizable(vm, args[0])?;
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|id| vm.heap.get_mut(id)) {
        v.push(b as u8);
    }
    Ok(Value::None)
}

pub(crate) fn bytearray_extend(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "extend", &args[1..], 1, 1)?;
    let data = super::bytearray::extend_bytes(vm, args[1])?;
    if !data.is_empty() {
        check_resizable(vm, args[0])?;
    }
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|id| vm.heap.get_mut(id)) {
        v.extend(data);
    }
    Ok(Value::None)
}

pub(crate) fn decode(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (encoding, errors) = codec_args(vm, "decode", args, kwargs)?;
    let b = match vm.heap.get(args[0].as_obj().unwrap_or(vm.not_implemented)) {
        Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
        _ => Vec::new(),
    };
    match super::codecs::decode(&b, &encoding, &errors) {
        Ok(s) => {
            if super::codecs::is_unicode_escape(&encoding)
                && let Some(c) = super::codec_escape::first_invalid_escape(&b)
            {
                vm.warn(ExcKind::DeprecationWarning, &format!("invalid escape sequence '\\{c}'"))?;
            }
            Ok(vm.new_str(s))
        }
        Err(e) => Err(super::exception::codec_exception(vm, e, |vm| vm.alloc(Object::Bytes(b)))),
    }
}
