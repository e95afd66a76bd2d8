//! `_reap_charmap`: which single-byte code page an encoding name means, for `codecs.lookup`
//! (`pylib/codecs.py`); str.encode and bytes.decode use the code pages themselves.

use super::{def, new_module, register};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// `lookup(encoding)`: the code page's `(name, stem)`, or None.
fn lookup(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(name) = args.first().and_then(|&a| vm.str_of(a)) else { return Ok(Value::None) };
    let Some((name, stem)) = crate::types::charmap_names(name) else { return Ok(Value::None) };
    let (name, stem) = (vm.new_str(name), vm.new_str(stem));
    Ok(vm.new_tuple(vec![name, stem]))
}

pub fn make_charmap(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_charmap");
    def(vm, d, "_reap_charmap.lookup", lookup);
    register(vm, "_reap_charmap", m);
}
