//! `os.urandom`: bytes from the system's random source, for `secrets`, `uuid4` and
//! `random.SystemRandom`. Read from `/dev/urandom` with the standard library (CPython calls
//! `getrandom()`, which reads the same pool); not a file access a host's switch governs.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub(super) fn install(vm: &mut Vm, d: ObjId) {
    def(vm, d, "_reap_os.urandom", urandom);
}

fn urandom(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use std::io::Read;
    arity(vm, "urandom", args, 1, 1)?;
    let Some(n) = vm.as_i64(args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer"))
        );
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.new_exc(ExcKind::ValueError, "negative argument not allowed"));
    };
    let mut buf = vm.try_vec::<u8>(n)?;
    buf.resize(n, 0);
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if let Err(e) = read {
        return Err(super::io::os_error(vm, &e, None));
    }
    Ok(vm.alloc(Object::Bytes(buf)))
}
