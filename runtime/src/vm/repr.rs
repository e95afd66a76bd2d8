//! `repr()`, `str()` and `format()` of every kind of object, as CPython writes them.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
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
            Object::ByteArray(b) => Ok(format!("bytearray({})", bytes_repr(b))),
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
            Object::Frame(fo) => {
                let (file, line, name) = fo.code.as_ref().map_or((String::new(), 0, String::new()), |c| {
                    let line = c.spans.get(fo.ip).map_or(c.first_line, |s| s.start.line);
                    (c.filename.to_string(), line, c.name.to_string())
                });
                return Ok(format!("<frame at {}, file '{file}', line {line}, code {name}>", address(id)));
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
                        format!(
                            "<built-in method {short} of {tn} object at {}>",
                            address(r.as_obj().unwrap_or(id))
                        )
                    }
                    _ => format!("<built-in function {}>", b.name.rsplit('.').next().unwrap_or(b.name)),
                });
            }
            &Object::Module { dict, .. } => return self.module_repr(dict),
            Object::Generator(g) => {
                return Ok(format!("<{} object {} at {}>", g.kind.type_name(), g.qualname(), address(id)));
            }
            Object::Cell(_) => return Ok(format!("<cell at {}>", address(id))),
            Object::File(f) => {
                let name = reap_lang::repr::str_repr(&f.name);
                return Ok(if f.binary {
                    let kind = if f.readable { "BufferedReader" } else { "BufferedWriter" };
                    format!("<_io.{kind} name={name}>")
                } else {
                    format!("<_io.TextIOWrapper name={name} mode='{}' encoding='UTF-8'>", f.mode)
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
            Object::StaticMethod(_) => Ok(format!("<staticmethod(<function>) at {}>", address(id))),
            Object::ClassMethod(_) => Ok(format!("<classmethod(<function>) at {}>", address(id))),
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
        let cls = self.type_of(v);
        let found = {
            let Object::Type(t) = self.heap.get(cls) else { return Ok(None) };
            t.mro.iter().find_map(|&c| {
                let owner = self.type_obj(c);
                self.dict_get_str(owner.dict, name).map(|f| (owner.module == "builtins", f))
            })
        };
        let Some((builtin_owner, f)) = found else { return Ok(None) };
        // A builtin type's own method is the fallback the caller has; a native function that
        // a class made here put in its namespace (a struct sequence's `__repr__`) is not.
        if builtin_owner && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Builtin(_))) {
            return Ok(None);
        }
        let f = self.share(f);
        let r = self.call(f, &[v], &[]);
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
                Err(self.new_exc(ExcKind::TypeError, &format!("{name} returned non-string (type {tn})")))
            }
        }
    }

    fn payload_of(&self, id: ObjId) -> Option<Value> {
        match self.heap.get(id) {
            Object::Instance(i) => i.base(),
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
        // OSErrors made from an I/O failure carry CPython's message.
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

    /// `format(value, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(id) = v
            && let Object::Instance(_) = self.heap.get(id)
        {
            let cls = self.type_of(v);
            let found = {
                let Object::Type(t) = self.heap.get(cls) else { return Ok(String::new()) };
                t.mro.iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, "__format__"))
            };
            // A builtin base's `__format__` (int's, float's, str's) with an empty spec is
            // `str(self)`: a subclass's own `__str__` shows (an IntEnum member's name).
            let native = found
                .and_then(|f| f.as_obj())
                .is_some_and(|f| matches!(self.heap.get(f), Object::Builtin(_)));
            if native && spec.is_empty() {
                return self.str(v);
            }
            if found.is_some() {
                let s = self.new_str(spec);
                let r = self.try_dunder(v, "__format__", &[s]);
                self.decref(s);
                if let Some(r) = r? {
                    let out = self.str_of(r).unwrap_or("").to_string();
                    self.decref(r);
                    return Ok(out);
                }
            }
            if spec.is_empty() {
                return self.str(v);
            }
            let tn = self.type_name(v);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        if spec.is_empty() {
            return self.str(v);
        }
        // Only numbers and strings have a format spec language; anything else has
        // `object.__format__`, which takes none.
        let formats = match v {
            Value::None => false,
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::BigInt(_) | Object::Str(_) | Object::Complex { .. })
            }
            _ => true,
        };
        if !formats {
            let tn = self.type_name(v);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        let parsed = match Spec::parse(spec) {
            Ok(p) => p,
            Err(msg) => return Err(self.new_exc(ExcKind::ValueError, &msg)),
        };
        // The width is the script's: padding to it must raise MemoryError when it cannot be
        // allocated (the padding below cannot fail once this room was found).
        drop(self.try_string(parsed.width.saturating_mul(parsed.fill.len_utf8()))?);
        match v {
            Value::Bool(_) | Value::Int(_) => {
                let b = self.as_bigint(v).unwrap_or_default();
                self.format_int(&b, &parsed, v)
            }
            Value::Float(f) => self.format_float(f, &parsed),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => {
                    let b = b.clone();
                    self.format_int(&b, &parsed, v)
                }
                Object::Str(s) => {
                    let s = s.s.clone();
                    if !matches!(parsed.kind, None | Some('s')) {
                        return Err(self.new_exc(
                            ExcKind::ValueError,
                            &format!(
                                "Unknown format code '{}' for object of type 'str'",
                                parsed.kind.unwrap_or('?')
                            ),
                        ));
                    }
                    let s = match parsed.precision {
                        Some(p) => s.chars().take(p).collect(),
                        None => s,
                    };
                    Ok(parsed.pad(&s, '<'))
                }
                &Object::Complex { re, im } => self.format_complex(re, im, &parsed),
                _ => {
                    let s = self.str(v)?;
                    Ok(parsed.pad(&s, '<'))
                }
            },
            Value::None => {
                let s = self.str(v)?;
                Ok(parsed.pad(&s, '<'))
            }
        }
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

    fn format_int(&mut self, b: &BigInt, spec: &Spec, v: Value) -> PyResult<String> {
        let kind = spec.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            return self.format_float(b.to_f64().unwrap_or(f64::INFINITY), spec);
        }
        if spec.precision.is_some() {
            return Err(
                self.new_exc(ExcKind::ValueError, "Precision not allowed in integer format specifier")
            );
        }
        let mag = b.abs();
        let (digits, prefix) = match kind {
            'd' | 'n' => (self.int_to_decimal(&mag)?, ""),
            'b' => (mag.to_str_radix(2), "0b"),
            'o' => (mag.to_str_radix(8), "0o"),
            'x' => (mag.to_str_radix(16), "0x"),
            'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
            'c' => {
                let c = b.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                return Ok(spec.pad(&c.to_string(), '<'));
            }
            other => {
                let tn = self.type_name(v);
                return Err(self.new_exc(
                    ExcKind::ValueError,
                    &format!("Unknown format code '{other}' for object of type '{tn}'"),
                ));
            }
        };
        let digits = match spec.grouping {
            Some(sep) => {
                let every = if matches!(kind, 'd' | 'n') { 3 } else { 4 };
                group(&digits, sep, every)
            }
            None => digits,
        };
        let sign = sign_str(b.is_negative(), spec.sign);
        let prefix = if spec.alternate { prefix } else { "" };
        Ok(spec.pad_number(sign, prefix, &digits))
    }

    pub(crate) fn format_float(&mut self, x: f64, spec: &Spec) -> PyResult<String> {
        let kind = spec.kind;
        let neg = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(self.new_exc(ExcKind::ValueError, "precision too big"));
        }
        let body = if a.is_infinite() || a.is_nan() {
            let s = if a.is_nan() { "nan" } else { "inf" };
            if matches!(kind, Some('E' | 'F' | 'G')) { s.to_uppercase() } else { s.to_string() }
        } else {
            match kind {
                Some('f' | 'F') => {
                    let s = fixed(a, spec.precision.unwrap_or(6));
                    if spec.alternate && !s.contains('.') { s + "." } else { s }
                }
                Some('%') => fixed(a * 100.0, spec.precision.unwrap_or(6)) + "%",
                Some('e' | 'E') => {
                    let s = exp_format(a, spec.precision.unwrap_or(6));
                    // `#` keeps the point of a mantissa without decimals (`1.e+05`).
                    let s = match s.split_once('e') {
                        Some((m, x)) if spec.alternate && !m.contains('.') => format!("{m}.e{x}"),
                        _ => s,
                    };
                    if kind == Some('E') { s.to_uppercase() } else { s }
                }
                // 'n' is 'g' with the locale's separators: the C locale's are none.
                Some('g' | 'G' | 'n') => {
                    let s = general_format(a, spec.precision.unwrap_or(6), spec.alternate);
                    if kind == Some('G') { s.to_uppercase() } else { s }
                }
                None => match spec.precision {
                    Some(p) => {
                        let s = general_format(a, p.max(1), spec.alternate);
                        if s.contains(['.', 'e', 'n', 'i']) { s } else { format!("{s}.0") }
                    }
                    None => float_repr(a),
                },
                Some(other) => {
                    return Err(self.new_exc(
                        ExcKind::ValueError,
                        &format!("Unknown format code '{other}' for object of type 'float'"),
                    ));
                }
            }
        };
        let body = match spec.grouping {
            Some(sep) => {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => body.split_at(i),
                    None => (body.as_str(), ""),
                };
                format!("{}{}", group(int_part, sep, 3), rest)
            }
            None => body,
        };
        Ok(spec.pad_number(sign_str(neg, spec.sign), "", &body))
    }
}

fn sign_str(negative: bool, sign: char) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// `%e` with C's layout: `1.500000e+02`.
/// `x` with `decimals` digits after the point. Rust's formatting takes at most 65,535 (it
/// panics past that); an f64's exact expansion ends within 1,100 decimals, so the rest are
/// zeros written here.
pub fn fixed(x: f64, decimals: usize) -> String {
    const EXACT: usize = 1100;
    if decimals <= EXACT {
        return format!("{x:.decimals$}");
    }
    let mut s = format!("{x:.EXACT$}");
    s.extend(std::iter::repeat_n('0', decimals - EXACT));
    s
}

pub fn exp_format(x: f64, precision: usize) -> String {
    // As `fixed`: an f64 has at most 767 significant digits; the rest of the mantissa is zeros.
    const EXACT: usize = 800;
    let s = format!("{x:.p$e}", p = precision.min(EXACT));
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let zeros = "0".repeat(precision.saturating_sub(EXACT));
    let mantissa = format!("{mantissa}{zeros}");
    let e: i32 = exp.parse().unwrap_or(0);
    format!("{mantissa}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`: the shorter of fixed and exponent notation at `precision` significant digits, with
/// trailing zeros removed unless `alternate`.
pub fn general_format(x: f64, precision: usize, alternate: bool) -> String {
    let p = precision.max(1);
    // `#` keeps the trailing zeros and always shows the decimal point (`123457.`, `1.e+20`).
    let point = |s: String| if s.contains('.') { s } else { format!("{s}.") };
    if x == 0.0 {
        return if alternate { point(fixed(0.0, p - 1)) } else { "0".into() };
    }
    let e = exp_format(x, p - 1);
    let exp: i32 = e.split_once('e').map_or(0, |(_, x)| x.parse().unwrap_or(0));
    if exp < -4 || exp >= p as i32 {
        let (m, ex) = e.split_once('e').unwrap_or((&e, ""));
        let m = if alternate { point(m.to_string()) } else { strip_zeros(m) };
        format!("{m}e{ex}")
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = fixed(x, decimals);
        if alternate { point(f) } else { strip_zeros(&f) }
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s.to_string() }
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl Spec {
    pub fn parse(spec: &str) -> Result<Spec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut s = Spec {
            fill: ' ',
            align: None,
            sign: '-',
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        };
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        if chars.len() >= 2 && is_align(chars[1]) {
            s.fill = chars[0];
            s.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            s.align = Some(chars[0]);
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            s.sign = chars[i];
            i += 1;
        }
        if i < chars.len() && chars[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            s.width = chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .ok()
                .filter(|&w: &usize| w <= isize::MAX as usize)
                .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        }
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            s.grouping = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err("Format specifier missing precision".into());
            }
            s.precision = Some(
                chars[start..i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .ok()
                    .filter(|&p: &usize| p <= isize::MAX as usize)
                    .ok_or_else(|| "Too many decimal digits in format string".to_string())?,
            );
        }
        if i < chars.len() {
            s.kind = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() {
            return Err("Invalid format specifier".into());
        }
        Ok(s)
    }

    /// Pads text to the width; `default` is the alignment when none is given.
    pub fn pad(&self, text: &str, default: char) -> String {
        let len = text.chars().count();
        if len >= self.width {
            return text.to_string();
        }
        let n = self.width - len;
        let fill = |k: usize| self.fill.to_string().repeat(k);
        match self.align.unwrap_or(default) {
            '>' | '=' => format!("{}{text}", fill(n)),
            '^' => format!("{}{text}{}", fill(n / 2), fill(n - n / 2)),
            _ => format!("{text}{}", fill(n)),
        }
    }

    fn pad_number(&self, sign: &str, prefix: &str, digits: &str) -> String {
        let len = sign.len() + prefix.len() + digits.chars().count();
        let align = self.align.unwrap_or(if self.zero { '=' } else { '>' });
        let fill = if self.zero && self.align.is_none() { '0' } else { self.fill };
        if len >= self.width {
            return format!("{sign}{prefix}{digits}");
        }
        let n = self.width - len;
        let f = |k: usize| fill.to_string().repeat(k);
        match align {
            '=' => format!("{sign}{prefix}{}{digits}", f(n)),
            '<' => format!("{sign}{prefix}{digits}{}", f(n)),
            '^' => format!("{}{sign}{prefix}{digits}{}", f(n / 2), f(n - n / 2)),
            _ => format!("{}{sign}{prefix}{digits}", f(n)),
        }
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
