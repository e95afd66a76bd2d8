//! Host objects: a Rust type exposed to scripts as a Python class. An instance lives in Reap's
//! heap (`Object::Host`), so it can be weakly referenced, used with `weakref.finalize`, and
//! held in cycles the collector reclaims; its Rust `Drop` runs when its last reference goes or
//! its cycle is collected.
//!
//! ```
//! use reap_runtime::embed::{Builder, HostError, Output};
//! use reap_runtime::embed::host::HostObject;
//!
//! struct Counter { n: i64 }
//! impl HostObject for Counter {}
//!
//! let mut interp = Builder::new().stdout(Output::Discard).build();
//! interp
//!     .class::<Counter>("Counter")
//!     .init(&["start"], |start: i64| -> Result<Counter, HostError> { Ok(Counter { n: start }) })
//!     .method("bump", &["by"], |c: &mut Counter, by: i64| -> Result<i64, HostError> {
//!         c.n += by;
//!         Ok(c.n)
//!     })
//!     .getter("value", |c: &Counter| c.n);
//! interp.exec("c = Counter(40)\nc.bump(2)\n", "t.py").unwrap();
//! assert_eq!(interp.eval::<i64>("c.value").unwrap(), 42);
//! ```

use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

use super::signature::{Signature, Site};
use super::{Context, Error, FromPy, HostError, IntoPy, Mismatch};
use crate::embed::interpreter::Interpreter;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use crate::object::host::{HostObject, Keep};

impl FromPy for Keep {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        let v = cx.vm.share(v);
        Ok(Keep::new(v, std::sync::Arc::clone(&cx.vm.host.released)))
    }
}

/// The kept value, for the script (a new reference; the host object keeps its own).
impl IntoPy for &Keep {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        cx.vm.share(self.value())
    }
}

fn downcast_error(vm: &mut Vm, name: &str) -> crate::value::ObjId {
    vm.new_exc(ExcKind::TypeError, &format!("descriptor '{name}' needs a host object of its class"))
}

/// Runs `f` with the host value behind `this` taken out of the heap (so `f` can also use the
/// VM); it is put back afterwards.
fn with_host<T: HostObject, R>(
    vm: &mut Vm,
    this: Value,
    name: &str,
    f: impl FnOnce(&mut Vm, &mut T) -> PyResult<R>,
) -> PyResult<R> {
    let id = this.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Host { .. }));
    let Some(id) = id else { return Err(downcast_error(vm, name)) };
    let taken = match vm.heap.get_mut(id) {
        Object::Host { value, .. } => value.take(),
        _ => None,
    };
    let Some(mut boxed) = taken else {
        return Err(vm.new_exc(ExcKind::RuntimeError, &format!("{name}: the object is already in use")));
    };
    let r = match (boxed.as_mut() as &mut dyn Any).downcast_mut::<T>() {
        Some(t) => f(vm, t),
        None => Err(downcast_error(vm, name)),
    };
    if let Object::Host { value, .. } = vm.heap.get_mut(id) {
        *value = Some(boxed);
    }
    r
}

/// A method of a host class: a closure taking `&mut T` and typed arguments.
pub trait HostMethod<T, Args>: Send + Sync + 'static {
    fn invoke(
        &self,
        cx: &mut Context<'_>,
        this: &mut T,
        args: &[Value],
        site: &Site<'_>,
    ) -> Result<Value, HostError>;
    fn arity() -> usize;
}

macro_rules! host_methods {
    ($(($($a:ident $i:tt),*)),*) => {$(
        impl<T, F, R, $($a),*> HostMethod<T, ($($a,)*)> for F
        where
            F: Fn(&mut T, $($a),*) -> Result<R, HostError> + Send + Sync + 'static,
            R: IntoPy,
            $($a: FromPy,)*
        {
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context<'_>, this: &mut T, args: &[Value], site: &Site<'_>) -> Result<Value, HostError> {
                let r = self(this, $(site.arg::<$a>(cx, args, $i)?),*)?;
                Ok(r.into_py(cx))
            }
            fn arity() -> usize {
                <[usize]>::len(&[$($i),*])
            }
        }
    )*};
}

host_methods!((), (A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4), (A 0, B 1, C 2, D 3, E 4, F5 5), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7));

/// Defines a host class, made by [`Interpreter::class`].
pub struct HostClass<'a, T> {
    interp: &'a mut Interpreter,
    class: ObjId,
    name: String,
    _t: PhantomData<T>,
}

fn register(vm: &mut Vm, name: &str, method: bool, f: crate::vm::HostFunction) -> Value {
    vm.host.functions.push(f);
    let index = vm.host.functions.len() - 1;
    vm.alloc(Object::HostFunction { name: name.into(), index, method })
}

fn class_dict(vm: &Vm, class: ObjId) -> ObjId {
    vm.type_obj(class).dict
}

impl<T: HostObject> HostClass<'_, T> {
    /// A method: `obj.name(args...)` calls `f(&mut value, args...)`.
    pub fn method<Args, F: HostMethod<T, Args>>(&mut self, name: &str, params: &[&str], f: F) -> &mut Self {
        let qual = format!("{}.{name}", self.name);
        let sig = Signature::new(&qual, params, F::arity());
        let call = move |vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]| -> PyResult<Value> {
            let Some((&this, rest)) = args.split_first() else {
                return Err(vm.new_exc(ExcKind::TypeError, &format!("{qual}() needs its object")));
            };
            let (rest, made) = sig.bind(vm, rest, kwargs)?;
            let r = with_host::<T, Value>(vm, this, &qual, |vm, t| {
                f.invoke(&mut Context::new(vm), t, &rest, &sig.site()).map_err(|e| e.raise(vm))
            });
            for v in made {
                vm.decref(v);
            }
            vm.host_returned(r)
        };
        let vm = &mut self.interp.vm;
        let v = register(vm, name, true, Arc::new(call));
        let d = class_dict(vm, self.class);
        vm.dict_set_str(d, name, v);
        self
    }

    /// A read-only attribute computed from the value.
    pub fn getter<R: IntoPy>(
        &mut self,
        name: &str,
        f: impl Fn(&T) -> R + Send + Sync + 'static,
    ) -> &mut Self {
        let qual = format!("{}.{name}", self.name);
        let call = move |vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]| -> PyResult<Value> {
            let this = args.first().copied().unwrap_or(Value::None);
            let r = with_host::<T, R>(vm, this, &qual, |_, t| Ok(f(t)))?;
            Ok(r.into_py(&mut Context::new(vm)))
        };
        let vm = &mut self.interp.vm;
        let fget = register(vm, name, false, Arc::new(call));
        let p = vm.alloc(Object::property(fget, Value::None));
        let d = class_dict(vm, self.class);
        vm.dict_set_str(d, name, p);
        self
    }

    /// A writable attribute: `obj.name = v` calls `f(&mut value, v)` (after a getter of the
    /// same name, which it joins).
    pub fn setter<V: FromPy>(
        &mut self,
        name: &str,
        f: impl Fn(&mut T, V) -> Result<(), HostError> + Send + Sync + 'static,
    ) -> &mut Self {
        let qual = format!("{}.{name}", self.name);
        let call = move |vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]| -> PyResult<Value> {
            let (this, v) =
                (args.first().copied().unwrap_or(Value::None), args.get(1).copied().unwrap_or(Value::None));
            let v = V::from_py(&mut Context::new(vm), v)
                .map_err(|m| vm.new_exc(ExcKind::TypeError, &m.to_string()))?;
            let r = with_host::<T, ()>(vm, this, &qual, |vm, t| f(t, v).map_err(|e| e.raise(vm)));
            vm.host_returned(r.map(|()| Value::None))
        };
        let vm = &mut self.interp.vm;
        let fset = register(vm, name, false, Arc::new(call));
        let d = class_dict(vm, self.class);
        let existing = vm.dict_get_str(d, name).and_then(|p| p.as_obj());
        match existing.map(|p| vm.heap.get_mut(p)) {
            Some(Object::Property { fset: slot, .. }) => {
                let old = std::mem::replace(slot, fset);
                vm.decref(old);
            }
            _ => {
                let p = vm.alloc(Object::property(Value::None, fset));
                vm.dict_set_str(d, name, p);
            }
        }
        self
    }

    /// The class object (for `isinstance` and friends).
    pub fn class_value(&self) -> Value {
        Value::Obj(self.class)
    }
}

/// How a script makes an instance of a host class.
pub trait HostConstructor<T, Args>: Send + Sync + 'static {
    fn make(&self, cx: &mut Context<'_>, args: &[Value], site: &Site<'_>) -> Result<T, HostError>;
    fn arity() -> usize;
}

macro_rules! host_constructors {
    ($(($($a:ident $i:tt),*)),*) => {$(
        impl<T, F, $($a),*> HostConstructor<T, ($($a,)*)> for F
        where
            F: Fn($($a),*) -> Result<T, HostError> + Send + Sync + 'static,
            $($a: FromPy,)*
        {
            #[allow(unused_variables)]
            fn make(&self, cx: &mut Context<'_>, args: &[Value], site: &Site<'_>) -> Result<T, HostError> {
                self($(site.arg::<$a>(cx, args, $i)?),*)
            }
            fn arity() -> usize {
                <[usize]>::len(&[$($i),*])
            }
        }
    )*};
}

host_constructors!((), (A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4), (A 0, B 1, C 2, D 3, E 4, F5 5), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7));

impl<T: HostObject> HostClass<'_, T> {
    /// How scripts make instances: `Name(args...)` calls `f` with the converted arguments.
    pub fn init<Args, F: HostConstructor<T, Args>>(&mut self, params: &[&str], f: F) -> &mut Self {
        let class = self.class;
        let sig = Signature::new(&self.name, params, F::arity());
        let call = move |vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]| -> PyResult<Value> {
            // Called as `__new__(cls, *args)`.
            let rest = args.get(1..).unwrap_or(&[]);
            let (rest, made) = sig.bind(vm, rest, kwargs)?;
            let value = f.make(&mut Context::new(vm), &rest, &sig.site()).map_err(|e| e.raise(vm));
            for v in made {
                vm.decref(v);
            }
            let made = value.map(|t| new_host(vm, class, t));
            vm.host_returned(made)
        };
        let vm = &mut self.interp.vm;
        let v = register(vm, "__new__", false, Arc::new(call));
        let sm = vm.alloc(Object::StaticMethod(v));
        let d = class_dict(vm, self.class);
        vm.dict_set_str(d, "__new__", sm);
        self
    }
}

fn new_host<T: HostObject>(vm: &mut Vm, class: ObjId, value: T) -> Value {
    vm.heap.incref(class);
    vm.alloc(Object::Host { class, value: Some(Box::new(value)) })
}

impl Interpreter {
    /// Defines (or extends) a host class `name`, a builtin name scripts can use.
    pub fn class<T: HostObject>(&mut self, name: &str) -> HostClass<'_, T> {
        let vm = &mut self.vm;
        let existing = vm
            .dict_get_str(vm.builtins, name)
            .and_then(|v| v.as_obj())
            .filter(|&id| matches!(vm.heap.get(id), Object::Type(_)));
        let class = match existing {
            Some(c) => c,
            None => {
                let ns = vm.new_dict();
                let module = vm.new_str("host");
                vm.dict_set_str(ns, "__module__", module);
                let object = vm.types.object;
                let c = match vm.make_type(name, vec![object], ns) {
                    Ok(c) => c,
                    Err(e) => {
                        vm.decref_id(e);
                        object
                    }
                };
                if let Object::Type(t) = vm.heap.get_mut(c) {
                    t.layout = crate::object::Layout::Builtin;
                    t.has_dict = false;
                }
                let b = vm.builtins;
                vm.dict_set_str(b, name, Value::Obj(c));
                c
            }
        };
        HostClass { interp: self, class, name: name.to_string(), _t: PhantomData }
    }

    /// An instance of host class `class` (defined with [`Interpreter::class`]) holding `value`,
    /// stored in the global `name` of `__main__`. A `class` that names no host class is an
    /// error (a `TypeError`), and nothing is stored.
    pub fn set_host<T: HostObject>(&mut self, name: &str, class: &str, value: T) -> Result<(), Error> {
        let vm = &self.vm;
        let cls = vm
            .dict_get_str(vm.builtins, class)
            .and_then(|v| v.as_obj())
            .filter(|&c| matches!(vm.heap.get(c), Object::Type(t) if t.module == "host"));
        let Some(cls) = cls else {
            return Err(Error::host(
                "TypeError",
                format!("no host class named {class:?}: define it with Interpreter::class first"),
            ));
        };
        let v = new_host(&mut self.vm, cls, value);
        let globals = self.globals_dict();
        self.vm.dict_set_str(globals, name, v);
        Ok(())
    }
}
