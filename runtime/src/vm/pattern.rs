//! The instructions `match` statements compile to (`compiler/matching.rs`): what counts as a
//! sequence or a mapping for a pattern, a mapping's values by key, and a class pattern's
//! attributes by `__match_args__`, with CPython 3.11's rules and error messages.

use crate::object::Object;
use crate::object::code::Instr;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// Classes whose instances match a single positional sub-pattern themselves (`case int(x)`),
/// as do their subclasses that do not set `__match_args__`.
const MATCH_SELF: [&str; 11] =
    ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

impl Vm {
    pub(crate) fn pattern_step(&mut self, f: &mut FrameState, instr: Instr) -> PyResult<()> {
        match instr {
            Instr::RotN(n) => {
                let v = f.pop();
                let at = f.stack.len() + 1 - n as usize;
                f.stack.insert(at, v);
            }
            Instr::MatchSequence => {
                let b = self.is_pattern_sequence(f.top())?;
                f.stack.push(Value::Bool(b));
            }
            Instr::MatchMapping => {
                let b = self.is_pattern_mapping(f.top())?;
                f.stack.push(Value::Bool(b));
            }
            Instr::GetLen => {
                let n = self.len(f.top())?;
                f.stack.push(Value::Int(n as i64));
            }
            Instr::MatchKeys => {
                let n = f.stack.len();
                let (subject, keys) = (f.stack[n - 2], f.stack[n - 1]);
                let values = self.match_keys(subject, keys)?;
                f.stack.push(values);
            }
            Instr::MatchClass(nargs) => {
                let names = f.pop();
                let cls = f.pop();
                let subject = f.pop();
                let r = self.match_class(subject, cls, names, nargs as usize);
                self.decref(names);
                self.decref(cls);
                self.decref(subject);
                f.stack.push(r?);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = f.pop();
                let subject = f.pop();
                let r = self.dict_without_keys(subject, keys);
                self.decref(keys);
                self.decref(subject);
                f.stack.push(r?);
            }
            _ => unreachable!("not a pattern instruction"),
        }
        Ok(())
    }

    /// Whether the class or a base is `module.name` for one of `names`.
    fn has_base_named(&self, cls: ObjId, module: &str, names: &[&str]) -> bool {
        let Object::Type(t) = self.heap.get(cls) else { return false };
        t.mro.iter().any(|&c| match self.heap.get(c) {
            Object::Type(ct) => ct.module == module && names.contains(&ct.name.as_str()),
            _ => false,
        })
    }

    /// CPython's `Py_TPFLAGS_SEQUENCE`: lists, tuples, ranges, arrays, deques, memoryviews and
    /// the classes `collections.abc.Sequence` has as subclasses or registered, but never
    /// strings or bytes.
    fn is_pattern_sequence(&mut self, v: Value) -> PyResult<bool> {
        let t = &self.types;
        if [t.str_, t.bytes, t.bytearray].iter().any(|&c| self.isinstance(v, c)) {
            return Ok(false);
        }
        if [t.list, t.tuple, t.range, t.array, t.memoryview].iter().any(|&c| self.isinstance(v, c)) {
            return Ok(true);
        }
        let cls = self.type_of(v);
        if self.has_base_named(cls, "collections", &["deque"])
            || self.has_base_named(cls, "collections.abc", &["Sequence", "MutableSequence"])
        {
            return Ok(true);
        }
        self.registered_with(v, "Sequence")
    }

    /// CPython's `Py_TPFLAGS_MAPPING`: dicts and the classes `collections.abc.Mapping` has as
    /// subclasses or registered (`ChainMap`).
    fn is_pattern_mapping(&mut self, v: Value) -> PyResult<bool> {
        if self.isinstance(v, self.types.dict) {
            return Ok(true);
        }
        let cls = self.type_of(v);
        if self.has_base_named(cls, "collections.abc", &["Mapping", "MutableMapping"])
            || self.has_base_named(cls, "builtins", &["mappingproxy"])
        {
            return Ok(true);
        }
        self.registered_with(v, "Mapping")
    }

    /// Whether a script's object is an instance of a class registered with the ABC
    /// `collections.abc.<abc>` (which CPython marks as it registers). Nothing can be
    /// registered before `collections.abc` is imported.
    fn registered_with(&mut self, v: Value, abc: &str) -> PyResult<bool> {
        if !matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_))) {
            return Ok(false);
        }
        let Some(abc) = self.module_dict("collections.abc").and_then(|d| self.dict_get_str(d, abc)) else {
            return Ok(false);
        };
        self.isinstance_hooked(v, abc)
    }

    /// `isinstance(v, cls)` as the builtin answers it, asking a metaclass's `__instancecheck__`.
    pub(crate) fn isinstance_hooked(&mut self, v: Value, cls: Value) -> PyResult<bool> {
        let Some(isinstance) = self.dict_get_str(self.builtins, "isinstance") else { return Ok(false) };
        let isinstance = self.share(isinstance);
        let r = self.call(isinstance, &[v, cls], &[]);
        self.decref(isinstance);
        let r = r?;
        let b = self.truthy(r);
        self.decref(r);
        b
    }

    fn tuple_items(&self, v: Value) -> Vec<Value> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// The subject's value for each key (a tuple), or None if a key is missing. Found with the
    /// subject's `get(key, default)`, as CPython does, so that a `defaultdict` makes nothing.
    fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = self.tuple_items(keys);
        for (i, &k) in keys.iter().enumerate() {
            for &earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr(k)?;
                    return Err(self.new_exc(
                        ExcKind::ValueError,
                        &format!("mapping pattern checks duplicate key ({r})"),
                    ));
                }
            }
        }
        let get = self.intern("get");
        let get = self.getattr(subject, get)?;
        let missing = self.new_list(Vec::new());
        let mut values = Vec::with_capacity(keys.len());
        let mut outcome = Ok(true);
        for &k in &keys {
            match self.call(get, &[k, missing], &[]) {
                Ok(v) if v.is(missing) => {
                    self.decref(v);
                    outcome = Ok(false);
                    break;
                }
                Ok(v) => values.push(v),
                Err(e) => {
                    outcome = Err(e);
                    break;
                }
            }
        }
        self.decref(get);
        self.decref(missing);
        match outcome {
            Ok(true) => Ok(self.new_tuple(values)),
            other => {
                for v in values {
                    self.decref(v);
                }
                other.map(|_| Value::None)
            }
        }
    }

    /// A class pattern's attributes of the subject: positional ones named by the class's
    /// `__match_args__`, then the keywords; None if the subject is no instance of the class or
    /// lacks one of them.
    fn match_class(&mut self, subject: Value, cls: Value, names: Value, nargs: usize) -> PyResult<Value> {
        let cls_id = match cls.as_obj() {
            Some(id) if matches!(self.heap.get(id), Object::Type(_)) => id,
            _ => return Err(self.new_exc(ExcKind::TypeError, "called match pattern must be a type")),
        };
        let plain_metaclass = self.type_of(cls) == self.types.type_;
        if !self.isinstance(subject, cls_id) && (plain_metaclass || !self.isinstance_hooked(subject, cls)?) {
            return Ok(Value::None);
        }
        let tname = self.type_obj(cls_id).name.to_string();
        let mut wanted: Vec<Value> = Vec::new();
        let mut match_self = false;
        let mut match_args = None;
        if nargs > 0 {
            let key = self.intern("__match_args__");
            match self.getattr(cls, key) {
                Ok(args) => {
                    let is_tuple =
                        args.as_obj().is_some_and(|id| matches!(self.heap.get(id), Object::Tuple(_)))
                            && self.type_of(args) == self.types.tuple;
                    if !is_tuple {
                        let got = self.type_name(args);
                        self.decref(args);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("{tname}.__match_args__ must be a tuple (got {got})"),
                        ));
                    }
                    match_args = Some(args);
                }
                Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) => {
                    self.decref_id(e);
                    match_self = self.has_base_named(cls_id, "builtins", &MATCH_SELF);
                }
                Err(e) => return Err(e),
            }
            let allowed = if match_self { 1 } else { match_args.map_or(0, |a| self.tuple_items(a).len()) };
            if allowed < nargs {
                if let Some(a) = match_args {
                    self.decref(a);
                }
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"),
                ));
            }
            if let Some(a) = match_args {
                for name in self.tuple_items(a).into_iter().take(nargs) {
                    if self.type_of(name) != self.types.str_ {
                        let got = self.type_name(name);
                        self.decref(a);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("__match_args__ elements must be strings (got {got})"),
                        ));
                    }
                    self.incref(name);
                    wanted.push(name);
                }
                self.decref(a);
            }
        }
        for name in self.tuple_items(names) {
            self.incref(name);
            wanted.push(name);
        }
        let r = self.class_attrs(subject, &tname, &wanted, match_self);
        for name in wanted {
            self.decref(name);
        }
        r
    }

    fn class_attrs(
        &mut self,
        subject: Value,
        tname: &str,
        names: &[Value],
        match_self: bool,
    ) -> PyResult<Value> {
        let mut attrs = Vec::with_capacity(names.len() + 1);
        if match_self {
            self.incref(subject);
            attrs.push(subject);
        }
        let mut outcome = Ok(true);
        for (i, &name) in names.iter().enumerate() {
            let text = self.str_of(name).unwrap_or("").to_string();
            if names[..i].iter().any(|&n| self.str_of(n) == Some(text.as_str())) {
                let r = self.repr(name).unwrap_or_default();
                outcome = Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("{tname}() got multiple sub-patterns for attribute {r}"),
                ));
                break;
            }
            let key = self.intern(&text);
            match self.getattr(subject, key) {
                Ok(v) => attrs.push(v),
                Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) => {
                    self.decref_id(e);
                    outcome = Ok(false);
                    break;
                }
                Err(e) => {
                    outcome = Err(e);
                    break;
                }
            }
        }
        match outcome {
            Ok(true) => Ok(self.new_tuple(attrs)),
            other => {
                for v in attrs {
                    self.decref(v);
                }
                other.map(|_| Value::None)
            }
        }
    }

    /// `**rest`: a new dict of the subject's items but those under `keys`.
    fn dict_without_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let rest = Value::Obj(self.new_dict());
        if let Err(e) = self.dict_update(rest, subject) {
            self.decref(rest);
            return Err(e);
        }
        for k in self.tuple_items(keys) {
            if let Err(e) = self.delitem(rest, k) {
                self.decref(rest);
                return Err(e);
            }
        }
        Ok(rest)
    }
}
