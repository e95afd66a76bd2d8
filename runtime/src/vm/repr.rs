//! `repr()`, `str()` and `format()` of every kind of object, as CPython writes them.

use num_bigint::BigInt;
use reap_lang::repr::{bytes_repr, float_repr, str_repr};

use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The reprs of `site`'s builtins (`modules/site.rs`), what the REPL shows for the name alone.
pub const HELP_HINT: &str = "Type help() for interactive help, or help(object) for help about object.";
pub const LICENSE_HINT: &str = "Type license() to see the full license text";
pub const COPYRIGHT: &str =
    "Copyright (c) 2026 the Reap developers.\nReleased under the MIT license: type license() to read it.";
pub const CREDITS: &str = "Reap follows CPython 3.11. Thanks to the Python Software Foundation and the CPython\n\
developers, whose documentation, sources and tests show what Python does.";

/// The reprs of `site`'s objects in CPython (Quitter, _Helper, _Printer): what the REPL shows
/// when `exit` or `help` is typed alone is the hint a user needs.
fn site_hint(b: &crate::object::Builtin) -> Option<String> {
    if b.receiver.is_some() {
        return None;
    }
    let name = b.name;
    Some(match name {
        "exit" | "quit" => format!("Use {name}() or Ctrl-D (i.e. EOF) to exit"),
        "help" => HELP_HINT.to_string(),
        "copyright" => COPYRIGHT.to_string(),
        "credits" => CREDITS.to_string(),
        "license" => LICENSE_HINT.to_string(),
        _ => return None,
    })
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`, parts without a forced `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = reap_lang::repr::imag_repr(x);
        s[..s.len() - 1].to_string()
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
    format!("({}{sign}{}j)", part(re), part(im.abs()))
}

/// A fake but stable address for `<... at 0x...>` reprs.
pub use crate::object::address;

impl Vm {
    /// An exception instance's `args`, borrowed.
    fn exc_args(&self, id: ObjId) -> Vec<Value> {
        let args = match self.heap.get(id) {
            Object::Instance(i) => i.exc().map(|e| e.args),
            _ => None,
        };
        match args.and_then(|a| a.as_obj()).map(|a| self.heap.get(a)) {
            Some(Object::Tuple(t)) => t.clone(),
            _ => Vec::new(),
        }
    }
}

impl Vm {
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.recursion.depth += 1;
        if self.stack_exhausted() {
            self.recursion.depth -= 1;
            return Err(self.new_exc(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let r = self.metaclass_repr(v).transpose().unwrap_or_else(|| self.repr_inner(v));
        self.recursion.depth -= 1;
        r
    }

    /// A metaclass's own `__repr__` for its classes (`<enum 'Color'>`).
    fn metaclass_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        match v {
            Value::Obj(id)
                if matches!(self.heap.get(id), Object::Type(_)) && self.type_of(v) != self.types.type_ =>
            {
                self.try_dunder_repr(v, "__repr__")
            }
            _ => Ok(None),
        }
    }

    /// `repr()` of a bytearray or an array.
    fn buffer_repr(&mut self, id: ObjId) -> PyResult<String> {
        match self.heap.get(id) {
            Object::ByteArray(b) => Ok(format!("bytearray({})", bytearray_literal(b))),
            Object::Array(a) => a.repr("array").map_err(|c| self.code_point_error(c)),
            _ => Ok(String::new()),
        }
    }

    /// Whether the builtin's repr names the type, so that a subclass's names the subclass.
    fn repr_names_subclass(&self, payload: ObjId) -> bool {
        matches!(self.heap.get(payload), Object::ByteArray(_) | Object::Array(_) | Object::Set { .. })
    }

    /// The repr of a bytearray, an array or a set inside an instance of a subclass: named
    /// after it (`Tags({'a'})`, `Tags()`).
    fn subclass_repr(&mut self, v: Value, payload: ObjId) -> PyResult<String> {
        let r = match self.heap.get(payload) {
            Object::Set { table, .. } if !table.is_empty() => {
                let inner = self.repr(Value::Obj(payload))?;
                let inner =
                    inner.strip_prefix("frozenset(").and_then(|s| s.strip_suffix(')')).unwrap_or(&inner);
                format!("({inner})")
            }
            Object::Set { .. } => "()".into(),
            _ => {
                let r = self.buffer_repr(payload)?;
                r.find('(').map_or(String::new(), |i| r[i..].to_string())
            }
        };
        let name = self.type_obj(self.type_of(v)).name.clone();
        Ok(format!("{name}{r}"))
    }

    fn repr_inner(&mut self, v: Value) -> PyResult<String> {
        let id = match v {
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(int_repr(i)),
            Value::Float(f) => return Ok(float_repr(f)),
            Value::Obj(id) => id,
        };
        match self.heap.get(id) {
            Object::Str(s) => return Ok(str_repr(&s.s)),
            Object::Bytes(b) => return Ok(bytes_repr(b)),
            Object::ByteArray(_) | Object::Array(_) => return self.buffer_repr(id),
            Object::BigInt(b) => {
                let b = b.clone();
                return self.int_to_decimal(&b);
            }
            Object::Complex { re, im } => return Ok(complex_repr(*re, *im)),
            Object::Traceback { .. } => return Ok(format!("<traceback object at {}>", address(id))),
            // Read as its attributes are: a running frame's code and line are where it runs.
            Object::Frame(_) => {
                let line = self.getattr_str(v, "f_lineno")?;
                let code = self.getattr_str(v, "f_code")?;
                let text = |vm: &mut Vm, name: &str| -> PyResult<String> {
                    let value = vm.getattr_str(code, name)?;
                    let s = vm.str_of(value).unwrap_or_default().to_string();
                    vm.decref(value);
                    Ok(s)
                };
                let (file, name) = (text(self, "co_filename"), text(self, "co_name"));
                self.decref(code);
                let line = match line {
                    Value::Int(n) => n.to_string(),
                    other => {
                        self.decref(other);
                        "None".to_string()
                    }
                };
                return Ok(format!(
                    "<frame at {}, file '{}', line {line}, code {}>",
                    address(id),
                    file?,
                    name?
                ));
            }
            Object::Code(c) => {
                return Ok(format!(
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.name,
                    address(id),
                    c.filename,
                    c.first_line
                ));
            }
            Object::NotImplemented => return Ok("NotImplemented".into()),
            Object::Ellipsis => return Ok("Ellipsis".into()),
            Object::LongRange(p) => {
                let [start, stop, step] = &**p;
                return Ok(if *step == 1.into() {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                });
            }
            Object::Range { start, stop, step } => {
                return Ok(if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                });
            }
            Object::Type(t) => {
                return Ok(if t.module == "builtins" {
                    format!("<class '{}'>", t.qualname)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname)
                });
            }
            Object::Function(f) => return Ok(format!("<function {} at {}>", f.qualname, address(id))),
            Object::HostFunction { name, .. } => return Ok(format!("<built-in function {name}>")),
            Object::Builtin(b) if let Some(hint) = site_hint(b) => return Ok(hint),
            // The finalizers' exit hook is a classmethod in CPython's Lib/weakref.py.
            Object::Builtin(b) if b.name == "finalize._exitfunc" => {
                return Ok("<bound method finalize._exitfunc of <class 'weakref.finalize'>>".into());
            }
            Object::Builtin(b) => {
                return Ok(match b.receiver {
                    Some(r)
                        if !matches!(r.as_obj().map(|i| self.heap.get(i)), Some(Object::Module { .. })) =>
                    {
                        let tn = self.type_name(r);
                        let short = b.name.rsplit('.').next().unwrap_or(b.name).to_string();
                        let at = address(r.as_obj().unwrap_or(id));
                        if self.builtin_type(b) == self.types.method_wrapper {
                            format!("<method-wrapper '{short}' of {tn} object at {at}>")
                        } else {
                            format!("<built-in method {short} of {tn} object at {at}>")
                        }
                    }
                    None if let Some(owner) = b.owner => {
                        // A method of a builtin type, read from the type: CPython's method
                        // descriptor or slot wrapper (`<method 'upper' of 'str' objects>`).
                        let short = b.name.rsplit('.').next().unwrap_or(b.name).to_string();
                        if short == "__new__" {
                            format!("<built-in method __new__ of type object at {}>", address(owner))
                        } else {
                            let owner = self.class_tp_name(owner);
                            let slot = crate::vm::native::is_slot_wrapper_of(&owner, &short);
                            let kind = if slot { "slot wrapper" } else { "method" };
                            format!("<{kind} '{short}' of '{owner}' objects>")
                        }
                    }
                    _ => format!("<built-in function {}>", b.name.rsplit('.').next().unwrap_or(b.name)),
                });
            }
            &Object::Module { dict, .. } => return self.module_repr(dict),
            Object::Generator(g) => {
                return Ok(format!("<{} object {} at {}>", g.kind.type_name(), g.qualname(), address(id)));
            }
            Object::Cell(_) => return Ok(format!("<cell at {}>", address(id))),
            &Object::FileLayer { file, raw } => {
                let Object::File(f) = self.heap.get(file) else { return Ok(String::new()) };
                let name = match f.descriptor {
                    Some(fd) => fd.to_string(),
                    None if f.name_is_bytes => reap_lang::repr::bytes_repr(f.name.as_bytes()),
                    None => reap_lang::repr::str_repr(&f.name),
                };
                let mode = crate::object::file::raw_mode(&f.mode);
                return Ok(if raw {
                    format!("<_io.FileIO name={name} mode='{mode}' closefd=True>")
                } else {
                    let kind = match (f.readable, f.writable) {
                        (true, true) => "BufferedRandom",
                        (true, false) => "BufferedReader",
                        _ => "BufferedWriter",
                    };
                    format!("<_io.{kind} name={name}>")
                });
            }
            Object::File(f) => {
                let name = match f.descriptor {
                    Some(fd) => fd.to_string(),
                    None if f.name_is_bytes => reap_lang::repr::bytes_repr(f.name.as_bytes()),
                    None => reap_lang::repr::str_repr(&f.name),
                };
                return Ok(if f.binary && f.buffering == 0 {
                    format!("<_io.FileIO name={name} mode='{}' closefd=True>", f.mode)
                } else if f.binary {
                    let kind = match (f.readable, f.writable) {
                        (true, true) => "BufferedRandom",
                        (true, false) => "BufferedReader",
                        _ => "BufferedWriter",
                    };
                    format!("<_io.{kind} name={name}>")
                } else {
                    format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>", f.mode, f.encoding)
                });
            }
            _ => {}
        }
        self.container_repr(v, id)
    }

    /// A module's repr as CPython's import system words it: from its spec (`from` a file with
    /// a location, else its origin in parentheses, else its loader), or without one from its
    /// `__file__` or loader.
    fn module_repr(&mut self, dict: ObjId) -> PyResult<String> {
        let name = match self.dict_get_str(dict, "__name__").and_then(|n| self.str_of(n)) {
            Some(n) => reap_lang::repr::str_repr(n),
            None => "'?'".to_string(),
        };
        let spec = self.dict_get_str(dict, "__spec__");
        if let Some(spec) = spec.filter(|&s| s != Value::None) {
            let name = match self.getattr_str(spec, "name") {
                Ok(n) => {
                    let r = self.str_of(n).map(reap_lang::repr::str_repr).unwrap_or_else(|| "'?'".into());
                    self.decref(n);
                    r
                }
                Err(e) => {
                    self.decref_id(e);
                    name
                }
            };
            let origin = self.getattr_str(spec, "origin")?;
            if origin == Value::None {
                let loader = self.getattr_str(spec, "loader")?;
                let r = if loader == Value::None {
                    Ok(format!("<module {name}>"))
                } else {
                    self.repr(loader).map(|l| format!("<module {name} ({l})>"))
                };
                self.decref(loader);
                return r;
            }
            let located = self.getattr_str(spec, "has_location").and_then(|h| {
                let t = self.truthy(h);
                self.decref(h);
                t
            });
            let text = self.str(origin);
            self.decref(origin);
            let (located, text) = (located?, text?);
            return Ok(if located {
                format!("<module {name} from {}>", reap_lang::repr::str_repr(&text))
            } else {
                format!("<module {name} ({text})>")
            });
        }
        if let Some(file) = self.dict_get_str(dict, "__file__") {
            let r = self.repr(file)?;
            return Ok(format!("<module {name} from {r}>"));
        }
        match self.dict_get_str(dict, "__loader__") {
            Some(Value::None) => Ok(format!("<module {name}>")),
            Some(loader) => {
                let l = self.repr(loader)?;
                Ok(format!("<module {name} ({l})>"))
            }
            // Made by the runtime before the import system's classes were (`sys`, `gc`).
            None if spec.is_none() => Ok(format!("<module {name} (built-in)>")),
            None => Ok(format!("<module {name}>")),
        }
    }

    /// The repr of containers and of objects whose repr calls back into Python.
    fn container_repr(&mut self, v: Value, id: ObjId) -> PyResult<String> {
        match self.heap.get(id) {
            Object::List(items) => {
                let items = items.clone();
                if self.repr_stack_contains(id) {
                    return Ok("[...]".into());
                }
                self.repr_stack_push(id);
                let r = self.join_reprs(&items);
                self.repr_stack_pop();
                Ok(format!("[{}]", r?))
            }
            Object::Tuple(items) => {
                let items = items.clone();
                let r = self.join_reprs(&items)?;
                Ok(if items.len() == 1 { format!("({r},)") } else { format!("({r})") })
            }
            Object::Dict(t) => {
                let pairs: Vec<(Value, Value)> = t.iter().map(|(_, e)| (e.key, e.value)).collect();
                if self.repr_stack_contains(id) {
                    return Ok("{...}".into());
                }
                self.repr_stack_push(id);
                let mut parts = Vec::new();
                for (k, val) in pairs {
                    let r = self.repr(k).and_then(|k| Ok(format!("{k}: {}", self.repr(val)?)));
                    match r {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.repr_stack_pop();
                            return Err(e);
                        }
                    }
                }
                self.repr_stack_pop();
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            Object::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let name = match kind {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                let items = self.iterate_to_vec(Value::Obj(id))?;
                let _ = dict;
                let r = self.join_reprs(&items);
                for i in items {
                    self.decref(i);
                }
                Ok(format!("{name}([{}])", r?))
            }
            Object::Set { table, frozen } => {
                let frozen = *frozen;
                let keys: Vec<Value> = table.keys();
                let name = self.type_name(v);
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let r = self.join_reprs(&keys)?;
                Ok(if frozen { format!("{name}({{{r}}})") } else { format!("{{{r}}}") })
            }
            Object::BoundMethod { receiver, func } => {
                let (receiver, func) = (*receiver, *func);
                let fname = match self.heap.get(func.as_obj().unwrap_or(id)) {
                    Object::Function(f) => f.qualname.clone(),
                    // A builtin type's class method (`int.from_bytes`): CPython's is a builtin
                    // bound to the class.
                    Object::Builtin(b) => {
                        let short = b.name.rsplit('.').next().unwrap_or(b.name).to_string();
                        let tn = self.type_name(receiver);
                        let at = address(receiver.as_obj().unwrap_or(id));
                        return Ok(format!("<built-in method {short} of {tn} object at {at}>"));
                    }
                    _ => "?".into(),
                };
                let r = self.repr(receiver)?;
                Ok(format!("<bound method {fname} of {r}>"))
            }
            Object::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                Ok(format!("slice({}, {}, {})", self.repr(a)?, self.repr(b)?, self.repr(c)?))
            }
            Object::Property { native: Some(d), .. } => Ok(match d.kind {
                crate::object::DescrKind::GetSet => {
                    format!("<attribute '{}' of '{}' objects>", d.name, d.owner_name)
                }
                crate::object::DescrKind::Member => {
                    format!("<member '{}' of '{}' objects>", d.name, d.owner_name)
                }
            }),
            Object::Property { .. } => Ok(format!("<property object at {}>", address(id))),
            Object::WeakRef(_) => crate::vm::weakref::weakref_repr(self, id),
            Object::Finalize(_) => Ok(crate::vm::weakref::finalize_repr(self, v)),
            &Object::StaticMethod(f) => Ok(format!("<staticmethod({})>", self.repr(f)?)),
            // A builtin type's class method (`dict.fromkeys`) is named as its other methods.
            &Object::ClassMethod(f) if self.is_builtin_method(f) => self.repr(f),
            &Object::ClassMethod(f) => Ok(format!("<classmethod({})>", self.repr(f)?)),
            &Object::Super { class, receiver } => {
                // CPython names the class by its bare `tp_name` here.
                let c = format!("<class '{}'>", self.type_obj(class).name);
                let r = match receiver {
                    Value::None => "NULL".to_string(),
                    // A class method's super binds the class itself, named as its own type.
                    r => match r.as_obj().map(|id| self.heap.get(id)) {
                        Some(Object::Type(t)) if t.mro.contains(&class) => format!("<{} object>", t.name),
                        _ => format!("<{} object>", self.type_name(r)),
                    },
                };
                Ok(format!("<super: {c}, {r}>"))
            }
            Object::Iter(_) => Ok(format!("<{} object at {}>", self.type_name(v), address(id))),
            Object::Instance(inst) => {
                let is_exc = inst.exc().is_some();
                if let Some(r) = self.try_dunder_repr(v, "__repr__")? {
                    return Ok(r);
                }
                if is_exc {
                    let name = self.type_obj(self.type_of(v)).name.clone();
                    let items = self.exc_args(id);
                    let r = self.join_reprs(&items)?;
                    return Ok(format!("{name}({r})"));
                }
                if let Some(b) = self.payload_of(id) {
                    if matches!(b.as_obj().map(|p| self.heap.get(p)), Some(Object::Finalize(_))) {
                        return Ok(crate::vm::weakref::finalize_repr(self, v));
                    }
                    // A bytearray's or an array's repr names the subclass.
                    if let Some(p) = b.as_obj()
                        && self.repr_names_subclass(p)
                    {
                        return self.subclass_repr(v, p);
                    }
                    return self.repr(b);
                }
                let cls = self.type_of(v);
                let t = self.type_obj(cls);
                // `object.__repr__` leaves out the module of a builtin class (`<object object at`).
                if t.module == "builtins" {
                    return Ok(format!("<{} object at {}>", t.qualname, address(id)));
                }
                Ok(format!("<{}.{} object at {}>", t.module, t.qualname, address(id)))
            }
            Object::Host { .. } => self.host_repr(v, id),
            Object::MemoryView(m) => {
                let state = if m.obj.is_none() { "released " } else { "" };
                Ok(format!("<{state}memory at {}>", address(id)))
            }
            _ => Ok(format!("<object at {}>", address(id))),
        }
    }

    /// A host's or a native module's Rust value: its class's `__repr__`, else object's.
    fn host_repr(&mut self, v: Value, id: ObjId) -> PyResult<String> {
        if let Some(r) = self.try_dunder_repr(v, "__repr__")? {
            return Ok(r);
        }
        let t = self.type_obj(self.type_of(v));
        Ok(format!("<{}.{} object at {}>", t.module, t.qualname, address(id)))
    }

    /// Calls a user-defined `__repr__`/`__str__` (not the builtin default), checking it returns a str.
    fn try_dunder_repr(&mut self, v: Value, name: &str) -> PyResult<Option<String>> {
        self.try_dunder_text(v, name, name)
    }

    /// `try_dunder_repr`, naming `shown_as` when the result is no string (`str()` that fell
    /// back on `__repr__` complains about `__str__`, as CPython's).
    fn try_dunder_text(&mut self, v: Value, name: &str, shown_as: &str) -> PyResult<Option<String>> {
        let cls = self.type_of(v);
        let found = {
            let Object::Type(t) = self.heap.get(cls) else { return Ok(None) };
            t.mro.iter().find_map(|&c| {
                let owner = self.type_obj(c);
                self.dict_get_str(owner.dict, name)
                    .map(|f| (owner.module == "builtins" && self.heap.is_immortal(c), f))
            })
        };
        let Some((builtin_owner, f)) = found else { return Ok(None) };
        // A builtin type's own method is the fallback the caller has; a native function that
        // a class made here put in its namespace (a struct sequence's `__repr__`) is not.
        if builtin_owner && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Builtin(_))) {
            return Ok(None);
        }
        let f = self.share(f);
        let r = if self.takes_receiver(f) {
            self.call(f, &[v], &[])
        } else {
            // A static method, a class method, a descriptor: bound as attribute access binds.
            let bound = if self.is_user_descriptor(f, false) {
                self.call_get(f, v, Value::Obj(cls))
            } else {
                self.bind(f, v, cls)
            };
            bound.and_then(|b| {
                let r = self.call(b, &[], &[]);
                self.decref(b);
                r
            })
        };
        self.decref(f);
        let r = r?;
        let s = self.str_of(r).map(str::to_string);
        match s {
            Some(s) => {
                self.decref(r);
                Ok(Some(s))
            }
            None => {
                let tn = self.type_name(r);
                self.decref(r);
                Err(self.new_exc(ExcKind::TypeError, &format!("{shown_as} returned non-string (type {tn})")))
            }
        }
    }

    /// The builtin value whose repr a subclass's instance shows; a property subclass's instance
    /// shows itself, as any object does.
    fn payload_of(&self, id: ObjId) -> Option<Value> {
        match self.heap.get(id) {
            Object::Instance(i) => i
                .base()
                .filter(|b| !matches!(b.as_obj().map(|p| self.heap.get(p)), Some(Object::Property { .. }))),
            _ => None,
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for &i in items {
            parts.push(self.repr(i)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_stack_contains(&self, id: ObjId) -> bool {
        self.repr_stack.contains(&id)
    }

    fn repr_stack_push(&mut self, id: ObjId) {
        self.repr_stack.push(id);
    }

    fn repr_stack_pop(&mut self) {
        self.repr_stack.pop();
    }

    pub fn str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(id) = v
            && matches!(self.heap.get(id), Object::Type(_))
            && self.type_of(v) != self.types.type_
            && let Some(s) = self.try_dunder_repr(v, "__str__")?
        {
            return Ok(s);
        }
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::Str(s) => return Ok(s.s.to_string()),
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let target = crate::vm::weakref::proxy_target(self, id)?;
                    return self.str(target);
                }
                Object::Instance(inst) => {
                    let is_exc = inst.exc().is_some();
                    if let Some(s) = self.try_dunder_repr(v, "__str__")? {
                        return Ok(s);
                    }
                    if let Some(b) = self.payload_of(id) {
                        // str and bytes have a `__str__` of their own, which a subclass's
                        // `__repr__` does not replace; the other builtins' `str()` is their repr.
                        let own_str = matches!(
                            b.as_obj().map(|p| self.heap.get(p)),
                            Some(Object::Str(_) | Object::Bytes(_))
                        );
                        if own_str || self.try_dunder_repr(v, "__repr__")?.is_none() {
                            if let Some(p) = b.as_obj()
                                && self.repr_names_subclass(p)
                            {
                                return self.subclass_repr(v, p);
                            }
                            return self.str(b);
                        }
                        // bytearray's `str()` is its own repr, whatever the subclass's.
                        if let Some(p) = b.as_obj()
                            && matches!(self.heap.get(p), Object::ByteArray(_))
                        {
                            return self.subclass_repr(v, p);
                        }
                    }
                    if is_exc {
                        if let Some(s) = crate::vm::exc_group::group_text(self, v) {
                            return Ok(s);
                        }
                        return self.exc_default_str(id);
                    }
                }
                _ => {}
            }
            if matches!(self.heap.get(id), Object::Instance(_))
                && let Some(s) = self.try_dunder_text(v, "__repr__", "__str__")?
            {
                return Ok(s);
            }
        }
        self.repr(v)
    }

    /// `BaseException.__str__` (and `KeyError`'s): the text of an exception from its arguments,
    /// whatever `__str__` its class defines.
    pub fn exc_default_str(&mut self, id: ObjId) -> PyResult<String> {
        let is_key_error = self.isinstance(Value::Obj(id), self.exc_type(ExcKind::KeyError));
        self.exc_str_as(id, is_key_error)
    }

    /// An exception's text by `BaseException.__str__`, or by `KeyError.__str__` (its key's
    /// repr) when `key_error`: `ValueError.__str__(KeyError('k'))` is the former's.
    pub fn exc_str_as(&mut self, id: ObjId, key_error: bool) -> PyResult<String> {
        if !key_error && self.isinstance(Value::Obj(id), self.exc_type(ExcKind::SyntaxError)) {
            return self.syntax_error_str(id);
        }
        // An ImportError says its `msg` when that is a str.
        if !key_error
            && self.isinstance(Value::Obj(id), self.exc_type(ExcKind::ImportError))
            && let Some(msg) =
                self.exc_field_value(id, "msg").and_then(|m| self.str_of(m).map(str::to_string))
        {
            return Ok(msg);
        }
        if !key_error
            && self.isinstance(Value::Obj(id), self.exc_type(ExcKind::OSError))
            && let Some(s) = self.os_error_str(id)?
        {
            return Ok(s);
        }
        // Exceptions the runtime made with a message of its own carry it.
        let fixed = match self.heap.get(id) {
            Object::Instance(_) => self.instance_attr_str(id, "__reap_str__"),
            _ => None,
        };
        if let Some(s) = fixed.and_then(|s| self.str_of(s).map(str::to_string)) {
            return Ok(s);
        }
        if let Some(s) = (self.slots.unicode_error_text)(self, id) {
            return Ok(s);
        }
        let items = self.exc_args(id);
        match items.len() {
            0 => Ok(String::new()),
            1 if key_error => self.repr(items[0]),
            1 => self.str(items[0]),
            _ => self.join_reprs(&items).map(|r| format!("({r})")),
        }
    }

    /// `OSError.__str__`, from its fields as they are now: `[Errno 2] No such file or
    /// directory: 'name'` (`None`: too few fields are set, and the arguments are shown).
    fn os_error_str(&mut self, id: ObjId) -> PyResult<Option<String>> {
        // A field counts once set, to None too (CPython tests its members for NULL).
        let field = |vm: &Vm, name: &str| vm.exc_field_value(id, name);
        let (errno, strerror) = (field(self, "errno"), field(self, "strerror"));
        let (filename, filename2) = (field(self, "filename"), field(self, "filename2"));
        let text = |vm: &mut Vm, v: Option<Value>| vm.str(v.unwrap_or(Value::None));
        Ok(match (filename, filename2) {
            (Some(f), f2) => {
                let (errno, strerror, f) = (text(self, errno)?, text(self, strerror)?, self.repr(f)?);
                Some(match f2 {
                    Some(f2) => format!("[Errno {errno}] {strerror}: {f} -> {}", self.repr(f2)?),
                    None => format!("[Errno {errno}] {strerror}: {f}"),
                })
            }
            (None, _) if errno.is_some() && strerror.is_some() => {
                Some(format!("[Errno {}] {}", text(self, errno)?, text(self, strerror)?))
            }
            _ => None,
        })
    }

    /// `SyntaxError.__str__`: the message, with the file's base name and the line where known.
    fn syntax_error_str(&mut self, id: ObjId) -> PyResult<String> {
        let field = |vm: &Vm, name: &str| vm.instance_attr_str(id, name).unwrap_or(Value::None);
        let (msg, filename, lineno) = (field(self, "msg"), field(self, "filename"), field(self, "lineno"));
        let msg = self.str(msg)?;
        let file = self.str_of(filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let line = match lineno {
            Value::Int(n) => Some(n),
            _ => None,
        };
        Ok(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// An int's decimal digits, within `sys.get_int_max_str_digits()` (CPython's ValueError
    /// beyond: converting a huge int is quadratic).
    pub fn int_to_decimal(&mut self, b: &BigInt) -> PyResult<String> {
        let max = self.int_max_str_digits;
        // An int of `bits` bits has more than (bits - 1) * log10(2) digits: a number far past the
        // limit is refused before its digits are computed.
        if max > 0 && (b.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2) > max as f64 + 1.0 {
            return Err(self.int_digits_error());
        }
        let s = b.to_string();
        if max > 0 && s.trim_start_matches('-').len() > max {
            return Err(self.int_digits_error());
        }
        Ok(s)
    }

    fn int_digits_error(&mut self) -> ObjId {
        let max = self.int_max_str_digits;
        self.new_exc(
            ExcKind::ValueError,
            &format!(
                "Exceeds the limit ({max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        )
    }
}

/// The decimal digits of a small int: `str(i)` is common enough (keys built in loops, output)
/// that the formatting machinery's generality costs.
pub(crate) fn int_repr(i: i64) -> String {
    let mut digits = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(digits.len() - at + 1);
    if i < 0 {
        s.push('-');
    }
    s.extend(digits[at..].iter().map(|&d| d as char));
    s
}

/// The bytes literal in a bytearray's repr: as a bytes object's, except that CPython's
/// bytearray escapes a single quote even inside double quotes (`bytearray(b"\'")`).
fn bytearray_literal(b: &[u8]) -> String {
    let r = bytes_repr(b);
    match r.strip_prefix("b\"").and_then(|r| r.strip_suffix('"')) {
        Some(inner) => format!("b\"{}\"", inner.replace('\'', "\\'")),
        None => r,
    }
}
