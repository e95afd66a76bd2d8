//! The table of Rust functions scripts can call. A builtin object (`object::Builtin`) names
//! its function by `NativeId`; the table here turns the id back into the pointer. Registering
//! the same function again gives the same id, so making builtins at run time (bound methods,
//! module attributes) never grows the table.

use std::sync::Arc;

use crate::object::NativeId;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// A function implemented in Rust: the VM, positional arguments, keyword (name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(ObjId, Value)]) -> PyResult<Value>;

#[derive(Default, Clone)]
pub struct Natives {
    funcs: Vec<NativeFn>,
    /// What each native refuses before it runs (most methods of the builtin types take no
    /// keywords; some take no arguments at all), by id.
    shapes: Vec<ArgShape>,
    /// Shared by the interpreters copied from one (`vm/image.rs`) until one registers a
    /// function the others lack: the map is larger than the rest of a copy's tables.
    ids: Arc<hashbrown::HashMap<usize, NativeId>>,
    /// The natives the VM recognises when it meets them, by id (set by `types/`).
    pub known: KnownNatives,
}

/// Builtins whose presence changes what the VM does: a metaclass whose `__call__` is still
/// `type.__call__`, a class whose `__init__` or `__new__` is still `object`'s.
#[derive(Default, Clone, Copy)]
pub struct KnownNatives {
    pub type_call: Option<NativeId>,
    pub object_init: Option<NativeId>,
    pub object_new: Option<NativeId>,
    /// The builtin `len`, which `len(list)` and its kind skip the call machinery for.
    pub len: Option<NativeId>,
    pub isinstance: Option<NativeId>,
    /// The builtin `next`, which resumes a generator in the loop (`loop_resume`).
    pub next: Option<NativeId>,
    /// The builtin `__import__`, which `import` statements skip calling while the builtins
    /// still hold it.
    pub import: Option<NativeId>,
}

impl Natives {
    pub fn register(&mut self, func: NativeFn) -> NativeId {
        let key = func as usize;
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = NativeId(self.funcs.len() as u32);
        self.funcs.push(func);
        Arc::make_mut(&mut self.ids).insert(key, id);
        id
    }

    #[inline]
    pub fn get(&self, id: NativeId) -> NativeFn {
        self.funcs[id.0 as usize]
    }

    /// What the native accepts, as far as the caller checks it.
    #[inline]
    pub fn shape(&self, id: NativeId) -> ArgShape {
        self.shapes.get(id.0 as usize).copied().unwrap_or(ArgShape::Any)
    }

    pub(crate) fn set_shape(&mut self, id: NativeId, shape: ArgShape) {
        let at = id.0 as usize;
        if self.shapes.len() <= at {
            self.shapes.resize(at + 1, ArgShape::Any);
        }
        self.shapes[at] = shape;
    }
}

/// The arguments a builtin method takes, checked by the call before the native runs, with
/// CPython's messages (its METH_NOARGS and positional-only methods).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgShape {
    /// The native checks for itself.
    Any,
    /// By position only: "str.strip() takes no keyword arguments".
    NoKeywords,
    /// A module's function by position only: "math.sqrt() takes no keyword arguments" (the
    /// builtins and CPython's old-style functions are named bare: "log()").
    FunctionNoKeywords,
    /// A module's function that refuses keywords if CPython's text signature gives it no
    /// parameter a keyword can name: looked up the first time it is passed one, so that
    /// registering a module reads no table (start-up registers `sys`).
    BySignature,
    /// Nothing besides the receiver: "str.upper() takes no arguments (1 given)".
    NoArguments,
    /// One argument: "str.join() takes exactly one argument (0 given)".
    ExactlyOne,
}

impl Vm {
    /// Marks the methods in a builtin type's namespace as taking no keyword arguments, except
    /// those named in `keywords` (and the dunders, whose natives check for themselves); of
    /// those, the ones in the lists of `no_arguments` take none at all and the ones in `one`
    /// exactly one.
    pub fn method_shapes(&mut self, ty: ObjId, keywords: &[&str], no_arguments: &[&[&str]], one: &[&str]) {
        let dict = self.type_obj(ty).dict;
        let found: Vec<(crate::object::NativeId, ArgShape)> = match self.heap.get(dict) {
            crate::object::Object::Dict(t) => t
                .iter()
                .filter_map(|(_, e)| match e.value.as_obj().map(|id| self.heap.get(id)) {
                    Some(crate::object::Object::Builtin(b)) => {
                        let short = b.name.rsplit('.').next().unwrap_or(b.name);
                        let shape = if no_arguments.iter().any(|names| names.contains(&short)) {
                            ArgShape::NoArguments
                        } else if one.contains(&short) {
                            ArgShape::ExactlyOne
                        } else {
                            ArgShape::NoKeywords
                        };
                        (!short.starts_with("__") && !keywords.contains(&short)).then_some((b.native, shape))
                    }
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for (id, shape) in found {
            self.natives.set_shape(id, shape);
        }
    }

    /// Marks the builtin functions in a native module's namespace to refuse keywords as
    /// CPython's positional-only functions do, if CPython's signature gives them no parameter
    /// a keyword can name (`math.sqrt`; `ArgShape::BySignature`, decided at the first keyword);
    /// the others check their keywords themselves. Those named in `refuse` (`"*"`: all of
    /// them) refuse keywords whatever their signature: CPython's METH_NOARGS and METH_VARARGS
    /// functions have none (`time.time`, `math.log`).
    pub fn function_shapes(&mut self, dict: ObjId, refuse: &[&str]) {
        let every = refuse.contains(&"*");
        let found: Vec<(crate::object::NativeId, ArgShape)> = match self.heap.get(dict) {
            crate::object::Object::Dict(t) => t
                .iter()
                .filter_map(|(_, e)| match e.value.as_obj().map(|id| self.heap.get(id)) {
                    Some(crate::object::Object::Builtin(b)) if b.receiver.is_none() => {
                        let refused = every || refuse.contains(&b.name);
                        Some((
                            b.native,
                            if refused { ArgShape::FunctionNoKeywords } else { ArgShape::BySignature },
                        ))
                    }
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for (id, shape) in found {
            if self.natives.shape(id) == ArgShape::Any {
                self.natives.set_shape(id, shape);
            }
        }
    }

    /// `ArgShape::BySignature` decided for `native` (named `name`): whether it refuses
    /// keywords, remembered as its shape.
    pub(crate) fn refuses_keywords_by_signature(
        &mut self,
        native: crate::object::NativeId,
        name: &str,
    ) -> bool {
        let refuses = super::text_signatures::text_signature(name).is_some_and(|sig| !takes_keywords(sig));
        self.natives.set_shape(native, if refuses { ArgShape::FunctionNoKeywords } else { ArgShape::Any });
        refuses
    }

    /// Records a runtime type (a builtin type, or a class of a native module) as the owner of
    /// the builtins found directly in its namespace: its methods, which check their receiver
    /// (`Builtin::owner`). A builtin found in two types' namespaces is left to check its
    /// receiver itself. Classes of scripts are never marked: a builtin function stored in one
    /// (`class A: f = len`) stays a plain function.
    pub fn mark_methods_of(&mut self, ty: ObjId) {
        let dict = self.type_obj(ty).dict;
        let object = self.types.object;
        self.mark_builtins_in(dict, |owner| match owner {
            None => Some(ty),
            Some(t) if t == ty => Some(t),
            Some(_) => Some(object),
        });
    }

    /// Marks the methods of every type that exists now (the builtin types, once made), and
    /// `object`'s extras as `object`'s.
    pub fn mark_all_type_methods(&mut self) {
        let types: Vec<ObjId> = self
            .heap
            .live()
            .filter(|(_, _, o)| matches!(o, crate::object::Object::Type(_)))
            .map(|(id, _, _)| id)
            .collect();
        for t in types {
            self.mark_methods_of(t);
        }
        let object = self.types.object;
        self.mark_builtins_in(self.object_extras, |_| Some(object));
    }

    /// Sets the owner of each unbound builtin directly in `dict` to what `owner` makes of the
    /// one it has.
    fn mark_builtins_in(&mut self, dict: ObjId, owner: impl Fn(Option<ObjId>) -> Option<ObjId>) {
        // A builtin classmethod's function too: its `__objclass__` is the type.
        // And a builtin `__new__` (a static method): it checks the class it is given.
        let inner = |heap: &crate::heap::Heap, id: ObjId| match heap.get(id) {
            crate::object::Object::ClassMethod(f) => f.as_obj().unwrap_or(id),
            crate::object::Object::StaticMethod(Value::Obj(f)) if matches!(heap.get(*f), crate::object::Object::Builtin(b) if b.name.ends_with(".__new__")) => {
                *f
            }
            _ => id,
        };
        let values: Vec<ObjId> = match self.heap.get(dict) {
            crate::object::Object::Dict(t) => {
                t.iter().filter_map(|(_, e)| e.value.as_obj()).map(|id| inner(&self.heap, id)).collect()
            }
            _ => Vec::new(),
        };
        for id in values {
            if let crate::object::Object::Builtin(b) = self.heap.get_mut(id)
                && b.receiver.is_none()
            {
                b.owner = owner(b.owner);
            }
        }
    }

    /// Checks the receiver of a method of a runtime type called with its receiver among the
    /// arguments (`list.append(l, x)`, or `l.append(x)` through the method cache): there must
    /// be one, and it must be an instance of the method's type, as CPython's method
    /// descriptors and slot wrappers check.
    #[inline]
    pub fn check_method_receiver(&mut self, owner: ObjId, name: &str, args: &[Value]) -> PyResult<()> {
        let Some(&first) = args.first() else {
            return Err(self.unbound_without_receiver(owner, name));
        };
        if name.ends_with(".__new__") {
            return self.check_new_receiver(owner, first);
        }
        let t = self.type_of(first);
        if t == owner || owner == self.types.object || self.is_subtype(t, owner) {
            return Ok(());
        }
        Err(self.wrong_receiver(owner, name, first))
    }

    /// `X.__new__(Y, ...)`: Y must be X or a subclass of it, as CPython's `tp_new` wrapper
    /// checks.
    fn check_new_receiver(&mut self, owner: ObjId, first: Value) -> PyResult<()> {
        let class = first.as_obj().filter(|&id| matches!(self.heap.get(id), crate::object::Object::Type(_)));
        let x = self.class_tp_name(owner);
        let msg = match class {
            Some(c) if owner == self.types.object || self.is_subtype(c, owner) => return Ok(()),
            Some(c) => {
                let y = self.class_tp_name(c);
                format!("{x}.__new__({y}): {y} is not a subtype of {x}")
            }
            None => format!("{x}.__new__(X): X is not a type object ({})", self.type_name(first)),
        };
        Err(self.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg))
    }

    fn wrong_receiver(&mut self, owner: ObjId, name: &str, first: Value) -> ObjId {
        let short = name.rsplit('.').next().unwrap_or(name);
        let owner = self.class_tp_name(owner);
        let got = self.type_name(first);
        let msg = if is_slot_wrapper_of(&owner, short) {
            format!("descriptor '{short}' requires a '{owner}' object but received a '{got}'")
        } else {
            format!("descriptor '{short}' for '{owner}' objects doesn't apply to a '{got}' object")
        };
        self.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg)
    }

    /// The TypeError for a method of a runtime type called through its class with no receiver,
    /// worded as CPython words it for the kind of descriptor it would be.
    fn unbound_without_receiver(&mut self, owner: ObjId, name: &str) -> ObjId {
        let short = name.rsplit('.').next().unwrap_or(name);
        // (CPython names the type without its module here: "unbound method array.append()".)
        let owner = self.type_obj(owner).name.to_string();
        let msg = if short == "__new__" {
            format!("{owner}.__new__(): not enough arguments")
        } else if is_slot_wrapper_of(&owner, short) {
            format!("descriptor '{short}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{short}() needs an argument")
        };
        self.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg)
    }
}

/// A class of the runtime's own, `module.name` (as a native module's, or the import
/// system's), with these methods and read-only attributes, which check their receiver; its
/// instances laid out as `layout`. A new reference (`None` if the class could not be made).
pub fn runtime_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    methods: &[(&'static str, NativeFn)],
    attrs: &[(&'static str, NativeFn)],
    layout: crate::object::Layout,
) -> Option<ObjId> {
    let ns = vm.new_dict();
    for &(qual, f) in methods {
        def(vm, ns, qual, f);
    }
    for &(qual, f) in attrs {
        def_attr(vm, ns, qual, f);
    }
    let m = vm.new_str(module);
    vm.dict_set_str(ns, "__module__", m);
    let cls = match vm.make_type(name, vec![vm.types.object], ns) {
        Ok(c) => c,
        Err(e) => {
            vm.decref_id(e);
            return None;
        }
    };
    if let crate::object::Object::Type(t) = vm.heap.get_mut(cls) {
        t.module = module.into();
        t.layout = layout;
    }
    vm.mark_methods_of(cls);
    Some(cls)
}

/// Puts a native function into a namespace dict.
pub fn def(vm: &mut Vm, dict: ObjId, name: &'static str, func: NativeFn) {
    let short = name.rsplit('.').next().unwrap_or(name);
    let f = vm.new_builtin(name, func, None);
    vm.dict_set_str(dict, short, f);
}

/// Puts natives into a namespace dict under keys of their own, each named as the method it
/// becomes in a class written in Python (`("chain", "chain.__next__", f)`: the class body
/// imports it as its `__next__`).
pub fn def_methods(vm: &mut Vm, dict: ObjId, entries: &[(&str, &'static str, NativeFn)]) {
    for &(key, name, func) in entries {
        let f = vm.new_builtin(name, func, None);
        vm.dict_set_str(dict, key, f);
    }
}

/// Defines a builtin function that refuses keyword arguments, as CPython's positional-only
/// builtins do (`len(obj=1)`: "len() takes no keyword arguments"); the call checks it.
pub fn def_no_keywords(vm: &mut Vm, dict: ObjId, name: &'static str, func: NativeFn) {
    def(vm, dict, name, func);
    let id = vm.natives.register(func);
    vm.natives.set_shape(id, ArgShape::NoKeywords);
}

/// Puts a read-only data attribute of a builtin type into its dict (CPython's getset and
/// member descriptors, `int.real`): a property whose getter is `get`, so that the attribute is
/// found as methods are, is listed by `dir`, and reads on the class give the descriptor, which
/// scripts see as CPython's (`<attribute 'real' of 'int' objects>`).
pub fn def_attr(vm: &mut Vm, dict: ObjId, name: &'static str, get: NativeFn) {
    use crate::object::{DescrKind, NativeDescr};
    let (owner_name, short) = name.rsplit_once('.').unwrap_or(("", name));
    let fget = vm.new_builtin(name, get, None);
    // The attributes CPython declares as struct members rather than computed ones.
    const MEMBERS: &[&str] = &[
        "complex.real",
        "complex.imag",
        "range.start",
        "range.stop",
        "range.step",
        "slice.start",
        "slice.stop",
        "slice.step",
        "super.__thisclass__",
        "super.__self__",
        "super.__self_class__",
        "staticmethod.__func__",
        "classmethod.__func__",
        "staticmethod.__wrapped__",
        "classmethod.__wrapped__",
        "type.__mro__",
        "type.__base__",
        "type.__basicsize__",
        "type.__itemsize__",
        "type.__flags__",
        "type.__weakrefoffset__",
        "type.__dictoffset__",
    ];
    let code_member = name.starts_with("code.co_") && !name.ends_with("vars");
    let kind = if MEMBERS.contains(&name) || code_member { DescrKind::Member } else { DescrKind::GetSet };
    let native = Some(Box::new(NativeDescr {
        kind,
        name: short.into(),
        owner: Value::None,
        owner_name: owner_name.into(),
        view: false,
    }));
    let p = vm.alloc(crate::object::Object::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        native,
    });
    vm.dict_set_str(dict, short, p);
}

/// Lists attribute `name` of builtin class `owner`'s objects, which they answer natively, in
/// the class: a `getset_descriptor` for `dir()` and for reads on the class (see
/// `NativeDescr::view`). Names the class has already are left as they are.
pub fn def_view(vm: &mut Vm, owner: ObjId, name: &str) {
    def_view_as(vm, owner, name, crate::object::DescrKind::GetSet);
}

/// [`def_view`] as a `member_descriptor` (`kind` Member): CPython's struct members, such as
/// the fields of its exception classes.
pub fn def_view_as(vm: &mut Vm, owner: ObjId, name: &str, kind: crate::object::DescrKind) {
    use crate::object::NativeDescr;
    let t = vm.type_obj(owner);
    let (dict, owner_name) = (t.dict, t.name.clone());
    if vm.dict_get_str(dict, name).is_some() {
        return;
    }
    let native = Some(Box::new(NativeDescr {
        kind,
        name: name.into(),
        owner: Value::Obj(owner),
        owner_name,
        view: true,
    }));
    // Immortal, as the class: nothing a collection need look at.
    let p = vm.heap.alloc_immortal(crate::object::Object::Property {
        fget: Value::None,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        native,
    });
    vm.dict_set_str(dict, name, Value::Obj(p));
}

/// The body of a `def_attr` getter that reads a field of the receiver with a slot getter
/// (`range.start`): the receiver is the first argument; anything else reads as None.
pub fn getset_field(vm: &mut Vm, args: &[Value], get: fn(&mut Vm, ObjId) -> Value) -> Value {
    match args.first().and_then(|v| v.as_obj()) {
        Some(id) => get(vm, id),
        None => Value::None,
    }
}

impl Vm {
    /// The type of a builtin, as CPython's: a builtin type's method read from the type is a
    /// `method_descriptor`, or a `wrapper_descriptor` when CPython makes it from a type slot
    /// (`int.__add__`); such a slot method bound to an object is a `method-wrapper`
    /// (`(1).__add__`); everything else (`len`, `[].append`, `dict.fromkeys`) is a
    /// `builtin_function_or_method`.
    pub(crate) fn builtin_type(&self, b: &crate::object::Builtin) -> ObjId {
        let t = &self.types;
        let Some(owner) = b.owner else { return t.builtin_function };
        let short = b.name.rsplit('.').next().unwrap_or(b.name);
        if short == "__new__" {
            return t.builtin_function;
        }
        let slot = is_slot_wrapper_of(&self.type_obj(owner).name, short);
        match (b.receiver, slot) {
            (None, true) => t.wrapper_descriptor,
            (None, false) => t.method_descriptor,
            (Some(_), true) => t.method_wrapper,
            (Some(_), false) => t.builtin_function,
        }
    }

    /// A slot wrapper called by name (`(5).__add__(1)`, `int.__neg__(x)`) takes no keywords
    /// and, for the unary and binary slots, exactly its operands, in CPython's words; the
    /// natives check the rest.
    pub(crate) fn check_slot_call(
        &mut self,
        owner: ObjId,
        name: &str,
        given: usize,
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<()> {
        let short = name.rsplit('.').next().unwrap_or(name);
        // The common call passes what the slot takes: answered without the name lookups below.
        if kwargs.is_empty() && slot_operands(short).is_none_or(|n| n == given) {
            return Ok(());
        }
        if matches!(short, "__init__" | "__new__" | "__call__" | "__init_subclass__" | "__subclasshook__") {
            return Ok(());
        }
        let kind = crate::object::exc_kind::ExcKind::TypeError;
        // The dunders that are plain methods (`__sizeof__`, `list.__getitem__`) take no
        // keywords either, said as a method says it.
        if !is_slot_wrapper_of(&self.type_obj(owner).name, short) {
            if kwargs.is_empty() {
                return Ok(());
            }
            let owner = self.type_obj(owner).name.clone();
            return Err(self.new_exc(kind, &format!("{owner}.{short}() takes no keyword arguments")));
        }
        if !kwargs.is_empty() {
            return Err(self.new_exc(kind, &format!("wrapper {short}() takes no keyword arguments")));
        }
        // These unpack their operands with an empty function name: " expected 2 arguments".
        let sequence =
            matches!(self.type_obj(owner).name.as_str(), "list" | "tuple" | "str" | "bytes" | "bytearray");
        let unpacked = match short {
            "__setitem__" | "__setattr__" | "__set__" => Some(2),
            "__mul__" | "__rmul__" | "__imul__" if sequence => Some(1),
            _ => None,
        };
        if let Some(n) = unpacked {
            if given == n {
                return Ok(());
            }
            return crate::vm::args::check_positional(self, "", &vec![Value::None; given], n, n);
        }
        let expected = match short {
            "__repr__" | "__str__" | "__hash__" | "__len__" | "__iter__" | "__next__" | "__neg__"
            | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__" | "__index__" | "__bool__"
            | "__await__" | "__aiter__" | "__anext__" | "__del__" => 0,
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__getitem__"
            | "__contains__" | "__delitem__" | "__getattribute__" | "__delattr__" | "__delete__" => 1,
            _ if is_binary_operator(short) => 1,
            _ => return Ok(()),
        };
        if given == expected {
            return Ok(());
        }
        let s = if expected == 1 { "" } else { "s" };
        Err(self.new_exc(kind, &format!("expected {expected} argument{s}, got {given}")))
    }

    /// Whether `f` is a builtin type's method not bound to anything (what a builtin type's
    /// `classmethod` wraps: a `classmethod_descriptor`).
    pub(crate) fn is_builtin_method(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|id| self.heap.get(id)),
            Some(crate::object::Object::Builtin(b)) if b.receiver.is_none() && b.owner.is_some())
    }
}

/// How many operands a slot wrapper named `short` takes, where CPython checks the count.
fn slot_operands(short: &str) -> Option<usize> {
    match short {
        "__repr__" | "__str__" | "__hash__" | "__len__" | "__iter__" | "__next__" | "__neg__" | "__pos__"
        | "__abs__" | "__invert__" | "__int__" | "__float__" | "__index__" | "__bool__" | "__await__"
        | "__aiter__" | "__anext__" | "__del__" => Some(0),
        "__setitem__" | "__setattr__" | "__set__" => Some(2),
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__getitem__" | "__contains__"
        | "__delitem__" | "__getattribute__" | "__delattr__" | "__delete__" | "__mul__" | "__rmul__"
        | "__imul__" => Some(1),
        _ if is_binary_operator(short) => Some(1),
        _ => None,
    }
}

/// The number operators' slots that take one operand (`__add__`, `__radd__`, `__iadd__`...),
/// but for the repeat and power slots, whose natives check their own operands.
fn is_binary_operator(short: &str) -> bool {
    let Some(op) = short.strip_prefix("__").and_then(|s| s.strip_suffix("__")) else { return false };
    let op =
        op.strip_prefix('r').filter(|o| BINARY.contains(o)).or_else(|| op.strip_prefix('i')).unwrap_or(op);
    const BINARY: &[&str] = &[
        "add", "sub", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "or", "xor",
        "matmul",
    ];
    BINARY.contains(&op)
}

/// Whether CPython makes method `short` of the builtin type named `owner` from a type slot:
/// as `is_slot_wrapper`, but for the few dunders some types define as plain methods too
/// (`dict.__getitem__`, `set.__contains__`).
pub(crate) fn is_slot_wrapper_of(owner: &str, short: &str) -> bool {
    let plain = match short {
        "__getitem__" => matches!(owner, "dict" | "list"),
        "__contains__" => matches!(owner, "dict" | "set" | "frozenset"),
        _ => false,
    };
    !plain && is_slot_wrapper(short)
}

/// Whether CPython makes the method from a type slot (a "slot wrapper", whose errors are worded
/// apart from those of ordinary methods): the dunders, but for those that are plain methods.
fn is_slot_wrapper(short: &str) -> bool {
    const METHODS: &[&str] = &[
        "__sizeof__",
        "__format__",
        "__dir__",
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
        "__reversed__",
        "__length_hint__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getnewargs__",
        "__getnewargs_ex__",
        "__copy__",
        "__deepcopy__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__bytes__",
        "__complex__",
        "__alloc__",
        "__instancecheck__",
        "__subclasscheck__",
        "__subclasses__",
        "__fspath__",
        "__subclasshook__",
        "__init_subclass__",
        "__class_getitem__",
        "__prepare__",
        "__getformat__",
        "__set_name__",
    ];
    short.starts_with("__") && short.ends_with("__") && !METHODS.contains(&short)
}

/// Whether a text signature (`($module, x, /)`, `(obj, *, key=None)`) has a parameter a
/// keyword can name: one after the `/` (or without one) other than `*args`, or `**kwargs`.
fn takes_keywords(sig: &str) -> bool {
    let inner = sig.trim().trim_start_matches('(').trim_end_matches(')');
    let mut params = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None, 0);
    for (i, c) in inner.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                params.push(inner[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    params.push(inner[start..].trim());
    let params: Vec<&str> = params.into_iter().filter(|p| !p.is_empty() && !p.starts_with('$')).collect();
    let after_slash = params.iter().position(|&p| p == "/").map_or(0, |i| i + 1);
    params[after_slash..].iter().any(|&p| p.starts_with("**") || (!p.starts_with('*') && p != "/"))
}

#[cfg(test)]
mod tests {
    use super::takes_keywords;

    #[test]
    fn a_signature_says_whether_keywords_are_taken() {
        assert!(!takes_keywords("($module, x, /)"));
        assert!(!takes_keywords("($module, *integers)"));
        assert!(!takes_keywords("($module, /)"));
        assert!(!takes_keywords("($module, x, base=<unrepresentable>, /)"));
        assert!(takes_keywords("($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)"));
        assert!(takes_keywords("($module, iterable, /, *, start=1)"));
        assert!(takes_keywords("(obj, **kwargs)"));
        assert!(takes_keywords("($module, x, y)"));
        assert!(!takes_keywords("($module, x, sep=\'(\', /)"));
    }
}
