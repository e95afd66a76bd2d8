//! `Context`: the interpreter lent to a conversion or a host function while it runs. Through
//! it a host function calls back into the script (a function it was given, a global of
//! `__main__`) without sharing the interpreter itself; an exception the script raises there
//! comes back as a [`HostError`] that, returned, re-raises the same exception object.

use super::handle::{FOREIGN, Handle};
use super::{Error, FromPy, HostError, IntoArgs, exception_error};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The interpreter as [`FromPy`] and [`IntoPy`] see it while they convert: it makes and reads
/// Reap values. A conversion for a host's own type usually goes through those that exist (a
/// tuple, a `Vec`, a `String`) and needs the context only to pass it on and to name types in
/// its messages.
///
/// ```
/// use reap_runtime::embed::{Builder, Context, FromPy, IntoPy, Mismatch, Output, Value};
///
/// /// A point, as a script's `(x, y)`.
/// #[derive(Debug, PartialEq)]
/// struct Point {
///     x: f64,
///     y: f64,
/// }
///
/// impl FromPy for Point {
///     fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
///         let (x, y) = <(f64, f64)>::from_py(cx, v)
///             .map_err(|_| Mismatch::expected(cx, "a point", v))?;
///         Ok(Point { x, y })
///     }
/// }
///
/// impl IntoPy for Point {
///     fn into_py(self, cx: &mut Context<'_>) -> Value {
///         (self.x, self.y).into_py(cx)
///     }
/// }
///
/// let mut interp = Builder::new().stdout(Output::Discard).build();
/// interp.set("p", Point { x: 1.5, y: 2.0 });
/// assert_eq!(interp.eval::<Point>("(p[0] * 2, p[1])").unwrap(), Point { x: 3.0, y: 2.0 });
/// let e = interp.eval::<Point>("'here'").unwrap_err();
/// assert_eq!(e.message, "expected a point, got 'str'");
/// ```
pub struct Context<'a> {
    pub(crate) vm: &'a mut Vm,
}

impl<'a> Context<'a> {
    pub(crate) fn new(vm: &'a mut Vm) -> Context<'a> {
        Context { vm }
    }

    /// The name of `v`'s type (`int`, a class's name), for a conversion's error message.
    pub fn type_name(&self, v: Value) -> String {
        self.vm.type_name(v)
    }

    /// `str(v)`, which may run the value's `__str__`.
    pub fn str(&mut self, v: Value) -> Result<String, Error> {
        let r = self.vm.str(v);
        r.map_err(|e| self.raised(e))
    }

    /// `repr(v)`, which may run the value's `__repr__`.
    pub fn repr(&mut self, v: Value) -> Result<String, Error> {
        let r = self.vm.repr(v);
        r.map_err(|e| self.raised(e))
    }

    /// An exception raised while converting, as an [`Error`]. A limit that raised it stays
    /// recorded, so the script cannot catch what the conversion makes of it.
    fn raised(&mut self, e: ObjId) -> Error {
        let limit = self.vm.limits.hit;
        exception_error(self.vm, e, limit)
    }

    /// Calls `f` (a function the script gave the host, or any callable) with Rust arguments.
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, Context, Handle, HostError};
    ///
    /// let mut interp = Builder::new().build();
    /// interp.function("apply_twice", &["f", "x"], |cx: &mut Context<'_>, f: Handle, x: i64| {
    ///     let once: i64 = cx.call(&f, (x,))?;
    ///     cx.call::<i64>(&f, (once,))
    /// });
    /// assert_eq!(interp.eval::<i64>("apply_twice(lambda n: n * 3, 2)").unwrap(), 18);
    /// // What the script raises inside the callback reaches it as itself.
    /// interp.exec("class Refused(Exception):\n    pass\ndef no(n):\n    raise Refused(n)\n", "t.py").unwrap();
    /// interp.exec("try:\n    apply_twice(no, 5)\nexcept Refused as e:\n    got = e.args\n", "t.py").unwrap();
    /// assert_eq!(interp.get::<(i64,)>("got").unwrap(), (5,));
    /// ```
    pub fn call<T: FromPy>(&mut self, f: &Handle, args: impl IntoArgs) -> Result<T, HostError> {
        let Some(f) = f.value_in(self.vm) else { return Err(HostError::new("TypeError", FOREIGN)) };
        let r = super::call_with(self.vm, f, args);
        self.finish(r)
    }

    /// Calls the function the running script's globals (or `__main__`'s) name `name`.
    pub fn call_global<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, HostError> {
        let f = self.lookup(name)?;
        let r = super::call_with(self.vm, f, args);
        self.vm.decref(f);
        self.finish(r)
    }

    /// A global of the running script (or of `__main__` when no script runs), converted.
    pub fn global<T: FromPy>(&mut self, name: &str) -> Result<T, HostError> {
        let v = self.lookup(name)?;
        self.finish(Ok(v))
    }

    /// `getattr(obj, name)`, converted.
    pub fn getattr<T: FromPy>(&mut self, obj: &Handle, name: &str) -> Result<T, HostError> {
        let Some(obj) = obj.value_in(self.vm) else { return Err(HostError::new("TypeError", FOREIGN)) };
        let key = self.vm.intern(name);
        let r = self.vm.getattr(obj, key);
        self.vm.decref_id(key);
        self.finish(r)
    }

    /// The object a handle names, converted to a Rust value.
    pub fn read<T: FromPy>(&mut self, h: &Handle) -> Result<T, HostError> {
        let Some(v) = h.value_in(self.vm) else { return Err(HostError::new("TypeError", FOREIGN)) };
        let v = self.vm.share(v);
        self.finish(Ok(v))
    }

    fn lookup(&mut self, name: &str) -> Result<Value, HostError> {
        let vm = &mut *self.vm;
        let places = vm.frames.current_globals().into_iter().chain(vm.module_dict("__main__"));
        let places: Vec<ObjId> = places.chain(std::iter::once(vm.builtins)).collect();
        match places.into_iter().find_map(|d| vm.dict_get_str(d, name)) {
            Some(v) => Ok(vm.share(v)),
            None => Err(HostError::new("NameError", format!("name '{name}' is not defined"))),
        }
    }

    /// A script's result converted (its reference released), or its exception kept whole in
    /// the error, to be raised again if the host function returns it.
    fn finish<T: FromPy>(&mut self, r: PyResult<Value>) -> Result<T, HostError> {
        match r {
            Ok(v) => {
                let t = T::from_py(self, v);
                self.vm.decref(v);
                t.map_err(|m| HostError::new("TypeError", m.to_string()))
            }
            Err(e) => Err(HostError::raised(self, e)),
        }
    }
}
