//! `_reap_json`: the encoder and the scanner behind `json` (`pylib/json.py`), native for the
//! same reason CPython's `_json` accelerator is: a document is millions of small values, and a
//! Python loop over them is many times slower than the work itself.
//!
//! `encode` writes what both of CPython's encoders write (the C one used without `indent`, the
//! Python one used with it); `python_path` picks the few messages in which they differ.
//! `scan` is `raw_decode`: one value from a position, with CPython's `JSONDecodeError`
//! messages and positions (in characters). The module's functions are internal: `json`'s
//! classes decide which hooks and separators to pass.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use reap_lang::repr::float_repr;

use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn make_json(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_json");
    def(vm, d, "_reap_json.encode", encode);
    def(vm, d, "_reap_json.scan", scan);
    register(vm, "_reap_json", m);
}

// ---- Encoding -------------------------------------------------------------------------------

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_separator,
/// key_separator, default, sort_keys, python_path)`: `indent` is None or the str one level
/// adds, `default` None or the callable for other objects.
fn encode(vm: &mut Vm, args: &[Value], _kw: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "encode", args, 11, 11)?;
    let text = |vm: &Vm, v: Value| vm.str_of(v).map(str::to_string);
    let mut e = Encoder {
        out: String::new(),
        skipkeys: vm.truthy(args[1])?,
        ensure_ascii: vm.truthy(args[2])?,
        check_circular: vm.truthy(args[3])?,
        allow_nan: vm.truthy(args[4])?,
        indent: text(vm, args[5]),
        item_sep: text(vm, args[6]).unwrap_or_else(|| ", ".into()),
        key_sep: text(vm, args[7]).unwrap_or_else(|| ": ".into()),
        default: (args[8] != Value::None).then_some(args[8]),
        sort_keys: vm.truthy(args[9])?,
        python_path: vm.truthy(args[10])?,
        markers: HashSet::new(),
    };
    e.value(vm, args[0], 0)?;
    Ok(vm.new_str(e.out))
}

struct Encoder {
    out: String,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    sort_keys: bool,
    /// Messages as `json.encoder`'s Python code words them (it runs when `indent` is given).
    python_path: bool,
    /// The containers being encoded, by identity: meeting one again is a cycle.
    markers: HashSet<ObjId>,
}

/// What an object encodes as, read from the heap before anything can run.
enum Kind {
    Text,
    Int,
    Float(f64),
    /// A list or tuple: its items are read afresh at each index, as a `default` called on the
    /// way may change it.
    Sequence(ObjId),
    /// An instance of a subclass of list or tuple: iterated (its `__iter__` counts), as
    /// CPython's `PySequence_Fast` does.
    Iterable,
    Mapping {
        exact: bool,
    },
    Other,
}

impl Encoder {
    fn value(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Float(f) => self.float(vm, f)?,
            Value::Obj(id) => match kind_of(vm, v, id) {
                Kind::Text => self.string(vm, v),
                Kind::Int => self.int(vm, v)?,
                Kind::Float(f) => self.float(vm, f)?,
                Kind::Sequence(items) => self.nested(vm, v, |e, vm| e.sequence(vm, items, level))?,
                Kind::Mapping { exact } => self.nested(vm, v, |e, vm| e.mapping(vm, v, exact, level))?,
                Kind::Iterable => self.iterated(vm, v, level)?,
                Kind::Other => self.other(vm, v, level)?,
            },
        }
        Ok(())
    }

    fn string(&mut self, vm: &Vm, v: Value) {
        let s = vm.str_of(v).unwrap_or("");
        escape_into(&mut self.out, s, self.ensure_ascii);
    }

    /// `int.__repr__`: a subclass's own `__repr__` is not asked.
    fn int(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        match vm.payload(v) {
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Bool(b) => self.out.push_str(if b { "1" } else { "0" }),
            p => {
                let big = match p.as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::BigInt(b)) => b.clone(),
                    _ => return Ok(()),
                };
                let text = vm.int_to_decimal(&big)?;
                self.out.push_str(&text);
            }
        }
        Ok(())
    }

    fn float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        let text = float_text(vm, f, self.allow_nan, self.python_path)?;
        self.out.push_str(&text);
        Ok(())
    }

    /// Encodes a container inside the recursion limit and the cycle check.
    fn nested(
        &mut self,
        vm: &mut Vm,
        v: Value,
        body: impl FnOnce(&mut Self, &mut Vm) -> PyResult<()>,
    ) -> PyResult<()> {
        let id = v.as_obj();
        self.enter(vm, id)?;
        // Held for the while: a `default` on the way may drop the last other reference.
        vm.incref(v);
        let r = self.deeper(vm, body);
        vm.decref(v);
        if let (Ok(()), Some(id)) = (&r, id) {
            self.markers.remove(&id);
        }
        r
    }

    fn deeper<R>(
        &mut self,
        vm: &mut Vm,
        body: impl FnOnce(&mut Self, &mut Vm) -> PyResult<R>,
    ) -> PyResult<R> {
        vm.recursion.depth += 1;
        let r = if vm.stack_exhausted() {
            let msg = if self.python_path {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            };
            Err(vm.new_exc(ExcKind::RecursionError, msg))
        } else {
            body(self, vm)
        };
        vm.recursion.depth -= 1;
        r
    }

    fn enter(&mut self, vm: &mut Vm, id: Option<ObjId>) -> PyResult<()> {
        if let Some(id) = id
            && self.check_circular
            && !self.markers.insert(id)
        {
            return Err(vm.new_exc(ExcKind::ValueError, "Circular reference detected"));
        }
        Ok(())
    }

    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    /// Writes the separator before an item: none before the first, and with `indent` each
    /// item on its own line.
    fn separate(&mut self, first: bool, level: usize) {
        if !first {
            self.out.push_str(&self.item_sep);
        }
        if !first || self.indent.is_none() {
            self.newline(level);
        }
    }

    /// A list or tuple.
    fn sequence(&mut self, vm: &mut Vm, items: ObjId, level: usize) -> PyResult<()> {
        let len = |vm: &Vm| match vm.heap.get(items) {
            Object::List(l) | Object::Tuple(l) => l.len(),
            _ => 0,
        };
        if len(vm) == 0 {
            self.out.push_str("[]");
            return Ok(());
        }
        self.out.push('[');
        self.newline(level + 1);
        let mut i = 0;
        while let Some(item) = match vm.heap.get(items) {
            Object::List(l) | Object::Tuple(l) => l.get(i).copied(),
            _ => None,
        } {
            self.separate(i == 0, level + 1);
            self.value(vm, item, level + 1)?;
            i += 1;
        }
        self.newline(level);
        self.out.push(']');
        Ok(())
    }

    /// A dict: an exact one's items as they are, a subclass's from its `items()`.
    fn mapping(&mut self, vm: &mut Vm, v: Value, exact: bool, level: usize) -> PyResult<()> {
        let empty = match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Dict(t)) => t.is_empty(),
            _ => true,
        };
        if empty {
            self.out.push_str("{}");
            return Ok(());
        }
        let items = self.items(vm, v, exact)?;
        let r = self.pairs(vm, &items, level);
        for (k, val) in items {
            vm.decref(k);
            vm.decref(val);
        }
        r
    }

    /// The (key, value) pairs to write, owned, sorted by key when asked.
    fn items(&mut self, vm: &mut Vm, v: Value, exact: bool) -> PyResult<Vec<(Value, Value)>> {
        let mut pairs = Vec::new();
        if exact {
            if let Some(Object::Dict(t)) = v.as_obj().map(|id| vm.heap.get(id)) {
                pairs.extend(t.iter().map(|(_, e)| (e.key, e.value)));
            }
            for &(k, val) in &pairs {
                vm.incref(k);
                vm.incref(val);
            }
        } else {
            let items = vm.getattr_str(v, "items")?;
            let got = vm.call(items, &[], &[]);
            vm.decref(items);
            let got = got?;
            let listed = vm.iterate_to_vec(got);
            vm.decref(got);
            for item in listed? {
                let pair = match item.as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
                    _ => None,
                };
                match pair {
                    Some((k, val)) => {
                        vm.incref(k);
                        vm.incref(val);
                        pairs.push((k, val));
                        vm.decref(item);
                    }
                    None => {
                        vm.decref(item);
                        release_pairs(vm, pairs);
                        return Err(vm.new_exc(ExcKind::ValueError, "items must return 2-tuples"));
                    }
                }
            }
        }
        if self.sort_keys {
            pairs = sorted_pairs(vm, pairs)?;
        }
        Ok(pairs)
    }

    fn pairs(&mut self, vm: &mut Vm, items: &[(Value, Value)], level: usize) -> PyResult<()> {
        self.out.push('{');
        // The Python encoder opens the first line before it knows whether a key is kept.
        if self.indent.is_some() {
            self.newline(level + 1);
        }
        let mut first = true;
        for &(key, val) in items {
            let Some(key_text) = self.key(vm, key)? else { continue };
            self.separate(first, level + 1);
            first = false;
            escape_into(&mut self.out, &key_text, self.ensure_ascii);
            self.out.push_str(&self.key_sep);
            self.value(vm, val, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }

    /// A key as the text it is written as, or None for a key `skipkeys` drops.
    fn key(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<String>> {
        let kind = match key {
            Value::Obj(id) => kind_of(vm, key, id),
            Value::Float(f) => Kind::Float(f),
            Value::Int(_) => Kind::Int,
            _ => Kind::Other,
        };
        Ok(Some(match (key, kind) {
            (_, Kind::Text) => vm.str_of(key).unwrap_or("").to_string(),
            (_, Kind::Float(f)) => float_text(vm, f, self.allow_nan, self.python_path)?,
            (Value::Bool(b), _) => (if b { "true" } else { "false" }).to_string(),
            (Value::None, _) => "null".to_string(),
            (_, Kind::Int) => {
                let saved = std::mem::take(&mut self.out);
                let r = self.int(vm, key);
                let text = std::mem::replace(&mut self.out, saved);
                r?;
                text
            }
            _ if self.skipkeys => return Ok(None),
            _ => {
                let tn = vm.type_name(key);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("keys must be str, int, float, bool or None, not {tn}"),
                ));
            }
        }))
    }

    /// A list or tuple subclass's items, as its iterator gives them.
    fn iterated(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        let items = vm.iterate_to_vec(v)?;
        let list = vm.new_list(items);
        let Some(list_id) = list.as_obj() else { return Ok(()) };
        let r = self.nested(vm, v, |e, vm| e.sequence(vm, list_id, level));
        vm.decref(list);
        r
    }

    /// Anything else: what `default` makes of it, encoded in its place.
    fn other(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        let Some(default) = self.default else {
            // CPython's `JSONEncoder.default` names `o.__class__.__name__`, without a module.
            let tn = vm.type_obj(vm.type_of(v)).name.to_string();
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("Object of type {tn} is not JSON serializable"))
            );
        };
        self.enter(vm, v.as_obj())?;
        vm.incref(v);
        let r = match vm.call(default, &[v], &[]) {
            Ok(made) => {
                let r = self.deeper(vm, |e, vm| e.value(vm, made, level));
                vm.decref(made);
                r
            }
            Err(e) => Err(e),
        };
        vm.decref(v);
        if r.is_ok()
            && let Some(id) = v.as_obj()
        {
            self.markers.remove(&id);
        }
        r
    }
}

/// How `v` (the object `id`) encodes.
fn kind_of(vm: &Vm, v: Value, id: ObjId) -> Kind {
    let payload = match vm.heap.get(id) {
        Object::Instance(i) => match i.base() {
            Some(b) => b,
            None => return Kind::Other,
        },
        _ => v,
    };
    let subclass = payload != v;
    match payload {
        Value::Int(_) | Value::Bool(_) => Kind::Int,
        Value::Float(f) => Kind::Float(f),
        Value::None => Kind::Other,
        Value::Obj(p) => match vm.heap.get(p) {
            Object::Str(_) => Kind::Text,
            Object::BigInt(_) => Kind::Int,
            Object::List(_) | Object::Tuple(_) if subclass => Kind::Iterable,
            Object::List(_) | Object::Tuple(_) => Kind::Sequence(p),
            Object::Dict(_) => Kind::Mapping { exact: !subclass },
            _ => Kind::Other,
        },
    }
}

fn release_pairs(vm: &mut Vm, pairs: Vec<(Value, Value)>) {
    for (k, v) in pairs {
        vm.decref(k);
        vm.decref(v);
    }
}

/// Sorts pairs as `sorted(d.items())` does: as tuples, so the keys' `<` decides.
fn sorted_pairs(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let mut tuples: Vec<Value> = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
    let r = crate::types::sort::sort_values(vm, &mut tuples, None, false);
    let mut out = Vec::with_capacity(tuples.len());
    for t in tuples {
        if let Some(Object::Tuple(items)) = t.as_obj().map(|id| vm.heap.get(id))
            && let [k, v] = items[..]
        {
            vm.incref(k);
            vm.incref(v);
            out.push((k, v));
        }
        vm.decref(t);
    }
    match r {
        Ok(()) => Ok(out),
        Err(e) => {
            release_pairs(vm, out);
            Err(e)
        }
    }
}

/// A float as JSON writes it; NaN and the infinities only when allowed.
fn float_text(vm: &mut Vm, f: f64, allow_nan: bool, python_path: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(float_repr(f));
    }
    if !allow_nan {
        let msg = if python_path {
            format!("Out of range float values are not JSON compliant: {}", float_repr(f))
        } else {
            "Out of range float values are not JSON compliant".to_string()
        };
        return Err(vm.new_exc(ExcKind::ValueError, &msg));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// A JSON string literal: quotes, the two-character escapes, `\u00XX` for other control
/// characters and, with `ensure_ascii`, `\uXXXX` (a surrogate pair past the BMP) for the rest.
fn escape_into(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut plain_from = 0;
    for (at, c) in s.char_indices() {
        let plain = match c {
            '"' | '\\' => false,
            c if (c as u32) < 0x20 => false,
            c if ensure_ascii && (c as u32) > 0x7e => false,
            _ => true,
        };
        if plain {
            continue;
        }
        out.push_str(&s[plain_from..at]);
        plain_from = at + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push_str(&s[plain_from..]);
    out.push('"');
}

// ---- Scanning -------------------------------------------------------------------------------

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)` -> `(value, end)`: `raw_decode`'s work. The hooks and parsers
/// are None where `json` has its defaults.
fn scan(vm: &mut Vm, args: &[Value], _kw: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "scan", args, 9, 9)?;
    let Some(text) = vm.str_of(args[0]).map(str::to_string) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("first argument must be a string, not {tn}")));
    };
    let idx = match args[1] {
        Value::Int(i) => i,
        _ => return Err(vm.new_exc(ExcKind::TypeError, "idx must be an int")),
    };
    if idx < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "idx cannot be negative"));
    }
    let hook = |v: Value| (v != Value::None).then_some(v);
    let ascii = text.is_ascii();
    let start = if ascii {
        (idx as usize).min(text.len())
    } else {
        text.char_indices().nth(idx as usize).map_or(text.len(), |(at, _)| at)
    };
    // An index past the end is where the missing value was expected.
    let past = (idx as usize).saturating_sub(if ascii { text.len() } else { text.chars().count() });
    let mut s = Scanner {
        doc: args[0],
        s: text.as_bytes(),
        ascii,
        strict: vm.truthy(args[2])?,
        object_hook: hook(args[3]),
        object_pairs_hook: hook(args[4]),
        parse_float: hook(args[5]),
        parse_int: hook(args[6]),
        parse_constant: hook(args[7]),
        error_class: args[8],
        memo: HashMap::new(),
        past,
    };
    let r = s.value(vm, start);
    for (_, k) in s.memo.drain() {
        vm.decref(k);
    }
    let (value, end) = r?;
    let end = s.chars_to(end);
    let end = Value::Int(end as i64);
    Ok(vm.new_tuple(vec![value, end]))
}

struct Scanner<'a> {
    doc: Value,
    s: &'a [u8],
    ascii: bool,
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    error_class: Value,
    /// Keys met so far: a document repeats the same few, and one str each is shared.
    memo: HashMap<String, Value>,
    /// How far past the end the start index was (errors there report it).
    past: usize,
}

impl Scanner<'_> {
    /// The character index of a byte offset.
    fn chars_to(&self, at: usize) -> usize {
        if self.ascii {
            at
        } else {
            let text = std::str::from_utf8(&self.s[..at]).unwrap_or("");
            text.chars().count()
        }
    }

    fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> ObjId {
        let pos = self.chars_to(at) + if at >= self.s.len() { self.past } else { 0 };
        let m = vm.new_str(msg);
        let p = Value::Int(pos as i64);
        let r = vm.call(self.error_class, &[m, self.doc, p], &[]);
        vm.decref(m);
        match r {
            Ok(exc) => exc.as_obj().unwrap_or_else(|| vm.new_exc(ExcKind::ValueError, msg)),
            Err(e) => e,
        }
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.s.get(i).copied()
    }

    fn skip(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let rest = &self.s[i.min(self.s.len())..];
        match rest.first() {
            None => Err(self.error(vm, "Expecting value", i)),
            Some(b'"') => {
                let (text, end) = self.string(vm, i + 1)?;
                Ok((vm.new_str(text), end))
            }
            Some(b'{') => self.deeper(vm, "object", |s, vm| s.object(vm, i + 1)),
            Some(b'[') => self.deeper(vm, "array", |s, vm| s.array(vm, i + 1)),
            Some(b'n') if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            Some(b't') if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            Some(b'f') if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            Some(b'N') if rest.starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, i),
            Some(b'I') if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", f64::INFINITY, i),
            Some(b'-') if rest.starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, i)
            }
            Some(_) => self.number(vm, i),
        }
    }

    fn deeper(
        &mut self,
        vm: &mut Vm,
        what: &str,
        body: impl FnOnce(&mut Self, &mut Vm) -> PyResult<(Value, usize)>,
    ) -> PyResult<(Value, usize)> {
        vm.recursion.depth += 1;
        let r = if vm.stack_exhausted() {
            let msg = format!(
                "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
            );
            Err(vm.new_exc(ExcKind::RecursionError, &msg))
        } else {
            body(self, vm)
        };
        vm.recursion.depth -= 1;
        r
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, f: f64, i: usize) -> PyResult<(Value, usize)> {
        let end = i + name.len();
        match self.parse_constant {
            None => Ok((Value::Float(f), end)),
            Some(parse) => {
                let arg = vm.new_str(name);
                let r = vm.call(parse, &[arg], &[]);
                vm.decref(arg);
                Ok((r?, end))
            }
        }
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if self.at(i) == Some(b'.') && digit(i + 1) {
            is_float = true;
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = std::str::from_utf8(&self.s[start..i]).unwrap_or("0");
        let parser = if is_float { self.parse_float } else { self.parse_int };
        let value = match parser {
            Some(parse) => {
                let arg = vm.new_str(text);
                let r = vm.call(parse, &[arg], &[]);
                vm.decref(arg);
                r?
            }
            None if is_float => Value::Float(text.parse().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                // Past 64 bits: `int(text)`, with its limit on digits.
                Err(_) => {
                    let arg = vm.new_str(text);
                    let r = vm.call(Value::Obj(vm.types.int), &[arg], &[]);
                    vm.decref(arg);
                    r?
                }
            },
        };
        Ok((value, i))
    }

    /// A string's text from just after its opening quote, and the offset after its closing one.
    fn string(&self, vm: &mut Vm, from: usize) -> PyResult<(String, usize)> {
        let begin = from - 1;
        let mut out = String::new();
        let mut i = from;
        loop {
            let mut j = i;
            while let Some(c) = self.at(j) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(self.error(vm, "Invalid control character at", j));
                }
                j += 1;
            }
            out.push_str(std::str::from_utf8(&self.s[i..j]).unwrap_or(""));
            match self.at(j) {
                Some(b'"') => return Ok((out, j + 1)),
                None => return Err(self.error(vm, "Unterminated string starting at", begin)),
                _ => {}
            }
            let Some(esc) = self.at(j + 1) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            let simple = match esc {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let (c, end) = self.unicode_escape(vm, j + 1)?;
                    out.push(c);
                    i = end;
                    continue;
                }
                _ => return Err(self.error(vm, "Invalid \\escape", j)),
            };
            out.push(simple);
            i = j + 2;
        }
    }

    /// A `\uXXXX` escape from its `u` (and the low half of a surrogate pair after it).
    /// Reap's strs hold no lone surrogate: one reads as U+FFFD, as `chr()` makes it.
    fn unicode_escape(&self, vm: &mut Vm, u: usize) -> PyResult<(char, usize)> {
        if u + 5 >= self.s.len() {
            return Err(self.error(vm, "Invalid \\uXXXX escape", u));
        }
        let Some(high) = self.hex4(u + 1) else {
            return Err(self.error(vm, "Invalid \\uXXXX escape", u));
        };
        let end = u + 5;
        if (0xD800..=0xDBFF).contains(&high)
            && end + 6 < self.s.len()
            && self.at(end) == Some(b'\\')
            && self.at(end + 1) == Some(b'u')
        {
            let Some(low) = self.hex4(end + 2) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
            };
            if (0xDC00..=0xDFFF).contains(&low) {
                let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok((char::from_u32(c).unwrap_or('\u{FFFD}'), end + 6));
            }
        }
        Ok((char::from_u32(high).unwrap_or('\u{FFFD}'), end))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.s.get(at..at + 4)?;
        let text = std::str::from_utf8(digits).ok()?;
        if !text.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(text, 16).ok()
    }

    fn key(&mut self, vm: &mut Vm, from: usize) -> PyResult<(Value, usize)> {
        let (text, end) = self.string(vm, from)?;
        if let Some(&k) = self.memo.get(&text) {
            vm.incref(k);
            return Ok((k, end));
        }
        let k = vm.new_str(text.clone());
        vm.incref(k);
        self.memo.insert(text, k);
        Ok((k, end))
    }

    fn object(&mut self, vm: &mut Vm, from: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let r = self.object_pairs(vm, from, &mut pairs);
        let end = match r {
            Ok(end) => end,
            Err(e) => {
                release_pairs(vm, pairs);
                return Err(e);
            }
        };
        let value = self.make_object(vm, pairs)?;
        Ok((value, end))
    }

    fn object_pairs(&mut self, vm: &mut Vm, from: usize, pairs: &mut Vec<(Value, Value)>) -> PyResult<usize> {
        let mut i = self.skip(from);
        if self.at(i) == Some(b'}') {
            return Ok(i + 1);
        }
        loop {
            if self.at(i) != Some(b'"') {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
            }
            let (key, after) = self.key(vm, i + 1)?;
            i = self.skip(after);
            if self.at(i) != Some(b':') {
                vm.decref(key);
                return Err(self.error(vm, "Expecting ':' delimiter", i));
            }
            i = self.skip(i + 1);
            let (value, after) = match self.value(vm, i) {
                Ok(v) => v,
                Err(e) => {
                    vm.decref(key);
                    return Err(e);
                }
            };
            pairs.push((key, value));
            i = self.skip(after);
            match self.at(i) {
                Some(b'}') => return Ok(i + 1),
                Some(b',') => i = self.skip(i + 1),
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
        }
    }

    /// The object's pairs as the hooks want them: a list of tuples for `object_pairs_hook`,
    /// else a dict (later duplicates win), passed to `object_hook` if there is one.
    fn make_object(&mut self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = self.object_pairs_hook {
            let tuples = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
            let list = vm.new_list(tuples);
            let r = vm.call(hook, &[list], &[]);
            vm.decref(list);
            return r;
        }
        let d = Value::Obj(vm.new_dict());
        let mut result = Ok(());
        for (k, v) in pairs {
            if result.is_ok() {
                result = vm.dict_set(d, k, v);
            }
            vm.decref(k);
            vm.decref(v);
        }
        if let Err(e) = result {
            vm.decref(d);
            return Err(e);
        }
        match self.object_hook {
            Some(hook) => {
                let r = vm.call(hook, &[d], &[]);
                vm.decref(d);
                r
            }
            None => Ok(d),
        }
    }

    fn array(&mut self, vm: &mut Vm, from: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let r = self.array_items(vm, from, &mut items);
        match r {
            Ok(end) => Ok((vm.new_list(items), end)),
            Err(e) => {
                for v in items {
                    vm.decref(v);
                }
                Err(e)
            }
        }
    }

    fn array_items(&mut self, vm: &mut Vm, from: usize, items: &mut Vec<Value>) -> PyResult<usize> {
        let mut i = self.skip(from);
        if self.at(i) == Some(b']') {
            return Ok(i + 1);
        }
        loop {
            let (value, after) = self.value(vm, i)?;
            items.push(value);
            i = self.skip(after);
            match self.at(i) {
                Some(b']') => return Ok(i + 1),
                Some(b',') => i = self.skip(i + 1),
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}
