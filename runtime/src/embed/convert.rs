//! Conversions between Rust values and Reap's: `IntoPy` makes a Reap value (a new reference),
//! `FromPy` reads one, with a `TypeError`-worded message when the types do not fit.

use std::collections::{BTreeMap, HashMap};

use num_bigint::BigInt;

use super::Context;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// A Rust value that can become a Reap value (see [`Context`] for an implementation).
pub trait IntoPy {
    /// The value made: a new reference, which the caller owns.
    fn into_py(self, cx: &mut Context<'_>) -> Value;
}

/// A Rust value that can be read from a Reap value (see [`Context`] for an implementation).
pub trait FromPy: Sized {
    /// Reads `v`, borrowed for this call only (keep a [`Handle`](super::Handle) to hold on to
    /// an object); `Err` says why it does not fit, for the `TypeError` it becomes.
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch>;
}

/// Why a script value did not convert. As a host function's argument it becomes CPython's
/// `TypeError`: `fetch() argument 'key' must be str, not int` for a [`Mismatch::Type`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The value's type is not one the conversion takes: `expected` names what it takes
    /// (`str`, `list or tuple`), `got` the value's type.
    Type { expected: String, got: String },
    /// Any other reason (an int out of range, a tuple of the wrong length), as a message.
    Other(String),
}

impl Mismatch {
    /// The value `v` is not an `expected`.
    pub fn expected(cx: &Context<'_>, expected: &str, v: Value) -> Mismatch {
        Mismatch::Type { expected: expected.to_string(), got: cx.type_name(v) }
    }

    /// The message for a host function's argument: `param` is its name, or `None` for one
    /// known only by position (`index`, from 0).
    pub(crate) fn for_argument(&self, func: &str, param: Option<&str>, index: usize) -> String {
        let which = match param {
            Some(p) => format!("'{p}'"),
            None => (index + 1).to_string(),
        };
        match self {
            // CPython names None itself, not its type.
            Mismatch::Type { expected, got } => {
                let got = if got == "NoneType" { "None" } else { got };
                format!("{func}() argument {which} must be {expected}, not {got}")
            }
            Mismatch::Other(m) => format!("{func}() argument {which}: {m}"),
        }
    }
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mismatch::Type { expected, got } => write!(f, "expected {expected}, got '{got}'"),
            Mismatch::Other(m) => f.write_str(m),
        }
    }
}

impl From<String> for Mismatch {
    fn from(m: String) -> Mismatch {
        Mismatch::Other(m)
    }
}

impl From<&str> for Mismatch {
    fn from(m: &str) -> Mismatch {
        Mismatch::Other(m.to_string())
    }
}

fn expected(vm: &Vm, what: &str, v: Value) -> Mismatch {
    Mismatch::Type { expected: what.to_string(), got: vm.type_name(v) }
}

impl IntoPy for () {
    fn into_py(self, _: &mut Context<'_>) -> Value {
        Value::None
    }
}

impl FromPy for () {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        if v == Value::None { Ok(()) } else { Err(expected(cx.vm, "None", v)) }
    }
}

impl IntoPy for bool {
    fn into_py(self, _: &mut Context<'_>) -> Value {
        Value::Bool(self)
    }
}

impl FromPy for bool {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        match v {
            Value::Bool(b) => Ok(b),
            _ => Err(expected(cx.vm, "bool", v)),
        }
    }
}

macro_rules! ints {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self, cx: &mut Context<'_>) -> Value {
                cx.vm.new_bigint(BigInt::from(self))
            }
        }

        impl FromPy for $t {
            fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
                let big = match v {
                    Value::Int(i) => BigInt::from(i),
                    Value::Bool(b) => BigInt::from(i64::from(b)),
                    Value::Obj(id) => match cx.vm.heap.get(id) {
                        Object::BigInt(b) => b.clone(),
                        _ => return Err(expected(cx.vm, "int", v)),
                    },
                    _ => return Err(expected(cx.vm, "int", v)),
                };
                <$t>::try_from(&big).map_err(|_| Mismatch::Other(format!("int {big} does not fit {}", stringify!($t))))
            }
        }
    )*};
}

ints!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128, isize, usize);

impl IntoPy for BigInt {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        cx.vm.new_bigint(self)
    }
}

impl FromPy for BigInt {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        match v {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(i64::from(b))),
            Value::Obj(id) => match cx.vm.heap.get(id) {
                Object::BigInt(b) => Ok(b.clone()),
                _ => Err(expected(cx.vm, "int", v)),
            },
            _ => Err(expected(cx.vm, "int", v)),
        }
    }
}

impl IntoPy for f64 {
    fn into_py(self, _: &mut Context<'_>) -> Value {
        Value::Float(self)
    }
}

impl FromPy for f64 {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        match v {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            _ => Err(expected(cx.vm, "float", v)),
        }
    }
}

impl IntoPy for &str {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        cx.vm.new_str(self)
    }
}

impl IntoPy for String {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        cx.vm.new_str(self)
    }
}

impl FromPy for String {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        match cx.vm.str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(expected(cx.vm, "str", v)),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        match self {
            Some(t) => t.into_py(cx),
            None => Value::None,
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        if v == Value::None { Ok(None) } else { T::from_py(cx, v).map(Some) }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        let items = self.into_iter().map(|t| t.into_py(cx)).collect();
        cx.vm.new_list(items)
    }
}

/// The items of a list or tuple (borrowed).
fn sequence(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(items) | Object::Tuple(items)) => Some(items.clone()),
        _ => None,
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        let items = sequence(cx.vm, v).ok_or_else(|| expected(cx.vm, "list or tuple", v))?;
        items.into_iter().map(|i| T::from_py(cx, i)).collect()
    }
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),+)),*) => {$(
        impl<$($t: IntoPy),+> IntoPy for ($($t,)+) {
            fn into_py(self, cx: &mut Context<'_>) -> Value {
                let items = vec![$(self.$i.into_py(cx)),+];
                cx.vm.new_tuple(items)
            }
        }

        impl<$($t: FromPy),+> FromPy for ($($t,)+) {
            fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
                let items = sequence(cx.vm, v).ok_or_else(|| expected(cx.vm, "tuple", v))?;
                let n = [$($i),+].len();
                if items.len() != n {
                    return Err(format!("expected a tuple of {n}, got {} items", items.len()).into());
                }
                Ok(($($t::from_py(cx, items[$i])?,)+))
            }
        }
    )*};
}

tuples!((A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4), (A 0, B 1, C 2, D 3, E 4, F5 5), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7));

/// The (key, value) pairs of a dict (borrowed).
fn pairs(vm: &Vm, v: Value) -> Option<Vec<(Value, Value)>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => Some(t.iter().map(|(_, e)| (e.key, e.value)).collect()),
        _ => None,
    }
}

macro_rules! maps {
    ($($m:ident: $($bound:path),*);*) => {$(
        impl<K: IntoPy, V: IntoPy> IntoPy for $m<K, V> {
            fn into_py(self, cx: &mut Context<'_>) -> Value {
                let d = Value::Obj(cx.vm.new_dict());
                for (k, v) in self {
                    let (k, v) = (k.into_py(cx), v.into_py(cx));
                    // Keys made from Rust values are str, int, float, bool or tuples of them:
                    // hashable, so the insertion cannot fail.
                    if let Err(e) = cx.vm.dict_set(d, k, v) {
                        cx.vm.decref_id(e);
                    }
                    cx.vm.decref(k);
                    cx.vm.decref(v);
                }
                d
            }
        }

        impl<K: FromPy $(+ $bound)*, V: FromPy> FromPy for $m<K, V> {
            fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
                let items = pairs(cx.vm, v).ok_or_else(|| expected(cx.vm, "dict", v))?;
                items.into_iter().map(|(k, v)| Ok((K::from_py(cx, k)?, V::from_py(cx, v)?))).collect()
            }
        }
    )*};
}

maps!(HashMap: std::hash::Hash, Eq; BTreeMap: Ord);
