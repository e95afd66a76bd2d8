//! What the VM needs from the builtin types' own files: CPython's type slots for the few
//! operations the evaluation loop and the protocols in `ops.rs` reach directly (constructing a
//! builtin, the builtin types' operators, subscripting a sequence, the lazy iterators). The types
//! sit above the VM, so they install their functions here (`types::install_slots`) instead of
//! the VM naming them. Until then each slot raises `SystemError`, never panics.

use crate::object::Object;
use crate::object::code::{BinOp, CmpKind};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// Makes a native module and puts it in `sys.modules`.
pub type MakeModule = fn(&mut Vm);

/// Where a module came from, for the `__spec__` and `__loader__` of its globals.
#[derive(Clone, Copy)]
pub enum ModuleOrigin<'a> {
    /// Built into the binary: native, or Python that is part of Reap.
    BuiltIn,
    /// A file, and for a package the folder its submodules are found in.
    File { path: &'a str, package_dir: Option<&'a str> },
}

pub type Construct = fn(&mut Vm, ObjId, &[Value], &[(ObjId, Value)]) -> Option<PyResult<Value>>;

/// A data attribute of a builtin type (CPython's getset descriptors; read-only here): its name
/// and its getter, which returns a new reference.
pub struct GetSet {
    pub name: &'static str,
    pub get: fn(&mut Vm, ObjId) -> Value,
}

#[derive(Clone, Copy)]
pub struct Slots {
    /// Calling a builtin class (`int(x)`, `list(it)`); `None` for classes `call_type` builds.
    pub construct: Construct,
    /// `seq[key]` for list, tuple, str, bytes, bytearray, range and array.
    pub sequence_getitem: fn(&mut Vm, Value, Value) -> PyResult<Value>,
    /// `seq[key] = value` and `del seq[key]` for list and array.
    pub sequence_setitem: fn(&mut Vm, Value, Value, Value) -> PyResult<()>,
    pub sequence_delitem: fn(&mut Vm, Value, Value) -> PyResult<()>,
    /// `cls[item]` for a class (`list[int]`, a metaclass's `__getitem__`).
    pub class_getitem: fn(&mut Vm, Value, Value) -> PyResult<Value>,
    /// The builtin types' binary operators (`None`: not theirs, try dunder methods).
    pub binary: fn(&mut Vm, Value, Value, BinOp, bool) -> PyResult<Option<Value>>,
    pub set_compare: fn(&mut Vm, Value, Value, CmpKind) -> PyResult<bool>,
    /// `next()` of enumerate, zip, map, filter and friends.
    pub next_lazy: fn(&mut Vm, ObjId) -> PyResult<Result<Value, Value>>,
    /// `next()` of a file object of `open()`'s: its next line (installed by `io`).
    pub file_next: fn(&mut Vm, ObjId) -> PyResult<Result<Value, Value>>,
    /// The data attributes of a builtin object's type (`slice.start`, `complex.real`, ...).
    pub getsets: fn(&Object) -> &'static [GetSet],
    /// The source of a module written in Python and built into the binary (CPython's frozen
    /// modules), by name.
    pub frozen_source: fn(&str) -> Option<&'static str>,
    /// The function that makes a native module, by name: native modules are made on their
    /// first import, so a new interpreter pays only for the ones the runtime itself needs.
    pub native_module: fn(&str) -> Option<MakeModule>,
    /// Every module built into the binary, native or frozen.
    pub module_names: &'static [&'static str],
    /// `str()` of a Unicode error, from its fields (`None` for other exceptions).
    pub unicode_error_text: fn(&mut Vm, ObjId) -> Option<String>,
    /// Sets `__loader__` and `__spec__` in a new module's globals (the dict), by its name.
    pub module_origin: for<'a> fn(&mut Vm, ObjId, &str, ModuleOrigin<'a>),
    /// Runs the Python handlers of the signals that arrived (installed by the `signal`
    /// module). Given `true` for a keyboard interrupt: answers whether a handler other than
    /// `default_int_handler` took it (else the VM raises `KeyboardInterrupt`).
    pub signals: fn(&mut Vm, bool) -> PyResult<bool>,
    /// Decodes source bytes in the encoding a PEP 263 comment declares (`None`: an encoding
    /// the codecs do not know, or bytes it cannot decode).
    pub source_decoder: fn(&str, &[u8]) -> Result<String, Option<String>>,
}

fn missing(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::SystemError, "the builtin types are not installed")
}

impl Default for Slots {
    fn default() -> Slots {
        Slots {
            construct: |vm, _, _, _| Some(Err(missing(vm))),
            sequence_getitem: |vm, _, _| Err(missing(vm)),
            sequence_setitem: |vm, _, _, _| Err(missing(vm)),
            sequence_delitem: |vm, _, _| Err(missing(vm)),
            class_getitem: |vm, _, _| Err(missing(vm)),
            binary: |vm, _, _, _, _| Err(missing(vm)),
            set_compare: |vm, _, _, _| Err(missing(vm)),
            next_lazy: |vm, _| Err(missing(vm)),
            file_next: |vm, _| Err(missing(vm)),
            getsets: |_| &[],
            frozen_source: |_| None,
            native_module: |_| None,
            module_names: &[],
            unicode_error_text: |_, _| None,
            module_origin: |_, _, _, _| {},
            signals: |_, _| Ok(false),
            source_decoder: |_, _| Err(None),
        }
    }
}
