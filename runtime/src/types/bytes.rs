//! `bytes` and `bytearray` methods: the ones of their own, and those that work as `str`'s do on
//! the bytes read as Latin-1 (`via_str`).

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

type Native = crate::vm::NativeFn;
use super::str::*;

/// Puts the methods of `bytes` and `bytearray` into their classes.
pub fn install(vm: &mut Vm) {
    let b = vm.type_obj(vm.types.bytes).dict;
    def(vm, b, "bytes.decode", decode);
    let fh = vm.new_builtin("bytes.fromhex", bytes_fromhex, None);
    let sm = vm.alloc(Object::StaticMethod(fh));
    vm.dict_set_str(b, "fromhex", sm);
    let ba = vm.type_obj(vm.types.bytearray).dict;
    def(vm, ba, "bytearray.append", bytearray_append);
    def(vm, ba, "bytearray.extend", bytearray_extend);
    def(vm, ba, "bytearray.decode", decode);
    def(vm, b, "bytes.replace", bytes_replace);
    def(vm, b, "bytes.startswith", bytes_startswith);
    def(vm, b, "bytes.endswith", bytes_endswith);
    def(vm, b, "bytes.find", super::bytes_methods::find);
    def(vm, b, "bytes.count", bytes_count);
    def(vm, b, "bytes.split", bytes_split);
    def(vm, b, "bytes.strip", bytes_strip);
    def(vm, b, "bytes.join", bytes_join);
}

pub(crate) fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(b.clone()),
        _ => None,
    }
}

pub(crate) fn bytes_fromhex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let text: String = args
        .first()
        .and_then(|&v| vm.str_of(v))
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let parsed: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| text.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect();
    match parsed {
        Some(b) => Ok(vm.alloc(Object::Bytes(b))),
        None => Err(vm.new_exc(ExcKind::ValueError, "non-hexadecimal number found in fromhex() arg")),
    }
}

pub(crate) fn bytearray_append(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "append", &args[1..], 1, 1)?;
    let Some(b) = vm.as_i64(args[1]).filter(|v| (0..256).contains(v)) else {
        return Err(vm.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)"));
    };
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|id| vm.heap.get_mut(id)) {
        v.push(b as u8);
    }
    Ok(Value::None)
}

pub(crate) fn bytearray_extend(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "extend", &args[1..], 1, 1)?;
    let data = match bytes_of(vm, args[1]) {
        Some(d) => d,
        None => {
            let items = vm.iterate_to_vec(args[1])?;
            let d: Vec<u8> = items.iter().filter_map(|&i| vm.as_i64(i)).map(|n| n as u8).collect();
            for i in items {
                vm.decref(i);
            }
            d
        }
    };
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|id| vm.heap.get_mut(id)) {
        v.extend(data);
    }
    Ok(Value::None)
}

/// The byte-string methods that mean the same on Latin-1 text: run the `str` method on the
/// bytes decoded one byte a character, and encode the result back.
pub(crate) fn via_str(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    method: Native,
) -> PyResult<Value> {
    fn to_str(vm: &mut Vm, v: Value) -> Value {
        match bytes_of(vm, v) {
            Some(b) => vm.new_str(b.iter().map(|&x| x as char).collect::<String>()),
            None => match v.as_obj().map(|id| vm.heap.get(id)) {
                Some(Object::List(items) | Object::Tuple(items)) => {
                    let is_list = matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::List(_)));
                    let items = items.clone();
                    let conv: Vec<Value> = items.iter().map(|&i| to_str(vm, i)).collect();
                    if is_list { vm.new_list(conv) } else { vm.new_tuple(conv) }
                }
                _ => vm.share(v),
            },
        }
    }
    fn to_bytes(vm: &mut Vm, v: Value) -> Value {
        if let Some(s) = vm.str_of(v) {
            let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            vm.decref(v);
            return vm.alloc(Object::Bytes(b));
        }
        if let Some(Object::List(items)) = v.as_obj().map(|id| vm.heap.get(id)) {
            let items = items.clone();
            let conv: Vec<Value> = items
                .iter()
                .map(|&i| {
                    vm.incref(i);
                    to_bytes(vm, i)
                })
                .collect();
            vm.decref(v);
            return vm.new_list(conv);
        }
        v
    }
    let converted: Vec<Value> = args.iter().map(|&a| to_str(vm, a)).collect();
    let r = method(vm, &converted, kwargs);
    for c in converted {
        vm.decref(c);
    }
    r.map(|v| to_bytes(vm, v))
}

macro_rules! bytes_method {
    ($name:ident, $str_method:ident) => {
        pub(crate) fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            via_str(vm, args, kwargs, $str_method)
        }
    };
}

bytes_method!(bytes_replace, replace);
bytes_method!(bytes_startswith, startswith);
bytes_method!(bytes_endswith, endswith);
bytes_method!(bytes_count, count);
bytes_method!(bytes_split, split);
bytes_method!(bytes_strip, strip);

/// `bytes.join`: the size first, then one fallible allocation (as `str.join`).
pub(crate) fn bytes_join(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "bytes.join", &args[1..], 1, 1)?;
    let sep = bytes_of(vm, args[0]).unwrap_or_default();
    let items = vm.iterate_to_vec(args[1])?;
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    let mut bad = None;
    for (i, &item) in items.iter().enumerate() {
        match item.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) => total = total.saturating_add(b.len()),
            _ => {
                bad = Some((i, vm.type_name(item)));
                break;
            }
        }
    }
    let out = match bad {
        Some((i, tn)) => Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("sequence item {i}: expected a bytes-like object, {tn} found"),
        )),
        None => vm.try_vec::<u8>(total).map(|mut out| {
            for (i, &item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                if let Some(Object::Bytes(b) | Object::ByteArray(b)) = item.as_obj().map(|id| vm.heap.get(id))
                {
                    out.extend_from_slice(b);
                }
            }
            out
        }),
    };
    for it in items {
        vm.decref(it);
    }
    Ok(vm.alloc(Object::Bytes(out?)))
}

pub(crate) fn decode(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (encoding, errors) = codec_args(vm, "decode", args, kwargs)?;
    let b = match vm.heap.get(args[0].as_obj().unwrap_or(vm.not_implemented)) {
        Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
        _ => Vec::new(),
    };
    match super::codecs::decode(&b, &encoding, &errors) {
        Ok(s) => Ok(vm.new_str(s)),
        Err((kind, msg)) => Err(vm.new_exc(kind, &msg)),
    }
}
