//! What lives in the heap. One enum, one variant a kind of object; the `type` of each is found
//! by `Vm::type_of`. Every variant can list the values it holds (`children`), which is what the
//! reference counting (and the cycle collector after it) walks.

pub mod array;
pub mod code;
pub mod code_bytes;
pub mod dict;
pub mod duplicate;
pub mod exc_kind;
pub mod file;
pub mod frame;
pub mod hash;
pub mod host;
pub mod memview;

pub use file::FileObj;
pub mod set_table;
pub mod slice_bounds;

use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::code::Code;
use crate::object::frame::Frame;
use crate::value::ObjId;
use crate::value::Value;
use dict::Table;
use set_table::SetTable;

pub enum Object {
    Str(PyStr),
    Bytes(Vec<u8>),
    BigInt(BigInt),
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(Table),
    /// `set` and `frozenset`.
    Set {
        table: SetTable,
        frozen: bool,
    },
    Type(Box<TypeObj>),
    Instance(Instance),
    Function(Box<Function>),
    BoundMethod {
        receiver: Value,
        func: Value,
    },
    Builtin(Builtin),
    /// A closure cell; `None` while the variable is unbound.
    Cell(Option<Value>),
    Module {
        name: String,
        dict: ObjId,
    },
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// A range whose bounds or length do not fit 64 bits (`vm/long_range.rs`).
    LongRange(Box<[BigInt; 3]>),
    Iter(Iter),
    Generator(Box<Generator>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        /// For one of CPython's C-level descriptors (a `__slots__` member, a class's `__dict__`
        /// and `__weakref__`, a builtin type's data attribute): what it describes. Such a
        /// descriptor is a property to the attribute machinery, and its own type to scripts.
        native: Option<Box<NativeDescr>>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: ObjId,
        receiver: Value,
    },
    NotImplemented,
    Ellipsis,
    File(Box<FileObj>),
    /// A text file's `buffer` (or a file's `raw`): the file's byte layer as an object of its
    /// own, which reads and writes the same buffers (`modules/io.rs`).
    FileLayer {
        file: ObjId,
        raw: bool,
    },
    Complex {
        re: f64,
        im: f64,
    },
    /// A frame as Python code sees it (`tb.tb_frame`): made when an exception passes through
    /// a frame, it takes the frame's variables over when the frame finishes, so they live as
    /// long as something (a traceback, an inner frame's `f_back`) holds it, as in CPython.
    Frame(Box<FrameObj>),
    /// A traceback object (`exc.__traceback__`, `tb.tb_next`): the levels from one frame
    /// inwards, innermost first as an exception records them, so that its last entry is its
    /// own `tb_frame`/`tb_lineno`. A snapshot, as CPython's chain is immutable: an exception
    /// raised again grows its own record, not a traceback object already handed out. It
    /// holds a reference to each entry's frame.
    Traceback {
        entries: Arc<[TracebackEntry]>,
    },
    /// `function.__code__`: read-only facts about compiled code.
    Code(Arc<Code>),
    ByteArray(Vec<u8>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView {
        dict: ObjId,
        kind: DictIterKind,
    },
    /// `weakref.ref` and `weakref.proxy`: the referent is not counted (the VM keeps, per
    /// referent, the list of weak references to clear when it dies).
    WeakRef(WeakRef),
    /// `weakref.finalize`.
    Finalize(Finalizer),
    /// A function an embedding host registered: its name and index in `Vm::host_functions`.
    /// A `method` binds to the object it is reached through, as a Python function does.
    HostFunction {
        name: Box<str>,
        index: usize,
        method: bool,
    },
    /// `array.array`: items of one machine type, packed (`object/array.rs`).
    Array(array::ArrayObj),
    /// `memoryview` (`object/memview.rs`).
    MemoryView(Box<memview::MemView>),
    /// An instance of a host's Rust type (`None` while one of its methods runs).
    Host {
        class: ObjId,
        value: Option<Box<dyn crate::object::host::HostObject>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakKind {
    Ref,
    Proxy,
    CallableProxy,
}

pub struct WeakRef {
    /// `None` once the referent died.
    pub referent: Option<ObjId>,
    pub callback: Value,
    /// The referent's hash, kept once asked for (it survives the referent, as in CPython).
    pub hash: Option<i64>,
    pub kind: WeakKind,
    /// The instance of a `weakref.ref` subclass this reference is the payload of (uncounted:
    /// the instance holds the payload). Callbacks and `getweakrefs` see it, not the payload.
    pub owner: Option<ObjId>,
}

/// A `weakref.finalize`: `info` is `None` once it ran or was detached (it is then dead). While
/// alive, the VM's registry holds it, so it outlives every reference a script has to it.
pub struct Finalizer {
    pub info: Option<FinalizeInfo>,
}

pub struct FinalizeInfo {
    /// A weak reference to the object, whose callback is this finalizer.
    pub weakref: ObjId,
    pub func: Value,
    /// A tuple.
    pub args: Value,
    /// A dict, or `None`.
    pub kwargs: Value,
    pub atexit: bool,
    /// Creation order: at exit, the newest runs first.
    pub index: u64,
}

/// A `str`. Python indexes strings by code point; `ascii` makes that O(1) for the common case,
/// and `index` (built the first time a non-ASCII string is measured or indexed) keeps it O(1)
/// for the rest, as CPython's fixed-width strings are: a loop over `s[i]` must not rescan `s`.
pub struct PyStr {
    pub s: compact_str::CompactString,
    pub ascii: bool,
    /// The hash once computed, else `NO_HASH` (no string hashes to -1, as in CPython); with
    /// `index` boxed, a string object is no larger than the other common objects.
    hash: std::cell::Cell<i64>,
    index: std::cell::OnceCell<Box<CharIndex>>,
}

const NO_HASH: i64 = -1;

/// Where every `CHAR_STRIDE`-th code point of a non-ASCII string starts, and how many there are.
struct CharIndex {
    chars: usize,
    marks: Vec<usize>,
}

const CHAR_STRIDE: usize = 64;

impl PyStr {
    pub fn new(s: impl Into<compact_str::CompactString>) -> PyStr {
        let s = s.into();
        let ascii = s.is_ascii();
        PyStr { s, ascii, hash: std::cell::Cell::new(NO_HASH), index: std::cell::OnceCell::new() }
    }

    /// Python's `hash(s)`, computed once.
    pub fn hash(&self) -> i64 {
        match self.hash.get() {
            NO_HASH => {
                let h = hash::str_hash(&self.s);
                self.hash.set(h);
                h
            }
            h => h,
        }
    }

    /// A copy of this string object (the text, and what was computed about it but the index).
    pub fn duplicate(&self) -> PyStr {
        PyStr {
            s: self.s.clone(),
            ascii: self.ascii,
            hash: std::cell::Cell::new(self.hash.get()),
            index: std::cell::OnceCell::new(),
        }
    }

    /// Appends in place, for the VM's `s += t` on a string only one variable holds: what was
    /// cached about the old text is updated, not rebuilt.
    pub fn push_str(&mut self, tail: &str) {
        let base = self.s.len();
        self.s.push_str(tail);
        self.ascii &= tail.is_ascii();
        self.hash.set(NO_HASH);
        if self.ascii {
            self.index = std::cell::OnceCell::new();
        } else if let Some(index) = self.index.get_mut() {
            for (byte, _) in tail.char_indices() {
                if index.chars % CHAR_STRIDE == 0 {
                    index.marks.push(base + byte);
                }
                index.chars += 1;
            }
        }
    }

    fn index(&self) -> &CharIndex {
        self.index.get_or_init(|| {
            let mut marks = Vec::new();
            let mut chars = 0;
            for (byte, _) in self.s.char_indices() {
                if chars % CHAR_STRIDE == 0 {
                    marks.push(byte);
                }
                chars += 1;
            }
            Box::new(CharIndex { chars, marks })
        })
    }

    pub fn char_len(&self) -> usize {
        if self.ascii { self.s.len() } else { self.index().chars }
    }

    /// The byte offset of code point `i` (`i` up to `char_len()`, which gives the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.s.len());
        }
        let index = self.index();
        if i >= index.chars {
            return self.s.len();
        }
        let from = index.marks[i / CHAR_STRIDE];
        let skip = i % CHAR_STRIDE;
        self.s[from..].char_indices().nth(skip).map_or(self.s.len(), |(b, _)| from + b)
    }

    /// The code point at index `i`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if i >= self.char_len() {
            return None;
        }
        self.s[self.byte_offset(i)..].chars().next()
    }

    /// The code points `start..end` (clamped to the string).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len());
        let start = start.min(end);
        &self.s[self.byte_offset(start)..self.byte_offset(end)]
    }
}

/// A class: builtin or defined by a script.
/// A class's bases or MRO: a few classes, almost always (`[C, object]`), kept inline so that a
/// class (and the copy of one a new interpreter makes) needs no allocation for them.
pub type ClassList = smallvec::SmallVec<[ObjId; 4]>;

pub struct TypeObj {
    pub name: compact_str::CompactString,
    pub qualname: compact_str::CompactString,
    pub module: compact_str::CompactString,
    pub bases: ClassList,
    /// The C3 linearisation, starting with the class itself.
    pub mro: ClassList,
    /// The class namespace (a dict object).
    pub dict: ObjId,
    /// What instances are made of, inherited from the builtin base.
    pub layout: Layout,
    /// `__slots__` names, if the class (or a base) declares them; instances then have no dict.
    /// In the order CPython releases them: the class's own, sorted, then its bases'.
    pub slots: Option<Vec<String>>,
    pub has_dict: bool,
    /// Set once an instance was made the plain way (`object.__new__`, a Python `__init__` or
    /// none): the `type_epoch` then and the `__init__` (borrowed), valid while no class changes.
    pub plain_construction: Option<(u64, Option<Value>)>,
    /// Whether the class (through its MRO) has `__del__`, with the `type_epoch` it was found
    /// at: asked each time an instance dies.
    pub has_del: Option<(u64, bool)>,
    /// Whether the class (through its MRO) has `__bool__` or `__len__`, with the `type_epoch`
    /// it was found at: an instance of a class with neither is true without a lookup.
    pub has_truth: Option<(u64, bool)>,
    /// The attribute names its instances share, in the order they were first set (interned
    /// strings: immortal, so not counted). See `Attrs`.
    pub keys: Vec<ObjId>,
    /// The class or a base defines `__getattribute__` / `__setattr__` in Python: attribute
    /// access must go through them (decided at creation; see `Vm::hooks_changed`).
    pub custom_getattribute: bool,
    pub custom_setattr: bool,
    /// The class's class, when it is not `type` (`class C(metaclass=Meta)`).
    pub metaclass: Option<ObjId>,
    /// The class holds a reference to itself, as a CPython class does through its `__mro__`
    /// (and its descriptors): a class is always part of a cycle, so it goes only when the
    /// collector finds it, never the moment its last outside reference does.
    pub self_ref: bool,
    /// How many collections had run when the class was made (see `Vm::class_parts`).
    pub made_at_collection: u64,
    /// A class of Reap's library written in Python that stands for a type CPython writes in
    /// C (`datetime.date`, `decimal.Decimal`): messages name it with its module, as they
    /// name C types (its body sets `__reap_c_type__`).
    pub c_named: bool,
}

/// The builtin type whose instances a class's instances are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    /// A builtin type that cannot be subclassed from scripts yet, or whose instances are other
    /// `Object` variants (str, list, ...).
    Builtin,
}

pub struct Instance {
    pub class: ObjId,
    /// The instance's attributes (its `__dict__`), unless the class uses `__slots__` only.
    pub attrs: Attrs,
    /// What only some instances have, kept out of line so that the common instance fits its
    /// slot with its first attributes.
    pub extra: Option<Box<InstanceExtra>>,
}

#[derive(Default)]
pub struct InstanceExtra {
    pub slots: Box<[Option<Value>]>,
    /// Present for instances of exception classes.
    pub exc: Option<Box<ExcData>>,
    /// For a subclass of a builtin container or number (`class Stack(list)`): the builtin
    /// value the instance is, which the builtin type's methods operate on.
    pub base: Option<Value>,
}

impl Instance {
    pub fn exc(&self) -> Option<&ExcData> {
        self.extra.as_ref()?.exc.as_deref()
    }

    pub fn exc_mut(&mut self) -> Option<&mut ExcData> {
        self.extra.as_mut()?.exc.as_deref_mut()
    }

    pub fn slots(&self) -> &[Option<Value>] {
        self.extra.as_ref().map_or(&[], |e| &e.slots)
    }

    pub fn slots_mut(&mut self) -> &mut [Option<Value>] {
        match &mut self.extra {
            Some(e) => &mut e.slots,
            None => &mut [],
        }
    }

    pub fn base(&self) -> Option<Value> {
        self.extra.as_ref()?.base
    }

    pub fn base_mut(&mut self) -> &mut Option<Value> {
        &mut self.extra.get_or_insert_with(Box::default).base
    }
}

/// Where an instance keeps its attributes. The instances of a class mostly set the same names
/// in the same order, so, as CPython 3.11 does, the class keeps the names once
/// (`TypeObj::keys`) and each instance only its values, in that order: no dict per instance.
/// An instance that breaks the pattern, or whose `__dict__` a script asks for, gets a dict
/// (see `vm/instance.rs`).
pub enum Attrs {
    /// `__slots__` without `__dict__`.
    None,
    /// By position in the class's keys; `None` where this instance lacks the name. The values
    /// present are in the order they were set, which is the `__dict__` order. The first names
    /// of a class fit in the instance itself.
    Inline([Option<Value>; INLINE_ATTRS]),
    Values(Box<[Option<Value>]>),
    Dict(ObjId),
}

/// How many attribute values an instance holds without an allocation of their own: enough for
/// most small objects (a point, a node), which makes `Instance` the largest common kind of
/// object and so sets the size of every heap slot.
pub const INLINE_ATTRS: usize = 3;

impl Attrs {
    pub fn values(&self) -> Option<&[Option<Value>]> {
        match self {
            Attrs::Inline(values) => Some(values),
            Attrs::Values(values) => Some(values),
            Attrs::None | Attrs::Dict(_) => None,
        }
    }

    pub fn values_mut(&mut self) -> Option<&mut [Option<Value>]> {
        match self {
            Attrs::Inline(values) => Some(values),
            Attrs::Values(values) => Some(values),
            Attrs::None | Attrs::Dict(_) => None,
        }
    }

    /// Whether the value at position `p` may be set in place: it replaces a value there, or
    /// it is new and no name later in the class's order is set (which would break the
    /// `__dict__` order).
    pub fn settable_in_place(values: &[Option<Value>], p: usize) -> bool {
        p < values.len() && (values[p].is_some() || values[p + 1..].iter().all(Option::is_none))
    }

    /// Each value held, in `__dict__` order (the dict itself, for a dict).
    pub fn each(&self, mut f: impl FnMut(Value)) {
        match self {
            Attrs::Dict(d) => f(Value::Obj(*d)),
            _ => self.values().unwrap_or_default().iter().flatten().for_each(|&v| f(v)),
        }
    }
}

pub struct ExcData {
    /// A tuple.
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// "Did you mean" for a `NameError`, worked out where it was raised (from the frame's
    /// names, gone by the time it prints).
    pub suggestion: Option<String>,
    /// An `AttributeError` a failed lookup raised: printed, it suggests the closest of its
    /// `obj`'s names to its `name` ("Did you mean"), worked out then, not when raised.
    pub suggest_attribute: bool,
    /// An exception group's message (a str) and exceptions (a tuple); `None` for the others.
    pub eg_message: Value,
    pub eg_excs: Value,
    /// The fields a subclass declares at C level in CPython (`OSError.errno`, `SyntaxError.msg`,
    /// `StopIteration.value`...), and Reap's own notes on the exception (`__reap_str__`): a dict,
    /// or None until one is set. Kept out of the instance's `__dict__`, as CPython's members are.
    pub fields: Value,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Arc<Code>,
    pub ip: usize,
    /// The frame object (counted): a traceback keeps its frames, and so their variables, alive.
    pub frame: Option<ObjId>,
}

pub struct Function {
    pub code: Arc<Code>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    /// The module's globals dict.
    pub globals: ObjId,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults, by parameter name (a dict object), if any.
    pub kwdefaults: Option<ObjId>,
    /// Cells of the enclosing scopes this function uses.
    pub closure: Vec<ObjId>,
    /// The function's `__dict__`, made on first use.
    pub dict: Option<ObjId>,
    /// `__annotations__`, a dict.
    pub annotations: Option<ObjId>,
    pub doc: Value,
    pub module: Value,
}

/// Which Rust function a builtin runs: an index into the VM's table of natives
/// (`vm/native.rs`). The object layer holds the index, not the function pointer, because the
/// pointer's type names the VM, which sits above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NativeId(pub u32);

/// A function implemented in Rust. Keyword arguments arrive as (name, value) pairs.
impl Object {
    /// A property of the given getter and setter (None for none), without deleter or doc.
    pub fn property(fget: Value, fset: Value) -> Object {
        Object::Property { fget, fset, fdel: Value::None, doc: Value::None, native: None }
    }
}

/// What a C-level descriptor (`Object::Property::native`) describes.
#[derive(Clone)]
pub struct NativeDescr {
    pub kind: DescrKind,
    pub name: compact_str::CompactString,
    /// The class it belongs to (None for a builtin type's attribute, named by `owner_name`).
    pub owner: Value,
    pub owner_name: compact_str::CompactString,
    /// A view of an attribute the objects answer natively (a function's `__name__`, an
    /// exception's `args`): in the class for `dir()` and for reads on the class, while
    /// reading and writing through an object go on as if it were not there.
    pub view: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DescrKind {
    /// `getset_descriptor`: computed attributes (`__dict__`, `__weakref__`, `int.real`).
    GetSet,
    /// `member_descriptor`: a `__slots__` entry.
    Member,
}

#[derive(Clone)]
pub struct Builtin {
    pub name: &'static str,
    pub native: NativeId,
    /// Bound to an object (a method of a module or of a value), passed first.
    pub receiver: Option<Value>,
    /// For a method of a runtime type (`list.append`), that type: an unbound call must pass an
    /// instance of it first (`Vm::check_method_receiver`).
    pub owner: Option<ObjId>,
}

pub enum Iter {
    /// Over a list or tuple (re-reading the sequence each step, as CPython does).
    /// `kind` names the iterator's type (`list_iterator`, `set_iterator`, ...).
    Seq {
        seq: ObjId,
        index: usize,
        kind: &'static str,
    },
    Str {
        s: ObjId,
        byte: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
        /// Where it began, for `__reduce__` and `__setstate__`, which count from there.
        start: i64,
    },
    Dict {
        dict: ObjId,
        pos: usize,
        kind: DictIterKind,
        len: usize,
    },
    /// Over a set or frozenset's slots; `len` is the size it started with (`usize::MAX` once a
    /// change of size was reported).
    Set {
        set: ObjId,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: inputs of unequal lengths are a ValueError once the first
        /// one ends.
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: ObjId,
        index: usize,
    },
    /// Over an object with only `__getitem__` (the old sequence protocol): `seq[index]`
    /// until IndexError or StopIteration; `seq` is None once exhausted (let go, as CPython's).
    GetItem {
        seq: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// What a coroutine's `__await__` returns: iterating it runs the coroutine.
    Await {
        coro: ObjId,
    },
    /// An async generator's `asend`/`athrow`/`aclose` awaitable (`types/async_gen.rs`).
    AsyncGenOp {
        agen: ObjId,
        op: AgOp,
        /// The value to send first, or the exception to throw.
        arg: Value,
        started: bool,
        done: bool,
    },
    /// A value an async generator's frame yields (not one an `await` in it passes up).
    AsyncGenValue {
        value: Value,
    },
    Exhausted,
}

/// Which method of an async generator made an awaitable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgOp {
    Send,
    Throw,
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct FrameObj {
    /// Known once the frame is seen from inside (a traceback entry) or finishes.
    pub code: Option<Arc<Code>>,
    /// The instruction last run: the line `f_lineno` reports.
    pub ip: usize,
    pub globals: Option<ObjId>,
    /// The namespace of a module or class body; for a function's frame, the dict `locals()`
    /// and `f_locals` give (CPython's `f_locals`), once asked for.
    pub namespace: Option<ObjId>,
    /// The fast variables, then the cells, once the frame finished (empty while it runs).
    pub locals: Vec<Option<Value>>,
    /// The caller's frame, linked when the frame finished.
    pub back: Option<ObjId>,
    /// The generator whose frame this is, while it has one (not a reference: checked live
    /// before use), where a suspended generator's `f_locals` finds its variables.
    pub generator: Option<ObjId>,
}

/// What a suspended frame object is to Python: made by a generator function, an `async def`
/// or an `async def` with `yield`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The name of the kind's type.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

pub struct Generator {
    pub kind: GenKind,
    /// `None` while the generator runs (its frame is on the VM's stack then).
    pub frame: Option<Box<Frame>>,
    /// The frame's code, also while it runs (`f_code` of a running generator's frame).
    pub code: Arc<Code>,
    /// The function's `__name__` and `__qualname__`, shared with it.
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub started: bool,
    pub finished: bool,
    /// The exceptions the frame's `except` bodies were handling when it last yielded: off
    /// `Vm::handled` while it is suspended, so that its caller does not see them.
    pub handled: Vec<ObjId>,
    /// An async generator's: the `sys.set_asyncgen_hooks` finalizer in force when it was
    /// first iterated (a reference), called instead of closing it when it dies suspended.
    pub finalizer: Option<ObjId>,
    /// Whether the hooks were consulted (at the first `__anext__`, `asend`, `athrow`, `aclose`).
    pub hooks_inited: bool,
}

impl Generator {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn qualname(&self) -> &str {
        &self.qualname
    }
}

impl Object {
    /// Whether the object can hold references, so the cycle collector tracks it. Atoms cannot.
    pub fn is_container(&self) -> bool {
        match self {
            Object::Tuple(t) => return !t.is_empty(),
            // An unbound builtin refers to nothing (and there are thousands of them).
            Object::Builtin(b) => return b.receiver.is_some(),
            _ => {}
        }
        !matches!(
            self,
            Object::Str(_)
                | Object::Bytes(_)
                | Object::BigInt(_)
                | Object::Range { .. }
                | Object::LongRange(_)
                | Object::NotImplemented
                | Object::Ellipsis
                | Object::File(_)
                | Object::Complex { .. }
                | Object::Code(_)
                | Object::ByteArray(_)
                | Object::Array(_)
                | Object::HostFunction { .. }
        )
    }

    /// Drops the references the object holds, as CPython's `tp_clear` does to break a garbage
    /// cycle; the caller releases them. Whatever is left must still be a valid object.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        match self {
            Object::Tuple(v) | Object::List(v) => out.extend(std::mem::take(v).into_iter().rev()),
            Object::Dict(t) => {
                std::mem::take(t).iter().for_each(|(_, e)| out.extend([e.key, e.value]));
            }
            Object::Set { table, .. } => out.extend(std::mem::take(table).entries().map(|(_, k)| k)),
            // Breaking the class's cycle with itself is enough: it is freed, and with it its
            // namespace and bases.
            Object::Type(t) if t.self_ref => {
                t.self_ref = false;
                out.extend(t.mro.first().map(|&me| Value::Obj(me)));
            }
            Object::Instance(i) => {
                out.extend(i.slots_mut().iter_mut().filter_map(Option::take));
                std::mem::replace(&mut i.attrs, Attrs::Inline(Default::default())).each(|v| out.push(v));
                if let Some(e) = i.exc_mut() {
                    for v in [
                        &mut e.args,
                        &mut e.cause,
                        &mut e.context,
                        &mut e.eg_message,
                        &mut e.eg_excs,
                        &mut e.fields,
                    ] {
                        out.push(std::mem::replace(v, Value::None));
                    }
                    e.traceback.iter_mut().for_each(|t| out.extend(t.frame.take().map(Value::Obj)));
                }
                out.extend(i.extra.as_mut().and_then(|e| e.base.take()));
            }
            // CPython's `func_clear` order (see `children`).
            Object::Function(f) => {
                out.push(std::mem::replace(&mut f.module, Value::None));
                out.extend(f.defaults.drain(..).rev());
                out.extend(f.kwdefaults.take().map(Value::Obj));
                out.push(std::mem::replace(&mut f.doc, Value::None));
                out.extend(f.dict.take().map(Value::Obj));
                out.extend(f.closure.drain(..).rev().map(Value::Obj));
                out.extend(f.annotations.take().map(Value::Obj));
            }
            Object::Cell(v) => out.extend(v.take()),
            // CPython's `frame_tp_clear` drops the variables; the links stay.
            Object::Frame(f) => {
                out.extend(f.locals.drain(..).flatten());
                out.extend(f.namespace.take().map(Value::Obj));
            }
            Object::Builtin(b) => out.extend(b.receiver.take()),
            Object::Iter(it) => {
                std::mem::replace(it, Iter::Exhausted).children(out);
            }
            Object::Generator(g) => {
                if let Some(f) = g.frame.take() {
                    f.children(out);
                    g.finished = true;
                }
                out.extend(g.handled.drain(..).map(Value::Obj));
                out.extend(g.finalizer.take().map(Value::Obj));
            }
            Object::Property { fget, fset, fdel, doc, native } => {
                for v in [fget, fset, fdel, doc] {
                    out.push(std::mem::replace(v, Value::None));
                }
                if let Some(d) = native {
                    out.push(std::mem::replace(&mut d.owner, Value::None));
                }
            }
            Object::StaticMethod(v) | Object::ClassMethod(v) => out.push(std::mem::replace(v, Value::None)),
            Object::WeakRef(w) => out.push(std::mem::replace(&mut w.callback, Value::None)),
            Object::Host { value: Some(v), .. } => {
                let mut kept = Vec::new();
                v.clear(&mut kept);
                out.extend(kept.into_iter().map(crate::object::host::Keep::into_value));
            }
            Object::Finalize(f) => {
                if let Some(info) = f.info.take() {
                    out.extend([Value::Obj(info.weakref), info.func, info.args, info.kwargs]);
                }
            }
            // What remains holds ids that must stay valid (a bound method's parts, a module's
            // dict, a view's dict); each cycle through them also runs through a clearable object.
            _ => {}
        }
    }

    /// Calls `f` with every object the object refers to, in `children`'s order, without
    /// building a list (the collector's hot loop).
    #[inline]
    pub fn visit_refs(&self, mut f: impl FnMut(ObjId)) {
        let mut g = |v: &Value| {
            if let Value::Obj(id) = *v {
                f(id);
            }
        };
        match self {
            Object::Tuple(v) | Object::List(v) => v.iter().rev().for_each(g),
            Object::Dict(t) => t.iter().for_each(|(_, e)| {
                g(&e.key);
                g(&e.value);
            }),
            Object::Instance(i) => {
                i.slots().iter().flatten().for_each(&mut g);
                i.attrs.each(|v| g(&v));
                if let Some(e) = i.exc() {
                    [e.args, e.cause, e.context, e.eg_message, e.eg_excs, e.fields].iter().for_each(&mut g);
                    e.traceback.iter().filter_map(|t| t.frame).for_each(|f| g(&Value::Obj(f)));
                }
                if let Some(b) = &i.base() {
                    g(b);
                }
                g(&Value::Obj(i.class));
            }
            _ => {
                let mut out = Vec::new();
                self.children(&mut out);
                out.iter().for_each(g);
            }
        }
    }

    /// Every value the object holds a reference to, for reference counting and the collector.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            Object::Str(_) | Object::Bytes(_) | Object::BigInt(_) | Object::Range { .. } => {}
            Object::LongRange(_) => {}
            Object::NotImplemented | Object::Ellipsis | Object::File(_) | Object::Complex { .. } => {}
            Object::HostFunction { .. } => {}
            Object::Host { class, value } => {
                out.push(Value::Obj(*class));
                if let Some(v) = value {
                    v.trace(&mut |k| out.push(k.value()));
                }
            }
            Object::DictView { dict, .. } => out.push(Value::Obj(*dict)),
            Object::FileLayer { file, .. } => out.push(Value::Obj(*file)),
            Object::MemoryView(m) => out.extend(m.obj.map(Value::Obj)),
            // Innermost first, as CPython frees a chain (`tb_next` before `tb_frame`).
            Object::Traceback { entries } => {
                out.extend(entries.iter().filter_map(|e| e.frame.map(Value::Obj)))
            }
            // As `frame_dealloc`: the namespace and variables in order, then the caller's frame.
            Object::Frame(f) => {
                out.extend(f.namespace.map(Value::Obj));
                out.extend(f.locals.iter().flatten());
                out.extend(f.back.map(Value::Obj));
                out.extend(f.globals.map(Value::Obj));
            }
            Object::Code(_) | Object::ByteArray(_) | Object::Array(_) => {}
            // Last to first, as CPython's traversal (and deallocation) of a list or tuple.
            Object::Tuple(v) | Object::List(v) => out.extend(v.iter().rev()),
            Object::Dict(t) => t.iter().for_each(|(_, e)| out.extend([e.key, e.value])),
            Object::Set { table, .. } => out.extend(table.entries().map(|(_, k)| k)),
            Object::Type(t) => {
                out.extend(t.bases.iter().map(|&b| Value::Obj(b)));
                out.extend(t.mro.iter().skip(1).map(|&b| Value::Obj(b)));
                out.push(Value::Obj(t.dict));
                out.extend(t.metaclass.map(Value::Obj));
                if t.self_ref {
                    out.extend(t.mro.first().map(|&me| Value::Obj(me)));
                }
            }
            // CPython's order of freeing: slots, attributes, the builtin base's fields, and the
            // class last.
            Object::Instance(i) => {
                out.extend(i.slots().iter().flatten());
                i.attrs.each(|v| out.push(v));
                if let Some(e) = i.exc() {
                    out.extend([e.args, e.cause, e.context, e.eg_message, e.eg_excs, e.fields]);
                    // Innermost first, as CPython frees a traceback chain (`tb_next` before
                    // `tb_frame`).
                    e.traceback.iter().for_each(|t| out.extend(t.frame.map(Value::Obj)));
                }
                out.extend(i.base());
                out.push(Value::Obj(i.class));
            }
            // CPython's order of freeing (and traversal): globals, module, the defaults and the
            // closure (tuples there, hence last to first), the rest in between.
            Object::Function(f) => {
                out.extend([Value::Obj(f.globals), f.module]);
                out.extend(f.defaults.iter().rev());
                out.extend(f.kwdefaults.map(Value::Obj));
                out.push(f.doc);
                out.extend(f.dict.map(Value::Obj));
                out.extend(f.closure.iter().rev().map(|&c| Value::Obj(c)));
                out.extend(f.annotations.map(Value::Obj));
            }
            Object::BoundMethod { receiver, func } => out.extend([*receiver, *func]),
            Object::Builtin(b) => out.extend(b.receiver),
            Object::Cell(v) => out.extend(*v),
            Object::Module { dict, .. } => out.push(Value::Obj(*dict)),
            Object::Slice { start, stop, step } => out.extend([*start, *stop, *step]),
            Object::Iter(it) => it.children(out),
            Object::Generator(g) => {
                if let Some(f) = &g.frame {
                    f.children(out);
                }
                out.extend(g.handled.iter().map(|&e| Value::Obj(e)));
                out.extend(g.finalizer.map(Value::Obj));
            }
            Object::Property { fget, fset, fdel, doc, native } => {
                out.extend([*fget, *fset, *fdel, *doc]);
                out.extend(native.as_ref().map(|d| d.owner));
            }
            Object::StaticMethod(v) | Object::ClassMethod(v) => out.push(*v),
            Object::Super { class, receiver } => out.extend([Value::Obj(*class), *receiver]),
            Object::WeakRef(w) => out.push(w.callback),
            Object::Finalize(f) => {
                if let Some(info) = &f.info {
                    out.extend([Value::Obj(info.weakref), info.func, info.args, info.kwargs]);
                }
            }
        }
    }
}

impl Iter {
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => out.push(Value::Obj(*seq)),
            Iter::Str { s, .. } => out.push(Value::Obj(*s)),
            Iter::Dict { dict, .. } => out.push(Value::Obj(*dict)),
            Iter::Set { set, .. } => out.push(Value::Obj(*set)),
            Iter::Enumerate { inner, count } => out.extend([*inner, *count]),
            // CPython keeps the iterators in a tuple, freed (and traversed) last to first, and
            // map's function after them.
            Iter::Zip { inners, .. } => out.extend(inners.iter().rev()),
            Iter::Map { func, inners } => {
                out.extend(inners.iter().rev());
                out.push(*func);
            }
            Iter::Filter { func, inner } => out.extend([*func, *inner]),
            Iter::Callable { func, sentinel } => out.extend([*func, *sentinel]),
            Iter::GetItem { seq, .. } => out.push(*seq),
            Iter::Await { coro } => out.push(Value::Obj(*coro)),
            Iter::AsyncGenOp { agen, arg, .. } => out.extend([Value::Obj(*agen), *arg]),
            Iter::AsyncGenValue { value } => out.push(*value),
            Iter::Range { .. } | Iter::Exhausted => {}
        }
    }
}

/// How an object's identity prints in a repr (`<... at 0x...>`): CPython shows an address.
pub fn address(id: ObjId) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64 + id.index() as u64 * 48)
}
