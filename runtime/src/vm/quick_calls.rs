//! Calls of builtins the evaluation loop answers itself, without the call machinery, when
//! their arguments are of the kinds that run no Python code (CPython 3.11 specialises the same
//! calls: `CALL_NO_KW_LEN`, `CALL_NO_KW_ISINSTANCE`).

use crate::object::Object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `len(v)` or `str(v)` answered in the loop (a new reference), if `quick_len` or
    /// `quick_str` can.
    #[inline]
    pub(crate) fn quick_call1(&mut self, func: Value, v: Value) -> Option<Value> {
        if func == Value::Obj(self.types.type_) {
            // `type(x)`: the commonest call of a class, answered without constructing.
            let cls = self.type_of(v);
            self.heap.incref(cls);
            return Some(Value::Obj(cls));
        }
        match self.quick_len(func, v) {
            Some(n) => Some(Value::Int(n as i64)),
            None => self.quick_str(func, v),
        }
    }

    /// `len(v)` when `func` is the builtin `len` and `v` a builtin container, whose length
    /// runs no Python code: the loop answers it without a call (CPython's CALL_NO_KW_LEN).
    #[inline]
    pub(crate) fn quick_len(&self, func: Value, v: Value) -> Option<usize> {
        let (Value::Obj(f), Value::Obj(id)) = (func, v) else { return None };
        let Object::Builtin(b) = self.heap.get(f) else { return None };
        if Some(b.native) != self.natives.known.len || b.receiver.is_some() {
            return None;
        }
        match self.heap.get(id) {
            Object::List(l) | Object::Tuple(l) => Some(l.len()),
            Object::Str(s) => Some(s.char_len()),
            Object::Dict(t) => Some(t.len()),
            Object::Set { table, .. } => Some(table.len()),
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.len()),
            _ => None,
        }
    }

    /// `isinstance(obj, cls)` when `func` is the builtin `isinstance` and `cls` a class of
    /// `type` (no `__instancecheck__` to ask); None where the full call must decide (a
    /// `__class__` that claims another class).
    #[inline]
    pub(crate) fn quick_isinstance(&mut self, func: Value, obj: Value, cls: Value) -> Option<bool> {
        let (Value::Obj(f), Value::Obj(cls)) = (func, cls) else { return None };
        let Object::Builtin(b) = self.heap.get(f) else { return None };
        if Some(b.native) != self.natives.known.isinstance || b.receiver.is_some() {
            return None;
        }
        if !matches!(self.heap.get(cls), Object::Type(_)) || self.type_of(Value::Obj(cls)) != self.types.type_
        {
            return None;
        }
        if self.isinstance(obj, cls) {
            return Some(true);
        }
        (!self.has_own_class_attr(obj)).then_some(false)
    }

    /// `str(v)` when `func` is the builtin `str` and `v` an int or a str, whose text runs no
    /// Python code: the new string (or `v` itself), without the call.
    #[inline]
    pub(crate) fn quick_str(&mut self, func: Value, v: Value) -> Option<Value> {
        if !func.is(Value::Obj(self.types.str_)) {
            return None;
        }
        match v {
            Value::Int(n) => Some(self.new_str(n.to_string())),
            Value::Obj(id) if matches!(self.heap.get(id), Object::Str(_)) => Some(self.share(v)),
            _ => None,
        }
    }

    /// After a call that ran off the stack: releases the callable and the arguments at
    /// `from..` (in order, as CPython's CALL) and pushes the result.
    #[inline(always)]
    pub(crate) fn finish_call_on_stack(
        &mut self,
        stack: &mut Vec<Value>,
        from: usize,
        result: PyResult<Value>,
    ) -> PyResult<()> {
        for &v in &stack[from..] {
            self.decref(v);
        }
        stack.truncate(from);
        stack.push(result?);
        Ok(())
    }

    /// A call without keywords of a builtin that needs none of the general call's checks:
    /// a builtin type's method called on a value of exactly that type, unbound with the
    /// receiver first in `args` (`items.append(x)` through `LoadMethod`) or bound to it
    /// (`append = items.append; append(x)`), or a module's function (`math.sqrt(x)`). The
    /// native runs at once and checks its own arguments. `None` for any other call.
    #[inline(always)]
    pub(crate) fn call_builtin_quick(
        &mut self,
        next_ip: usize,
        func: Value,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        use crate::vm::native::ArgShape;
        let Value::Obj(id) = func else { return None };
        let Object::Builtin(b) = self.heap.get(id) else { return None };
        // Dunders (`x.__add__(y)`) and `__new__` have checks of their own.
        if b.name.ends_with("__") {
            return None;
        }
        let (native, receiver, owner) = (b.native, b.receiver, b.owner);
        let shape = self.natives.shape(native);
        if !matches!(
            shape,
            ArgShape::Any | ArgShape::BySignature | ArgShape::NoKeywords | ArgShape::FunctionNoKeywords
        ) {
            return None;
        }
        // The value the native works on must be of the method's own type (a subclass's
        // instance passes its builtin payload, which the general call finds).
        let on = receiver.or_else(|| args.first().copied());
        match (owner, on) {
            (Some(owner), Some(on)) if self.type_of(on) == owner => {}
            (None, _)
                if receiver.is_none()
                    && !matches!(args.first().and_then(|a| a.as_obj()).map(|a| self.heap.get(a)),
                    Some(Object::Instance(i)) if i.base().is_some()) => {}
            _ => return None,
        }
        let f = self.natives.get(native);
        self.frames.note_call(next_ip.saturating_sub(1));
        Some(match receiver {
            Some(r) => crate::vm::call::with_first(r, args, |all| f(self, all, &[])),
            None => f(self, args, &[]),
        })
    }
}
