//! A host callable's parameters, read once from the names the host gave (`"key"`,
//! `"default=None"`, `"*args"`, `"**options"`), and the binding of a call's arguments to
//! them, as a Python function binds its own.

use super::convert::{FromPy, Mismatch};
use super::{Context, HostError};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Positional or keyword (keyword-only after a `*args`).
    Plain,
    /// `*name`: the extra positional arguments, as a tuple.
    Star,
    /// `**name`: the extra keyword arguments, as a dict.
    StarStar,
}

struct Param {
    name: String,
    /// The literal after `=`.
    default: Option<String>,
    kind: Kind,
}

/// What a call binds to: the callable's name (for messages) and its parameters.
pub(crate) struct Signature {
    name: String,
    params: Vec<Param>,
    /// The host named the parameters (else they are known by position only).
    named: bool,
    /// Neither `*args` nor `**kwargs`: a call with exactly as many positional arguments as
    /// parameters binds them as they are.
    plain: bool,
}

/// Where a host callable's arguments come from, for the messages of those that do not
/// convert. Part of the host-callable traits' plumbing, not for hosts to use.
#[doc(hidden)]
pub struct Site<'s> {
    sig: &'s Signature,
}

impl Signature {
    /// `params` as the host wrote them; names are ignored unless there is one per Rust
    /// parameter (`arity`).
    pub(crate) fn new(name: &str, params: &[&str], arity: usize) -> Signature {
        let named = params.len() == arity;
        let params: Vec<Param> = if named {
            params.iter().map(|p| parse(p)).collect()
        } else {
            (0..arity).map(|i| Param { name: format!("arg{i}"), default: None, kind: Kind::Plain }).collect()
        };
        let plain = params.iter().all(|p| p.kind == Kind::Plain);
        Signature { name: name.to_string(), params, named, plain }
    }

    pub(crate) fn site(&self) -> Site<'_> {
        Site { sig: self }
    }

    /// The arguments in parameter order, and the values made for this call (defaults, the
    /// `*args` tuple, the `**kwargs` dict) for the caller to release after it.
    pub(crate) fn bind(
        &self,
        vm: &mut Vm,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<(Vec<Value>, Vec<Value>)> {
        if self.plain && kwargs.is_empty() && args.len() == self.params.len() {
            return Ok((args.to_vec(), Vec::new()));
        }
        let mut slots: Vec<Option<Value>> = vec![None; self.params.len()];
        let mut made = Vec::new();
        let r = self.fill(vm, args, kwargs, &mut slots, &mut made);
        if let Err(e) = r {
            for v in made {
                vm.decref(v);
            }
            return Err(e);
        }
        Ok((slots.into_iter().flatten().collect(), made))
    }

    fn fill(
        &self,
        vm: &mut Vm,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
        slots: &mut [Option<Value>],
        made: &mut Vec<Value>,
    ) -> PyResult<()> {
        let name = &self.name;
        let star = self.params.iter().position(|p| p.kind == Kind::Star);
        let positional = self.params.iter().take_while(|p| p.kind == Kind::Plain).count();
        if args.len() > positional && star.is_none() {
            let s = if positional == 1 { "" } else { "s" };
            let msg =
                format!("{name}() takes {positional} positional argument{s} but {} were given", args.len());
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
        for (slot, &a) in slots.iter_mut().zip(&args[..args.len().min(positional)]) {
            *slot = Some(a);
        }
        if let Some(i) = star {
            let rest = args.get(positional..).unwrap_or(&[]).to_vec();
            for &v in &rest {
                vm.incref(v);
            }
            let t = vm.new_tuple(rest);
            made.push(t);
            slots[i] = Some(t);
        }
        let double = self.params.iter().position(|p| p.kind == Kind::StarStar);
        let extra = double.map(|i| {
            let d = Value::Obj(vm.new_dict());
            made.push(d);
            slots[i] = Some(d);
            d
        });
        for &(k, v) in kwargs {
            let key = vm.str_of(Value::Obj(k)).unwrap_or("").to_string();
            let at = self.params.iter().position(|p| p.kind == Kind::Plain && p.name == key);
            match (at, extra) {
                (Some(i), _) if slots[i].is_none() => slots[i] = Some(v),
                (Some(_), _) => {
                    let msg = format!("{name}() got multiple values for argument '{key}'");
                    return Err(vm.new_exc(ExcKind::TypeError, &msg));
                }
                (None, Some(d)) => vm.dict_set(d, Value::Obj(k), v)?,
                (None, None) => {
                    let msg = format!("{name}() got an unexpected keyword argument '{key}'");
                    return Err(vm.new_exc(ExcKind::TypeError, &msg));
                }
            }
        }
        for (slot, param) in slots.iter_mut().zip(&self.params) {
            if slot.is_some() {
                continue;
            }
            match param.default.as_deref().and_then(|d| default_value(vm, d)) {
                Some(v) => {
                    made.push(v);
                    *slot = Some(v);
                }
                None => {
                    let msg = format!("{name}() missing required argument: '{}'", param.name);
                    return Err(vm.new_exc(ExcKind::TypeError, &msg));
                }
            }
        }
        Ok(())
    }
}

impl Site<'_> {
    /// Argument `i` (bound), converted; a mismatch is CPython's `TypeError` naming the
    /// callable and the parameter.
    pub(crate) fn arg<T: FromPy>(
        &self,
        cx: &mut Context<'_>,
        args: &[Value],
        i: usize,
    ) -> Result<T, HostError> {
        let v = args.get(i).copied().unwrap_or(Value::None);
        T::from_py(cx, v).map_err(|m| self.mismatch(&m, i))
    }

    fn mismatch(&self, m: &Mismatch, i: usize) -> HostError {
        let param = self.sig.params.get(i).filter(|_| self.sig.named).map(|p| p.name.as_str());
        HostError::new("TypeError", m.for_argument(&self.sig.name, param, i))
    }
}

fn parse(text: &str) -> Param {
    let (kind, rest) = if let Some(r) = text.strip_prefix("**") {
        (Kind::StarStar, r)
    } else if let Some(r) = text.strip_prefix('*') {
        (Kind::Star, r)
    } else {
        (Kind::Plain, text)
    };
    match rest.split_once('=') {
        Some((n, d)) if kind == Kind::Plain => {
            Param { name: n.trim().to_string(), default: Some(d.to_string()), kind }
        }
        _ => Param { name: rest.trim().to_string(), default: None, kind },
    }
}

/// A parameter's default, written after `=` in its name (`"default=None"`): a Python literal
/// (`None`, `True`, `False`, an int, a float, a quoted string), made anew for each call.
fn default_value(vm: &mut Vm, literal: &str) -> Option<Value> {
    let text = literal.trim();
    let quoted = |q: char| text.len() >= 2 && text.starts_with(q) && text.ends_with(q);
    Some(match text {
        "None" => Value::None,
        "True" => Value::Bool(true),
        "False" => Value::Bool(false),
        _ if quoted('\'') || quoted('"') => vm.new_str(&text[1..text.len() - 1]),
        _ => match text.parse::<i64>() {
            Ok(n) => Value::Int(n),
            Err(_) => Value::Float(text.parse::<f64>().ok()?),
        },
    })
}
