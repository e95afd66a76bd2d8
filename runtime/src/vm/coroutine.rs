//! `await`, `async for` and `async with`: the protocol lookups and errors of CPython's
//! `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`, `BEFORE_ASYNC_WITH` and their exits. The
//! awaiting itself is `yield from` on the awaitable (`vm/resume.rs`).

use std::sync::Arc;

use crate::object::code::{Code, Instr};
use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Block, FrameState};
use crate::object::{GenKind, Iter, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Runs one of the async instructions.
    pub(crate) fn step_async(&mut self, f: &mut FrameState, code: &Arc<Code>, instr: &Instr) -> PyResult<()> {
        match *instr {
            Instr::GetAwaitable => {
                let v = f.pop();
                let r = self.get_awaitable(v);
                self.decref(v);
                f.stack.push(r?);
            }
            Instr::AsyncGenWrap => {
                let value = f.pop();
                let w = self.alloc(Object::Iter(Iter::AsyncGenValue { value }));
                f.stack.push(w);
            }
            Instr::GetAIter => {
                let v = f.pop();
                let r = self.get_aiter(v);
                self.decref(v);
                f.stack.push(r?);
            }
            Instr::GetANext => {
                let r = self.get_anext(f.top())?;
                f.stack.push(r);
            }
            Instr::EndAsyncFor => {
                let exc = f.pop();
                f.handling = f.handling.saturating_sub(1);
                if let Some(e) = self.handled.pop() {
                    self.decref_id(e);
                }
                if !self.isinstance(exc, self.exc_type(ExcKind::StopAsyncIteration)) {
                    return Err(exc.as_obj().unwrap_or(self.not_implemented));
                }
                self.decref(exc);
                let aiter = f.pop();
                self.decref(aiter);
            }
            Instr::BeforeAsyncWith => {
                let mgr = f.pop();
                let r = self.before_async_with(mgr);
                self.decref(mgr);
                let (exit, awaitable) = r?;
                f.stack.push(exit);
                f.stack.push(awaitable);
            }
            Instr::SetupAsyncWith(t) => {
                // The entered value on top is the body's, not the block's.
                let depth = f.stack.len() - 1;
                f.blocks.push(Block { handler: t, depth, handling: f.handling });
            }
            Instr::AsyncWithExit => {
                let exit = f.pop();
                let r = self.call(exit, &[Value::None, Value::None, Value::None], &[]);
                self.decref(exit);
                let v = r?;
                let awaitable = self.awaitable_of_aexit(v);
                f.stack.push(awaitable?);
            }
            Instr::AsyncWithExcept => {
                let exc = f.pop();
                let exit = f.pop();
                // The exception stays on the stack (and handled) while `__aexit__` is awaited.
                f.stack.push(exc);
                let ty = Value::Obj(self.type_of(exc));
                let tb = match self.getattr_str(exc, "__traceback__") {
                    Ok(tb) => tb,
                    Err(e) => {
                        self.decref_id(e);
                        Value::None
                    }
                };
                let r = self.call(exit, &[ty, exc, tb], &[]);
                self.decref(tb);
                self.decref(exit);
                let v = r?;
                let awaitable = self.awaitable_of_aexit(v);
                f.stack.push(awaitable?);
            }
            Instr::AsyncWithExceptEnd(t) => {
                let result = f.pop();
                let exc = f.pop();
                let swallow = self.truthy(result);
                self.decref(result);
                f.handling = f.handling.saturating_sub(1);
                if let Some(e) = self.handled.pop() {
                    self.decref_id(e);
                }
                match swallow {
                    Ok(true) => {
                        self.decref(exc);
                        f.ip = t as usize;
                    }
                    Ok(false) => return Err(exc.as_obj().unwrap_or(self.not_implemented)),
                    Err(e) => {
                        self.set_context(e, exc);
                        self.decref(exc);
                        self.add_traceback(e, code, f.ip - 1);
                        return Err(e);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// What `await v` delegates to: a coroutine itself, or the iterator `v.__await__()`
    /// returns. Borrows `v`.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(id) = v.as_obj()
            && self.gen_kind(id) == Some(GenKind::Coroutine)
        {
            if self.awaiting_now(id) {
                return Err(self.new_exc(ExcKind::RuntimeError, "coroutine is being awaited already"));
            }
            return Ok(self.share(v));
        }
        let tn = self.type_name(v);
        let Some(it) = self.try_dunder(v, "__await__", &[])? else {
            let msg = format!("object {tn} can't be used in 'await' expression");
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        };
        self.check_await_result(it)
    }

    /// `__await__` must return an iterator, and not a coroutine.
    fn check_await_result(&mut self, it: Value) -> PyResult<Value> {
        if let Some(id) = it.as_obj()
            && self.gen_kind(id) == Some(GenKind::Coroutine)
        {
            self.decref(it);
            return Err(self.new_exc(ExcKind::TypeError, "__await__() returned a coroutine"));
        }
        if !self.is_iterator(it) {
            let tn = self.type_name(it);
            self.decref(it);
            let msg = format!("__await__() returned non-iterator of type '{tn}'");
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        }
        Ok(it)
    }

    /// Whether `it` has `__next__` (an iterator, as `PyIter_Check` asks).
    fn is_iterator(&mut self, it: Value) -> bool {
        let Some(id) = it.as_obj() else { return false };
        if matches!(self.heap.get(id), Object::Iter(_)) || self.gen_kind(id) == Some(GenKind::Generator) {
            return true;
        }
        let t = self.type_of(it);
        self.name_id("__next__").is_some_and(|n| self.lookup_in_mro(t, n).is_some())
    }

    /// A coroutine suspended in an `await` of its own.
    fn awaiting_now(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Object::Generator(g)
            if g.frame.as_ref().is_some_and(|f| matches!(f.code.instrs.get(f.ip), Some(Instr::YieldFrom))))
    }

    /// `async for x in v`: `v.__aiter__()`. Borrows `v`.
    fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let tn = self.type_name(v);
        match self.try_dunder(v, "__aiter__", &[])? {
            Some(it) => {
                let t = self.type_of(it);
                let has_anext = self.name_id("__anext__").is_some_and(|n| self.lookup_in_mro(t, n).is_some());
                if !has_anext {
                    let itn = self.type_name(it);
                    self.decref(it);
                    let msg = format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {itn}"
                    );
                    return Err(self.new_exc(ExcKind::TypeError, &msg));
                }
                Ok(it)
            }
            None => {
                let msg = format!("'async for' requires an object with __aiter__ method, got {tn}");
                Err(self.new_exc(ExcKind::TypeError, &msg))
            }
        }
    }

    /// The awaitable of `aiter.__anext__()`. Borrows `aiter`.
    fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        let tn = self.type_name(aiter);
        let Some(next) = self.try_dunder(aiter, "__anext__", &[])? else {
            let msg = format!("'async for' requires an iterator with __anext__ method, got {tn}");
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        };
        let ntn = self.type_name(next);
        let r = self.get_awaitable(next);
        self.decref(next);
        match r {
            Ok(a) => Ok(a),
            Err(e) => {
                let msg = format!("'async for' received an invalid object from __anext__: {ntn}");
                let outer = self.new_exc(ExcKind::TypeError, &msg);
                self.set_cause(outer, Value::Obj(e));
                self.set_context(outer, Value::Obj(e));
                self.decref_id(e);
                Err(outer)
            }
        }
    }

    /// `async with mgr`: (`mgr.__aexit__` bound, the awaitable of `mgr.__aenter__()`).
    fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let tn = self.type_name(mgr);
        let t = self.type_of(mgr);
        let found = |vm: &mut Vm, name: &str| vm.name_id(name).and_then(|n| vm.lookup_in_mro(t, n));
        if found(self, "__aenter__").is_none() {
            let msg = format!("'{tn}' object does not support the asynchronous context manager protocol");
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        }
        if found(self, "__aexit__").is_none() {
            let msg = format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            );
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        }
        let exit = self.getattr_str(mgr, "__aexit__")?;
        let entered = match self.try_dunder(mgr, "__aenter__", &[]) {
            Ok(Some(v)) => v,
            Ok(None) => Value::None,
            Err(e) => {
                self.decref(exit);
                return Err(e);
            }
        };
        match self.awaitable_from(entered, "__aenter__") {
            Ok(a) => Ok((exit, a)),
            Err(e) => {
                self.decref(exit);
                Err(e)
            }
        }
    }

    /// What `__aexit__` returned, as an awaitable (taking it).
    fn awaitable_of_aexit(&mut self, v: Value) -> PyResult<Value> {
        self.awaitable_from(v, "__aexit__")
    }

    /// `v` (taken), which `method` of an async context manager returned, as an awaitable;
    /// CPython names the method when `v` cannot be awaited at all.
    fn awaitable_from(&mut self, v: Value, method: &str) -> PyResult<Value> {
        let t = self.type_of(v);
        let awaitable = v.as_obj().is_some_and(|id| self.gen_kind(id) == Some(GenKind::Coroutine))
            || self.name_id("__await__").is_some_and(|n| self.lookup_in_mro(t, n).is_some());
        if !awaitable {
            let tn = self.type_name(v);
            self.decref(v);
            let msg = format!(
                "'async with' received an object from {method} that does not implement __await__: {tn}"
            );
            return Err(self.new_exc(ExcKind::TypeError, &msg));
        }
        let r = self.get_awaitable(v);
        self.decref(v);
        r
    }
}
