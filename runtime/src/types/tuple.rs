//! `tuple`'s methods (its behaviour as a sequence is shared, in `sequence.rs`).

use super::def;
use crate::types::sequence::seq_count;
use crate::types::sequence::seq_index;
use crate::value::ObjId;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let tuple = t(vm, |t| t.tuple);
    def(vm, tuple, "tuple.index", seq_index);
    def(vm, tuple, "tuple.count", seq_count);
}
