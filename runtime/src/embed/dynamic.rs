//! `Dynamic`: script data of any shape as an owned Rust value, for settings whose types the
//! host does not know in advance (a JSON-like document, a list of mixed values). Data
//! (`None`, numbers, strings, bytes, lists, tuples, dicts) is copied out; anything else is kept
//! as a [`Handle`], alive as long as the host holds it.
//!
//! ```
//! use reap_runtime::embed::{Builder, Dynamic};
//!
//! let mut interp = Builder::new().build();
//! interp.exec("settings = {'name': 'api', 'ports': [80, 443], 'debug': None}\n", "s.py").unwrap();
//! let Dynamic::Dict(items) = interp.get::<Dynamic>("settings").unwrap() else { panic!() };
//! assert_eq!(items[0], (Dynamic::from("name"), Dynamic::from("api")));
//! assert_eq!(items[1].1, Dynamic::List(vec![Dynamic::from(80), Dynamic::from(443)]));
//! assert_eq!(items[2].1, Dynamic::None);
//! // And back: the host builds data of any shape for the script.
//! interp.set("extra", Dynamic::Tuple(vec![Dynamic::Float(0.5), Dynamic::Bool(true)])).unwrap();
//! assert_eq!(interp.eval::<String>("repr(extra)").unwrap(), "(0.5, True)");
//! ```

use num_bigint::BigInt;

use super::convert::{FromPy, IntoPy, Mismatch};
use super::{Context, Handle};
use crate::object::Object;
use crate::value::Value;

/// Script data as an owned Rust value (see the module's documentation).
#[derive(Debug, Clone, PartialEq)]
pub enum Dynamic {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Dynamic>),
    Tuple(Vec<Dynamic>),
    /// A dict's items, in the dict's order.
    Dict(Vec<(Dynamic, Dynamic)>),
    /// Anything else (a function, an instance, a set...), kept alive by the handle.
    Object(Handle),
}

impl From<&str> for Dynamic {
    fn from(s: &str) -> Dynamic {
        Dynamic::Str(s.to_string())
    }
}

impl From<String> for Dynamic {
    fn from(s: String) -> Dynamic {
        Dynamic::Str(s)
    }
}

impl From<i64> for Dynamic {
    fn from(n: i64) -> Dynamic {
        Dynamic::Int(BigInt::from(n))
    }
}

impl From<f64> for Dynamic {
    fn from(f: f64) -> Dynamic {
        Dynamic::Float(f)
    }
}

impl From<bool> for Dynamic {
    fn from(b: bool) -> Dynamic {
        Dynamic::Bool(b)
    }
}

impl FromPy for Dynamic {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        // A list nested in itself would never end; a deep one would take the stack.
        if cx.vm.stack_exhausted() {
            return Err(Mismatch::from("value nested too deeply"));
        }
        let items = |cx: &mut Context<'_>, items: Vec<Value>| -> Result<Vec<Dynamic>, Mismatch> {
            cx.vm.recursion.depth += 1;
            let r = items.into_iter().map(|i| Dynamic::from_py(cx, i)).collect();
            cx.vm.recursion.depth -= 1;
            r
        };
        Ok(match v {
            Value::None => Dynamic::None,
            Value::Bool(b) => Dynamic::Bool(b),
            Value::Int(i) => Dynamic::Int(BigInt::from(i)),
            Value::Float(f) => Dynamic::Float(f),
            Value::Obj(id) => match cx.vm.heap.get(id) {
                Object::Str(s) => Dynamic::Str(s.s.to_string()),
                Object::Bytes(b) => Dynamic::Bytes(b.clone()),
                Object::BigInt(b) => Dynamic::Int(b.clone()),
                Object::List(l) => {
                    let l = l.clone();
                    Dynamic::List(items(cx, l)?)
                }
                Object::Tuple(t) => {
                    let t = t.clone();
                    Dynamic::Tuple(items(cx, t)?)
                }
                Object::Dict(t) => {
                    let flat: Vec<Value> = t.iter().flat_map(|(_, e)| [e.key, e.value]).collect();
                    let mut flat = items(cx, flat)?.into_iter();
                    let mut pairs = Vec::new();
                    while let (Some(k), Some(v)) = (flat.next(), flat.next()) {
                        pairs.push((k, v));
                    }
                    Dynamic::Dict(pairs)
                }
                _ => Dynamic::Object(Handle::new(cx, v)),
            },
        })
    }
}

impl IntoPy for Dynamic {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        match self {
            Dynamic::None => Value::None,
            Dynamic::Bool(b) => Value::Bool(b),
            Dynamic::Int(i) => cx.vm.new_bigint(i),
            Dynamic::Float(f) => Value::Float(f),
            Dynamic::Str(s) => cx.vm.new_str(s),
            Dynamic::Bytes(b) => cx.vm.alloc(Object::Bytes(b)),
            Dynamic::List(items) => {
                let items = items.into_iter().map(|i| i.into_py(cx)).collect();
                cx.vm.new_list(items)
            }
            Dynamic::Tuple(items) => {
                let items = items.into_iter().map(|i| i.into_py(cx)).collect();
                cx.vm.new_tuple(items)
            }
            Dynamic::Dict(pairs) => {
                let d = Value::Obj(cx.vm.new_dict());
                for (k, v) in pairs {
                    let (k, v) = (k.into_py(cx), v.into_py(cx));
                    if let Err(e) = cx.vm.dict_set(d, k, v) {
                        // An unhashable key (a list): the conversion fails with its TypeError.
                        let message = cx.vm.str(Value::Obj(e)).unwrap_or_default();
                        cx.vm.decref_id(e);
                        cx.vm.host.conversion_error.get_or_insert(message);
                    }
                    cx.vm.decref(k);
                    cx.vm.decref(v);
                }
                d
            }
            Dynamic::Object(h) => h.into_py(cx),
        }
    }
}
