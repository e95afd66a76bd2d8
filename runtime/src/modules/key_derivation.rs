//! Key derivation for `hashlib`: `pbkdf2_hmac` over the digests RustCrypto provides (MD5,
//! SHA-1, SHA-2). `pylib/hashlib.py` checks the arguments, with CPython's messages, and asks
//! here first; any other digest (SHA-3, BLAKE2...) derives in Python.

use super::arity;
use super::native_class::bytes_arg;
use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `pbkdf2_hmac(name, password, salt, iterations, dklen)`, the arguments already checked: the
/// derived key, or None for a digest derived in Python.
pub(super) fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pbkdf2_hmac", args, 5, 5)?;
    let name = vm.str_of(args[0]).unwrap_or("").to_string();
    let password = bytes_arg(vm, args[1])?;
    let salt = bytes_arg(vm, args[2])?;
    let (Value::Int(rounds), Value::Int(dklen)) = (args[3], args[4]) else { return Ok(Value::None) };
    let (Ok(rounds), Ok(dklen)) = (u32::try_from(rounds), usize::try_from(dklen)) else {
        return Ok(Value::None);
    };
    let mut key = vm.try_vec::<u8>(dklen)?;
    key.resize(dklen, 0);
    let derive = match name.as_str() {
        "md5" => pbkdf2::pbkdf2_hmac::<md5::Md5>,
        "sha1" => pbkdf2::pbkdf2_hmac::<sha1::Sha1>,
        "sha224" => pbkdf2::pbkdf2_hmac::<sha2::Sha224>,
        "sha256" => pbkdf2::pbkdf2_hmac::<sha2::Sha256>,
        "sha384" => pbkdf2::pbkdf2_hmac::<sha2::Sha384>,
        "sha512" => pbkdf2::pbkdf2_hmac::<sha2::Sha512>,
        _ => return Ok(Value::None),
    };
    derive(&password, &salt, rounds, &mut key);
    Ok(vm.alloc(Object::Bytes(key)))
}
