//! The interpreter core: the `Vm` (heap, builtin classes, interned names, caches, the state of
//! running frames) and the protocols every object takes part in. What each builtin type does
//! on its own is in `types/`, reached through `slots.rs`; modules are in `modules/`.
//!
//! Reference counting convention (as CPython's): a function returning a `Value` returns a new
//! reference, owned by the caller; `Value` arguments are borrowed. `PyResult`'s error is an owned
//! reference to the exception instance being raised.

pub mod args;
pub mod asyncgen_hooks;
pub mod attr;
pub mod attr_steps;
mod attr_store;
pub(crate) mod binary_loop;
mod buffer;
pub mod call;
mod class_bases;
pub mod class_build;
pub(crate) mod code_attrs;
pub mod collect;
pub mod compare;
mod complex_format;
mod construct_loop;
pub mod coroutine;
mod drain;
pub mod eval;
pub mod exc;
pub mod exc_fields;
pub mod exc_group;
pub mod exc_print;
mod fast_arith;
pub mod finalize_registry;
pub mod finalizer_trace;
pub mod flow;
pub mod format_spec;
pub mod frame_object;
pub mod frame_run;
pub mod frame_stack;
pub mod globals;
pub mod hash;
pub mod host_config;
pub mod image;
pub mod import;
pub mod inline_cache;
pub mod instance;
pub mod io;
pub mod iter;
pub mod limits;
pub mod long_range;
mod loop_resume;
pub mod mapping;
mod mro_cache;
pub mod names;
pub mod native;
pub(crate) mod native_descr;
pub mod number;
mod pattern;
mod quick_calls;
mod recursion;
pub mod repr;
pub mod resume;
pub mod run;
pub mod sequence;
pub mod shutdown;
pub mod slots;
pub(crate) mod stdin_reader;
mod str_append;
pub mod suggestions;
pub mod super_lookup;
pub mod teardown;
pub(crate) mod text_signatures;
pub mod traceback_attr;
pub mod types;
pub mod weakref;
pub mod with_stmt;
pub mod zip_import;

use std::collections::HashMap;
use std::io::Write;

use num_bigint::BigInt;

use crate::compiler::Interner;
use crate::heap::{Heap, ObjId};
use crate::object::dict::Table;
pub use crate::object::exc_kind::ExcKind;
use crate::object::{Attrs, Builtin, ClassList, DescrKind, Instance, Layout, Object, PyStr, TypeObj};
use crate::value::Value;
pub use native::NativeFn;

/// A function given by an embedding host: called with the VM, positional and keyword arguments.
pub type HostFunction =
    std::sync::Arc<dyn Fn(&mut Vm, &[Value], &[(ObjId, Value)]) -> PyResult<Value> + Send + Sync>;

/// A raised exception: an owned reference to the exception instance.
pub type PyResult<T> = Result<T, ObjId>;

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// The builtin types, by role.
#[derive(Clone)]
pub struct Types {
    pub object: ObjId,
    pub type_: ObjId,
    pub int: ObjId,
    pub bool_: ObjId,
    pub float: ObjId,
    pub str_: ObjId,
    pub bytes: ObjId,
    pub list: ObjId,
    pub tuple: ObjId,
    pub dict: ObjId,
    pub set: ObjId,
    pub frozenset: ObjId,
    pub none: ObjId,
    pub function: ObjId,
    pub builtin_function: ObjId,
    pub method: ObjId,
    pub module: ObjId,
    pub range: ObjId,
    pub slice: ObjId,
    pub generator: ObjId,
    pub coroutine: ObjId,
    pub async_generator: ObjId,
    pub iterator: ObjId,
    pub property: ObjId,
    pub getset_descriptor: ObjId,
    pub member_descriptor: ObjId,
    pub staticmethod: ObjId,
    pub classmethod: ObjId,
    /// What a builtin type's methods are, read from the type (`str.join`, `int.__add__`,
    /// `dict.__dict__['fromkeys']`) and bound (`(1).__add__`): see `Vm::builtin_type`.
    pub method_descriptor: ObjId,
    pub wrapper_descriptor: ObjId,
    pub method_wrapper: ObjId,
    pub classmethod_descriptor: ObjId,
    pub super_: ObjId,
    pub cell: ObjId,
    pub not_implemented_type: ObjId,
    pub ellipsis_type: ObjId,
    pub enumerate: ObjId,
    pub zip: ObjId,
    pub map: ObjId,
    pub filter: ObjId,
    pub reversed: ObjId,
    pub complex: ObjId,
    pub traceback: ObjId,
    pub frame: ObjId,
    pub code: ObjId,
    pub bytearray: ObjId,
    pub text_io: ObjId,
    pub buffered_reader: ObjId,
    pub buffered_writer: ObjId,
    pub buffered_random: ObjId,
    /// An unbuffered binary file (`buffering=0`).
    pub file_io: ObjId,
    pub weakref: ObjId,
    pub weakproxy: ObjId,
    pub weakcallableproxy: ObjId,
    pub finalize: ObjId,
    /// `array.array`.
    pub array: ObjId,
    pub memoryview: ObjId,
    /// The iterator types of the builtin containers, by name (`list_iterator`, ...).
    pub iters: HashMap<&'static str, ObjId>,
    /// `dict_keys`, `dict_values`, `dict_items`.
    pub views: HashMap<&'static str, ObjId>,
    /// The builtin exception classes, by `ExcKind`.
    pub exc: Vec<ObjId>,
}

pub struct Vm {
    pub(crate) heap: Heap,
    /// What the running frames leave beside the Rust stack.
    pub(crate) frames: frame_stack::FrameStack,
    /// `atexit` handlers and how far shutdown has come.
    pub(crate) exit: shutdown::ExitState,
    /// Where output goes, and the source of every file run (for tracebacks).
    pub(crate) io: io::Io,
    /// What the embedding host decided: interrupts, file access, importable modules, its
    /// functions.
    pub(crate) host: host_config::HostConfig,
    /// How deep Python calls nest, against the recursion limit and the native stack.
    pub(crate) recursion: recursion::Recursion,
    /// Destruction's state: nested finalizers and the free list's scratch space.
    pub(crate) dealloc: collect::Dealloc,
    /// Per-site and per-class lookup caches, and what invalidates them.
    pub(crate) caches: inline_cache::Caches,
    /// The Rust functions builtin objects run, by `NativeId`.
    pub(crate) natives: native::Natives,
    /// The builtin types' functions the VM calls (installed by `types::install_slots`).
    pub(crate) slots: slots::Slots,
    pub(crate) interner: Interner,
    pub(crate) types: Types,
    pub(crate) not_implemented: ObjId,
    /// `()`: one object, as in CPython.
    pub(crate) empty_tuple: ObjId,
    pub(crate) ellipsis: ObjId,
    /// The builtins module's dict.
    pub(crate) builtins: ObjId,
    /// `sys.modules`: a dict object.
    pub(crate) modules: ObjId,
    /// `object`'s comparison, hashing and size methods (`object.__eq__`, ...), found by
    /// attribute lookups after everything else: kept out of `object`'s dict so that the
    /// runtime's own "does this class define `__eq__`?" checks stay as they are.
    pub(crate) object_extras: ObjId,
    /// Exceptions being handled (`sys.exc_info()`), innermost last; owned references.
    pub(crate) handled: Vec<ObjId>,
    /// `sys.set_int_max_str_digits`: the most decimal digits an int may have when converted
    /// to or from a str (0: no limit). CPython's defence against quadratic conversions.
    pub(crate) int_max_str_digits: usize,
    /// `-O`'s level: at 1 and above `assert` is compiled out, at 2 docstrings too.
    pub(crate) optimize: u8,
    /// Containers whose repr is being computed, so a self-reference prints as `[...]`.
    pub(crate) repr_stack: Vec<ObjId>,
    /// Names the VM looks up often, interned once.
    pub(crate) common: CommonNames,
    /// Per referent, the weak references to it (see `vm/collect.rs`).
    pub(crate) weaklists: hashbrown::HashMap<ObjId, WeakList>,
    /// What the `gc` module configures: callbacks, `gc.garbage`, debug flags.
    pub(crate) gc_hooks: collect::GcHooks,
    /// `sys.set_asyncgen_hooks`'s hooks (see `vm/asyncgen_hooks.rs`).
    pub(crate) asyncgen_hooks: asyncgen_hooks::AsyncGenHooks,
    /// `weakref.finalize`'s registry.
    pub(crate) finalize: finalize_registry::FinalizeRegistry,
    /// Zip archives on `sys.path`, read once each.
    pub(crate) zips: zip_import::ZipArchives,
    /// The embedding host's limits on a run (see `vm/limits.rs`).
    pub(crate) limits: limits::Limits,
}

/// The weak references to one object, in CPython's list order.
pub type WeakList = smallvec::SmallVec<[ObjId; 2]>;

#[derive(Clone)]
pub struct CommonNames {
    pub getattribute: ObjId,
    pub init: ObjId,
    pub new: ObjId,
    pub call: ObjId,
    /// `__next__`, which `for` asks of an iterator of a Python class for every item.
    pub next: ObjId,
    pub del: ObjId,
    pub weakref: ObjId,
    pub dict: ObjId,
    pub eq: ObjId,
    pub ne: ObjId,
    pub getitem: ObjId,
    pub class: ObjId,
    /// `__name__`, which every function made reads from its globals.
    pub dunder_name: ObjId,
    /// The fields a failed attribute lookup fills in on its `AttributeError`.
    pub name: ObjId,
    pub obj: ObjId,
}

impl Vm {
    /// A VM with its builtin types and singletons but no builtin functions or modules: the
    /// layers above install those (`modules::install_all`) and then call `builtins_installed`.
    pub fn new() -> Vm {
        let mut heap = Heap::new();
        let types = crate::vm::types::create(&mut heap);
        let not_implemented = heap.alloc_immortal(Object::NotImplemented);
        let empty_tuple = heap.alloc_immortal(Object::Tuple(Vec::new()));
        let ellipsis = heap.alloc_immortal(Object::Ellipsis);
        let builtins = heap.alloc_immortal(Object::Dict(Table::new()));
        let modules = heap.alloc_immortal(Object::Dict(Table::new()));
        let object_extras = heap.alloc_immortal(Object::Dict(Table::new()));
        let mut vm = Vm {
            heap,
            frames: frame_stack::FrameStack::default(),
            exit: shutdown::ExitState::default(),
            io: io::Io::new(),
            host: host_config::HostConfig::default(),
            recursion: recursion::Recursion::default(),
            dealloc: collect::Dealloc::default(),
            caches: inline_cache::Caches::new(),
            natives: native::Natives::default(),
            slots: slots::Slots::default(),
            interner: Interner::with_capacity(512),
            types,
            not_implemented,
            empty_tuple,
            ellipsis,
            builtins,
            modules,
            object_extras,
            handled: Vec::new(),
            int_max_str_digits: DEFAULT_INT_MAX_STR_DIGITS,
            optimize: 0,
            repr_stack: Vec::new(),
            common: CommonNames {
                getattribute: builtins,
                init: builtins,
                new: builtins,
                call: builtins,
                next: builtins,
                del: builtins,
                weakref: builtins,
                dict: builtins,
                eq: builtins,
                ne: builtins,
                getitem: builtins,
                class: builtins,
                dunder_name: builtins,
                name: builtins,
                obj: builtins,
            },
            weaklists: hashbrown::HashMap::new(),
            gc_hooks: collect::GcHooks::default(),
            asyncgen_hooks: asyncgen_hooks::AsyncGenHooks::default(),
            finalize: finalize_registry::FinalizeRegistry::default(),
            zips: zip_import::ZipArchives::default(),
            limits: limits::Limits::default(),
        };
        vm.common = CommonNames {
            getattribute: vm.interner.intern(&mut vm.heap, "__getattribute__"),
            init: vm.interner.intern(&mut vm.heap, "__init__"),
            new: vm.interner.intern(&mut vm.heap, "__new__"),
            call: vm.interner.intern(&mut vm.heap, "__call__"),
            next: vm.interner.intern(&mut vm.heap, "__next__"),
            del: vm.interner.intern(&mut vm.heap, "__del__"),
            weakref: vm.interner.intern(&mut vm.heap, "__weakref__"),
            dict: vm.interner.intern(&mut vm.heap, "__dict__"),
            eq: vm.interner.intern(&mut vm.heap, "__eq__"),
            ne: vm.interner.intern(&mut vm.heap, "__ne__"),
            getitem: vm.interner.intern(&mut vm.heap, "__getitem__"),
            class: vm.interner.intern(&mut vm.heap, "__class__"),
            dunder_name: vm.interner.intern(&mut vm.heap, "__name__"),
            name: vm.interner.intern(&mut vm.heap, "name"),
            obj: vm.interner.intern(&mut vm.heap, "obj"),
        };
        vm
    }

    // ---- Reference counting ------------------------------------------------------------------

    pub fn incref(&mut self, v: Value) {
        if let Value::Obj(id) = v {
            self.heap.incref(id);
        }
    }

    pub fn decref(&mut self, v: Value) {
        if let Value::Obj(id) = v
            && self.heap.decref(id)
        {
            self.destroy(id);
        }
    }

    pub fn decref_id(&mut self, id: ObjId) {
        if self.heap.decref(id) {
            self.destroy(id);
        }
    }

    /// Whether native recursion (repr of nested containers, comparisons, hashing) has used up
    /// the stack budget; such recursion raises `RecursionError` like Python frames do.
    pub fn stack_exhausted(&self) -> bool {
        let marker = 0u8;
        let sp = std::ptr::addr_of!(marker) as usize;
        self.recursion.depth > self.recursion.limit
            || (self.recursion.stack_base != 0
                && self.recursion.stack_base.saturating_sub(sp) > self.recursion.stack_budget)
            || recursion::stack_low()
    }

    /// A new reference to the same value.
    pub fn share(&mut self, v: Value) -> Value {
        self.incref(v);
        v
    }

    // ---- Making objects ----------------------------------------------------------------------

    pub fn alloc(&mut self, o: Object) -> Value {
        Value::Obj(self.heap.alloc(o))
    }

    /// A new str. Text given as `&str` goes straight into the string's inline storage when
    /// short (no allocation); a `String` is taken over.
    pub fn new_str(&mut self, s: impl Into<compact_str::CompactString>) -> Value {
        self.alloc(Object::Str(PyStr::new(s)))
    }

    /// An interned name as a new reference.
    pub fn intern(&mut self, s: &str) -> ObjId {
        let id = self.interner.intern(&mut self.heap, s);
        self.heap.incref(id);
        id
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple);
        }
        self.alloc(Object::Tuple(items))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::List(items))
    }

    pub fn new_dict(&mut self) -> ObjId {
        self.heap.alloc(Object::Dict(Table::new()))
    }

    /// Takes note of the builtins the evaluation loop calls specially, once they exist.
    pub fn builtins_installed(&mut self) {
        let native = |vm: &Vm, name: &str| match vm.dict_get_str(vm.builtins, name).and_then(|v| v.as_obj()) {
            Some(id) => match vm.heap.get(id) {
                Object::Builtin(b) => Some(b.native),
                _ => None,
            },
            None => None,
        };
        self.natives.known.len = native(self, "len");
        self.natives.known.isinstance = native(self, "isinstance");
        self.natives.known.next = native(self, "next");
        self.natives.known.import = native(self, "__import__");
    }

    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Object::BigInt(b)),
        }
    }

    pub fn new_builtin(&mut self, name: &'static str, func: NativeFn, receiver: Option<Value>) -> Value {
        if let Some(r) = receiver {
            self.incref(r);
        }
        let native = self.natives.register(func);
        self.alloc(Object::Builtin(Builtin { name, native, receiver, owner: None }))
    }

    // ---- Reading objects ---------------------------------------------------------------------

    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => Some(&s.s),
                Object::Instance(i) => i.base().and_then(|b| self.str_of(b)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn type_of(&self, v: Value) -> ObjId {
        let t = &self.types;
        match v {
            Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(_) => t.str_,
                Object::Bytes(_) => t.bytes,
                Object::BigInt(_) => t.int,
                Object::Complex { .. } => t.complex,
                Object::Traceback { .. } => t.traceback,
                Object::Frame(_) => t.frame,
                Object::Code(_) => t.code,
                Object::ByteArray(_) => t.bytearray,
                Object::Array(_) => t.array,
                Object::MemoryView(_) => t.memoryview,
                Object::Tuple(_) => t.tuple,
                Object::List(_) => t.list,
                Object::Dict(_) => t.dict,
                Object::Set { frozen: false, .. } => t.set,
                Object::Set { frozen: true, .. } => t.frozenset,
                Object::Type(ty) => ty.metaclass.unwrap_or(t.type_),
                Object::Instance(i) => i.class,
                Object::WeakRef(w) => match w.kind {
                    crate::object::WeakKind::Ref => t.weakref,
                    crate::object::WeakKind::Proxy => t.weakproxy,
                    crate::object::WeakKind::CallableProxy => t.weakcallableproxy,
                },
                Object::Finalize(_) => t.finalize,
                Object::Function(_) => t.function,
                Object::BoundMethod { .. } => t.method,
                Object::Builtin(b) => self.builtin_type(b),
                Object::HostFunction { .. } => t.builtin_function,
                Object::Host { class, .. } => *class,
                Object::Cell(_) => t.cell,
                Object::Module { .. } => t.module,
                Object::Range { .. } | Object::LongRange(_) => t.range,
                Object::Slice { .. } => t.slice,
                Object::Iter(it) => match it {
                    crate::object::Iter::Seq { kind, .. } => t.iters.get(kind).copied().unwrap_or(t.iterator),
                    crate::object::Iter::Str { s, .. } => {
                        let ascii = matches!(self.heap.get(*s), Object::Str(x) if x.ascii);
                        t.iters[if ascii { "str_ascii_iterator" } else { "str_iterator" }]
                    }
                    crate::object::Iter::Range { .. } => t.iters["range_iterator"],
                    crate::object::Iter::Set { .. } => t.iters["set_iterator"],
                    crate::object::Iter::Dict { kind, .. } => {
                        t.iters[match kind {
                            crate::object::DictIterKind::Keys => "dict_keyiterator",
                            crate::object::DictIterKind::Values => "dict_valueiterator",
                            crate::object::DictIterKind::Items => "dict_itemiterator",
                        }]
                    }
                    crate::object::Iter::Callable { .. } => t.iters["callable_iterator"],
                    crate::object::Iter::GetItem { .. } => t.iterator,
                    crate::object::Iter::Await { .. } => t.iters["coroutine_wrapper"],
                    crate::object::Iter::AsyncGenOp { op: crate::object::AgOp::Send, .. } => {
                        t.iters["async_generator_asend"]
                    }
                    crate::object::Iter::AsyncGenOp { .. } => t.iters["async_generator_athrow"],
                    crate::object::Iter::Reversed { seq, .. }
                        if matches!(self.heap.get(*seq), Object::List(_)) =>
                    {
                        t.iters["list_reverseiterator"]
                    }
                    crate::object::Iter::Enumerate { .. } => t.enumerate,
                    crate::object::Iter::Zip { .. } => t.zip,
                    crate::object::Iter::Map { .. } => t.map,
                    crate::object::Iter::Filter { .. } => t.filter,
                    crate::object::Iter::Reversed { .. } => t.reversed,
                    _ => t.iterator,
                },
                Object::Generator(g) => match g.kind {
                    crate::object::GenKind::Generator => t.generator,
                    crate::object::GenKind::Coroutine => t.coroutine,
                    crate::object::GenKind::AsyncGenerator => t.async_generator,
                },
                Object::Property { native: Some(d), .. } => match d.kind {
                    crate::object::DescrKind::GetSet => t.getset_descriptor,
                    crate::object::DescrKind::Member => t.member_descriptor,
                },
                Object::Property { .. } => t.property,
                Object::StaticMethod(_) => t.staticmethod,
                Object::ClassMethod(f) if self.is_builtin_method(*f) => t.classmethod_descriptor,
                Object::ClassMethod(_) => t.classmethod,
                Object::Super { .. } => t.super_,
                Object::NotImplemented => t.not_implemented_type,
                Object::Ellipsis => t.ellipsis_type,
                Object::DictView { kind, .. } => {
                    t.views[match kind {
                        crate::object::DictIterKind::Keys => "dict_keys",
                        crate::object::DictIterKind::Values => "dict_values",
                        crate::object::DictIterKind::Items => "dict_items",
                    }]
                }
                Object::File(f) if !f.binary => t.text_io,
                Object::File(f) if f.buffering == 0 => t.file_io,
                Object::File(f) if f.readable && f.writable => t.buffered_random,
                Object::File(f) if f.readable => t.buffered_reader,
                Object::File(_) => t.buffered_writer,
                Object::FileLayer { raw: true, .. } => t.file_io,
                &Object::FileLayer { file, .. } => match self.heap.get(file) {
                    Object::File(f) if f.readable && f.writable => t.buffered_random,
                    Object::File(f) if f.readable => t.buffered_reader,
                    _ => t.buffered_writer,
                },
            },
        }
    }

    pub fn type_obj(&self, t: ObjId) -> &TypeObj {
        match self.heap.get(t) {
            Object::Type(t) => t,
            _ => panic!("internal error: not a type"),
        }
    }

    /// The name of `v`'s type as CPython's messages print it (`tp_name`): a static type of one
    /// of CPython's C modules carries its module ('array.array', '_io.TextIOWrapper').
    pub fn type_name(&self, v: Value) -> String {
        self.class_tp_name(self.type_of(v))
    }

    /// A class's name as CPython's messages print it (see `type_name`).
    pub fn class_tp_name(&self, cls: ObjId) -> String {
        let t = self.type_obj(cls);
        // (A class a script makes refers to itself; a builtin type does not.)
        if (!t.self_ref || t.c_named) && !matches!(t.module.as_str(), "builtins" | "weakref") {
            format!("{}.{}", t.module, t.name)
        } else {
            t.name.to_string()
        }
    }

    pub fn is_subtype(&self, t: ObjId, base: ObjId) -> bool {
        t == base || self.type_obj(t).mro.contains(&base)
    }

    pub fn isinstance(&self, v: Value, t: ObjId) -> bool {
        self.is_subtype(self.type_of(v), t)
    }

    pub fn exc_type(&self, kind: ExcKind) -> ObjId {
        self.types.exc[kind as usize]
    }

    // ---- Dict access by str key (namespaces) -------------------------------------------------

    /// Looks up a string key in a dict whose keys are strings (namespaces), without running any
    /// Python code. Returns a borrowed value.
    pub fn dict_version(&self, dict: ObjId) -> u64 {
        match self.heap.get(dict) {
            Object::Dict(t) => t.version(),
            _ => 0,
        }
    }

    /// Looks up an interned name in a namespace dict: the hash is cached on the string and keys
    /// are usually the very same interned object, so no string is hashed or compared.
    pub fn dict_get_name(&self, dict: ObjId, name: ObjId) -> Option<Value> {
        let Object::Dict(t) = self.heap.get(dict) else { return None };
        // Instance dicts are small and keyed by interned names: a scan by identity wins.
        if t.len() <= 8
            && let Some(v) = t.find_key_identity(Value::Obj(name))
        {
            return Some(v);
        }
        t.entry(self.dict_find_name(dict, name)?).map(|e| e.value)
    }

    /// The position of a string key in a dict.
    pub fn dict_find_name(&self, dict: ObjId, name: ObjId) -> Option<usize> {
        let Object::Dict(t) = self.heap.get(dict) else { return None };
        let Object::Str(s) = self.heap.get(name) else { return None };
        let h = s.hash();
        t.candidates(h).find(|&i| {
            t.entry(i).is_some_and(|e| e.key.is(Value::Obj(name)) || self.str_of(e.key) == Some(&s.s))
        })
    }

    /// The namespace of the module `name` in `sys.modules`, if it is there.
    pub fn module_dict(&self, name: &str) -> Option<ObjId> {
        match self.heap.get(self.dict_get_str(self.modules, name)?.as_obj()?) {
            Object::Module { dict, .. } => Some(*dict),
            _ => None,
        }
    }

    pub fn dict_get_str(&self, dict: ObjId, key: &str) -> Option<Value> {
        let Object::Dict(t) = self.heap.get(dict) else { return None };
        let h = crate::object::hash::str_hash(key);
        t.candidates(h).find_map(|i| {
            let e = t.entry(i)?;
            (self.str_of(e.key) == Some(key)).then_some(e.value)
        })
    }

    /// Sets an interned name in a namespace dict; takes ownership of `value`.
    pub fn dict_set_name(&mut self, dict: ObjId, name: ObjId, value: Value) {
        self.dict_set_name_at(dict, name, value);
    }

    /// `dict_set_name`, returning the position of the entry.
    pub fn dict_set_name_at(&mut self, dict: ObjId, name: ObjId, value: Value) -> Option<usize> {
        let h = match self.heap.get(name) {
            Object::Str(s) => s.hash(),
            _ => {
                self.decref(value);
                return None;
            }
        };
        let found = {
            let Object::Dict(t) = self.heap.get(dict) else {
                self.decref(value);
                return None;
            };
            let s = self.str_of(Value::Obj(name));
            t.candidates(h)
                .find(|&i| t.entry(i).is_some_and(|e| e.key.is(Value::Obj(name)) || self.str_of(e.key) == s))
        };
        let at = match found {
            Some(i) => {
                let Object::Dict(t) = self.heap.get_mut(dict) else { return None };
                // The slot was found just above, with no Python code run since: it is live.
                let old = t.set_value(i, value).unwrap_or(value);
                self.decref(old);
                i
            }
            None => {
                self.heap.incref(name);
                let Object::Dict(t) = self.heap.get_mut(dict) else { return None };
                t.push(h, Value::Obj(name), value);
                t.last_position()
            }
        };
        self.heap.maybe_track(dict, Value::Obj(name), value);
        Some(at)
    }

    /// Sets a string key in a namespace dict; takes ownership of `value`.
    pub fn dict_set_str(&mut self, dict: ObjId, key: &str, value: Value) {
        let name = self.intern(key);
        self.dict_set_name(dict, name, value);
        self.decref_id(name);
    }

    /// Removes an interned name from a namespace dict; false if it was not there.
    pub fn dict_del_name(&mut self, dict: ObjId, name: ObjId) -> bool {
        let Some(i) = self.dict_find_name(dict, name) else { return false };
        let Object::Dict(t) = self.heap.get_mut(dict) else { return false };
        let Some(e) = t.remove(i) else { return false };
        self.decref(e.key);
        self.decref(e.value);
        true
    }

    /// Removes a string key from a namespace dict; false if it was not there.
    pub fn dict_del_str(&mut self, dict: ObjId, key: &str) -> bool {
        let h = crate::object::hash::str_hash(key);
        let found = {
            let Object::Dict(t) = self.heap.get(dict) else { return false };
            t.candidates(h).find(|&i| t.entry(i).is_some_and(|e| self.str_of(e.key) == Some(key)))
        };
        let Some(i) = found else { return false };
        let Object::Dict(t) = self.heap.get_mut(dict) else { return false };
        let Some(e) = t.remove(i) else { return false };
        self.decref(e.key);
        self.decref(e.value);
        true
    }

    /// Creates a class object (builtin or script-defined) with the given namespace dict.
    /// Makes a class; it takes the namespace's reference, also when it fails.
    pub fn make_type(&mut self, name: &str, bases: Vec<ObjId>, dict: ObjId) -> PyResult<ObjId> {
        let r = self.make_type_inner(name, bases, dict);
        if r.is_err() {
            self.decref_id(dict);
        }
        r
    }

    fn make_type_inner(&mut self, name: &str, bases: Vec<ObjId>, dict: ObjId) -> PyResult<ObjId> {
        if let Some(&b) = bases.iter().find(|&&b| self.is_final_type(b)) {
            let base = self.type_obj(b).name.clone();
            return Err(
                self.new_exc(ExcKind::TypeError, &format!("type '{base}' is not an acceptable base type"))
            );
        }
        if let Some((i, _)) = bases.iter().enumerate().find(|&(i, b)| bases[..i].contains(b)) {
            let name = self.type_obj(bases[i]).name.clone();
            return Err(self.new_exc(ExcKind::TypeError, &format!("duplicate base class {name}")));
        }
        // Two builtin bases whose instances are made differently (`int` and `str`) cannot be
        // combined, unless one derives from the other.
        let solid: Vec<ObjId> = bases.iter().filter_map(|&b| self.layout_base(b)).collect();
        for (i, &a) in solid.iter().enumerate() {
            for &b in &solid[i + 1..] {
                let related =
                    a == b || self.type_obj(a).mro.contains(&b) || self.type_obj(b).mro.contains(&a);
                if !related {
                    return Err(
                        self.new_exc(ExcKind::TypeError, "multiple bases have instance lay-out conflict")
                    );
                }
            }
        }
        let mro = self.c3_mro(&bases, name)?;
        let layout = bases
            .iter()
            .map(|&b| self.type_obj(b).layout)
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        let object = self.types.object;
        let mut has_dict = self.dict_get_str(dict, "__slots__").is_none()
            || bases.iter().any(|&b| b != object && self.type_obj(b).has_dict);
        // A class that defines `__eq__` and not `__hash__` is unhashable, as in CPython.
        if self.dict_get_str(dict, "__eq__").is_some() && self.dict_get_str(dict, "__hash__").is_none() {
            self.dict_set_str(dict, "__hash__", Value::None);
        }
        // These two are class methods without the decorator, as CPython's `type_new` makes them.
        for key in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = self.dict_get_str(dict, key)
                && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_)))
            {
                self.incref(f);
                let cm = self.alloc(Object::ClassMethod(f));
                self.dict_set_str(dict, key, cm);
            }
        }
        // The descriptors the class adds to its namespace: its own slots' members, and its
        // instances' `__dict__` and `__weakref__` unless a base gave them those already.
        let (mut own_slots, mut wants_dict, mut wants_weakref) = (Vec::new(), true, true);
        let slots = match self.dict_get_str(dict, "__slots__") {
            Some(v) => {
                let mut names = Vec::new();
                (wants_dict, wants_weakref) = (false, false);
                // A lone str is one slot's name, not a sequence of them.
                let items =
                    if self.str_of(v).is_some() { vec![self.share(v)] } else { self.iterate_to_vec(v)? };
                for item in items {
                    match self.str_of(item) {
                        // Not a slot: the instances have a dict besides their slots.
                        Some("__dict__") => {
                            has_dict = true;
                            wants_dict = true;
                        }
                        Some(s) => {
                            wants_weakref |= s == "__weakref__";
                            // Private names are mangled, as the class body's own code spells them.
                            names.push(crate::compiler::scope::mangle(Some(name), s).into_owned());
                        }
                        None => {}
                    }
                    self.decref(item);
                }
                // Laid out in the order CPython releases them when an instance dies: the class's
                // own slots first, sorted by name as CPython sorts them, then each base's.
                names.sort();
                // (`__qualname__` and `__classcell__` leave the namespace before CPython looks.)
                let conflict =
                    |n: &&String| !matches!(n.as_str(), "__weakref__" | "__qualname__" | "__classcell__");
                if let Some(n) = names.iter().filter(conflict).find(|n| self.dict_get_str(dict, n).is_some())
                {
                    let msg = format!("'{n}' in __slots__ conflicts with class variable");
                    return Err(self.new_exc(ExcKind::ValueError, &msg));
                }
                own_slots = names.iter().filter(|n| *n != "__weakref__").cloned().collect();
                names.extend(bases.iter().filter_map(|&b| self.type_obj(b).slots.clone()).flatten());
                Some(names)
            }
            None => {
                // No `__slots__`: the instances keep their bases' slots, and have a dict and (if
                // no base gave them one) a `__weakref__` besides, as in CPython.
                let inherited: Vec<String> =
                    bases.iter().filter_map(|&b| self.type_obj(b).slots.clone()).flatten().collect();
                (!inherited.is_empty()).then(|| {
                    let weakref =
                        (!inherited.iter().any(|n| n == "__weakref__")).then(|| "__weakref__".to_string());
                    weakref.into_iter().chain(inherited).collect()
                })
            }
        };
        for &b in &bases {
            self.heap.incref(b);
        }
        let module = self.dict_get_str(dict, "__module__").and_then(|m| self.str_of(m).map(str::to_string));
        // `__qualname__` leaves the namespace for the class itself, as in CPython's `type_new`.
        let qualname = match self.dict_get_str(dict, "__qualname__") {
            Some(q) => match self.str_of(q) {
                Some(s) => Some(s.to_string()),
                None => {
                    let tn = self.type_name(q);
                    return Err(self
                        .new_exc(ExcKind::TypeError, &format!("type __qualname__ must be a str, not {tn}")));
                }
            },
            None => None,
        };
        if qualname.is_some() {
            self.dict_del_str(dict, "__qualname__");
        }
        let c_named = self.dict_del_str(dict, "__reap_c_type__");
        wants_dict &= !bases.iter().any(|&b| self.instances_have_dict(b));
        wants_weakref &= !bases.iter().any(|&b| self.instances_have_weakrefs(b));
        let t = TypeObj {
            name: name.into(),
            qualname: qualname.map_or_else(|| name.into(), Into::into),
            module: module.map_or_else(|| "builtins".into(), Into::into),
            bases: bases.into(),
            mro: ClassList::new(),
            dict,
            layout,
            slots,
            has_dict,
            keys: Vec::new(),
            plain_construction: None,
            has_del: None,
            has_truth: None,
            self_ref: false,
            made_at_collection: 0,
            c_named,
            custom_getattribute: false,
            custom_setattr: false,
            metaclass: None,
        };
        let id = self.heap.alloc(Object::Type(Box::new(t)));
        self.caches.type_epoch += 1;
        let mut full = vec![id];
        full.extend(mro);
        for &m in &full[1..] {
            self.heap.incref(m);
        }
        // A hook of the class's own, Python or builtin (`__setattr__ = dict.__setitem__`), not
        // the default `object` (or `type`) has.
        let defines = |vm: &Vm, name: &str| {
            full.iter()
                .find_map(|&c| vm.dict_get_str(vm.type_obj(c).dict, name))
                .is_some_and(|f| vm.is_custom_hook(f, name))
        };
        let (ga, sa) = (defines(self, "__getattribute__"), defines(self, "__setattr__"));
        let collections = self.heap.gc.collections;
        self.heap.incref(id);
        if let Object::Type(t) = self.heap.get_mut(id) {
            t.mro = full.into();
            t.custom_getattribute = ga;
            t.custom_setattr = sa;
            t.self_ref = true;
            t.made_at_collection = collections;
        }
        for name in &own_slots {
            let d = self.new_native_descr(DescrKind::Member, name, id);
            self.dict_set_str(dict, name, d);
        }
        for (wanted, name) in [(wants_dict, "__dict__"), (wants_weakref, "__weakref__")] {
            if wanted {
                let d = self.new_native_descr(DescrKind::GetSet, name, id);
                self.dict_set_str(dict, name, d);
            }
        }
        // Every class has its own `__doc__`, None without a docstring (not a base's).
        if self.dict_get_str(dict, "__doc__").is_none() {
            self.dict_set_str(dict, "__doc__", Value::None);
        }
        Ok(id)
    }

    /// C3 linearisation of the bases (without the class itself).
    fn c3_mro(&mut self, bases: &[ObjId], name: &str) -> PyResult<Vec<ObjId>> {
        let mut seqs: Vec<Vec<ObjId>> = bases.iter().map(|&b| self.type_obj(b).mro.to_vec()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            let Some(c) = candidate else {
                let names: Vec<String> = bases.iter().map(|&b| self.type_obj(b).name.to_string()).collect();
                let _ = name;
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            };
            out.push(c);
            for s in &mut seqs {
                if s.first() == Some(&c) {
                    s.remove(0);
                }
            }
        }
    }

    pub fn new_instance(&mut self, class: ObjId) -> Value {
        self.heap.incref(class);
        let (has_dict, nslots, exc) = {
            let t = self.type_obj(class);
            (t.has_dict, t.slots.as_ref().map_or(0, Vec::len), t.layout == Layout::Exception)
        };
        let attrs = if has_dict { Attrs::Inline(Default::default()) } else { Attrs::None };
        let exc = exc.then(|| {
            Box::new(crate::object::ExcData {
                args: Value::None,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
                suggestion: None,
                suggest_attribute: false,
                eg_message: Value::None,
                eg_excs: Value::None,
                fields: Value::None,
            })
        });
        let args = if exc.is_some() { Some(self.new_tuple(Vec::new())) } else { None };
        let extra = (nslots > 0 || exc.is_some()).then(|| {
            Box::new(crate::object::InstanceExtra {
                slots: vec![None; nslots].into_boxed_slice(),
                exc,
                base: None,
            })
        });
        let mut inst = Instance { class, attrs, extra };
        if let (Some(e), Some(a)) = (inst.exc_mut(), args) {
            e.args = a;
        }
        self.alloc(Object::Instance(inst))
    }

    /// The builtin type a class derives its instances' payload from (`list` for
    /// `class Stack(list)`), if any.
    pub fn builtin_base(&self, cls: ObjId) -> Option<ObjId> {
        self.layout_base(cls).filter(|&b| b != cls)
    }

    /// The builtin type whose instances' layout a class's instances have: itself for `int`,
    /// `int` for a subclass of it; `None` for a plain object's.
    pub(crate) fn layout_base(&self, cls: ObjId) -> Option<ObjId> {
        let t = &self.types;
        let bases = [
            t.list,
            t.dict,
            t.tuple,
            t.str_,
            t.int,
            t.float,
            t.set,
            t.frozenset,
            t.bytes,
            t.bytearray,
            t.finalize,
            t.array,
            t.complex,
            t.enumerate,
            t.zip,
            t.map,
            t.filter,
            t.reversed,
            t.property,
            t.weakref,
        ];
        self.type_obj(cls).mro.iter().copied().find(|c| bases.contains(c))
    }

    /// The builtin value behind an instance of a subclass of a builtin type (borrowed), or the
    /// value itself.
    pub fn payload(&self, v: Value) -> Value {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(i)) => i.base().unwrap_or(v),
            _ => v,
        }
    }

    /// Gives an instance its builtin payload (takes the reference).
    pub fn set_payload(&mut self, inst: Value, payload: Value) {
        let old = match inst.as_obj().map(|id| self.heap.get_mut(id)) {
            Some(Object::Instance(i)) => i.base_mut().replace(payload),
            _ => Some(payload),
        };
        if let Some(o) = old {
            self.decref(o);
        }
    }

    pub fn write_out(&mut self, s: &str) {
        let _ = self.io.out.write_all(s.as_bytes());
    }

    /// `write_out` for the script's own writes (`print`, `sys.stdout.write`), which raise
    /// what the system reports: a reader that went away (`| head`) is a `BrokenPipeError`, so
    /// a script printing in a loop stops as under CPython instead of writing on for ever.
    pub fn write_out_checked(&mut self, s: &str) -> std::io::Result<()> {
        self.io.out.write_all(s.as_bytes())
    }

    pub fn flush(&mut self) {
        let _ = self.io.out.flush();
        let _ = self.io.err.flush();
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
