//! The `array` module: the `array` type (`types/array.rs`), `ArrayType`, `typecodes`, and
//! `_array_reconstructor`, which `array.__reduce_ex__` names for protocol 3 and later (it
//! rebuilds an array from its bytes in any machine format CPython records).

use super::{def, new_module, register};
use crate::object::Object;
use crate::object::array::TYPECODES;
use crate::object::exc_kind::ExcKind;
use crate::types::array::mformat_code;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn make_array(vm: &mut Vm) {
    let (m, d) = new_module(vm, "array");
    let cls = Value::Obj(vm.types.array);
    vm.incref(cls);
    vm.dict_set_str(d, "array", cls);
    vm.incref(cls);
    vm.dict_set_str(d, "ArrayType", cls);
    let codes = vm.new_str(TYPECODES);
    vm.dict_set_str(d, "typecodes", codes);
    def(vm, d, "array._array_reconstructor", reconstructor);
    register(vm, "array", m);
}

/// A machine format code's item size, signedness and byte order (CPython's
/// `mformat_descriptors`, whose UTF-16 and UTF-32 entries say 4 and 8).
fn mformat(code: i64) -> (usize, bool, bool) {
    match code {
        0 => (1, false, false),
        1 => (1, true, false),
        2..=5 => (2, code >= 4, code % 2 == 1),
        6..=9 => (4, code >= 8, code % 2 == 1),
        10..=13 => (8, code >= 12, code % 2 == 1),
        14 | 15 | 18 | 19 => (4, false, code % 2 == 1),
        _ => (8, false, code % 2 == 1),
    }
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`.
fn reconstructor(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::no_kwargs(vm, "_array_reconstructor", kwargs)?;
    super::arity(vm, "_array_reconstructor", args, 4, 4)?;
    let code = match vm.str_of(args[1]).map(|s| {
        let mut it = s.chars();
        (it.next(), it.next())
    }) {
        Some((Some(c), None)) => c,
        _ => {
            let tn = vm.type_name(args[1]);
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("_array_reconstructor() argument 2 must be a unicode character, not {tn}"),
            ));
        }
    };
    let mf = crate::types::array::ssize_arg(vm, args[2])?;
    let Some(cls) = args[0].as_obj().filter(|&c| matches!(vm.heap.get(c), Object::Type(_))) else {
        let tn = vm.type_name(args[0]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("first argument must be a type object, not {tn}"))
        );
    };
    if !vm.is_subtype(cls, vm.types.array) {
        let name = vm.class_tp_name(cls);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{name} is not a subtype of array.array")));
    }
    let Some(ac) = crate::object::array::ArrayCode::from_char(code) else {
        return Err(vm.new_exc(ExcKind::ValueError, "second argument must be a valid type code"));
    };
    if !(0..=21).contains(&mf) {
        return Err(vm.new_exc(ExcKind::ValueError, "third argument must be a valid machine format code."));
    }
    let Some(Object::Bytes(items)) = args[3].as_obj().map(|b| vm.heap.get(b)) else {
        let tn = vm.type_name(args[3]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("fourth argument should be bytes, not {tn}")));
    };
    let items = items.clone();
    if mf == mformat_code(ac) {
        let b = vm.share(args[3]);
        let tc = vm.new_str(code.to_string());
        let r = vm.call(Value::Obj(cls), &[tc, b], &[]);
        vm.decref(tc);
        vm.decref(b);
        return r;
    }
    let (size, signed, big) = mformat(mf);
    if items.len() % size != 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "string length not a multiple of item size"));
    }
    let (code, converted) = convert(vm, code, mf, &items, (size, signed, big))?;
    let tc = vm.new_str(code.to_string());
    let r = vm.call(Value::Obj(cls), &[tc, converted], &[]);
    vm.decref(tc);
    vm.decref(converted);
    r
}

/// The items of `bytes` in machine format `mf`, as a list of numbers or a str, and the type
/// code to make the array with (an integer format picks the type code of its size and sign).
fn convert(
    vm: &mut Vm,
    code: char,
    mf: i64,
    bytes: &[u8],
    (size, signed, big): (usize, bool, bool),
) -> PyResult<(char, Value)> {
    let text = match mf {
        18 | 19 => Some(if big { "utf-16-be" } else { "utf-16-le" }),
        20 | 21 => Some(if big { "utf-32-be" } else { "utf-32-le" }),
        _ => None,
    };
    if let Some(encoding) = text {
        return match crate::types::codecs::decode(bytes, encoding, "strict") {
            Ok(s) => Ok((code, vm.new_str(s))),
            Err(e) => Err(crate::types::exception::codec_exception(vm, e, |vm| {
                vm.alloc(Object::Bytes(bytes.to_vec()))
            })),
        };
    }
    let mut items = Vec::with_capacity(bytes.len() / size);
    for chunk in bytes.chunks_exact(size) {
        let mut b = [0u8; 8];
        b[..size].copy_from_slice(chunk);
        if big {
            b[..size].reverse();
        }
        let v = match mf {
            14 | 15 => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]).into()),
            16 | 17 => Value::Float(f64::from_le_bytes(b)),
            _ => {
                let raw = u64::from_le_bytes(b);
                let bits = size as u32 * 8;
                let n = if signed && bits < 64 && raw >> (bits - 1) & 1 == 1 {
                    i128::from(raw) - (1i128 << bits)
                } else if signed {
                    i128::from(raw as i64)
                } else {
                    i128::from(raw)
                };
                match i64::try_from(n) {
                    Ok(x) => Value::Int(x),
                    Err(_) => vm.new_bigint(num_bigint::BigInt::from(n)),
                }
            }
        };
        items.push(v);
    }
    let code = if mf <= 13 {
        match (size, signed) {
            (1, true) => 'b',
            (1, false) => 'B',
            (2, true) => 'h',
            (2, false) => 'H',
            (4, true) => 'i',
            (4, false) => 'I',
            (_, true) => 'q',
            (_, false) => 'Q',
        }
    } else {
        code
    };
    Ok((code, vm.new_list(items)))
}
